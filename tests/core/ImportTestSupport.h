#pragma once
// Shared by the import tests: a fresh county file, one import run end to end, table counts and a hash of the
// content an import may touch (to prove "nothing was written").

#include "core/import/ImportJob.h"
#include "core/organisations/OrganisationFile.h"
#include "core/storage/Database.h"
#include "core/validation/ResidentId.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <catch2/catch.hpp>
#include <memory>

namespace jb::test::import {

inline QString fixture(const char* name)
{
    return fixturePath(QStringLiteral("import/") + QString::fromUtf8(name));
}

inline std::unique_ptr<core::Database> newCounty(const ScratchDir& dir, const QString& name = QStringLiteral("c.jb"))
{
    auto db = core::createOrganisationFile(dir.file(name), QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    return std::move(*db);
}

inline core::Expected<core::ImportSummary> importFile(core::Database& db, const QString& path, core::ImportKind kind,
                                                      bool dryRun = false,
                                                      const std::function<bool(qint64, qint64)>& progress = {},
                                                      std::unique_ptr<core::ImportJob>* keep = nullptr)
{
    core::ImportRequest request;
    request.filePath = path;
    request.kind = kind;
    request.dryRun = dryRun;
    request.today = QDate(2024, 3, 15);
    request.officer = QStringLiteral("测试员");
    auto job = std::make_unique<core::ImportJob>(db, request);
    if (core::Status s = job->prepare(); !s)
        return core::Expected<core::ImportSummary>::failure(s.message());
    core::Expected<core::ImportSummary> result = job->run(progress);
    if (keep)
        *keep = std::move(job);
    return result;
}

// Runs a statement that must succeed (a change made outside the import, say).
inline void exec(const core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

inline qint64 scalar(const core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

inline QString text(const core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

inline qint64 rows(const core::Database& db, const char* table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
}

// Every row of every table an import or an undo may touch, hashed in a stable order.
inline QByteArray contentHash(const core::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"workers", "worker_key_groups", "worker_hardships", "worker_service_needs", "enterprises",
                              "vacancies", "import_batches", "import_changes", "audit_log", "referrals"}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table) + QStringLiteral(" ORDER BY 1, 2")));
        hash.addData(QByteArray(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
        }
    }
    return hash.result().toHex();
}

// A valid resident ID of 肥东县, unique per running number (a thousand per birth day from 1960-01-01).
inline QString residentId(int n)
{
    const QDate birth = QDate(1960, 1, 1).addDays(n / 1000);
    const QString first17 = QStringLiteral("340122") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + core::residentIdCheckChar(first17);
}

} // namespace jb::test::import
