#include "core/services/ServiceLedger.h"

#include "core/audit/AuditLog.h"
#include "core/records/ServiceKinds.h"
#include "core/settings/SettingsRepository.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>
#include <cmath>

namespace jb::core {

namespace {

namespace f = fields::service;

Expected<QVariant> scalar(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Expected<QVariant>::failure(describeSqlError(q, QStringLiteral("services")));
    return q.next() ? q.value(0) : QVariant();
}

bool blank(const QVariant& v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}

double roundedYuan(double yuan)
{
    return std::round(yuan * 100) / 100;
}

// The words the entrepreneurship_projects figure counts, from the linked project; the province / city split of an
// insurance premium. Written after each change inside its transaction, each changed column audited.
Status settleDerived(QSqlDatabase db, qint64 serviceId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT s.project_name, s.project_status, p.name, CASE p.stage WHEN 'candidate' THEN 'candidate' ELSE "
        "'selected' END, t.code, s.amount_yuan, s.province_share, s.city_share, s.worker_id, s.project_id "
        "FROM services s JOIN reference_items t ON t.id = s.service_type_id "
        "LEFT JOIN entrepreneurship_projects p ON p.id = s.project_id WHERE s.id = ?"));
    q.addBindValue(serviceId);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("services")));
    if (!q.next())
        return {};
    QVector<std::pair<QString, QVariant>> changes;
    const bool linked = !q.value(9).isNull();
    const QVariant name = linked ? q.value(2) : QVariant(QString(QLatin1String("")));
    const QVariant status = linked ? q.value(3) : QVariant();
    if (q.value(0).toString() != name.toString())
        changes.append({f::projectName, name});
    if (q.value(1).toString() != status.toString())
        changes.append({f::projectStatus, status});
    if (q.value(4).toString() == servicekind::insurance && !q.value(5).isNull()) {
        const double amount = q.value(5).toDouble();
        const double province = roundedYuan(amount * readInsuranceSettings(db).provinceShare);
        if (q.value(6).isNull() || std::abs(q.value(6).toDouble() + q.value(7).toDouble() - amount) > 0.001) {
            changes.append({f::provinceShare, province});
            changes.append({f::cityShare, roundedYuan(amount - province)});
        }
    }
    const QVariantList before = {q.value(0), q.value(1), q.value(6), q.value(7)};
    for (const auto& [column, value] : changes) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE services SET %1 = ? WHERE id = ?").arg(column));
        u.addBindValue(value);
        u.addBindValue(serviceId);
        if (!u.exec())
            return Status::failure(describeSqlError(u, QStringLiteral("services")));
        const int at = column == f::projectName     ? 0
                       : column == f::projectStatus ? 1
                       : column == f::provinceShare ? 2
                                                    : 3;
        if (Status s = appendAudit(db, {QStringLiteral("update"), QStringLiteral("services"), serviceId, column,
                                        before.at(at), value, QStringLiteral("derived")});
            !s)
            return s;
    }
    if (linked && !q.value(8).isNull()) {
        QSqlQuery p(db);
        p.prepare(QStringLiteral("INSERT OR IGNORE INTO project_people (project_id, worker_id) VALUES (?, ?)"));
        p.addBindValue(q.value(9));
        p.addBindValue(q.value(8));
        if (!p.exec())
            return Status::failure(describeSqlError(p, QStringLiteral("project_people")));
    }
    return {};
}

// Applies `change` and settles what core derives, in one transaction; returns the record id.
Expected<qint64> applyAndSettle(QSqlDatabase db, const RecordChange& change)
{
    Transaction tx(db);
    if (!tx.started())
        return Expected<qint64>::failure(tx.error());
    const Expected<qint64> id = applyRecordChange(db, change);
    if (!id)
        return id;
    if (change.kind != RecordChange::Kind::Delete)
        if (Status s = settleDerived(db, *id); !s)
            return Expected<qint64>::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Expected<qint64>::failure(s.message());
    return id;
}

Status checkFieldsOf(const QString& kind, const QVariantMap& fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (serviceField(kind, it.key()))
            continue;
        QStringList known;
        for (const RecordField& field : serviceFields(kind))
            known << field.id;
        return Status::failure(JB_TR("Editing", "A %1 service has no field “%2”; its fields are: %3")
                                   .arg(kind)
                                   .arg(it.key())
                                   .arg(known.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace

InsuranceSettings readInsuranceSettings(QSqlDatabase db)
{
    const SettingsRepository settings(db);
    InsuranceSettings s;
    bool ok = false;
    if (const double v = settings.value(setting::insurancePremium).toDouble(&ok); ok && v > 0)
        s.premiumYuan = v;
    if (const double v = settings.value(setting::insuranceProvinceShare).toDouble(&ok); ok && v >= 0 && v <= 1)
        s.provinceShare = v;
    return s;
}

Expected<QVariantMap> newServiceValues(QSqlDatabase db, const NewService& service)
{
    using Result = Expected<QVariantMap>;
    if (!isServiceKind(service.kind))
        return Result::failure(JB_TR("Editing", "There is no service kind “%1”; the kinds are: %2")
                                   .arg(service.kind)
                                   .arg(serviceKindCodes().join(QStringLiteral(", "))));
    if (Status s = checkFieldsOf(service.kind, service.fields); !s)
        return Result::failure(s.message());
    const auto typeId = scalar(
        db, QStringLiteral("SELECT id FROM reference_items WHERE list = 'service_type' AND code = ?"), {service.kind});
    const auto orgId = scalar(db, QStringLiteral("SELECT org_id FROM workers WHERE id = ?"), {service.workerId});
    if (!typeId || !orgId)
        return Result::failure(!typeId ? typeId.message() : orgId.message());
    QVariantMap values = service.fields;
    values.insert(f::kind, *typeId);
    values.insert(f::worker, service.workerId);
    values.insert(f::providedOn, service.on.isValid() ? QVariant(service.on.toString(Qt::ISODate)) : QVariant());
    if (blank(values.value(f::org)))
        values.insert(f::org, *orgId);
    if (blank(values.value(f::officer)))
        values.insert(f::officer, currentOfficer());
    if (service.kind == servicekind::insurance) {
        const InsuranceSettings insurance = readInsuranceSettings(db);
        if (blank(values.value(f::amount)))
            values.insert(f::amount, insurance.premiumYuan);
        bool ok = false;
        const double amount = values.value(f::amount).toDouble(&ok);
        if (ok) {
            values.insert(f::provinceShare, roundedYuan(amount * insurance.provinceShare));
            values.insert(f::cityShare, roundedYuan(amount - roundedYuan(amount * insurance.provinceShare)));
        }
    }
    if (service.importBatchId > 0)
        values.insert(f::importBatch, service.importBatchId);
    return values;
}

Expected<ServiceChange> addService(QSqlDatabase db, const NewService& service)
{
    using Result = Expected<ServiceChange>;
    const auto values = newServiceValues(db, service);
    if (!values)
        return Result::failure(values.message());
    const RecordChange change = changeBetween(RecordKind::Service, 0, {}, *values);
    const auto id = applyAndSettle(db, change);
    if (!id)
        return Result::failure(id.message());
    auto undo = deletionOf(db, RecordKind::Service, *id);
    if (!undo)
        return Result::failure(undo.message());
    return ServiceChange{*id, *undo};
}

Expected<ServiceChange> editService(QSqlDatabase db, qint64 serviceId, const QVariantMap& values)
{
    using Result = Expected<ServiceChange>;
    const auto kind = serviceKindOf(db, serviceId);
    if (!kind)
        return Result::failure(kind.message());
    QVariantMap own = values;
    own.remove(f::kind);
    if (Status s = checkFieldsOf(*kind, own); !s)
        return Result::failure(s.message());
    const auto change = updateOf(db, RecordKind::Service, serviceId, values);
    if (!change)
        return Result::failure(change.message());
    const auto id = applyAndSettle(db, *change);
    if (!id)
        return Result::failure(id.message());
    return ServiceChange{serviceId, invertedChange(*change, serviceId)};
}

Expected<ServiceChange> removeService(QSqlDatabase db, qint64 serviceId)
{
    using Result = Expected<ServiceChange>;
    const auto change = deletionOf(db, RecordKind::Service, serviceId);
    if (!change)
        return Result::failure(change.message());
    const auto id = applyAndSettle(db, *change);
    if (!id)
        return Result::failure(id.message());
    return ServiceChange{serviceId, invertedChange(*change, serviceId)};
}

Expected<ServiceChange> undoServiceChange(QSqlDatabase db, const RecordChange& undo)
{
    using Result = Expected<ServiceChange>;
    if (undo.record != RecordKind::Service)
        return Result::failure(JB_TR("Editing", "Not a change of a service"));
    const auto id = applyAndSettle(db, undo);
    if (!id)
        return Result::failure(id.message());
    return ServiceChange{*id, invertedChange(undo, *id)};
}

Expected<QString> serviceKindOf(QSqlDatabase db, qint64 serviceId)
{
    const auto code = scalar(db,
                             QStringLiteral("SELECT t.code FROM services s JOIN reference_items t ON "
                                            "t.id = s.service_type_id WHERE s.id = ?"),
                             {serviceId});
    if (!code)
        return Expected<QString>::failure(code.message());
    if (code->isNull())
        return Expected<QString>::failure(JB_TR("Editing", "There is no service %1").arg(serviceId));
    return code->toString();
}

} // namespace jb::core
