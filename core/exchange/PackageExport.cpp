// Builds a package from loadProgress() of the home organisation and of each direct sub-unit, per period.

#include "core/exchange/PackageExport.h"

#include "core/domain/Clock.h"
#include "core/domain/Organisation.h"
#include "core/fairs/FairFigures.h"
#include "core/metrics/Progress.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/services/ServiceFigures.h"
#include "core/storage/FileCommit.h"
#include "core/storage/SqlError.h"
#include "core/targets/PeriodRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace jb::core::exchange {

namespace {

UnitFigures unitFrom(const Progress& p)
{
    UnitFigures u;
    u.code = p.org.code;
    u.name = p.org.name;
    u.kind = orgKindKey(p.org.kind);
    for (const MetricProgress& m : p.metrics)
        u.totals.insert(metricInfo(m.metric).key, m.actual);
    u.totals.insert(QStringLiteral("recommended"), p.funnel.value(0));
    u.totals.insert(QStringLiteral("interviewed"), p.funnel.value(1));
    u.totals.insert(QStringLiteral("hardship_registered"), p.promise.registered);
    u.totals.insert(QStringLiteral("hardship_served_late"), p.promise.servedLate);
    u.totals.insert(QStringLiteral("hardship_due"), p.promise.due);
    u.totals.insert(QStringLiteral("hardship_overdue"), p.promise.overdue);
    for (const FairLevelCount& f : p.fairsByLevel)
        u.totals.insert(fairLevelKey(f.level), f.fairs);
    for (const KeyGroupFigures& g : p.byKeyGroup)
        u.keyGroups.insert(g.code, g.actual);
    return u;
}

// The periods a package carries: the one asked for, then the year it lies in and every stored phase overlapping
// it, so the receiver can show a month, the year to date and the phase from one package.
Expected<QVector<Period>> periodsFor(QSqlDatabase db, const Period& main)
{
    QVector<Period> out{main};
    if (main.kind != PeriodKind::Year) {
        const Period year = PeriodRepository::yearPeriod(main.start.year());
        auto stored = PeriodRepository(db).find(year.name);
        out << (stored ? *stored : year);
    }
    auto all = PeriodRepository(db).all();
    if (!all)
        return Expected<QVector<Period>>::failure(all.message());
    for (const Period& p : *all)
        if (p.kind == PeriodKind::Phase && p.name != main.name && p.start <= main.end && p.end >= main.start)
            out << p;
    return out;
}

Expected<QVector<PackageFair>> fairsOf(QSqlDatabase db, qint64 homeId, const Period& period, const QDate& asOf)
{
    QSqlQuery q(db);
    // The package keeps format 1's fields: the form as its old mode, jobs as the posts' headcount, attendees as the
    // reported visits, intentions and contracts as the larger of the recorded and the reported (fairFigureColumns).
    q.prepare(QStringLiteral("SELECT o.code, f.name, f.held_on, f.organiser_level, %1 FROM organisation_tree t "
                             "CROSS JOIN job_fairs f ON f.org_id = t.org_id JOIN organisations o ON o.id = f.org_id "
                             "JOIN fair_figures x ON x.fair_id = f.id WHERE t.ancestor_id = ? AND f.status <> "
                             "'planned' AND f.held_on BETWEEN ? AND ? ORDER BY f.held_on, f.id")
                  .arg(fairFigureColumns()));
    q.addBindValue(homeId);
    q.addBindValue(period.start.toString(Qt::ISODate));
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return Expected<QVector<PackageFair>>::failure(describeSqlError(q, QStringLiteral("job fairs")));
    QVector<PackageFair> out;
    while (q.next()) {
        PackageFair f;
        f.orgCode = q.value(0).toString();
        f.name = q.value(1).toString();
        f.heldOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        f.organiserLevel = q.value(3).toString();
        f.mode = q.value(4).toString();
        f.enterprises = q.value(5).toLongLong();
        f.jobsOffered = q.value(6).toLongLong();
        f.attendees = q.value(7).toLongLong();
        f.intentions = q.value(8).toLongLong();
        f.contracts = q.value(9).toLongLong();
        out << f;
    }
    return out;
}

// Referral stages reached and services given in the period, by sub-unit code and key groups only: no names,
// ID numbers, phones, addresses or dates of birth leave the file.
Expected<QJsonArray> anonymisedRecords(QSqlDatabase db, qint64 homeId, const Period& period, const QDate& asOf)
{
    const QString groups = QStringLiteral("(SELECT group_concat(k.code, ',') FROM worker_key_groups g "
                                          "JOIN reference_items k ON k.id = g.key_group_id WHERE g.worker_id = w.id)");
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT 'referral', r.id, o.code, %1, s.stage, min(s.occurred_on) FROM organisation_tree t "
                       "CROSS JOIN workers w ON w.org_id = t.org_id JOIN organisations o ON o.id = w.org_id "
                       "JOIN referrals r ON r.worker_id = w.id JOIN referral_stages s ON s.referral_id = r.id "
                       "WHERE t.ancestor_id = ? GROUP BY r.id, s.stage HAVING min(s.occurred_on) BETWEEN ? AND ? "
                       "UNION ALL "
                       "SELECT 'service', v.id, o.code, %1, k.code, v.provided_on FROM organisation_tree t "
                       "CROSS JOIN services v ON v.org_id = t.org_id JOIN organisations o ON o.id = v.org_id "
                       "JOIN reference_items k ON k.id = v.service_type_id LEFT JOIN workers w ON w.id = v.worker_id "
                       "WHERE t.ancestor_id = ? AND v.provided_on BETWEEN ? AND ? ORDER BY 1, 2, 6")
            .arg(groups));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(homeId);
        q.addBindValue(period.start.toString(Qt::ISODate));
        q.addBindValue(asOf.toString(Qt::ISODate));
    }
    if (!q.exec())
        return Expected<QJsonArray>::failure(describeSqlError(q, QStringLiteral("records")));
    QJsonArray out;
    QJsonObject current;
    QString currentKey;
    QJsonObject stages;
    auto flush = [&]() {
        if (currentKey.isEmpty())
            return;
        if (!stages.isEmpty())
            current.insert(QStringLiteral("stages"), stages);
        out.append(current);
    };
    int serial = 0;
    while (q.next()) {
        const QString key = q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        const bool referral = q.value(0).toString() == QLatin1String("referral");
        if (key != currentKey || !referral) {
            flush();
            currentKey = key;
            stages = {};
            // A serial, not the record id: ids would let the receiver match records across packages.
            current = QJsonObject{{QStringLiteral("n"), ++serial},
                                  {QStringLiteral("kind"), q.value(0).toString()},
                                  {QStringLiteral("unit"), q.value(2).toString()},
                                  {QStringLiteral("key_groups"), QJsonArray::fromStringList(q.value(3).toString().split(
                                                                     QLatin1Char(','), Qt::SkipEmptyParts))}};
            if (!referral) {
                current.insert(QStringLiteral("type"), q.value(4).toString());
                current.insert(QStringLiteral("on"), q.value(5).toString());
            }
        }
        if (referral)
            stages.insert(q.value(4).toString(), q.value(5).toString());
    }
    flush();
    return out;
}

} // namespace

Expected<Package> buildPackage(QSqlDatabase db, const ExportOptions& options)
{
    using Result = Expected<Package>;
    OrganisationRepository orgs(db);
    const auto home = orgs.home();
    if (!home)
        return Result::failure(home.message());
    const auto main = PeriodRepository(db).find(options.period);
    if (!main)
        return Result::failure(main.message());
    const auto periods = periodsFor(db, *main);
    if (!periods)
        return Result::failure(periods.message());
    const auto children = orgs.children(home->id);
    if (!children)
        return Result::failure(children.message());
    const QDate today = options.today.isValid() ? options.today : Clock::today();
    const QDate asOf = std::min(today, main->end);

    Package p;
    p.orgCode = home->code;
    p.orgName = home->name;
    if (home->parentId)
        if (const auto parent = orgs.byId(*home->parentId))
            p.parentCode = parent->code;
    p.createdAt = options.createdAt.isValid() ? options.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
    for (const Period& period : *periods) {
        PackageSection section;
        section.period = period;
        section.period.id = 0;
        section.asOf = std::min(asOf, period.end);
        QVector<Organisation> units{*home};
        units += *children;
        for (const Organisation& unit : std::as_const(units)) {
            const auto progress = loadProgress(db, unit.id, period, asOf);
            if (!progress)
                return Result::failure(progress.message());
            section.units << unitFrom(*progress);
            // The services per kind, the insurance split and the projects (core/services/ServiceFigures.h).
            if (Status s = addServiceFigures(db, unit.id, period.start, section.asOf, section.units.last().totals); !s)
                return Result::failure(s.message());
        }
        p.sections << section;
    }
    auto fairs = fairsOf(db, home->id, *main, asOf);
    if (!fairs)
        return Result::failure(fairs.message());
    p.fairs = *fairs;
    QJsonArray records;
    if (options.withRecords) {
        auto r = anonymisedRecords(db, home->id, *main, asOf);
        if (!r)
            return Result::failure(r.message());
        records = *r;
        p.records = static_cast<int>(records.size());
    }
    p.json = packageToJson(p, records, options.withRecords);
    p.sha256 = p.json.value(QStringLiteral("sha256")).toString();
    return p;
}

Status writePackageFile(const Package& package, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(fileWriteProblem(path, file.errorString()));
    file.write(QJsonDocument(package.json).toJson(QJsonDocument::Indented));
    return commitSaveFile(file);
}

QString suggestedFileName(const Package& package)
{
    return QStringLiteral("%1-%2.jbpkg").arg(package.orgCode, package.main().period.name);
}

} // namespace jb::core::exchange
