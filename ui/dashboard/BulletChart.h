#pragma once
// BulletChart: one metric at a glance: a bar for the actual figure (coloured by pace status) over a band up to the
// target, a black line at the target and a purple line at the pace expected by today, with "actual / target /
// expected" written above. Clicking selects the metric for the charts below; clicking the bar also asks for the
// records behind it.

#include "core/domain/MetricCatalog.h"
#include "core/metrics/Progress.h"

#include <QWidget>
#include <functional>

namespace jb::ui {

class BulletChart final : public QWidget
{
    Q_OBJECT

public:
    explicit BulletChart(const core::MetricInfo& info, QWidget* parent = nullptr);

    void setProgress(const core::MetricProgress& progress);
    void clear();
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    // The chart's context menu reports a failed PNG export here.
    void setErrorHandler(std::function<void(const QString&)> onError) { m_onError = std::move(onError); }

    const core::MetricInfo& info() const { return m_info; }
    const core::MetricProgress& progress() const { return m_progress; }
    bool hasProgress() const { return m_hasProgress; }
    // "实际 1,234 家 · 目标 3,000 · 应完成 1,050" as drawn.
    QString figuresText() const;
    QString name() const;
    // Where the bar is drawn (the part that lists the records when clicked).
    QRect barRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectRequested(const QString& metricKey);
    void recordsRequested(const QString& metricKey);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString statusText() const;
    void updateToolTip();
    int xFor(double value, double scaleMax, const QRect& bar) const;

    const core::MetricInfo& m_info;
    core::MetricProgress m_progress;
    bool m_hasProgress = false;
    bool m_selected = false;
    std::function<void(const QString&)> m_onError;
};

} // namespace jb::ui
