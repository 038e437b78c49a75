// A service roster's row: the person is read as a worker row (an unusable ID number, Excel's mangled ones included,
// rejects it), the day of the service is required, the other cells are handed on as written. Matching the person
// and reading the cells by the kind of service is the writer's work (ServiceSheetUpsert.h).

#include "core/import/checking/RowParser.h"
#include "core/import/checking/RowParserSupport.h"
#include "core/import/reading/FieldCatalog.h"

namespace jb::core {

using rowparse::Outcome;
using rowparse::RowContext;

void RowParser::initServiceColumns()
{
    initWorkerColumns();
    m_serviceSlots = static_cast<int>(m_columns.size());
    for (const ImportField& f : importFields(ImportKind::Services)) {
        if (f.key == field::name || f.key == field::idNumber)
            continue;
        m_serviceKeys << f.key;
        m_columns.append(m_mapping.columnOf(f.key));
    }
}

std::optional<ServiceSheetRecord> RowParser::parseServiceRow(const CsvRecord& record,
                                                             QVector<ImportIssue>& issues) const
{
    if (m_kind != ImportKind::Services)
        return std::nullopt;
    std::optional<WorkerRecord> person = parseWorker(record, issues);
    if (!person)
        return std::nullopt;
    const RowContext row(record, issues, m_header, m_columns, m_lookup, m_today);
    ServiceSheetRecord r;
    r.person = std::move(*person);
    for (int i = 0; i < m_serviceKeys.size(); ++i) {
        const int slot = m_serviceSlots + i;
        if (!row.has(slot))
            continue;
        const QString& key = m_serviceKeys.at(i);
        if (key == QLatin1String("provided_on")) {
            r.on = row.date(slot);
        } else if (key == QLatin1String("ends_on")) {
            const QDate ends = row.date(slot);
            if (ends.isValid())
                r.cells.append({key, ends.toString(Qt::ISODate)});
        } else if (const QString text = row.text(slot); !text.isEmpty()) {
            r.cells.append({key, text});
        }
    }
    if (!r.on.isValid()) {
        const int slot = m_serviceSlots + static_cast<int>(m_serviceKeys.indexOf(QStringLiteral("provided_on")));
        row.report(slot, JB_TR("Import", "Date of the service").text(), reason::missingRequired,
                   IssueSeverity::Rejected,
                   JB_TR("Import", "every service needs its day; write it as 2026-03-01, 2026/3/1 or 2026年3月1日"),
                   Outcome::RowRejected);
        return std::nullopt;
    }
    return r;
}

} // namespace jb::core
