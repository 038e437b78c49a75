#include "core/fairs/FairListExport.h"

#include "core/Message.h"
#include "core/lists/ListExport.h"

#include <cmath>

namespace jb::core {

namespace {

constexpr int kExportWindow = 1000;

QVector<QVariant> exportCells(const FairRow& fair)
{
    const std::optional<double> ratio = fair.demandRatio();
    return {fair.name,
            fair.firstDay.isValid() ? QVariant(fair.firstDay) : QVariant(),
            fair.lastDay.isValid() ? QVariant(fair.lastDay) : QVariant(fair.firstDay),
            fair.organiserName,
            fairFormName(fair.form).text(),
            fair.kindName,
            fairStatusName(fair.status).text(),
            fair.venue,
            fair.enterprises,
            fair.posts,
            fair.headcount,
            fair.visits,
            fair.registered,
            fair.intentions,
            fair.contracts,
            ratio ? QVariant(std::round(*ratio * 100) / 100) : QVariant()};
}

} // namespace

QStringList FairListExport::header()
{
    return {JB_TR("Fairs", "Job fair").text(),    JB_TR("Fairs", "First day").text(),
            JB_TR("Fairs", "Last day").text(),    JB_TR("Fairs", "Organiser").text(),
            JB_TR("Fairs", "Form").text(),        JB_TR("Fairs", "Kind").text(),
            JB_TR("Fairs", "Status").text(),      JB_TR("Fairs", "Venue").text(),
            JB_TR("Fairs", "Enterprises").text(), JB_TR("Fairs", "Posts").text(),
            JB_TR("Fairs", "Headcount").text(),   JB_TR("Fairs", "Visits (reported)").text(),
            JB_TR("Fairs", "Registered").text(),  JB_TR("Fairs", "Intentions").text(),
            JB_TR("Fairs", "Contracts").text(),   JB_TR("Fairs", "Demand ratio").text()};
}

QVector<int> FairListExport::columnWidths()
{
    return {28, 11, 11, 20, 8, 12, 8, 20, 8, 8, 8, 10, 8, 8, 8, 8};
}

Expected<qint64> FairListExport::write(QSqlDatabase db, const FairFilter& filter, FairSort sort, bool descending,
                                       ListSink& sink, const QString& destination)
{
    ListExportJob job;
    job.header = header();
    job.table = QStringLiteral("job_fairs");
    job.destination = destination;
    job.rows = [&](const std::function<bool(const QVector<QVariant>&)>& put) -> Status {
        for (qint64 offset = 0;; offset += kExportWindow) {
            const Expected<QVector<FairRow>> rows = fairWindow(db, filter, offset, kExportWindow, sort, descending);
            if (!rows)
                return Status::failure(rows.message());
            for (const FairRow& fair : *rows)
                if (!put(exportCells(fair)))
                    return {};
            if (rows->size() < kExportWindow)
                return {};
        }
    };
    return writeList(db, sink, job);
}

Expected<qint64> FairListExport::writeCsv(QSqlDatabase db, const FairFilter& filter, FairSort sort, bool descending,
                                          const QString& path)
{
    CsvListSink sink(path);
    return write(db, filter, sort, descending, sink, path);
}

} // namespace jb::core
