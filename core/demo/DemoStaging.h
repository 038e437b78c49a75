#pragma once
// Internal to the demo generator: staging of referrals, referral stages and services. Their indexes (by vacancy,
// enterprise, stage and date, type and date) take rows in scattered order; filled row by row between the other
// tables their pages kept going cold, and binding every value through Qt cost as much again. So the worker loop
// only collects their values (RowBuffer); a second thread binds them on its own connection into unindexed tables
// of a scratch file (StagingFile, attached to the file's connection), using the machine's second core; at the end
// one INSERT … SELECT per table moves the rows, in the same order, so the ids come out the same.
// Where the scratch file cannot be attached, the same rows go to temporary tables on the file's own connection.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>
#include <QVector>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace jb::core::demo {

// The staged tables. Their columns, in RowBuffer column order, are listed in DemoStaging.cpp.
enum StagedTable { StagedReferrals, StagedStages, StagedServices, StagedTableCount };
int stagedColumnCount(StagedTable table);

// Values of whole rows of one table, filled column by column like a RowInserter.
class RowBuffer final
{
public:
    explicit RowBuffer(StagedTable table);
    void set(int column, const QVariant& value) { m_values[m_filled * m_columns + column] = value; }
    // For NOT NULL text columns: Qt binds a null QString as SQL NULL, so an unset string becomes ''.
    void setText(int column, const QString& value);
    // Ends the current row.
    void exec();
    int rows() const { return m_filled; }
    // The finished rows (the buffer starts again empty).
    QVector<QVariant> take();

private:
    QVector<QVariant> m_values;
    int m_columns = 0;
    int m_filled = 0;
};

// Rows of every staged table for a run of workers, handed to the writer in one piece.
struct StagedChunk
{
    QVector<QVariant> values[StagedTableCount];
};

// The scratch file, attached to the file's connection as "demo_staging" for as long as this lives. Construct it
// before the generator's transaction begins (SQLite attaches and detaches only outside one).
class StagingFile final
{
public:
    explicit StagingFile(QSqlDatabase db);
    ~StagingFile();
    StagingFile(const StagingFile&) = delete;
    StagingFile& operator=(const StagingFile&) = delete;
    bool attached() const { return m_attached; }
    QString path() const { return m_path; }

private:
    QSqlDatabase m_db;
    QTemporaryDir m_dir;
    QString m_path;
    bool m_attached = false;
};

class StagingInserters;

class StagingWriter final
{
public:
    // file: an attached StagingFile (rows are written by a thread), or nullptr (rows go to temporary tables on db
    // as they come).
    StagingWriter(QSqlDatabase db, const StagingFile* file);
    ~StagingWriter();
    StagingWriter(const StagingWriter&) = delete;
    StagingWriter& operator=(const StagingWriter&) = delete;

    Status start();
    // Hands over a chunk; waits while the writer is a few chunks behind. Fails once the writer has failed.
    Status push(StagedChunk chunk);
    // Waits for the writer, then moves every staged row into its table, calling moved(table) after each. Call inside
    // the generator's transaction.
    Status finish(const std::function<void(StagedTable)>& moved = {});

private:
    void run();
    Status createTables(QSqlDatabase db, const QString& schema);
    void stop();

    QSqlDatabase m_db;
    const StagingFile* m_file = nullptr;
    QString m_schema;                           // where the staged tables are: demo_staging or temp
    std::unique_ptr<StagingInserters> m_inline; // writing on the file's connection when there is no scratch file

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<StagedChunk> m_queue;
    bool m_closing = false;
    bool m_threadDone = false;
    Message m_threadError;
    std::atomic<bool> m_abandon{false};
    bool m_tablesDropped = true;
};

} // namespace jb::core::demo
