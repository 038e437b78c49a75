#include "screenshots/ProjectScreenshots.h"

#include "core/placement/ReferralList.h"
#include "core/services/ServiceQueries.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/placement/ReferralOffersDialog.h"
#include "ui/services/ProjectDialog.h"
#include "ui/settings/PlacementSettingsForm.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>

namespace jb::ui {

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

bool shoot(QWidget& widget, const QString& name, const ProjectScreenshots::Save& save)
{
    widget.show();
    settle();
    const bool saved = save(widget, name);
    widget.hide();
    return saved;
}

bool shootProjectDialog(MainWindow& window, core::Database& database, const ProjectScreenshots::Save& save)
{
    ProjectDialog dialog(database, &window);
    dialog.nameEdit()->setText(QStringLiteral("店埠镇电商助农直播间"));
    dialog.industryBox()->setCurrentIndex(std::min(6, dialog.industryBox()->count() - 1)); // wholesale and retail
    dialog.peopleEdit()->setPlainText(QStringLiteral("340122199001101234\n340122198805062345"));
    return shoot(dialog, QStringLiteral("services-project-dialog"), save);
}

// The first listed contract that core offers the insurance for (inside the concentrated phase, the person not yet
// enrolled that year), shown as the checklist after that contract: nothing is enrolled.
bool shootOffers(MainWindow& window, core::Database& database, const ProjectScreenshots::Save& save)
{
    const auto db = database.connection();
    // A contract of the phase months ago is stable by now, or ended.
    for (const core::ReferralListStage stage :
         {core::ReferralListStage::Contract, core::ReferralListStage::Stable, core::ReferralListStage::Left}) {
        core::ReferralFilter filter;
        filter.stage = stage;
        const auto query = core::ReferralListQuery::create(db, filter);
        const auto rows =
            query ? query->fetch(0, 2000) : core::Expected<QVector<core::ReferralRow>>::failure(query.message());
        if (!rows)
            continue;
        for (const core::ReferralRow& row : *rows) {
            const core::Expected<core::InsuranceOffer> offer = core::insuranceOfferFor(db, row.id);
            if (!offer || !offer->offered)
                continue;
            core::ReferralChange contract;
            contract.referralId = row.id;
            contract.vacancyId = row.vacancyId;
            ReferralOffersDialog dialog(database, contract, *offer, &window);
            return shoot(dialog, QStringLiteral("referral-offers-insurance"), save);
        }
    }
    return true; // no contract in this file is offered the insurance: nothing to show
}

} // namespace

bool ProjectScreenshots::render(MainWindow& window, const Save& save)
{
    core::Database* database = window.database();
    if (!database)
        return true;
    if (!shootProjectDialog(window, *database, save) || !shootOffers(window, *database, save))
        return false;
    // The settings page scrolled to its rules, then to its end.
    window.showPage(QStringLiteral("settings"));
    QWidget* page = window.page(QStringLiteral("settings"));
    auto* scroll = page ? page->findChild<QScrollArea*>() : nullptr;
    auto* rules = page ? page->findChild<PlacementSettingsForm*>() : nullptr;
    if (!scroll || !rules)
        return true;
    settle();
    scroll->ensureWidgetVisible(rules, 0, 0);
    scroll->verticalScrollBar()->setValue(rules->y() - 8);
    settle();
    bool saved = save(window, QStringLiteral("settings-rules"));
    // Its end: the personal-data rule of the file, and the program's own (the officer's name, the language).
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    settle();
    saved = saved && save(window, QStringLiteral("settings-program"));
    scroll->verticalScrollBar()->setValue(0);
    return saved;
}

} // namespace jb::ui
