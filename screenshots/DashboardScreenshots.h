#pragma once
// DashboardScreenshots: for `jobbridge --screenshots`, the whole dashboard (below the fold too, which the window
// shot cannot show) and the drill-down window of its largest sub-unit bar.

#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class DashboardPage;

class DashboardScreenshots final
{
public:
    // Saves `widget` as <name>.png; false stops the run.
    using Save = std::function<bool(QWidget& widget, const QString& name)>;

    // Writes dashboard-full and, when the organisation has sub-units, dashboard-drilldown. False when a save failed.
    static bool render(DashboardPage& page, const Save& save);
};

} // namespace jb::ui
