#include "core/lists/PromiseListExport.h"

#include "core/Message.h"
#include "core/lists/ListExport.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

namespace jb::core {

namespace {

QVariant dayCell(const QDate& day)
{
    return day.isValid() ? QVariant(day) : QVariant();
}

QVector<QVariant> exportCells(const PromiseEntry& e, const WorkerNumbers& contact, bool unmasked)
{
    return {e.name,
            unmasked ? contact.idNumber : maskResidentId(contact.idNumber),
            unmasked ? contact.phone : maskPhone(contact.phone),
            promiseStateName(e.state).text(),
            e.daysLeft,
            dayCell(e.start),
            dayCell(e.due),
            dayCell(e.servedOn),
            e.contacts,
            e.posts,
            e.offersMet ? JB_TR("Placement", "Yes").text() : JB_TR("Placement", "No").text(),
            e.declines};
}

} // namespace

QStringList PromiseListExport::header()
{
    return {JB_TR("Placement", "Name").text(),
            JB_TR("Placement", "ID number").text(),
            JB_TR("Placement", "Phone").text(),
            JB_TR("Placement", "State").text(),
            JB_TR("Placement", "Days to the due day (negative: after it)").text(),
            JB_TR("Placement", "Clock started").text(),
            JB_TR("Placement", "Due day").text(),
            JB_TR("Placement", "First recommended").text(),
            JB_TR("Placement", "Contacts").text(),
            JB_TR("Placement", "Posts offered").text(),
            JB_TR("Placement", "Offers reach the settings").text(),
            JB_TR("Placement", "Declined").text()};
}

QVector<int> PromiseListExport::columnWidths()
{
    return {10, 21, 14, 10, 12, 11, 11, 11, 8, 8, 10, 8};
}

QString PromiseListExport::describe(const PromiseList& list, const QDate& since, const QString& section)
{
    QStringList parts{QStringLiteral("promise"), QStringLiteral("today=") + list.today.toString(Qt::ISODate)};
    if (since.isValid())
        parts << QStringLiteral("since=") + since.toString(Qt::ISODate);
    if (!section.isEmpty())
        parts << QStringLiteral("section=") + section;
    return parts.join(QLatin1Char(' '));
}

Expected<qint64> PromiseListExport::write(QSqlDatabase db, const QVector<PromiseEntry>& entries, ListSink& sink,
                                          bool unmasked, const QString& destination, const QString& filter,
                                          const QString& reason)
{
    QVector<qint64> ids;
    for (const PromiseEntry& e : entries)
        ids << e.workerId;
    const Expected<QHash<qint64, WorkerNumbers>> people = workerNumbers(db, ids);
    if (!people)
        return Expected<qint64>::failure(people.message());
    ListExportJob job;
    job.header = header();
    job.unmasked = unmasked;
    job.table = QStringLiteral("workers");
    job.destination = destination;
    job.filter = filter;
    job.reason = reason;
    job.rows = [&](const std::function<bool(const QVector<QVariant>&)>& put) -> Status {
        for (const PromiseEntry& e : entries)
            if (!put(exportCells(e, people->value(e.workerId), unmasked)))
                return {};
        return {};
    };
    return writeList(db, sink, job);
}

Expected<qint64> PromiseListExport::writeCsv(QSqlDatabase db, const QVector<PromiseEntry>& entries, const QString& path,
                                             bool unmasked, const QString& filter, const QString& reason)
{
    CsvListSink sink(path);
    return write(db, entries, sink, unmasked, path, filter, reason);
}

} // namespace jb::core
