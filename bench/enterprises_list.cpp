// Times the enterprise demand list on a large file: the first window after opening, searches by name and by credit
// code, a sort by each column (the figures per enterprise are computed by SQLite), a few filters and the last
// window, each as count + one window of 200 rows (what the Enterprises page asks for). Writes each case's SQL to
// DIR/NN.sql so bench/enterprises_list.sh can time sqlite3 on the same statements.
//
//   jb_bench_enterprises_list FILE.jobbridge [--runs N] [--sql-dir DIR]

#include "core/lists/EnterpriseListQuery.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <vector>

using namespace jb::core;

namespace {

constexpr int kWindow = 200;

double medianMs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return static_cast<double>(ns[ns.size() / 2]) / 1e6;
}

// The process's processor time (the machine may be shared: it does not count waiting for a core).
qint64 cpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

struct Case
{
    QString name;
    EnterpriseFilter filter;
    EnterpriseSort sort;
    bool lastWindow = false;
    bool middleWindow = false;
};

// The goal of a case (issue 17 item 3, issue 6): the first window and a search in the list's own order ≤ 100 ms;
// any window of any sort ≤ 300 ms.
double goalMs(const Case& c)
{
    const bool defaultOrder =
        c.sort.column == EnterpriseSort{}.column && c.sort.descending == EnterpriseSort{}.descending;
    return defaultOrder && !c.lastWindow && !c.middleWindow ? 100 : 300;
}

// Every case the bench times: searches by values of an enterprise in the middle of the file, a sort by each
// column both ways, filters, the last window and the middle window of every sort.
std::vector<Case> cases(QSqlDatabase db)
{
    // Real values to search for: an enterprise in the middle of the file.
    QSqlQuery probe(db);
    probe.exec(QStringLiteral("SELECT name, credit_code, org_id FROM enterprises WHERE id = (SELECT max(id) / 2 FROM "
                              "enterprises)"));
    probe.next();
    const QString name = probe.value(0).toString();
    const QString code = probe.value(1).toString();
    const qint64 org = probe.value(2).toLongLong();

    std::vector<Case> cases;
    auto search = [&cases](const QString& label, const QString& text) {
        Case c;
        c.name = label;
        c.filter.search = text;
        cases.push_back(c);
    };
    cases.push_back({QStringLiteral("first window"), {}, {}, false});
    cases.push_back({QStringLiteral("last window"), {}, {}, true});
    search(QStringLiteral("name 2 chars"), name.mid(2, 2));
    search(QStringLiteral("name full"), name);
    search(QStringLiteral("name, no match"), QStringLiteral("不存在的企业"));
    search(QStringLiteral("credit code full"), code);
    search(QStringLiteral("credit code last 6, lower"), code.right(6).toLower());
    search(QStringLiteral("credit code 4 chars"), code.mid(8, 4));
    for (int c = 0; c < static_cast<int>(EnterpriseColumn::Count); ++c) {
        for (bool descending : {false, true}) {
            Case s;
            s.sort = {static_cast<EnterpriseColumn>(c), descending};
            s.name = QStringLiteral("sort %1 %2")
                         .arg(EnterpriseListQuery::columnTitle(s.sort.column).sourceText(),
                              descending ? QStringLiteral("desc") : QStringLiteral("asc"));
            cases.push_back(s);
        }
    }
    Case open_;
    open_.name = QStringLiteral("filter: open vacancies");
    open_.filter.withOpenVacancies = true;
    cases.push_back(open_);
    Case flagged;
    flagged.name = QStringLiteral("filter: flagged");
    flagged.filter.flag = EnterpriseFilter::Flag::Flagged;
    cases.push_back(flagged);
    Case key;
    key.name = QStringLiteral("filter: key enterprises");
    key.filter.priority = EnterpriseFilter::Priority::KeyEnterprise;
    cases.push_back(key);
    Case unit;
    unit.name = QStringLiteral("filter: one sub-unit, by gap");
    unit.filter.orgId = org;
    unit.sort = {EnterpriseColumn::Gap, true};
    cases.push_back(unit);
    cases.push_back({QStringLiteral("sort gap desc, last window"), {}, {EnterpriseColumn::Gap, true}, true});
    // Deep scrolling: the middle window of every sort (issue 17).
    for (int c = 0; c < static_cast<int>(EnterpriseColumn::Count); ++c) {
        for (bool descending : {false, true}) {
            Case s;
            s.sort = {static_cast<EnterpriseColumn>(c), descending};
            s.middleWindow = true;
            s.name = QStringLiteral("middle window, %1 %2")
                         .arg(EnterpriseListQuery::columnTitle(s.sort.column).sourceText(),
                              descending ? QStringLiteral("desc") : QStringLiteral("asc"));
            cases.push_back(s);
        }
    }
    return cases;
}

// Times one case `runs` times (count + window) and prints its medians against its goal; writes its statements to
// DIR/NN.sql. Whether it met the goal, nothing when it failed.
std::optional<bool> runCase(QSqlDatabase db, const Case& c, int runs, const QString& sqlDir, int index)
{
    std::vector<qint64> countNs, windowNs, cpu;
    qint64 total = 0;
    QString windowSql, countSql;
    for (int r = 0; r < runs; ++r) {
        auto q = EnterpriseListQuery::create(db, c.filter, c.sort);
        const qint64 cpu0 = cpuNs();
        QElapsedTimer t;
        t.start();
        const auto n = q->count();
        countNs.push_back(t.nsecsElapsed());
        total = n ? *n : -1;
        const qint64 offset = c.lastWindow ? std::max<qint64>(0, total - kWindow) : c.middleWindow ? total / 2 : 0;
        t.restart();
        const auto rows = q->fetch(offset, kWindow);
        windowNs.push_back(t.nsecsElapsed());
        cpu.push_back(cpuNs() - cpu0);
        if (!rows) {
            std::fprintf(stderr, "%s\n", qPrintable(rows.error()));
            return std::nullopt;
        }
        countSql = q->countSqlForBenchmark();
        windowSql = q->windowSqlForBenchmark(offset, kWindow);
    }
    const double cm = medianMs(countNs), wm = medianMs(windowNs);
    const double goal = goalMs(c);
    std::printf("%-32s %10.1f %10.1f %10.1f %8.1f %9lld %6.0f %s\n", qPrintable(c.name), cm, wm, cm + wm, medianMs(cpu),
                static_cast<long long>(total), goal, cm + wm <= goal ? "ok" : "OVER");
    if (!sqlDir.isEmpty()) {
        QFile out(QDir(sqlDir).filePath(QStringLiteral("%1.sql").arg(index, 2, 10, QLatin1Char('0'))));
        if (out.open(QIODevice::WriteOnly))
            out.write(QStringLiteral("-- %1\n%2;\n%3;\n").arg(c.name, countSql, windowSql).toUtf8());
    }
    return cm + wm <= goal;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 7;
    QString path;
    QString sqlDir;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--sql-dir") && i + 1 < args.size())
            sqlDir = args[++i];
        else
            path = args[i];
    }

    QElapsedTimer open;
    open.start();
    auto file = Database::open(path);
    if (path.isEmpty() || !file) {
        std::fprintf(stderr, "usage: jb_bench_enterprises_list FILE [--runs N] [--sql-dir DIR]\n%s\n",
                     file ? "" : qPrintable(file.error()));
        return 2;
    }
    QSqlDatabase db = (*file)->connection();
    const qint64 openNs = open.nsecsElapsed();
    {
        QElapsedTimer t;
        t.start();
        auto q = EnterpriseListQuery::create(db, {}, {});
        const auto n = q->count();
        const auto rows = q->fetch(0, kWindow);
        std::printf("open file %.1f ms; then first window of the list %.1f ms (%lld enterprises, %d rows)\n",
                    static_cast<double>(openNs) / 1e6, static_cast<double>(t.nsecsElapsed()) / 1e6,
                    static_cast<long long>(n ? *n : -1), rows ? static_cast<int>(rows->size()) : -1);
    }

    const std::vector<Case> all = cases(db);

    std::printf("\n%-32s %10s %10s %10s %8s %9s %6s\n", "case (median of runs)", "count ms", "window ms", "total ms",
                "cpu ms", "rows", "goal");
    int index = 0, within = 0;
    for (const Case& c : all) {
        const std::optional<bool> met = runCase(db, c, runs, sqlDir, index++);
        if (!met)
            return 1;
        within += *met ? 1 : 0;
    }
    std::printf("\n%d of %d cases within their goal (total = count + window, medians)\n", within,
                static_cast<int>(all.size()));
    return 0;
}
