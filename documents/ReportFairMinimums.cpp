#include "documents/ReportFairMinimums.h"

#include "core/Message.h"
#include "core/fairs/FairMinimums.h"
#include "documents/ReportCells.h"

namespace jb::report::sections {

namespace {

// held, minimum and done % from column `first` on.
void addFigures(ReportRow& row, const core::FairMinimumFigures& figures)
{
    const int first = static_cast<int>(row.cells.size());
    row.cells << ReportCell::integer(figures.held) << ReportCell::number(figures.minimum)
              << cells::ratio(first, first + 1);
}

} // namespace

std::optional<ReportTable> fairMinimums(const core::MonthlyReport& r)
{
    // The rows are core's, the same the dashboard shows.
    const std::optional<core::FairMinimums> minimums = core::fairMinimums(r.yearToDate, r.phase ? &*r.phase : nullptr);
    if (!minimums)
        return std::nullopt;
    ReportTable table;
    table.title = JB_TR("Documents", "Fairs held against each organiser's minimum").text();
    table.header << JB_TR("Documents", "Unit").text() << JB_TR("Documents", "Held this year").text()
                 << JB_TR("Documents", "Year minimum").text() << JB_TR("Documents", "Done %").text();
    if (minimums->withPhase)
        table.header << JB_TR("Documents", "Held in the phase").text() << JB_TR("Documents", "Phase minimum").text()
                     << JB_TR("Documents", "Done %").text();
    for (const core::FairMinimumRow& m : minimums->rows) {
        ReportRow row;
        if (m.whole) {
            row.role = ReportRow::Role::Total;
            row.cells << ReportCell::label(JB_TR("Documents", "%1 (all)").arg(r.org.name).text());
        } else {
            row.cells << ReportCell::label(m.org.name);
        }
        addFigures(row, m.period);
        if (minimums->withPhase)
            addFigures(row, m.phase);
        table.rows << row;
    }
    table.note = JB_TR("Documents", "Minimums are the job fair targets set for each organisation; a city or "
                                    "province file counts its children's fairs from their packages.")
                     .text();
    return table;
}

} // namespace jb::report::sections
