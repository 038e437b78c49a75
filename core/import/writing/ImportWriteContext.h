#pragma once
// What the per-table upserts of one import share: the connection and its transaction, the batch id, the
// timestamp every touched record gets, and the recording of before-images. Also the compare-and-update step
// that workers, enterprises and vacancies all go through.

#include "core/Expected.h"
#include "core/import/ImportTypes.h"
#include "core/import/writing/ImportColumns.h"
#include "core/import/writing/ImportWriter.h"
#include "core/import/writing/SqliteConnection.h"

#include <QHash>
#include <QJsonObject>
#include <string>
#include <utility>
#include <vector>

namespace jb::core {

struct WriteContext
{
    explicit WriteContext(ImportWriterOptions writerOptions) : options(std::move(writerOptions)) {}

    ImportWriterOptions options;
    SqliteConnection db;
    qint64 batchId = 0;
    // created_at / updated_at of every record the batch writes: also how undo tells a later edit (it differs).
    QString stampText;
    std::string stamp;
    SqliteStatement recordChange;

    Status prepareCommon();
    // One import_changes row: the record's state before this batch first changed it.
    Status recordUpdate(const char* table, qint64 recordId, const QJsonObject& before);
    QString todayText() const;
};

// What an import remembers of the records it has touched, for duplicate warnings: the line that last wrote the
// record, and whether its before-image is recorded (kRecordedFlag).
inline constexpr quint32 kRecordedFlag = 0x80000000u;
quint32 seenValue(qint64 line, bool recorded);

// Records by rowid → seen value. Rowids are dense (INTEGER PRIMARY KEY, max + 1), so a vector of 4 bytes a row
// does it: 4 MiB for a million rows, where a hash of ID numbers would take 30. Odd huge rowids go to a hash.
class RowLines final
{
public:
    quint32 value(qint64 rowid) const;
    void set(qint64 rowid, quint32 value);

private:
    static constexpr qint64 kDenseLimit = qint64(1) << 26;
    std::vector<quint32> m_dense;
    QHash<qint64, quint32> m_sparse;
};

// A table's statements for the upsert: the stored row by id or key, the insert and the update of the columns
// the file provides.
class TableStatements final
{
public:
    TableStatements(WriteContext& context, const char* table, const QVector<ImportColumn>& columns,
                    const QSet<QString>& provided);

    // lookupWhere: the WHERE clause finding a row by its key; keyColumns: the key columns written on insert
    // (their values are bound first); extraSelect: more result columns after the listed ones.
    // onConflict: appended to the insert (e.g. "ON CONFLICT(id_number) DO NOTHING").
    Status prepare(const QByteArray& lookupWhere, const QByteArray& keyColumns, int keyCount,
                   const QByteArray& extraSelect = {}, const QByteArray& onConflict = {});
    // Before prepare(): inserts and updates also write `column` (the import fingerprint, storage/SchemaV6.cpp)
    // with the value last given to setFingerprint().
    void writeFingerprintTo(const char* column) { m_fingerprintColumn = column; }
    void setFingerprint(qint64 value) { m_fingerprint = value; }

    const QVector<ImportColumn>& columns() const { return m_columns; }
    const QVector<int>& provided() const { return m_provided; }
    SqliteStatement& lookup() { return m_lookup; }
    SqliteStatement& byId() { return m_byId; }
    SqliteStatement& insert() { return m_insert; }
    int keyCount() const { return m_keyCount; }

    // Binds all values (after the keys already bound at 1..keyCount), the batch and stamps, and inserts.
    // Returns the new rowid, or 0 when an ON CONFLICT clause skipped the row.
    Expected<qint64> insertRow(RowValues& values);
    // With `stored` on the matched row: keeps stored values for empty keep-when-empty cells, then compares the
    // provided columns. True when something differs.
    bool differs(RowValues& values, const SqliteStatement& stored) const;
    // Updates the provided columns of record `id` (and updated_at).
    Status updateRow(RowValues& values, qint64 id);

private:
    WriteContext& m_context;
    const char* m_table;
    const QVector<ImportColumn>& m_columns;
    QVector<int> m_provided;
    int m_keyCount = 0;
    const char* m_fingerprintColumn = nullptr;
    qint64 m_fingerprint = 0;
    SqliteStatement m_lookup;
    SqliteStatement m_byId;
    SqliteStatement m_insert;
    SqliteStatement m_update;
};

// The duplicate_in_file warning; `what` names the key the two rows share ("ID number").
ImportIssue duplicateIssue(qint64 line, qint64 earlierLine, const QString& column, const QString& value,
                           const Message& what);

} // namespace jb::core
