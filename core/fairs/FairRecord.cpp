// The fair record: checks, add / edit / remove, status. Column names stay in this folder.

#include "core/fairs/FairRecord.h"

#include "core/audit/AuditLog.h"
#include "core/fairs/FairSql.h"
#include "core/records/RecordFields.h"
#include "core/storage/Transaction.h"

#include <QHash>

namespace jb::core {

namespace {

namespace f = fields::fair;
using fairsql::run;
using fairsql::value;

constexpr int kNameLength = 100;
constexpr qint64 kFigureMax = 10'000'000;

// The level the metrics count a fair at, from its organiser's kind: a town or park counts with its county.
QString levelOf(const QString& organisationKind)
{
    if (organisationKind == QLatin1String("province"))
        return QStringLiteral("province");
    if (organisationKind == QLatin1String("prefecture"))
        return QStringLiteral("city");
    if (organisationKind == QLatin1String("industry_union"))
        return QStringLiteral("industry");
    return QStringLiteral("county");
}

void checkFigure(QVector<FairIssue>& issues, const QString& field, qint64 n)
{
    if (n < 0 || n > kFigureMax)
        issues.append({field, JB_TR("Fairs", "Enter a number from 0 to %1").arg(kFigureMax)});
}

void checkReferences(QSqlDatabase db, const FairDetails& d, QVector<FairIssue>& issues)
{
    if (d.organiserId <= 0) {
        issues.append({f::organiser, JB_TR("Fairs", "Choose the organiser")});
    } else {
        const Expected<QVariant> org =
            value(db, QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"), {d.organiserId});
        if (org && org->isNull())
            issues.append({f::organiser, JB_TR("Fairs", "The organiser is not an organisation of this file")});
    }
    if (!fairKindCodes().contains(d.kindCode)) {
        issues.append({f::kind, JB_TR("Fairs", "Choose the kind of fair")});
    } else {
        const Expected<QVariant> kind = value(
            db, QStringLiteral("SELECT 1 FROM reference_items WHERE list = 'fair_kind' AND code = ?"), {d.kindCode});
        if (kind && kind->isNull())
            issues.append({f::kind, JB_TR("Fairs", "The kind \"%1\" is not in the reference list").arg(d.kindCode)});
    }
    for (qint64 group : d.keyGroupIds) {
        const Expected<QVariant> g =
            value(db, QStringLiteral("SELECT 1 FROM reference_items WHERE list = 'key_group' AND id = ?"), {group});
        if (g && g->isNull()) {
            issues.append({f::keyGroups, JB_TR("Fairs", "A key group is not in the reference list")});
            break;
        }
    }
}

Message refusal(const QVector<FairIssue>& issues)
{
    Message joined = issues.first().message;
    for (int i = 1; i < issues.size(); ++i)
        joined = JB_TR("Fairs", "%1; %2").arg(joined).arg(issues.at(i).message);
    return JB_TR("Fairs", "The fair was not saved: %1").arg(joined);
}

// Column values of a fair's row, in the order of kColumns.
const char* const kColumns = "name, held_on, ends_on, org_id, organiser_level, co_organisers, form, kind_id, venue, "
                             "visits, materials, reported_intentions, reported_contracts, reported_headcount, note";

Expected<QVariantList> rowValues(QSqlDatabase db, const FairDetails& d)
{
    const Expected<QVariant> kind =
        value(db, QStringLiteral("SELECT id FROM reference_items WHERE list = 'fair_kind' AND code = ?"), {d.kindCode});
    const Expected<QVariant> orgKind =
        value(db, QStringLiteral("SELECT kind FROM organisations WHERE id = ?"), {d.organiserId});
    if (!kind || !orgKind)
        return Expected<QVariantList>::failure(!kind ? kind.message() : orgKind.message());
    const auto text = [](const QString& s) { return QVariant(s.isNull() ? QStringLiteral("") : s.trimmed()); };
    return QVariantList{text(d.name),
                        d.firstDay.toString(Qt::ISODate),
                        d.lastDay.isValid() && d.lastDay != d.firstDay ? QVariant(d.lastDay.toString(Qt::ISODate))
                                                                       : QVariant(),
                        d.organiserId,
                        levelOf(orgKind->toString()),
                        text(d.coOrganisers),
                        fairFormKey(d.form),
                        *kind,
                        text(d.venue),
                        d.visits,
                        d.materials,
                        d.reportedIntentions,
                        d.reportedContracts,
                        d.reportedHeadcount,
                        text(d.note)};
}

Status writeKeyGroups(QSqlDatabase db, qint64 fairId, const QVector<qint64>& groups)
{
    if (auto q = run(db, QStringLiteral("DELETE FROM fair_key_groups WHERE fair_id = ?"), {fairId}); !q)
        return Status::failure(q.message());
    for (qint64 g : groups)
        if (auto q =
                run(db, QStringLiteral("INSERT OR IGNORE INTO fair_key_groups (fair_id, key_group_id) VALUES (?, ?)"),
                    {fairId, g});
            !q)
            return Status::failure(q.message());
    return {};
}

Status audit(QSqlDatabase db, const QString& action, qint64 fairId, const QString& field, const QVariant& before,
             const QVariant& after, const QString& note = {})
{
    return appendAudit(db, {action, QStringLiteral("job_fairs"), fairId, field, before, after, note});
}

} // namespace

QVector<FairIssue> checkFair(QSqlDatabase db, const FairDetails& d)
{
    QVector<FairIssue> issues;
    const QString name = d.name.trimmed();
    if (name.isEmpty())
        issues.append({f::name, JB_TR("Fairs", "Enter the fair's name")});
    else if (name.size() > kNameLength)
        issues.append({f::name, JB_TR("Fairs", "The name is longer than %1 characters").arg(kNameLength)});
    if (!d.firstDay.isValid())
        issues.append({f::firstDay, JB_TR("Fairs", "Enter the fair's first day (YYYY-MM-DD)")});
    else if (d.lastDay.isValid() && d.lastDay < d.firstDay)
        issues.append(
            {f::lastDay,
             JB_TR("Fairs", "The last day cannot be before the first day (%1)").arg(d.firstDay.toString(Qt::ISODate))});
    checkReferences(db, d, issues);
    checkFigure(issues, f::visits, d.visits);
    checkFigure(issues, f::materials, d.materials);
    checkFigure(issues, f::reportedIntentions, d.reportedIntentions);
    checkFigure(issues, f::reportedContracts, d.reportedContracts);
    checkFigure(issues, f::reportedHeadcount, d.reportedHeadcount);
    if (d.reportedContracts > d.reportedIntentions)
        issues.append(
            {f::reportedContracts,
             JB_TR("Fairs", "Reported contracts cannot exceed reported intentions (%1)").arg(d.reportedIntentions)});
    return issues;
}

Expected<qint64> addFair(QSqlDatabase db, const FairDetails& details, QDate today)
{
    using Result = Expected<qint64>;
    if (const QVector<FairIssue> issues = checkFair(db, details); !issues.isEmpty())
        return Result::failure(refusal(issues));
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    const Expected<QVariantList> values = rowValues(db, details);
    if (!values)
        return Result::failure(values.message());
    QVariantList binds = *values;
    const FairStatus status = details.firstDay > today ? FairStatus::Planned : FairStatus::Held;
    const QString stamp = fairsql::stampNow();
    binds << fairStatusKey(status) << stamp << stamp;
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("INSERT INTO job_fairs (%1, status, created_at, updated_at) VALUES "
                                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                    .arg(QLatin1String(kColumns)),
                                binds);
    if (!q)
        return Result::failure(q.message());
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = writeKeyGroups(db, id, details.keyGroupIds); !s)
        return Result::failure(s.message());
    if (Status s = audit(db, QStringLiteral("insert"), id, QString(), {}, details.name.trimmed()); !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return id;
}

Status editFair(QSqlDatabase db, qint64 fairId, const FairDetails& details, QDate today)
{
    const Expected<Fair> before = loadFair(db, fairId);
    if (!before)
        return Status::failure(before.message());
    if (const QVector<FairIssue> issues = checkFair(db, details); !issues.isEmpty())
        return Status::failure(refusal(issues));
    if (before->status != FairStatus::Planned && details.firstDay > today)
        return Status::failure(JB_TR("Fairs", "The fair was held; its first day cannot be after today (%1)")
                                   .arg(today.toString(Qt::ISODate)));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    const Expected<QVariantList> values = rowValues(db, details);
    if (!values)
        return Status::failure(values.message());
    const Expected<QVariantList> old = rowValues(db, before->details);
    if (!old)
        return Status::failure(old.message());
    const QStringList columns = QString::fromLatin1(kColumns).split(QStringLiteral(", "));
    for (int i = 0; i < columns.size(); ++i)
        if (values->at(i) != old->at(i))
            if (Status s = audit(db, QStringLiteral("update"), fairId, columns.at(i), old->at(i), values->at(i)); !s)
                return s;
    QVariantList binds = *values;
    binds << fairsql::stampNow() << fairId;
    if (auto q = run(db,
                     QStringLiteral("UPDATE job_fairs SET (%1, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?) WHERE id = ?")
                         .arg(QLatin1String(kColumns)),
                     binds);
        !q)
        return Status::failure(q.message());
    if (Status s = writeKeyGroups(db, fairId, details.keyGroupIds); !s)
        return s;
    return tx.commit();
}

Status removeFair(QSqlDatabase db, qint64 fairId)
{
    const Expected<Fair> fair = loadFair(db, fairId);
    if (!fair)
        return Status::failure(fair.message());
    const Expected<QVariant> linked = value(
        db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM fair_enterprises WHERE fair_id = ?) OR EXISTS (SELECT 1 FROM "
                       "fair_posts WHERE fair_id = ?) OR EXISTS (SELECT 1 FROM fair_attendees WHERE fair_id = ?) "
                       "OR EXISTS (SELECT 1 FROM referrals WHERE fair_id = ?)"),
        {fairId, fairId, fairId, fairId});
    if (!linked)
        return Status::failure(linked.message());
    if (linked->toBool())
        return Status::failure(JB_TR("Fairs", "The fair \"%1\" has enterprises, posts or people recorded; remove "
                                              "them first")
                                   .arg(fair->details.name));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    if (auto q = run(db, QStringLiteral("DELETE FROM job_fairs WHERE id = ?"), {fairId}); !q)
        return Status::failure(q.message());
    if (Status s = audit(db, QStringLiteral("delete"), fairId, QString(), fair->details.name, {}); !s)
        return s;
    return tx.commit();
}

Expected<FairStatus> setFairStatus(QSqlDatabase db, qint64 fairId, FairStatus to, QDate today)
{
    using Result = Expected<FairStatus>;
    const Expected<Fair> fair = loadFair(db, fairId);
    if (!fair)
        return Result::failure(fair.message());
    const FairStatus from = fair->status;
    const int step = static_cast<int>(to) - static_cast<int>(from);
    if (step == 0)
        return Result::failure(JB_TR("Fairs", "The fair is already %1").arg(fairStatusName(to)));
    if (step != 1 && step != -1)
        return Result::failure(JB_TR("Fairs", "A fair goes from planned to held to closed one step at a time; it is "
                                              "%1")
                                   .arg(fairStatusName(from)));
    if (to == FairStatus::Held && from == FairStatus::Planned && fair->details.firstDay > today)
        return Result::failure(JB_TR("Fairs", "The fair starts on %1; it cannot be held before then")
                                   .arg(fair->details.firstDay.toString(Qt::ISODate)));
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    if (auto q = run(db, QStringLiteral("UPDATE job_fairs SET status = ?, updated_at = ? WHERE id = ?"),
                     {fairStatusKey(to), fairsql::stampNow(), fairId});
        !q)
        return Result::failure(q.message());
    if (Status s = audit(db, QStringLiteral("update"), fairId, QStringLiteral("status"), fairStatusKey(from),
                         fairStatusKey(to));
        !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return from;
}

Expected<Fair> loadFair(QSqlDatabase db, qint64 fairId)
{
    using Result = Expected<Fair>;
    Expected<QSqlQuery> q =
        run(db,
            QStringLiteral("SELECT f.name, f.held_on, f.ends_on, f.org_id, f.co_organisers, f.form, "
                           "k.code, f.venue, f.visits, f.materials, f.reported_intentions, "
                           "f.reported_contracts, f.note, f.status, o.name, f.organiser_level, "
                           "f.reported_headcount "
                           "FROM job_fairs f JOIN organisations o ON o.id = f.org_id "
                           "LEFT JOIN reference_items k ON k.id = f.kind_id WHERE f.id = ?"),
            {fairId});
    if (!q)
        return Result::failure(q.message());
    if (!q->next())
        return Result::failure(JB_TR("Fairs", "Job fair %1 does not exist").arg(fairId));
    Fair fair;
    fair.id = fairId;
    FairDetails& d = fair.details;
    d.name = q->value(0).toString();
    d.firstDay = QDate::fromString(q->value(1).toString(), Qt::ISODate);
    d.lastDay = QDate::fromString(q->value(2).toString(), Qt::ISODate);
    d.organiserId = q->value(3).toLongLong();
    d.coOrganisers = q->value(4).toString();
    d.form = fairFormFromKey(q->value(5).toString()).value_or(FairForm::Offline);
    d.kindCode = q->value(6).toString();
    d.venue = q->value(7).toString();
    d.visits = q->value(8).toLongLong();
    d.materials = q->value(9).toLongLong();
    d.reportedIntentions = q->value(10).toLongLong();
    d.reportedContracts = q->value(11).toLongLong();
    d.note = q->value(12).toString();
    fair.status = fairStatusFromKey(q->value(13).toString()).value_or(FairStatus::Held);
    fair.organiserName = q->value(14).toString();
    fair.organiserLevel = q->value(15).toString();
    d.reportedHeadcount = q->value(16).toLongLong();
    Expected<QSqlQuery> groups =
        run(db, QStringLiteral("SELECT key_group_id FROM fair_key_groups WHERE fair_id = ? ORDER BY 1"), {fairId});
    if (!groups)
        return Result::failure(groups.message());
    while (groups->next())
        d.keyGroupIds << groups->value(0).toLongLong();
    return fair;
}

} // namespace jb::core
