// Exchange packages: three small demo counties of 合肥市 export their packages; a city file imports them and its
// received figures add up to the counties' own reports, in total, per county, per key group and per sub-unit.
// Replacement lists what changed; every refusal leaves the city file exactly as it was.

#include "core/exchange/PackageExport.h"
#include "core/exchange/PackageImport.h"
#include "core/metrics/Progress.h"
#include "core/metrics/ReceivedFigures.h"
#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/services/ServiceFigures.h"
#include "core/targets/PeriodRepository.h"
#include "test_demo_support.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace jb::core;
using namespace jb::core::exchange;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

const QStringList kCounties = {QStringLiteral("340121"), QStringLiteral("340122"), QStringLiteral("340123")};
const QDateTime kExported(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);

// Every figure a package carries for a unit, from a Progress (the county's own report).
QHash<QString, qint64> figuresOf(const Progress& p)
{
    QHash<QString, qint64> out;
    for (const MetricProgress& m : p.metrics)
        out.insert(metricInfo(m.metric).key, m.actual);
    out.insert(QStringLiteral("recommended"), p.funnel.value(0));
    out.insert(QStringLiteral("interviewed"), p.funnel.value(1));
    out.insert(QStringLiteral("hardship_registered"), p.promise.registered);
    out.insert(QStringLiteral("hardship_served_late"), p.promise.servedLate);
    out.insert(QStringLiteral("hardship_due"), p.promise.due);
    out.insert(QStringLiteral("hardship_overdue"), p.promise.overdue);
    return out;
}

void add(QHash<QString, qint64>& into, const QHash<QString, qint64>& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        into[it.key()] += it.value();
}

// The services figures a package carries (core/services/ServiceFigures.h), which no Progress holds: the services test
// below checks them against the counties' records.
bool serviceFigure(const QString& key)
{
    return key.startsWith(QLatin1String("service_")) || key.startsWith(QLatin1String("insurance_")) ||
           key.startsWith(QLatin1String("entrepreneurship_"));
}

// Compares expected figures with received ones (missing = 0), naming the first metric that differs.
void requireSame(const QHash<QString, qint64>& expected, const QHash<QString, qint64>& got, const QString& what)
{
    QStringList keys = expected.keys() + got.keys();
    keys.removeDuplicates();
    for (const QString& k : std::as_const(keys)) {
        if (!expected.contains(k) && serviceFigure(k))
            continue;
        INFO(what.toStdString() << " " << k.toStdString());
        CHECK(got.value(k) == expected.value(k));
    }
}

// Three demo counties (300 workers each) and their packages for the year and for March, made once.
struct Counties
{
    ScratchDir dir;
    QVector<std::shared_ptr<Database>> files;
    QHash<QString, QString> yearPackage;  // county code → path
    QHash<QString, QString> marchPackage; // county code → path

    Counties()
    {
        quint64 seed = 11;
        for (const QString& code : kCounties) {
            auto file = createOrganisationFile(dir.file(code + QStringLiteral(".jobbridge")), code);
            REQUIRE(file.hasValue());
            DemoOptions o;
            o.seed = seed++;
            o.workers = 300;
            o.enterprises = 30;
            o.fairs = 8;
            o.today = kToday;
            requireOk(generateDemo((*file)->connection(), o));
            std::shared_ptr<Database> db(std::move(*file));
            for (const char* period : {"2026", "2026-03"}) {
                auto p = buildPackage(db->connection(), {QLatin1String(period), kToday, false, kExported});
                requireOk(p);
                const QString path = dir.file(suggestedFileName(*p));
                REQUIRE(writePackageFile(*p, path).ok());
                (QLatin1String(period) == QLatin1String("2026") ? yearPackage : marchPackage).insert(code, path);
            }
            files << db;
        }
    }
    QSqlDatabase county(int i) const { return files.at(i)->connection(); }
    // The county's own report of the period, as of the period's end or today (what a package carries: the
    // one-week promise's due and overdue cases are counted on that day too).
    Progress own(int i, const QString& period) const
    {
        const Period p0 = *PeriodRepository(county(i)).find(period);
        auto p = loadProgress(county(i), OrganisationRepository(county(i)).home()->id, p0, std::min(kToday, p0.end));
        requireOk(p);
        return *p;
    }
};

const Counties& counties()
{
    static const Counties c;
    return c;
}

std::unique_ptr<Database> cityFile(const ScratchDir& dir, const char* code = "340100")
{
    return newFile(dir, QStringLiteral("city.jobbridge"), code);
}

ImportOutcome importOk(QSqlDatabase db, const QString& path)
{
    const QVector<FileImport> r = importPackageFiles(db, {path});
    INFO(r.constFirst().error.sourceText().toStdString());
    REQUIRE(r.constFirst().outcome.has_value());
    return *r.constFirst().outcome;
}

QVector<qint64> childIds(QSqlDatabase db, qint64 orgId)
{
    QVector<qint64> ids;
    const auto children = OrganisationRepository(db).children(orgId);
    for (const Organisation& o : *children)
        ids << o.id;
    return ids;
}

ReceivedFigures received(QSqlDatabase db, const QString& orgCode, const QString& period)
{
    const qint64 org = OrganisationRepository(db).byCode(orgCode)->id;
    auto r = receivedFigures(db, org, *PeriodRepository(db).find(period), childIds(db, org));
    requireOk(r);
    return *r;
}

// What a refusal must not change.
QByteArray digest(QSqlDatabase db)
{
    QByteArray out;
    for (const char* table : {"received_packages", "received_sections", "received_figures", "received_fairs",
                              "organisations", "periods", "audit_log"})
        out += QByteArray::number(count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))) + ' ';
    out += scalar(db, QStringLiteral("SELECT group_concat(coalesce(superseded_by, 0)) FROM received_packages"))
               .toString()
               .toUtf8();
    return out;
}

// The refusal as shown (Chinese: the tests install the translation) and in its English source, one after the
// other, so a test can look for a fact in either language.
QString refusedMessage(QSqlDatabase db, const QString& path)
{
    const QByteArray before = digest(db);
    const QVector<FileImport> r = importPackageFiles(db, {path});
    REQUIRE_FALSE(r.constFirst().outcome.has_value());
    CHECK(digest(db) == before);
    return r.constFirst().error.text() + QLatin1Char('\n') + r.constFirst().error.sourceText();
}

} // namespace

TEST_CASE("exchange: a city's received totals equal the sum of its three counties' own reports", "[exchange]")
{
    const Counties& c = counties();
    ScratchDir dir;
    auto city = cityFile(dir);
    QSqlDatabase db = city->connection();
    const QVector<FileImport> results = importPackageFiles(db, c.yearPackage.values() + c.marchPackage.values());
    for (const FileImport& r : results) {
        INFO(r.path.toStdString() << ": " << r.error.sourceText().toStdString());
        REQUIRE(r.outcome.has_value());
        CHECK(r.outcome->kind == ImportOutcome::Kind::Added);
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import_package'")) == 6);

    for (const QString& period : {QStringLiteral("2026"), QStringLiteral("2026-03")}) {
        const ReceivedFigures r = received(db, QStringLiteral("340100"), period);
        REQUIRE(r.any);
        QHash<QString, qint64> sum;
        QHash<QString, QHash<QString, qint64>> groupSums; // key group code → metric → sum
        QHash<QString, qint64> fairLevels;
        for (int i = 0; i < kCounties.size(); ++i) {
            const Progress own = c.own(i, period);
            add(sum, figuresOf(own));
            for (const KeyGroupFigures& g : own.byKeyGroup)
                add(groupSums[g.code], g.actual);
            for (const FairLevelCount& f : own.fairsByLevel)
                fairLevels[f.level] += f.fairs;
            const qint64 countyId = OrganisationRepository(db).byCode(kCounties.at(i))->id;
            requireSame(figuresOf(own), r.byChild.value(countyId),
                        period + QStringLiteral(" child ") + kCounties.at(i));

            // The county drilled into inside the city file: its sub-units, with the codes the county gave them.
            const ReceivedFigures county = received(db, kCounties.at(i), period);
            requireSame(figuresOf(own), county.totals, period + QStringLiteral(" county total ") + kCounties.at(i));
            REQUIRE(!own.bySubUnit.isEmpty());
            for (const SubUnitFigures& s : own.bySubUnit) {
                const auto unit = OrganisationRepository(db).byCode(s.org.code);
                REQUIRE(unit.hasValue());
                CHECK(unit->name == s.org.name);
                CHECK(unit->parentId == countyId);
                for (auto it = s.actual.begin(); it != s.actual.end(); ++it) {
                    INFO(s.org.code.toStdString() << " " << it.key().toStdString());
                    CHECK(county.byChild.value(unit->id).value(it.key()) == it.value());
                }
            }
        }
        requireSame(sum, r.totals, period + QStringLiteral(" city total"));
        requireSame(fairLevels, r.fairsByLevel, period + QStringLiteral(" fairs by level"));
        for (auto it = groupSums.begin(); it != groupSums.end(); ++it) {
            const qint64 groupId =
                count(db, QStringLiteral("SELECT id FROM reference_items WHERE list = 'key_group' AND code = '%1'")
                              .arg(it.key()));
            requireSame(it.value(), r.byKeyGroup.value(groupId), period + QStringLiteral(" key group ") + it.key());
        }
        CHECK(sum.value(QStringLiteral("contracts")) > 0);

        // The city's dashboard (loadProgress adds the received figures): the same totals, each county as a
        // sub-unit with its own report's figures, and the key groups summed.
        const qint64 cityId = OrganisationRepository(db).home()->id;
        const auto progress = loadProgress(db, cityId, *PeriodRepository(db).find(period), kToday);
        requireOk(progress);
        requireSame(sum, figuresOf(*progress), period + QStringLiteral(" loadProgress of the city"));
        for (int i = 0; i < kCounties.size(); ++i) {
            const auto unit = std::find_if(progress->bySubUnit.begin(), progress->bySubUnit.end(),
                                           [&](const SubUnitFigures& f) { return f.org.code == kCounties.at(i); });
            REQUIRE(unit != progress->bySubUnit.end());
            QHash<QString, qint64> own = figuresOf(c.own(i, period));
            for (auto it = unit->actual.begin(); it != unit->actual.end(); ++it) {
                INFO(period.toStdString()
                     << " loadProgress sub-unit " << kCounties.at(i).toStdString() << " " << it.key().toStdString());
                CHECK(it.value() == own.value(it.key()));
            }
        }
        for (const KeyGroupFigures& g : progress->byKeyGroup)
            requireSame(groupSums.value(g.code), g.actual,
                        period + QStringLiteral(" loadProgress key group ") + g.code);
    }
}

TEST_CASE("exchange: the year to date comes from the package with the latest day", "[exchange]")
{
    const Counties& c = counties();
    ScratchDir dir;
    auto city = cityFile(dir);
    QSqlDatabase db = city->connection();
    importOk(db, c.marchPackage.value(kCounties.at(0)));
    // Only March's package: the year is as of 31 March.
    auto marchYtd = loadProgress(c.county(0), OrganisationRepository(c.county(0)).home()->id,
                                 *PeriodRepository(c.county(0)).find(QStringLiteral("2026")), QDate(2026, 3, 31));
    requireOk(marchYtd);
    requireSame(figuresOf(*marchYtd), received(db, QStringLiteral("340100"), QStringLiteral("2026")).totals,
                QStringLiteral("year to date from March"));
    // The year's package (as of 23 November) wins.
    importOk(db, c.yearPackage.value(kCounties.at(0)));
    requireSame(figuresOf(c.own(0, QStringLiteral("2026"))),
                received(db, QStringLiteral("340100"), QStringLiteral("2026")).totals, QStringLiteral("year"));
    // …but March's report of the city still shows the year to date as of 31 March.
    const qint64 cityId = OrganisationRepository(db).byCode(QStringLiteral("340100"))->id;
    auto cityMarchYtd =
        loadProgress(db, cityId, *PeriodRepository(db).find(QStringLiteral("2026")), QDate(2026, 3, 31));
    requireOk(cityMarchYtd);
    requireSame(figuresOf(*marchYtd), figuresOf(*cityMarchYtd), QStringLiteral("the city's year as of 31 March"));
    // The phase is in the package but not in the city file: it counts once the city has the same phase.
    CHECK(PeriodRepository(db).find(QStringLiteral("2026-concentrated")).hasValue() == false);
    requireOk(PeriodRepository(db).add(PeriodKind::Phase, QStringLiteral("2026-concentrated"),
                                       QStringLiteral("集中行动"), QDate(2026, 1, 15), QDate(2026, 4, 10)));
    CHECK(received(db, QStringLiteral("340100"), QStringLiteral("2026-concentrated")).any);
}

TEST_CASE("exchange: a newer package replaces the old one and lists what changed", "[exchange]")
{
    ScratchDir dir;
    auto county = newFile(dir, QStringLiteral("county.jobbridge"), "340121");
    QSqlDatabase cdb = county->connection();
    DemoOptions o = smallOptions(5);
    o.workers = 200;
    o.enterprises = 20;
    requireOk(generateDemo(cdb, o));
    auto first = buildPackage(cdb, {QStringLiteral("2026"), kToday, false, kExported});
    requireOk(first);
    REQUIRE(writePackageFile(*first, dir.file(QStringLiteral("old.jbpkg"))).ok());

    // One more fair in May, exported an hour later.
    QSqlQuery fair(cdb);
    REQUIRE(fair.exec(QStringLiteral("INSERT INTO job_fairs (org_id, organiser_level, name, held_on, form, created_at, "
                                     "updated_at) SELECT id, 'county', '补充招聘会', '2026-05-06', 'offline', 't', 't' "
                                     "FROM organisations WHERE is_home = 1")));
    auto second = buildPackage(cdb, {QStringLiteral("2026"), kToday, false, kExported.addSecs(3600)});
    requireOk(second);
    REQUIRE(writePackageFile(*second, dir.file(QStringLiteral("new.jbpkg"))).ok());

    auto city = cityFile(dir);
    QSqlDatabase db = city->connection();
    const auto added = importOk(db, dir.file(QStringLiteral("old.jbpkg")));
    CHECK(added.kind == ImportOutcome::Kind::Added);
    CHECK(added.subUnitsCreated > 0);
    const qint64 fairsBefore =
        received(db, QStringLiteral("340100"), QStringLiteral("2026")).totals.value(QStringLiteral("job_fairs"));

    const auto replaced = importOk(db, dir.file(QStringLiteral("new.jbpkg")));
    CHECK(replaced.kind == ImportOutcome::Kind::Replaced);
    CHECK(replaced.subUnitsCreated == 0);
    const auto change = std::find_if(replaced.changes.begin(), replaced.changes.end(), [](const FigureChange& c) {
        return c.period == QLatin1String("2026") && c.orgCode == QLatin1String("340121") && c.keyGroup.isEmpty() &&
               c.metric == QLatin1String("job_fairs");
    });
    REQUIRE(change != replaced.changes.end());
    CHECK(change->before == fairsBefore);
    CHECK(change->after == fairsBefore + 1);
    CHECK(describeOutcome(replaced)
              .join(QLatin1Char('\n'))
              .contains(QStringLiteral("job_fairs: %1 → %2").arg(fairsBefore).arg(fairsBefore + 1)));
    CHECK(received(db, QStringLiteral("340100"), QStringLiteral("2026")).totals.value(QStringLiteral("job_fairs")) ==
          fairsBefore + 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM received_packages WHERE superseded_by IS NOT NULL")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM received_sections s JOIN received_packages p ON "
                                   "p.id = s.package_id WHERE p.superseded_by IS NOT NULL")) == 0);

    // The same package again: nothing to do. The older one again: refused.
    CHECK(importOk(db, dir.file(QStringLiteral("new.jbpkg"))).kind == ImportOutcome::Kind::Unchanged);
    const QString older = refusedMessage(db, dir.file(QStringLiteral("old.jbpkg")));
    CHECK(older.contains(QStringLiteral("不比此包")));
    CHECK(older.contains(QStringLiteral("not older than this one")));

    // Several files at once are imported oldest first, whatever the order given.
    ScratchDir other;
    auto city2 = cityFile(other);
    const auto both = importPackageFiles(
        city2->connection(), {dir.file(QStringLiteral("new.jbpkg")), dir.file(QStringLiteral("old.jbpkg"))});
    REQUIRE(both.at(0).outcome.has_value());
    REQUIRE(both.at(1).outcome.has_value());
    CHECK(both.at(1).outcome->kind == ImportOutcome::Kind::Added);
    CHECK(both.at(0).outcome->kind == ImportOutcome::Kind::Replaced);
}

TEST_CASE("exchange: refused packages leave the file unchanged and say why", "[exchange]")
{
    const Counties& c = counties();
    ScratchDir dir;
    auto city = cityFile(dir);
    QSqlDatabase db = city->connection();
    const QByteArray good = jb::test::readAll(c.yearPackage.value(QStringLiteral("340122")));

    SECTION("checksum")
    {
        QByteArray tampered = good;
        const int at = static_cast<int>(tampered.indexOf("\"contracts\": ")) + 13;
        tampered.insert(at, '9');
        jb::test::writeAll(dir.file(QStringLiteral("tampered.jbpkg")), tampered);
        const QString m = refusedMessage(db, dir.file(QStringLiteral("tampered.jbpkg")));
        CHECK(m.contains(QStringLiteral("校验和不符")));
        CHECK(m.contains(QStringLiteral("checksum")));
    }
    SECTION("not a package")
    {
        jb::test::writeAll(dir.file(QStringLiteral("x.jbpkg")), "name,id\n张三,1\n");
        CHECK(refusedMessage(db, dir.file(QStringLiteral("x.jbpkg")))
                  .contains(QStringLiteral("not an exchange package")));
    }
    SECTION("a newer format version")
    {
        QJsonObject o = QJsonDocument::fromJson(good).object();
        o.insert(QStringLiteral("format_version"), 2);
        o.insert(QStringLiteral("sha256"), checksumOf(o));
        jb::test::writeAll(dir.file(QStringLiteral("v2.jbpkg")), QJsonDocument(o).toJson());
        const QString m = refusedMessage(db, dir.file(QStringLiteral("v2.jbpkg")));
        CHECK(m.contains(QStringLiteral("newer JobBridge")));
        CHECK(m.contains(QStringLiteral("升级")));
    }
    SECTION("an organisation of another city")
    {
        auto wuhu = newFile(dir, QStringLiteral("wuhu.jobbridge"), "340200");
        const QString m = refusedMessage(wuhu->connection(), c.yearPackage.value(QStringLiteral("340122")));
        CHECK(m.contains(QStringLiteral("340122")));
        CHECK(m.contains(QStringLiteral("340200")));
        CHECK(m.contains(QStringLiteral("not below")));
    }
    SECTION("its own organisation")
    {
        auto same = newFile(dir, QStringLiteral("same.jobbridge"), "340122");
        CHECK(refusedMessage(same->connection(), c.yearPackage.value(QStringLiteral("340122")))
                  .contains(QStringLiteral("340122")));
    }
    SECTION("a phase the file lacks or dates that differ")
    {
        auto phase = buildPackage(c.county(1), {QStringLiteral("2026-concentrated"), kToday, false, kExported});
        requireOk(phase);
        REQUIRE(writePackageFile(*phase, dir.file(QStringLiteral("phase.jbpkg"))).ok());
        CHECK(refusedMessage(db, dir.file(QStringLiteral("phase.jbpkg"))).contains(QStringLiteral("no period")));
        requireOk(PeriodRepository(db).add(PeriodKind::Phase, QStringLiteral("2026-concentrated"),
                                           QStringLiteral("集中"), QDate(2026, 1, 15), QDate(2026, 4, 30)));
        const QString m = refusedMessage(db, dir.file(QStringLiteral("phase.jbpkg")));
        CHECK(m.contains(QStringLiteral("2026-04-30")));
        CHECK(m.contains(QStringLiteral("2026-04-10")));
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM received_packages")) == 0);
}

// Found by tests/fuzz/fuzz_package_reader under UBSan: a figure beyond what a whole number holds (1e300) was
// converted with undefined behaviour and the package accepted. The checksum is no signature (anyone can re-seal a
// package), so the reader itself must refuse it.
TEST_CASE("exchange: a figure too big for a whole number is refused, not converted", "[exchange]")
{
    const QByteArray good = jb::test::readAll(counties().yearPackage.value(QStringLiteral("340122")));
    QJsonObject o = QJsonDocument::fromJson(good).object();
    REQUIRE(parsePackage(good).hasValue());
    const auto setFirst = [&o](const char* array, const QString& path, double value) {
        QJsonArray items = o.value(QLatin1String(array)).toArray();
        REQUIRE_FALSE(items.isEmpty());
        QJsonObject first = items.first().toObject();
        if (path.contains(QLatin1Char('.'))) {
            const QString inner = path.section(QLatin1Char('.'), 0, 0);
            QJsonObject figures = first.value(inner).toObject();
            figures.insert(path.section(QLatin1Char('.'), 1), value);
            first.insert(inner, figures);
        } else {
            first.insert(path, value);
        }
        items.replace(0, first);
        o.insert(QLatin1String(array), items);
    };
    SECTION("a fair's figure")
    {
        setFirst("fairs", QStringLiteral("enterprises"), 1e300);
    }
    SECTION("a negative fair figure")
    {
        setFirst("fairs", QStringLiteral("contracts"), -3);
    }
    SECTION("a unit's figure")
    {
        setFirst("figures", QStringLiteral("figures.contracts"), 1e300);
    }
    o.remove(QStringLiteral("sha256"));
    o.insert(QStringLiteral("sha256"), checksumOf(o));
    const Expected<Package> p = parsePackage(QJsonDocument(o).toJson());
    REQUIRE_FALSE(p.hasValue());
    CHECK(p.error().contains(QStringLiteral("不是非负整数")));
}

TEST_CASE("exchange: a province takes county packages directly, and a city's package wins over its counties'",
          "[exchange]")
{
    const Counties& c = counties();
    ScratchDir dir;
    auto province = newFile(dir, QStringLiteral("province.jobbridge"), "340000");
    QSqlDatabase db = province->connection();
    for (const QString& code : kCounties)
        importOk(db, c.yearPackage.value(code));
    QHash<QString, qint64> sum;
    for (int i = 0; i < kCounties.size(); ++i)
        add(sum, figuresOf(c.own(i, QStringLiteral("2026"))));
    const ReceivedFigures r = received(db, QStringLiteral("340000"), QStringLiteral("2026"));
    requireSame(sum, r.totals, QStringLiteral("province"));
    const qint64 hefei = OrganisationRepository(db).byCode(QStringLiteral("340100"))->id;
    requireSame(sum, r.byChild.value(hefei), QStringLiteral("province: 合肥市"));
    requireSame(sum, received(db, QStringLiteral("340100"), QStringLiteral("2026")).totals, QStringLiteral("合肥市"));

    // 合肥市's own package (figures made up: 7 contracts, 340121 with 3 of them) now speaks for the city.
    Package cityPackage;
    cityPackage.orgCode = QStringLiteral("340100");
    cityPackage.orgName = QStringLiteral("合肥市");
    cityPackage.parentCode = QStringLiteral("340000");
    cityPackage.createdAt = kExported;
    PackageSection section;
    section.period = PeriodRepository::yearPeriod(2026);
    section.asOf = kToday;
    section.units << UnitFigures{QStringLiteral("340100"),
                                 QStringLiteral("合肥市"),
                                 QStringLiteral("prefecture"),
                                 {{QStringLiteral("contracts"), 7}},
                                 {}}
                  << UnitFigures{QStringLiteral("340121"),
                                 QStringLiteral("长丰县"),
                                 QStringLiteral("county"),
                                 {{QStringLiteral("contracts"), 3}},
                                 {}};
    cityPackage.sections << section;
    cityPackage.json = packageToJson(cityPackage, {}, false);
    jb::test::writeAll(dir.file(QStringLiteral("340100.jbpkg")), QJsonDocument(cityPackage.json).toJson());
    importOk(db, dir.file(QStringLiteral("340100.jbpkg")));
    const ReceivedFigures after = received(db, QStringLiteral("340000"), QStringLiteral("2026"));
    CHECK(after.totals.value(QStringLiteral("contracts")) == 7);
    CHECK(after.byChild.value(hefei).value(QStringLiteral("contracts")) == 7);
    CHECK(after.totals.value(QStringLiteral("stable_employment")) == 0);
    const ReceivedFigures hefeiFigures = received(db, QStringLiteral("340100"), QStringLiteral("2026"));
    CHECK(hefeiFigures.totals.value(QStringLiteral("contracts")) == 7);
    const qint64 changfeng = OrganisationRepository(db).byCode(QStringLiteral("340121"))->id;
    CHECK(hefeiFigures.byChild.value(changfeng).value(QStringLiteral("contracts")) == 3);
}

TEST_CASE("exchange: records are anonymised and only there when asked for", "[exchange]")
{
    const Counties& c = counties();
    const auto without = buildPackage(c.county(0), {QStringLiteral("2026"), kToday, false, kExported});
    requireOk(without);
    CHECK_FALSE(without->json.contains(QStringLiteral("records")));
    const auto with = buildPackage(c.county(0), {QStringLiteral("2026"), kToday, true, kExported});
    requireOk(with);
    REQUIRE(with->records > 0);
    const QString text = QString::fromUtf8(QJsonDocument(with->json).toJson());
    for (const QString& field : {QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("phone")}) {
        const QStringList values =
            column(c.county(0), QStringLiteral("SELECT %1 FROM workers WHERE %1 <> '' LIMIT 50").arg(field));
        for (const QString& v : values) {
            INFO(field.toStdString() << " " << v.toStdString());
            CHECK_FALSE(text.contains(v));
        }
    }
    // The checksum covers the records too, and the package reads back.
    auto read = parsePackage(QJsonDocument(with->json).toJson());
    requireOk(read);
    CHECK(read->records == with->records);
}

TEST_CASE("exchange: a city that received three county packages shows the counties' services", "[exchange][services]")
{
    const Counties& c = counties();
    ScratchDir dir;
    auto city = cityFile(dir);
    QSqlDatabase db = city->connection();
    for (const FileImport& r : importPackageFiles(db, c.yearPackage.values()))
        REQUIRE(r.outcome.has_value());
    const Period year = *PeriodRepository(db).find(QStringLiteral("2026"));
    const auto shown = serviceFigures(db, OrganisationRepository(db).home()->id, year, kToday);
    requireOk(shown);
    CHECK(shown->received);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM services")) == 0); // none of its own

    // What the counties' own records give, each over the year to the day its package was made.
    QHash<QString, std::pair<qint64, qint64>> expected;
    InsuranceSplit insurance;
    ProjectCounts projects;
    for (int i = 0; i < kCounties.size(); ++i) {
        ServiceFilter f;
        f.from = QDate(2026, 1, 1);
        f.to = kToday;
        f.orgId = OrganisationRepository(c.county(i)).home()->id;
        const auto totals = serviceTotals(c.county(i), f);
        requireOk(totals);
        for (const ServiceKindTotal& t : *totals) {
            expected[t.kind].first += t.people;
            expected[t.kind].second += t.services;
        }
        const auto split = insuranceSplit(c.county(i), f);
        requireOk(split);
        insurance.people += split->people;
        insurance.total += split->total;
        const auto p = projectCounts(c.county(i), f.orgId, f.from, f.to);
        requireOk(p);
        projects.candidates += p->candidates;
    }
    qint64 services = 0;
    for (const ServiceKindTotal& t : shown->kinds) {
        INFO(t.kind.toStdString());
        CHECK(t.people == expected.value(t.kind).first);
        CHECK(t.services == expected.value(t.kind).second);
        services += t.services;
    }
    CHECK(services > 0);
    CHECK(shown->insurance.people == insurance.people);
    CHECK(shown->insurance.total == insurance.total);
    CHECK(shown->insurance.province + shown->insurance.city == shown->insurance.total);
    CHECK(shown->projects.candidates == projects.candidates);
}
