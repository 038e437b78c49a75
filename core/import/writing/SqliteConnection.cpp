#include "core/import/writing/SqliteConnection.h"

#include "core/storage/SqlError.h"

#include <sqlite3.h>
#include <utility>

namespace jb::core {

namespace {

Message sqliteMessage(sqlite3* db, int code)
{
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return JB_TR("Import", "The file is being written by another program or window; try again later");
    return withDiskAdvice(code & 0xff,
                          db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code)));
}

Message failureText(const QString& doing, const Message& text)
{
    return JB_TR("Import", "Database operation failed (%1): %2").arg(doing).arg(text);
}

} // namespace

// ---- SqliteStatement -------------------------------------------------------------------------------------------

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement, QByteArray sql)
    : m_db(db), m_statement(statement), m_sql(std::move(sql))
{
}

SqliteStatement::~SqliteStatement()
{
    close();
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_statement(std::exchange(other.m_statement, nullptr)),
      m_sql(std::move(other.m_sql)), m_error(std::move(other.m_error))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_sql = std::move(other.m_sql);
        m_error = std::move(other.m_error);
    }
    return *this;
}

void SqliteStatement::close()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindText(int index, std::string_view utf8)
{
    // SQLITE_STATIC: the caller keeps the bytes alive until the row is written; no copy per bind.
    sqlite3_bind_text(m_statement, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindTextCopy(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE && m_error.isEmpty())
        m_error = failureText(QString::fromUtf8(m_sql.left(60)), sqliteMessage(m_db, rc));
    return false;
}

Status SqliteStatement::run()
{
    while (step()) {
    }
    reset();
    if (failed())
        return Status::failure(m_error);
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_INTEGER;
}

qint64 SqliteStatement::intValue(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string_view SqliteStatement::textValue(int column) const
{
    // Stored text is not NUL-terminated: sqlite3_column_text would copy it into a buffer of its own to add one
    // (a malloc per value read). The blob accessor hands out the stored UTF-8 bytes as they are; numbers still
    // come as their text.
    if (sqlite3_column_type(m_statement, column) == SQLITE_TEXT) {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        if (!bytes)
            return std::string_view("", 0); // '' (the blob accessor gives no pointer for zero bytes)
        return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))};
}

QString SqliteStatement::stringValue(int column) const
{
    const std::string_view text = textValue(column);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// ---- SqliteConnection ------------------------------------------------------------------------------------------

SqliteConnection::~SqliteConnection()
{
    close();
}

Status SqliteConnection::open(const QString& path, int cacheKiB)
{
    close();
    const QByteArray file = path.toUtf8();
    // NOMUTEX: one connection, one thread at a time (the import's writer); the mutexes would only cost time.
    const int rc = sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const Message message = failureText(QStringLiteral("open"), sqliteMessage(m_db, rc));
        close();
        return Status::failure(message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(cacheKiB);
    for (const char* sql : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", cache.constData()}) {
        if (Status s = exec(sql); !s) {
            close();
            return s;
        }
    }
    return {};
}

void SqliteConnection::close()
{
    if (!m_db)
        return;
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Status SqliteConnection::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const Message text = (rc == SQLITE_BUSY || rc == SQLITE_LOCKED || !message)
                             ? sqliteMessage(m_db, rc)
                             : Message::verbatim(QString::fromUtf8(message));
    sqlite3_free(message);
    return Status::failure(failureText(QString::fromUtf8(sql).left(60), text));
}

Expected<SqliteStatement> SqliteConnection::prepare(const QByteArray& sql)
{
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.constData(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Expected<SqliteStatement>::failure(
            failureText(QString::fromUtf8(sql).left(60), sqliteMessage(m_db, rc)));
    }
    return SqliteStatement(m_db, statement, sql);
}

qint64 SqliteConnection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

Status SqliteConnection::begin()
{
    return exec("BEGIN IMMEDIATE");
}

Status SqliteConnection::commit()
{
    if (Status s = exec("COMMIT"); !s) {
        rollback();
        return s;
    }
    return {};
}

void SqliteConnection::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool SqliteConnection::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

Message SqliteConnection::describeError(const QString& doing) const
{
    return failureText(doing, Message::verbatim(m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString()));
}

} // namespace jb::core
