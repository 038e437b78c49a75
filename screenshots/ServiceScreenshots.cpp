#include "screenshots/ServiceScreenshots.h"

#include "core/domain/Clock.h"
#include "core/records/ServiceKinds.h"
#include "screenshots/ScreenshotRenderer.h"
#include "ui/MainWindow.h"
#include "ui/editing/FormLayout.h"
#include "ui/services/ProjectsView.h"
#include "ui/services/ServiceDialog.h"
#include "ui/services/ServiceFilterBar.h"
#include "ui/services/ServiceTableModel.h"
#include "ui/services/ServicesPage.h"

#include <QApplication>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

namespace jb::ui {

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

void ServiceScreenshots::chooseShowcase(ServicesPage& page)
{
    ServiceTableModel* model = page.model();
    int chosen = 0;
    for (int r = 0; r < std::min(model->rowCount(), 200); ++r) {
        if (model->kindCode(r) == core::servicekind::training) {
            chosen = r;
            break;
        }
    }
    if (model->rowCount() > 0)
        page.table()->selectRow(chosen);
}

bool ServiceScreenshots::render(MainWindow& window, ServicesPage& page, const Save& save)
{
    if (!window.database())
        return true;
    // The totals of the current year (the period the dashboard shows first).
    page.filterBar()->choosePeriod(QString::number(core::Clock::today().year()));
    page.tabs()->setCurrentIndex(1);
    settle();
    if (!save(window, QStringLiteral("services-totals")))
        return false;
    // The entrepreneurship projects of the year containing today, the first one chosen.
    page.tabs()->setCurrentWidget(page.projects());
    if (page.projects()->table()->rowCount() > 0)
        page.projects()->table()->selectRow(0);
    settle();
    if (!save(window, QStringLiteral("services-projects")))
        return false;
    page.tabs()->setCurrentIndex(0);
    for (const QString& kind : core::serviceKindCodes()) {
        ServiceDialog dialog(*window.database(), kind, 0, 0, &window);
        FormLayout::fit(&dialog, 620, ScreenshotRenderer::kOfficerScreen);
        dialog.show();
        settle();
        const bool saved = save(dialog, QStringLiteral("service-dialog-") + kind);
        dialog.hide();
        if (!saved)
            return false;
    }
    return true;
}

} // namespace jb::ui
