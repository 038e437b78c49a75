#pragma once
// Everything on record about one worker, for the detail panel: all fields (ID and phone masked), services,
// referrals with their stages, and a dated timeline of all of it. revealWorkerField() is the only way to see the
// full ID or phone, and it writes the audit log in the same transaction.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"
#include "core/lists/WorkerFilter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace jb::core {

struct WorkerReferralStage
{
    QString stage; // recommended, interviewed, intention, contract, stable, left
    QDate on;
    QString note;
};

struct WorkerReferral
{
    qint64 id = 0;
    QString enterprise;
    QString vacancy; // title, empty when not for a listed vacancy
    QString fair;    // empty unless made at a job fair
    QString stage;   // the latest
    QDate stageOn;
    QVector<WorkerReferralStage> stages; // oldest first
};

struct WorkerService
{
    qint64 id = 0;
    QDate providedOn;
    QString type;
    QString subtype;
    QString detail; // project, amount, completion, in one line
    QString officer;
    QString note;
};

struct WorkerEvent
{
    QDate on;
    QString kind; // registered, returned, contact, referral stage key, service, audit action
    QString text; // one line in the installed language
};

struct WorkerDetail
{
    qint64 id = 0;
    QString name;
    QString gender;
    QDate birthDate;
    int age = -1;
    QString residentIdMasked;
    QString phoneMasked;
    QString organisation;
    QString hukouPlace;
    QString currentPlace;
    QString status;
    QDate returnedOn;
    QString returnDestination; // in_province, out_of_province or empty
    QString desiredTrade;
    QString desiredPlace;
    QString expectedWage; // "4500–5500", empty when none
    QString skillLevel;
    QString education;
    QStringList keyGroups;
    QStringList hardshipCategories;
    QStringList serviceNeeds;
    QDate registeredOn;
    QDate lastContactOn;
    WorkerPromiseState promise = WorkerPromiseState::NotHardship;
    QDate promiseDue;
    QString note;
    QVector<WorkerReferral> referrals;
    QVector<WorkerService> services;
    QVector<WorkerEvent> timeline; // newest first
};

Expected<WorkerDetail> loadWorkerDetail(QSqlDatabase db, qint64 workerId, QDate today = Clock::today(),
                                        NameLanguage names = NameLanguage::Chinese);

enum class RevealField { ResidentId, Phone };

// The unmasked value, with an audit entry (action 'reveal', the field, no value) written in one transaction:
// either both happen or neither. `reason`: stored in the audit row; required when the file says so (RevealReason.h).
Expected<QString> revealWorkerField(QSqlDatabase db, qint64 workerId, RevealField field, const QString& reason = {});

} // namespace jb::core
