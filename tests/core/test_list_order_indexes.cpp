// The list-order indexes of schema v9 (issue 17): sorting the worker list by name, age, phone, desired trade or
// last contact now walks an index instead of sorting every selected worker. These tests hold the new windows to the
// old statement — the same ORDER BY with the index forbidden (NOT INDEXED), so SQLite sorts as it did before —
// on a small county full of ties (same names, same trades, same birthdays, blank phones, never-contacted people),
// for every such column, both directions, every window, walked and sorted, with and without a filter; and they
// check that the indexes exist and are the ones SQLite reads, so the speed cannot quietly go.

#include "core/lists/WorkerListQuery.h"
#include "core/storage/Migrations.h"
#include "test_demo_support.h"

#include <QSqlQuery>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

const QDate kDay(2026, 5, 14);

// 60 workers whose sorted columns repeat, with NULLs and empty strings among them.
class TiedCounty final : public TwoTownCounty
{
public:
    explicit TiedCounty(const ScratchDir& dir) : TwoTownCounty(dir, QStringLiteral("ties.jobbridge"))
    {
        const QStringList names = {
            QStringLiteral("李伟"), QStringLiteral("王芳"),        QStringLiteral("李伟"), QStringLiteral("Zhang San"),
            QStringLiteral("张三"), QStringLiteral("买买提·艾力"), QStringLiteral("李"),   QStringLiteral("zhang san")};
        const QStringList trades = {QStringLiteral(""), QStringLiteral("焊工"), QStringLiteral("电工"),
                                    QStringLiteral("焊工")};
        const qint64 migrant = item("key_group", "migrant_worker");
        for (int i = 0; i < 60; ++i) {
            const QVariant birth =
                i % 7 == 0 ? QVariant()
                           : QVariant(QStringLiteral("19%1-0%2-1%3").arg(80 + i % 5).arg(1 + i % 3).arg(i % 2));
            const QVariant contact =
                i % 4 == 0 ? QVariant() : QVariant(QStringLiteral("2026-0%1-1%2").arg(1 + i % 4).arg(i % 3));
            const QString phone =
                i % 5 == 0 ? QStringLiteral("") : QStringLiteral("1380000%1").arg(i % 9, 4, 10, QLatin1Char('0'));
            const qint64 w =
                exec(QStringLiteral("INSERT INTO workers (org_id, name, gender, birth_date, phone, desired_trade, "
                                    "registered_on, last_contact_on, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 't', 't')"),
                     {i % 2 ? townA : townB, names[i % names.size()], i % 3 ? QStringLiteral("M") : QStringLiteral("F"),
                      birth, phone, trades[i % trades.size()],
                      QStringLiteral("2026-0%1-0%2").arg(1 + i % 5).arg(1 + i % 9), contact});
            if (i % 3 == 1)
                exec(QStringLiteral("INSERT INTO worker_key_groups VALUES (?, ?)"), {w, migrant});
        }
    }

    // The ids of the window as the list reads it.
    QVector<qint64> window(const WorkerFilter& filter, WorkerSort sort, qint64 offset, int limit)
    {
        auto query = WorkerListQuery::create(m_db, filter, sort, kDay);
        REQUIRE(query);
        REQUIRE(query->count());
        const auto rows = query->fetch(offset, limit);
        REQUIRE(rows);
        QVector<qint64> ids;
        for (const WorkerRow& row : *rows)
            ids << row.id;
        return ids;
    }

    // The same window by the statement the list ran before v9: a sort of every selected worker, then OFFSET.
    QVector<qint64> sortedBefore(const QString& key, bool keyDescending, bool migrantOnly, qint64 offset, int limit)
    {
        const QString direction = keyDescending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        QSqlQuery q(m_db);
        REQUIRE(q.exec(QStringLiteral("SELECT w.id FROM workers w NOT INDEXED %1 ORDER BY %2%3, w.id%3 "
                                      "LIMIT %4 OFFSET %5")
                           .arg(migrantOnly ? QStringLiteral("WHERE w.id IN (SELECT worker_id FROM worker_key_groups "
                                                             "WHERE key_group_id = %1)")
                                                  .arg(item("key_group", "migrant_worker"))
                                            : QString(),
                                key, direction)
                           .arg(limit)
                           .arg(offset)));
        QVector<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }
};

struct IndexedColumn
{
    WorkerColumn column;
    const char* key;
    bool inverted; // ascending age = latest birth date first
};

const IndexedColumn kIndexed[] = {{WorkerColumn::Name, "w.name", false},
                                  {WorkerColumn::Age, "w.birth_date", true},
                                  {WorkerColumn::Phone, "w.phone", false},
                                  {WorkerColumn::DesiredTrade, "w.desired_trade", false},
                                  {WorkerColumn::LastContact, "w.last_contact_on", false}};

} // namespace

TEST_CASE("List-order indexes: every window of every indexed sort is the old sorted statement's window",
          "[worker][lists][indexes]")
{
    ScratchDir dir;
    TiedCounty c(dir);
    WorkerFilter migrant;
    migrant.keyGroupId = c.item("key_group", "migrant_worker");
    for (const qint64 threshold : {qint64(0), qint64(1000000)}) { // walk the index, then sort the selection
        WorkerListQuery::setWalkThreshold(threshold);
        for (const IndexedColumn& indexed : kIndexed) {
            for (const bool descending : {false, true}) {
                for (const bool migrantOnly : {false, true}) {
                    const qint64 n = migrantOnly ? 20 : 60;
                    const bool keyDescending = descending != indexed.inverted;
                    for (const int size : {1, 7, 200}) {
                        for (qint64 offset = 0; offset < n; offset += size) {
                            INFO("column " << static_cast<int>(indexed.column) << (descending ? " desc" : " asc")
                                           << (migrantOnly ? ", migrant workers" : ", everyone") << ", threshold "
                                           << threshold << ", window " << offset << "+" << size);
                            const QVector<qint64> before = c.sortedBefore(QString::fromLatin1(indexed.key),
                                                                          keyDescending, migrantOnly, offset, size);
                            REQUIRE(before.size() == std::min<qint64>(size, n - offset));
                            CHECK(c.window(migrantOnly ? migrant : WorkerFilter(), {indexed.column, descending}, offset,
                                           size) == before);
                        }
                    }
                }
            }
        }
    }
    WorkerListQuery::setWalkThreshold(20000);
}

TEST_CASE("List-order indexes: a new file has them, and SQLite reads them for a middle window",
          "[worker][lists][indexes]")
{
    ScratchDir dir;
    TiedCounty c(dir);
    for (const QString& statement : schema::listOrderIndexStatements()) {
        const QString index = statement.section(QLatin1Char(' '), 2, 2);
        INFO(index.toStdString());
        CHECK(
            column(c.db(),
                   QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name = '%1'").arg(index)) ==
            QStringList{index});
    }
    for (const IndexedColumn& indexed : kIndexed) {
        QSqlQuery q(c.db());
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT w.id FROM workers w ORDER BY %1 DESC, w.id DESC "
                                      "LIMIT 200 OFFSET 30")
                           .arg(QString::fromLatin1(indexed.key))));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char(' ');
        INFO(plan.toStdString());
        CHECK(plan.contains(QStringLiteral("COVERING INDEX workers_")));
        CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
    }
}
