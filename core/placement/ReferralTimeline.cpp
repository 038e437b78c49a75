// The timeline of one referral (declared in ReferralList.h): its stage rows, its side exit, its retention checks and
// the corrections, undos and redos the audit log recorded, oldest first.

#include "core/placement/FollowUps.h"
#include "core/placement/PlacementSql.h"
#include "core/placement/ReferralList.h"
#include "core/placement/ReferralStage.h"

#include <QDateTime>
#include <algorithm>

namespace jb::core {

using placementsql::run;

namespace {

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// An audit or recorded_at timestamp (UTC) as the officer's local time.
QString localTime(const QVariant& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// The shown name of a reference value, or the code when the list does not know it.
QString reasonName(QSqlDatabase db, const QString& list, const QString& code, NameLanguage names)
{
    if (code.isEmpty())
        return {};
    const Expected<QVariant> name = placementsql::value(
        db,
        QStringLiteral("SELECT %1 FROM reference_items WHERE list = ? AND code = ?")
            .arg(names == NameLanguage::Chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en")),
        {list, code});
    return name && !name->isNull() ? name->toString() : code;
}

QString stageText(const QString& key)
{
    if (const std::optional<ReferralStage> s = referralStageFromKey(key))
        return referralStageName(*s).text();
    if (const std::optional<ReferralExit> e = referralExitFromKey(key))
        return referralExitName(*e).text();
    if (key == QLatin1String("stable")) // recorded by files from before stable employment was derived
        return referralListStageName(ReferralListStage::Stable).text();
    return key;
}

QString termsText(const QSqlQuery& q)
{
    QStringList terms;
    if (!q.value(5).isNull())
        terms << JB_TR("Placement", "starts %1").arg(q.value(5).toString()).text();
    if (!q.value(6).isNull())
        terms << JB_TR("Placement", "%1 yuan a month").arg(q.value(6).toLongLong()).text();
    if (!q.value(7).isNull())
        terms << JB_TR("Placement", "%1 months").arg(q.value(7).toLongLong()).text();
    return terms.join(QStringLiteral(", "));
}

Status addStages(QSqlDatabase db, qint64 id, NameLanguage names, QVector<TimelineEntry>& out)
{
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT stage, occurred_on, officer, recorded_at, reason_code, "
                                               "starts_on, monthly_wage, term_months FROM referral_stages WHERE "
                                               "referral_id = ? ORDER BY occurred_on, id"),
                                {id});
    if (!q)
        return Status::failure(q.message());
    while (q->next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Stage;
        e.key = q->value(0).toString();
        e.day = dayOf(q->value(1));
        e.what = stageText(q->value(0).toString());
        e.officer = q->value(2).toString();
        e.recordedAt = localTime(q->value(3));
        e.detail = q->value(0).toString() == QLatin1String("contract")
                       ? termsText(*q)
                       : reasonName(db, kLeaveReasonList, q->value(4).toString(), names);
        out << e;
    }
    return {};
}

Status addChecks(QSqlDatabase db, qint64 id, NameLanguage names, QVector<TimelineEntry>& out)
{
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT months, checked_on, outcome, reason_code, officer, recorded_at "
                                               "FROM retention_checks WHERE referral_id = ? ORDER BY checked_on, id"),
                                {id});
    if (!q)
        return Status::failure(q.message());
    while (q->next()) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Check;
        e.day = dayOf(q->value(1));
        const QString outcome = q->value(2).toString();
        e.key = outcome;
        e.what = outcome == checkOutcomeKey(CheckOutcome::StillEmployed)
                     ? JB_TR("Placement", "Retention check: still employed").text()
                 : outcome == checkOutcomeKey(CheckOutcome::Left)
                     ? JB_TR("Placement", "Retention check: left").text()
                     : JB_TR("Placement", "Retention check: could not be reached").text();
        QStringList detail{JB_TR("Placement", "%1-month check").arg(q->value(0).toInt()).text()};
        if (const QString reason = reasonName(db, kLeaveReasonList, q->value(3).toString(), names); !reason.isEmpty())
            detail << reason;
        e.detail = detail.join(QStringLiteral(", "));
        e.officer = q->value(4).toString();
        e.recordedAt = localTime(q->value(5));
        out << e;
    }
    return {};
}

// The side exit (from the referral row; its officer and time from the audit's exit row) and the corrections,
// undos and redos.
Status addAudit(QSqlDatabase db, qint64 id, NameLanguage names, QVector<TimelineEntry>& out)
{
    Expected<QSqlQuery> exit =
        run(db, QStringLiteral("SELECT exit_kind, exit_on, exit_reason FROM referrals WHERE id = ?"), {id});
    if (!exit)
        return Status::failure(exit.message());
    QString exitKind;
    TimelineEntry exitEntry;
    if (exit->next() && !exit->value(0).isNull()) {
        exitKind = exit->value(0).toString();
        exitEntry.kind = TimelineEntry::Kind::Exit;
        exitEntry.key = exitKind;
        exitEntry.day = dayOf(exit->value(1));
        exitEntry.what = stageText(exitKind);
        if (const std::optional<ReferralExit> e = referralExitFromKey(exitKind))
            exitEntry.detail = reasonName(db, exitReasonList(*e), exit->value(2).toString(), names);
    }
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT action, at, officer, old_value, new_value, note FROM audit_log "
                                               "WHERE table_name = 'referrals' AND record_id = ? AND action IN "
                                               "('exit', 'correct', 'undo', 'redo') ORDER BY id"),
                                {id});
    if (!q)
        return Status::failure(q.message());
    while (q->next()) {
        const QString action = q->value(0).toString();
        if (action == QLatin1String("exit")) {
            exitEntry.officer = q->value(2).toString(); // the latest exit is the one that stands
            exitEntry.recordedAt = localTime(q->value(1));
            continue;
        }
        TimelineEntry e;
        e.officer = q->value(2).toString();
        e.recordedAt = localTime(q->value(1));
        e.day = QDateTime::fromString(q->value(1).toString(), Qt::ISODate).toLocalTime().date();
        if (action == QLatin1String("correct")) {
            e.kind = TimelineEntry::Kind::Correction;
            e.what = JB_TR("Placement", "Corrected back to %1").arg(stageText(q->value(4).toString())).text();
            e.detail = JB_TR("Placement", "was %1").arg(stageText(q->value(3).toString())).text();
        } else {
            e.kind = action == QLatin1String("undo") ? TimelineEntry::Kind::Undo : TimelineEntry::Kind::Redo;
            e.what = action == QLatin1String("undo") ? JB_TR("Placement", "A change was undone").text()
                                                     : JB_TR("Placement", "A change was redone").text();
        }
        out << e;
    }
    if (!exitKind.isEmpty())
        out << exitEntry;
    return {};
}

} // namespace

Expected<QVector<TimelineEntry>> referralTimeline(QSqlDatabase db, qint64 referralId, NameLanguage names)
{
    using Result = Expected<QVector<TimelineEntry>>;
    QVector<TimelineEntry> out;
    for (auto add : {addStages, addChecks, addAudit})
        if (Status st = add(db, referralId, names, out); !st)
            return Result::failure(st.message());
    // Oldest first; on one day, the order they were gathered in (stages in pipeline order, then checks, audit).
    std::stable_sort(out.begin(), out.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.day < b.day; });
    return out;
}

} // namespace jb::core
