#pragma once
// A thin RAII layer over SQLite's C API for the bulk paths (the import writer). QtSql costs ~7 µs per insert and
// ~17 µs per lookup, which alone would miss the import speed goal; statements here are prepared once, bound
// without copies and reset per row. Errors come back as bilingual messages like the rest of core.

#include "core/Expected.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace jb::core {

// One prepared statement. Text bound with bindText(std::string_view) must outlive the next step()/reset().
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement, QByteArray sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters are 1-based, as in SQLite.
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindText(int index, std::string_view utf8);   // not copied: keep the bytes alive until reset()
    void bindTextCopy(int index, const QString& text); // copied (for the odd, non-hot statement)

    // Steps once: true when a row is available, false when done. Errors are kept (see failed()/error()).
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it.
    Status run();
    void reset(); // also clears the bindings, so a forgotten bind shows up as NULL, not a stale value

    bool failed() const { return !m_error.isEmpty(); }
    const Message& error() const { return m_error; }
    void clearError()
    {
        if (!m_error.isEmpty()) // called once a row: the usual empty message costs nothing
            m_error = Message();
    }

    // Columns are 0-based, as in SQLite.
    bool isNull(int column) const;
    bool isInteger(int column) const;
    qint64 intValue(int column) const;
    std::string_view textValue(int column) const; // UTF-8, valid until the next step()/reset()
    QString stringValue(int column) const;

private:
    void close();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QByteArray m_sql;
    Message m_error;
};

// An own connection to a JobBridge file: foreign keys on, a busy timeout (the GUI's connection may be reading),
// and a page cache sized for bulk writes. Closes (rolling back anything uncommitted) when destroyed.
class SqliteConnection final
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // cacheKiB: the page cache of this connection (negative PRAGMA cache_size); the import's memory budget.
    Status open(const QString& path, int cacheKiB = 2048);
    bool isOpen() const { return m_db != nullptr; }
    void close();

    Status exec(const char* sql);
    Expected<SqliteStatement> prepare(const QByteArray& sql);
    qint64 lastInsertId() const;
    int changes() const;

    // BEGIN IMMEDIATE: takes the write lock up front, so a busy file fails before any work, not at COMMIT.
    Status begin();
    Status commit();
    void rollback(); // no-op outside a transaction
    bool inTransaction() const;

    // A message naming what was being done and SQLite's own words.
    Message describeError(const QString& doing) const;
    // The connection itself, for registering SQL functions.
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

} // namespace jb::core
