// RowParser: construction and the helpers both lists share. Worker rows are parsed in RowParserWorkers.cpp,
// vacancy rows in RowParserVacancies.cpp.
//
// Messages follow one pattern so an officer can fix the file without help: which column, which value, what is
// wrong, what happened to the value, and (from the validators) how to put it right.

#include "core/import/checking/RowParser.h"

#include "core/import/checking/RowParserSupport.h"
#include "core/import/checking/ValueParsers.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/validation/ExcelDate.h"
#include "core/validation/MessageList.h"
#include "core/validation/Phone.h"

namespace jb::core {

RowParser::RowParser(ImportKind kind, ColumnMapping mapping, QStringList header, const ReferenceLookup& lookup,
                     QDate today)
    : m_kind(kind), m_mapping(std::move(mapping)), m_header(std::move(header)), m_lookup(lookup), m_today(today)
{
    if (m_kind == ImportKind::Workers)
        initWorkerColumns();
    else if (m_kind == ImportKind::Vacancies)
        initVacancyColumns();
    else if (m_kind == ImportKind::Fair)
        initFairColumns();
    else
        initServiceColumns();
}

QSet<QString> RowParser::providedFields() const
{
    QSet<QString> out;
    for (const ImportField& f : importFields(m_kind))
        if (m_mapping.columnOf(f.key) >= 0)
            out.insert(f.key);
    return out;
}

namespace rowparse {

namespace {

Message outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::RowRejected:
        return JB_TR("Import", "The row is not imported");
    case Outcome::FieldEmpty:
        return JB_TR("Import", "Imported with this field empty; the original text is kept in the error file");
    case Outcome::PartsKept:
        return JB_TR("Import", "The recognised values are imported; the original text is kept in the error file");
    case Outcome::KeptAsWritten:
        return JB_TR("Import", "Imported as written");
    case Outcome::KeptAsText:
        return JB_TR("Import", "The text is kept as written");
    case Outcome::IdWins:
        return JB_TR("Import", "Imported as the ID number says");
    case Outcome::HomeUsed:
        return JB_TR("Import", "Recorded under the home organisation; the original text is kept in the error file");
    }
    return {};
}

} // namespace

const QString& RowContext::raw(int slot) const
{
    static const QString empty;
    const int c = m_columns.at(slot);
    return c >= 0 && c < m_record.fields.size() ? m_record.fields.at(c) : empty;
}

QString RowContext::text(int slot) const
{
    return cleanCell(raw(slot));
}

QString RowContext::columnName(int slot, const QString& fallback) const
{
    const int c = m_columns.at(slot);
    const QString name = c >= 0 ? m_header.value(c) : QString();
    return name.isEmpty() ? fallback : name;
}

void RowContext::report(int slot, const QString& fallbackName, const QString& code, IssueSeverity severity,
                        const Message& reason, Outcome outcome) const
{
    ImportIssue issue;
    issue.line = m_record.line;
    issue.column = columnName(slot, fallbackName);
    issue.value = raw(slot);
    issue.code = code;
    issue.severity = severity;
    // Reasons and outcomes carry no full stop: the sentence ends here, in the language it is shown in.
    const QString shown = cleanCell(issue.value);
    issue.message =
        shown.isEmpty()
            ? JB_TR("Import", "Column \"%1\" is empty: %2. %3.").arg(issue.column).arg(reason).arg(outcomeText(outcome))
            : JB_TR("Import", "Column \"%1\", value \"%2\": %3. %4.")
                  .arg(issue.column)
                  .arg(shown)
                  .arg(reason)
                  .arg(outcomeText(outcome));
    add(std::move(issue));
}

QDate RowContext::date(int slot) const
{
    const QString cell = text(slot);
    if (cell.isEmpty())
        return {};
    QDate d;
    if (const std::optional<QDate> fast = parseDateFast(cell)) {
        d = *fast;
    } else {
        const DateParse parsed = parseExcelDate(cell);
        if (!parsed.date) {
            warn(slot, reason::dateInvalid, parsed.message);
            return {};
        }
        d = *parsed.date;
    }
    if (d > m_today) {
        warn(slot, reason::dateInvalid,
             JB_TR("Import", "the date %1 is after today (%2); check the year and the order of month and day")
                 .arg(formatDate(d))
                 .arg(formatDate(m_today)));
        return {};
    }
    return d;
}

QString RowContext::phone(int slot) const
{
    const QString cell = text(slot);
    if (cell.isEmpty() || isPlainMobile(cell))
        return cell;
    const PhoneCheck check = checkPhone(cell);
    if (check.ok)
        return check.normalized;
    warn(slot, reason::phoneInvalid, check.message);
    return {};
}

void RowContext::unrecognised(int slot, const QString& list, const Message& what, Outcome outcome) const
{
    if (list.isEmpty()) {
        warn(slot, reason::valueUnrecognised, JB_TR("Import", "not a recognised %1").arg(what), outcome);
        return;
    }
    const Message& names = m_lookup.namesListed(list);
    if (!names.isEmpty() && m_lookup.names(list).size() <= 30)
        warn(slot, reason::valueUnrecognised,
             JB_TR("Import", "not a recognised %1; write one of: %2 (to use a new value, add it under reference "
                             "data first)")
                 .arg(what)
                 .arg(names),
             outcome);
    else
        warn(slot, reason::valueUnrecognised,
             JB_TR("Import", "not a recognised %1 (to use a new value, add it under reference data first)").arg(what),
             outcome);
}

std::optional<qint64> RowContext::reference(int slot, const QString& list, const Message& what) const
{
    const QString& cell = raw(slot);
    if (cell.isEmpty())
        return std::nullopt;
    if (const auto id = m_lookup.find(list, cell))
        return id;
    if (text(slot).isEmpty())
        return std::nullopt;
    unrecognised(slot, list, what);
    return std::nullopt;
}

QVector<qint64> RowContext::references(int slot, const QString& list, const Message& what) const
{
    const QString& cell = raw(slot);
    if (cell.isEmpty())
        return {};
    // A cell without a separator is one value: look it up whole (a miss there costs the slow fallbacks, so a
    // cell with separators goes straight to its parts).
    bool separated = false;
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == u'、' || u == u',' || u == u'，' || u == u'/' || u == u'／' || u == u';' || u == u'；') {
            separated = true;
            break;
        }
    }
    if (!separated)
        if (const auto id = m_lookup.find(list, cell))
            return {*id};
    QStringList unknown;
    const QVector<qint64> ids = m_lookup.findAll(list, splitMultiValue(cell), &unknown);
    if (!unknown.isEmpty()) {
        const Message& names = m_lookup.namesListed(list);
        const Outcome outcome = ids.isEmpty() ? Outcome::FieldEmpty : Outcome::PartsKept;
        if (names.isEmpty())
            warn(slot, reason::valueUnrecognised,
                 JB_TR("Import", "\"%1\" in it is not a recognised %2").arg(listOf(unknown)).arg(what), outcome);
        else
            warn(slot, reason::valueUnrecognised,
                 JB_TR("Import", "\"%1\" in it is not a recognised %2; write one or more of: %3, separated by 、")
                     .arg(listOf(unknown))
                     .arg(what)
                     .arg(names),
                 outcome);
    }
    return ids;
}

std::optional<qint64> RowContext::organisation(int slot) const
{
    const QString& cell = raw(slot);
    if (cell.isEmpty())
        return std::nullopt;
    if (const auto id = m_lookup.organisation(cell))
        return id;
    if (text(slot).isEmpty())
        return std::nullopt;
    warn(slot, reason::valueUnrecognised,
         JB_TR("Import", "there is no organisation with this name or code in the file (write the full name or the "
                         "code when a short name is shared). Add the unit under organisations first, or use the name "
                         "or code of an existing one"),
         Outcome::HomeUsed);
    return std::nullopt;
}

} // namespace rowparse

} // namespace jb::core
