#include "core/import/ImportPipeline.h"

#include "core/import/checking/ReferenceLookup.h"
#include "core/import/checking/RowParser.h"
#include "core/import/checking/WorkerRow.h"

#include <QFile>
#include <cstdio>
#include <ctime>
#include <memory>
#include <openssl/evp.h>

namespace jb::core {

namespace {

// 128 rows a chunk, 4 chunks in the queue: enough to keep both threads busy, and few enough rows in circulation
// that the recycled ones are still in the reading core's cache (measured 5–10% quicker than 512 rows a chunk).
constexpr std::size_t kChunkRows = 128;
constexpr std::size_t kQueuedChunks = 4;
constexpr std::size_t kChunkCount = kQueuedChunks + 2; // + the one being filled + the one being written

} // namespace

RowProducer::RowProducer(QString path, CsvOptions csv, ImportKind kind, ColumnMapping mapping, QStringList header,
                         const ReferenceLookup& lookup, QDate today)
    : m_path(std::move(path)), m_csv(std::move(csv)), m_kind(kind), m_mapping(std::move(mapping)),
      m_header(std::move(header)), m_lookup(lookup), m_today(today)
{
    for (std::size_t i = 0; i < kChunkCount; ++i) {
        m_chunks.push_back(std::make_unique<ParsedChunk>());
        m_chunks.back()->rows.resize(kChunkRows);
        m_free.push_back(m_chunks.back().get());
    }
}

RowProducer::~RowProducer()
{
    stop();
}

void RowProducer::start()
{
    m_thread = std::thread([this] { produce(); });
}

void RowProducer::stop()
{
    m_stop = true;
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

ParsedChunk* RowProducer::freeChunk()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
    if (m_stop)
        return nullptr;
    ParsedChunk* chunk = m_free.front();
    m_free.pop_front();
    return chunk;
}

void RowProducer::push(ParsedChunk* chunk)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_full.push_back(chunk);
    }
    m_changed.notify_all();
}

void RowProducer::finish(Message error, qint64 blankRows, Message warning)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = std::move(error);
        m_blankRows = blankRows;
        m_warning = std::move(warning);
        m_done = true;
    }
    m_changed.notify_all();
}

void RowProducer::produce()
{
    CsvReader reader(m_path, m_csv);
    if (Status s = reader.open(); !s) {
        finish(s.message(), 0, Message());
        return;
    }
    const RowParser parser(m_kind, m_mapping, m_header, m_lookup, m_today);
    const bool workers = m_kind == ImportKind::Workers;
    // Fingerprinted here, while the record's text is in this core's cache: an unchanged row then costs the
    // writer one probe of the stored fingerprint (WorkerRow.h).
    WorkerFingerprint fingerprint(parser.providedFields());
    bool atEnd = false;
    while (!atEnd) {
        ParsedChunk* chunk = freeChunk();
        if (!chunk)
            break;
        chunk->count = 0;
        while (chunk->count < chunk->rows.size()) {
            ParsedRow& row = chunk->rows[chunk->count];
            // The last parse of this row shares the cells' text; let it go first, so the reader writes the next
            // record into strings it owns alone instead of copying each one on write.
            row.worker.reset();
            row.vacancy.reset();
            row.fair.reset();
            row.service.reset();
            if (!reader.next(row.record)) {
                atEnd = true;
                break;
            }
            row.issues.clear();
            if (workers) {
                row.worker = parser.parseWorker(row.record, row.issues);
                if (row.worker)
                    row.worker->fingerprint = fingerprint.of(*row.worker);
            } else if (m_kind == ImportKind::Vacancies) {
                row.vacancy = parser.parseVacancy(row.record, row.issues);
            } else if (m_kind == ImportKind::Fair) {
                row.fair = parser.parseFairRow(row.record, row.issues);
            } else {
                row.service = parser.parseServiceRow(row.record, row.issues);
            }
            ++chunk->count;
        }
        chunk->bytesRead = reader.bytesRead();
        chunk->totalBytes = reader.totalBytes();
        if (chunk->count > 0) {
            push(chunk);
        } else {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_free.push_back(chunk);
        }
    }
    m_cpuSeconds = threadCpuSeconds();
    finish(reader.errorMessage(), reader.blankRowsSkipped(), reader.warningMessage());
}

ParsedChunk* RowProducer::next()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_done || m_stop; });
    if (m_full.empty())
        return nullptr;
    ParsedChunk* chunk = m_full.front();
    m_full.pop_front();
    return chunk;
}

void RowProducer::recycle(ParsedChunk* chunk)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_free.push_back(chunk);
    }
    m_changed.notify_all();
}

Message RowProducer::error() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

qint64 RowProducer::blankRows() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_blankRows;
}

Message RowProducer::warning() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_warning;
}

// ---- FileHasher ------------------------------------------------------------------------------------------------

FileHasher::FileHasher(QString path)
{
    m_thread = std::thread([this, file = std::move(path)] {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return;
        // OpenSSL's SHA-256 uses the processor's SHA instructions where it has them: 0.07 s for a 130 MiB list
        // instead of 0.9 s of QCryptographicHash, on a thread that shares two cores with the import.
        const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
            return;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        while (!m_cancel) {
            const qint64 n = f.read(buffer.data(), buffer.size());
            if (n < 0)
                return;
            if (n == 0)
                break;
            if (EVP_DigestUpdate(hash.get(), buffer.constData(), static_cast<std::size_t>(n)) != 1)
                return;
        }
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (!m_cancel && EVP_DigestFinal_ex(hash.get(), digest, &length) == 1)
            m_result = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
    });
}

FileHasher::~FileHasher()
{
    cancel();
}

void FileHasher::cancel()
{
    m_cancel = true;
    result();
}

QString FileHasher::result()
{
    if (!m_joined && m_thread.joinable())
        m_thread.join();
    m_joined = true;
    return m_result;
}

PhaseTimer::PhaseTimer() : m_enabled(qEnvironmentVariableIsSet("JB_IMPORT_TIMING"))
{
    m_clock.start();
}

void PhaseTimer::phase(const char* name)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    // The peak resident memory so far (Linux), to see which phase sets it.
    QFile status(QStringLiteral("/proc/self/status"));
    QByteArray peak;
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed();
    std::fprintf(stderr, "import timing: %-32s %8.3f s   peak so far %s   this thread's CPU so far %.2f s\n", name,
                 double(now - m_startNs) / 1e9, peak.constData(), threadCpuSeconds());
    m_startNs = now;
}

void PhaseTimer::note(const char* name, double seconds) const
{
    if (m_enabled)
        std::fprintf(stderr, "import timing: %-32s %8.3f s\n", name, seconds);
}

double threadCpuSeconds()
{
    timespec t{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0)
        return 0;
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace jb::core
