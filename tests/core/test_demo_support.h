#pragma once
// Helpers shared by the core test files: a scratch JobBridge file, small fixed demo options, SQL shortcuts, a
// two-town county to build records in, and a digest of the generated tables.

#include "core/demo/DemoGenerator.h"
#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlError>
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
    auto db = createOrganisationFile(dir.file(name), QString::fromLatin1(home));
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

// Runs `sql` with positional `binds`; returns the rowid it inserted (if any).
inline qint64 execBound(QSqlDatabase db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    const bool ok = q.exec();
    INFO(sql.toStdString() << " " << q.lastError().text().toStdString());
    REQUIRE(ok);
    return q.lastInsertId().toLongLong();
}

// The id of the reference value `code` in `list` (e.g. "key_group", "migrant_worker").
inline qint64 referenceId(QSqlDatabase db, const char* list, const char* code)
{
    return count(db, QStringLiteral("SELECT id FROM reference_items WHERE list = '%1' AND code = '%2'")
                         .arg(QLatin1String(list), QLatin1String(code)));
}

// A new county file (肥东县) with two towns, 店埠镇 and 撮镇镇: the hand-built counties of the list and metric
// tests start from it and add their records.
class TwoTownCounty
{
public:
    TwoTownCounty(const ScratchDir& dir, const QString& name) : m_file(newFile(dir, name)), m_db(m_file->connection())
    {
        OrganisationRepository orgs(m_db);
        home = orgs.home()->id;
        townA = orgs.addSubUnit(home, QStringLiteral("店埠镇"), OrgKind::Town)->id;
        townB = orgs.addSubUnit(home, QStringLiteral("撮镇镇"), OrgKind::Town)->id;
    }

    QSqlDatabase db() const { return m_db; }
    qint64 item(const char* list, const char* code) const { return referenceId(m_db, list, code); }
    qint64 exec(const QString& sql, const QVariantList& binds) { return execBound(m_db, sql, binds); }

    qint64 home = 0, townA = 0, townB = 0;

protected:
    std::unique_ptr<Database> m_file;
    QSqlDatabase m_db;
};

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
        "SELECT * FROM fair_posts ORDER BY 1, 2",
        "SELECT * FROM fair_attendees ORDER BY 1, 2",
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

inline void requireOk(const Status& s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

} // namespace jb::test::demo
