#include "core/storage/Database.h"

#include "core/Message.h"
#include "core/storage/FileProbe.h"
#include "core/storage/Migrations.h"
#include "core/storage/OpeningCheck.h"
#include "core/storage/PrivateFile.h"
#include "core/storage/SqlError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace jb::core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("jobbridge-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Adds a QSQLITE connection; the caller removes it with dropConnection().
Expected<QSqlDatabase> connect(const QString& path, const QString& name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Expected<QSqlDatabase>::failure(describeSqlError(db.lastError(), QStringLiteral("open")));
    return db;
}

// A read-only connection that leaves nothing beside the file. A WAL-mode file opened read-only gets a -wal and a
// -shm that the connection cannot remove; when the file has neither (no one has it open, no crash left a WAL),
// its main file is the whole of it and is read as immutable, which creates nothing. Otherwise they exist already.
bool hasSidecars(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
}

Expected<QSqlDatabase> connectToInspect(const QString& path, const QString& name, bool& immutable)
{
    immutable = !hasSidecars(path);
    if (!immutable)
        return connect(path, name, true);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                       QStringLiteral("?mode=ro&immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return Expected<QSqlDatabase>::failure(describeSqlError(db.lastError(), QStringLiteral("open")));
    return db;
}

void dropConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status execAll(QSqlDatabase& db, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(sql)))
            return Status::failure(describeSqlError(q, QString::fromLatin1(sql)));
    }
    return {};
}

// SQLite says "malformed" (SQLITE_CORRUPT) or "not a database" (SQLITE_NOTADB) for a damaged file; anything else
// (busy, I/O) is not a verdict on the file.
bool isDamage(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

// SQLite's check on an open connection: the problems it lists, none when the file is sound.
Expected<QStringList> runCheck(QSqlDatabase& db, bool full, const std::atomic<bool>* cancelled = nullptr)
{
    stopOnCancel(db, cancelled);
    QSqlQuery q(db);
    QStringList problems;
    const QString pragma = full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma)) {
        if (!isDamage(q.lastError()))
            return Expected<QStringList>::failure(describeSqlError(q, pragma));
        return QStringList{q.lastError().databaseText()};
    }
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
    }
    return problems;
}

struct StoredState
{
    int version = 0;
    QStringList problems;
};

// Reads the schema version and runs quick_check through a read-only connection (the header alone can be stale
// while a WAL exists), so a damaged file is caught before anything opens it for writing. Without `check`, only
// the version (a file opened to be checked later, see OpenOptions::checkLater).
Expected<StoredState> readStoredState(const QString& path, bool check, bool inspect = true)
{
    const QString name = nextConnectionName();
    StoredState state;
    Message error;
    bool immutable = false;
    {
        Expected<QSqlDatabase> db = inspect ? connectToInspect(path, name, immutable) : connect(path, name, true);
        if (!db) {
            error = db.message();
        } else if (Expected<int> v = readUserVersion(*db); !v) {
            if (Expected<QStringList> checked = runCheck(*db, false); checked && !checked->isEmpty())
                state.problems = *checked;
            else
                error = v.message();
        } else {
            state.version = *v;
            Expected<QStringList> checked = check ? runCheck(*db, false) : Expected<QStringList>(QStringList());
            if (checked)
                state.problems = *checked;
            else
                error = checked.message();
        }
    }
    dropConnection(name);
    // Read as immutable, a file another process began writing meanwhile could look damaged; it has a -wal now,
    // and SQLite's ordinary read-only connection, which takes its locks, decides.
    if (immutable && (!error.isEmpty() || !state.problems.isEmpty()) && hasSidecars(path))
        return readStoredState(path, check, false);
    if (!error.isEmpty())
        return Expected<StoredState>::failure(error);
    return state;
}

} // namespace

Message Database::damageMessage(const QStringList& problems, const QString& path)
{
    QStringList shown = problems.mid(0, 3);
    if (problems.size() > 3)
        shown << QStringLiteral("…");
    return JB_TR("Storage", "The file is damaged and was not opened; nothing was written to it: %1\nSQLite's check "
                            "found: %2")
        .arg(QDir::toNativeSeparators(path))
        .arg(Message::verbatim(shown.join(QStringLiteral("; "))));
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    dropConnection(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    const Expected<int> v = readUserVersion(db);
    return v ? *v : -1;
}

Expected<QStringList> Database::checkFile(const QString& path, bool full, const std::atomic<bool>* cancelled)
{
    const QString name = nextConnectionName();
    Expected<QStringList> result = QStringList();
    bool immutable = false;
    {
        Expected<QSqlDatabase> db = connectToInspect(path, name, immutable);
        result = db ? runCheck(*db, full, cancelled) : Expected<QStringList>::failure(db.message());
    }
    dropConnection(name);
    if (immutable && (!result || !result->isEmpty()) && hasSidecars(path) && !(cancelled && *cancelled)) {
        // as in readStoredState
        {
            Expected<QSqlDatabase> db = connect(path, name, true);
            result = db ? runCheck(*db, full, cancelled) : Expected<QStringList>::failure(db.message());
        }
        dropConnection(name);
    }
    return result;
}

Expected<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    using Result = Expected<std::unique_ptr<Database>>;
    const FileProbe probe = probeFile(path);
    if (probe.kind != FileProbe::Kind::JobBridge)
        return Result::failure(probeRefusal(probe, path));

    // A file that needs an upgrade is checked now: the upgrade writes.
    Expected<StoredState> stored = readStoredState(path, !options.checkLater);
    if (options.checkLater && stored && stored->version < kCurrentSchemaVersion)
        stored = readStoredState(path, true);
    if (!stored)
        return Result::failure(
            JB_TR("Storage", "Cannot read the file's version; it was not modified: %1").arg(stored.message()));
    if (!stored->problems.isEmpty())
        return Result::failure(damageMessage(stored->problems, path));
    if (stored->version > kCurrentSchemaVersion)
        return Result::failure(
            JB_TR("Storage", "This file was saved by a newer JobBridge (data version %1; this program supports up to "
                             "%2). Update the program to open it; the file was not modified.")
                .arg(stored->version)
                .arg(kCurrentSchemaVersion));
    if (!QFileInfo(path).isWritable())
        return Result::failure(JB_TR("Storage", "The file is read-only: %1").arg(QDir::toNativeSeparators(path)));

    if (options.checkLater && stored->version == kCurrentSchemaVersion)
        return openUnchecked(QFileInfo(path).absoluteFilePath());

    LockHolder holder;
    Expected<std::unique_ptr<FileLock>> lock = FileLock::take(path, options.takeOverStaleLock, holder);
    if (!lock)
        return Result::failure(lock.message());
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(QFileInfo(path).absoluteFilePath(), name));
    if (!*lock)
        return openReadOnly(std::move(database), stored->version, holder);
    database->m_lock = std::move(*lock);

    if (stored->version < kCurrentSchemaVersion && options.beforeMigration) {
        if (Status backedUp = options.beforeMigration(path); !backedUp)
            return Result::failure(backedUp.message());
    }
    Expected<QSqlDatabase> db = connect(path, name, false);
    if (!db)
        return Result::failure(db.message());
    if (Status s =
            execAll(*db, {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"});
        !s)
        return Result::failure(s.message());
    if (Status s = migrate(*db); !s)
        return Result::failure(s.message());
    return Result(std::move(database));
}

Expected<std::unique_ptr<Database>> Database::openReadOnly(std::unique_ptr<Database> database, int version,
                                                           const LockHolder& holder)
{
    using Result = Expected<std::unique_ptr<Database>>;
    if (version < kCurrentSchemaVersion)
        return Result::failure(JB_TR("Storage", "This file must be upgraded to this program's version, which "
                                                "needs writing, but it is open for writing by %1. Open it again "
                                                "when they have closed it; it was not modified.")
                                   .arg(holder.describe()));
    Expected<QSqlDatabase> db = connect(database->m_path, database->m_connectionName, true);
    if (!db)
        return Result::failure(db.message());
    if (Status s = execAll(*db, {"PRAGMA foreign_keys = ON"}); !s)
        return Result::failure(s.message());
    database->m_holder = holder;
    database->m_readOnlyReason = JB_TR("Storage", "This file is open for writing by %1. It is open read-only here: "
                                                  "nothing can be changed until they close it.")
                                     .arg(holder.describe());
    return Result(std::move(database));
}

Expected<std::unique_ptr<Database>> Database::openUnchecked(const QString& path)
{
    using Result = Expected<std::unique_ptr<Database>>;
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    bool immutable = false; // read as connectToInspect does: nothing appears beside a file not yet checked
    Expected<QSqlDatabase> db = connectToInspect(path, name, immutable);
    if (!db)
        return Result::failure(db.message());
    database->m_awaitingCheck = true;
    database->m_readOnlyReason = JB_TR(
        "Storage", "Checking the file… It is read-only until the check is done (a few seconds for a large file).");
    return Result(std::move(database));
}

Status Database::becomeWritable(bool takeOverStaleLock)
{
    if (m_lock)
        return {};
    LockHolder holder;
    Expected<std::unique_ptr<FileLock>> lock = FileLock::take(m_path, takeOverStaleLock, holder);
    if (!lock)
        return Status::failure(lock.message());
    m_awaitingCheck = false;
    const bool writable = static_cast<bool>(*lock);
    // The same connection, reopened: the pages hold copies of it (their rows must be read again afterwards).
    QSqlDatabase db = connection();
    db.close();
    db.setDatabaseName(m_path);
    db.setConnectOptions(writable ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Status::failure(describeSqlError(db.lastError(), QStringLiteral("open")));
    if (!writable) { // someone else began writing it while it was being checked
        m_holder = holder;
        m_readOnlyReason = JB_TR("Storage", "This file is open for writing by %1. It is open read-only here: "
                                            "nothing can be changed until they close it.")
                               .arg(holder.describe());
        return execAll(db, {"PRAGMA foreign_keys = ON"});
    }
    m_lock = std::move(*lock);
    m_holder = LockHolder();
    m_readOnlyReason = Message();
    return execAll(db, {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"});
}

Expected<std::unique_ptr<Database>> Database::create(const QString& path, const Seed& seed)
{
    using Result = Expected<std::unique_ptr<Database>>;
    if (QFileInfo::exists(path))
        return Result::failure(JB_TR("Storage", "The file already exists and will not be overwritten: %1")
                                   .arg(QDir::toNativeSeparators(path)));
    const QString building = path + QStringLiteral(".creating");
    QFile::remove(building);
    // Created readable by the officer only before SQLite opens it; SQLite gives the -wal and -shm the same mode.
    if (Status s = createPrivateFile(building); !s)
        return Result::failure(s.message());
    const QString name = nextConnectionName();
    Status built;
    {
        Expected<QSqlDatabase> db = connect(building, name, false);
        if (!db) {
            built = Status::failure(db.message());
        } else if (Status s = execAll(*db, {"PRAGMA foreign_keys = ON"}); !s) {
            built = s;
        } else if (Status m = migrate(*db); !m) {
            built = m;
        } else {
            built = seed(*db);
        }
    }
    dropConnection(name);
    if (!built) {
        QFile::remove(building);
        return Result::failure(built.message());
    }
    if (!QFile::rename(building, path)) {
        QFile::remove(building);
        return Result::failure(JB_TR("Storage", "Cannot write the file: %1").arg(QDir::toNativeSeparators(path)));
    }
    return open(path);
}

Status Database::saveCopy(const QString& target) const
{
    if (QFileInfo::exists(target))
        return Status::failure(JB_TR("Storage", "The target file already exists and will not be overwritten: %1")
                                   .arg(QDir::toNativeSeparators(target)));
    // The copy holds the same personal data: readable by the officer only (VACUUM INTO accepts an empty file).
    if (Status s = createPrivateFile(target); !s)
        return s;
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        const Message why = describeSqlError(q, QStringLiteral("VACUUM INTO"));
        QFile::remove(target);
        return Status::failure(why);
    }
    return {};
}

} // namespace jb::core
