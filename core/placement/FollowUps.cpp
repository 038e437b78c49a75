#include "core/placement/FollowUps.h"

#include "core/audit/AuditLog.h"
#include "core/placement/PlacementSql.h"
#include "core/settings/PlacementSettings.h"
#include "core/storage/Transaction.h"

#include <QMap>
namespace jb::core {

using placementsql::run;

namespace {

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Contracts with no departure: their start, and the months already checked conclusively or tried.
const QString kContracts = QStringLiteral(R"(
SELECT r.id, r.worker_id, w.name, coalesce(e.name, ''), coalesce(v.title, ''),
       coalesce(c.starts_on, c.occurred_on) AS start_on,
       (SELECT group_concat(k.months || ':' || k.outcome) FROM retention_checks k WHERE k.referral_id = r.id)
FROM referrals r
JOIN referral_stages c ON c.referral_id = r.id AND c.stage = 'contract'
JOIN workers w ON w.id = r.worker_id
LEFT JOIN enterprises e ON e.id = r.enterprise_id
LEFT JOIN vacancies v ON v.id = r.vacancy_id
WHERE r.stage = 'contract' AND r.exit_kind IS NULL
ORDER BY start_on, r.id)");

} // namespace

QString checkOutcomeKey(CheckOutcome outcome)
{
    static const char* const keys[] = {"employed", "left", "unreached"};
    return QLatin1String(keys[static_cast<int>(outcome)]);
}

Expected<QVector<FollowUpDue>> followUpsDue(QSqlDatabase db, QDate today)
{
    using Result = Expected<QVector<FollowUpDue>>;
    const PlacementSettings settings = readPlacementSettings(db);
    Expected<QSqlQuery> q = run(db, kContracts);
    if (!q)
        return Result::failure(q.message());
    QVector<FollowUpDue> due;
    while (q->next()) {
        const QDate start = dayOf(q->value(5));
        QMap<int, QStringList> checks;
        for (const QString& c : q->value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            checks[c.section(QLatin1Char(':'), 0, 0).toInt()] << c.section(QLatin1Char(':'), 1);
        for (int months : settings.followUpMonths) {
            const QDate on = start.addMonths(months);
            const QStringList done = checks.value(months);
            if (!start.isValid() || on > today || done.contains(QStringLiteral("employed")))
                continue;
            FollowUpDue d;
            d.referralId = q->value(0).toLongLong();
            d.workerId = q->value(1).toLongLong();
            d.workerName = q->value(2).toString();
            d.enterpriseName = q->value(3).toString();
            d.postTitle = q->value(4).toString();
            d.contractStart = start;
            d.months = months;
            d.dueOn = on;
            d.attempts = static_cast<int>(done.count(QStringLiteral("unreached")));
            due << d;
            break; // one check at a time: the next is due once this one is done
        }
    }
    return due;
}

Expected<QVector<StaleReferral>> staleReferrals(QSqlDatabase db, QDate today)
{
    using Result = Expected<QVector<StaleReferral>>;
    const PlacementSettings settings = readPlacementSettings(db);
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT r.id, r.worker_id, w.name, coalesce(v.title, ''), r.stage, "
                                               "r.stage_on FROM referrals r JOIN workers w ON w.id = r.worker_id "
                                               "LEFT JOIN vacancies v ON v.id = r.vacancy_id WHERE r.stage IN "
                                               "('recommended', 'interviewed', 'intention') AND r.exit_kind IS NULL "
                                               "AND r.stage_on <= ? ORDER BY r.stage_on, r.id"),
                                {today.addDays(-settings.staleDays).toString(Qt::ISODate)});
    if (!q)
        return Result::failure(q.message());
    QVector<StaleReferral> stale;
    while (q->next()) {
        StaleReferral s;
        s.referralId = q->value(0).toLongLong();
        s.workerId = q->value(1).toLongLong();
        s.workerName = q->value(2).toString();
        s.postTitle = q->value(3).toString();
        s.stage = q->value(4).toString();
        s.stageOn = dayOf(q->value(5));
        s.daysAtStage = static_cast<int>(s.stageOn.daysTo(today));
        stale << s;
    }
    return stale;
}

Expected<ReferralChange> recordRetentionCheck(QSqlDatabase db, qint64 referralId, int months, CheckOutcome outcome,
                                              QDate on, const QString& reasonCode)
{
    using Result = Expected<ReferralChange>;
    if (!on.isValid() || on > Clock::today())
        return Result::failure(JB_TR("Placement", "A check is recorded on a day that has come"));
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    const Expected<QVariant> stage =
        placementsql::value(db, QStringLiteral("SELECT stage FROM referrals WHERE id = ?"), {referralId});
    if (!stage)
        return Result::failure(stage.message());
    if (stage->toString() != QLatin1String("contract"))
        return Result::failure(JB_TR("Placement", "Referral %1 has no running contract to check").arg(referralId));
    Expected<ReferralSnapshot> before = snapshotReferral(db, referralId);
    if (!before)
        return Result::failure(before.message());
    ReferralChange change;
    if (outcome == CheckOutcome::Left) {
        Expected<ReferralChange> left = moveReferral(db, referralId, ReferralStage::Left, on, reasonCode);
        if (!left)
            return left;
    }
    if (auto q = run(db,
                     QStringLiteral("INSERT INTO retention_checks (referral_id, months, checked_on, outcome, "
                                    "reason_code, officer, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {referralId, months, on.toString(Qt::ISODate), checkOutcomeKey(outcome),
                      reasonCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reasonCode),
                      currentOfficer(), placementsql::stampNow()});
        !q)
        return Result::failure(q.message());
    if (Status s = appendAudit(db, {QStringLiteral("insert"),
                                    QStringLiteral("retention_checks"),
                                    referralId,
                                    QStringLiteral("outcome"),
                                    {},
                                    checkOutcomeKey(outcome),
                                    QStringLiteral("%1 months").arg(months)});
        !s)
        return Result::failure(s.message());
    change.referralId = referralId;
    change.undo.before << *before;
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return change;
}

} // namespace jb::core
