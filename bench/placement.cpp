// Times placement on a large file (issue 13's goals): the top 20 posts for one worker among the open posts
// (≤ 20 ms), the top 20 workers for one post (≤ 100 ms), and the one-week promise list (≤ 100 ms). The first open
// run of an older file upgrades it to schema v8 in place, so the script benchmarks a copy.
//
//   jb_bench_placement FILE.jobbridge [--runs N]

#include "core/placement/Matching.h"
#include "core/placement/Promise.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace jb::core;

namespace {

// This thread's processor time: on a machine shared by several builds the wall-clock median also counts the time
// other processes held the cores, so both are printed.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

double medianMs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return static_cast<double>(ns[ns.size() / 2]) / 1e6;
}

void timeCase(const char* name, double goalMs, int runs, const std::function<int()>& work)
{
    std::vector<qint64> ns, cpu;
    int found = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const qint64 cpuStart = threadCpuNs();
        found = work();
        if (found < 0) {
            std::printf("%-48s FAILED\n", name);
            return;
        }
        cpu.push_back(threadCpuNs() - cpuStart);
        ns.push_back(t.nsecsElapsed());
    }
    const double ms = medianMs(ns);
    std::printf("%-48s %8.1f ms  cpu %6.1f ms  (goal ≤ %.0f ms: %s; %d rows)\n", name, ms, medianMs(cpu), goalMs,
                ms <= goalMs ? "met" : "MISSED", found);
}

qint64 firstId(QSqlDatabase db, const char* sql)
{
    QSqlQuery q(db);
    return q.exec(QString::fromUtf8(sql)) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 7;
    QString path;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else
            path = args[i];
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: jb_bench_placement FILE.jobbridge [--runs N]\n");
        return 1;
    }
    QElapsedTimer opening;
    opening.start();
    auto file = Database::open(path);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error()));
        return 2;
    }
    std::printf("opened (and upgraded if older) in %.1f s\n", static_cast<double>(opening.elapsed()) / 1000.0);
    QSqlDatabase db = (*file)->connection();
    std::printf("%lld workers, %lld open posts, %lld hardship workers\n", firstId(db, "SELECT count(*) FROM workers"),
                firstId(db, "SELECT count(*) FROM vacancies WHERE status = 'open'"),
                firstId(db, "SELECT count(DISTINCT worker_id) FROM worker_hardships"));
    // A worker whose trade is the most common among the open posts' titles: the largest candidate set.
    const qint64 worker = firstId(db, "SELECT w.id FROM workers w WHERE w.desired_trade = (SELECT title FROM "
                                      "vacancies WHERE status = 'open' GROUP BY title ORDER BY count(*) DESC LIMIT 1) "
                                      "LIMIT 1");
    const qint64 post = firstId(db, "SELECT v.id FROM vacancies v WHERE v.status = 'open' AND v.title = (SELECT "
                                    "desired_trade FROM workers WHERE desired_trade <> '' GROUP BY desired_trade ORDER "
                                    "BY count(*) DESC LIMIT 1) LIMIT 1");
    std::printf("worker %lld, post %lld\n\n", worker, post);
    const QDate today = QDate::currentDate();
    timeCase("top 20 posts for one worker", 20, runs, [&] {
        const auto r = matchPostsForWorker(db, worker, {}, today);
        return r ? static_cast<int>(r->size()) : -1;
    });
    timeCase("top 20 workers for one post", 100, runs, [&] {
        const auto r = matchWorkersForPost(db, post, {}, today);
        return r ? static_cast<int>(r->size()) : -1;
    });
    timeCase("the one-week promise list", 100, runs, [&] {
        const auto r = promiseList(db, today);
        return r ? static_cast<int>(r->entries.size()) : -1;
    });
    return 0;
}
