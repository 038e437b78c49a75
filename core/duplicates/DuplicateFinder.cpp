#include "core/duplicates/DuplicateFinder.h"

#include "core/storage/SqlError.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

namespace {

// The normalised form two resident IDs are compared in: the first 17 characters (the check character is what a
// typo most often breaks), a 15-digit legacy number upgraded by inserting the century.
const char* const kIdKey = "CASE length(id_number) WHEN 15 THEN substr(id_number, 1, 6) || '19' || "
                           "substr(id_number, 7, 9) ELSE substr(id_number, 1, 17) END";

// Each organisation's county: the nearest ancestor of kind county, else the organisation itself.
const char* const kCountyCte =
    "WITH county(org_id, county_id) AS (SELECT o.id, coalesce((SELECT t.ancestor_id FROM organisation_tree t "
    "JOIN organisations a ON a.id = t.ancestor_id WHERE t.org_id = o.id AND a.kind = 'county'), o.id) "
    "FROM organisations o), "
    "keyed(id, k, shown) AS (SELECT e.id, c.county_id || ' ' || e.name, "
    "(SELECT name FROM organisations WHERE id = c.county_id) || ' · ' || e.name "
    "FROM enterprises e JOIN county c ON c.org_id = e.org_id) ";

} // namespace

MergeRecordKind recordKindOf(DuplicateRule rule)
{
    switch (rule) {
    case DuplicateRule::WorkerSameId:
    case DuplicateRule::WorkerSameNameAndBirth:
    case DuplicateRule::WorkerSamePhone:
        return MergeRecordKind::Worker;
    case DuplicateRule::EnterpriseSameCreditCode:
    case DuplicateRule::EnterpriseSameNameInCounty:
        break;
    }
    return MergeRecordKind::Enterprise;
}

QVector<DuplicateRule> duplicateRules(MergeRecordKind kind)
{
    if (kind == MergeRecordKind::Worker)
        return {DuplicateRule::WorkerSameNameAndBirth, DuplicateRule::WorkerSamePhone, DuplicateRule::WorkerSameId};
    return {DuplicateRule::EnterpriseSameCreditCode, DuplicateRule::EnterpriseSameNameInCounty};
}

Message duplicateRuleTitle(DuplicateRule rule)
{
    switch (rule) {
    case DuplicateRule::WorkerSameId:
        return JB_TR("Duplicates", "Same ID number (first 17 characters)");
    case DuplicateRule::WorkerSameNameAndBirth:
        return JB_TR("Duplicates", "Same name and birth date");
    case DuplicateRule::WorkerSamePhone:
        return JB_TR("Duplicates", "Same phone");
    case DuplicateRule::EnterpriseSameCreditCode:
        return JB_TR("Duplicates", "Same credit code");
    case DuplicateRule::EnterpriseSameNameInCounty:
        return JB_TR("Duplicates", "Same name in one county");
    }
    return {};
}

QString DuplicateFinder::groupSql(DuplicateRule rule)
{
    // Each rule: (grouping key, shown key, id) of every member of a group of two or more, in key order. The
    // groups are found by one GROUP BY pass; `IN (...)` then picks their members in a second scan, which measured
    // faster than a window count over the whole table (docs/data-model.md).
    switch (rule) {
    case DuplicateRule::WorkerSameId:
        return QStringLiteral("SELECT %1 AS k, %1, id FROM workers WHERE id_number <> '' AND %1 IN "
                              "(SELECT %1 FROM workers WHERE id_number <> '' GROUP BY 1 HAVING count(*) > 1) "
                              "ORDER BY 1, 3")
            .arg(QLatin1String(kIdKey));
    case DuplicateRule::WorkerSameNameAndBirth:
        return QStringLiteral(
            "SELECT name || ' ' || birth_date, name || ' ' || birth_date, id FROM workers "
            "WHERE birth_date IS NOT NULL AND (name, birth_date) IN (SELECT name, birth_date FROM workers "
            "WHERE birth_date IS NOT NULL GROUP BY name, birth_date HAVING count(*) > 1) ORDER BY name, birth_date, "
            "id");
    case DuplicateRule::WorkerSamePhone:
        return QStringLiteral("SELECT phone, phone, id FROM workers WHERE phone <> '' AND phone IN "
                              "(SELECT phone FROM workers WHERE phone <> '' GROUP BY phone HAVING count(*) > 1) "
                              "ORDER BY phone, id");
    case DuplicateRule::EnterpriseSameCreditCode:
        return QStringLiteral(
            "SELECT credit_code, credit_code, id FROM enterprises WHERE credit_code IN "
            "(SELECT credit_code FROM enterprises WHERE credit_code IS NOT NULL AND credit_code <> '' "
            "GROUP BY credit_code HAVING count(*) > 1) ORDER BY credit_code, id");
    case DuplicateRule::EnterpriseSameNameInCounty:
        return QLatin1String(kCountyCte) +
               QStringLiteral("SELECT k, shown, id FROM keyed WHERE k IN (SELECT k FROM keyed GROUP BY k "
                              "HAVING count(*) > 1) ORDER BY shown, id");
    }
    return {};
}

Expected<DuplicateFinder> DuplicateFinder::find(QSqlDatabase db, DuplicateRule rule)
{
    DuplicateFinder finder;
    finder.m_db = db;
    finder.m_rule = rule;
    QElapsedTimer clock;
    clock.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(groupSql(rule)))
        return Expected<DuplicateFinder>::failure(describeSqlError(q, QStringLiteral("possible duplicates")));
    QString previous;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (finder.m_groups.isEmpty() || key != previous) {
            QString shown = q.value(1).toString();
            if (rule == DuplicateRule::WorkerSameId)
                shown = maskResidentId(shown);
            else if (rule == DuplicateRule::WorkerSamePhone)
                shown = maskPhone(shown);
            else if (rule == DuplicateRule::WorkerSameNameAndBirth)
                shown = shown.replace(QLatin1Char(' '), QStringLiteral(" · "));
            finder.m_groups.append(Found{shown, {}});
            previous = key;
        }
        finder.m_groups.last().ids.append(q.value(2).toLongLong());
        ++finder.m_records;
    }
    finder.m_elapsedMs = clock.elapsed();
    return finder;
}

QVector<qint64> DuplicateFinder::memberIds(qint64 index) const
{
    if (index < 0 || index >= m_groups.size())
        return {};
    return m_groups.at(static_cast<int>(index)).ids;
}

Status DuplicateFinder::readMember(qint64 id, DuplicateMember& member) const
{
    QSqlQuery q(m_db);
    if (recordKindOf(m_rule) == MergeRecordKind::Worker) {
        q.prepare(
            QStringLiteral("SELECT w.name, coalesce(w.id_number, ''), w.phone, w.birth_date, o.name, w.registered_on, "
                           "(SELECT count(*) FROM referrals WHERE worker_id = w.id), "
                           "(SELECT count(*) FROM services WHERE worker_id = w.id), 0 "
                           "FROM workers w JOIN organisations o ON o.id = w.org_id WHERE w.id = ?"));
    } else {
        // Services by enterprise have no index (a scan of every service per row): the merge dialog counts them.
        q.prepare(QStringLiteral("SELECT e.name, coalesce(e.credit_code, ''), e.contact_phone, NULL, o.name, "
                                 "substr(e.created_at, 1, 10), "
                                 "(SELECT count(*) FROM referrals WHERE enterprise_id = e.id), 0, "
                                 "(SELECT count(*) FROM vacancies WHERE enterprise_id = e.id) "
                                 "FROM enterprises e JOIN organisations o ON o.id = e.org_id WHERE e.id = ?"));
    }
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("possible duplicates")));
    if (!q.next()) {
        member.id = 0; // merged or deleted since the rule ran
        return {};
    }
    const bool worker = recordKindOf(m_rule) == MergeRecordKind::Worker;
    member.id = id;
    member.name = q.value(0).toString();
    const QString idOrCode = q.value(1).toString();
    member.residentId = worker && !idOrCode.isEmpty() ? maskResidentId(idOrCode) : idOrCode;
    const QString phone = q.value(2).toString();
    member.phone = phone.isEmpty() ? phone : maskPhone(phone);
    member.birthDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    member.organisation = q.value(4).toString();
    member.registeredOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    member.referrals = q.value(6).toLongLong();
    member.services = q.value(7).toLongLong();
    member.vacancies = q.value(8).toLongLong();
    return {};
}

Expected<QVector<DuplicateGroup>> DuplicateFinder::fetch(qint64 offset, int limit) const
{
    QVector<DuplicateGroup> out;
    const qint64 end = std::min<qint64>(m_groups.size(), offset + std::max(limit, 0));
    for (qint64 g = std::max<qint64>(offset, 0); g < end; ++g) {
        const Found& found = m_groups.at(static_cast<int>(g));
        DuplicateGroup group;
        group.key = found.key;
        for (qint64 id : found.ids) {
            DuplicateMember member;
            const Status read = readMember(id, member);
            if (!read)
                return Expected<QVector<DuplicateGroup>>::failure(read.message());
            if (member.id != 0)
                group.members.append(member);
        }
        out.append(group);
    }
    return out;
}

} // namespace jb::core
