#pragma once
// Exporting a list (workers, enterprises, vacancies): the sink interface every file format implements, the CSV
// sink (UTF-8 with BOM, formulas neutralised), and the one function that writes rows to a sink and, for an
// unmasked export, the audit entry ('export_unmasked', with the row count, the file and the filter) in a
// transaction that commits only when the file is complete. Every list's export goes through writeList(), so
// masking and auditing cannot differ between lists or formats.

#include "core/Expected.h"

#include <QHash>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <functional>

namespace jb::core {

class ListSink
{
public:
    virtual ~ListSink() = default;
    virtual Status begin(const QStringList& header) = 0;
    // Cells: QString, int / qint64 / double (numbers) or QDate; an invalid QVariant is an empty cell.
    virtual Status addRow(const QVector<QVariant>& cells) = 0;
    // Writes the file into place (atomically); nothing exists at the path before this succeeds.
    virtual Status finish() = 0;
};

// CSV for Excel: UTF-8 behind a BOM, CRLF, cells quoted where needed, leading = + - @ neutralised.
class CsvListSink final : public ListSink
{
public:
    explicit CsvListSink(const QString& path) : m_file(path) {}
    Status begin(const QStringList& header) override;
    Status addRow(const QVector<QVariant>& cells) override;
    Status finish() override;
    // One cell's text: dates as YYYY-MM-DD, numbers in full (never in exponent notation).
    static QString cellText(const QVariant& cell);

private:
    Status line(const QStringList& cells);
    QSaveFile m_file;
};

struct ListExportJob
{
    QStringList header;
    bool unmasked = false;
    QString table;       // the audit entry's table: workers, enterprises, vacancies
    QString destination; // the file, named in the audit note
    QString filter;      // the filter in words, for the audit note
    QString reason;      // unmasked: the officer's typed reason, in the audit note (required when the file says so)
    // Feeds every row to `put` in order (which returns false to stop); fails with the reason.
    std::function<Status(const std::function<bool(const QVector<QVariant>&)>& put)> rows;
};

// Writes `job` to `sink` inside one transaction on `db`; returns the number of rows.
Expected<qint64> writeList(QSqlDatabase db, ListSink& sink, const ListExportJob& job);

// A person's numbers as stored, unmasked: for the exports that put them beside rows read without them (the referral
// and promise lists carry a person's id, never the full numbers).
struct WorkerNumbers
{
    QString idNumber;
    QString phone;
};
// The numbers of the workers `ids` (repeats allowed), read a few hundred at a time.
Expected<QHash<qint64, WorkerNumbers>> workerNumbers(QSqlDatabase db, const QVector<qint64>& ids);

} // namespace jb::core
