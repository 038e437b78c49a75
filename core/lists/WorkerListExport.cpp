#include "core/lists/WorkerListExport.h"

namespace jb::core {

namespace {

// The words a row needs, translated once for the whole export rather than once per row.
struct RowWords
{
    QString male = WorkerListQuery::genderText(QStringLiteral("M")).text();
    QString female = WorkerListQuery::genderText(QStringLiteral("F")).text();
    QString listSeparator = JB_TR("Lists", ", ").text();
    QVector<QString> promise; // by WorkerPromiseState

    RowWords()
    {
        for (WorkerPromiseState s :
             {WorkerPromiseState::Overdue, WorkerPromiseState::Waiting, WorkerPromiseState::ServedLate,
              WorkerPromiseState::ServedInPromise, WorkerPromiseState::NotHardship})
            promise << WorkerListQuery::promiseText(s).text();
    }
    QString gender(const QString& code) const
    {
        return code == QLatin1String("M") ? male : code == QLatin1String("F") ? female : QString();
    }
};

QVector<QVariant> cells(const WorkerRow& row, const RowWords& words)
{
    return {row.name,
            words.gender(row.gender),
            row.age >= 0 ? QVariant(row.age) : QVariant(),
            row.residentId,
            row.phone,
            row.keyGroups.join(words.listSeparator),
            row.status,
            row.desiredTrade,
            row.registeredOn.isValid() ? QVariant(row.registeredOn) : QVariant(),
            row.lastContactOn.isValid() ? QVariant(row.lastContactOn) : QVariant(),
            words.promise.at(static_cast<int>(row.promise))};
}

} // namespace

QStringList WorkerListExport::header()
{
    QStringList h;
    for (int c = 0; c < static_cast<int>(WorkerColumn::Count); ++c)
        h << WorkerListQuery::columnTitle(static_cast<WorkerColumn>(c)).text();
    return h;
}

QString WorkerListExport::describe(const WorkerFilter& f)
{
    QStringList parts;
    auto id = [&parts](const char* name, const std::optional<qint64>& v) {
        if (v)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(name)).arg(*v);
    };
    id("key_group", f.keyGroupId);
    id("hardship", f.hardshipCategoryId);
    id("status", f.statusId);
    id("service_need", f.serviceNeedId);
    id("org", f.orgId);
    if (f.returned == WorkerFilter::Return::Returned)
        parts << QStringLiteral("returned");
    else if (f.returned == WorkerFilter::Return::NotYetReturned)
        parts << QStringLiteral("not_yet_returned");
    if (f.registeredFrom.isValid())
        parts << QStringLiteral("from=") + f.registeredFrom.toString(Qt::ISODate);
    if (f.registeredTo.isValid())
        parts << QStringLiteral("to=") + f.registeredTo.toString(Qt::ISODate);
    if (!f.search.trimmed().isEmpty())
        parts << QStringLiteral("search=") + f.search.trimmed();
    return parts.isEmpty() ? QStringLiteral("all") : parts.join(QLatin1Char(' '));
}

Expected<qint64> WorkerListExport::write(const WorkerListQuery& query, WorkerListSink& sink, bool unmasked,
                                         const QString& destination, const QString& reason)
{
    const RowWords words;
    ListExportJob job;
    job.header = header();
    job.unmasked = unmasked;
    job.table = QStringLiteral("workers");
    job.destination = destination;
    job.filter = describe(query.filter());
    job.reason = reason;
    job.rows = [&](const std::function<bool(const QVector<QVariant>&)>& put) {
        return query.forEach(unmasked, [&](const WorkerRow& row) { return put(cells(row, words)); });
    };
    return writeList(query.m_db, sink, job);
}

Expected<qint64> WorkerListExport::writeCsv(const WorkerListQuery& query, const QString& path, bool unmasked,
                                            const QString& reason)
{
    CsvListSink sink(path);
    return write(query, sink, unmasked, path, reason);
}

} // namespace jb::core
