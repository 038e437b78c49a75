#include "screenshots/FairScreenshots.h"

#include "ui/MainWindow.h"
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
    return true;
}

} // namespace jb::ui
