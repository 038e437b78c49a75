#include "documents/ReportSections.h"

#include "core/Message.h"
#include "documents/ReportCells.h"
#include "documents/ReportFairMinimums.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace jb::report::sections {

using core::MetricInfo;
using core::MetricProgress;
using core::MonthlyReport;
using core::Progress;

using cells::formulaCell;
using cells::makeSection;
using cells::range;
using cells::ratio;
using cells::totalRow;
using Op = ReportFormula::Op;

namespace {

const MetricProgress* findFigure(const Progress& progress, core::Metric metric)
{
    for (const MetricProgress& m : progress.metrics)
        if (m.metric == metric)
            return &m;
    return nullptr;
}

QString paceWords(core::PaceStatus status)
{
    switch (status) {
    case core::PaceStatus::NoTarget:
        return {};
    case core::PaceStatus::Green:
        return JB_TR("Documents", "On pace").text();
    case core::PaceStatus::Amber:
        return JB_TR("Documents", "Slightly behind").text();
    case core::PaceStatus::Red:
        return JB_TR("Documents", "Behind").text();
    }
    return {};
}

QString levelWords(const QString& level)
{
    if (level == QLatin1String("province"))
        return JB_TR("Documents", "Province").text();
    if (level == QLatin1String("city"))
        return JB_TR("Documents", "City").text();
    if (level == QLatin1String("county"))
        return JB_TR("Documents", "County").text();
    if (level == QLatin1String("industry"))
        return JB_TR("Documents", "Industry union").text();
    return level;
}

QString modeWords(const QString& mode)
{
    if (mode == QLatin1String("online"))
        return JB_TR("Documents", "Online").text();
    if (mode == QLatin1String("offline"))
        return JB_TR("Documents", "Offline").text();
    if (mode == QLatin1String("both"))
        return JB_TR("Documents", "Both").text();
    return mode;
}

QString metricName(const MetricInfo& info)
{
    return info.name.text();
}

// The headers of a table, in the installed language.
QStringList texts(const QVector<core::Message>& messages)
{
    QStringList out;
    for (const core::Message& m : messages)
        out << m.text();
    return out;
}

// The summary's chart: each metric's year to date against its year target and the pace.
ReportChart completionChart(const MonthlyReport& r)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Completion;
    chart.title = JB_TR("Documents", "Year to date against the year target").text();
    chart.legend = JB_TR("Documents", "Bar: done %; black line: expected by pace; dashed: 100%. Green on pace, amber "
                                      "slightly behind, red behind, grey no target.")
                       .text();
    chart.noTarget = JB_TR("Documents", "no target").text();
    for (const MetricInfo& info : core::metricCatalog()) {
        const MetricProgress* year = findFigure(r.yearToDate, info.metric);
        ChartBar bar;
        bar.label = metricName(info);
        if (year) {
            bar.actual = static_cast<double>(year->actual);
            bar.target = year->target;
            bar.expected = year->pace.expected;
            bar.status = year->pace.status;
        }
        chart.bars << bar;
    }
    return chart;
}

} // namespace

bool inChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString localName(const QString& zh, const QString& en)
{
    return inChinese() || en.isEmpty() ? zh : en;
}

namespace {

// What a count should have reached by now to be on pace, as a whole number: the smallest count at or above the
// pace's expectation, so "done ≥ expected" reads the same as the pace's colour (265.37 enterprises is 266).
ReportCell expectedCount(const MetricProgress* m)
{
    if (!m || !m->pace.expected)
        return ReportCell::empty();
    return ReportCell::integer(static_cast<qint64>(std::ceil(*m->pace.expected - 1e-9)));
}

} // namespace

ReportSection summary(const MonthlyReport& r)
{
    ReportSection section = makeSection(QStringLiteral("summary"), JB_TR("Documents", "Summary").text());
    ReportTable table;
    table.title = JB_TR("Documents", "This month and year to date").text() + QStringLiteral(" (") +
                  r.yearToDate.period.label + QStringLiteral(")");
    // Without a monthly target anywhere the month's target and its done % say nothing: they are left out.
    const bool monthTargets = std::any_of(r.thisMonth.metrics.cbegin(), r.thisMonth.metrics.cend(),
                                          [](const MetricProgress& m) { return m.target.has_value(); });
    QVector<core::Message> header = {JB_TR("Documents", "Metric"), JB_TR("Documents", "Unit"),
                                     JB_TR("Documents", "Month done")};
    if (monthTargets)
        header << JB_TR("Documents", "Month target") << JB_TR("Documents", "Done %");
    header << JB_TR("Documents", "Year to date") << JB_TR("Documents", "Year target") << JB_TR("Documents", "Done %")
           << JB_TR("Documents", "Expected by pace") << JB_TR("Documents", "Pace");
    table.header = texts(header);
    table.textColumns = 2;
    const int yearColumn = monthTargets ? 5 : 3;
    for (const MetricInfo& info : core::metricCatalog()) {
        const MetricProgress* month = findFigure(r.thisMonth, info.metric);
        const MetricProgress* year = findFigure(r.yearToDate, info.metric);
        ReportRow row;
        row.cells = {ReportCell::label(metricName(info)), ReportCell::label(info.unit.text()),
                     ReportCell::integer(month ? month->actual : 0)};
        if (monthTargets)
            row.cells << ReportCell::number(month ? month->target : std::nullopt) << ratio(2, 3);
        row.cells << ReportCell::integer(year ? year->actual : 0)
                  << ReportCell::number(year ? year->target : std::nullopt) << ratio(yearColumn, yearColumn + 1)
                  << expectedCount(year) << ReportCell::label(year ? paceWords(year->pace.status) : QString());
        table.rows << row;
    }
    table.note = JB_TR("Documents", "Done % = actual ÷ target; expected by pace = year target × share of the year's "
                                    "days elapsed, rounded up to a whole number.")
                     .text();
    if (!monthTargets)
        table.note = JB_TR("Documents", "%1 %2")
                         .arg(core::Message::verbatim(table.note))
                         .arg(JB_TR("Documents", "No monthly targets are set, so the month's target columns are left "
                                                 "out."))
                         .text();
    section.tables << table;

    section.chart = completionChart(r);

    if (r.phase) {
        ReportTable phase;
        phase.title = r.phase->period.label + QStringLiteral(" (") + r.phase->period.start.toString(Qt::ISODate) +
                      QStringLiteral(" — ") + r.phase->period.end.toString(Qt::ISODate) + QStringLiteral(")");
        phase.header =
            texts({JB_TR("Documents", "Metric"), JB_TR("Documents", "Unit"), JB_TR("Documents", "Phase to date"),
                   JB_TR("Documents", "Phase target"), JB_TR("Documents", "Done %"),
                   JB_TR("Documents", "Expected by pace"), JB_TR("Documents", "Pace")});
        phase.textColumns = 2;
        for (const MetricInfo& info : core::metricCatalog()) {
            const MetricProgress* m = findFigure(*r.phase, info.metric);
            ReportRow row;
            row.cells = {ReportCell::label(metricName(info)),
                         ReportCell::label(info.unit.text()),
                         ReportCell::integer(m ? m->actual : 0),
                         ReportCell::number(m ? m->target : std::nullopt),
                         ratio(2, 3),
                         expectedCount(m),
                         ReportCell::label(m ? paceWords(m->pace.status) : QString())};
            phase.rows << row;
        }
        section.tables << phase;
    }
    return section;
}

namespace {

// One row per direct sub-unit, a row for the organisation's own records when the sub-units do not add up to its
// figure, and a total row that must equal the organisation's figure.
ReportTable subUnitActuals(const Progress& progress, const QString& title)
{
    const QVector<MetricInfo>& catalog = core::metricCatalog();
    ReportTable table;
    table.title = title;
    table.header << JB_TR("Documents", "Unit").text();
    for (const MetricInfo& info : catalog)
        table.header << metricName(info);
    QHash<QString, qint64> subUnitSum;
    for (const core::SubUnitFigures& s : progress.bySubUnit) {
        ReportRow row;
        row.cells << ReportCell::label(s.org.name);
        for (const MetricInfo& info : catalog) {
            const qint64 v = s.actual.value(info.key);
            row.cells << ReportCell::integer(v);
            subUnitSum[info.key] += v;
        }
        table.rows << row;
    }
    ReportRow own;
    own.cells << ReportCell::label(JB_TR("Documents", "Own records").text());
    bool ownAny = false;
    for (const MetricInfo& info : catalog) {
        const MetricProgress* m = findFigure(progress, info.metric);
        const qint64 v = (m ? m->actual : 0) - subUnitSum.value(info.key);
        ownAny = ownAny || v != 0;
        own.cells << ReportCell::integer(v);
    }
    if (ownAny)
        table.rows << own;
    table.rows << totalRow(JB_TR("Documents", "Total").text(), static_cast<int>(catalog.size()) + 1,
                           range(1, static_cast<int>(catalog.size()) + 1));
    return table;
}

} // namespace

namespace {

// Sub-units against their own annual targets, three metrics to a table so it fits an A4 page.
QVector<ReportTable> subUnitTargets(const Progress& year)
{
    QVector<const MetricInfo*> withTargets;
    for (const MetricInfo& info : core::metricCatalog())
        for (const core::SubUnitFigures& s : year.bySubUnit)
            if (s.target.contains(info.key)) {
                withTargets << &info;
                break;
            }
    QVector<ReportTable> tables;
    for (int first = 0; first < withTargets.size(); first += 3) {
        ReportTable table;
        table.title = JB_TR("Documents", "Sub-units against their annual targets").text();
        table.header << JB_TR("Documents", "Unit").text();
        const int count = std::min<int>(3, static_cast<int>(withTargets.size()) - first);
        for (int i = 0; i < count; ++i) {
            const QString name = metricName(*withTargets.at(first + i));
            table.header << JB_TR("Documents", "%1 to date").arg(name).text()
                         << JB_TR("Documents", "%1 target").arg(name).text() << JB_TR("Documents", "Done %").text();
        }
        for (const core::SubUnitFigures& s : year.bySubUnit) {
            ReportRow row;
            row.cells << ReportCell::label(s.org.name);
            for (int i = 0; i < count; ++i) {
                const QString key = withTargets.at(first + i)->key;
                const int column = static_cast<int>(row.cells.size());
                row.cells << ReportCell::integer(s.actual.value(key))
                          << ReportCell::number(s.target.contains(key) ? std::optional<double>(s.target.value(key))
                                                                       : std::nullopt)
                          << ratio(column, column + 1);
            }
            table.rows << row;
        }
        ReportRow total = totalRow(JB_TR("Documents", "Total").text(), 1 + 3 * count, {});
        for (int i = 0; i < count; ++i) {
            total.cells[1 + 3 * i] = formulaCell(Op::Sum, {}, {});
            total.cells[2 + 3 * i] = formulaCell(Op::Sum, {}, {});
            total.cells[3 + 3 * i] = ratio(1 + 3 * i, 2 + 3 * i);
        }
        table.rows << total;
        tables << table;
    }
    return tables;
}

} // namespace

ReportSection subUnits(const MonthlyReport& r)
{
    ReportSection section = makeSection(QStringLiteral("sub_units"), JB_TR("Documents", "Sub-units").text());
    const MetricInfo& headline = core::metricInfo(core::Metric::StableEmployment);
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.title = JB_TR("Documents", "By sub-unit: %1 (year to date)").arg(metricName(headline)).text();
    chart.legend = JB_TR("Documents", "Bar: year to date; black line: the unit's year target.").text();
    for (const core::SubUnitFigures& s : r.yearToDate.bySubUnit) {
        ChartBar bar;
        bar.label = s.org.name;
        bar.actual = static_cast<double>(s.actual.value(headline.key));
        if (s.target.contains(headline.key))
            bar.target = s.target.value(headline.key);
        chart.bars << bar;
    }
    if (!chart.bars.isEmpty())
        section.chart = chart;
    section.tables << subUnitActuals(r.yearToDate, JB_TR("Documents", "Year to date").text());
    section.tables << subUnitActuals(r.thisMonth, JB_TR("Documents", "This month").text());
    section.tables << subUnitTargets(r.yearToDate);
    return section;
}

namespace {

ReportTable keyGroupTable(const Progress& progress, const QString& title)
{
    QVector<const MetricInfo*> metrics;
    for (const MetricInfo& info : core::metricCatalog())
        if (info.byKeyGroup)
            metrics << &info;
    ReportTable table;
    table.title = title;
    table.header << JB_TR("Documents", "Key group").text();
    for (const MetricInfo* info : std::as_const(metrics))
        table.header << metricName(*info);
    for (const core::KeyGroupFigures& g : progress.byKeyGroup) {
        ReportRow row;
        row.cells << ReportCell::label(localName(g.nameZh, g.nameEn));
        for (const MetricInfo* info : std::as_const(metrics))
            row.cells << ReportCell::integer(g.actual.value(info->key));
        table.rows << row;
    }
    ReportRow all;
    all.role = ReportRow::Role::Total;
    all.cells << ReportCell::label(JB_TR("Documents", "Everyone").text());
    for (const MetricInfo* info : std::as_const(metrics)) {
        const MetricProgress* m = findFigure(progress, info->metric);
        all.cells << ReportCell::integer(m ? m->actual : 0);
    }
    table.rows << all;
    table.note =
        JB_TR("Documents", "A person may be in several key groups, so the groups can add up to more than everyone.")
            .text();
    return table;
}

} // namespace

ReportSection keyGroups(const MonthlyReport& r)
{
    ReportSection section = makeSection(QStringLiteral("key_groups"), JB_TR("Documents", "Key groups").text());
    section.tables << keyGroupTable(r.thisMonth, JB_TR("Documents", "This month").text());
    section.tables << keyGroupTable(r.yearToDate, JB_TR("Documents", "Year to date").text());
    return section;
}

ReportSection fairs(const MonthlyReport& r)
{
    ReportSection section = makeSection(QStringLiteral("fairs"), JB_TR("Documents", "Job fairs").text());
    ReportTable list;
    list.title = JB_TR("Documents", "Fairs held this month").text();
    list.header = texts({JB_TR("Documents", "Name"), JB_TR("Documents", "Date"), JB_TR("Documents", "Organiser"),
                         JB_TR("Documents", "Level"), JB_TR("Documents", "Mode"), JB_TR("Documents", "Enterprises"),
                         JB_TR("Documents", "Jobs"), JB_TR("Documents", "Attendees"), JB_TR("Documents", "Intentions"),
                         JB_TR("Documents", "Contracts")});
    list.textColumns = 5;
    for (const core::ReportFair& f : r.fairs) {
        ReportRow row;
        row.cells = {ReportCell::label(f.name),
                     ReportCell::label(f.heldOn.toString(Qt::ISODate)),
                     ReportCell::label(f.organiser),
                     ReportCell::label(levelWords(f.organiserLevel)),
                     ReportCell::label(modeWords(f.mode)),
                     ReportCell::integer(f.enterprises),
                     ReportCell::integer(f.jobsOffered),
                     ReportCell::integer(f.attendees),
                     ReportCell::integer(f.intentions),
                     ReportCell::integer(f.contracts)};
        list.rows << row;
    }
    ReportRow total = totalRow(JB_TR("Documents", "Total").text(), 10, range(5, 10));
    total.cells[1] = ReportCell::label(JB_TR("Documents", "%1 fairs").arg(r.fairs.size()).text());
    list.rows << total;
    list.note =
        JB_TR("Documents", "Intentions and contracts reported by fairs are totals; they are not part of the referrals.")
            .text();
    section.tables << list;

    ReportTable levels;
    levels.title = JB_TR("Documents", "By organiser level").text();
    levels.header =
        texts({JB_TR("Documents", "Level"), JB_TR("Documents", "Month"), JB_TR("Documents", "Year to date")});
    for (const core::FairLevelCount& year : r.yearToDate.fairsByLevel) {
        qint64 month = 0;
        for (const core::FairLevelCount& m : r.thisMonth.fairsByLevel)
            if (m.level == year.level)
                month = m.fairs;
        ReportRow row;
        row.cells = {ReportCell::label(levelWords(year.level)), ReportCell::integer(month),
                     ReportCell::integer(year.fairs)};
        levels.rows << row;
    }
    levels.rows << totalRow(JB_TR("Documents", "Total").text(), 3, {1, 2});
    section.tables << levels;
    if (std::optional<ReportTable> minimums = fairMinimums(r))
        section.tables << *minimums;
    return section;
}

ReportSection referrals(const MonthlyReport& r)
{
    ReportSection section = makeSection(QStringLiteral("referrals"), JB_TR("Documents", "Referrals").text());
    ReportTable table;
    table.title = JB_TR("Documents", "Referrals reaching each stage").text();
    table.header =
        texts({JB_TR("Documents", "Stage"), JB_TR("Documents", "Month"), JB_TR("Documents", "Of recommended %"),
               JB_TR("Documents", "Year to date"), JB_TR("Documents", "Of recommended %")});
    const QVector<core::FunnelStage>& stages = core::funnelStages();
    for (int i = 0; i < stages.size(); ++i) {
        ReportRow row;
        row.cells = {ReportCell::label(stages.at(i).name.text()), ReportCell::integer(r.thisMonth.funnel.value(i)),
                     formulaCell(Op::Ratio, {1}, {1}, 0), ReportCell::integer(r.yearToDate.funnel.value(i)),
                     formulaCell(Op::Ratio, {3}, {3}, 0)};
        table.rows << row;
    }
    table.note = JB_TR("Documents", "Each referral counts once per stage (the day it first reached it).").text();
    section.tables << table;
    return section;
}

ReportSection promise(const MonthlyReport& r)
{
    ReportSection section = makeSection(QStringLiteral("promise"), JB_TR("Documents", "One-week promise").text());
    ReportTable table;
    table.title = JB_TR("Documents", "First job recommendation within %1 days of registering")
                      .arg(r.thisMonth.promise.promiseDays)
                      .text();
    table.header =
        texts({JB_TR("Documents", "Period"), JB_TR("Documents", "Registered"), JB_TR("Documents", "Within promise"),
               JB_TR("Documents", "Late"), JB_TR("Documents", "On time %"), JB_TR("Documents", "Waiting, not due"),
               JB_TR("Documents", "Overdue")});
    auto addRow = [&table](const QString& caption, const core::PromiseFigures& p) {
        ReportRow row;
        row.cells = {ReportCell::label(caption),
                     ReportCell::integer(p.registered),
                     ReportCell::integer(p.servedInPromise),
                     ReportCell::integer(p.servedLate),
                     formulaCell(Op::Ratio, {2}, {2, 3}),
                     ReportCell::integer(p.due),
                     ReportCell::integer(p.overdue)};
        table.rows << row;
    };
    addRow(JB_TR("Documents", "This month").text(), r.thisMonth.promise);
    addRow(JB_TR("Documents", "Year to date").text(), r.yearToDate.promise);
    table.note =
        JB_TR("Documents", "On time % = within ÷ (within + late); waiting and overdue are the state on the as-of day.")
            .text();
    section.tables << table;
    return section;
}

ReportSection services(const MonthlyReport& r)
{
    ReportSection section = makeSection(QStringLiteral("services"), JB_TR("Documents", "Services").text());
    ReportTable table;
    table.title = JB_TR("Documents", "Services given").text();
    // People (人) and services (人次) side by side, never one for the other; only the services add up across kinds.
    table.header = texts({JB_TR("Documents", "Service"), JB_TR("Documents", "Month: people"),
                          JB_TR("Documents", "Month: person-times"), JB_TR("Documents", "Year: people"),
                          JB_TR("Documents", "Year: person-times")});
    for (const core::ReportServiceTotal& s : r.services) {
        ReportRow row;
        row.cells = {ReportCell::label(localName(s.nameZh, s.nameEn)), ReportCell::integer(s.peopleMonth),
                     ReportCell::integer(s.month), ReportCell::integer(s.peopleYearToDate),
                     ReportCell::integer(s.yearToDate)};
        table.rows << row;
    }
    table.rows << totalRow(JB_TR("Documents", "Total person-times").text(), 5, {2, 4});
    table.note = JB_TR("Documents", "A person served twice is one person and two person-times; people are not added "
                                    "up across kinds.")
                     .text();
    section.tables << table;
    return section;
}

ReportSection projects(const MonthlyReport& r)
{
    ReportSection section =
        makeSection(QStringLiteral("projects"), JB_TR("Documents", "Entrepreneurship projects").text());
    ReportTable table;
    table.title = JB_TR("Documents", "Entrepreneurship projects put forward this year").text();
    table.header = texts({JB_TR("Documents", "Project"), JB_TR("Documents", "Unit"), JB_TR("Documents", "Stage"),
                          JB_TR("Documents", "Put forward on")});
    table.textColumns = 4;
    for (const core::ReportProject& p : r.projects.list) {
        const core::Message stage = p.stage == QLatin1String("supported")  ? JB_TR("Documents", "Supported")
                                    : p.stage == QLatin1String("selected") ? JB_TR("Documents", "Selected high-quality")
                                                                           : JB_TR("Documents", "Candidate");
        ReportRow row;
        row.cells = {ReportCell::label(p.name), ReportCell::label(p.unit), ReportCell::label(stage.text()),
                     ReportCell::label(p.putForwardOn.toString(Qt::ISODate))};
        table.rows << row;
    }
    const core::Message quota = r.projects.quota ? core::Message::verbatim(QString::number(*r.projects.quota, 'f', 0))
                                                 : JB_TR("Documents", "not set");
    table.note = JB_TR("Documents", "Candidates put forward this year: %1 (quota %2); selected or supported: %3. "
                                    "Counts include what sub-units reported in their packages.")
                     .arg(r.projects.candidates)
                     .arg(quota)
                     .arg(r.projects.selected)
                     .text();
    section.tables << table;
    return section;
}

ReportSection insurance(const MonthlyReport& r)
{
    ReportSection section = makeSection(QStringLiteral("insurance"), JB_TR("Documents", "Insurance cost").text());
    ReportTable table;
    table.title = JB_TR("Documents", "Accident-injury mutual insurance: cost split").text();
    table.header =
        texts({JB_TR("Documents", "Period"), JB_TR("Documents", "Enrolments"), JB_TR("Documents", "Premium ¥"),
               JB_TR("Documents", "Cost ¥"), JB_TR("Documents", "Province %"), JB_TR("Documents", "Province ¥"),
               JB_TR("Documents", "City ¥")});
    const core::ReportInsurance& ins = r.insurance;
    for (const auto& [caption, enrolments] :
         {std::pair{JB_TR("Documents", "This month").text(), ins.enrolmentsMonth},
          std::pair{JB_TR("Documents", "Year to date").text(), ins.enrolmentsYearToDate}}) {
        ReportRow row;
        row.cells = {ReportCell::label(caption),
                     ReportCell::integer(enrolments),
                     ReportCell::decimal(ins.premiumYuan),
                     formulaCell(Op::Product, {1}, {2}),
                     ReportCell::percent(ins.provinceShare),
                     formulaCell(Op::Product, {3}, {4}),
                     formulaCell(Op::Difference, {3}, {5})};
        table.rows << row;
    }
    table.note =
        JB_TR("Documents", "Cost = enrolments × premium; province = cost × province share; city = cost − province.")
            .text();
    section.tables << table;
    return section;
}

ReportSection corrections(const MonthlyReport& r)
{
    ReportSection section = makeSection(QStringLiteral("corrections"), JB_TR("Documents", "Corrections").text());
    ReportTable table;
    table.title = JB_TR("Documents", "Changes to months already sent").text();
    table.header = texts({JB_TR("Documents", "Report month"), JB_TR("Documents", "Metric"), JB_TR("Documents", "Sent"),
                          JB_TR("Documents", "Now"), JB_TR("Documents", "Change")});
    table.textColumns = 2;
    for (const core::ReportCorrection& c : r.corrections) {
        const MetricInfo* info = core::findMetric(c.metric);
        ReportRow row;
        row.cells = {ReportCell::label(c.monthName), ReportCell::label(info ? metricName(*info) : c.metric),
                     ReportCell::integer(c.sent), ReportCell::integer(c.now), formulaCell(Op::Difference, {3}, {2})};
        table.rows << row;
    }
    section.tables << table;
    return section;
}

} // namespace jb::report::sections
