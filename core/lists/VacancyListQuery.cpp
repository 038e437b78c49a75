#include "core/lists/VacancyListQuery.h"

#include "core/lists/EnterpriseListQuery.h"
#include "core/lists/FieldHeadings.h"
#include "core/records/RecordFields.h"
#include "core/storage/ListWindow.h"
#include "core/storage/SqlError.h"
#include "core/validation/Phone.h"

#include <QSqlError>

namespace jb::core {

namespace {

QString range(const QVariant& low, const QVariant& high)
{
    if (!low.isNull() && !high.isNull())
        return low.toLongLong() == high.toLongLong() ? low.toString()
                                                     : QStringLiteral("%1–%2").arg(low.toString(), high.toString());
    if (!low.isNull())
        return QStringLiteral("≥%1").arg(low.toString());
    if (!high.isNull())
        return QStringLiteral("≤%1").arg(high.toString());
    return {};
}

} // namespace

VacancyListQuery VacancyListQuery::forFilter(QSqlDatabase db, EnterpriseFilter filter, NameLanguage names)
{
    VacancyListQuery q;
    q.m_db = std::move(db);
    q.m_filter = std::move(filter);
    q.m_names = names;
    return q;
}

VacancyListQuery VacancyListQuery::forEnterprise(QSqlDatabase db, qint64 enterpriseId, NameLanguage names)
{
    VacancyListQuery q;
    q.m_db = std::move(db);
    q.m_enterpriseId = enterpriseId;
    q.m_names = names;
    return q;
}

QString VacancyListQuery::whereSql(QVariantList& binds) const
{
    if (m_enterpriseId) {
        binds << *m_enterpriseId;
        return QStringLiteral(" WHERE e.id = ?");
    }
    return enterpriseFilterSql(m_filter, binds);
}

Expected<qint64> VacancyListQuery::count() const
{
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM enterprises e JOIN vacancies v ON v.enterprise_id = e.id") +
        whereSql(binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, sql, binds) || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("vacancy list count")));
    return q.value(0).toLongLong();
}

Status VacancyListQuery::forEach(bool unmasked, const std::function<bool(const VacancyRow&)>& row) const
{
    const QString n = m_names == NameLanguage::Chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en");
    auto ref = [&n](const char* column) {
        return QStringLiteral("(SELECT r.%1 FROM reference_items r WHERE r.id = v.%2)").arg(n, QLatin1String(column));
    };
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT v.id, e.id, e.name, e.credit_code, o.name, v.title, v.trade, %1, v.headcount, "
                       "v.wage_min, v.wage_max, v.wage_text, %2, v.age_min, v.age_max, %3, v.work_location, %4, "
                       "v.requirements, v.benefits, v.posted_on, v.status, v.closed_on, e.contact_name, "
                       "e.contact_phone FROM enterprises e JOIN vacancies v ON v.enterprise_id = e.id "
                       "LEFT JOIN organisations o ON o.id = e.org_id")
            .arg(ref("occupation_group_id"), ref("education_id"), ref("skill_level_id"), ref("employment_form_id")) +
        whereSql(binds) + QStringLiteral(" ORDER BY e.name, e.id, v.posted_on DESC, v.id DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, sql, binds))
        return Status::failure(describeSqlError(q, QStringLiteral("vacancy list")));
    while (q.next()) {
        VacancyRow r;
        r.id = q.value(0).toLongLong();
        r.enterpriseId = q.value(1).toLongLong();
        r.enterprise = q.value(2).toString();
        r.creditCode = q.value(3).toString();
        r.organisation = q.value(4).toString();
        r.title = q.value(5).toString();
        r.trade = q.value(6).toString();
        r.occupationGroup = q.value(7).toString();
        r.headcount = q.value(8).toInt();
        r.wage = range(q.value(9), q.value(10));
        if (r.wage.isEmpty())
            r.wage = q.value(11).toString();
        r.education = q.value(12).toString();
        r.age = range(q.value(13), q.value(14));
        r.skillLevel = q.value(15).toString();
        r.workLocation = q.value(16).toString();
        r.employmentForm = q.value(17).toString();
        r.requirements = q.value(18).toString();
        r.benefits = q.value(19).toString();
        r.postedOn = QDate::fromString(q.value(20).toString(), Qt::ISODate);
        r.status = q.value(21).toString();
        r.closedOn = QDate::fromString(q.value(22).toString(), Qt::ISODate);
        r.contactName = q.value(23).toString();
        const QString phone = q.value(24).toString();
        r.contactPhone = unmasked || phone.isEmpty() ? phone : maskPhone(phone);
        if (!row(r))
            break;
    }
    if (q.lastError().isValid())
        return Status::failure(describeSqlError(q, QStringLiteral("vacancy list")));
    return {};
}

Expected<QVector<VacancyRow>> VacancyListQuery::all() const
{
    QVector<VacancyRow> rows;
    if (Status s = forEach(false,
                           [&rows](const VacancyRow& r) {
                               rows.append(r);
                               return true;
                           });
        !s)
        return Expected<QVector<VacancyRow>>::failure(s.message());
    return rows;
}

QStringList VacancyListQuery::header()
{
    // Every column shows a field of the vacancy or of its enterprise: the catalogue's headings (a range under its
    // lower bound's).
    namespace e = fields::enterprise;
    namespace v = fields::vacancy;
    const std::pair<RecordKind, QString> columns[] = {
        {RecordKind::Enterprise, e::name},        {RecordKind::Enterprise, e::creditCode},
        {RecordKind::Enterprise, e::org},         {RecordKind::Vacancy, v::title},
        {RecordKind::Vacancy, v::trade},          {RecordKind::Vacancy, v::occupationGroup},
        {RecordKind::Vacancy, v::headcount},      {RecordKind::Vacancy, v::wageMin},
        {RecordKind::Vacancy, v::education},      {RecordKind::Vacancy, v::ageMin},
        {RecordKind::Vacancy, v::skillLevel},     {RecordKind::Vacancy, v::workLocation},
        {RecordKind::Vacancy, v::employmentForm}, {RecordKind::Vacancy, v::postedOn},
        {RecordKind::Vacancy, v::status},         {RecordKind::Enterprise, e::contactName},
        {RecordKind::Enterprise, e::contactPhone}};
    QStringList h;
    for (const auto& [kind, field] : columns)
        h << fieldHeading(kind, field).text();
    return h;
}

QVector<QVariant> VacancyListQuery::cells(const VacancyRow& r)
{
    return {r.enterprise,
            r.creditCode,
            r.organisation,
            r.title,
            r.trade,
            r.occupationGroup,
            r.headcount,
            r.wage,
            r.education,
            r.age,
            r.skillLevel,
            r.workLocation,
            r.employmentForm,
            r.postedOn.isValid() ? QVariant(r.postedOn) : QVariant(),
            statusText(r.status).text(),
            r.contactName,
            r.contactPhone};
}

Message VacancyListQuery::statusText(const QString& status)
{
    if (status == QLatin1String("open"))
        return JB_TR("Lists", "Open");
    if (status == QLatin1String("filled"))
        return JB_TR("Lists", "Filled");
    if (status == QLatin1String("closed"))
        return JB_TR("Lists", "Closed");
    return Message::verbatim(status);
}

} // namespace jb::core
