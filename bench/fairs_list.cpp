// Times the 招聘会 page's first window on a file with many fairs: the count and the first window of the list (newest
// first, every figure counted from the fair's links), the upcoming list, and a sort by headcount and by 求人倍率
// (which must count every fair). Generates a demo county with N fairs when no file is given.
//
//   jb_bench_fairs_list [FILE.jobbridge] [--fairs N] [--runs N]     (a FILE that does not exist is generated there)

#include "core/demo/DemoGenerator.h"
#include "core/fairs/FairList.h"
#include "core/organisations/OrganisationFile.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace jb::core;

namespace {

constexpr int kWindow = 100;

double medianMs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return static_cast<double>(ns[ns.size() / 2]) / 1e6;
}

// Runs `work` `runs` times; prints the median and returns it.
double timeCase(const char* name, int runs, const std::function<bool()>& work)
{
    std::vector<qint64> ns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work()) {
            std::printf("%-44s FAILED\n", name);
            return -1;
        }
        ns.push_back(t.nsecsElapsed());
    }
    const double ms = medianMs(ns);
    std::printf("%-44s %8.1f ms\n", name, ms);
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 7;
    int fairs = 5000;
    QString path;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--fairs") && i + 1 < args.size())
            fairs = args[++i].toInt();
        else
            path = args[i];
    }
    QTemporaryDir scratch;
    if (path.isEmpty())
        path = scratch.filePath(QStringLiteral("fairs.jobbridge"));
    if (!QFileInfo::exists(path)) {
        auto created = createOrganisationFile(path, QStringLiteral("340122"));
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error()));
            return 2;
        }
        DemoOptions o;
        o.seed = 1;
        o.fairs = fairs;
        o.enterprises = 2000;
        o.workers = 20000;
        o.today = QDate(2026, 11, 23);
        QElapsedTimer t;
        t.start();
        const Expected<DemoSummary> demo = generateDemo((*created)->connection(), o);
        if (!demo) {
            std::fprintf(stderr, "%s\n", qPrintable(demo.error()));
            return 2;
        }
        std::printf("demo: %lld fairs, %lld enterprises, %lld workers in %.1f s\n", static_cast<long long>(demo->fairs),
                    static_cast<long long>(demo->enterprises), static_cast<long long>(demo->workers),
                    static_cast<double>(t.elapsed()) / 1000.0);
    }
    QElapsedTimer opening;
    opening.start();
    auto file = Database::open(path);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error()));
        return 2;
    }
    QSqlDatabase db = (*file)->connection();
    std::printf("opened in %.1f ms; %lld fairs\n", static_cast<double>(opening.nsecsElapsed()) / 1e6,
                static_cast<long long>(countFairs(db, {}).value()));

    const FairFilter all;
    const double first = timeCase("first window (count + 100 newest rows)", runs, [&] {
        return countFairs(db, all).hasValue() && fairWindow(db, all, 0, kWindow).hasValue();
    });
    timeCase("upcoming (planned) fairs", runs, [&] { return upcomingFairs(db, QDate(2026, 11, 23)).hasValue(); });
    FairFilter year;
    year.from = QDate(2026, 1, 1);
    year.to = QDate(2026, 12, 31);
    year.form = FairForm::Offline;
    timeCase("filtered: 2026, offline (count + window)", runs,
             [&] { return countFairs(db, year).hasValue() && fairWindow(db, year, 0, kWindow).hasValue(); });
    timeCase("sorted by headcount (count + window)", runs, [&] {
        return countFairs(db, all).hasValue() && fairWindow(db, all, 0, kWindow, FairSort::Headcount).hasValue();
    });
    timeCase("sorted by demand ratio (count + window)", runs, [&] {
        return countFairs(db, all).hasValue() && fairWindow(db, all, 0, kWindow, FairSort::DemandRatio).hasValue();
    });
    std::printf("goal (issue 12): first window <= 100 ms: %s\n", first >= 0 && first <= 100 ? "met" : "NOT met");
    return 0;
}
