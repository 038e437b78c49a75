// Storage guarantees: files are created whole, opened only when they are ours and not newer, upgraded stepwise
// in one transaction, and never modified when refused.

#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/settings/SettingsRepository.h"
#include "core/stats/StatsRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>

using namespace jb::core;
using jb::test::ScratchDir;

namespace {

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(jb::test::readAll(path), QCryptographicHash::Sha256).toHex();
}

bool sidecarsAbsent(const QString& path)
{
    return !QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo::exists(path + QStringLiteral("-shm")) &&
           !QFileInfo::exists(path + QStringLiteral("-journal"));
}

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

// Runs raw SQL on a file through a private connection (to build the odd files the tests need).
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& s : statements) {
            QSqlQuery q(db);
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A new file holds the schema, the reference defaults and the home organisation's tree", "[storage]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("county.jobbridge"));
    auto db = createOrganisationFile(path, QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    CHECK((*db)->schemaVersion() == kCurrentSchemaVersion);
    QSqlDatabase c = (*db)->connection();
    CHECK(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(scalar(c, QStringLiteral("PRAGMA application_id")).toInt() == kApplicationId);
    CHECK(scalar(c, QStringLiteral("SELECT COUNT(*) FROM reference_items WHERE list = 'key_group'")).toInt() == 5);
    CHECK(scalar(c, QStringLiteral("SELECT COUNT(*) FROM reference_items WHERE list = 'hardship_category'")).toInt() ==
          6);
    CHECK(scalar(c, QStringLiteral("SELECT COUNT(*) FROM reference_items WHERE list = 'industry'")).toInt() == 20);

    OrganisationRepository orgs(c);
    const auto home = orgs.home();
    REQUIRE(home.hasValue());
    CHECK(home->code == QLatin1String("340122"));
    CHECK(home->name == QStringLiteral("肥东县"));
    const auto city = orgs.byCode(QStringLiteral("340100"));
    REQUIRE(city.hasValue());
    CHECK(city->name == QStringLiteral("合肥市"));
    CHECK(home->parentId == city->id);
    const auto province = orgs.byCode(QStringLiteral("340000"));
    REQUIRE(province.hasValue());
    CHECK(city->parentId == province->id);
    CHECK_FALSE(orgs.byCode(QStringLiteral("340123")).hasValue()); // a sibling county is not part of this file
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".creating")));
}

TEST_CASE("A city file holds the city and all its current counties", "[storage]")
{
    ScratchDir dir;
    auto db = createOrganisationFile(dir.file(QStringLiteral("hefei.jobbridge")), QStringLiteral("340100"));
    REQUIRE(db.hasValue());
    OrganisationRepository orgs((*db)->connection());
    const auto home = orgs.home();
    REQUIRE(home.hasValue());
    const auto children = orgs.children(home->id);
    REQUIRE(children.hasValue());
    // 合肥市 in 2024: 瑶海 庐阳 蜀山 包河 长丰 肥东 肥西 庐江 巢湖.
    CHECK(children->size() == 9);
    const auto subtree = orgs.subtreeIds(home->id);
    REQUIRE(subtree.hasValue());
    CHECK(subtree->size() == 10);
}

TEST_CASE("Moving an organisation under another parent is refused by the schema, in the officer's language",
          "[storage]")
{
    ScratchDir dir;
    auto db = createOrganisationFile(dir.file(QStringLiteral("hefei.jobbridge")), QStringLiteral("340100"));
    REQUIRE(db.hasValue());
    OrganisationRepository orgs((*db)->connection());
    const auto home = orgs.home();
    REQUIRE(home.hasValue());
    const auto children = orgs.children(home->id);
    REQUIRE(children.hasValue());
    REQUIRE(children->size() >= 2);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE organisations SET parent_id = ? WHERE id = ?")));
    q.addBindValue(children->at(0).id);
    q.addBindValue(children->at(1).id);
    REQUIRE_FALSE(q.exec());
    const Message refusal = describeSqlError(q, QStringLiteral("moving an organisation"));
    CHECK(refusal.text() == QStringLiteral("不能把单位移到另一个上级之下。"));
    CHECK(refusal.sourceText() == QStringLiteral("An organisation cannot be moved under another parent."));
}

TEST_CASE("Creating refuses an unknown division and an existing path, leaving nothing behind", "[storage]")
{
    ScratchDir dir;
    const QString unknown = dir.file(QStringLiteral("unknown.jobbridge"));
    const auto bad = createOrganisationFile(unknown, QStringLiteral("999999"));
    REQUIRE_FALSE(bad.hasValue());
    CHECK(bad.error().contains(QStringLiteral("999999")));
    CHECK_FALSE(QFileInfo::exists(unknown));
    CHECK_FALSE(QFileInfo::exists(unknown + QStringLiteral(".creating")));

    const QString existing = dir.file(QStringLiteral("existing.txt"));
    jb::test::writeAll(existing, "officer's notes");
    const auto clash = createOrganisationFile(existing, QStringLiteral("340122"));
    REQUIRE_FALSE(clash.hasValue());
    CHECK(clash.error().contains(QStringLiteral("已存在")));
    CHECK(jb::test::readAll(existing) == "officer's notes");
}

TEST_CASE("Files that are not ours are refused with a message and left untouched", "[storage]")
{
    ScratchDir dir;
    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* expected;
    };
    QByteArray random(4096, '\0');
    for (int i = 0; i < random.size(); ++i)
        random[i] = static_cast<char>((i * 7919 + 13) % 251);
    const Case cases[] = {
        {"random.db", random, "不是 SQLite"},
        {"empty.db", QByteArray(), "不是 SQLite"},
        {"workers.csv", QByteArray("姓名,身份证号\n张三,340122199001011234\n"), "不是 SQLite"},
        {"truncated.db", QByteArray("SQLite format 3\0", 16), "不是 SQLite"},
    };
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const QString path = dir.file(QString::fromLatin1(c.name));
            jb::test::writeAll(path, c.bytes);
            const QByteArray before = sha(path);
            const auto db = Database::open(path);
            REQUIRE_FALSE(db.hasValue());
            CHECK(db.error().contains(QString::fromUtf8(c.expected)));
            CHECK(sha(path) == before);
            CHECK(sidecarsAbsent(path));
        }
    }

    SECTION("another program's SQLite database")
    {
        const QString path = dir.file(QStringLiteral("other.sqlite"));
        rawExec(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
        const QByteArray before = sha(path);
        const auto db = Database::open(path);
        REQUIRE_FALSE(db.hasValue());
        CHECK(db.error().contains(QStringLiteral("其他程序")));
        CHECK(sha(path) == before);
        CHECK(sidecarsAbsent(path));
    }

    SECTION("a missing file and a folder")
    {
        CHECK(Database::open(dir.file(QStringLiteral("nowhere.jobbridge"))).error().contains(QStringLiteral("不存在")));
        CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("nowhere.jobbridge"))));
        CHECK(Database::open(dir.file(QString())).error().contains(QStringLiteral("不是文件")));
    }
}

TEST_CASE("A file from a newer JobBridge is refused and left untouched", "[storage][migration]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("newer.jobbridge"));
    REQUIRE(createOrganisationFile(path, QStringLiteral("340122")).hasValue());
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                   QStringLiteral("PRAGMA user_version = %1").arg(kCurrentSchemaVersion + 1)});
    const QByteArray before = sha(path);
    const auto db = Database::open(path);
    REQUIRE_FALSE(db.hasValue());
    CHECK(db.error().contains(QStringLiteral("较新版本")));
    CHECK(db.error().contains(QString::number(kCurrentSchemaVersion + 1)));
    CHECK(sha(path) == before);
    CHECK(sidecarsAbsent(path));
}

TEST_CASE("The checked-in version 1 file opens, upgrades to the current version and keeps its records",
          "[storage][migration]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("v1.jobbridge"));
    REQUIRE(QFile::copy(jb::test::fixturePath(QStringLiteral("schema/v1-feidong.jobbridge")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    REQUIRE(db.hasValue());
    CHECK((*db)->schemaVersion() == kCurrentSchemaVersion);
    QSqlDatabase c = (*db)->connection();
    CHECK(scalar(c, QStringLiteral("SELECT name FROM workers WHERE id_number = '11010519491231002X'")).toString() ==
          QStringLiteral("张秀英"));
    CHECK(scalar(c, QStringLiteral("SELECT COUNT(*) FROM worker_key_groups")).toInt() == 2);
}

TEST_CASE("A failing migration step rolls the whole upgrade back", "[storage][migration]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("upgrade.jobbridge"));
    REQUIRE(createOrganisationFile(path, QStringLiteral("340122")).hasValue());
    auto db = Database::open(path);
    REQUIRE(db.hasValue());
    QSqlDatabase c = (*db)->connection();

    std::vector<MigrationStep> steps = standardMigrations();
    steps.push_back({kCurrentSchemaVersion + 1, QStringLiteral("adds a table"), [](QSqlDatabase& d) {
                         QSqlQuery q(d);
                         return q.exec(QStringLiteral("CREATE TABLE extra (x)")) ? Status()
                                                                                 : Status::failure(QStringLiteral("x"));
                     }});
    steps.push_back({kCurrentSchemaVersion + 2, QStringLiteral("fails"), [](QSqlDatabase& d) {
                         QSqlQuery q(d);
                         q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('half', 'written')"));
                         return Status::failure(QStringLiteral("simulated failure"));
                     }});
    const Status failed = migrate(c, steps);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("simulated failure")));
    CHECK(failed.error().contains(QString::number(kCurrentSchemaVersion + 2)));
    CHECK(scalar(c, QStringLiteral("PRAGMA user_version")).toInt() == kCurrentSchemaVersion);
    CHECK(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'extra'")).toInt() == 0);
    CHECK(scalar(c, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'half'")).toInt() == 0);

    steps.pop_back();
    REQUIRE(migrate(c, steps).ok());
    CHECK(scalar(c, QStringLiteral("PRAGMA user_version")).toInt() == kCurrentSchemaVersion + 1);
    CHECK(scalar(c, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'extra'")).toInt() == 1);
}

TEST_CASE("Foreign keys are enforced and a dropped transaction writes nothing", "[storage]")
{
    ScratchDir dir;
    auto db = createOrganisationFile(dir.file(QStringLiteral("fk.jobbridge")), QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    QSqlDatabase c = (*db)->connection();
    QSqlQuery q(c);
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO worker_key_groups VALUES (12345, 67890)")));
    {
        Transaction tx(c);
        REQUIRE(tx.started());
        QSqlQuery insert(c);
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('draft', '1')")));
    }
    CHECK(scalar(c, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'draft'")).toInt() == 0);
}

TEST_CASE("Sub-units get generated codes and an audit entry; settings changes are audited", "[storage]")
{
    ScratchDir dir;
    auto db = createOrganisationFile(dir.file(QStringLiteral("units.jobbridge")), QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    QSqlDatabase c = (*db)->connection();
    OrganisationRepository orgs(c);
    const auto home = orgs.home();
    REQUIRE(home.hasValue());
    const auto town = orgs.addSubUnit(home->id, QStringLiteral(" 店埠镇 "), OrgKind::Town);
    INFO(town.error().toStdString());
    REQUIRE(town.hasValue());
    CHECK(town->code == QLatin1String("340122-001"));
    CHECK(town->name == QStringLiteral("店埠镇"));
    const auto park = orgs.addSubUnit(home->id, QStringLiteral("肥东经济开发区"), OrgKind::Park);
    REQUIRE(park.hasValue());
    CHECK(park->code == QLatin1String("340122-002"));
    CHECK_FALSE(orgs.addSubUnit(home->id, QStringLiteral("  "), OrgKind::Town).hasValue());
    CHECK_FALSE(orgs.addSubUnit(home->id, QStringLiteral("某县"), OrgKind::County).hasValue());
    CHECK(scalar(c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'organisations'")).toInt() == 2);

    SettingsRepository settings(c);
    CHECK(settings.intValue(QStringLiteral("promise_days"), 0) == 7);
    REQUIRE(settings.setValue(QStringLiteral("promise_days"), QStringLiteral("5")).ok());
    CHECK(settings.intValue(QStringLiteral("promise_days"), 0) == 5);
    CHECK(scalar(c, QStringLiteral("SELECT old_value || '→' || new_value FROM audit_log WHERE field = "
                                   "'promise_days'"))
              .toString() == QStringLiteral("7→5"));
}

TEST_CASE("Save a copy writes an openable file and never overwrites", "[storage]")
{
    ScratchDir dir;
    auto db = createOrganisationFile(dir.file(QStringLiteral("orig.jobbridge")), QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    const QString copy = dir.file(QStringLiteral("copy.jobbridge"));
    REQUIRE((*db)->saveCopy(copy).ok());
    auto reopened = Database::open(copy);
    REQUIRE(reopened.hasValue());
    const auto stats = StatsRepository((*reopened)->connection()).collect();
    REQUIRE(stats.hasValue());
    CHECK(stats->homeName == QStringLiteral("肥东县"));
    CHECK(stats->rowsIn(QStringLiteral("organisations")) == 3);
    CHECK_FALSE((*db)->saveCopy(copy).ok());
}
