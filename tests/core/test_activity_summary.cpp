// The daily activity summary stays exactly what a full recount gives, whatever is written: random inserts,
// updates and deletes on every table it depends on (including the importer's INSERT OR IGNORE on link tables and
// changes of the rule settings), each compared with summary::rebuild() on the same data.

#include "core/storage/ActivitySummary.h"
#include "test_demo_support.h"

#include <random>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

using Rows = QVector<QString>;

Rows summaryRows(QSqlDatabase db)
{
    return column(db, QStringLiteral("SELECT metric || '|' || key_group_id || '|' || org_id || '|' || day || '|' || n "
                                     "FROM activity_daily WHERE n <> 0 ORDER BY 1"))
        .toVector();
}

// What a full recount gives, without keeping it.
Rows recountedRows(QSqlDatabase db)
{
    REQUIRE(db.transaction());
    REQUIRE(summary::rebuild(db).ok());
    Rows rows = summaryRows(db);
    REQUIRE(db.rollback());
    return rows;
}

QVector<qint64> ids(QSqlDatabase db, const QString& sql)
{
    QVector<qint64> out;
    for (const QString& v : column(db, sql))
        out << v.toLongLong();
    return out;
}

class RandomEdits final
{
public:
    RandomEdits(QSqlDatabase db, unsigned seed) : m_db(db), m_rng(seed) {}

    void run(int steps, const std::vector<int>& kinds)
    {
        for (int i = 0; i < steps; ++i)
            edit(kinds[pick(static_cast<int>(kinds.size()))], i);
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    qint64 any(const QString& table)
    {
        const auto list = ids(m_db, QStringLiteral("SELECT id FROM %1").arg(table));
        return list.isEmpty() ? 0 : list.at(pick(list.size()));
    }
    qint64 anyItem(const char* list)
    {
        const auto v =
            ids(m_db, QStringLiteral("SELECT id FROM reference_items WHERE list = '%1'").arg(QLatin1String(list)));
        return v.at(pick(v.size()));
    }
    QString day()
    {
        return QStringLiteral("2026-%1-%2")
            .arg(1 + pick(12), 2, 10, QLatin1Char('0'))
            .arg(1 + pick(31), 2, 10, QLatin1Char('0'));
    }
    // Statements may fail on purpose (a constraint); a failed statement changes nothing, triggers included.
    void exec(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        q.exec();
    }

    void edit(int kind, int step)
    {
        static const char* const stages[] = {"recommended", "interviewed", "intention", "contract", "stable", "left"};
        const QString d = day().left(8) + QString::number(10 + pick(19)); // valid day of month
        switch (kind) {
        case 0:
            exec(QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) VALUES (?, ?, ?)"),
                 {any(QStringLiteral("referrals")), QLatin1String(stages[pick(6)]), d});
            break;
        case 1:
            exec(QStringLiteral("DELETE FROM referral_stages WHERE id = ?"), {any(QStringLiteral("referral_stages"))});
            break;
        case 2:
            exec(QStringLiteral("UPDATE referral_stages SET occurred_on = ? WHERE id = ?"),
                 {d, any(QStringLiteral("referral_stages"))});
            break;
        case 3:
            exec(QStringLiteral("DELETE FROM referrals WHERE id = ?"), {any(QStringLiteral("referrals"))});
            break;
        case 4:
            exec(QStringLiteral("UPDATE referrals SET worker_id = ? WHERE id = ?"),
                 {any(QStringLiteral("workers")), any(QStringLiteral("referrals"))});
            break;
        case 5:
            exec(QStringLiteral("UPDATE workers SET org_id = ? WHERE id = ?"),
                 {any(QStringLiteral("organisations")), any(QStringLiteral("workers"))});
            break;
        case 6:
            exec(QStringLiteral("UPDATE workers SET registered_on = ? WHERE id = ?"),
                 {d, any(QStringLiteral("workers"))});
            break;
        case 7:
            exec(QStringLiteral("DELETE FROM workers WHERE id = ?"), {any(QStringLiteral("workers"))});
            break;
        case 8: // as the importer writes them
            exec(QStringLiteral("INSERT OR IGNORE INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"),
                 {any(QStringLiteral("workers")), anyItem("key_group")});
            break;
        case 9:
            exec(QStringLiteral("DELETE FROM worker_key_groups WHERE (worker_id, key_group_id) = (SELECT worker_id, "
                                "key_group_id FROM worker_key_groups ORDER BY random() LIMIT 1)"));
            break;
        case 10:
            exec(QStringLiteral("INSERT OR IGNORE INTO worker_hardships (worker_id, category_id) VALUES (?, ?)"),
                 {any(QStringLiteral("workers")), anyItem("hardship_category")});
            break;
        case 11:
            exec(QStringLiteral("DELETE FROM worker_hardships WHERE (worker_id, category_id) = (SELECT worker_id, "
                                "category_id FROM worker_hardships ORDER BY random() LIMIT 1)"));
            break;
        case 12:
            exec(
                QStringLiteral("INSERT INTO services (org_id, service_type_id, worker_id, provided_on, project_status, "
                               "created_at) VALUES (?, ?, ?, ?, ?, 'test')"),
                {any(QStringLiteral("organisations")), anyItem("service_type"),
                 pick(4) == 0 ? QVariant() : QVariant(any(QStringLiteral("workers"))), d,
                 pick(2) == 0 ? QVariant() : QVariant(QStringLiteral("candidate"))});
            break;
        case 13:
            exec(QStringLiteral("UPDATE services SET worker_id = ?, org_id = ?, provided_on = ? WHERE id = ?"),
                 {pick(4) == 0 ? QVariant() : QVariant(any(QStringLiteral("workers"))),
                  any(QStringLiteral("organisations")), d, any(QStringLiteral("services"))});
            break;
        case 14:
            switch (pick(4)) {
            case 0:
                exec(QStringLiteral("UPDATE enterprises SET org_id = ? WHERE id = ?"),
                     {any(QStringLiteral("organisations")), any(QStringLiteral("enterprises"))});
                break;
            case 1:
                exec(QStringLiteral("UPDATE vacancies SET headcount = ?, posted_on = ? WHERE id = ?"),
                     {1 + pick(50), d, any(QStringLiteral("vacancies"))});
                break;
            case 2:
                exec(QStringLiteral("DELETE FROM enterprises WHERE id = ?"), {any(QStringLiteral("enterprises"))});
                break;
            default:
                exec(QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, created_at, "
                                    "updated_at) VALUES (?, ?, ?, ?, 'test', 'test')"),
                     {any(QStringLiteral("enterprises")), QStringLiteral("岗位%1").arg(step), 1 + pick(9), d});
            }
            break;
        default:
            if (pick(2) == 0)
                exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('stable_months', ?)"),
                     {QString::number(pick(7))});
            else
                exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'promise_days'"),
                     {QString::number(3 + pick(8))});
        }
    }

    QSqlDatabase m_db;
    std::mt19937 m_rng;
};

} // namespace

TEST_CASE("The activity summary of a new demo equals a full recount", "[summary]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("summary.jobbridge"));
    QSqlDatabase db = file->connection();
    REQUIRE(generateDemo(db, smallOptions()).hasValue());
    const Rows rows = summaryRows(db);
    CHECK(rows.size() > 1000);
    CHECK(rows == recountedRows(db));
}

TEST_CASE("Every kind of edit keeps the activity summary equal to a recount", "[summary]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("edits.jobbridge"));
    QSqlDatabase db = file->connection();
    DemoOptions options = smallOptions(7);
    options.workers = 300;
    options.enterprises = 30;
    REQUIRE(generateDemo(db, options).hasValue());
    const Rows before = summaryRows(db);

    const int kind = GENERATE(range(0, 16));
    INFO("edit kind " << kind);
    RandomEdits edits(db, 1000u + static_cast<unsigned>(kind));
    edits.run(60, {kind});
    const Rows after = summaryRows(db);
    CHECK(after == recountedRows(db));
    if (kind != 9 && kind != 11) // deleting a random link row may hit a worker with nothing counted
        CHECK(after != before);
}

TEST_CASE("Mixed edits keep the activity summary equal to a recount", "[summary]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("mixed.jobbridge"));
    QSqlDatabase db = file->connection();
    DemoOptions options = smallOptions(11);
    options.workers = 300;
    options.enterprises = 30;
    REQUIRE(generateDemo(db, options).hasValue());
    std::vector<int> all(16);
    for (int i = 0; i < 16; ++i)
        all[static_cast<size_t>(i)] = i;
    RandomEdits edits(db, 77u);
    edits.run(400, all);
    CHECK(summaryRows(db) == recountedRows(db));
}
