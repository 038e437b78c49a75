// The demo generator's entry point: checks the file is empty, sets up the shared context (home, sub-units,
// reference ids, settings), runs the parts in one transaction, then adds periods, targets and the audit entry.

#include "core/demo/DemoGenerator.h"

#include "core/audit/AuditLog.h"
#include "core/demo/DemoContext.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoStaging.h"
#include "core/storage/ActivitySummary.h"
#include "core/storage/CountSummaries.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
#include "core/storage/WorkerSearchIndex.h"
#include "core/validation/AreaCodes.h"

#include <QSet>
#include <QSqlQuery>

namespace jb::core {

namespace {

using demo::Context;
using demo::DemoRandom;
using demo::RowInserter;
using demo::SubUnit;

// Upper bounds that keep a typo (an extra zero or three) from filling the disk.
constexpr int kMaxWorkers = 5'000'000;
constexpr int kMaxEnterprises = 1'000'000;
constexpr int kMaxVacancies = 5'000'000;
constexpr int kMaxFairs = 10'000;

// Streams of the PRNG, one per part, so that e.g. more workers do not change the enterprises.
enum Stream : quint64 { kSetupStream = 1 };

Expected<QVariant> scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return Expected<QVariant>::failure(describeSqlError(q, sql));
    return q.value(0);
}

// Pragmas that make a large insert fast, restored afterwards whatever happens; they can only change outside a
// transaction, hence a guard around the Transaction rather than inside it.
// - A large page cache while generating, and temporary storage in memory (the staging tables when no scratch
//   file can be attached; see DemoStaging.h).
// - Foreign keys off: the generator only writes ids it has just read or inserted, and the tests prove the result
//   with PRAGMA foreign_key_check; checking every row cost a third of the run.
// - The rollback journal instead of WAL while generating, when no other connection has the file open: WAL would
//   write every new page twice (log, then checkpoint) and leave a log as large as the data behind. Appending to
//   an empty file journals almost nothing, and a rollback still undoes everything.
class PragmaGuard final
{
public:
    explicit PragmaGuard(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_cacheSize = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next())
            m_foreignKeys = q.value(0).toInt() != 0;
        if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
            m_tempStore = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
            q.finish();
            m_restoreWal = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next() &&
                           q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
        }
    }
    ~PragmaGuard()
    {
        QSqlQuery q(m_db);
        if (m_restoreWal)
            q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
        if (m_foreignKeys)
            q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    PragmaGuard(const PragmaGuard&) = delete;
    PragmaGuard& operator=(const PragmaGuard&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_cacheSize = -2000;
    int m_tempStore = 0;
    bool m_foreignKeys = true;
    bool m_restoreWal = false;
};

Message optionProblem(const DemoOptions& o)
{
    if (o.workers < 0 || o.workers > kMaxWorkers)
        return JB_TR("Demo", "The number of workers must be between 0 and %1").arg(kMaxWorkers);
    if (o.enterprises < 0 || o.enterprises > kMaxEnterprises)
        return JB_TR("Demo", "The number of enterprises must be between 0 and %1").arg(kMaxEnterprises);
    if (o.vacancies < -1 || o.vacancies > kMaxVacancies)
        return JB_TR("Demo",
                     "The number of vacancies must be between 0 and %1 (-1: chosen from the number of enterprises)")
            .arg(kMaxVacancies);
    if (o.vacancies > 0 && o.enterprises == 0)
        return JB_TR("Demo", "Vacancies need at least one enterprise");
    if (o.fairs < 0 || o.fairs > kMaxFairs)
        return JB_TR("Demo", "The number of job fairs must be between 0 and %1").arg(kMaxFairs);
    if (o.today.isValid() && o.today.year() < 1990)
        return JB_TR("Demo", "The demo's \"today\" cannot be before 1990");
    return {};
}

Status loadHome(Context& ctx)
{
    QSqlQuery q(ctx.db);
    if (!q.exec(QStringLiteral("SELECT id, code, name, parent_id FROM organisations WHERE is_home = 1")))
        return Status::failure(describeSqlError(q, QStringLiteral("home organisation")));
    if (!q.next())
        return Status::failure(JB_TR("Demo", "The file has no home organisation, so no demo data can be generated"));
    ctx.homeId = q.value(0).toLongLong();
    ctx.homeCode = q.value(1).toString();
    ctx.homeName = q.value(2).toString();
    qint64 parent = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    ctx.homeShort = demo::shortPlaceName(ctx.homeName);

    // Walk up the tree for the city and province that hold fairs the county takes part in.
    QSqlQuery up(ctx.db);
    up.prepare(QStringLiteral("SELECT id, name, kind, parent_id FROM organisations WHERE id = ?"));
    for (int depth = 0; parent != 0 && depth < 8; ++depth) {
        up.addBindValue(parent);
        if (!up.exec() || !up.next())
            break;
        const QString kind = up.value(2).toString();
        if (kind == QLatin1String("prefecture") && ctx.cityId == 0) {
            ctx.cityId = up.value(0).toLongLong();
            ctx.cityName = up.value(1).toString();
        } else if (kind == QLatin1String("province")) {
            ctx.provinceId = up.value(0).toLongLong();
            ctx.provinceName = up.value(1).toString();
        }
        parent = up.value(3).isNull() ? 0 : up.value(3).toLongLong();
    }

    const AreaCodes& codes = AreaCodes::instance();
    ctx.homeFullName = codes.fullName(ctx.homeCode);
    if (ctx.homeFullName.isEmpty())
        ctx.homeFullName = ctx.provinceName + ctx.cityName + ctx.homeName;
    // The six-digit code of a county for ID numbers and credit codes: the home itself, or a county under it.
    QString area = ctx.homeCode;
    for (int depth = 0; depth < 3 && codes.current(area) && codes.current(area)->level != AreaCodes::Level::County;
         ++depth) {
        const auto children = codes.children(area);
        if (children.isEmpty())
            break;
        area = children.first().code;
    }
    ctx.homeAreaCode = codes.isKnownAddressCode(area) ? area : QStringLiteral("340122");
    return {};
}

void defineSubUnits(Context& ctx)
{
    const demo::DemoTables& t = demo::demoTables();
    if (ctx.homeCode == QLatin1String("340122")) {
        for (const demo::TownSeed& town : t.feidongTowns) {
            SubUnit u;
            u.name = town.name;
            u.shortName = town.shortName;
            u.park = town.park;
            u.workerWeight = town.workerWeight;
            u.enterpriseWeight = town.enterpriseWeight;
            ctx.units.append(u);
        }
    } else {
        // Anywhere else: generic street offices with uneven weights, and one development zone.
        static const int workerWeights[] = {14, 11, 9, 8, 6, 5, 4, 3};
        static const int enterpriseWeights[] = {10, 8, 6, 5, 3, 3, 2, 2};
        for (int i = 0; i < 8; ++i) {
            SubUnit u;
            u.name = QStringLiteral("第%1街道").arg(t.chineseNumerals.at(i));
            u.shortName = ctx.homeShort;
            u.workerWeight = workerWeights[i];
            u.enterpriseWeight = enterpriseWeights[i];
            ctx.units.append(u);
        }
        SubUnit park;
        park.name = ctx.homeShort + QStringLiteral("经济开发区");
        park.shortName = ctx.homeShort;
        park.park = true;
        park.workerWeight = 1;
        park.enterpriseWeight = 24;
        ctx.units.append(park);
    }
    std::vector<qint64> byWorkers;
    std::vector<qint64> byEnterprises;
    for (SubUnit& u : ctx.units) {
        u.place = (u.name.startsWith(ctx.homeShort) ? QString() : ctx.homeName) + u.name;
        byWorkers.push_back(u.workerWeight);
        byEnterprises.push_back(u.enterpriseWeight);
    }
    ctx.unitsByWorkers.reset(byWorkers);
    ctx.unitsByEnterprises.reset(byEnterprises);
}

// Inserts the sub-units under the home (reusing any the officer already added with the same name). Codes follow
// OrganisationRepository::addSubUnit: home code, a dash, a three-digit serial.
Status insertSubUnits(Context& ctx, DemoRandom& rng)
{
    QSet<QString> taken;
    QHash<QString, qint64> existing;
    QSqlQuery q(ctx.db);
    if (!q.exec(QStringLiteral("SELECT code, name, parent_id, id FROM organisations")))
        return Status::failure(describeSqlError(q, QStringLiteral("organisations")));
    while (q.next()) {
        taken.insert(q.value(0).toString());
        if (q.value(2).toLongLong() == ctx.homeId)
            existing.insert(q.value(1).toString(), q.value(3).toLongLong());
    }
    RowInserter insert(ctx.db, "organisations", "code,name,kind,parent_id,created_at");
    if (!insert.isReady())
        return Status::failure(insert.error(QStringLiteral("organisations")));
    int serial = 0;
    const QString stamp = ctx.stamp(ctx.windowStart - 30, rng);
    for (SubUnit& u : ctx.units) {
        if (existing.contains(u.name)) {
            u.id = existing.value(u.name);
            continue;
        }
        QString code;
        do {
            code = QStringLiteral("%1-%2").arg(ctx.homeCode).arg(++serial, 3, 10, QLatin1Char('0'));
        } while (taken.contains(code));
        taken.insert(code);
        insert.set(0, code);
        insert.set(1, u.name);
        insert.set(2, u.park ? QStringLiteral("park") : QStringLiteral("town"));
        insert.set(3, ctx.homeId);
        insert.set(4, stamp);
        if (!insert.exec())
            return Status::failure(insert.error(QStringLiteral("organisations")));
        u.id = insert.lastId();
    }
    return {};
}

Status readSettings(Context& ctx)
{
    QSqlQuery q(ctx.db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings")))
        return Status::failure(describeSqlError(q, QStringLiteral("settings")));
    double share = 0.5;
    while (q.next()) {
        const QString key = q.value(0).toString();
        bool ok = false;
        const double v = q.value(1).toString().toDouble(&ok);
        if (!ok)
            continue;
        if (key == QLatin1String("stable_months") && v >= 1 && v <= 24)
            ctx.stableMonths = static_cast<int>(v);
        else if (key == QLatin1String("promise_days") && v >= 1 && v <= 60)
            ctx.promiseDays = static_cast<int>(v);
        else if (key == QLatin1String("insurance_premium_yuan") && v > 0 && v < 10000)
            ctx.insurancePremium = static_cast<int>(v);
        else if (key == QLatin1String("insurance_province_share") && v >= 0 && v <= 1)
            share = v;
    }
    ctx.insuranceProvinceShare = static_cast<int>(ctx.insurancePremium * share + 0.5);
    return {};
}

struct PeriodIds
{
    qint64 year = 0;
    qint64 phase = 0;
};

Expected<PeriodIds> insertPeriods(Context& ctx)
{
    using Result = Expected<PeriodIds>;
    QSqlQuery insert(ctx.db);
    insert.prepare(QStringLiteral("INSERT INTO periods (kind, name, label, starts_on, ends_on) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT (name) DO NOTHING"));
    QSqlQuery find(ctx.db);
    find.prepare(QStringLiteral("SELECT id FROM periods WHERE name = ?"));
    auto add = [&](const char* kind, const QString& name, const QString& label, const QDate& from,
                   const QDate& to) -> qint64 {
        insert.addBindValue(QString::fromLatin1(kind));
        insert.addBindValue(name);
        insert.addBindValue(label);
        insert.addBindValue(from.toString(Qt::ISODate));
        insert.addBindValue(to.toString(Qt::ISODate));
        if (!insert.exec())
            return 0;
        find.addBindValue(name);
        if (!find.exec() || !find.next())
            return 0;
        return find.value(0).toLongLong();
    };
    const int y = ctx.year;
    PeriodIds ids;
    ids.year = add("year", QString::number(y), QStringLiteral("%1年").arg(y), QDate(y, 1, 1), QDate(y, 12, 31));
    ids.phase = add("phase", QStringLiteral("%1-concentrated").arg(y), QStringLiteral("%1年集中行动阶段").arg(y),
                    QDate(y, 1, 15), QDate(y, 4, 10));
    if (ids.year == 0 || ids.phase == 0)
        return Result::failure(describeSqlError(insert, QStringLiteral("periods")));
    for (int m = 1; m <= 12; ++m) {
        const QDate first(y, m, 1);
        if (add("month", QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0')),
                QStringLiteral("%1年%2月").arg(y).arg(m), first, first.addMonths(1).addDays(-1)) == 0)
            return Result::failure(describeSqlError(insert, QStringLiteral("periods")));
    }
    return ids;
}

// Rounds a target the way a plan states it: to tens above 100, to hundreds above 2,000.
qint64 planRound(qint64 v)
{
    if (v >= 2000)
        return (v + 50) / 100 * 100;
    if (v >= 100)
        return (v + 5) / 10 * 10;
    return std::max<qint64>(v, 1);
}

Status insertTargets(Context& ctx, const PeriodIds& periods)
{
    // Values for one of ~104 counties (the province's 3831 / 2626 figures divided out), scaled by the size of the
    // demo relative to the default 300 enterprises and 5,000 workers so the charts stay meaningful.
    const qint64 e = std::max(1, ctx.options.enterprises);
    const qint64 w = std::max(1, ctx.options.workers);
    auto byEnterprises = [&](qint64 base) { return planRound(base * e / 300); };
    auto byWorkers = [&](qint64 base) { return planRound(base * w / 5000); };
    struct Row
    {
        qint64 period;
        const char* metric;
        qint64 value;
    };
    const Row rows[] = {
        {periods.year, "enterprises_visited", byEnterprises(290)},
        {periods.year, "jobs_collected", byEnterprises(7700)},
        {periods.year, "job_fairs", 20},
        {periods.year, "stable_employment", byWorkers(960)},
        {periods.year, "intentions", byWorkers(1500)},
        {periods.year, "contracts", byWorkers(1100)},
        {periods.year, "people_trained", byWorkers(600)},
        {periods.phase, "enterprises_visited", byEnterprises(190)},
        {periods.phase, "jobs_collected", byEnterprises(5800)},
        {periods.phase, "job_fairs", 15},
        {periods.phase, "stable_employment", byWorkers(580)},
    };
    QSqlQuery insert(ctx.db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO targets (org_id, period_id, metric, value, note) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    // Stored with the targets, in the language of the officer who made the file.
    const QString note = JB_TR("Demo", "demo data").text();
    auto add = [&](qint64 org, qint64 period, const QString& metric, qint64 value) {
        insert.addBindValue(org);
        insert.addBindValue(period);
        insert.addBindValue(metric);
        insert.addBindValue(static_cast<double>(value));
        insert.addBindValue(note);
        if (!insert.exec())
            return false;
        ctx.summary.targets += insert.numRowsAffected();
        return true;
    };
    for (const Row& r : rows) {
        if (!add(ctx.homeId, r.period, QString::fromLatin1(r.metric), r.value))
            return Status::failure(describeSqlError(insert, QStringLiteral("targets")));
        // The year's visits and jobs are split to the sub-units by their share of enterprises (largest
        // remainder), so the sub-units' targets add up exactly to the county's.
        const bool split = r.period == periods.year &&
                           (qstrcmp(r.metric, "enterprises_visited") == 0 || qstrcmp(r.metric, "jobs_collected") == 0);
        if (!split || ctx.units.isEmpty())
            continue;
        qint64 totalWeight = 0;
        for (const SubUnit& u : ctx.units)
            totalWeight += u.enterpriseWeight;
        QVector<qint64> share(ctx.units.size());
        QVector<QPair<qint64, int>> remainders;
        qint64 assigned = 0;
        for (int i = 0; i < ctx.units.size(); ++i) {
            share[i] = r.value * ctx.units.at(i).enterpriseWeight / totalWeight;
            assigned += share[i];
            remainders.append({-(r.value * ctx.units.at(i).enterpriseWeight % totalWeight), i});
        }
        std::sort(remainders.begin(), remainders.end());
        for (int k = 0; assigned < r.value; ++k, ++assigned)
            ++share[remainders.at(k % remainders.size()).second];
        for (int i = 0; i < ctx.units.size(); ++i)
            if (!add(ctx.units.at(i).id, r.period, QString::fromLatin1(r.metric), share.at(i)))
                return Status::failure(describeSqlError(insert, QStringLiteral("targets")));
    }
    return {};
}

// Everything the parts need before the first record: the file must hold no records yet (checked inside the
// transaction, so nothing can slip in between the check and the first insert), then the home, reference ids,
// settings, sub-units and officers.
Status prepare(Context& ctx, DemoRandom& setupRng)
{
    const auto existing = scalar(ctx.db, QStringLiteral("SELECT (SELECT COUNT(*) FROM workers) + "
                                                        "(SELECT COUNT(*) FROM enterprises)"));
    if (!existing)
        return Status::failure(existing.message());
    if (existing->toLongLong() > 0)
        return Status::failure(JB_TR("Demo", "The file already holds enterprises or workers. Demo data can only be "
                                             "generated into a new, empty file; the file was not changed"));
    if (Status s = loadHome(ctx); !s)
        return s;
    if (Status s = ctx.refs.load(ctx.db); !s)
        return s;
    if (Status s = readSettings(ctx); !s)
        return s;
    defineSubUnits(ctx);
    if (Status s = insertSubUnits(ctx, setupRng); !s)
        return s;
    for (int i = 0; i < 6; ++i)
        ctx.officers << demo::personName(setupRng, setupRng.percent(45));
    return {};
}

// Millions of rows: one recount of the activity summary, of the contracts' start days, of the referrals per key
// group and of the promise parts, and one pass over the names for the search index afterwards are far cheaper than
// their per-row triggers.
// Generated workers have no import fingerprint to clear: the links need not look for one.
Status dropBulkTriggers(QSqlDatabase db)
{
    if (Status s = summary::dropTriggers(db); !s)
        return s;
    if (Status s = execStatements(db, search::dropTriggerStatements(), QStringLiteral("search index")); !s)
        return s;
    if (Status s = execStatements(db, counts::dropTriggerStatements(), QStringLiteral("count summaries")); !s)
        return s;
    if (Status s = execStatements(db, schema::dropContractOnTriggerStatements(), QStringLiteral("contract start")); !s)
        return s;
    if (Status s = execStatements(db, schema::dropKeyGroupCountTriggerStatements(), QStringLiteral("key groups")); !s)
        return s;
    if (Status s = execStatements(db, schema::dropPromisePartTriggerStatements(), QStringLiteral("promise parts")); !s)
        return s;
    return execStatements(db, schema::dropFingerprintTriggerStatements(), QStringLiteral("fingerprint"));
}

Status restoreBulkTriggers(QSqlDatabase db)
{
    // The demo's services name their projects by text; each becomes a project record, as the v10 upgrade does.
    if (Status s = execStatements(db, schema::projectAdoptionStatements(), QStringLiteral("projects")); !s)
        return s;
    if (Status s = summary::rebuild(db); !s)
        return s;
    if (Status s = summary::createTriggers(db); !s)
        return s;
    if (Status s = execStatements(db, counts::fillStatements() + counts::triggerStatements(),
                                  QStringLiteral("count summaries"));
        !s)
        return s;
    if (Status s = execStatements(db, schema::fingerprintTriggerStatements(), QStringLiteral("fingerprint")); !s)
        return s;
    if (Status s =
            execStatements(db, QStringList{schema::contractOnFillStatement()} + schema::contractOnTriggerStatements(),
                           QStringLiteral("contract start"));
        !s)
        return s;
    if (Status s = execStatements(db, schema::keyGroupCountFillStatements() + schema::keyGroupCountTriggerStatements(),
                                  QStringLiteral("key groups"));
        !s)
        return s;
    if (Status s = execStatements(db, schema::promisePartFillStatements() + schema::promisePartTriggerStatements(),
                                  QStringLiteral("promise parts"));
        !s)
        return s;
    return execStatements(db, QStringList{search::fillStatement()} + search::triggerStatements(),
                          QStringLiteral("search index"));
}

// The audit note names the demo in the officer's language; the figures are a record for whoever reads the log.
Status auditDemo(const Context& ctx)
{
    const DemoSummary& sum = ctx.summary;
    const QString note =
        JB_TR("Demo", "demo data").text() +
        QStringLiteral(": seed %1, today %2; %3 enterprises, %4 vacancies, %5 workers, %6 job fairs, "
                       "%7 referrals, %8 services, %9 snapshots, %10 targets")
            .arg(QString::number(ctx.options.seed), ctx.options.today.toString(Qt::ISODate),
                 QString::number(sum.enterprises), QString::number(sum.vacancies), QString::number(sum.workers),
                 QString::number(sum.fairs), QString::number(sum.referrals), QString::number(sum.services),
                 QString::number(sum.snapshots))
            .arg(sum.targets);
    return appendAudit(ctx.db, {QStringLiteral("demo"), QString(), 0, QString(), {}, {}, note});
}

} // namespace

Expected<DemoSummary> generateDemo(QSqlDatabase db, const DemoOptions& options,
                                   const std::function<bool(int)>& progress)
{
    using Result = Expected<DemoSummary>;
    if (const Message problem = optionProblem(options); !problem.isEmpty())
        return Result::failure(problem);
    if (!db.isOpen())
        return Result::failure(JB_TR("Demo", "The file is not open"));

    Context ctx(db, options, progress);
    DemoRandom setupRng(ctx.seed, kSetupStream);

    PragmaGuard pragmas(db);
    // Attached before the transaction begins and detached after it ends, as SQLite requires.
    std::unique_ptr<demo::StagingFile> stagingFile;
    if (options.workers > 0) {
        stagingFile = std::make_unique<demo::StagingFile>(db);
        ctx.stagingFile = stagingFile.get();
    }
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    if (Status s = prepare(ctx, setupRng); !s)
        return Result::failure(s.message());

    const qint64 vacancies = options.vacancies < 0 ? 4LL * options.enterprises : options.vacancies;
    ctx.progress.setTotal(4LL * options.enterprises + vacancies + 40LL * options.fairs + 6LL * options.workers);
    ctx.progress.advance(0);
    if (Status s = dropBulkTriggers(db); !s)
        return Result::failure(s.message());
    using Part = Status (*)(Context&);
    for (Part part : {demo::generateEnterprises, demo::generateVacancies, demo::generateFairs, demo::generateWorkers,
                      demo::linkFairAttendees}) {
        if (Status s = part(ctx); !s)
            return Result::failure(s.message());
        if (ctx.progress.cancelled())
            return Result::failure(demo::cancelledMessage());
    }
    if (Status s = restoreBulkTriggers(db); !s)
        return Result::failure(s.message());

    const Expected<PeriodIds> periods = insertPeriods(ctx);
    if (!periods)
        return Result::failure(periods.message());
    if (Status s = insertTargets(ctx, *periods); !s)
        return Result::failure(s.message());
    if (Status s = auditDemo(ctx); !s)
        return Result::failure(s.message());

    if (!ctx.progress.finish())
        return Result::failure(demo::cancelledMessage());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return ctx.summary;
}

} // namespace jb::core
