// Builds a demo file and reports how long it took: the benchmark databases for the other benchmarks come from
// here (e.g. 1,000,000 workers, 100,000 enterprises, 300,000 vacancies), and so does the generator's own timing.
//
//   jb_bench_demo [--workers N] [--enterprises N] [--vacancies N] [--fairs N] [--seed S] [--today YYYY-MM-DD]
//                 [--home CODE] OUTPUT.jobbridge
//
// The output file must not exist. Exit code 0 on success, 1 on a generator failure, 2 on bad arguments.

#include "core/demo/DemoGenerator.h"
#include "core/organisations/OrganisationFile.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cstdio>

using namespace jb::core;

namespace {

int usage()
{
    std::fprintf(stderr, "usage: jb_bench_demo [--workers N] [--enterprises N] [--vacancies N] [--fairs N] "
                         "[--seed S] [--today YYYY-MM-DD] [--home CODE] OUTPUT.jobbridge\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();

    DemoOptions options;
    options.today = QDate(2026, 11, 23); // fixed, so benchmark files are identical from run to run
    QString home = QStringLiteral("340122");
    QString output;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            if (!output.isEmpty())
                return usage();
            output = a;
            continue;
        }
        if (i + 1 >= args.size())
            return usage();
        const QString value = args.at(++i);
        bool ok = true;
        if (a == QLatin1String("--workers"))
            options.workers = value.toInt(&ok);
        else if (a == QLatin1String("--enterprises"))
            options.enterprises = value.toInt(&ok);
        else if (a == QLatin1String("--vacancies"))
            options.vacancies = value.toInt(&ok);
        else if (a == QLatin1String("--fairs"))
            options.fairs = value.toInt(&ok);
        else if (a == QLatin1String("--seed"))
            options.seed = value.toULongLong(&ok);
        else if (a == QLatin1String("--today"))
            ok = (options.today = QDate::fromString(value, Qt::ISODate)).isValid();
        else if (a == QLatin1String("--home"))
            home = value;
        else
            return usage();
        if (!ok)
            return usage();
    }
    if (output.isEmpty())
        return usage();

    QElapsedTimer total;
    total.start();
    auto db = createOrganisationFile(output, home);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    // Progress is reported in work units (4 per enterprise, 1 per vacancy, 40 per fair, 6 per worker), so the
    // percentage at which the workers start tells the two parts apart.
    const qint64 vacancies = options.vacancies < 0 ? 4LL * options.enterprises : options.vacancies;
    const qint64 before = 4LL * options.enterprises + vacancies + 40LL * options.fairs;
    const int workersFrom = static_cast<int>(100 * before / std::max<qint64>(1, before + 6LL * options.workers));
    double workersStartedAt = -1;
    QElapsedTimer timer;
    timer.start();
    int last = -1;
    const auto summary = generateDemo((*db)->connection(), options, [&](int percent) {
        if (percent / 10 != last / 10)
            std::fprintf(stderr, "  %3d%%  %6.2f s\n", percent, timer.elapsed() / 1000.0);
        if (workersStartedAt < 0 && percent > workersFrom)
            workersStartedAt = timer.elapsed() / 1000.0;
        last = percent;
        return true;
    });
    const double seconds = timer.elapsed() / 1000.0;
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error()));
        return 1;
    }
    db->reset(); // close, so the size below is the whole file
    std::printf("enterprises, vacancies and fairs: about %.1f s; workers and what follows: about %.1f s\n",
                std::max(0.0, workersStartedAt), seconds - std::max(0.0, workersStartedAt));
    std::printf("generated in %.2f s (%.2f s with creating the file): %lld enterprises, %lld vacancies, %lld workers, "
                "%lld fairs, %lld referrals, %lld services, %lld snapshots, %lld targets; %.0f MB\n",
                seconds, total.elapsed() / 1000.0, static_cast<long long>(summary->enterprises),
                static_cast<long long>(summary->vacancies), static_cast<long long>(summary->workers),
                static_cast<long long>(summary->fairs), static_cast<long long>(summary->referrals),
                static_cast<long long>(summary->services), static_cast<long long>(summary->snapshots),
                static_cast<long long>(summary->targets), QFileInfo(output).size() / 1048576.0);
    return 0;
}
