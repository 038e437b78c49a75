// Staging of the worker-side tables: value buffers, the scratch file and the writer thread.

#include "core/demo/DemoStaging.h"

#include "core/demo/DemoContext.h"
#include "core/storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace jb::core::demo {

namespace {

struct TableSpec
{
    const char* name;
    const char* columns;
    int rowsPerStatement; // under SQLite's oldest limit of 999 parameters
};

const TableSpec kTables[StagedTableCount] = {
    {"referrals", "id,worker_id,vacancy_id,enterprise_id,fair_id,stage,stage_on,officer,created_at", 100},
    {"referral_stages", "referral_id,stage,occurred_on", 300},
    {"services",
     "org_id,service_type_id,worker_id,enterprise_id,provided_on,ends_on,subtype,delivery,completed,employed_after,"
     "project_name,project_status,amount_yuan,province_share,city_share,officer,note,created_at",
     50},
};

// Chunks the worker loop may run ahead of the writer: enough to keep both cores busy, little memory.
constexpr size_t kMaxQueuedChunks = 4;

QString stagedName(const QString& schema, int table)
{
    return schema + QStringLiteral(".demo_staged_") + QString::fromLatin1(kTables[table].name);
}

Status execAll(QSqlDatabase db, const QStringList& statements)
{
    return execStatements(db, statements, QStringLiteral("staging"));
}

} // namespace

// The writer's prepared inserts, one per staged table.
class StagingInserters final
{
public:
    StagingInserters(QSqlDatabase db, const QString& schema)
    {
        for (int t = 0; t < StagedTableCount; ++t) {
            const QByteArray table = stagedName(schema, t).toLatin1();
            m_inserters[t] =
                std::make_unique<RowInserter>(db, table.constData(), kTables[t].columns, kTables[t].rowsPerStatement);
        }
    }
    Status ready() const
    {
        for (const auto& i : m_inserters)
            if (!i->isReady())
                return Status::failure(i->error(QStringLiteral("staging")));
        return {};
    }
    Status write(const StagedChunk& chunk)
    {
        for (int t = 0; t < StagedTableCount; ++t) {
            RowInserter& ins = *m_inserters[t];
            const QVector<QVariant>& values = chunk.values[t];
            const int columns = stagedColumnCount(static_cast<StagedTable>(t));
            for (int i = 0; i < values.size(); i += columns) {
                for (int c = 0; c < columns; ++c)
                    ins.set(c, values.at(i + c));
                if (!ins.exec())
                    return Status::failure(ins.error(QString::fromLatin1(kTables[t].name)));
            }
        }
        return {};
    }
    Status flush()
    {
        for (int t = 0; t < StagedTableCount; ++t)
            if (!m_inserters[t]->flush())
                return Status::failure(m_inserters[t]->error(QString::fromLatin1(kTables[t].name)));
        return {};
    }

private:
    std::unique_ptr<RowInserter> m_inserters[StagedTableCount];
};

int stagedColumnCount(StagedTable table)
{
    int n = 1;
    for (const char* c = kTables[table].columns; *c; ++c)
        n += *c == ',' ? 1 : 0;
    return n;
}

RowBuffer::RowBuffer(StagedTable table) : m_columns(stagedColumnCount(table))
{
    m_values.resize(m_columns);
}

void RowBuffer::setText(int column, const QString& value)
{
    static const QString empty = QStringLiteral("");
    set(column, value.isNull() ? empty : value);
}

void RowBuffer::exec()
{
    ++m_filled;
    if (m_values.size() < (m_filled + 1) * m_columns)
        m_values.resize(std::max((m_filled + 1) * m_columns, 2 * static_cast<int>(m_values.size())));
}

QVector<QVariant> RowBuffer::take()
{
    m_values.resize(m_filled * m_columns);
    QVector<QVariant> rows = std::move(m_values);
    m_values = QVector<QVariant>(m_columns);
    m_filled = 0;
    return rows;
}

StagingFile::StagingFile(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_dir.isValid())
        return;
    m_path = m_dir.filePath(QStringLiteral("staging.sqlite"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS demo_staging"));
    q.addBindValue(m_path);
    m_attached = q.exec();
    // Read back once, in order, at the end: mapped rather than read page by page through the cache.
    if (m_attached)
        q.exec(QStringLiteral("PRAGMA demo_staging.mmap_size = 1073741824"));
}

StagingFile::~StagingFile()
{
    if (m_attached) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("DETACH DATABASE demo_staging"));
    }
}

StagingWriter::StagingWriter(QSqlDatabase db, const StagingFile* file)
    : m_db(std::move(db)), m_file(file && file->attached() ? file : nullptr),
      m_schema(m_file ? QStringLiteral("demo_staging") : QStringLiteral("temp"))
{
}

StagingWriter::~StagingWriter()
{
    stop();
    m_inline.reset(); // finish its statements before the tables go
    if (!m_tablesDropped) {
        QStringList drops;
        for (int t = 0; t < StagedTableCount; ++t)
            drops << QStringLiteral("DROP TABLE IF EXISTS %1").arg(stagedName(m_schema, t));
        // A destructor cannot report: a staging table left behind is temporary (or in the staging file, removed
        // with it), so a failed drop loses nothing.
        static_cast<void>(execAll(m_db, drops));
    }
}

Status StagingWriter::createTables(QSqlDatabase db, const QString& schema)
{
    QStringList creates;
    for (int t = 0; t < StagedTableCount; ++t)
        creates << QStringLiteral("CREATE TABLE %1 (%2)")
                       .arg(stagedName(schema, t), QString::fromLatin1(kTables[t].columns));
    return execAll(db, creates);
}

Status StagingWriter::start()
{
    if (!m_file) {
        m_tablesDropped = false;
        if (Status s = createTables(m_db, m_schema); !s)
            return s;
        m_inline = std::make_unique<StagingInserters>(m_db, m_schema);
        return m_inline->ready();
    }
    m_thread = std::thread([this] { run(); });
    return {};
}

void StagingWriter::run()
{
    static std::atomic<int> serial{0};
    const QString name = QStringLiteral("jobbridge-demo-staging-%1").arg(serial.fetch_add(1));
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_file->path());
        if (!db.open()) {
            result = Status::failure(describeSqlError(db.lastError(), QStringLiteral("staging")));
        } else {
            // A scratch file: nothing to recover after a crash, so no journal and no syncing.
            result =
                execAll(db, {QStringLiteral("PRAGMA journal_mode = OFF"), QStringLiteral("PRAGMA synchronous = OFF"),
                             QStringLiteral("PRAGMA cache_size = -65536")});
            if (result)
                result = createTables(db, QStringLiteral("main"));
            if (result && !db.transaction())
                result = Status::failure(describeSqlError(db.lastError(), QStringLiteral("staging")));
            if (result) {
                StagingInserters inserters(db, QStringLiteral("main"));
                result = inserters.ready();
                while (result) {
                    StagedChunk chunk;
                    {
                        std::unique_lock<std::mutex> lock(m_mutex);
                        m_changed.wait(lock, [this] { return m_abandon || m_closing || !m_queue.empty(); });
                        if (m_abandon || m_queue.empty())
                            break; // abandoned, or closing with nothing left
                        chunk = std::move(m_queue.front());
                        m_queue.pop_front();
                    }
                    m_changed.notify_all(); // room in the queue
                    result = inserters.write(chunk);
                }
                if (result && !m_abandon)
                    result = inserters.flush();
            }
            if (result && !m_abandon && !db.commit())
                result = Status::failure(describeSqlError(db.lastError(), QStringLiteral("staging")));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_threadError = result ? Message() : result.message();
    m_threadDone = true;
    m_changed.notify_all();
}

Status StagingWriter::push(StagedChunk chunk)
{
    if (m_inline)
        return m_inline->write(chunk);
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_threadDone || m_queue.size() < kMaxQueuedChunks; });
    if (m_threadDone)
        return Status::failure(m_threadError.isEmpty() ? Message::verbatim(QStringLiteral("staging stopped"))
                                                       : m_threadError);
    m_queue.push_back(std::move(chunk));
    lock.unlock();
    m_changed.notify_all();
    return {};
}

Status StagingWriter::finish(const std::function<void(StagedTable)>& moved)
{
    if (m_inline) {
        if (Status s = m_inline->flush(); !s)
            return s;
        m_inline.reset();
    } else {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_closing = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        if (!m_threadError.isEmpty())
            return Status::failure(m_threadError);
    }
    // The same order as staged: ids assigned by SQLite (stages, services) come out as if inserted directly.
    for (int t = 0; t < StagedTableCount; ++t) {
        const QString move = QStringLiteral("INSERT OR FAIL INTO main.%1 (%2) SELECT %2 FROM %3 ORDER BY rowid")
                                 .arg(QString::fromLatin1(kTables[t].name), QString::fromLatin1(kTables[t].columns),
                                      stagedName(m_schema, t));
        if (Status s = execAll(m_db, {move}); !s)
            return s;
        if (moved)
            moved(static_cast<StagedTable>(t));
    }
    return {};
}

void StagingWriter::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_abandon = true;
        m_closing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace jb::core::demo
