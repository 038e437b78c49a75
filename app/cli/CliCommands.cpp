#include "app/cli/CliCommands.h"

#include "core/organisations/OrganisationFile.h"
#include "core/demo/DemoGenerator.h"
#include "core/stats/StatsRepository.h"
#include "core/storage/Database.h"

#include "app/cli/CliParsing.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jb::cli {

using core::Database;
using core::Expected;

namespace {

const QString kDefaultOrg = QStringLiteral("340122"); // 肥东县, under 合肥市


bool parseCount(const QString& text, int minimum, int& value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < minimum)
        return false;
    value = v;
    return true;
}

} // namespace

QString usageText()
{
    return QStringLiteral(
        "用法 / Usage: jobbridge-cli <命令 command> [选项 options]\n"
        "\n"
        "  init DB --org CODE         新建台账文件，本单位为行政区划代码 CODE\n"
        "                             Create a file whose home organisation is division CODE\n"
        "  demo DB [--seed N] [--workers N] [--enterprises N] [--org CODE] [--today YYYY-MM-DD]\n"
        "                             生成演示县数据（文件不存在则新建，默认肥东县 340122）\n"
        "                             Fill a file with a demo county (created if missing; default 340122)\n"
        "  stats DB [--json]          各表记录数与各重点群体人数 / Record counts per table and key group\n"
        "  metrics DB --period 2026|2026-03|PHASE [--org CODE] [--today YYYY-MM-DD] [--json]\n"
        "                             指标完成情况（与仪表盘相同）/ Progress against targets (as the dashboard)\n"
        "  submit DB --month YYYY-MM [--org CODE]   报送并锁定月报 / Submit a month's report and lock it\n"
        "  unlock DB --month YYYY-MM --reason TEXT  解锁（记入日志）/ Unlock a submitted month (audited)\n"
        "  report DB --month YYYY-MM [--org CODE] --out FILE.pdf|FILE.xlsx|FILE.csv [--today YYYY-MM-DD]\n"
        "         [--lang zh|en]      月报（格式按扩展名）/ Monthly report (format from the extension)\n"
        "  import DB --kind workers|vacancies FILE [--dry-run] [--errors OUT.csv]\n"
        "         [--encoding auto|utf-8|gb18030] [--json]\n"
        "                             导入劳动者或岗位清单（CSV），有问题的行可写入错误文件\n"
        "                             Import a worker or vacancy list (CSV); rows with issues go to an error file\n"
        "  export DB --kind workers|enterprises|vacancies OUT.csv|OUT.xlsx [--unmasked] [--search TEXT]\n"
        "         [--today YYYY-MM-DD]\n"
        "                             导出劳动者、企业或岗位清单（默认遮蔽身份证和电话；--unmasked 记入审计日志）\n"
        "                             Export the worker, enterprise or vacancy list (masked unless --unmasked,\n"
        "                             which is audited)\n"
        "  import-batches DB [--json] 导入记录 / Past imports\n"
        "  import-undo DB --batch N   撤销一批导入（新建的删除，更新的恢复）/ Undo an import (created records\n"
        "                             removed, updated ones restored)\n"
        "  package export DB --period P --out FILE [--today YYYY-MM-DD] [--with-records]\n"
        "  package import DB FILE...  导出上报包；导入下级单位的上报包（显示变化）/ Export a package for the\n"
        "                             organisation above; import packages from below (lists what changed)\n"
        "  --help, --version\n"
        "\n"
        "退出码 / Exit status: 0 成功 success; 1 用法错误 wrong usage; 2 数据或文件无法使用 bad data or file\n");
}

int runInit(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption org(QStringLiteral("org"),
                                 QStringLiteral("本单位的行政区划代码（GB/T 2260）/ Home division code"),
                                 QStringLiteral("CODE"));
    parser.addOption(org);
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("新文件 / the new file"));
    if (int code = parseCommand(parser, QStringLiteral("init"), QStringLiteral("新建台账文件 / Create a file"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(org))
        return io.fail(Usage, QStringLiteral("需要一个文件名和 --org CODE / Need one file name and --org CODE\n\n") +
                                  parser.helpText());
    const QString path = parser.positionalArguments().constFirst();
    Expected<std::unique_ptr<Database>> db = core::createOrganisationFile(path, parser.value(org).trimmed());
    if (!db)
        return io.fail(BadData, db.error());
    const core::Expected<core::DatabaseStats> stats = core::StatsRepository((*db)->connection()).collect();
    io.out() << QStringLiteral("已新建 / Created %1: %2 (%3)").arg(path, stats ? stats->homeName : QString(),
                                                                    stats ? stats->homeCode : QString())
             << Qt::endl;
    return Success;
}

int runDemo(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("随机种子 / Random seed"),
                                  QStringLiteral("N"));
    const QCommandLineOption workers(QStringLiteral("workers"), QStringLiteral("劳动者人数 / Workers"),
                                     QStringLiteral("N"));
    const QCommandLineOption enterprises(QStringLiteral("enterprises"), QStringLiteral("企业数 / Enterprises"),
                                         QStringLiteral("N"));
    const QCommandLineOption vacancies(QStringLiteral("vacancies"),
                                       QStringLiteral("岗位数（默认每家约4个）/ Vacancies (default ~4 each)"),
                                       QStringLiteral("N"));
    const QCommandLineOption org(QStringLiteral("org"),
                                 QStringLiteral("新建文件时的本单位代码（默认 340122）/ Home code for a new file"),
                                 QStringLiteral("CODE"), kDefaultOrg);
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("以此日期为“今天”（默认今天）/ Treat this date as today"),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({seed, workers, enterprises, vacancies, org, today});
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    if (int code = parseCommand(parser, QStringLiteral("demo"), QStringLiteral("生成演示数据 / Generate demo data"), args,
                         io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return io.fail(Usage, QStringLiteral("需要一个文件名 / Need one file name\n\n") + parser.helpText());

    core::DemoOptions options;
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return io.fail(Usage, QStringLiteral("--seed 需要非负整数 / --seed needs a non-negative integer"));
    }
    if (parser.isSet(workers) && !parseCount(parser.value(workers), 0, options.workers))
        return io.fail(Usage, QStringLiteral("--workers 需要非负整数 / --workers needs a non-negative integer"));
    if (parser.isSet(enterprises) && !parseCount(parser.value(enterprises), 0, options.enterprises))
        return io.fail(Usage,
                       QStringLiteral("--enterprises 需要非负整数 / --enterprises needs a non-negative integer"));
    if (parser.isSet(vacancies) && !parseCount(parser.value(vacancies), 0, options.vacancies))
        return io.fail(Usage, QStringLiteral("--vacancies 需要非负整数 / --vacancies needs a non-negative integer"));
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return io.fail(Usage, QStringLiteral("--today 需要 YYYY-MM-DD 格式的日期 / --today needs a date "
                                                 "as YYYY-MM-DD"));
    }

    const QString path = parser.positionalArguments().constFirst();
    const bool existed = QFileInfo::exists(path);
    Expected<std::unique_ptr<Database>> db =
        existed ? Database::open(path) : core::createOrganisationFile(path, parser.value(org).trimmed());
    if (!db)
        return io.fail(BadData, db.error());
    const Expected<core::DemoSummary> summary = core::generateDemo((*db)->connection(), options);
    if (!summary) {
        const QString message = summary.error();
        db = Expected<std::unique_ptr<Database>>::failure(QString());
        if (!existed)
            QFile::remove(path); // a file this command created and could not fill is not left behind
        return io.fail(BadData, message);
    }
    io.out() << QStringLiteral("演示数据已生成 / Demo data written to %1: %2 家企业 enterprises, %3 个岗位 "
                               "vacancies, %4 名劳动者 workers, %5 场招聘会 fairs, %6 条推荐 referrals, "
                               "%7 条服务 services")
                    .arg(path)
                    .arg(summary->enterprises)
                    .arg(summary->vacancies)
                    .arg(summary->workers)
                    .arg(summary->fairs)
                    .arg(summary->referrals)
                    .arg(summary->services)
             << Qt::endl;
    return Success;
}

int runStats(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("输出 JSON / Print JSON"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    if (int code = parseCommand(parser, QStringLiteral("stats"), QStringLiteral("记录统计 / Record counts"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return io.fail(Usage, QStringLiteral("需要一个文件名 / Need one file name\n\n") + parser.helpText());
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    const Expected<core::DatabaseStats> stats = core::StatsRepository(file->connection()).collect();
    if (!stats)
        return io.fail(BadData, stats.error());

    if (parser.isSet(json)) {
        QJsonObject tables;
        for (const core::TableCount& t : stats->tables)
            tables.insert(t.table, t.rows);
        QJsonArray groups;
        for (const core::KeyGroupCount& g : stats->keyGroups)
            groups.append(QJsonObject{{QStringLiteral("code"), g.code},
                                      {QStringLiteral("name_zh"), g.nameZh},
                                      {QStringLiteral("name_en"), g.nameEn},
                                      {QStringLiteral("workers"), g.workers}});
        const QJsonObject root{
            {QStringLiteral("file"), file->path()},
            {QStringLiteral("schema_version"), stats->schemaVersion},
            {QStringLiteral("home"), QJsonObject{{QStringLiteral("code"), stats->homeCode},
                                                 {QStringLiteral("name"), stats->homeName}}},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("key_groups"), groups}};
        io.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }
    io.out() << QStringLiteral("%1 (%2) — %3, 数据版本 schema v%4")
                    .arg(stats->homeName, stats->homeCode, file->path())
                    .arg(stats->schemaVersion)
             << Qt::endl;
    for (const core::TableCount& t : stats->tables)
        io.out() << QStringLiteral("  %1 %2").arg(t.table, -22).arg(t.rows, 10) << Qt::endl;
    io.out() << QStringLiteral("重点群体 / Key groups:") << Qt::endl;
    for (const core::KeyGroupCount& g : stats->keyGroups)
        io.out() << QStringLiteral("  %1 %2 (%3)").arg(g.workers, 10).arg(g.nameZh, g.nameEn) << Qt::endl;
    return Success;
}

} // namespace jb::cli
