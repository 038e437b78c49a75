#include "core/lists/WorkerDetail.h"

#include "core/lists/RevealValue.h"
#include "core/storage/ActivitySummary.h"
#include "core/storage/SqlError.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

#include <QSqlQuery>

#include <algorithm>

namespace jb::core {

namespace {

QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString stageText(const QString& stage, bool chinese)
{
    struct Name
    {
        const char* key;
        const char* zh;
        const char* en;
    };
    static const Name names[] = {{"recommended", "推荐", "Recommended"}, {"interviewed", "面试", "Interviewed"},
                                 {"intention", "达成意向", "Intention reached"},
                                 {"contract", "签订合同", "Contract signed"},
                                 {"stable", "稳定就业", "Stable employment"}, {"left", "离职", "Left"}};
    for (const Name& n : names) {
        if (stage == QLatin1String(n.key))
            return QString::fromUtf8(chinese ? n.zh : n.en);
    }
    return stage;
}

QString auditText(const QString& action, const QString& field, bool chinese)
{
    const QString what = field == QLatin1String("id_number") ? (chinese ? QStringLiteral("身份证号") : QStringLiteral("ID number"))
                         : field == QLatin1String("phone")   ? (chinese ? QStringLiteral("手机号") : QStringLiteral("phone"))
                                                              : field;
    if (action == QLatin1String("reveal"))
        return chinese ? QStringLiteral("查看完整%1").arg(what) : QStringLiteral("Full %1 shown").arg(what);
    if (action == QLatin1String("update"))
        return chinese ? QStringLiteral("修改%1").arg(what) : QStringLiteral("%1 changed").arg(what);
    return chinese ? QStringLiteral("记录操作：%1 %2").arg(action, what) : QStringLiteral("%1 %2").arg(action, what);
}

// Runs `sql` with `binds`; false (and `error` set) on failure.
bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString& error)
{
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    error = describeSqlError(q, QStringLiteral("worker detail"));
    return false;
}

QStringList names(QSqlDatabase db, const QString& sql, qint64 workerId, QString& error)
{
    QStringList out;
    QSqlQuery q(db);
    if (!exec(q, sql, {workerId}, error))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

Expected<WorkerDetail> loadWorkerDetail(QSqlDatabase db, qint64 workerId, QDate today, bool chinese)
{
    using Result = Expected<WorkerDetail>;
    const QString n = chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en");
    QString error;
    QSqlQuery q(db);
    const QString sql = QStringLiteral(
        "SELECT w.name, w.gender, w.birth_date, w.id_number, w.phone, o.name, w.hukou_place, w.current_place, "
        "(SELECT %1 FROM reference_items WHERE id = w.employment_status_id), w.returned_on, w.return_destination, "
        "w.desired_trade, w.desired_place, w.expected_wage_min, w.expected_wage_max, "
        "(SELECT %1 FROM reference_items WHERE id = w.skill_level_id), "
        "(SELECT %1 FROM reference_items WHERE id = w.education_id), w.registered_on, w.last_contact_on, w.note, "
        "EXISTS (SELECT 1 FROM worker_hardships h WHERE h.worker_id = w.id), "
        "%2 FROM workers w JOIN organisations o ON o.id = w.org_id WHERE w.id = ?")
                            .arg(n, summary::promiseDaysExpression());
    if (!exec(q, sql, {workerId}, error))
        return Result::failure(error);
    if (!q.next())
        return Result::failure(QStringLiteral("找不到该劳动者（编号 %1）/ No worker with id %1").arg(workerId));
    WorkerDetail d;
    d.id = workerId;
    d.name = q.value(0).toString();
    d.gender = q.value(1).toString();
    d.birthDate = date(q.value(2));
    if (d.birthDate.isValid() && d.birthDate <= today) {
        d.age = today.year() - d.birthDate.year();
        if (today.month() < d.birthDate.month() ||
            (today.month() == d.birthDate.month() && today.day() < d.birthDate.day()))
            --d.age;
    }
    const QString id = q.value(3).toString();
    const QString phone = q.value(4).toString();
    d.residentIdMasked = id.isEmpty() ? id : maskResidentId(id);
    d.phoneMasked = phone.isEmpty() ? phone : maskPhone(phone);
    d.organisation = q.value(5).toString();
    d.hukouPlace = q.value(6).toString();
    d.currentPlace = q.value(7).toString();
    d.status = q.value(8).toString();
    d.returnedOn = date(q.value(9));
    d.returnDestination = q.value(10).toString();
    d.desiredTrade = q.value(11).toString();
    d.desiredPlace = q.value(12).toString();
    if (!q.value(13).isNull() || !q.value(14).isNull())
        d.expectedWage = q.value(13).isNull()   ? q.value(14).toString()
                         : q.value(14).isNull() ? q.value(13).toString()
                                                : QStringLiteral("%1–%2").arg(q.value(13).toString(),
                                                                              q.value(14).toString());
    d.skillLevel = q.value(15).toString();
    d.education = q.value(16).toString();
    d.registeredOn = date(q.value(17));
    d.lastContactOn = date(q.value(18));
    d.note = q.value(19).toString();
    const bool hardship = q.value(20).toBool();
    const int promiseDays = q.value(21).toInt();

    auto list = [&](const char* table, const char* column) {
        return names(db,
                     QStringLiteral("SELECT r.%1 FROM %2 x JOIN reference_items r ON r.id = x.%3 "
                                    "WHERE x.worker_id = ? ORDER BY r.sort_order, r.id")
                         .arg(n, QLatin1String(table), QLatin1String(column)),
                     workerId, error);
    };
    d.keyGroups = list("worker_key_groups", "key_group_id");
    d.hardshipCategories = list("worker_hardships", "category_id");
    d.serviceNeeds = list("worker_service_needs", "service_type_id");
    if (!error.isEmpty())
        return Result::failure(error);

    // Referrals with every stage, oldest first.
    QSqlQuery r(db);
    if (!exec(r,
              QStringLiteral("SELECT f.id, e.name, coalesce(v.title, ''), coalesce(j.name, ''), f.stage, f.stage_on, "
                             "s.stage, s.occurred_on, s.note FROM referrals f JOIN enterprises e ON e.id = "
                             "f.enterprise_id LEFT JOIN vacancies v ON v.id = f.vacancy_id LEFT JOIN job_fairs j "
                             "ON j.id = f.fair_id LEFT JOIN referral_stages s ON s.referral_id = f.id "
                             "WHERE f.worker_id = ? ORDER BY f.id, s.occurred_on, s.id"),
              {workerId}, error))
        return Result::failure(error);
    QDate served;
    while (r.next()) {
        const qint64 referralId = r.value(0).toLongLong();
        if (d.referrals.isEmpty() || d.referrals.last().id != referralId) {
            WorkerReferral ref;
            ref.id = referralId;
            ref.enterprise = r.value(1).toString();
            ref.vacancy = r.value(2).toString();
            ref.fair = r.value(3).toString();
            ref.stage = r.value(4).toString();
            ref.stageOn = date(r.value(5));
            d.referrals.append(ref);
        }
        if (r.value(6).isNull())
            continue;
        WorkerReferralStage stage{r.value(6).toString(), date(r.value(7)), r.value(8).toString()};
        if (stage.stage == QLatin1String("recommended") && (!served.isValid() || stage.on < served))
            served = stage.on;
        d.referrals.last().stages.append(stage);
        QString text = QStringLiteral("%1：%2").arg(stageText(stage.stage, chinese), d.referrals.last().enterprise);
        if (!d.referrals.last().vacancy.isEmpty())
            text += QStringLiteral(" · ") + d.referrals.last().vacancy;
        d.timeline.append({stage.on, stage.stage, text});
    }
    if (hardship) {
        d.promiseDue = d.registeredOn.addDays(promiseDays);
        d.promise = !served.isValid()    ? (d.promiseDue >= today ? PromiseState::Waiting : PromiseState::Overdue)
                    : served <= d.promiseDue ? PromiseState::ServedInPromise
                                             : PromiseState::ServedLate;
    }

    QSqlQuery s(db);
    if (!exec(s,
              QStringLiteral("SELECT v.id, v.provided_on, t.%1, v.subtype, v.project_name, v.project_status, "
                             "v.amount_yuan, v.completed, v.officer, v.note FROM services v JOIN reference_items t "
                             "ON t.id = v.service_type_id WHERE v.worker_id = ? ORDER BY v.provided_on, v.id")
                  .arg(n),
              {workerId}, error))
        return Result::failure(error);
    while (s.next()) {
        WorkerService service;
        service.id = s.value(0).toLongLong();
        service.providedOn = date(s.value(1));
        service.type = s.value(2).toString();
        service.subtype = s.value(3).toString();
        QStringList detail;
        if (!s.value(4).toString().isEmpty())
            detail << s.value(4).toString();
        if (!s.value(6).isNull())
            detail << (chinese ? QStringLiteral("%1元") : QStringLiteral("%1 yuan")).arg(s.value(6).toDouble());
        if (!s.value(7).isNull())
            detail << (s.value(7).toBool() ? (chinese ? QStringLiteral("已完成") : QStringLiteral("completed"))
                                           : (chinese ? QStringLiteral("未完成") : QStringLiteral("not completed")));
        service.detail = detail.join(QStringLiteral("，"));
        service.officer = s.value(8).toString();
        service.note = s.value(9).toString();
        d.services.append(service);
        d.timeline.append({service.providedOn, QStringLiteral("service"),
                           service.subtype.isEmpty() ? service.type
                                                     : QStringLiteral("%1（%2）").arg(service.type, service.subtype)});
    }

    QSqlQuery a(db);
    if (!exec(a,
              QStringLiteral("SELECT substr(at, 1, 10), action, field, officer FROM audit_log "
                             "WHERE table_name = 'workers' AND record_id = ? ORDER BY at, id"),
              {workerId}, error))
        return Result::failure(error);
    while (a.next())
        d.timeline.append({date(a.value(0)), a.value(1).toString(),
                           auditText(a.value(1).toString(), a.value(2).toString(), chinese) +
                               QStringLiteral(" · ") + a.value(3).toString()});

    d.timeline.append({d.registeredOn, QStringLiteral("registered"),
                       chinese ? QStringLiteral("登记求职需求") : QStringLiteral("Registered")});
    if (d.returnedOn.isValid())
        d.timeline.append({d.returnedOn, QStringLiteral("returned"),
                           chinese ? QStringLiteral("返岗") : QStringLiteral("Returned to work")});
    if (d.lastContactOn.isValid())
        d.timeline.append({d.lastContactOn, QStringLiteral("contact"),
                           chinese ? QStringLiteral("最近一次联系") : QStringLiteral("Last contact")});
    if (d.promiseDue.isValid())
        d.timeline.append({d.promiseDue, QStringLiteral("promise_due"),
                           chinese ? QStringLiteral("一周承诺到期") : QStringLiteral("One-week promise due")});
    std::stable_sort(d.timeline.begin(), d.timeline.end(),
                     [](const WorkerEvent& x, const WorkerEvent& y) { return x.on > y.on; });
    return d;
}

Expected<QString> revealWorkerField(QSqlDatabase db, qint64 workerId, RevealField field)
{
    const QString column = field == RevealField::ResidentId ? QStringLiteral("id_number") : QStringLiteral("phone");
    return revealStoredValue(db, QStringLiteral("workers"), column, workerId, QStringLiteral("worker detail"),
                             QStringLiteral("找不到该劳动者（编号 %1）/ No worker with id %1").arg(workerId));
}

} // namespace jb::core
