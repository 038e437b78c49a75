#pragma once
// Stepwise schema migrations. The stored version is PRAGMA user_version; every step that the file lacks runs,
// in order, inside one transaction that rolls back on any failure, so a file is either fully upgraded or untouched.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <vector>

namespace jb::core {

inline constexpr int kCurrentSchemaVersion = 16;
// PRAGMA application_id marks a file as ours ("JBRG"), so another program's SQLite file is refused.
inline constexpr int kApplicationId = 0x4A425247;

struct MigrationStep
{
    int toVersion;
    QString name;
    std::function<Status(QSqlDatabase&)> apply;
};

// The steps this build knows, oldest first.
const std::vector<MigrationStep>& standardMigrations();

// Applies the steps newer than the file's version in one transaction and sets user_version and application_id.
// Steps are a parameter so tests can prove that a failing step leaves the file as it was.
Status migrate(QSqlDatabase& db, const std::vector<MigrationStep>& steps = standardMigrations());

Expected<int> readUserVersion(QSqlDatabase& db);

namespace schema {
Status createVersion1(QSqlDatabase& db);
Status seedReferenceDefaults(QSqlDatabase& db);
Status upgradeToVersion2(QSqlDatabase& db); // organisation tree, daily activity summary
Status upgradeToVersion3(QSqlDatabase& db); // figures received in exchange packages
Status upgradeToVersion4(QSqlDatabase& db); // worker list search keys (name index, ID and phone tails)
Status upgradeToVersion5(QSqlDatabase& db); // workers' ID numbers unique by a named index
Status upgradeToVersion6(QSqlDatabase& db); // the import fingerprint of worker rows
Status upgradeToVersion7(QSqlDatabase& db); // job fairs as records: links instead of typed counts
Status upgradeToVersion8(QSqlDatabase& db); // placement: referral details, exits, checks, holidays, synonyms
// The list-order indexes (SchemaV9.cpp): a middle window of a sorted list reads an index, never a sort.
Status upgradeToVersion9(QSqlDatabase& db);
QStringList listOrderIndexStatements();
// The services ledger (SchemaV10.cpp): fields by kind, entrepreneurship projects as records.
Status upgradeToVersion10(QSqlDatabase& db);
// Makes a project record of every project a service names only by text, and links the service and its worker to it
// (the v10 upgrade, and the demo after it writes its services).
QStringList projectAdoptionStatements();
// Early warning's handled marks and the indexes of its counts (SchemaV11.cpp; v10 is the services ledger).
Status upgradeToVersion11(QSqlDatabase& db);
// The referral list's indexes (SchemaV12.cpp; versions 10 and 11 are assigned to other work in progress).
Status upgradeToVersion12(QSqlDatabase& db);
QStringList referralListIndexStatements();
// The contract's start day on the referral, kept by triggers on referral_stages (SchemaV13.cpp).
Status upgradeToVersion13(QSqlDatabase& db);
QStringList contractOnTriggerStatements();
QStringList dropContractOnTriggerStatements();
QString contractOnFillStatement(); // recounts every referral's contract start (after a bulk load)
// The referrals per key group, kept by triggers on worker_key_groups and referrals (SchemaV14.cpp).
Status upgradeToVersion14(QSqlDatabase& db);
QStringList keyGroupCountTriggerStatements();
QStringList dropKeyGroupCountTriggerStatements();
QStringList keyGroupCountFillStatements(); // recounts every key group's referrals (after a bulk load)
// The count summaries of the services list, the services totals and early warning (SchemaV15.cpp,
// core/storage/CountSummaries.h).
Status upgradeToVersion15(QSqlDatabase& db);
// The triggers that clear a worker's import fingerprint when anything but an import changes the row or its links.
QStringList fingerprintTriggerStatements();
QStringList dropFingerprintTriggerStatements();
// Each worker's part of the one-week promise order, kept by triggers on workers, worker_hardships, referrals,
// referral_stages and the promise days (SchemaV16.cpp).
Status upgradeToVersion16(QSqlDatabase& db);
QStringList promisePartTriggerStatements();
QStringList dropPromisePartTriggerStatements();
QStringList promisePartFillStatements(); // recounts every worker's part (after a bulk load)
} // namespace schema

} // namespace jb::core
