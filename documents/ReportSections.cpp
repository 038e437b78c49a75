#include "documents/ReportSections.h"

namespace jb::report::sections {

using core::MetricInfo;
using core::MetricProgress;
using core::MonthlyReport;
using core::Progress;

namespace {

using Op = ReportFormula::Op;

ReportSection makeSection(const QString& key, const QString& title)
{
    ReportSection section;
    section.key = key;
    section.title = title;
    section.sheetName = title;
    return section;
}

ReportCell formulaCell(Op op, QVector<int> left, QVector<int> right, int rightRow = -1)
{
    ReportCell cell;
    cell.formula.op = op;
    cell.formula.left = std::move(left);
    cell.formula.right = std::move(right);
    cell.formula.rightRow = rightRow;
    return cell;
}

ReportCell ratio(int numerator, int denominator)
{
    return formulaCell(Op::Ratio, {numerator}, {denominator});
}

ReportRow totalRow(const QString& caption, int columns, const QVector<int>& summed)
{
    ReportRow row;
    row.role = ReportRow::Role::Total;
    row.cells.fill(ReportCell::empty(), columns);
    row.cells[0] = ReportCell::label(caption);
    for (int c : summed)
        row.cells[c] = formulaCell(Op::Sum, {}, {});
    return row;
}

QVector<int> range(int from, int to)
{
    QVector<int> columns;
    for (int c = from; c < to; ++c)
        columns << c;
    return columns;
}

const MetricProgress* findFigure(const Progress& progress, core::Metric metric)
{
    for (const MetricProgress& m : progress.metrics)
        if (m.metric == metric)
            return &m;
    return nullptr;
}

QString paceWords(const Words& w, core::PaceStatus status)
{
    switch (status) {
    case core::PaceStatus::NoTarget:
        return {};
    case core::PaceStatus::Green:
        return w("正常", "On pace");
    case core::PaceStatus::Amber:
        return w("稍慢", "Slightly behind");
    case core::PaceStatus::Red:
        return w("滞后", "Behind");
    }
    return {};
}

QString levelWords(const Words& w, const QString& level)
{
    if (level == QLatin1String("province"))
        return w("省级", "Province");
    if (level == QLatin1String("city"))
        return w("市级", "City");
    if (level == QLatin1String("county"))
        return w("县级", "County");
    if (level == QLatin1String("industry"))
        return w("产业工会", "Industry union");
    return level;
}

QString modeWords(const Words& w, const QString& mode)
{
    if (mode == QLatin1String("online"))
        return w("线上", "Online");
    if (mode == QLatin1String("offline"))
        return w("线下", "Offline");
    if (mode == QLatin1String("both"))
        return w("线上线下", "Both");
    return mode;
}

QString metricName(const Words& w, const MetricInfo& info)
{
    return w.pick(info.name);
}

} // namespace

ReportSection summary(const MonthlyReport& r, const Words& w)
{
    ReportSection section = makeSection(QStringLiteral("summary"), w("概况", "Summary"));
    ReportTable table;
    table.title = w("本月与年度累计", "This month and year to date") + QStringLiteral(" (") +
                  r.yearToDate.period.label + QStringLiteral(")");
    table.header = {w("指标", "Metric"),         w("单位", "Unit"),          w("本月完成", "Month"),
                    w("本月目标", "Month target"), w("完成率 %", "Done %"),    w("年度累计", "Year to date"),
                    w("年度目标", "Year target"),  w("完成率 %", "Done %"),    w("序时应完成", "Expected by pace"),
                    w("进度", "Pace")};
    table.textColumns = 2;
    for (const MetricInfo& info : core::metricCatalog()) {
        const MetricProgress* month = findFigure(r.thisMonth, info.metric);
        const MetricProgress* year = findFigure(r.yearToDate, info.metric);
        ReportRow row;
        row.cells = {ReportCell::label(metricName(w, info)),
                     ReportCell::label(w.pick(info.unit)),
                     ReportCell::integer(month ? month->actual : 0),
                     ReportCell::number(month ? month->target : std::nullopt),
                     ratio(2, 3),
                     ReportCell::integer(year ? year->actual : 0),
                     ReportCell::number(year ? year->target : std::nullopt),
                     ratio(5, 6),
                     ReportCell::number(year ? year->pace.expected : std::nullopt),
                     ReportCell::label(year ? paceWords(w, year->pace.status) : QString())};
        table.rows << row;
    }
    table.note = w("完成率 = 实际 ÷ 目标；序时应完成 = 年度目标 × 已过天数占全年天数的比例。",
                   "Done % = actual ÷ target; expected by pace = year target × share of the year's days elapsed.");
    section.tables << table;

    ReportChart chart;
    chart.kind = ReportChart::Kind::Completion;
    chart.title = w("年度目标完成率（年度累计 ÷ 年度目标）", "Year to date against the year target");
    chart.legend = w("条形：完成率；黑竖线：序时进度；虚线：100%。颜色：绿 正常，黄 稍慢，红 滞后，灰 未设目标。",
                     "Bar: done %; black line: expected by pace; dashed: 100%. Green on pace, amber slightly "
                     "behind, red behind, grey no target.");
    chart.noTarget = w("未设目标", "no target");
    for (const MetricInfo& info : core::metricCatalog()) {
        const MetricProgress* year = findFigure(r.yearToDate, info.metric);
        ChartBar bar;
        bar.label = metricName(w, info);
        if (year) {
            bar.actual = static_cast<double>(year->actual);
            bar.target = year->target;
            bar.expected = year->pace.expected;
            bar.status = year->pace.status;
        }
        chart.bars << bar;
    }
    section.chart = chart;

    if (r.phase) {
        ReportTable phase;
        phase.title = r.phase->period.label + QStringLiteral(" (") + r.phase->period.start.toString(Qt::ISODate) +
                      QStringLiteral(" — ") + r.phase->period.end.toString(Qt::ISODate) + QStringLiteral(")");
        phase.header = {w("指标", "Metric"),          w("单位", "Unit"),       w("阶段累计", "Phase to date"),
                        w("阶段目标", "Phase target"), w("完成率 %", "Done %"), w("序时应完成", "Expected by pace"),
                        w("进度", "Pace")};
        phase.textColumns = 2;
        for (const MetricInfo& info : core::metricCatalog()) {
            const MetricProgress* m = findFigure(*r.phase, info.metric);
            ReportRow row;
            row.cells = {ReportCell::label(metricName(w, info)),
                         ReportCell::label(w.pick(info.unit)),
                         ReportCell::integer(m ? m->actual : 0),
                         ReportCell::number(m ? m->target : std::nullopt),
                         ratio(2, 3),
                         ReportCell::number(m ? m->pace.expected : std::nullopt),
                         ReportCell::label(m ? paceWords(w, m->pace.status) : QString())};
            phase.rows << row;
        }
        section.tables << phase;
    }
    return section;
}

namespace {

// One row per direct sub-unit, a row for the organisation's own records when the sub-units do not add up to its
// figure, and a total row that must equal the organisation's figure.
ReportTable subUnitActuals(const Progress& progress, const QString& title, const Words& w)
{
    const QVector<MetricInfo>& catalog = core::metricCatalog();
    ReportTable table;
    table.title = title;
    table.header << w("单位", "Unit");
    for (const MetricInfo& info : catalog)
        table.header << metricName(w, info);
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
    own.cells << ReportCell::label(w("本级直属", "Own records"));
    bool ownAny = false;
    for (const MetricInfo& info : catalog) {
        const MetricProgress* m = findFigure(progress, info.metric);
        const qint64 v = (m ? m->actual : 0) - subUnitSum.value(info.key);
        ownAny = ownAny || v != 0;
        own.cells << ReportCell::integer(v);
    }
    if (ownAny)
        table.rows << own;
    table.rows << totalRow(w("合计", "Total"), static_cast<int>(catalog.size()) + 1,
                           range(1, static_cast<int>(catalog.size()) + 1));
    return table;
}

} // namespace

namespace {

// Sub-units against their own annual targets, three metrics to a table so it fits an A4 page.
QVector<ReportTable> subUnitTargets(const Progress& year, const Words& w)
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
        table.title = w("下级单位年度目标完成情况", "Sub-units against their annual targets");
        table.header << w("单位", "Unit");
        const int count = std::min<int>(3, static_cast<int>(withTargets.size()) - first);
        for (int i = 0; i < count; ++i) {
            const QString name = metricName(w, *withTargets.at(first + i));
            table.header << name + w("累计", " to date") << name + w("目标", " target") << w("完成率 %", "Done %");
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
        ReportRow total = totalRow(w("合计", "Total"), 1 + 3 * count, {});
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

ReportSection subUnits(const MonthlyReport& r, const Words& w)
{
    ReportSection section = makeSection(QStringLiteral("sub_units"), w("下级单位", "Sub-units"));
    const MetricInfo& headline = core::metricInfo(core::Metric::StableEmployment);
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.title = w("各下级单位", "By sub-unit: ") + metricName(w, headline) + w("（年度累计）", " (year to date)");
    chart.legend = w("条形：年度累计；黑竖线：该单位年度目标。", "Bar: year to date; black line: the unit's year target.");
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
    section.tables << subUnitActuals(r.yearToDate, w("年度累计", "Year to date"), w);
    section.tables << subUnitActuals(r.thisMonth, w("本月", "This month"), w);
    section.tables << subUnitTargets(r.yearToDate, w);
    return section;
}

namespace {

ReportTable keyGroupTable(const Progress& progress, const QString& title, const Words& w)
{
    QVector<const MetricInfo*> metrics;
    for (const MetricInfo& info : core::metricCatalog())
        if (info.byKeyGroup)
            metrics << &info;
    ReportTable table;
    table.title = title;
    table.header << w("重点群体", "Key group");
    for (const MetricInfo* info : std::as_const(metrics))
        table.header << metricName(w, *info);
    for (const core::KeyGroupFigures& g : progress.byKeyGroup) {
        ReportRow row;
        row.cells << ReportCell::label(w.pick(g.nameZh, g.nameEn));
        for (const MetricInfo* info : std::as_const(metrics))
            row.cells << ReportCell::integer(g.actual.value(info->key));
        table.rows << row;
    }
    ReportRow all;
    all.role = ReportRow::Role::Total;
    all.cells << ReportCell::label(w("全部人员", "Everyone"));
    for (const MetricInfo* info : std::as_const(metrics)) {
        const MetricProgress* m = findFigure(progress, info->metric);
        all.cells << ReportCell::integer(m ? m->actual : 0);
    }
    table.rows << all;
    table.note = w("一人可属多个重点群体，各群体之和可大于全部人员。",
                   "A person may be in several key groups, so the groups can add up to more than everyone.");
    return table;
}

} // namespace

ReportSection keyGroups(const MonthlyReport& r, const Words& w)
{
    ReportSection section = makeSection(QStringLiteral("key_groups"), w("重点群体", "Key groups"));
    section.tables << keyGroupTable(r.thisMonth, w("本月", "This month"), w);
    section.tables << keyGroupTable(r.yearToDate, w("年度累计", "Year to date"), w);
    return section;
}

ReportSection fairs(const MonthlyReport& r, const Words& w)
{
    ReportSection section = makeSection(QStringLiteral("fairs"), w("招聘会", "Job fairs"));
    ReportTable list;
    list.title = w("本月举办的招聘会", "Fairs held this month");
    list.header = {w("名称", "Name"),      w("日期", "Date"),         w("举办单位", "Organiser"),
                   w("层级", "Level"),     w("形式", "Mode"),         w("参会企业", "Enterprises"),
                   w("提供岗位", "Jobs"),  w("参会人数", "Attendees"), w("达成意向", "Intentions"),
                   w("签约", "Contracts")};
    list.textColumns = 5;
    for (const core::ReportFair& f : r.fairs) {
        ReportRow row;
        row.cells = {ReportCell::label(f.name),
                     ReportCell::label(f.heldOn.toString(Qt::ISODate)),
                     ReportCell::label(f.organiser),
                     ReportCell::label(levelWords(w, f.organiserLevel)),
                     ReportCell::label(modeWords(w, f.mode)),
                     ReportCell::integer(f.enterprises),
                     ReportCell::integer(f.jobsOffered),
                     ReportCell::integer(f.attendees),
                     ReportCell::integer(f.intentions),
                     ReportCell::integer(f.contracts)};
        list.rows << row;
    }
    ReportRow total = totalRow(w("合计", "Total"), 10, range(5, 10));
    total.cells[1] = ReportCell::label(w.chinese() ? QStringLiteral("%1 场").arg(r.fairs.size())
                                                   : QStringLiteral("%1 fairs").arg(r.fairs.size()));
    list.rows << total;
    list.note = w("招聘会登记的意向和签约为招聘会报告的总数，不计入推荐进程。",
                  "Intentions and contracts reported by fairs are totals; they are not part of the referrals.");
    section.tables << list;

    ReportTable levels;
    levels.title = w("按举办层级", "By organiser level");
    levels.header = {w("层级", "Level"), w("本月", "Month"), w("年度累计", "Year to date")};
    for (const core::FairLevelCount& year : r.yearToDate.fairsByLevel) {
        qint64 month = 0;
        for (const core::FairLevelCount& m : r.thisMonth.fairsByLevel)
            if (m.level == year.level)
                month = m.fairs;
        ReportRow row;
        row.cells = {ReportCell::label(levelWords(w, year.level)), ReportCell::integer(month),
                     ReportCell::integer(year.fairs)};
        levels.rows << row;
    }
    levels.rows << totalRow(w("合计", "Total"), 3, {1, 2});
    section.tables << levels;
    return section;
}

ReportSection referrals(const MonthlyReport& r, const Words& w)
{
    ReportSection section = makeSection(QStringLiteral("referrals"), w("推荐进程", "Referrals"));
    ReportTable table;
    table.title = w("各阶段推荐人数", "Referrals reaching each stage");
    table.header = {w("阶段", "Stage"), w("本月", "Month"), w("占推荐 %", "Of recommended %"),
                    w("年度累计", "Year to date"), w("占推荐 %", "Of recommended %")};
    const QVector<core::FunnelStage>& stages = core::funnelStages();
    for (int i = 0; i < stages.size(); ++i) {
        ReportRow row;
        row.cells = {ReportCell::label(w.pick(stages.at(i).name)), ReportCell::integer(r.thisMonth.funnel.value(i)),
                     formulaCell(Op::Ratio, {1}, {1}, 0), ReportCell::integer(r.yearToDate.funnel.value(i)),
                     formulaCell(Op::Ratio, {3}, {3}, 0)};
        table.rows << row;
    }
    table.note = w("每条推荐在各阶段只计一次（首次到达该阶段的日期）。",
                   "Each referral counts once per stage (the day it first reached it).");
    section.tables << table;
    return section;
}

ReportSection promise(const MonthlyReport& r, const Words& w)
{
    ReportSection section = makeSection(QStringLiteral("promise"), w("一周承诺", "One-week promise"));
    ReportTable table;
    table.title = w.chinese() ? QStringLiteral("困难群体登记后 %1 天内首次推荐岗位").arg(r.thisMonth.promise.promiseDays)
                              : QStringLiteral("First job recommendation within %1 days of registering")
                                    .arg(r.thisMonth.promise.promiseDays);
    table.header = {w("期间", "Period"),           w("登记困难人员", "Registered"),
                    w("按期推荐", "Within promise"), w("超期推荐", "Late"),
                    w("按期率 %", "On time %"),      w("待推荐(未到期)", "Waiting, not due"),
                    w("已超期未推荐", "Overdue")};
    auto addRow = [&table](const QString& caption, const core::PromiseFigures& p) {
        ReportRow row;
        row.cells = {ReportCell::label(caption),        ReportCell::integer(p.registered),
                     ReportCell::integer(p.servedInPromise), ReportCell::integer(p.servedLate),
                     formulaCell(Op::Ratio, {2}, {2, 3}), ReportCell::integer(p.due),
                     ReportCell::integer(p.overdue)};
        table.rows << row;
    };
    addRow(w("本月", "This month"), r.thisMonth.promise);
    addRow(w("年度累计", "Year to date"), r.yearToDate.promise);
    table.note = w("按期率 = 按期推荐 ÷ (按期推荐 + 超期推荐)；待推荐与已超期为统计截至日的状态。",
                   "On time % = within ÷ (within + late); waiting and overdue are the state on the as-of day.");
    section.tables << table;
    return section;
}

ReportSection services(const MonthlyReport& r, const Words& w)
{
    ReportSection section = makeSection(QStringLiteral("services"), w("服务", "Services"));
    ReportTable table;
    table.title = w("各类服务人次", "Services given");
    table.header = {w("服务", "Service"), w("本月", "Month"), w("年度累计", "Year to date")};
    for (const core::ReportServiceTotal& s : r.services) {
        ReportRow row;
        row.cells = {ReportCell::label(w.pick(s.nameZh, s.nameEn)), ReportCell::integer(s.month),
                     ReportCell::integer(s.yearToDate)};
        table.rows << row;
    }
    table.rows << totalRow(w("合计", "Total"), 3, {1, 2});
    section.tables << table;
    return section;
}

ReportSection insurance(const MonthlyReport& r, const Words& w)
{
    ReportSection section = makeSection(QStringLiteral("insurance"), w("互助保障费用", "Insurance cost"));
    ReportTable table;
    table.title = w("职工意外伤害互助保障费用分担", "Accident-injury mutual insurance: cost split");
    table.header = {w("期间", "Period"),           w("参保人数", "Enrolments"),     w("保费 元/人", "Premium ¥"),
                    w("费用合计 元", "Cost ¥"),     w("省级比例 %", "Province %"),   w("省级承担 元", "Province ¥"),
                    w("市级承担 元", "City ¥")};
    const core::ReportInsurance& ins = r.insurance;
    for (const auto& [caption, enrolments] :
         {std::pair{w("本月", "This month"), ins.enrolmentsMonth},
          std::pair{w("年度累计", "Year to date"), ins.enrolmentsYearToDate}}) {
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
    table.note = w("费用 = 参保人数 × 保费；省级承担 = 费用 × 省级比例；市级承担 = 费用 − 省级承担。",
                   "Cost = enrolments × premium; province = cost × province share; city = cost − province.");
    section.tables << table;
    return section;
}

ReportSection corrections(const MonthlyReport& r, const Words& w)
{
    ReportSection section = makeSection(QStringLiteral("corrections"), w("更正", "Corrections"));
    ReportTable table;
    table.title = w("已报送月份的数字变化", "Changes to months already sent");
    table.header = {w("月份", "Month"), w("指标", "Metric"), w("报送数", "Sent"), w("现数", "Now"),
                    w("差额", "Change")};
    table.textColumns = 2;
    for (const core::ReportCorrection& c : r.corrections) {
        const MetricInfo* info = core::findMetric(c.metric);
        ReportRow row;
        row.cells = {ReportCell::label(c.monthName), ReportCell::label(info ? metricName(w, *info) : c.metric),
                     ReportCell::integer(c.sent), ReportCell::integer(c.now),
                     formulaCell(Op::Difference, {3}, {2})};
        table.rows << row;
    }
    section.tables << table;
    return section;
}

} // namespace jb::report::sections
