#pragma once
// What the 服务 page shows beyond ServiceQueries' rows (issue 14 item 3): for a window of services the person's
// ID number and the kind's main field (course, topic, place, project, amount); the providers written so far (the
// provider filter's choices); every field of one service in the officer's words (names, never codes), with
// "employed within 3 months after" derived; and the filtered list exported through core::writeList, so masking and
// the audit entry of an unmasked export are the same as every other list's. Reads ServiceQueries' list as it is.

#include "core/Expected.h"
#include "core/Message.h"
#include "core/domain/Clock.h"
#include "core/domain/Period.h"
#include "core/lists/ListExport.h"
#include "core/services/ServiceQueries.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <optional>

namespace jb::core {

// What a list row shows beyond ServiceRow.
struct ServiceRowExtra
{
    QString residentId; // unmasked; lists show maskResidentId(residentId)
    QString mainField;  // the kind's main field: course, topic, place, project or kind of support, amount
    QDate endsOn;       // a training's last day
};
// The extras of `serviceIds` (those that exist), by service id.
Expected<QHash<qint64, ServiceRowExtra>> serviceRowExtras(QSqlDatabase db, const QVector<qint64>& serviceIds);

// Every provider written on a service, alphabetical (the provider filter's choices).
Expected<QStringList> serviceProviders(QSqlDatabase db);

// "Employed within 3 months after" a training as the officer reads it: yes; no once the three months after its
// last day `endsOn` are over on `today`; else (still running, or no contract yet within the three months) not yet due.
Message employedAfterText(const std::optional<bool>& employed, const QDate& endsOn, const QDate& today);

struct ServiceDetailLine
{
    QString field; // the field id (fields::service), or "employed_after" for the derived line
    Message label;
    QString value; // in words; empty when not given
};

struct ServiceDetail
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString kind; // code
    QString kindName;
    QString person;
    QString residentIdMasked;
    QVector<ServiceDetailLine> lines; // the kind's fields in the dialog's order, then what core derives
};
Expected<ServiceDetail> loadServiceDetail(QSqlDatabase db, qint64 serviceId, bool chineseNames = true,
                                          const QDate& today = Clock::today());

// The 汇总 tab's figures. With one of the file's periods (over the whole file: `filter`'s kind only) they are
// exactly `jobbridge-cli services --period`'s (serviceFigures: the file's own services and what its sub-units'
// packages reported, up to `asOf`); otherwise the file's own services `filter` selects.
struct ServiceSummary
{
    QVector<ServiceKindTotal> kinds;
    InsuranceSplit insurance;
    bool received = false; // a package's figures are in
};
Expected<ServiceSummary> serviceSummary(QSqlDatabase db, const ServiceFilter& filter,
                                        const std::optional<Period>& period, const QDate& asOf = Clock::today());
// The same on a read-only connection of its own to `path` (core/storage/SideConnection.h): safe on any thread;
// stops within milliseconds once `cancelled` (may be null) turns true, failing.
Expected<ServiceSummary> serviceSummaryOfFile(const QString& path, const ServiceFilter& filter,
                                              const std::optional<Period>& period, const QDate& asOf,
                                              const std::atomic<bool>* cancelled = nullptr);

class ServiceListExport final
{
public:
    static QStringList header();
    // Excel's column widths for header()'s columns, in characters.
    static QVector<int> columnWidths();
    // The filter in words, for the audit note.
    static QString describe(const ServiceFilter& filter);
    // Every service `filter` selects, newest first; ID numbers masked unless `unmasked` (then audited, with
    // `reason`); "employed within 3 months" as of today (Clock). Returns the number of rows.
    static Expected<qint64> write(QSqlDatabase db, const ServiceFilter& filter, ListSink& sink, bool unmasked,
                                  const QString& destination, const QString& reason = {});
    static Expected<qint64> writeCsv(QSqlDatabase db, const ServiceFilter& filter, const QString& path, bool unmasked,
                                     const QString& reason = {});
};

} // namespace jb::core
