#include "core/services/ServiceList.h"

#include "core/editing/RecordChange.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/records/ServiceKinds.h"
#include "core/services/ServiceFigures.h"
#include "core/services/ServiceLedger.h"
#include "core/storage/ListWindow.h"
#include "core/storage/OpeningCheck.h"
#include "core/storage/SideConnection.h"
#include "core/storage/SqlError.h"
#include "core/validation/ResidentId.h"

#include <QSqlQuery>

namespace jb::core {

namespace {

namespace f = fields::service;

// How many services the export reads at a time.
constexpr int kExportWindow = 2000;

QString yuanText(double yuan)
{
    return JB_TR("Lists", "%1 yuan").arg(QString::number(yuan, 'f', yuan == static_cast<qint64>(yuan) ? 0 : 2)).text();
}

QString choiceText(const QString& kind, const QString& field, const QString& code)
{
    if (const RecordField* description = serviceField(kind, field))
        for (const FieldChoice& c : description->choices)
            if (c.code == code)
                return c.label.text();
    if (const RecordField* description = recordField(RecordKind::Service, field))
        for (const FieldChoice& c : description->choices)
            if (c.code == code)
                return c.label.text();
    return code;
}

// The field a list row shows for its kind: what the officer recognises the service by — its own main field, else
// the kind of support, else the amount.
QString mainFieldOf(const QString& kind, const QSqlQuery& q)
{
    namespace k = servicekind;
    QString main;
    if (kind == k::training)
        main = q.value(3).toString();
    else if (kind == k::legalAid || kind == k::legalConsultation)
        main = q.value(4).toString();
    else if (kind == k::visit)
        main = q.value(5).toString();
    else if (kind == k::entrepreneurship)
        main = q.value(6).toString();
    if (main.isEmpty() && !q.value(7).toString().isEmpty())
        main = choiceText(kind, f::subtype, q.value(7).toString());
    if (main.isEmpty() && !q.value(8).isNull())
        main = yuanText(q.value(8).toDouble());
    return main;
}

QString organisationName(QSqlDatabase db, const QVariant& orgId)
{
    QSqlQuery q(db);
    if (!execBound(q, QStringLiteral("SELECT name FROM organisations WHERE id = ?"), {orgId}) || !q.next())
        return orgId.toString();
    return q.value(0).toString();
}

// A stored value in the officer's words, by the kind of its field.
QString valueText(QSqlDatabase db, const QString& kind, const RecordField& field, const QVariantMap& stored)
{
    const QVariant v = stored.value(field.id);
    if (field.id == f::project)
        return stored.value(f::projectName).toString();
    if (v.isNull() || v.toString().isEmpty())
        return {};
    switch (field.kind) {
    case FieldKind::YesNo:
        return v.toInt() ? JB_TR("Lists", "yes").text() : JB_TR("Lists", "no").text();
    case FieldKind::Choice:
        return choiceText(kind, field.id, v.toString());
    case FieldKind::Organisation:
        return organisationName(db, v);
    case FieldKind::Amount:
    case FieldKind::Money:
        return yuanText(v.toDouble());
    default:
        return v.toString();
    }
}

// A service's row as the export writes it.
QVector<QVariant> exportCells(const ServiceRow& row, const ServiceRowExtra& extra, bool unmasked, const QDate& today)
{
    return {unmasked ? extra.residentId : maskResidentId(extra.residentId),
            row.person,
            row.kindName,
            row.on.isValid() ? QVariant(row.on) : QVariant(),
            extra.mainField,
            row.provider,
            row.unit,
            row.amount ? QVariant(*row.amount) : QVariant(),
            row.kind == servicekind::training ? employedAfterText(row.employedAfter, extra.endsOn, today).text()
                                              : QString()};
}

} // namespace

Expected<QHash<qint64, ServiceRowExtra>> serviceRowExtras(QSqlDatabase db, const QVector<qint64>& serviceIds)
{
    using Result = Expected<QHash<qint64, ServiceRowExtra>>;
    QHash<qint64, ServiceRowExtra> extras;
    if (serviceIds.isEmpty())
        return extras;
    QStringList marks;
    QVariantList binds;
    for (qint64 id : serviceIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    QSqlQuery q(db);
    if (!execBound(q,
                   QStringLiteral("SELECT s.id, w.id_number, t.code, s.course, s.topic, s.place, s.project_name, "
                                  "s.subtype, s.amount_yuan, s.ends_on FROM services s "
                                  "JOIN reference_items t ON t.id = s.service_type_id "
                                  "LEFT JOIN workers w ON w.id = s.worker_id WHERE s.id IN (%1)")
                       .arg(marks.join(QLatin1Char(','))),
                   binds))
        return Result::failure(describeSqlError(q, QStringLiteral("services list")));
    while (q.next())
        extras.insert(q.value(0).toLongLong(), {q.value(1).toString(), mainFieldOf(q.value(2).toString(), q),
                                                QDate::fromString(q.value(9).toString(), Qt::ISODate)});
    return extras;
}

Expected<QStringList> serviceProviders(QSqlDatabase db)
{
    QSqlQuery q(db);
    // "provider <> ''" as in the partial index services_provider, which then gives them in order.
    return collectRows<QString>(q,
                                q.exec(QStringLiteral("SELECT DISTINCT provider FROM services WHERE provider <> '' "
                                                      "ORDER BY provider")),
                                QStringLiteral("providers"), [](const QSqlQuery& r) { return r.value(0).toString(); });
}

Message employedAfterText(const std::optional<bool>& employed, const QDate& endsOn, const QDate& today)
{
    if (employed && *employed)
        return JB_TR("Lists", "yes");
    if (employed && endsOn.isValid() && endsOn.addMonths(3) < today)
        return JB_TR("Lists", "no");
    return JB_TR("Lists", "not yet due");
}

Expected<ServiceDetail> loadServiceDetail(QSqlDatabase db, qint64 serviceId, bool chineseNames, const QDate& today)
{
    using Result = Expected<ServiceDetail>;
    const auto kind = serviceKindOf(db, serviceId);
    if (!kind)
        return Result::failure(kind.message());
    const auto stored = loadRecord(db, RecordKind::Service, serviceId);
    if (!stored)
        return Result::failure(stored.message());
    QSqlQuery q(db);
    if (!execBound(q,
                   QStringLiteral("SELECT t.name_zh, t.name_en, w.name, w.id_number FROM services s "
                                  "JOIN reference_items t ON t.id = s.service_type_id "
                                  "LEFT JOIN workers w ON w.id = s.worker_id WHERE s.id = ?"),
                   {serviceId}) ||
        !q.next())
        return Result::failure(describeSqlError(q, QStringLiteral("services")));
    ServiceDetail d;
    d.id = serviceId;
    d.workerId = stored->value(f::worker).toLongLong();
    d.kind = *kind;
    d.kindName = chineseNames ? q.value(0).toString() : q.value(1).toString();
    d.person = q.value(2).toString();
    d.residentIdMasked = maskResidentId(q.value(3).toString());
    for (const RecordField& field : serviceFields(*kind))
        d.lines.append({field.id, field.label, valueText(db, *kind, field, *stored)});
    if (*kind == servicekind::training) {
        const auto employed = employedAfterTraining(db, serviceId);
        if (!employed)
            return Result::failure(employed.message());
        d.lines.append(
            {f::employedAfter, JB_TR("Lists", "Employed within 3 months"),
             employedAfterText(*employed, QDate::fromString(stored->value(f::endsOn).toString(), Qt::ISODate), today)
                 .text()});
    }
    if (*kind == servicekind::insurance) {
        for (const auto& [id, label] : {std::pair{f::provinceShare, JB_TR("Lists", "The province's part")},
                                        std::pair{f::cityShare, JB_TR("Lists", "The city's part")}})
            d.lines.append(
                {id, label, stored->value(id).isNull() ? QString() : yuanText(stored->value(id).toDouble())});
    }
    return d;
}

Expected<ServiceSummary> serviceSummary(QSqlDatabase db, const ServiceFilter& filter,
                                        const std::optional<Period>& period, const QDate& asOf)
{
    using Result = Expected<ServiceSummary>;
    if (period) {
        const auto home = OrganisationRepository(db).home();
        if (!home)
            return Result::failure(home.message());
        const auto figures = serviceFigures(db, home->id, *period, asOf, filter.kind);
        if (!figures)
            return Result::failure(figures.message());
        return ServiceSummary{figures->kinds, figures->insurance, figures->received};
    }
    const auto totals = serviceTotals(db, filter);
    if (!totals)
        return Result::failure(totals.message());
    const auto split = insuranceSplit(db, filter);
    if (!split)
        return Result::failure(split.message());
    return ServiceSummary{*totals, *split, false};
}

Expected<ServiceSummary> serviceSummaryOfFile(const QString& path, const ServiceFilter& filter,
                                              const std::optional<Period>& period, const QDate& asOf,
                                              const std::atomic<bool>* cancelled)
{
    std::optional<Expected<ServiceSummary>> summary;
    const Status read = readOnSide(path, [&](QSqlDatabase db) {
        stopOnCancel(db, cancelled);
        summary = serviceSummary(db, filter, period, asOf);
        return Status();
    });
    if (!read)
        return Expected<ServiceSummary>::failure(read.message());
    return *summary;
}

QStringList ServiceListExport::header()
{
    return {JB_TR("Lists", "ID number").text(),
            JB_TR("Lists", "Name").text(),
            JB_TR("Lists", "Service").text(),
            JB_TR("Lists", "Date").text(),
            JB_TR("Lists", "Content").text(),
            JB_TR("Lists", "Delivered by").text(),
            JB_TR("Lists", "Recorded by").text(),
            JB_TR("Lists", "Amount (yuan)").text(),
            JB_TR("Lists", "Employed within 3 months").text()};
}

QVector<int> ServiceListExport::columnWidths()
{
    return {21, 10, 14, 11, 24, 24, 14, 10, 12};
}

QString ServiceListExport::describe(const ServiceFilter& filter)
{
    QStringList parts;
    if (filter.from.isValid())
        parts << QStringLiteral("from=") + filter.from.toString(Qt::ISODate);
    if (filter.to.isValid())
        parts << QStringLiteral("to=") + filter.to.toString(Qt::ISODate);
    if (!filter.kind.isEmpty())
        parts << QStringLiteral("kind=") + filter.kind;
    if (filter.orgId)
        parts << QStringLiteral("org=%1").arg(filter.orgId);
    if (filter.keyGroupId)
        parts << QStringLiteral("key_group=%1").arg(filter.keyGroupId);
    if (!filter.provider.isEmpty())
        parts << QStringLiteral("provider=") + filter.provider;
    return parts.join(QLatin1Char(' '));
}

Expected<qint64> ServiceListExport::write(QSqlDatabase db, const ServiceFilter& filter, ListSink& sink, bool unmasked,
                                          const QString& destination, const QString& reason)
{
    ListExportJob job;
    job.header = header();
    job.unmasked = unmasked;
    job.table = QStringLiteral("services");
    job.destination = destination;
    job.filter = describe(filter);
    job.reason = reason;
    const QDate today = Clock::today();
    job.rows = [&](const std::function<bool(const QVector<QVariant>&)>& put) -> Status {
        for (qint64 offset = 0;; offset += kExportWindow) {
            const auto rows = listServices(db, filter, offset, kExportWindow);
            if (!rows)
                return Status::failure(rows.message());
            QVector<qint64> ids;
            for (const ServiceRow& r : *rows)
                ids << r.id;
            const auto extras = serviceRowExtras(db, ids);
            if (!extras)
                return Status::failure(extras.message());
            for (const ServiceRow& r : *rows)
                if (!put(exportCells(r, extras->value(r.id), unmasked, today)))
                    return {};
            if (rows->size() < kExportWindow)
                return {};
        }
    };
    return writeList(db, sink, job);
}

Expected<qint64> ServiceListExport::writeCsv(QSqlDatabase db, const ServiceFilter& filter, const QString& path,
                                             bool unmasked, const QString& reason)
{
    CsvListSink sink(path);
    return write(db, filter, sink, unmasked, path, reason);
}

} // namespace jb::core
