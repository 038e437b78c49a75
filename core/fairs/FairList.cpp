// The fairs list and the detail tabs' rows. Column names stay in this folder.

#include "core/fairs/FairList.h"

#include "core/fairs/FairSql.h"
#include "core/validation/ResidentId.h"

namespace jb::core {

using fairsql::run;

namespace {

// The list's columns: the fair, its organiser and kind, and the figures of fair_figures.
QString rowColumns(NameLanguage names)
{
    return QStringLiteral("f.id, f.name, f.held_on, f.ends_on, f.org_id, o.name, f.organiser_level, f.form, k.code, "
                          "k.%1, f.status, f.venue, x.enterprises, x.posts, x.headcount, x.public_welfare_posts, "
                          "x.registered, x.intentions, x.contracts, x.visits, f.reported_intentions, "
                          "f.reported_contracts, f.reported_headcount")
        .arg(names == NameLanguage::Chinese ? QLatin1String("name_zh") : QLatin1String("name_en"));
}

const char* const kFrom = " FROM job_fairs f JOIN organisations o ON o.id = f.org_id LEFT JOIN reference_items k "
                          "ON k.id = f.kind_id JOIN fair_figures x ON x.fair_id = f.id";

FairRow readRow(const QSqlQuery& q)
{
    FairRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.firstDay = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.lastDay = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.organiserId = q.value(4).toLongLong();
    r.organiserName = q.value(5).toString();
    r.organiserLevel = q.value(6).toString();
    r.form = fairFormFromKey(q.value(7).toString()).value_or(FairForm::Offline);
    r.kindCode = q.value(8).toString();
    r.kindName = q.value(9).toString();
    r.status = fairStatusFromKey(q.value(10).toString()).value_or(FairStatus::Held);
    r.venue = q.value(11).toString();
    r.enterprises = q.value(12).toLongLong();
    r.posts = q.value(13).toLongLong();
    r.headcount = q.value(14).toLongLong();
    r.publicWelfarePosts = q.value(15).toLongLong();
    r.registered = q.value(16).toLongLong();
    r.intentions = q.value(17).toLongLong();
    r.contracts = q.value(18).toLongLong();
    r.visits = q.value(19).toLongLong();
    r.reportedIntentions = q.value(20).toLongLong();
    r.reportedContracts = q.value(21).toLongLong();
    r.reportedHeadcount = q.value(22).toLongLong();
    return r;
}

// " WHERE …" for the filter, with its values.
QString whereOf(const FairFilter& filter, QVariantList& binds)
{
    QStringList terms;
    if (filter.from.isValid()) {
        terms << QStringLiteral("f.held_on >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("f.held_on <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    if (filter.organiserId > 0) {
        terms << QStringLiteral("f.org_id IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = ?)");
        binds << filter.organiserId;
    }
    if (filter.form) {
        terms << QStringLiteral("f.form = ?");
        binds << fairFormKey(*filter.form);
    }
    if (!filter.kindCode.isEmpty()) {
        terms << QStringLiteral("f.kind_id = (SELECT id FROM reference_items WHERE list = 'fair_kind' AND code = ?)");
        binds << filter.kindCode;
    }
    if (filter.status) {
        terms << QStringLiteral("f.status = ?");
        binds << fairStatusKey(*filter.status);
    }
    if (!filter.nameContains.trimmed().isEmpty()) {
        terms << QStringLiteral("instr(f.name, ?) > 0");
        binds << filter.nameContains.trimmed();
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QString orderOf(FairSort sort, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (sort) {
    case FairSort::FirstDay:
        return QStringLiteral(" ORDER BY f.held_on%1, f.id%1").arg(dir);
    case FairSort::Name:
        key = QStringLiteral("f.name");
        break;
    case FairSort::Organiser:
        key = QStringLiteral("o.name");
        break;
    case FairSort::Enterprises:
        key = QStringLiteral("x.enterprises");
        break;
    case FairSort::Posts:
        key = QStringLiteral("x.posts");
        break;
    case FairSort::Headcount:
        key = QStringLiteral("x.headcount");
        break;
    case FairSort::Visits:
        key = QStringLiteral("x.visits");
        break;
    case FairSort::Registered:
        key = QStringLiteral("x.registered");
        break;
    case FairSort::Intentions:
        key = QStringLiteral("x.intentions");
        break;
    case FairSort::Contracts:
        key = QStringLiteral("x.contracts");
        break;
    case FairSort::DemandRatio: // no one registered sorts as the lowest ratio
        key = QStringLiteral("CASE WHEN x.registered = 0 THEN -1.0 ELSE 1.0 * x.headcount / x.registered END");
        break;
    }
    return QStringLiteral(" ORDER BY %1%2, f.held_on%2, f.id%2").arg(key, dir);
}

Expected<QVector<FairRow>> rowsOf(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    Expected<QSqlQuery> q = run(db, sql, binds);
    if (!q)
        return Expected<QVector<FairRow>>::failure(q.message());
    QVector<FairRow> rows;
    while (q->next())
        rows << readRow(*q);
    return rows;
}

} // namespace

std::optional<double> FairRow::demandRatio() const
{
    if (registered <= 0)
        return std::nullopt;
    return static_cast<double>(headcount) / static_cast<double>(registered);
}

Expected<qint64> countFairs(QSqlDatabase db, const FairFilter& filter)
{
    QVariantList binds;
    const QString where = whereOf(filter, binds);
    Expected<QVariant> n = fairsql::value(db, QStringLiteral("SELECT count(*) FROM job_fairs f") + where, binds);
    if (!n)
        return Expected<qint64>::failure(n.message());
    return n->toLongLong();
}

Expected<QVector<FairRow>> fairWindow(QSqlDatabase db, const FairFilter& filter, qint64 offset, int limit,
                                      FairSort sort, bool descending, NameLanguage names)
{
    if (offset < 0 || limit <= 0)
        return QVector<FairRow>();
    QVariantList binds;
    const QString where = whereOf(filter, binds);
    binds << limit << offset;
    return rowsOf(db,
                  QStringLiteral("SELECT ") + rowColumns(names) + QLatin1String(kFrom) + where +
                      orderOf(sort, descending) + QStringLiteral(" LIMIT ? OFFSET ?"),
                  binds);
}

Expected<QVector<FairRow>> upcomingFairs(QSqlDatabase db, QDate today, int limit, NameLanguage names)
{
    Q_UNUSED(today) // every planned fair is upcoming until it is marked held, whatever its day
    return rowsOf(db,
                  QStringLiteral("SELECT ") + rowColumns(names) + QLatin1String(kFrom) +
                      QStringLiteral(" WHERE f.status = 'planned' ORDER BY f.held_on, f.id LIMIT ?"),
                  {limit});
}

Expected<FairRow> fairRow(QSqlDatabase db, qint64 fairId, NameLanguage names)
{
    const Expected<QVector<FairRow>> rows = rowsOf(
        db, QStringLiteral("SELECT ") + rowColumns(names) + QLatin1String(kFrom) + QStringLiteral(" WHERE f.id = ?"),
        {fairId});
    if (!rows)
        return Expected<FairRow>::failure(rows.message());
    if (rows->isEmpty())
        return Expected<FairRow>::failure(JB_TR("Fairs", "Job fair %1 does not exist").arg(fairId));
    return rows->first();
}

Expected<QVector<FairEnterpriseRow>> fairEnterprises(QSqlDatabase db, qint64 fairId)
{
    using Result = Expected<QVector<FairEnterpriseRow>>;
    Expected<QSqlQuery> q = run(
        db,
        QStringLiteral(
            "SELECT e.id, e.name, coalesce(e.credit_code, ''), "
            "(SELECT count(*) FROM fair_posts p JOIN vacancies v ON v.id = p.vacancy_id WHERE p.fair_id = l.fair_id "
            "AND v.enterprise_id = e.id), "
            "(SELECT coalesce(sum(v.headcount), 0) FROM fair_posts p JOIN vacancies v ON v.id = p.vacancy_id WHERE "
            "p.fair_id = l.fair_id AND v.enterprise_id = e.id), "
            "(SELECT count(*) FROM referrals r WHERE r.fair_id = l.fair_id AND r.enterprise_id = e.id AND EXISTS "
            "(SELECT 1 FROM referral_stages s WHERE s.referral_id = r.id AND s.stage = 'intention')), "
            "(SELECT count(*) FROM referrals r WHERE r.fair_id = l.fair_id AND r.enterprise_id = e.id AND EXISTS "
            "(SELECT 1 FROM referral_stages s WHERE s.referral_id = r.id AND s.stage = 'contract')) "
            "FROM fair_enterprises l JOIN enterprises e ON e.id = l.enterprise_id WHERE l.fair_id = ? ORDER BY e.name"),
        {fairId});
    if (!q)
        return Result::failure(q.message());
    QVector<FairEnterpriseRow> rows;
    while (q->next())
        rows << FairEnterpriseRow{q->value(0).toLongLong(), q->value(1).toString(),   q->value(2).toString(),
                                  q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong(),
                                  q->value(6).toLongLong()};
    return rows;
}

Expected<QVector<FairPostRow>> fairPosts(QSqlDatabase db, qint64 fairId)
{
    using Result = Expected<QVector<FairPostRow>>;
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT v.id, e.id, e.name, v.title, v.headcount, p.public_welfare, "
                                               "v.source_fair_id IS p.fair_id FROM fair_posts p JOIN vacancies v ON "
                                               "v.id = p.vacancy_id JOIN enterprises e ON e.id = v.enterprise_id "
                                               "WHERE p.fair_id = ? ORDER BY e.name, v.title"),
                                {fairId});
    if (!q)
        return Result::failure(q.message());
    QVector<FairPostRow> rows;
    while (q->next())
        rows << FairPostRow{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                            q->value(3).toString(),   q->value(4).toLongLong(), q->value(5).toInt() == 1,
                            q->value(6).toInt() == 1};
    return rows;
}

Expected<QVector<FairPersonRow>> fairPeople(QSqlDatabase db, qint64 fairId)
{
    using Result = Expected<QVector<FairPersonRow>>;
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT w.id, w.name, coalesce(w.id_number, ''), w.source_fair_id IS "
                                               "a.fair_id FROM fair_attendees a JOIN workers w ON w.id = a.worker_id "
                                               "WHERE a.fair_id = ? ORDER BY w.name, w.id"),
                                {fairId});
    if (!q)
        return Result::failure(q.message());
    QVector<FairPersonRow> rows;
    while (q->next())
        rows << FairPersonRow{q->value(0).toLongLong(), q->value(1).toString(), maskResidentId(q->value(2).toString()),
                              q->value(3).toInt() == 1};
    return rows;
}

Expected<QVector<FairOutcomeRow>> fairOutcomes(QSqlDatabase db, qint64 fairId)
{
    using Result = Expected<QVector<FairOutcomeRow>>;
    Expected<QSqlQuery> q = run(
        db,
        QStringLiteral("SELECT r.id, w.id, w.name, r.vacancy_id, e.name, coalesce(v.title, ''), r.stage, "
                       "(SELECT min(occurred_on) FROM referral_stages s WHERE s.referral_id = r.id AND s.stage = "
                       "'intention'), (SELECT min(occurred_on) FROM referral_stages s WHERE s.referral_id = r.id AND "
                       "s.stage = 'contract') FROM referrals r JOIN workers w ON w.id = r.worker_id JOIN enterprises "
                       "e ON e.id = r.enterprise_id LEFT JOIN vacancies v ON v.id = r.vacancy_id WHERE r.fair_id = ? "
                       "ORDER BY w.name, r.id"),
        {fairId});
    if (!q)
        return Result::failure(q.message());
    QVector<FairOutcomeRow> rows;
    while (q->next())
        rows << FairOutcomeRow{q->value(0).toLongLong(),
                               q->value(1).toLongLong(),
                               q->value(2).toString(),
                               q->value(3).toLongLong(),
                               q->value(4).toString(),
                               q->value(5).toString(),
                               q->value(6).toString(),
                               QDate::fromString(q->value(7).toString(), Qt::ISODate),
                               QDate::fromString(q->value(8).toString(), Qt::ISODate)};
    return rows;
}

} // namespace jb::core
