// Times a full dashboard refresh — loadProgress(): every metric with target and pace, the cumulative series, the
// sub-units, the key groups, the funnel, the promise and the fairs — for one organisation and period, and the
// drill-down counts behind some of its bars. Run by bench/dashboard_refresh.sh on the 1M-worker demo file.
//
//   jb_bench_dashboard FILE.jobbridge [--today YYYY-MM-DD] [--runs N]

#include "core/metrics/DrillDown.h"
#include "core/metrics/Progress.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace jb::core;

namespace {

double medianMs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return static_cast<double>(ns[ns.size() / 2]) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QDate today(2026, 11, 23);
    int runs = 21;
    QString path;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--today") && i + 1 < args.size())
            today = QDate::fromString(args[++i], Qt::ISODate);
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else
            path = args[i];
    }
    auto file = Database::open(path);
    if (path.isEmpty() || !file || !today.isValid()) {
        std::fprintf(stderr, "usage: jb_bench_dashboard FILE.jobbridge [--today YYYY-MM-DD] [--runs N]\n%s\n",
                     file ? "" : qPrintable(file.error()));
        return 2;
    }
    QSqlDatabase db = (*file)->connection();
    OrganisationRepository orgs(db);
    const auto home = orgs.home();
    const auto children = orgs.children(home->id);
    PeriodRepository periods(db);
    std::printf("dashboard refresh (loadProgress), median of %d runs, as of %s\n", runs,
                qPrintable(today.toString(Qt::ISODate)));
    for (const Organisation& org : {*home, children->value(0)}) {
        for (const QString& name : {QString::number(today.year()), QStringLiteral("%1-concentrated").arg(today.year()),
                                    today.toString(QStringLiteral("yyyy-MM"))}) {
            const auto period = periods.find(name);
            if (!period)
                continue;
            std::vector<qint64> times;
            qint64 stable = 0;
            for (int r = 0; r < runs; ++r) {
                QElapsedTimer t;
                t.start();
                const auto p = loadProgress(db, org.id, *period, today);
                times.push_back(t.nsecsElapsed());
                if (!p) {
                    std::fprintf(stderr, "%s\n", qPrintable(p.error()));
                    return 1;
                }
                stable = p->figure(Metric::StableEmployment).actual;
            }
            std::printf("  %-14s %-22s %8.2f ms   (stable employment %lld)\n", qPrintable(org.name),
                        qPrintable(period->name), medianMs(times), static_cast<long long>(stable));
        }
    }
    std::printf("drill-down count (records behind one bar), home organisation, year:\n");
    const auto year = periods.find(QString::number(today.year()));
    for (const char* figure : {"contracts", "stable_employment", "people_trained", "hardship_overdue"}) {
        auto q = DrillDownQuery::create(db, DrillDown{QLatin1String(figure), home->id, year->start, today, {}, {}});
        QElapsedTimer t;
        t.start();
        const auto n = q->count();
        std::printf("  %-22s %8.1f ms   %lld records\n", figure, static_cast<double>(t.nsecsElapsed()) / 1e6,
                    static_cast<long long>(n ? *n : -1));
    }
    return 0;
}
