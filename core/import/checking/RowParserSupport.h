#pragma once
// Internal to RowParser: the per-row helpers both lists share (cell access by field slot, the issue messages,
// dates, phones and reference values with their warnings). Not part of the import API.

#include "core/Message.h"
#include "core/import/ImportTypes.h"
#include "core/import/checking/ReferenceLookup.h"
#include "core/import/reading/CsvReader.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace jb::core::rowparse {

// What happens to the value when there is a problem; completes the issue message.
enum class Outcome {
    RowRejected,   // a key field: the row is not imported
    FieldEmpty,    // imported with this field empty
    PartsKept,     // multi-valued: the recognised parts are imported
    KeptAsWritten, // imported as written (a credit code failing its check character)
    KeptAsText,    // the number could not be read; the text is kept (wage text, requirements)
    IdWins,        // the gender column contradicts the ID number
    HomeUsed,      // the organisation is not known: the record goes to the home organisation
};

class RowContext final
{
public:
    RowContext(const CsvRecord& record, QVector<ImportIssue>& issues, const QStringList& header,
               const QVector<int>& columns, const ReferenceLookup& lookup, QDate today)
        : m_record(record), m_issues(issues), m_header(header), m_columns(columns), m_lookup(lookup), m_today(today)
    {
    }

    int column(int slot) const { return m_columns.at(slot); }
    bool has(int slot) const { return m_columns.at(slot) >= 0; }
    // The cell as in the file; empty when the column is absent.
    const QString& raw(int slot) const;
    // The cell cleaned (half-width, trimmed, spaces collapsed).
    QString text(int slot) const;
    QString columnName(int slot, const QString& fallback) const;
    qint64 line() const { return m_record.line; }
    const ReferenceLookup& lookup() const { return m_lookup; }

    // Records an issue: where (column and value), `reason` (what is wrong and how to fix it, no full stop) and
    // what happened to the value.
    void report(int slot, const QString& fallbackName, const QString& code, IssueSeverity severity,
                const Message& reason, Outcome outcome) const;
    void warn(int slot, const QString& code, const Message& reason, Outcome outcome = Outcome::FieldEmpty) const
    {
        report(slot, QString(), code, IssueSeverity::Warning, reason, outcome);
    }

    // Each reads the slot's cell, returns the value or nothing, and records a warning when the cell is not blank
    // but unusable.
    QDate date(int slot) const;
    QString phone(int slot) const;
    // `what` names one value of the list in a sentence ("employment status").
    std::optional<qint64> reference(int slot, const QString& list, const Message& what) const;
    QVector<qint64> references(int slot, const QString& list, const Message& what) const;
    std::optional<qint64> organisation(int slot) const;
    void unrecognised(int slot, const QString& list, const Message& what, Outcome outcome = Outcome::FieldEmpty) const;

private:
    void add(ImportIssue issue) const { m_issues.append(std::move(issue)); }

    const CsvRecord& m_record;
    QVector<ImportIssue>& m_issues;
    const QStringList& m_header;
    const QVector<int>& m_columns;
    const ReferenceLookup& m_lookup;
    QDate m_today;
};

} // namespace jb::core::rowparse
