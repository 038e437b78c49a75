// Times the worker list on a large file: the first window after opening, searches of every kind and length,
// a sort by each column and the last window, each as count + one window of 200 rows (what the Workers page asks
// for). Writes each case's SQL to DIR/NN-name.sql so bench/workers_list.sh can time sqlite3 on the same statements.
//
//   jb_bench_workers_list FILE.jobbridge [--today YYYY-MM-DD] [--runs N] [--sql-dir DIR]

#include "core/lists/WorkerListQuery.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace jb::core;

namespace {

constexpr int kWindow = 200;

double medianMs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return static_cast<double>(ns[ns.size() / 2]) / 1e6;
}

struct Case
{
    QString name;
    WorkerFilter filter;
    WorkerSort sort;
    bool lastWindow = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QDate today(2026, 11, 23);
    int runs = 7;
    QString path;
    QString sqlDir;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--today") && i + 1 < args.size())
            today = QDate::fromString(args[++i], Qt::ISODate);
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--sql-dir") && i + 1 < args.size())
            sqlDir = args[++i];
        else
            path = args[i];
    }

    // Opening (and, for an older file, upgrading it) and the first window, once, as the page does.
    QElapsedTimer open;
    open.start();
    auto file = Database::open(path);
    if (path.isEmpty() || !file || !today.isValid()) {
        std::fprintf(stderr, "usage: jb_bench_workers_list FILE [--today YYYY-MM-DD] [--runs N] [--sql-dir DIR]\n%s\n",
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
    probe.exec(QStringLiteral("SELECT name, id_number, phone FROM workers WHERE id = (SELECT max(id) / 2 FROM workers)"));
    probe.next();
    const QString name = probe.value(0).toString();
    const QString id = probe.value(1).toString();
    const QString phone = probe.value(2).toString();

    std::vector<Case> cases;
    auto search = [&cases](const QString& label, const QString& text) {
        Case c;
        c.name = label;
        c.filter.search = text;
        cases.push_back(c);
    };
    cases.push_back({QStringLiteral("first window"), {}, {}, false});
    cases.push_back({QStringLiteral("last window"), {}, {}, true});
    search(QStringLiteral("name 1 char (surname)"), name.left(1));
    search(QStringLiteral("name 1 char (given)"), name.right(1));
    search(QStringLiteral("name 2 chars"), name.left(2));
    search(QStringLiteral("name full"), name);
    search(QStringLiteral("name, no match"), QStringLiteral("欧阳娜娜"));
    for (int digits : {1, 2, 4, 6, 18})
        search(QStringLiteral("ID last %1").arg(digits), id.right(digits));
    search(QStringLiteral("phone last 4"), phone.right(4));
    search(QStringLiteral("phone full"), phone);
    for (int c = 0; c < static_cast<int>(WorkerColumn::Count); ++c) {
        for (bool descending : {false, true}) {
            Case s;
            s.sort = {static_cast<WorkerColumn>(c), descending};
            s.name = QStringLiteral("sort %1 %2")
                         .arg(WorkerListQuery::columnTitle(s.sort.column, false),
                              descending ? QStringLiteral("desc") : QStringLiteral("asc"));
            cases.push_back(s);
        }
    }
    Case sortedLast{QStringLiteral("sort name asc, last window"), {}, {WorkerColumn::Name, false}, true};
    cases.push_back(sortedLast);

    std::printf("\n%-30s %10s %10s %10s %9s\n", "case (median of runs)", "count ms", "window ms", "total ms",
                "rows");
    int index = 0;
    for (const Case& c : cases) {
        std::vector<qint64> countNs, windowNs;
        qint64 total = 0;
        QString windowSql, countSql;
        for (int r = 0; r < runs; ++r) {
            auto q = WorkerListQuery::create(db, c.filter, c.sort, today);
            QElapsedTimer t;
            t.start();
            const auto n = q->count();
            countNs.push_back(t.nsecsElapsed());
            total = n ? *n : -1;
            const qint64 offset = c.lastWindow ? std::max<qint64>(0, total - kWindow) : 0;
            t.restart();
            const auto rows = q->fetch(offset, kWindow);
            windowNs.push_back(t.nsecsElapsed());
            if (!rows) {
                std::fprintf(stderr, "%s\n", qPrintable(rows.error()));
                return 1;
            }
            countSql = q->countSqlForBenchmark();
            windowSql = q->windowSqlForBenchmark(offset, kWindow);
        }
        const double cm = medianMs(countNs), wm = medianMs(windowNs);
        std::printf("%-30s %10.1f %10.1f %10.1f %9lld\n", qPrintable(c.name), cm, wm, cm + wm,
                    static_cast<long long>(total));
        if (!sqlDir.isEmpty()) {
            QFile out(QDir(sqlDir).filePath(QStringLiteral("%1.sql").arg(index, 2, 10, QLatin1Char('0'))));
            if (out.open(QIODevice::WriteOnly)) {
                out.write(QStringLiteral("-- %1\n%2;\n%3;\n").arg(c.name, countSql, windowSql).toUtf8());
            }
        }
        ++index;
    }
    return 0;
}
