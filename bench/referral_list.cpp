// Times the 推荐就业 page's referral list on a large file (issue 13: the first window, any filter and any sort,
// ≤ 100 ms): every column sorted both ways with no filter, every stage filter, enterprise, key group, officer,
// date range, follow-up due and stale, and a few filters with a sort — each case is the count plus the first window
// of 200 rows, as the page reads them — then the last window of the default sort. The statements of each case are
// written to --sql-dir so bench/referral_list.sh can hand the very same SQL to sqlite3.
//
//   jb_bench_referral_list FILE.jobbridge [--today YYYY-MM-DD] [--runs N] [--sql-dir DIR] [--only TEXT]

#include "core/placement/ReferralList.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace jb::core;

namespace {

constexpr int kWindow = 200;
constexpr double kGoalMs = 100;

struct Case
{
    QString name;
    ReferralFilter filter;
    ReferralSort sort;
    bool lastWindow = false;
};

double cpuMs()
{
    return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// One run: a fresh query (as the page makes on every filter or sort change), its count, its window.
bool runOnce(QSqlDatabase db, const Case& c, const QDate& today, double& wall, double& cpu, QStringList* statements)
{
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuMs();
    Expected<ReferralListQuery> q = ReferralListQuery::create(db, c.filter, c.sort, today);
    if (!q)
        return false;
    q->recordStatements(statements != nullptr);
    const Expected<qint64> n = q->count();
    if (!n)
        return false;
    const qint64 offset = c.lastWindow ? std::max<qint64>(0, *n - kWindow) : 0;
    if (!q->fetch(offset, kWindow))
        return false;
    wall = static_cast<double>(t.nsecsElapsed()) / 1e6;
    cpu = cpuMs() - cpu0;
    if (statements)
        *statements = q->recordedStatements();
    return true;
}

QVector<Case> cases(QSqlDatabase db, const QDate& today)
{
    QVector<Case> all;
    static const char* const columns[] = {"person", "ID number", "enterprise", "post", "stage", "stage day", "officer"};
    for (int c = 0; c < static_cast<int>(ReferralColumn::Count); ++c)
        for (bool descending : {false, true})
            all << Case{
                QStringLiteral("sort %1 %2").arg(QLatin1String(columns[c]), QLatin1String(descending ? "desc" : "asc")),
                {},
                ReferralSort{static_cast<ReferralColumn>(c), descending}};
    for (int s = 1; s < static_cast<int>(ReferralListStage::Count); ++s) {
        Case c{QStringLiteral("stage %1").arg(s), {}, {}};
        c.filter.stage = static_cast<ReferralListStage>(s);
        c.name = QStringLiteral("stage: ") + referralListStageName(c.filter.stage).sourceText();
        all << c;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT enterprise_id FROM referrals GROUP BY enterprise_id ORDER BY count(*) DESC LIMIT 1"));
    const qint64 enterprise = q.next() ? q.value(0).toLongLong() : 0;
    q.exec(QStringLiteral("SELECT id FROM reference_items WHERE list = 'key_group' AND code = 'migrant_worker'"));
    const qint64 migrant = q.next() ? q.value(0).toLongLong() : 0;
    const Expected<QStringList> officers = referralOfficers(db);
    const QString officer = officers && !officers->isEmpty() ? officers->first() : QString();
    Case e{QStringLiteral("enterprise (the busiest)"), {}, {}};
    e.filter.enterpriseId = enterprise;
    Case k{QStringLiteral("key group: migrant workers"), {}, {}};
    k.filter.keyGroupId = migrant;
    Case o{QStringLiteral("officer"), {}, {}};
    o.filter.officer = officer;
    Case d{QStringLiteral("date range: last 30 days"), {}, {}};
    d.filter.from = today.addDays(-30);
    d.filter.to = today;
    Case f{QStringLiteral("follow-up due"), {}, {}};
    f.filter.followUpDue = true;
    Case st{QStringLiteral("stale"), {}, {}};
    st.filter.stale = true;
    all << e << k << o << d << f << st;
    Case kn = k;
    kn.name = QStringLiteral("key group, sorted by person");
    kn.sort = {ReferralColumn::Worker, false};
    Case on = o;
    on.name = QStringLiteral("officer + open, sorted by enterprise");
    on.filter.stage = ReferralListStage::Open;
    on.sort = {ReferralColumn::Enterprise, false};
    Case sp = st;
    sp.name = QStringLiteral("stale, sorted by post");
    sp.sort = {ReferralColumn::Post, true};
    Case fs = f;
    fs.name = QStringLiteral("follow-up due, sorted by stage day");
    fs.sort = {ReferralColumn::StageOn, false};
    Case last{QStringLiteral("last window, default sort"), {}, {}, true};
    Case lastName{QStringLiteral("last window, sorted by person"), {}, {ReferralColumn::Worker, false}, true};
    all << kn << on << sp << fs << last << lastName;
    return all;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QDate today = QDate::currentDate();
    int runs = 3;
    QString path, sqlDir, only;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--today") && i + 1 < args.size())
            today = QDate::fromString(args[++i], Qt::ISODate);
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--sql-dir") && i + 1 < args.size())
            sqlDir = args[++i];
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i];
        else
            path = args[i];
    }
    auto file = Database::open(path);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error()));
        return 2;
    }
    QSqlDatabase db = (*file)->connection();
    std::printf("%-44s %10s %9s %9s  goal %.0f ms\n", "case (count + first window of 200)", "rows", "wall ms", "cpu ms",
                kGoalMs);
    int index = 0, missed = 0;
    for (const Case& c : cases(db, today)) {
        ++index;
        if (!only.isEmpty() && !c.name.contains(only))
            continue;
        std::vector<double> walls, cpus;
        QStringList statements;
        for (int r = 0; r < runs; ++r) {
            double wall = 0, cpu = 0;
            if (!runOnce(db, c, today, wall, cpu, r == 0 ? &statements : nullptr)) {
                std::printf("%-44s FAILED\n", qPrintable(c.name));
                return 1;
            }
            walls.push_back(wall);
            cpus.push_back(cpu);
        }
        std::sort(walls.begin(), walls.end());
        std::sort(cpus.begin(), cpus.end());
        const double wall = walls[walls.size() / 2];
        auto q = ReferralListQuery::create(db, c.filter, c.sort, today);
        const qint64 rows = q ? q->count().value() : -1;
        const bool met = wall <= kGoalMs;
        missed += met ? 0 : 1;
        std::printf("%-44s %10lld %9.1f %9.1f  %s\n", qPrintable(c.name), static_cast<long long>(rows), wall,
                    cpus[cpus.size() / 2], met ? "met" : "NOT met");
        if (!sqlDir.isEmpty()) {
            QFile out(QDir(sqlDir).filePath(QStringLiteral("%1.sql").arg(index, 3, 10, QLatin1Char('0'))));
            if (out.open(QIODevice::WriteOnly))
                out.write((QStringLiteral("-- ") + c.name + QLatin1Char('\n') + statements.join(QStringLiteral(";\n")) +
                           QStringLiteral(";\n"))
                              .toUtf8());
        }
    }
    std::printf("%d case(s) over the goal of %.0f ms (medians of %d runs)\n", missed, kGoalMs, runs);
    return 0;
}
