// Schema version 8: placement (issue 13). The referral pipeline records who made each stage and why, the contract's
// start, wage and term, side exits (declined, rejected, withdrawn, hired elsewhere) with reasons from reference data,
// retention checks, the promise's recognition dates and "unwilling for now", the working-day calendar (shipped
// Chinese holidays with make-up days, editable), and trade synonyms for matching. Stable employment stays derived:
// the view now counts from the contract's start day when one is recorded.

#include "core/storage/ActivitySummary.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

namespace jb::core::schema {

namespace {

const char* const kSchemaV8[] = {
    // Who recorded a stage and when; why a referral left; the contract's details (on the contract row itself, so
    // the summary triggers that fire on its insert see them).
    "ALTER TABLE referral_stages ADD COLUMN officer TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE referral_stages ADD COLUMN recorded_at TEXT",
    "ALTER TABLE referral_stages ADD COLUMN reason_code TEXT",
    "ALTER TABLE referral_stages ADD COLUMN starts_on TEXT",
    "ALTER TABLE referral_stages ADD COLUMN monthly_wage INTEGER",
    "ALTER TABLE referral_stages ADD COLUMN term_months INTEGER",
    // A side exit ends a referral before a contract; referrals.stage keeps the last stage it reached.
    ("ALTER TABLE referrals ADD COLUMN exit_kind TEXT CHECK (exit_kind IN ('declined','rejected','withdrawn',"
     "'hired_elsewhere'))"),
    "ALTER TABLE referrals ADD COLUMN exit_on TEXT",
    "ALTER TABLE referrals ADD COLUMN exit_reason TEXT",
    "CREATE INDEX referrals_stage ON referrals(stage, stage_on)",
    // Retention checks at the follow-up months after a contract starts.
    R"(CREATE TABLE retention_checks (
        id          INTEGER PRIMARY KEY,
        referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
        months      INTEGER NOT NULL CHECK (months > 0),
        checked_on  TEXT NOT NULL,
        outcome     TEXT NOT NULL CHECK (outcome IN ('employed','left','unreached')),
        reason_code TEXT,
        officer     TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL))",
    "CREATE INDEX retention_checks_referral ON retention_checks(referral_id, months)",
    // The day a hardship was recognised, when later than registration: the promise's clock starts then.
    "ALTER TABLE worker_hardships ADD COLUMN recognised_on TEXT",
    "CREATE INDEX worker_hardships_recognised ON worker_hardships(recognised_on) WHERE recognised_on IS NOT NULL",
    // "Unwilling for now" after repeated declines: stops the promise's clock (audited).
    R"(CREATE TABLE promise_unwilling (
        worker_id   INTEGER PRIMARY KEY REFERENCES workers(id) ON DELETE CASCADE,
        recorded_on TEXT NOT NULL,
        officer     TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT ''))",
    // Days that differ from the ordinary week: 1 = off although a weekday, 0 = a make-up working day.
    R"(CREATE TABLE holidays (
        day        TEXT PRIMARY KEY,
        name       TEXT NOT NULL DEFAULT '',
        is_off_day INTEGER NOT NULL CHECK (is_off_day IN (0,1)),
        source     TEXT NOT NULL DEFAULT 'shipped' CHECK (source IN ('shipped','officer'))) WITHOUT ROWID)",
    // Trades that mean the same post; a group may name its occupation group (职业分类大典 major group code).
    R"(CREATE TABLE trade_synonyms (
        id               INTEGER PRIMARY KEY,
        group_code       TEXT NOT NULL,
        term             TEXT NOT NULL UNIQUE,
        occupation_group TEXT,
        retired          INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0,1))))",
    "CREATE INDEX trade_synonyms_group ON trade_synonyms(group_code)",
    // Matching looks candidates up by trade.
    "CREATE INDEX vacancies_open_title ON vacancies(title) WHERE status = 'open'",
    "CREATE INDEX vacancies_open_trade ON vacancies(trade) WHERE status = 'open'",
    "CREATE INDEX workers_desired_trade ON workers(desired_trade, org_id)",
    // Stable employment counts from the contract's start when recorded, else from the day it was signed.
    "DROP VIEW summary_stable_contributions",
    "DROP VIEW summary_stable_employment",
};

struct Reason
{
    const char* list;
    const char* code;
    const char* nameZh;
    const char* nameEn;
};

// Table data: the reasons of the side exits and departures (issue 13's lists); officers may add and retire them.
const Reason kReasons[] = {
    {"referral_decline_reason", "wage", "工资待遇", "Wage"},
    {"referral_decline_reason", "distance", "路程太远", "Distance"},
    {"referral_decline_reason", "conditions", "工作条件", "Working conditions"},
    {"referral_decline_reason", "found_elsewhere", "已在别处就业", "Found work elsewhere"},
    {"referral_decline_reason", "not_interested", "不感兴趣", "Not interested"},
    {"referral_decline_reason", "health_family", "健康或家庭原因", "Health or family"},
    {"referral_decline_reason", "other", "其他", "Other"},
    {"referral_reject_reason", "skills", "技能不符", "Skills"},
    {"referral_reject_reason", "experience", "经验不足", "Experience"},
    {"referral_reject_reason", "age", "年龄不符", "Age"},
    {"referral_reject_reason", "no_show", "未参加面试", "Did not come to the interview"},
    {"referral_reject_reason", "post_filled", "岗位已招满", "Post already filled"},
    {"referral_reject_reason", "other", "其他", "Other"},
    {"referral_withdraw_reason", "unreachable", "联系不上", "Could not be reached"},
    {"referral_withdraw_reason", "post_closed", "岗位已关闭", "Post closed"},
    {"referral_withdraw_reason", "entered_by_mistake", "误录", "Entered by mistake"},
    {"referral_withdraw_reason", "other", "其他", "Other"},
    {"referral_leave_reason", "resigned", "主动离职", "Resigned"},
    {"referral_leave_reason", "dismissed", "被辞退", "Dismissed"},
    {"referral_leave_reason", "contract_ended", "合同到期", "Contract ended"},
    {"referral_leave_reason", "health_family", "健康或家庭原因", "Health or family"},
    {"referral_leave_reason", "other", "其他", "Other"},
};

// Table data: the synonyms issue 13 names, with the occupation group of each (职业分类大典 major groups).
const char* const kSynonyms[][3] = {
    {"general_worker", "普工", "6"},
    {"general_worker", "操作工", "6"},
    {"general_worker", "生产线普工", "6"},
    {"forklift", "叉车工", "4"},
    {"forklift", "叉车司机", "4"},
    {"warehouse", "仓管员", "4"},
    {"warehouse", "仓库管理员", "4"},
    {"welder", "焊工", "6"},
    {"welder", "电焊工", "6"},
    {"cleaner", "保洁员", "4"},
    {"cleaner", "保洁", "4"},
    {"electrician", "电工", "6"},
    {"electrician", "维修电工", "6"},
    {"cook", "厨师", "4"},
    {"cook", "厨工", "4"},
    {"security", "保安", "4"},
    {"security", "保安员", "4"},
    {"sewing", "缝纫工", "6"},
    {"sewing", "车工", "6"},
    {"driver", "驾驶员", "4"},
    {"driver", "司机", "4"},
};

QString stableViews()
{
    return QStringLiteral(R"(CREATE VIEW summary_stable_employment AS
      SELECT referral_id, worker_id, stable_on AS day FROM (
        SELECT y.referral_id, y.worker_id, y.start_on AS contract_on, %1 AS stable_on
        FROM (SELECT c.referral_id, c.worker_id,
                     coalesce((SELECT min(s.starts_on) FROM referral_stages s WHERE s.referral_id = c.referral_id
                               AND s.stage = 'contract'), c.day) AS start_on
              FROM summary_referral_stages c WHERE c.stage = 'contract') y
        CROSS JOIN (SELECT %2 AS n) m) x
      WHERE NOT EXISTS (SELECT 1 FROM referral_stages l WHERE l.referral_id = x.referral_id AND l.stage = 'left'
                        AND l.occurred_on >= x.contract_on AND l.occurred_on < x.stable_on))")
        .arg(summary::stableDayExpression(QStringLiteral("y.start_on"), QStringLiteral("m.n")),
             summary::stableMonthsExpression());
}

Status seedHolidays(QSqlDatabase& db)
{
    QFile file(QStringLiteral(":/reference/holidays-cn/holidays.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(JB_TR("Storage", "The shipped holiday calendar cannot be read"));
    QTextStream in(&file);
    in.readLine(); // header: date,name,is_off_day
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO holidays (day, name, is_off_day, source) VALUES (?, ?, ?, 'shipped')"));
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().trimmed().split(QLatin1Char(','));
        if (cells.size() != 3)
            continue;
        q.addBindValue(cells.at(0));
        q.addBindValue(cells.at(1));
        q.addBindValue(cells.at(2).toInt());
        if (!q.exec())
            return Status::failure(describeSqlError(q, QStringLiteral("holidays")));
    }
    return {};
}

Status seedReasonsAndSynonyms(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO reference_items (list, code, name_zh, name_en, sort_order) "
                             "VALUES (?, ?, ?, ?, ?)"));
    int order = 0;
    QString previous;
    for (const Reason& r : kReasons) {
        const QString list = QString::fromUtf8(r.list);
        order = list == previous ? order + 1 : 1;
        previous = list;
        for (const QVariant& v :
             {QVariant(list), QVariant(QString::fromUtf8(r.code)), QVariant(QString::fromUtf8(r.nameZh)),
              QVariant(QString::fromUtf8(r.nameEn)), QVariant(order)})
            q.addBindValue(v);
        if (!q.exec())
            return Status::failure(describeSqlError(q, QStringLiteral("referral reasons")));
    }
    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT INTO trade_synonyms (group_code, term, occupation_group) VALUES (?, ?, ?)"));
    for (const auto& row : kSynonyms) {
        s.addBindValue(QString::fromUtf8(row[0]));
        s.addBindValue(QString::fromUtf8(row[1]));
        s.addBindValue(QString::fromUtf8(row[2]));
        if (!s.exec())
            return Status::failure(describeSqlError(s, QStringLiteral("trade synonyms")));
    }
    return {};
}

} // namespace

Status upgradeToVersion8(QSqlDatabase& db)
{
    QStringList statements;
    for (const char* statement : kSchemaV8)
        statements << QString::fromUtf8(statement);
    statements << stableViews()
               << QStringLiteral("CREATE VIEW summary_stable_contributions AS SELECT s.referral_id, s.worker_id, "
                                 "'stable_employment' AS metric, g.key_group_id, g.org_id, s.day, 1 AS n FROM "
                                 "summary_stable_employment s JOIN summary_worker_groups g ON g.worker_id = "
                                 "s.worker_id");
    if (Status s = execStatements(db, statements, QStringLiteral("schema v8")); !s)
        return s;
    if (Status s = seedHolidays(db); !s)
        return s;
    return seedReasonsAndSynonyms(db);
}

} // namespace jb::core::schema
