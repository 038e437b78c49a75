#pragma once
// The error file an officer opens in Excel, fixes and imports again: every row that had an issue, with its
// original cells under the original header, plus 行号 (line in the imported file), 列 (the columns concerned)
// and 原因 (the reasons), in the language the officer chose. Rows stream to a temporary file as they are found, so a
// file full of errors costs disk, not memory; save() copies it behind a UTF-8 BOM (without one Excel shows garbled
// text).

#include "core/Expected.h"
#include "core/import/ImportTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QTemporaryFile;

namespace jb::core {

class ErrorFileWriter final
{
public:
    ErrorFileWriter();
    ~ErrorFileWriter();
    ErrorFileWriter(const ErrorFileWriter&) = delete;
    ErrorFileWriter& operator=(const ErrorFileWriter&) = delete;

    // Starts a new temporary file with the header row (the file's header + 行号, 列, 原因 in the chosen language).
    Status start(const QStringList& header);
    // One row: the record's cells (padded or cut to the header's width) and what was wrong with it.
    // issues[from, end) all belong to this record.
    Status addRow(const QStringList& fields, qint64 line, const QVector<ImportIssue>& issues, int from);
    qint64 rows() const { return m_rows; }

    // Writes BOM + rows to `path` atomically (QSaveFile). Refuses when no row was added.
    Status save(const QString& path);

    // One CSV cell: quoted when needed; long digit strings (IDs, all-digit credit codes) as ="…" so Excel keeps
    // them as text instead of turning them into 3.40102E+17 (DOMAIN.md: what Excel does to the lists).
    static QString csvCell(const QString& text);

private:
    Status writeLine(const QStringList& cells);

    std::unique_ptr<QTemporaryFile> m_file;
    int m_width = 0;
    QString m_reasonJoin;  // "%1; %2" translated: between the reasons of one row
    QString m_columnJoin;  // "%1, %2" translated: between the columns of one row
    QString m_notImported; // "[Not imported] %1" translated
    QString m_imported;    // "[Imported, please check] %1" translated
    qint64 m_rows = 0;
};

} // namespace jb::core
