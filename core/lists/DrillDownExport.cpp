#include "core/lists/DrillDownExport.h"

namespace jb::core {

QString DrillDownExport::describe(const DrillDown& d)
{
    QStringList parts{QStringLiteral("figure=") + d.figure, QStringLiteral("org=%1").arg(d.orgId)};
    if (d.from.isValid())
        parts << QStringLiteral("from=") + d.from.toString(Qt::ISODate);
    if (d.to.isValid())
        parts << QStringLiteral("to=") + d.to.toString(Qt::ISODate);
    if (d.keyGroupId)
        parts << QStringLiteral("key_group=%1").arg(*d.keyGroupId);
    if (d.fairLevel)
        parts << QStringLiteral("fair_level=") + *d.fairLevel;
    return parts.join(QLatin1Char(' '));
}

Expected<qint64> DrillDownExport::write(const DrillDownQuery& query, ListSink& sink, bool unmasked,
                                        const QString& destination)
{
    ListExportJob job;
    job.header = query.columns();
    job.unmasked = unmasked;
    job.table = query.tableName();
    job.destination = destination;
    job.filter = describe(query.selection());
    job.rows = [&](const std::function<bool(const QVector<QVariant>&)>& put) { return query.forEach(unmasked, put); };
    return writeList(query.database(), sink, job);
}

Expected<qint64> DrillDownExport::writeCsv(const DrillDownQuery& query, const QString& path, bool unmasked)
{
    CsvListSink sink(path);
    return write(query, sink, unmasked, path);
}

} // namespace jb::core
