#include "screenshots/FairScreenshots.h"

#include "screenshots/ScreenshotRenderer.h"
#include "ui/MainWindow.h"
#include "ui/editing/EnterpriseEditDialog.h"
#include "ui/editing/FormLayout.h"
#include "ui/editing/VacancyEditDialog.h"
#include "ui/editing/WorkerEditDialog.h"
#include "ui/fairs/FairActions.h"
#include "ui/fairs/FairDetailPanel.h"
#include "ui/fairs/FairEditDialog.h"
#include "ui/fairs/FairOutcomeDialog.h"
#include "ui/fairs/FairPicker.h"
#include "ui/fairs/FairTableModel.h"
#include "ui/fairs/FairsPage.h"

#include <QApplication>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <memory>

namespace jb::ui {

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

bool shoot(QWidget& dialog, const QString& name, const FairScreenshots::Save& save)
{
    dialog.show();
    settle();
    const bool saved = save(dialog, name);
    dialog.hide();
    return saved;
}

// Saves the dialog `open` opened on the page (the last T child), then closes it unsaved (it deletes itself).
template <typename T>
bool shootOpened(FairsPage& page, const std::function<void()>& open, const QString& name,
                 const FairScreenshots::Save& save)
{
    open();
    const QList<T*> dialogs = page.findChildren<T*>();
    if (dialogs.isEmpty())
        return true; // the fair could not be read: nothing opened, nothing to show
    T* dialog = dialogs.last();
    settle();
    const bool saved = save(*dialog, name);
    dialog->reject();
    settle();
    return saved;
}

} // namespace

void FairScreenshots::chooseShowcase(FairsPage& page)
{
    FairTableModel* model = page.model();
    auto number = [model](int row, FairTableModel::Column column) {
        return model->data(model->index(row, static_cast<int>(column))).toLongLong();
    };
    int chosen = 0;
    qint64 most = -1;
    const int rows = std::min(model->rowCount(), 200);
    for (int r = 0; r < rows; ++r) {
        const qint64 intentions = number(r, FairTableModel::Column::Intentions);
        if (number(r, FairTableModel::Column::Registered) > 0 && intentions > most) {
            most = intentions;
            chosen = r;
        }
    }
    if (model->rowCount() > 0)
        page.table()->selectRow(chosen);
}

bool FairScreenshots::render(MainWindow& window, FairsPage& page, const Save& save)
{
    FairDetailPanel* detail = page.detail();
    if (!window.database() || !detail->fairId())
        return true;
    const std::pair<int, const char*> tabs[] = {{FairDetailPanel::Overview, "fair-detail-overview"},
                                                {FairDetailPanel::EnterprisesAndPosts, "fair-detail-enterprises"},
                                                {FairDetailPanel::People, "fair-detail-people"},
                                                {FairDetailPanel::Outcomes, "fair-detail-outcomes"}};
    for (const auto& [tab, name] : tabs) {
        detail->tabs()->setCurrentIndex(tab);
        settle();
        if (!save(*detail, QLatin1String(name)))
            return false;
    }
    detail->tabs()->setCurrentIndex(FairDetailPanel::Overview);

    FairEditDialog edit(*window.database(), detail->fairId(), &window);
    FormLayout::fit(&edit, 900, ScreenshotRenderer::kOfficerScreen);
    if (!shoot(edit, QStringLiteral("fair-edit-dialog"), save))
        return false;
    FairOutcomeDialog outcome(*window.database(), detail->fairId(), &window);
    if (!shoot(outcome, QStringLiteral("fair-outcome-dialog"), save))
        return false;
    // The pickers the detail tabs open (FairActions makes them as the page's children).
    FairActions* actions = page.actions();
    const std::pair<std::unique_ptr<FairPicker>, const char*> pickers[] = {
        {std::unique_ptr<FairPicker>(actions->enterprisePicker()), "fair-enterprise-picker"},
        {std::unique_ptr<FairPicker>(actions->postPicker()), "fair-post-picker"},
        {std::unique_ptr<FairPicker>(actions->personPicker()), "fair-person-picker"}};
    for (const auto& [picker, name] : pickers) {
        if (!shoot(*picker, QLatin1String(name), save))
            return false;
    }
    return renderOnTheSpot(page, save);
}

bool FairScreenshots::renderOnTheSpot(FairsPage& page, const Save& save)
{
    FairActions* actions = page.actions();
    FairDetailPanel* detail = page.detail();
    const qint64 fair = detail->fairId();
    if (!shootOpened<EnterpriseEditDialog>(
            page, [actions, fair] { actions->newEnterprise(fair); }, QStringLiteral("fair-new-enterprise-dialog"),
            save))
        return false;
    if (const QTreeWidgetItem* first = detail->enterprises()->topLevelItem(0)) {
        const qint64 enterprise = first->data(0, Qt::UserRole).toLongLong();
        if (!shootOpened<VacancyEditDialog>(
                page, [actions, fair, enterprise] { actions->newPost(fair, enterprise); },
                QStringLiteral("fair-new-post-dialog"), save))
            return false;
    }
    return shootOpened<WorkerEditDialog>(
        page, [actions, fair] { actions->newPerson(fair); }, QStringLiteral("fair-new-person-dialog"), save);
}

} // namespace jb::ui
