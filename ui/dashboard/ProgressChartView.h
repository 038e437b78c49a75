#pragma once
// ProgressChartView: what every dashboard chart shares: a chart view with no animation, the widget's font, a
// "Save as PNG…" context menu, and drill-down requests that carry the organisation and period of the progress on
// show. Each subclass draws one view of a core::Progress for the chosen metric.

#include "core/metrics/Progress.h"
#include "ui/dashboard/DrillRequest.h"

#include <QChartView>

namespace jb::ui {

class ProgressChartView : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kMinimumHeight = 290;

    explicit ProgressChartView(QWidget* parent = nullptr);

    // Draws `progress` for `metric`; both outlive the call only as copies.
    virtual void showProgress(const core::Progress& progress, const core::MetricInfo& metric) = 0;
    void clearProgress();

    // What the chart shows, for its title and the saved file's name.
    QString caption() const;
    // The period as a request names it: "2026年（截至2026-05-14）".
    static QString periodText(const core::Period& period, const QDate& asOf);

signals:
    void drillRequested(const jb::ui::DrillRequest& request);
    void errorOccurred(const QString& message);

protected:
    // Records the progress on show and empties the chart; subclasses call it first.
    void begin(const core::Progress& progress, const QString& title);
    // A request for `figure` in the organisation `orgId` over the whole period up to the day asked for.
    DrillRequest request(const QString& figure, const QString& figureName, qint64 orgId, const QString& orgName,
                         double shownValue, const QString& unit) const;
    void requestDrill(const DrillRequest& request) { emit drillRequested(request); }
    const core::Progress& progress() const { return m_progress; }
    // Says in the title that there is nothing to draw (the chart keeps its frame so the grid stays even).
    void showEmpty(const QString& why);

private:
    core::Progress m_progress;
    QString m_title;
};

} // namespace jb::ui
