#include "core/lists/EnterpriseDetail.h"

#include "core/lists/RevealValue.h"
#include "core/storage/SqlError.h"
#include "core/validation/Phone.h"

#include <QSqlQuery>

namespace jb::core {

namespace {

QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

bool exec(QSqlQuery& q, const QString& sql, qint64 id, Message& error)
{
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(id);
    if (q.exec())
        return true;
    error = describeSqlError(q, QStringLiteral("enterprise detail"));
    return false;
}

Message noEnterprise(qint64 id)
{
    return JB_TR("Lists", "No enterprise with id %1").arg(id);
}

// The enterprise's own fields; false (and `error` set) when it cannot be read or does not exist.
bool readEnterprise(QSqlDatabase db, EnterpriseDetail& d, NameLanguage names, Message& error)
{
    const QString n = names == NameLanguage::Chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en");
    QSqlQuery q(db);
    if (!exec(q,
              QStringLiteral("SELECT e.name, e.credit_code, e.org_id, o.name, e.industry_id, "
                             "(SELECT %1 FROM reference_items WHERE id = e.industry_id), e.address, e.contact_name, "
                             "e.contact_phone, e.is_key_enterprise, e.is_major_project, e.note, e.created_at, "
                             "e.updated_at FROM enterprises e LEFT JOIN organisations o ON o.id = e.org_id "
                             "WHERE e.id = ?")
                  .arg(n),
              d.id, error))
        return false;
    if (!q.next()) {
        error = noEnterprise(d.id);
        return false;
    }
    d.name = q.value(0).toString();
    d.creditCode = q.value(1).toString();
    d.orgId = q.value(2).toLongLong();
    d.organisation = q.value(3).toString();
    if (!q.value(4).isNull())
        d.industryId = q.value(4).toLongLong();
    d.industry = q.value(5).toString();
    d.address = q.value(6).toString();
    d.contactName = q.value(7).toString();
    const QString phone = q.value(8).toString();
    d.contactPhoneMasked = phone.isEmpty() ? phone : maskPhone(phone);
    d.keyEnterprise = q.value(9).toBool();
    d.majorProject = q.value(10).toBool();
    d.note = q.value(11).toString();
    d.createdOn = date(q.value(12));
    d.updatedOn = date(q.value(13));
    return true;
}

bool readSnapshots(QSqlDatabase db, EnterpriseDetail& d, Message& error)
{
    QSqlQuery s(db);
    if (!exec(s,
              QStringLiteral("SELECT id, recorded_on, contact_kind, planned, hired, gap, officer, note "
                             "FROM demand_snapshots WHERE enterprise_id = ? ORDER BY recorded_on, id"),
              d.id, error))
        return false;
    while (s.next())
        d.snapshots.append({s.value(0).toLongLong(), date(s.value(1)), s.value(2).toString(), s.value(3).toInt(),
                            s.value(4).toInt(), s.value(5).toInt(), s.value(6).toString(), s.value(7).toString()});
    return true;
}

bool readFlags(QSqlDatabase db, EnterpriseDetail& d, Message& error)
{
    QSqlQuery f(db);
    if (!exec(f,
              QStringLiteral("SELECT id, kind, flagged_on, resolved_on, amount_yuan, people_affected, note "
                             "FROM enterprise_flags WHERE enterprise_id = ? "
                             "ORDER BY resolved_on IS NOT NULL, flagged_on DESC, id DESC"),
              d.id, error))
        return false;
    while (f.next()) {
        EnterpriseFlag flag;
        flag.id = f.value(0).toLongLong();
        flag.kind = f.value(1).toString();
        flag.flaggedOn = date(f.value(2));
        flag.resolvedOn = date(f.value(3));
        if (!f.value(4).isNull())
            flag.amountYuan = f.value(4).toDouble();
        if (!f.value(5).isNull())
            flag.peopleAffected = f.value(5).toInt();
        flag.note = f.value(6).toString();
        d.flags.append(flag);
    }
    return true;
}

bool readReferrals(QSqlDatabase db, EnterpriseDetail& d, Message& error)
{
    QSqlQuery r(db);
    if (!exec(r,
              QStringLiteral("SELECT f.id, w.name, coalesce(v.title, ''), f.stage, f.stage_on FROM referrals f "
                             "JOIN workers w ON w.id = f.worker_id LEFT JOIN vacancies v ON v.id = f.vacancy_id "
                             "WHERE f.enterprise_id = ? ORDER BY f.stage_on DESC, f.id DESC"),
              d.id, error))
        return false;
    while (r.next())
        d.referrals.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                            r.value(3).toString(), date(r.value(4))});
    return true;
}

} // namespace

Expected<EnterpriseDetail> loadEnterpriseDetail(QSqlDatabase db, qint64 enterpriseId, NameLanguage names)
{
    using Result = Expected<EnterpriseDetail>;
    EnterpriseDetail d;
    d.id = enterpriseId;
    Message error;
    if (!readEnterprise(db, d, names, error))
        return Result::failure(error);
    Expected<QVector<VacancyRow>> vacancies = VacancyListQuery::forEnterprise(db, enterpriseId, names).all();
    if (!vacancies)
        return Result::failure(vacancies.message());
    d.vacancies = std::move(*vacancies);
    if (!readSnapshots(db, d, error) || !readFlags(db, d, error) || !readReferrals(db, d, error))
        return Result::failure(error);
    return d;
}

Expected<QString> revealEnterprisePhone(QSqlDatabase db, qint64 enterpriseId, const QString& reason)
{
    return revealStoredValue(db, QStringLiteral("enterprises"), QStringLiteral("contact_phone"), enterpriseId,
                             QStringLiteral("enterprise detail"), noEnterprise(enterpriseId), reason);
}

} // namespace jb::core
