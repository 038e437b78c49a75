#include "screenshots/EnterpriseScreenshots.h"

#include "core/lists/EnterpriseFilter.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/enterprises/DemandSnapshotDialog.h"
#include "ui/enterprises/EnterpriseDetailPanel.h"
#include "ui/enterprises/EnterpriseTableModel.h"
#include "ui/enterprises/EnterprisesPage.h"
#include "ui/enterprises/FlagDialog.h"

#include <QApplication>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

namespace jb::ui {

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

void EnterpriseScreenshots::chooseShowcase(EnterprisesPage& page)
{
    EnterpriseTableModel* model = page.model();
    auto cell = [model](int row, core::EnterpriseColumn column) {
        return model->data(model->index(row, static_cast<int>(column))).toString();
    };
    int chosen = 0;
    const int rows = std::min(model->rowCount(), 200);
    for (int r = 0; r < rows; ++r) {
        if (cell(r, core::EnterpriseColumn::OpenVacancies).toInt() > 0 &&
            !cell(r, core::EnterpriseColumn::LastContact).isEmpty() &&
            !cell(r, core::EnterpriseColumn::Flags).isEmpty()) {
            chosen = r;
            break;
        }
    }
    if (model->rowCount() > 0)
        page.table()->selectRow(chosen);
}

bool EnterpriseScreenshots::renderDetail(MainWindow& window, EnterprisesPage& page, const Save& save)
{
    EnterpriseDetailPanel* detail = page.detail();
    if (!window.database() || !detail->enterpriseId())
        return true;
    // The demand history and its chart; then the vacancies and the flags.
    const std::pair<int, const char*> tabs[] = {
        {2, "enterprise-detail"}, {1, "enterprise-detail-vacancies"}, {3, "enterprise-detail-flags"}};
    for (const auto& [tab, name] : tabs) {
        detail->tabs()->setCurrentIndex(tab);
        settle();
        if (!save(*detail, QLatin1String(name)))
            return false;
    }
    detail->tabs()->setCurrentIndex(0);

    DemandSnapshotDialog visit(*window.database(), detail->enterpriseId(), 0, &window);
    visit.plannedBox()->setValue(60);
    visit.hiredBox()->setValue(24);
    visit.show();
    settle();
    const bool visitSaved = save(visit, QStringLiteral("demand-snapshot-dialog"));
    visit.hide();
    if (!visitSaved)
        return false;
    FlagDialog flag(*window.database(), detail->enterpriseId(), 0, &window);
    flag.amountBox()->setValue(126000);
    flag.peopleBox()->setValue(14);
    flag.show();
    settle();
    const bool flagSaved = save(flag, QStringLiteral("flag-dialog"));
    flag.hide();
    return flagSaved;
}

} // namespace jb::ui
