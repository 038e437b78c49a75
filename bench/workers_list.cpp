// Times the worker list on a large file as the Workers page asks it: the first window after opening, searches of
// every kind and length, then every column sorted both ways — with no filter, with a key-group filter, with the
// hardship filter and with a search — each as count + the first window of 200 rows, and the middle and last
// windows of every sort with no filter (deep scrolling). Wall time and CPU time are both printed (the machine may
// be shared: CPU time does not count waiting for a core); a case whose runs spread widely is run again and marked.
// Writes each case's statements (values inlined) to DIR/NNN.sql so bench/workers_list.sh can time sqlite3 on the
// very same statements.
//
//   jb_bench_workers_list FILE.jobbridge [--today YYYY-MM-DD] [--runs N] [--sql-dir DIR] [--only TEXT]

#include "core/lists/WorkerListQuery.h"
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

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

enum class Where { First, Middle, Last };

struct Case
{
    QString name;
    WorkerFilter filter;
    WorkerSort sort;
    Where where = Where::First;
};

struct Timing
{
    std::vector<double> count, window, cpu;
    qint64 rows = -1;
    QStringList statements;
};

bool runOnce(QSqlDatabase db, const Case& c, const QDate& today, Timing& t)
{
    auto q = WorkerListQuery::create(db, c.filter, c.sort, today);
    if (!q) {
        std::fprintf(stderr, "%s\n", qPrintable(q.error()));
        return false;
    }
    q->recordStatements(true);
    const double cpu0 = cpuMs();
    QElapsedTimer timer;
    timer.start();
    const auto n = q->count();
    t.count.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    t.rows = n ? *n : -1;
    qint64 offset = 0;
    if (c.where == Where::Middle)
        offset = t.rows / 2;
    else if (c.where == Where::Last)
        offset = std::max<qint64>(0, t.rows - kWindow);
    timer.restart();
    const auto rows = q->fetch(offset, kWindow);
    t.window.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    t.cpu.push_back(cpuMs() - cpu0);
    if (!rows) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(c.name), qPrintable(rows.error()));
        return false;
    }
    t.statements = q->recordedStatements();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QDate today(2026, 11, 23);
    int runs = 5;
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

    // Opening (and, for an older file, upgrading it) and the first window, once, as the page does.
    QElapsedTimer open;
    open.start();
    auto file = Database::open(path);
    if (path.isEmpty() || !file || !today.isValid()) {
        std::fprintf(stderr,
                     "usage: jb_bench_workers_list FILE [--today YYYY-MM-DD] [--runs N] [--sql-dir DIR] [--only TEXT]"
                     "\n%s\n",
                     file ? "" : qPrintable(file.error()));
        return 2;
    }
    QSqlDatabase db = (*file)->connection();
    const qint64 openNs = open.nsecsElapsed();
    {
        QElapsedTimer t;
        t.start();
        auto q = WorkerListQuery::create(db, {}, {}, today);
        const auto n = q->count();
        const auto rows = q->fetch(0, kWindow);
        std::printf("open file %.1f ms; then first window of the list %.1f ms (%lld workers, %d rows)\n",
                    static_cast<double>(openNs) / 1e6, static_cast<double>(t.nsecsElapsed()) / 1e6,
                    static_cast<long long>(n ? *n : -1), rows ? static_cast<int>(rows->size()) : -1);
    }

    // Real values to search for: a worker in the middle of the file.
    QSqlQuery probe(db);
    probe.exec(
        QStringLiteral("SELECT name, id_number, phone FROM workers WHERE id = (SELECT max(id) / 2 FROM workers)"));
    probe.next();
    const QString name = probe.value(0).toString();
    const QString id = probe.value(1).toString();
    const QString phone = probe.value(2).toString();
    probe.exec(QStringLiteral("SELECT id FROM reference_items WHERE list = 'key_group' AND code = 'migrant_worker'"));
    probe.next();
    const qint64 migrant = probe.value(0).toLongLong();

    std::vector<Case> cases;
    auto search = [&cases](const QString& label, const QString& text) {
        Case c;
        c.name = label;
        c.filter.search = text;
        cases.push_back(c);
    };
    cases.push_back({QStringLiteral("first window"), {}, {}, Where::First});
    cases.push_back({QStringLiteral("last window"), {}, {}, Where::Last});
    search(QStringLiteral("name 1 char (surname)"), name.left(1));
    search(QStringLiteral("name 1 char (given)"), name.right(1));
    search(QStringLiteral("name 2 chars"), name.left(2));
    search(QStringLiteral("name full"), name);
    search(QStringLiteral("name, no match"), QStringLiteral("欧阳娜娜"));
    for (int digits : {1, 2, 4, 6, 18})
        search(QStringLiteral("ID last %1").arg(digits), id.right(digits));
    search(QStringLiteral("phone last 4"), phone.right(4));
    search(QStringLiteral("phone full"), phone);

    struct Context
    {
        QString label;
        WorkerFilter filter;
    };
    std::vector<Context> contexts(4);
    contexts[1].label = QStringLiteral(", migrant");
    contexts[1].filter.keyGroupId = migrant;
    contexts[2].label = QStringLiteral(", hardship");
    contexts[2].filter.hardshipCategoryId = WorkerFilter::kAnyHardship;
    contexts[3].label = QStringLiteral(", search ") + name.left(1);
    contexts[3].filter.search = name.left(1);
    for (const Context& context : contexts) {
        for (int c = 0; c < static_cast<int>(WorkerColumn::Count); ++c) {
            for (bool descending : {false, true}) {
                Case s;
                s.sort = {static_cast<WorkerColumn>(c), descending};
                s.filter = context.filter;
                s.name = QStringLiteral("sort %1 %2%3")
                             .arg(WorkerListQuery::columnTitle(s.sort.column).sourceText(),
                                  descending ? QStringLiteral("desc") : QStringLiteral("asc"), context.label);
                cases.push_back(s);
            }
        }
    }
    for (Where where : {Where::Middle, Where::Last}) {
        for (int c = 0; c < static_cast<int>(WorkerColumn::Count); ++c) {
            for (bool descending : {false, true}) {
                Case s;
                s.sort = {static_cast<WorkerColumn>(c), descending};
                s.where = where;
                s.name = QStringLiteral("%1 window, %2 %3")
                             .arg(where == Where::Middle ? QStringLiteral("middle") : QStringLiteral("last"),
                                  WorkerListQuery::columnTitle(s.sort.column).sourceText(),
                                  descending ? QStringLiteral("desc") : QStringLiteral("asc"));
                cases.push_back(s);
            }
        }
    }

    std::printf("load average at start: %s\n", qPrintable(loadAverage()));
    std::printf("\n%-38s %9s %9s %9s %9s %9s %8s %4s\n", "case (median of runs)", "count ms", "window ms", "total ms",
                "min ms", "cpu ms", "rows", "runs");
    int index = 0;
    for (const Case& c : cases) {
        ++index;
        if (!only.isEmpty() && !c.name.contains(only))
            continue;
        Timing t;
        for (int r = 0; r < runs; ++r) {
            if (!runOnce(db, c, today, t))
                return 1;
        }
        // Noisy (the slowest run half as slow again as the fastest, and over 50 ms): run as many times again.
        auto totals = [&t] {
            std::vector<double> v;
            for (size_t i = 0; i < t.count.size(); ++i)
                v.push_back(t.count[i] + t.window[i]);
            return v;
        };
        std::vector<double> all = totals();
        bool noisy = false;
        if (*std::max_element(all.begin(), all.end()) > 1.5 * *std::min_element(all.begin(), all.end()) &&
            *std::max_element(all.begin(), all.end()) > 50) {
            noisy = true;
            for (int r = 0; r < runs; ++r) {
                if (!runOnce(db, c, today, t))
                    return 1;
            }
            all = totals();
        }
        const double cm = median(t.count), wm = median(t.window), total = median(all);
        std::printf("%-38s %9.1f %9.1f %9.1f %9.1f %9.1f %8lld %3d%s\n", qPrintable(c.name), cm, wm, total,
                    *std::min_element(all.begin(), all.end()), median(t.cpu), static_cast<long long>(t.rows),
                    static_cast<int>(all.size()), noisy ? "*" : "");
        if (!sqlDir.isEmpty()) {
            QFile out(QDir(sqlDir).filePath(QStringLiteral("%1.sql").arg(index, 3, 10, QLatin1Char('0'))));
            if (out.open(QIODevice::WriteOnly))
                out.write((QStringLiteral("-- ") + c.name + QLatin1Char('\n') +
                           t.statements.join(QStringLiteral(";\n")) + QStringLiteral(";\n"))
                              .toUtf8());
        }
    }
    std::printf("\nload average at end: %s   (* = runs spread widely, run twice as often)\n",
                qPrintable(loadAverage()));
    return 0;
}
