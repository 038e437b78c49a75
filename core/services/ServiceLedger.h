#pragma once
// The services ledger's operations (issue 14), shared by the CLI, the coming 服务 page and the roster import: add a
// service on a person, change it, remove it. Each is one transaction through RecordChange (so each field is
// audited and the summary triggers move the dashboard's figures with it) and returns what undoes it.
//
// Core fills what the officer never types: the unit (the person's, unless given), the officer (the `officer`
// setting), an insurance enrolment's premium and its province / city split (the settings insurance_premium_yuan and
// insurance_province_share), and an entrepreneurship service's project words (project_name, project_status, which
// the entrepreneurship_projects figure counts) from its linked project.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/editing/RecordChange.h"
#include "core/editing/RecordValidation.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVariantMap>

namespace jb::core {

struct NewService
{
    qint64 workerId = 0;
    QString kind; // a code of serviceKindCodes() (ServiceKinds.h)
    QDate on;
    QVariantMap fields; // field id (fields::service) → value, as a dialog or `--field key=value` gives them
    qint64 importBatchId = 0;
};

// A change made, and the change that undoes it (apply it with undoServiceChange).
struct ServiceChange
{
    qint64 serviceId = 0;
    RecordChange undo;
};

// The insurance settings, each the default (50 yuan, 0.5) when missing or unreadable.
struct InsuranceSettings
{
    double premiumYuan = 50;
    double provinceShare = 0.5;
};
InsuranceSettings readInsuranceSettings(QSqlDatabase db);

// The stored row a new service would have (what addService writes and a dialog validates as the officer types):
// the fields given plus what core fills. Refused for an unknown kind or field.
Expected<QVariantMap> newServiceValues(QSqlDatabase db, const NewService& service);

// Refused, with a message naming each field and its fix, when a check fails (validateService).
Expected<ServiceChange> addService(QSqlDatabase db, const NewService& service);
// `values`: field id → new value (only the fields that change need be given).
Expected<ServiceChange> editService(QSqlDatabase db, qint64 serviceId, const QVariantMap& values);
Expected<ServiceChange> removeService(QSqlDatabase db, qint64 serviceId);
// Applies an undo returned above (in one transaction, audited); returns what redoes it.
Expected<ServiceChange> undoServiceChange(QSqlDatabase db, const RecordChange& undo);

// The service kind's code of a stored service ("training", ...); empty when there is no such service.
Expected<QString> serviceKindOf(QSqlDatabase db, qint64 serviceId);

} // namespace jb::core
