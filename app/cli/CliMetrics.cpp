#include "app/cli/CliMetrics.h"

#include "app/cli/CliParsing.h"
#include "core/metrics/ProgressJson.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace jb::cli {

using namespace jb::core;

namespace {

QString number(double v)
{
    return QString::number(v, 'f', v == static_cast<double>(static_cast<qint64>(v)) ? 0 : 1);
}

QString optional(const std::optional<double>& v)
{
    return v ? number(*v) : QStringLiteral("—");
}

void printText(const Progress& p, CliOutput& io)
{
    QTextStream& out = io.out();
    out << QStringLiteral("%1 (%2) · %3 %4…%5 · 截至 / as of %6")
               .arg(p.org.name, p.org.code, p.period.label, p.period.start.toString(Qt::ISODate),
                    p.period.end.toString(Qt::ISODate), p.asOf.toString(Qt::ISODate))
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(QStringLiteral("指标 / metric"), -34)
               .arg(QStringLiteral("实际"), 9)
               .arg(QStringLiteral("目标"), 9)
               .arg(QStringLiteral("应完成"), 9)
               .arg(QStringLiteral("下级目标"), 9)
               .arg(QStringLiteral("状态"))
        << Qt::endl;
    for (const MetricProgress& m : p.metrics) {
        const MetricInfo& info = metricInfo(m.metric);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(info.name.text() + QStringLiteral(" ") + info.key, -34)
                   .arg(m.actual, 9)
                   .arg(optional(m.target), 9)
                   .arg(optional(m.pace.expected), 9)
                   .arg(optional(m.subUnitTargets), 9)
                   .arg(paceStatusKey(m.pace.status))
            << Qt::endl;
    }
    if (!p.bySubUnit.isEmpty()) {
        out << QStringLiteral("下级单位 / sub-units (stable_employment, jobs_collected, job_fairs):") << Qt::endl;
        for (const SubUnitFigures& s : p.bySubUnit)
            out << QStringLiteral("  %1 %2 %3 %4 %5")
                       .arg(s.org.code, -12)
                       .arg(s.org.name, -10)
                       .arg(s.actual.value(QStringLiteral("stable_employment")), 8)
                       .arg(s.actual.value(QStringLiteral("jobs_collected")), 8)
                       .arg(s.actual.value(QStringLiteral("job_fairs")), 5)
                << Qt::endl;
    }
    out << QStringLiteral("重点群体 / key groups (stable_employment, contracts):") << Qt::endl;
    for (const KeyGroupFigures& g : p.byKeyGroup)
        out << QStringLiteral("  %1 %2 %3")
                   .arg(g.nameZh, -14)
                   .arg(g.actual.value(QStringLiteral("stable_employment")), 8)
                   .arg(g.actual.value(QStringLiteral("contracts")), 8)
            << Qt::endl;
    out << QStringLiteral("推荐进程 / funnel:");
    for (int i = 0; i < p.funnel.size(); ++i)
        out << QStringLiteral(" %1 %2").arg(funnelStages().at(i).name.text()).arg(p.funnel.at(i));
    out << Qt::endl;
    out << QStringLiteral("一周承诺 / promise (%1 days): registered %2, in promise %3, late %4, due %5, overdue %6")
               .arg(p.promise.promiseDays)
               .arg(p.promise.registered)
               .arg(p.promise.servedInPromise)
               .arg(p.promise.servedLate)
               .arg(p.promise.due)
               .arg(p.promise.overdue)
        << Qt::endl;
    out << QStringLiteral("招聘会 / fairs by organiser level:");
    for (const FairLevelCount& f : p.fairsByLevel)
        out << QStringLiteral(" %1 %2").arg(f.level).arg(f.fairs);
    out << Qt::endl;
}

} // namespace

int runMetrics(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption org = orgOption();
    const QCommandLineOption period(QStringLiteral("period"),
                                    QStringLiteral("统计期：2026、2026-03 或阶段名称 / Period: 2026, 2026-03 or a "
                                                   "phase name"),
                                    QStringLiteral("P"));
    const QCommandLineOption today = todayOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("输出 JSON / Print JSON"));
    parser.addOptions({org, period, today, json});
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    if (int code = parseCommand(parser, QStringLiteral("metrics"),
                                QStringLiteral("指标完成情况 / Progress against targets"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(period))
        return io.fail(Usage, QStringLiteral("需要一个文件名和 --period / Need one file name and --period\n\n") +
                                  parser.helpText());
    QDate asOf;
    if (int code = readToday(parser, io, asOf); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    Organisation organisation;
    if (int code = openWithOrganisation(parser, io, file, organisation); code >= 0)
        return code;
    QSqlDatabase c = file->connection();
    const Expected<Period> p = PeriodRepository(c).find(parser.value(period));
    if (!p)
        return io.fail(BadData, p.error());
    const Expected<Progress> progress = loadProgress(c, organisation.id, *p, asOf);
    if (!progress)
        return io.fail(BadData, progress.error());
    if (parser.isSet(json))
        io.out() << QString::fromUtf8(QJsonDocument(progressToJson(*progress)).toJson(QJsonDocument::Indented));
    else
        printText(*progress, io);
    return Success;
}

} // namespace jb::cli
