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

void printMetrics(const Progress& p, QTextStream& out)
{
    out << JB_TR("Cli", "%1 (%2) · %3 %4…%5 · as of %6")
               .arg(p.org.name)
               .arg(p.org.code)
               .arg(p.period.label)
               .arg(p.period.start.toString(Qt::ISODate))
               .arg(p.period.end.toString(Qt::ISODate))
               .arg(p.asOf.toString(Qt::ISODate))
               .text()
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(JB_TR("Cli", "Metric").text(), -34)
               .arg(JB_TR("Cli", "Actual").text(), 9)
               .arg(JB_TR("Cli", "Target").text(), 9)
               .arg(JB_TR("Cli", "Expected").text(), 9)
               .arg(JB_TR("Cli", "Sub-unit targets").text(), 9)
               .arg(JB_TR("Cli", "Status").text())
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
}

void printBreakdowns(const Progress& p, QTextStream& out)
{
    if (!p.bySubUnit.isEmpty()) {
        out << JB_TR("Cli", "Sub-units (stable_employment, jobs_collected, job_fairs):").text() << Qt::endl;
        for (const SubUnitFigures& s : p.bySubUnit)
            out << QStringLiteral("  %1 %2 %3 %4 %5")
                       .arg(s.org.code, -12)
                       .arg(s.org.name, -10)
                       .arg(s.actual.value(QStringLiteral("stable_employment")), 8)
                       .arg(s.actual.value(QStringLiteral("jobs_collected")), 8)
                       .arg(s.actual.value(QStringLiteral("job_fairs")), 5)
                << Qt::endl;
    }
    out << JB_TR("Cli", "Key groups (stable_employment, contracts):").text() << Qt::endl;
    for (const KeyGroupFigures& g : p.byKeyGroup)
        out << QStringLiteral("  %1 %2 %3")
                   .arg(localName(g.nameZh, g.nameEn), -14)
                   .arg(g.actual.value(QStringLiteral("stable_employment")), 8)
                   .arg(g.actual.value(QStringLiteral("contracts")), 8)
            << Qt::endl;
    out << JB_TR("Cli", "Funnel:").text();
    for (int i = 0; i < p.funnel.size(); ++i)
        out << QStringLiteral(" %1 %2").arg(funnelStages().at(i).name.text()).arg(p.funnel.at(i));
    out << Qt::endl;
    out << JB_TR("Cli", "One-week promise (%1 days): registered %2, in promise %3, late %4, due %5, overdue %6")
               .arg(p.promise.promiseDays)
               .arg(p.promise.registered)
               .arg(p.promise.servedInPromise)
               .arg(p.promise.servedLate)
               .arg(p.promise.due)
               .arg(p.promise.overdue)
               .text()
        << Qt::endl;
    out << JB_TR("Cli", "Fairs by organiser level:").text();
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
                                    JB_TR("Cli", "Period: 2026, 2026-03 or a phase name").text(), QStringLiteral("P"));
    const QCommandLineOption today = todayOption();
    const QCommandLineOption json(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text());
    parser.addOptions({org, period, today, json});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("metrics"), JB_TR("Cli", "Progress against targets"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(period))
        return usageError(parser, io, JB_TR("Cli", "Need one file name and --period"));
    QDate asOf;
    if (int code = readToday(parser, io, asOf); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    Organisation organisation;
    if (int code = openWithOrganisation(parser, io, file, organisation, Access::Read); code >= 0)
        return code;
    QSqlDatabase c = file->connection();
    const Expected<Period> p = PeriodRepository(c).find(parser.value(period));
    if (!p)
        return io.fail(BadData, p.error());
    const Expected<Progress> progress = loadProgress(c, organisation.id, *p, asOf);
    if (!progress)
        return io.fail(BadData, progress.error());
    if (parser.isSet(json)) {
        io.out() << QString::fromUtf8(QJsonDocument(progressToJson(*progress)).toJson(QJsonDocument::Indented));
        return Success;
    }
    printMetrics(*progress, io.out());
    printBreakdowns(*progress, io.out());
    return Success;
}

} // namespace jb::cli
