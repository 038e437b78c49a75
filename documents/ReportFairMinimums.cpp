#include "documents/ReportFairMinimums.h"

#include "core/Message.h"
#include "documents/ReportCells.h"

namespace jb::report::sections {

namespace {

const QString kFairs = QStringLiteral("job_fairs");

struct Held
{
    qint64 fairs = 0;
    std::optional<double> minimum;
};

Held organisationHeld(const core::Progress& p)
{
    for (const core::MetricProgress& m : p.metrics)
        if (m.metric == core::Metric::JobFairs)
            return {m.actual, m.target};
    return {};
}

Held subUnitHeld(const core::Progress& p, const QString& orgCode)
{
    for (const core::SubUnitFigures& s : p.bySubUnit)
        if (s.org.code == orgCode)
            return {s.actual.value(kFairs),
                    s.target.contains(kFairs) ? std::optional<double>(s.target.value(kFairs)) : std::nullopt};
    return {};
}

bool anyMinimum(const core::Progress& p)
{
    if (organisationHeld(p).minimum)
        return true;
    for (const core::SubUnitFigures& s : p.bySubUnit)
        if (s.target.contains(kFairs))
            return true;
    return false;
}

// held, minimum and done % from column `first` on.
void addFigures(ReportRow& row, const Held& held)
{
    const int first = static_cast<int>(row.cells.size());
    row.cells << ReportCell::integer(held.fairs) << ReportCell::number(held.minimum) << cells::ratio(first, first + 1);
}

} // namespace

std::optional<ReportTable> fairMinimums(const core::MonthlyReport& r)
{
    const bool phase = r.phase && anyMinimum(*r.phase);
    if (!anyMinimum(r.yearToDate) && !phase)
        return std::nullopt;
    ReportTable table;
    table.title = JB_TR("Documents", "Fairs held against each organiser's minimum").text();
    table.header << JB_TR("Documents", "Unit").text() << JB_TR("Documents", "Held this year").text()
                 << JB_TR("Documents", "Year minimum").text() << JB_TR("Documents", "Done %").text();
    if (phase)
        table.header << JB_TR("Documents", "Held in the phase").text() << JB_TR("Documents", "Phase minimum").text()
                     << JB_TR("Documents", "Done %").text();
    for (const core::SubUnitFigures& s : r.yearToDate.bySubUnit) {
        // A sub-unit that neither organises fairs nor has a minimum (a town under a county) is left out.
        const Held year = subUnitHeld(r.yearToDate, s.org.code);
        const Held inPhase = phase ? subUnitHeld(*r.phase, s.org.code) : Held{};
        if (year.fairs == 0 && !year.minimum && inPhase.fairs == 0 && !inPhase.minimum)
            continue;
        ReportRow row;
        row.cells << ReportCell::label(s.org.name);
        addFigures(row, year);
        if (phase)
            addFigures(row, inPhase);
        table.rows << row;
    }
    // The organisation's own line is its own minimum, not the sum of its sub-units' minimums.
    ReportRow own;
    own.role = ReportRow::Role::Total;
    own.cells << ReportCell::label(JB_TR("Documents", "%1 (all)").arg(r.org.name).text());
    addFigures(own, organisationHeld(r.yearToDate));
    if (phase)
        addFigures(own, organisationHeld(*r.phase));
    table.rows << own;
    table.note = JB_TR("Documents", "Minimums are the job fair targets set for each organisation; a city or "
                                    "province file counts its children's fairs from their packages.")
                     .text();
    return table;
}

} // namespace jb::report::sections
