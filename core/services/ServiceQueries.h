#pragma once
// What the services ledger answers (issue 14): totals per kind — people (distinct) and services (人次), always
// apart — the insurance cost split, the windowed services list the coming 服务 page shows, "employed within 3 months
// after" a training (derived from the person's contracts, never typed) and whether a contract may be offered the
// mutual insurance. Filters: period, kind, sub-unit (an organisation and everything under it), key group, provider.

#include "core/Expected.h"
#include "core/Message.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace jb::core {

struct ServiceFilter
{
    QDate from;       // invalid: from the first
    QDate to;         // invalid: to the last
    QString kind;     // a service kind code; empty: every kind
    qint64 orgId = 0; // the organisation and its sub-units; 0: everyone
    qint64 keyGroupId = 0;
    QString provider; // who delivered it, as written; empty: anyone
};

struct ServiceKindTotal
{
    QString kind; // the kind's code
    QString nameZh;
    QString nameEn;
    qint64 people = 0;   // distinct people
    qint64 services = 0; // 人次: each service once
};

// Every kind (in the reference list's order; only `filter.kind` when it is set), with zeros.
Expected<QVector<ServiceKindTotal>> serviceTotals(QSqlDatabase db, const ServiceFilter& filter);
// The statement serviceTotals runs, with its values written in (bench/services_list.sh's sqlite3 comparison).
Expected<QString> serviceTotalsSql(QSqlDatabase db, const ServiceFilter& filter);

// The mutual insurance in the filter's period and organisations: people enrolled, enrolments, and the premiums as
// stored at enrolment, in yuan: total, the province's part and the city's part (total = province + city).
struct InsuranceSplit
{
    qint64 people = 0;
    qint64 enrolments = 0;
    double total = 0;
    double province = 0;
    double city = 0;
};
Expected<InsuranceSplit> insuranceSplit(QSqlDatabase db, const ServiceFilter& filter);

struct ServiceRow
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString person;
    QString kind; // code
    QString kindName;
    QDate on;
    QString unit; // the organisation that recorded it
    QString provider;
    QString subtype; // the kind of support's code (training kind, loan kind)
    std::optional<double> amount;
    std::optional<bool> employedAfter; // training that has ended: a contract within 3 months after its end
};

// The number of services the filter selects, and rows [offset, offset + limit) of them, newest first.
Expected<qint64> countServices(QSqlDatabase db, const ServiceFilter& filter);
Expected<QVector<ServiceRow>> listServices(QSqlDatabase db, const ServiceFilter& filter, qint64 offset, int limit,
                                           bool chineseNames = true);
// The list's statements with their values written in, for bench/services_list.sh's sqlite3 comparison.
QString servicesListSql(const ServiceFilter& filter, qint64 offset, int limit);
QString servicesCountSql(const ServiceFilter& filter);

// A training's "employed within 3 months after": nullopt while it has not ended (or for any other kind).
Expected<std::optional<bool>> employedAfterTraining(QSqlDatabase db, qint64 serviceId);

// After a contract signed inside a concentrated phase (a period of kind phase), the officer may offer the person
// the mutual insurance; core never enrols anyone by itself. Not offered when the contract is outside every phase
// or the person is already enrolled that year.
struct InsuranceOffer
{
    bool offered = false;
    qint64 workerId = 0;
    QDate contractOn;
    QString phase; // the phase's name
    double premiumYuan = 0;
    Message reason; // why not, when not offered
};
Expected<InsuranceOffer> insuranceOfferFor(QSqlDatabase db, qint64 referralId);

} // namespace jb::core
