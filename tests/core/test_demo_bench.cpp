// Timing of the demo generator at scale. Hidden ([.bench]): run by hand (jb_core_tests "[demo-bench]"), never part
// of the normal suite, because a timed assertion would fail on a busy build machine. Sizes come from the environment:
//   JB_BENCH_WORKERS (default 1000000), JB_BENCH_ENTERPRISES (300), JB_BENCH_VACANCIES (-1), JB_BENCH_FAIRS (25),
//   JB_BENCH_DIR (a temporary folder; the file is removed afterwards unless JB_BENCH_KEEP is set).

#include "core/demo/DemoGenerator.h"
#include "core/organisations/OrganisationFile.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstdio>

using namespace jb::core;

namespace {

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

TEST_CASE("Demo generation at scale", "[.bench][.demo-bench]")
{
    DemoOptions o;
    o.seed = 20240223;
    o.today = QDate(2026, 11, 23);
    o.workers = envInt("JB_BENCH_WORKERS", 1'000'000);
    o.enterprises = envInt("JB_BENCH_ENTERPRISES", 300);
    o.vacancies = envInt("JB_BENCH_VACANCIES", -1);
    o.fairs = envInt("JB_BENCH_FAIRS", 25);

    QTemporaryDir temp;
    const QString folder =
        qEnvironmentVariableIsSet("JB_BENCH_DIR") ? qEnvironmentVariable("JB_BENCH_DIR") : temp.path();
    const QString path = QDir(folder).filePath(QStringLiteral("bench-demo.jobbridge"));
    QFile::remove(path);
    {
        auto db = createOrganisationFile(path, QStringLiteral("340122"));
        REQUIRE(db.hasValue());
        QElapsedTimer timer;
        timer.start();
        qint64 workersStartedAt = -1;
        int lastPercent = -1;
        const auto summary = generateDemo((*db)->connection(), o, [&](int percent) {
            if (percent != lastPercent && percent % 10 == 0)
                std::fprintf(stderr, "  %3d%% at %6.2f s\n", percent, timer.elapsed() / 1000.0);
            lastPercent = percent;
            if (workersStartedAt < 0 && percent >= 1)
                workersStartedAt = timer.elapsed();
            return true;
        });
        const double seconds = timer.elapsed() / 1000.0;
        INFO(summary.error().toStdString());
        REQUIRE(summary.hasValue());
        std::printf("demo: %d workers, %d enterprises, %lld vacancies, %lld referrals, %lld services: %.2f s, "
                    "file %.0f MB\n",
                    o.workers, o.enterprises, static_cast<long long>(summary->vacancies),
                    static_cast<long long>(summary->referrals), static_cast<long long>(summary->services), seconds,
                    QFileInfo(path).size() / 1048576.0 + QFileInfo(path + QStringLiteral("-wal")).size() / 1048576.0);
    }
    if (!qEnvironmentVariableIsSet("JB_BENCH_KEEP")) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
}
