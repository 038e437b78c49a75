#include "screenshots/PlacementScreenshots.h"

#include "core/placement/Promise.h"
#include "ui/MainWindow.h"
#include "ui/placement/FollowUpsView.h"
#include "ui/placement/MatchView.h"
#include "ui/placement/NoteDialog.h"
#include "ui/placement/PromiseListView.h"
#include "ui/placement/RetentionCheckDialog.h"
#include "ui/placement/TradeSynonymDialog.h"

#include <QApplication>
#include <QTableView>
#include <QTableWidget>

namespace jb::ui {

namespace {

// The room a page has beside the navigation list in the 1366×768 window.
constexpr QSize kPageSize{1140, 660};

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

bool shoot(QWidget& widget, const QString& name, const PlacementScreenshots::Save& save)
{
    widget.show();
    settle();
    const bool saved = save(widget, name);
    widget.hide();
    return saved;
}

// The first person still waiting (overdue first), else the first listed; 0 when the list is empty.
qint64 waitingWorker(const PromiseListView& promise)
{
    for (const core::PromiseEntry& e : promise.list().entries)
        if (e.state == core::PromiseState::Overdue || e.state == core::PromiseState::Due)
            return e.workerId;
    return promise.list().entries.isEmpty() ? 0 : promise.list().entries.first().workerId;
}

} // namespace

bool PlacementScreenshots::render(MainWindow& window, const Save& save)
{
    core::Database* database = window.database();
    if (!database)
        return true;
    PromiseListView promise;
    promise.resize(kPageSize);
    promise.showFile(*database);
    promise.table()->selectRow(0);
    if (!shoot(promise, QStringLiteral("placement-promise"), save))
        return false;

    MatchView match;
    match.resize(kPageSize);
    match.showFile(*database);
    if (const qint64 worker = waitingWorker(promise))
        match.showWorker(worker);
    if (!shoot(match, QStringLiteral("placement-match"), save))
        return false;

    FollowUpsView followUps;
    followUps.resize(kPageSize);
    followUps.showFile(*database);
    if (!shoot(followUps, QStringLiteral("placement-followups"), save))
        return false;
    if (!followUps.checks().isEmpty()) {
        RetentionCheckDialog check(*database, followUps.checks().first(), &window);
        if (!shoot(check, QStringLiteral("placement-check-dialog"), save))
            return false;
    }
    TradeSynonymDialog synonym(QStringLiteral("铲车司机"), QStringLiteral("叉车工"), &window);
    if (!shoot(synonym, QStringLiteral("placement-synonym-dialog"), save))
        return false;
    NoteDialog unwilling(QStringLiteral("unwillingDialog"), PromiseListView::tr("Record unwilling for now"),
                         PromiseListView::tr("%1 has declined %2 posts. Write down what the person said (it is kept "
                                             "in the audit log); the promise clock stops.")
                             .arg(QStringLiteral("陈静"))
                             .arg(3),
                         &window);
    return shoot(unwilling, QStringLiteral("placement-unwilling-dialog"), save);
}

} // namespace jb::ui
