#pragma once
// Helpers shared by the demo generator's test files: a scratch JobBridge file, small fixed options, SQL shortcuts
// and a digest of the generated tables.

#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>
#include <catch2/catch.hpp>
#include <memory>

namespace jb::test::demo {

using namespace jb::core;

inline const QDate kToday(2026, 11, 23);

inline DemoOptions smallOptions(quint64 seed = 42)
{
    DemoOptions o;
    o.seed = seed;
    o.workers = 800;
    o.enterprises = 60;
    o.fairs = 25;
    o.today = kToday;
    return o;
}

inline std::unique_ptr<Database> newFile(const ScratchDir& dir, const QString& name, const char* home = "340122")
{
    auto db = Database::create(dir.file(name), QString::fromLatin1(home));
    REQUIRE(db.hasValue());
    return std::move(*db);
}

inline QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

inline qint64 count(QSqlDatabase db, const QString& sql)
{
    return scalar(db, sql).toLongLong();
}

// The first column of every row, as strings (for listing offenders in a failure message).
inline QStringList column(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// A digest of every generated table, in id order. Timestamps of the seeded tree and of the audit entry are the
// wall clock by design (they record when the file and the demo were made), so they are left out.
inline QByteArray contentHash(QSqlDatabase db)
{
    static const char* const queries[] = {
        "SELECT code, name, kind, parent_id, created_at FROM organisations WHERE code LIKE '%-%' ORDER BY id",
        "SELECT * FROM enterprises ORDER BY id",
        "SELECT * FROM vacancies ORDER BY id",
        "SELECT * FROM demand_snapshots ORDER BY id",
        "SELECT * FROM enterprise_flags ORDER BY id",
        "SELECT * FROM workers ORDER BY id",
        "SELECT * FROM worker_key_groups ORDER BY 1, 2",
        "SELECT * FROM worker_hardships ORDER BY 1, 2",
        "SELECT * FROM worker_service_needs ORDER BY 1, 2",
        "SELECT * FROM job_fairs ORDER BY id",
        "SELECT * FROM fair_enterprises ORDER BY 1, 2",
        "SELECT * FROM referrals ORDER BY id",
        "SELECT * FROM referral_stages ORDER BY id",
        "SELECT * FROM services ORDER BY id",
        "SELECT * FROM periods ORDER BY id",
        "SELECT * FROM targets ORDER BY id",
        "SELECT action, note FROM audit_log ORDER BY id"};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : queries) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c) {
                const QVariant v = q.value(c);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toString().toUtf8());
                hash.addData(QByteArrayLiteral("\x1f"));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
    }
    return hash.result().toHex();
}

// Fails with the generator's message, not just "false".
template <typename T> void requireOk(const Expected<T>& e)
{
    INFO(e.error().toStdString());
    REQUIRE(e.hasValue());
}

} // namespace jb::test::demo
