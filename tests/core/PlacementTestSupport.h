#pragma once
// A county (肥东县 with 店埠镇 and 撮镇镇) with helpers to add the people, enterprises and posts the placement tests
// refer, and to read the dashboard's figures from the activity summary.

#include "core/domain/Clock.h"
#include "core/storage/ActivitySummary.h"
#include "core/storage/Transaction.h"
#include "core/validation/ResidentId.h"
#include "test_demo_support.h"

namespace jb::test::placement {

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

class PlacementCounty : public TwoTownCounty
{
public:
    PlacementCounty(const ScratchDir& dir, const QString& name) : TwoTownCounty(dir, name) {}

    qint64 worker(const QString& name, const QString& registered, qint64 org = 0, int serial = 0)
    {
        const QString first17 = QStringLiteral("340122199001%1%2").arg(10 + serial % 18).arg(100 + m_next++, 3);
        return exec(QStringLiteral("INSERT INTO workers (org_id, name, id_number, birth_date, registered_on, "
                                   "created_at, updated_at) VALUES (?, ?, ?, '1990-01-10', ?, 't', 't')"),
                    {org ? org : home, name, QString(first17 + residentIdCheckChar(first17)), registered});
    }
    void hardship(qint64 worker, const char* code = "zero_employment")
    {
        exec(QStringLiteral("INSERT INTO worker_hardships (worker_id, category_id) VALUES (?, ?)"),
             {worker, item("hardship_category", code)});
    }
    qint64 enterprise(const QString& name, qint64 org = 0)
    {
        return exec(QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES (?, ?, 't', "
                                   "'t')"),
                    {org ? org : home, name});
    }
    qint64 post(qint64 enterprise, const QString& title, int headcount = 2)
    {
        return exec(QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, created_at, "
                                   "updated_at) VALUES (?, ?, ?, '2026-01-02', 't', 't')"),
                    {enterprise, title, headcount});
    }
    // The county's figure of `metric` for everyone, over all days.
    qint64 figure(const char* metric)
    {
        return count(m_db, QStringLiteral("SELECT coalesce(sum(n), 0) FROM activity_daily WHERE metric = '%1' AND "
                                          "key_group_id = 0 AND org_id = %2")
                               .arg(QLatin1String(metric))
                               .arg(home));
    }
    // Every row of the summary, to compare before and after (the dashboard's figures as a whole).
    QString summary()
    {
        return scalar(m_db, QStringLiteral("SELECT coalesce(group_concat(metric || '|' || key_group_id || '|' || "
                                           "org_id || '|' || day || '|' || n, ';'), '') FROM (SELECT * FROM "
                                           "activity_daily WHERE n <> 0 ORDER BY 1, 2, 3, 4)"))
            .toString();
    }
    // The summary as a full recount from the records gives it (the triggers must agree with it).
    QString recounted()
    {
        Transaction tx(m_db);
        REQUIRE(tx.started());
        REQUIRE(summary::rebuild(m_db).ok());
        const QString s = summary();
        return s; // rolled back by tx's destructor
    }

private:
    int m_next = 0;
};

} // namespace jb::test::placement
