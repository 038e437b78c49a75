#pragma once
// The reading half of an import, on its own thread: CSV records are read, parsed, validated and fingerprinted
// (WorkerRow.h) in chunks and handed to the writer through a bounded queue, so decoding and validation overlap
// with SQLite's work and memory holds a few chunks whatever the file size. Chunks are recycled, so their strings
// keep their capacity. Also the file's SHA-256, computed on a thread of its own while the import runs.

#include "core/Message.h"
#include "core/import/ImportTypes.h"
#include "core/import/checking/ImportRecords.h"
#include "core/import/reading/ColumnMapping.h"
#include "core/import/reading/CsvReader.h"

#include <QDate>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace jb::core {

class ReferenceLookup;

struct ParsedRow
{
    CsvRecord record;
    std::optional<WorkerRecord> worker;
    std::optional<VacancyRecord> vacancy;
    std::optional<FairSheetRecord> fair;
    std::optional<ServiceSheetRecord> service;
    QVector<ImportIssue> issues;
};

struct ParsedChunk
{
    std::vector<ParsedRow> rows;
    std::size_t count = 0; // rows in use
    qint64 bytesRead = 0;
    qint64 totalBytes = -1;
};

class RowProducer final
{
public:
    RowProducer(QString path, CsvOptions csv, ImportKind kind, ColumnMapping mapping, QStringList header,
                const ReferenceLookup& lookup, QDate today);
    ~RowProducer();
    RowProducer(const RowProducer&) = delete;
    RowProducer& operator=(const RowProducer&) = delete;

    void start();
    // The next chunk, or nullptr at the end (then error(), blankRows() and warning() are final).
    ParsedChunk* next();
    void recycle(ParsedChunk* chunk);
    // Stops reading (cancel or a write failure) and waits for the thread.
    void stop();

    Message error() const;
    qint64 blankRows() const;
    Message warning() const;
    double cpuSeconds() const { return m_cpuSeconds; } // the reading thread's, once next() returned nullptr

private:
    void produce();
    ParsedChunk* freeChunk(); // blocks while all chunks are in the queue; nullptr when stopped
    void push(ParsedChunk* chunk);
    void finish(Message error, qint64 blankRows, Message warning);

    QString m_path;
    CsvOptions m_csv;
    ImportKind m_kind;
    ColumnMapping m_mapping;
    QStringList m_header;
    const ReferenceLookup& m_lookup;
    QDate m_today;

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<ParsedChunk>> m_chunks;
    std::deque<ParsedChunk*> m_free;
    std::deque<ParsedChunk*> m_full;
    bool m_done = false;
    std::atomic<bool> m_stop{false};
    Message m_error;
    qint64 m_blankRows = 0;
    Message m_warning;
    double m_cpuSeconds = 0;
};

// SHA-256 of a file's bytes, on a thread, for the batch record.
class FileHasher final
{
public:
    explicit FileHasher(QString path);
    ~FileHasher();
    FileHasher(const FileHasher&) = delete;
    FileHasher& operator=(const FileHasher&) = delete;

    // Waits for the hash; lower-case hex, or empty when the file could not be read.
    QString result();
    void cancel();

private:
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    QString m_result;
    bool m_joined = false;
};

// With JB_IMPORT_TIMING set in the environment, each phase of an import prints its wall time to stderr
// (bench/import_workers.sh uses it to say where the time goes); otherwise it does nothing.
// CPU time of the calling thread (0 where the clock is missing).
double threadCpuSeconds();

class PhaseTimer final
{
public:
    PhaseTimer();
    void phase(const char* name);
    void note(const char* name, double seconds) const;

private:
    bool m_enabled = false;
    QElapsedTimer m_clock;
    qint64 m_startNs = 0;
};

} // namespace jb::core
