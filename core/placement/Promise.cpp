#include "core/placement/Promise.h"

#include "core/audit/AuditLog.h"
#include "core/placement/PlacementSql.h"
#include "core/storage/Transaction.h"

#include <algorithm>
namespace jb::core {

using placementsql::run;

namespace {

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// One row per hardship worker: the clock's inputs, the first recommendation, offers, declines, unwilling. The
// workers registered in the window are read from the registration index and their categories by primary key (a
// CROSS JOIN keeps that order); those recognised in the window come in by the recognition index. One set of
// category rows (UNION drops a row both bring), grouped per worker: on the 1M-worker file this is twice as fast
// as probing the categories for a list of ids built first.
const QString kPromiseRows = QStringLiteral(R"(
WITH h AS (SELECT worker_id, count(*) AS categories, count(recognised_on) AS recognised,
                  min(recognised_on) AS first_recognised
           FROM (SELECT c.worker_id, c.category_id, c.recognised_on
                 FROM workers w CROSS JOIN worker_hardships c ON c.worker_id = w.id
                 WHERE w.registered_on BETWEEN ? AND ?
                 UNION SELECT c.worker_id, c.category_id, c.recognised_on
                 FROM worker_hardships r CROSS JOIN worker_hardships c ON c.worker_id = r.worker_id
                 WHERE r.recognised_on BETWEEN ? AND ?)
           GROUP BY worker_id),
     o AS (SELECT r.worker_id, count(DISTINCT r.id) AS posts,
                  count(DISTINCT CASE WHEN r.exit_kind = 'declined' THEN r.id END) AS declines,
                  min(s.occurred_on) AS served, count(DISTINCT s.occurred_on) AS contacts
           FROM h CROSS JOIN referrals r ON r.worker_id = h.worker_id
           LEFT JOIN referral_stages s ON s.referral_id = r.id AND s.stage = 'recommended'
           GROUP BY r.worker_id)
SELECT w.id, w.name, w.registered_on, h.categories, h.recognised, h.first_recognised, o.served,
       coalesce(o.contacts, 0), coalesce(o.posts, 0), coalesce(o.declines, 0), u.recorded_on
FROM h JOIN workers w ON w.id = h.worker_id
LEFT JOIN o ON o.worker_id = h.worker_id
LEFT JOIN promise_unwilling u ON u.worker_id = h.worker_id)");

} // namespace

QString promiseStateKey(PromiseState state)
{
    static const char* const keys[] = {"due", "overdue", "met", "met_late", "unwilling"};
    return QLatin1String(keys[static_cast<int>(state)]);
}

Message promiseStateName(PromiseState state)
{
    switch (state) {
    case PromiseState::Due:
        return JB_TR("Placement", "Due");
    case PromiseState::Overdue:
        return JB_TR("Placement", "Overdue");
    case PromiseState::Met:
        return JB_TR("Placement", "Met");
    case PromiseState::MetLate:
        return JB_TR("Placement", "Met late");
    case PromiseState::Unwilling:
        return JB_TR("Placement", "Unwilling for now");
    }
    return {};
}

DueDay promiseDue(const PlacementSettings& settings, const HolidayCalendar& calendar, const QDate& start)
{
    if (settings.promiseDayKind == PromiseDayKind::Working)
        return calendar.nthWorkingDayAfter(start, settings.promiseDays);
    return DueDay{start.addDays(settings.promiseDays), false};
}

void settlePromise(PromiseEntry& e, const QDate& today, const QDate& unwillingOn)
{
    const bool served = e.servedOn.isValid() && e.servedOn <= today;
    if (served) {
        e.state = e.servedOn <= e.due ? PromiseState::Met : PromiseState::MetLate;
        e.daysLeft = static_cast<int>(e.servedOn.daysTo(e.due));
        return;
    }
    if (unwillingOn.isValid() && unwillingOn <= today) {
        e.state = PromiseState::Unwilling;
        e.daysLeft = static_cast<int>(unwillingOn.daysTo(e.due));
        return;
    }
    e.daysLeft = static_cast<int>(today.daysTo(e.due));
    e.state = e.daysLeft >= 0 ? PromiseState::Due : PromiseState::Overdue;
}

Expected<PromiseList> promiseList(QSqlDatabase db, QDate today, QDate since)
{
    using Result = Expected<PromiseList>;
    const PlacementSettings settings = readPlacementSettings(db);
    const Expected<HolidayCalendar> calendar = HolidayCalendar::load(db);
    if (!calendar)
        return Result::failure(calendar.message());
    if (!since.isValid())
        since = today.addDays(-kPromiseListDays);
    const QString from = since.toString(Qt::ISODate), to = today.toString(Qt::ISODate);
    Expected<QSqlQuery> q = run(db, kPromiseRows, {from, to, from, to});
    if (!q)
        return Result::failure(q.message());
    PromiseList list;
    list.today = today;
    list.dayKind = settings.promiseDayKind;
    while (q->next()) {
        PromiseEntry e;
        e.workerId = q->value(0).toLongLong();
        e.name = q->value(1).toString();
        e.start = dayOf(q->value(2));
        // Every category recognised later than the registration: the clock starts at the first recognition.
        const QDate recognised = dayOf(q->value(5));
        if (q->value(3).toInt() == q->value(4).toInt() && recognised.isValid() && recognised > e.start)
            e.start = recognised;
        if (!e.start.isValid() || e.start > today || e.start < since)
            continue;
        const DueDay due = promiseDue(settings, *calendar, e.start);
        e.due = due.day;
        e.beyondCalendar = due.beyondCalendar;
        list.beyondCalendar = list.beyondCalendar || due.beyondCalendar;
        e.servedOn = dayOf(q->value(6));
        e.contacts = q->value(7).toInt();
        e.posts = q->value(8).toInt();
        e.declines = q->value(9).toInt();
        e.offersMet =
            e.contacts >= settings.offerContacts && e.posts >= settings.offerContacts * settings.offerPostsPerContact;
        const QDate unwillingOn = dayOf(q->value(10));
        settlePromise(e, today, unwillingOn);
        // Once recorded it is not offered again (a person served before the record keeps the state "met").
        e.mayRecordUnwilling = !unwillingOn.isValid() && e.state != PromiseState::Unwilling &&
                               e.declines >= settings.declinesBeforeUnwilling;
        list.entries << e;
    }
    std::sort(list.entries.begin(), list.entries.end(), [](const PromiseEntry& a, const PromiseEntry& b) {
        const bool aWaiting = a.state == PromiseState::Overdue || a.state == PromiseState::Due;
        const bool bWaiting = b.state == PromiseState::Overdue || b.state == PromiseState::Due;
        if (aWaiting != bWaiting)
            return aWaiting;
        return a.due != b.due ? a.due < b.due : a.workerId < b.workerId;
    });
    return list;
}

Status recordUnwilling(QSqlDatabase db, qint64 workerId, QDate on, const QString& note)
{
    const PlacementSettings settings = readPlacementSettings(db);
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    const Expected<QVariant> hardship = placementsql::value(
        db, QStringLiteral("SELECT count(*) FROM worker_hardships WHERE worker_id = ?"), {workerId});
    if (!hardship)
        return Status::failure(hardship.message());
    if (hardship->toInt() == 0)
        return Status::failure(
            JB_TR("Placement", "Worker %1 has no hardship category; the promise does not apply").arg(workerId));
    const Expected<QVariant> declines = placementsql::value(
        db, QStringLiteral("SELECT count(*) FROM referrals WHERE worker_id = ? AND exit_kind = 'declined'"),
        {workerId});
    if (!declines)
        return Status::failure(declines.message());
    if (declines->toInt() < settings.declinesBeforeUnwilling)
        return Status::failure(JB_TR("Placement", "The person has declined %1 posts; \"unwilling for now\" needs %2")
                                   .arg(declines->toInt())
                                   .arg(settings.declinesBeforeUnwilling));
    if (auto q = run(db,
                     QStringLiteral("INSERT INTO promise_unwilling (worker_id, recorded_on, officer, recorded_at, "
                                    "note) VALUES (?, ?, ?, ?, ?)"),
                     {workerId, on.toString(Qt::ISODate), currentOfficer(), placementsql::stampNow(), note});
        !q)
        return Status::failure(q.message());
    if (Status s = appendAudit(db, {QStringLiteral("insert"),
                                    QStringLiteral("promise_unwilling"),
                                    workerId,
                                    QStringLiteral("recorded_on"),
                                    {},
                                    on.toString(Qt::ISODate),
                                    note});
        !s)
        return s;
    return tx.commit();
}

Status undoUnwilling(QSqlDatabase db, qint64 workerId)
{
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    Expected<QSqlQuery> q = run(db, QStringLiteral("DELETE FROM promise_unwilling WHERE worker_id = ?"), {workerId});
    if (!q)
        return Status::failure(q.message());
    if (q->numRowsAffected() == 0)
        return Status::failure(JB_TR("Placement", "Nothing recorded as unwilling for worker %1").arg(workerId));
    if (Status s = appendAudit(db, {QStringLiteral("delete"),
                                    QStringLiteral("promise_unwilling"),
                                    workerId,
                                    QStringLiteral("recorded_on"),
                                    {},
                                    {},
                                    {}});
        !s)
        return s;
    return tx.commit();
}

Status setHardshipRecognised(QSqlDatabase db, qint64 workerId, const QString& categoryCode, const QDate& on)
{
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("UPDATE worker_hardships SET recognised_on = ? WHERE worker_id = ? AND "
                                               "category_id = (SELECT id FROM reference_items WHERE list = "
                                               "'hardship_category' AND code = ?)"),
                                {placementsql::dayValue(on), workerId, categoryCode});
    if (!q)
        return Status::failure(q.message());
    if (q->numRowsAffected() == 0)
        return Status::failure(
            JB_TR("Placement", "Worker %1 is not in the hardship category \"%2\"").arg(workerId).arg(categoryCode));
    if (Status s = appendAudit(db, {QStringLiteral("update"),
                                    QStringLiteral("worker_hardships"),
                                    workerId,
                                    QStringLiteral("recognised_on"),
                                    {},
                                    placementsql::dayValue(on),
                                    categoryCode});
        !s)
        return s;
    return tx.commit();
}

} // namespace jb::core
