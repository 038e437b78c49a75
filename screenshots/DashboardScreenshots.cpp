#include "screenshots/DashboardScreenshots.h"

#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/dashboard/SubUnitChartView.h"

#include <QApplication>

namespace jb::ui {

bool DashboardScreenshots::render(DashboardPage& page, const Save& save)
{
    // The scrolled content keeps its full height: grabbing it draws the parts outside the viewport as well.
    if (auto* content = page.findChild<QWidget*>(QStringLiteral("dashboardContent"))) {
        if (!save(*content, QStringLiteral("dashboard-full")))
            return false;
    }
    auto* subUnits = page.findChild<SubUnitChartView*>(QStringLiteral("subUnitChart"));
    if (!subUnits || subUnits->rows().isEmpty())
        return true;
    DrillDownDialog* opened = nullptr;
    const QMetaObject::Connection connection = QObject::connect(
        &page, &DashboardPage::drillDownOpened, &page, [&opened](DrillDownDialog* dialog) { opened = dialog; });
    subUnits->activateRow(0);
    QObject::disconnect(connection);
    if (!opened)
        return true;
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const bool saved = save(*opened, QStringLiteral("dashboard-drilldown"));
    delete opened;
    return saved;
}

} // namespace jb::ui
