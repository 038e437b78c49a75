// Which received figures count for an organisation and period:
//  1. For each child that sent figures for the period (matched by name and dates), the section with the latest
//     "as of" day wins (then the latest export): a monthly package's year to date is replaced by a later one's.
//  2. A package from higher up wins over packages from below it (a city's package already contains its
//     counties), so nothing is counted twice when a province holds both a city's and its counties' packages.
//  3. If such a package covers the organisation itself (it is the sender or one of the sender's sub-units), its
//     rows for the organisation and its children are the figures; otherwise the senders below the organisation
//     are added up, each into the direct child it lies under.

#include "core/metrics/ReceivedFigures.h"

#include "core/storage/SqlError.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <utility>

namespace jb::core {

namespace {

struct Section
{
    qint64 id = 0;
    qint64 childOrgId = 0;
    QString asOf;
    QString createdAt;
};

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

Expected<QSqlQuery> run(QSqlDatabase& db, const QString& sql, const QVariantList& binds, const char* what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Expected<QSqlQuery>::failure(describeSqlError(q, QLatin1String(what)));
    return q;
}

void addValue(ReceivedFigures& r, QHash<QString, qint64>& into, const QString& metric, qint64 value, bool total)
{
    if (metric.startsWith(QLatin1String("fairs_"))) {
        if (total)
            r.fairsByLevel[metric.mid(6)] += value;
        return;
    }
    into[metric] += value;
}

using Sections = QHash<qint64, Section>; // sending child → its section that counts

// 1. The latest section per sending child.
Expected<Sections> latestSections(QSqlDatabase& db, const Period& period, const QDate& asOf)
{
    auto sections =
        run(db,
            QStringLiteral("SELECT id, child_org_id, as_of, created_at FROM received_sections "
                           "WHERE period_name = ? AND starts_on = ? AND ends_on = ?"),
            {period.name, period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate)}, "received sections");
    if (!sections)
        return Expected<Sections>::failure(sections.message());
    Sections latest;
    while (sections->next()) {
        const Section s{sections->value(0).toLongLong(), sections->value(1).toLongLong(), sections->value(2).toString(),
                        sections->value(3).toString()};
        if (asOf.isValid() && s.asOf > asOf.toString(Qt::ISODate))
            continue; // counted later than the day asked for
        const auto it = latest.constFind(s.childOrgId);
        if (it == latest.cend() || std::make_pair(s.asOf, s.createdAt) > std::make_pair(it->asOf, it->createdAt))
            latest.insert(s.childOrgId, s);
    }
    return latest;
}

// 2. Drops senders that lie below another sender.
Status dropNested(QSqlDatabase& db, Sections& latest)
{
    const QString senders = idList(latest.keys());
    auto nested =
        run(db,
            QStringLiteral("SELECT org_id FROM organisation_tree WHERE org_id IN (%1) AND ancestor_id IN (%1) "
                           "AND ancestor_id <> org_id")
                .arg(senders),
            {}, "organisation tree");
    if (!nested)
        return Status::failure(nested.message());
    while (nested->next())
        latest.remove(nested->value(0).toLongLong());
    return {};
}

// 3a. A sender at or above the organisation: its rows for the organisation and the organisation's children.
// False when there is no such sender.
Expected<bool> addCovering(QSqlDatabase& db, qint64 orgId, const QVector<qint64>& childIds, const Sections& latest,
                           ReceivedFigures& r)
{
    auto covering =
        run(db,
            QStringLiteral("SELECT ancestor_id FROM organisation_tree WHERE org_id = ? AND ancestor_id IN (%1)")
                .arg(idList(latest.keys())),
            {orgId}, "organisation tree");
    if (!covering)
        return Expected<bool>::failure(covering.message());
    if (!covering->next())
        return false;
    const Section s = latest.value(covering->value(0).toLongLong());
    r.any = s.childOrgId == orgId; // else: only if the sender listed the organisation as a sub-unit
    QList<qint64> orgs{orgId};
    orgs += QList<qint64>(childIds.begin(), childIds.end());
    auto rows = run(db,
                    QStringLiteral("SELECT org_id, key_group_id, metric, value FROM received_figures "
                                   "WHERE section_id = ? AND org_id IN (%1)")
                        .arg(idList(orgs)),
                    {s.id}, "received figures");
    if (!rows)
        return Expected<bool>::failure(rows.message());
    while (rows->next()) {
        const qint64 org = rows->value(0).toLongLong();
        const qint64 group = rows->value(1).toLongLong();
        const QString metric = rows->value(2).toString();
        const qint64 value = rows->value(3).toLongLong();
        if (org == orgId) {
            r.any = true;
            addValue(r, group == 0 ? r.totals : r.byKeyGroup[group], metric, value, group == 0);
        } else if (group == 0) {
            addValue(r, r.byChild[org], metric, value, false);
        }
    }
    return true;
}

// Which direct child of the organisation each sender lies under.
Expected<QHash<qint64, qint64>> childOfSenders(QSqlDatabase& db, const QVector<qint64>& childIds,
                                               const QList<qint64>& senders)
{
    QHash<qint64, qint64> childOf; // sender → direct child of the organisation
    if (childIds.isEmpty())
        return childOf;
    auto under = run(db,
                     QStringLiteral("SELECT ancestor_id, org_id FROM organisation_tree WHERE ancestor_id IN (%1) "
                                    "AND org_id IN (%2)")
                         .arg(idList(QList<qint64>(childIds.begin(), childIds.end())), idList(senders)),
                     {}, "organisation tree");
    if (!under)
        return Expected<QHash<qint64, qint64>>::failure(under.message());
    while (under->next())
        childOf.insert(under->value(1).toLongLong(), under->value(0).toLongLong());
    return childOf;
}

// 3b. Senders below the organisation, each added into the direct child it lies under.
Status addBelow(QSqlDatabase& db, qint64 orgId, const QVector<qint64>& childIds, const Sections& latest,
                ReceivedFigures& r)
{
    auto below = run(db,
                     QStringLiteral("SELECT org_id FROM organisation_tree WHERE ancestor_id = ? AND org_id IN (%1)")
                         .arg(idList(latest.keys())),
                     {orgId}, "organisation tree");
    if (!below)
        return Status::failure(below.message());
    QHash<qint64, qint64> sectionSender; // section → sender
    while (below->next()) {
        const Section s = latest.value(below->value(0).toLongLong());
        sectionSender.insert(s.id, s.childOrgId);
    }
    if (sectionSender.isEmpty())
        return {};
    r.any = true;
    const auto childOf = childOfSenders(db, childIds, sectionSender.values());
    if (!childOf)
        return Status::failure(childOf.message());
    // Only each sender's own row (its whole subtree): its sub-units' rows are inside it already.
    auto rows = run(db,
                    QStringLiteral("SELECT f.section_id, f.key_group_id, f.metric, f.value FROM received_figures f "
                                   "JOIN received_sections s ON s.id = f.section_id "
                                   "WHERE f.section_id IN (%1) AND f.org_id = s.child_org_id")
                        .arg(idList(sectionSender.keys())),
                    {}, "received figures");
    if (!rows)
        return Status::failure(rows.message());
    while (rows->next()) {
        const qint64 sender = sectionSender.value(rows->value(0).toLongLong());
        const qint64 group = rows->value(1).toLongLong();
        const QString metric = rows->value(2).toString();
        const qint64 value = rows->value(3).toLongLong();
        if (group != 0) {
            addValue(r, r.byKeyGroup[group], metric, value, false);
            continue;
        }
        addValue(r, r.totals, metric, value, true);
        if (const auto child = childOf->constFind(sender); child != childOf->cend())
            addValue(r, r.byChild[*child], metric, value, false);
    }
    return {};
}

} // namespace

Expected<ReceivedFigures> receivedFigures(QSqlDatabase db, qint64 orgId, const Period& period,
                                          const QVector<qint64>& childIds, const QDate& asOf)
{
    using Result = Expected<ReceivedFigures>;
    ReceivedFigures r;
    Expected<Sections> latest = latestSections(db, period, asOf);
    if (!latest)
        return Result::failure(latest.message());
    if (latest->isEmpty())
        return r;
    if (Status s = dropNested(db, *latest); !s)
        return Result::failure(s.message());
    const Expected<bool> covered = addCovering(db, orgId, childIds, *latest, r);
    if (!covered)
        return Result::failure(covered.message());
    if (*covered)
        return r;
    if (Status s = addBelow(db, orgId, childIds, *latest, r); !s)
        return Result::failure(s.message());
    return r;
}

} // namespace jb::core
