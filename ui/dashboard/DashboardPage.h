#pragma once
// DashboardPage: the first screen after opening a file: progress of a chosen organisation over a chosen period.
// Per metric a bullet (actual, target, pace expected by today); for the metric chosen, its cumulative course, its
// split by sub-unit and by key group; the referral funnel and the one-week promise. Every bar, line and tile lists
// the records behind it in a drill-down window. Below, the fairs held against each organiser's minimum. A compact line
// keeps the record counts of the file.

#include "core/metrics/Progress.h"
#include "core/records/RecordKind.h"
#include "ui/Page.h"
#include "ui/dashboard/DrillRequest.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>
#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace jb::ui {

class BulletChart;
class DrillDownDialog;
class FairMinimumsPanel;
class ProgressChartView;
class ProgressSelectors;
class PromisePanel;
class WarningCounter;
class WarningsPanel;

class DashboardPage final : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    // An edit, undo or redo changed records the figures count: they are read again.
    void recordsEdited() override;

    // The day progress is measured on: today unless set (tests, screenshots of a past day). Reloads.
    void setToday(const QDate& today);
    QDate today() const;

    // The progress on show; nullptr while none is (no file, or loading it failed).
    const core::Progress* progress() const { return m_progress ? &*m_progress : nullptr; }
    BulletChart* bullet(const QString& metricKey) const { return m_bullets.value(metricKey); }
    QString selectedMetric() const { return m_metricKey; }
    void selectMetric(const QString& metricKey);
    ProgressSelectors* selectors() const { return m_selectors; }
    FairMinimumsPanel* fairMinimums() const { return m_fairMinimums; }

    // Reads the progress of the chosen organisation and period again (after targets or records changed).
    void reloadProgress();
    // On (the application): early warning's counts are read off the GUI thread and shown when ready.
    void setCountsInBackground(bool inBackground);

    // Opens a drill-down window over `request` (non-modal, deleted when closed) and returns it.
    DrillDownDialog* openDrillDown(const DrillRequest& request);
    // The records behind a metric's bullet: the whole organisation over the period up to today.
    void openMetricRecords(const QString& metricKey);

signals:
    void drillDownOpened(jb::ui::DrillDownDialog* dialog);
    // A count of early warning was chosen: the 预警 page is to show that section (promise, followups, …).
    void warningSectionRequested(const QString& key);
    // The promise panel's link: the window shows the promise list (MainWindow::showPromiseList).
    void promiseListRequested();

private:
    QWidget* buildHeader();
    QWidget* buildBullets();
    QWidget* buildCharts();
    // The count of `record` in `row`, its number named `objectName`.
    void addCount(core::RecordKind record, const QString& objectName, const QString& caption, QHBoxLayout* row);
    void showCounts(const core::DatabaseStats& stats);
    void showMetric();
    void showFailure(const QString& message);
    // Early warning's counts as of today() (core/warnings), in the panel beside the promise.
    void reloadWarnings();
    void closeDrillDowns();

    core::Database* m_database = nullptr;
    QDate m_today;
    std::optional<core::Progress> m_progress;
    QString m_metricKey;

    QLabel* m_homeName = nullptr;
    QLabel* m_homeDetail = nullptr;
    QMap<core::RecordKind, QLabel*> m_counts;
    ProgressSelectors* m_selectors = nullptr;
    QLabel* m_message = nullptr;
    QHash<QString, BulletChart*> m_bullets; // by metric key
    PromisePanel* m_promise = nullptr;
    WarningsPanel* m_warnings = nullptr;
    WarningCounter* m_warningCounter = nullptr;
    QList<ProgressChartView*> m_charts; // cumulative, by sub-unit, by key group, funnel
    FairMinimumsPanel* m_fairMinimums = nullptr;
    QList<QPointer<DrillDownDialog>> m_drillDowns;
};

} // namespace jb::ui
