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

Message stageText(const QString& stage)
{
    struct Name
    {
        const char* key;
        const char* text;
    };
    static const Name names[] = {{"recommended", QT_TRANSLATE_NOOP("Lists", "Recommended")},
                                 {"interviewed", QT_TRANSLATE_NOOP("Lists", "Interviewed")},
                                 {"intention", QT_TRANSLATE_NOOP("Lists", "Intention reached")},
                                 {"contract", QT_TRANSLATE_NOOP("Lists", "Contract signed")},
                                 {"stable", QT_TRANSLATE_NOOP("Lists", "Stable employment")},
                                 {"left", QT_TRANSLATE_NOOP("Lists", "Left")}};
    for (const Name& n : names) {
        if (stage == QLatin1String(n.key))
            return Message("Lists", n.text);
    }
    return Message::verbatim(stage);
}

Message auditText(const QString& action, const QString& field)
{
    const Message what = field == QLatin1String("id_number") ? JB_TR("Lists", "ID number")
                         : field == QLatin1String("phone")   ? JB_TR("Lists", "phone")
                                                             : Message::verbatim(field);
    if (action == QLatin1String("reveal"))
        return JB_TR("Lists", "Full %1 shown").arg(what);
    if (action == QLatin1String("update"))
        return JB_TR("Lists", "%1 changed").arg(what);
    return JB_TR("Lists", "Recorded: %1 %2").arg(action).arg(what);
}

// Runs `sql` with `binds`; false (and `error` set) on failure.
bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds, Message& error)
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

QStringList names(QSqlDatabase db, const QString& sql, qint64 workerId, Message& error)
{
    QStringList out;
    QSqlQuery q(db);
    if (!exec(q, sql, {workerId}, error))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString nameColumn(NameLanguage names)
{
    return names == NameLanguage::Chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en");
}

int age(const QDate& birthDate, const QDate& today)
{
    if (!birthDate.isValid() || birthDate > today)
        return -1;
    int years = today.year() - birthDate.year();
    if (today.month() < birthDate.month() || (today.month() == birthDate.month() && today.day() < birthDate.day()))
        --years;
    return years;
}

// What the detail reads besides the worker's own fields.
struct Reading
{
    QSqlDatabase db;
    QString n; // the reference names' column
    QDate today;
    bool hardship = false;
    int promiseDays = 7;
    Message error;
};

// The worker's own fields; false (and the error set) when they cannot be read or there is no such worker.
bool readWorker(Reading& r, WorkerDetail& d)
{
    QSqlQuery q(r.db);
    const QString sql =
        QStringLiteral(
            "SELECT w.name, w.gender, w.birth_date, w.id_number, w.phone, o.name, w.hukou_place, w.current_place, "
            "(SELECT %1 FROM reference_items WHERE id = w.employment_status_id), w.returned_on, w.return_destination, "
            "w.desired_trade, w.desired_place, w.expected_wage_min, w.expected_wage_max, "
            "(SELECT %1 FROM reference_items WHERE id = w.skill_level_id), "
            "(SELECT %1 FROM reference_items WHERE id = w.education_id), w.registered_on, w.last_contact_on, w.note, "
            "EXISTS (SELECT 1 FROM worker_hardships h WHERE h.worker_id = w.id), "
            "%2 FROM workers w JOIN organisations o ON o.id = w.org_id WHERE w.id = ?")
            .arg(r.n, summary::promiseDaysExpression());
    if (!exec(q, sql, {d.id}, r.error))
        return false;
    if (!q.next()) {
        r.error = JB_TR("Lists", "No worker with id %1").arg(d.id);
        return false;
    }
    d.name = q.value(0).toString();
    d.gender = q.value(1).toString();
    d.birthDate = date(q.value(2));
    d.age = age(d.birthDate, r.today);
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
        d.expectedWage = q.value(13).isNull() ? q.value(14).toString()
                         : q.value(14).isNull()
                             ? q.value(13).toString()
                             : QStringLiteral("%1–%2").arg(q.value(13).toString(), q.value(14).toString());
    d.skillLevel = q.value(15).toString();
    d.education = q.value(16).toString();
    d.registeredOn = date(q.value(17));
    d.lastContactOn = date(q.value(18));
    d.note = q.value(19).toString();
    r.hardship = q.value(20).toBool();
    r.promiseDays = q.value(21).toInt();
    return true;
}

bool readGroups(Reading& r, WorkerDetail& d)
{
    auto list = [&](const char* table, const char* column) {
        return names(r.db,
                     QStringLiteral("SELECT r.%1 FROM %2 x JOIN reference_items r ON r.id = x.%3 "
                                    "WHERE x.worker_id = ? ORDER BY r.sort_order, r.id")
                         .arg(r.n, QLatin1String(table), QLatin1String(column)),
                     d.id, r.error);
    };
    d.keyGroups = list("worker_key_groups", "key_group_id");
    d.hardshipCategories = list("worker_hardships", "category_id");
    d.serviceNeeds = list("worker_service_needs", "service_type_id");
    return r.error.isEmpty();
}

// Referrals with every stage, oldest first, each stage on the timeline; then the one-week promise, which the first
// recommendation settles.
bool readReferrals(Reading& r, WorkerDetail& d)
{
    QSqlQuery q(r.db);
    if (!exec(q,
              QStringLiteral("SELECT f.id, e.name, coalesce(v.title, ''), coalesce(j.name, ''), f.stage, f.stage_on, "
                             "s.stage, s.occurred_on, s.note FROM referrals f JOIN enterprises e ON e.id = "
                             "f.enterprise_id LEFT JOIN vacancies v ON v.id = f.vacancy_id LEFT JOIN job_fairs j "
                             "ON j.id = f.fair_id LEFT JOIN referral_stages s ON s.referral_id = f.id "
                             "WHERE f.worker_id = ? ORDER BY f.id, s.occurred_on, s.id"),
              {d.id}, r.error))
        return false;
    QDate served;
    while (q.next()) {
        const qint64 referralId = q.value(0).toLongLong();
        if (d.referrals.isEmpty() || d.referrals.last().id != referralId) {
            WorkerReferral ref;
            ref.id = referralId;
            ref.enterprise = q.value(1).toString();
            ref.vacancy = q.value(2).toString();
            ref.fair = q.value(3).toString();
            ref.stage = q.value(4).toString();
            ref.stageOn = date(q.value(5));
            d.referrals.append(ref);
        }
        if (q.value(6).isNull())
            continue;
        WorkerReferralStage stage{q.value(6).toString(), date(q.value(7)), q.value(8).toString()};
        if (stage.stage == QLatin1String("recommended") && (!served.isValid() || stage.on < served))
            served = stage.on;
        d.referrals.last().stages.append(stage);
        const WorkerReferral& ref = d.referrals.last();
        const Message text =
            ref.vacancy.isEmpty()
                ? JB_TR("Lists", "%1: %2").arg(stageText(stage.stage)).arg(ref.enterprise)
                : JB_TR("Lists", "%1: %2 · %3").arg(stageText(stage.stage)).arg(ref.enterprise).arg(ref.vacancy);
        d.timeline.append({stage.on, stage.stage, text.text()});
    }
    if (r.hardship) {
        d.promiseDue = d.registeredOn.addDays(r.promiseDays);
        d.promise = !served.isValid()
                        ? (d.promiseDue >= r.today ? WorkerPromiseState::Waiting : WorkerPromiseState::Overdue)
                    : served <= d.promiseDue ? WorkerPromiseState::ServedInPromise
                                             : WorkerPromiseState::ServedLate;
    }
    return true;
}

bool readServices(Reading& r, WorkerDetail& d)
{
    QSqlQuery s(r.db);
    if (!exec(s,
              QStringLiteral("SELECT v.id, v.provided_on, t.%1, v.subtype, v.project_name, v.project_status, "
                             "v.amount_yuan, v.completed, v.officer, v.note FROM services v JOIN reference_items t "
                             "ON t.id = v.service_type_id WHERE v.worker_id = ? ORDER BY v.provided_on, v.id")
                  .arg(r.n),
              {d.id}, r.error))
        return false;
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
            detail << JB_TR("Lists", "%1 yuan").arg(QString::number(s.value(6).toDouble())).text();
        if (!s.value(7).isNull())
            detail << (s.value(7).toBool() ? JB_TR("Lists", "completed") : JB_TR("Lists", "not completed")).text();
        service.detail = detail.join(QStringLiteral("，"));
        service.officer = s.value(8).toString();
        service.note = s.value(9).toString();
        d.services.append(service);
        d.timeline.append({service.providedOn, QStringLiteral("service"),
                           service.subtype.isEmpty()
                               ? service.type
                               : JB_TR("Lists", "%1 (%2)").arg(service.type).arg(service.subtype).text()});
    }
    return true;
}

bool readAudit(Reading& r, WorkerDetail& d)
{
    QSqlQuery a(r.db);
    if (!exec(a,
              QStringLiteral("SELECT substr(at, 1, 10), action, field, officer FROM audit_log "
                             "WHERE table_name = 'workers' AND record_id = ? ORDER BY at, id"),
              {d.id}, r.error))
        return false;
    while (a.next())
        d.timeline.append({date(a.value(0)), a.value(1).toString(),
                           JB_TR("Lists", "%1 · %2")
                               .arg(auditText(a.value(1).toString(), a.value(2).toString()))
                               .arg(a.value(3).toString())
                               .text()});
    return true;
}

// The dated facts of the worker's own record.
void addRecordEvents(WorkerDetail& d)
{
    d.timeline.append(
        {d.registeredOn, QStringLiteral("registered"), JB_TR("Lists", "Registered as a job seeker").text()});
    if (d.returnedOn.isValid())
        d.timeline.append({d.returnedOn, QStringLiteral("returned"), JB_TR("Lists", "Returned to work").text()});
    if (d.lastContactOn.isValid())
        d.timeline.append({d.lastContactOn, QStringLiteral("contact"), JB_TR("Lists", "Most recent contact").text()});
    if (d.promiseDue.isValid())
        d.timeline.append({d.promiseDue, QStringLiteral("promise_due"), JB_TR("Lists", "One-week promise due").text()});
}

} // namespace

Expected<WorkerDetail> loadWorkerDetail(QSqlDatabase db, qint64 workerId, QDate today, NameLanguage names)
{
    WorkerDetail d;
    d.id = workerId;
    Reading r{db, nameColumn(names), today, false, 7, {}};
    if (!readWorker(r, d) || !readGroups(r, d) || !readReferrals(r, d) || !readServices(r, d) || !readAudit(r, d))
        return Expected<WorkerDetail>::failure(r.error);
    addRecordEvents(d);
    std::stable_sort(d.timeline.begin(), d.timeline.end(),
                     [](const WorkerEvent& x, const WorkerEvent& y) { return x.on > y.on; });
    return d;
}

Expected<QString> revealWorkerField(QSqlDatabase db, qint64 workerId, RevealField field, const QString& reason)
{
    const QString column = field == RevealField::ResidentId ? QStringLiteral("id_number") : QStringLiteral("phone");
    return revealStoredValue(db, QStringLiteral("workers"), column, workerId, QStringLiteral("worker detail"),
                             JB_TR("Lists", "No worker with id %1").arg(workerId), reason);
}

} // namespace jb::core
