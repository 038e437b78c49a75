#include "screenshots/ReferralScreenshots.h"

#include "core/placement/ReferralList.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/placement/ReferralActions.h"
#include "ui/placement/ReferralDetailPanel.h"
#include "ui/placement/ReferralStepDialog.h"
#include "ui/placement/ReferralTableModel.h"
#include "ui/placement/ReferralsPage.h"

#include <QApplication>
#include <QTableView>

namespace jb::ui {

namespace {

using Kind = ReferralStepDialog::Kind;

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

// The first listed row whose referral is at `stage` (and still open), or -1.
int rowAt(const ReferralTableModel& model, const QString& stage)
{
    const int rows = std::min(model.rowCount(), 400);
    for (int r = 0; r < rows; ++r)
        if (const core::ReferralRow* row = model.referral(r); row && row->stage == stage && row->exit.isEmpty())
            return r;
    return -1;
}

bool shootStep(MainWindow& window, ReferralsPage& page, Kind kind, const QString& stage, const QString& name,
               const ReferralScreenshots::Save& save)
{
    const int r = rowAt(*page.model(), stage);
    if (r < 0 || !window.database())
        return true; // no such referral in this file: nothing to show
    const core::ReferralRow row = *page.model()->referral(r);
    const auto timeline = core::referralTimeline(window.database()->connection(), row.id);
    ReferralStepDialog dialog(kind, *window.database(), row, timeline ? *timeline : QVector<core::TimelineEntry>(),
                              &window);
    dialog.show();
    settle();
    const bool saved = save(dialog, name);
    dialog.hide();
    return saved;
}

// The post picker (from the worker's page) and the person picker (from an enterprise's post), as their buttons open
// them, for the chosen referral's person and post; closed unsaved.
bool shootPickers(ReferralsPage& page, const ReferralScreenshots::Save& save)
{
    const std::optional<core::ReferralRow>& row = page.detail()->row();
    if (!row)
        return true;
    const std::pair<std::function<void()>, const char*> pickers[] = {
        {[&] { page.actions()->referWorker(row->workerId, row->workerName); }, "referral-post-picker"},
        {[&] { page.actions()->referToPost(row->vacancyId, row->postTitle); }, "referral-person-picker"}};
    for (const auto& [open, name] : pickers) {
        open();
        FairPicker* picker = page.actions()->picker();
        if (!picker)
            continue;
        settle();
        const bool saved = save(*picker, QString::fromLatin1(name));
        picker->reject();
        settle();
        if (!saved)
            return false;
    }
    return true;
}

} // namespace

void ReferralScreenshots::chooseShowcase(ReferralsPage& page)
{
    const int r =
        std::max(rowAt(*page.model(), QStringLiteral("left")), rowAt(*page.model(), QStringLiteral("contract")));
    if (page.model()->rowCount() > 0)
        page.table()->selectRow(std::max(r, 0));
}

bool ReferralScreenshots::render(MainWindow& window, ReferralsPage& page, const Save& save)
{
    chooseShowcase(page);
    settle();
    if (!save(*page.detail(), QStringLiteral("referral-detail")) || !shootPickers(page, save))
        return false;
    return shootStep(window, page, Kind::Contract, QStringLiteral("intention"),
                     QStringLiteral("referral-contract-dialog"), save) &&
           shootStep(window, page, Kind::Exit, QStringLiteral("interviewed"), QStringLiteral("referral-exit-dialog"),
                     save) &&
           shootStep(window, page, Kind::Leave, QStringLiteral("contract"), QStringLiteral("referral-leave-dialog"),
                     save) &&
           shootStep(window, page, Kind::Correct, QStringLiteral("contract"), QStringLiteral("referral-correct-dialog"),
                     save);
}

} // namespace jb::ui
