#pragma once
// Exporting the enterprise demand list: exactly the enterprises an EnterpriseListQuery selects, in its order, with
// the list's columns plus contact and priority; and the vacancies of those same enterprises (VacancyListQuery).
// Contact phones are masked unless the officer chose unmasked, which core::writeList audits ('export_unmasked'
// on table enterprises or vacancies). CSV here; the XLSX sink is ui/report/ListXlsx.

#include "core/Expected.h"
#include "core/lists/EnterpriseListQuery.h"
#include "core/lists/ListExport.h"
#include "core/lists/VacancyListQuery.h"

namespace jb::core {

class EnterpriseListExport final
{
public:
    // `reason`: the officer's reason for an unmasked export (core/settings/RevealReason.h), in the audit note.
    static Expected<qint64> write(const EnterpriseListQuery& query, ListSink& sink, bool unmasked,
                                  const QString& destination, const QString& reason = {});
    static Expected<qint64> writeCsv(const EnterpriseListQuery& query, const QString& path, bool unmasked,
                                     const QString& reason = {});
    static Expected<qint64> writeVacancies(const VacancyListQuery& query, ListSink& sink, bool unmasked,
                                           const QString& destination, const QString& reason = {});
    static Expected<qint64> writeVacanciesCsv(const VacancyListQuery& query, const QString& path, bool unmasked,
                                              const QString& reason = {});

    // The column titles, in the installed language.
    static QStringList header();
    // The filter in words, for the audit note.
    static QString describe(const EnterpriseFilter& filter);
    // XLSX column widths (characters) of the two exports.
    static QVector<int> columnWidths();
    static QVector<int> vacancyColumnWidths();
};

} // namespace jb::core
