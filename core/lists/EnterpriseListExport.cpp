#include "core/lists/EnterpriseListExport.h"

#include "core/lists/FieldHeadings.h"
#include "core/records/RecordFields.h"

#include <QHash>

namespace jb::core {

namespace {

// The words a row needs, translated once for the whole export rather than once per row.
struct RowWords
{
    QString yes = JB_TR("Lists", "yes").text();
    QString listSeparator = JB_TR("Lists", ", ").text();
    QHash<QString, QString> flagKinds; // by stored kind, filled as kinds turn up

    QString flags(const QStringList& kinds)
    {
        QStringList shown;
        for (const QString& kind : kinds) {
            auto it = flagKinds.find(kind);
            if (it == flagKinds.end())
                it = flagKinds.insert(kind, EnterpriseListQuery::flagKindText(kind).text());
            shown << *it;
        }
        return shown.join(listSeparator);
    }
};

QVector<QVariant> cells(const EnterpriseRow& row, RowWords& words)
{
    return {row.name,
            row.creditCode,
            row.organisation,
            row.industry,
            row.openVacancies,
            row.headcount,
            row.hired ? QVariant(*row.hired) : QVariant(),
            row.gap ? QVariant(*row.gap) : QVariant(),
            row.lastContact.isValid() ? QVariant(row.lastContact) : QVariant(),
            words.flags(row.openFlags),
            row.contactName,
            row.contactPhone,
            row.address,
            row.keyEnterprise ? words.yes : QString(),
            row.majorProject ? words.yes : QString()};
}

} // namespace

QStringList EnterpriseListExport::header()
{
    QStringList h;
    for (int c = 0; c < static_cast<int>(EnterpriseColumn::Count); ++c)
        h << EnterpriseListQuery::columnTitle(static_cast<EnterpriseColumn>(c)).text();
    namespace e = fields::enterprise;
    for (const QString& field : {e::contactName, e::contactPhone, e::address, e::keyEnterprise, e::majorProject})
        h << fieldHeading(RecordKind::Enterprise, field).text();
    return h;
}

QString EnterpriseListExport::describe(const EnterpriseFilter& f)
{
    QStringList parts;
    if (f.orgId)
        parts << QStringLiteral("org=%1").arg(*f.orgId);
    if (f.industryId)
        parts << QStringLiteral("industry=%1").arg(*f.industryId);
    if (f.priority == EnterpriseFilter::Priority::KeyEnterprise)
        parts << QStringLiteral("key_enterprise");
    else if (f.priority == EnterpriseFilter::Priority::MajorProject)
        parts << QStringLiteral("major_project");
    if (f.withOpenVacancies)
        parts << QStringLiteral("open_vacancies");
    switch (f.flag) {
    case EnterpriseFilter::Flag::Any:
        break;
    case EnterpriseFilter::Flag::Flagged:
        parts << QStringLiteral("flagged");
        break;
    case EnterpriseFilter::Flag::WageArrears:
        parts << QStringLiteral("flag=wage_arrears");
        break;
    case EnterpriseFilter::Flag::Attrition:
        parts << QStringLiteral("flag=attrition");
        break;
    case EnterpriseFilter::Flag::LabourRisk:
        parts << QStringLiteral("flag=labour_risk");
        break;
    }
    if (!f.search.trimmed().isEmpty())
        parts << QStringLiteral("search=") + f.search.trimmed();
    return parts.isEmpty() ? QStringLiteral("all") : parts.join(QLatin1Char(' '));
}

QVector<int> EnterpriseListExport::columnWidths()
{
    return {30, 21, 14, 20, 10, 10, 10, 10, 12, 18, 10, 14, 30};
}

QVector<int> EnterpriseListExport::vacancyColumnWidths()
{
    return {30, 21, 14, 16, 12, 16, 10, 12, 12, 10, 12, 20, 12, 12, 10, 10, 14};
}

Expected<qint64> EnterpriseListExport::write(const EnterpriseListQuery& query, ListSink& sink, bool unmasked,
                                             const QString& destination, const QString& reason)
{
    RowWords words;
    ListExportJob job;
    job.header = header();
    job.unmasked = unmasked;
    job.table = QStringLiteral("enterprises");
    job.destination = destination;
    job.filter = describe(query.filter());
    job.reason = reason;
    job.rows = [&](const std::function<bool(const QVector<QVariant>&)>& put) {
        return query.forEach(unmasked, [&](const EnterpriseRow& row) { return put(cells(row, words)); });
    };
    return writeList(query.database(), sink, job);
}

Expected<qint64> EnterpriseListExport::writeCsv(const EnterpriseListQuery& query, const QString& path, bool unmasked,
                                                const QString& reason)
{
    CsvListSink sink(path);
    return write(query, sink, unmasked, path, reason);
}

Expected<qint64> EnterpriseListExport::writeVacancies(const VacancyListQuery& query, ListSink& sink, bool unmasked,
                                                      const QString& destination, const QString& reason)
{
    ListExportJob job;
    job.header = VacancyListQuery::header();
    job.unmasked = unmasked;
    job.table = QStringLiteral("vacancies");
    job.destination = destination;
    job.filter = describe(query.filter());
    job.reason = reason;
    job.rows = [&](const std::function<bool(const QVector<QVariant>&)>& put) {
        return query.forEach(unmasked, [&](const VacancyRow& row) { return put(VacancyListQuery::cells(row)); });
    };
    return writeList(query.database(), sink, job);
}

Expected<qint64> EnterpriseListExport::writeVacanciesCsv(const VacancyListQuery& query, const QString& path,
                                                         bool unmasked, const QString& reason)
{
    CsvListSink sink(path);
    return writeVacancies(query, sink, unmasked, path, reason);
}

} // namespace jb::core
