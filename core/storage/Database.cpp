#include "core/storage/Database.h"

#include "core/Message.h"
#include "core/storage/FileProbe.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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

// Reads the schema version through a read-only connection (the header alone can be stale while a WAL exists).
Expected<int> storedVersion(const QString& path)
{
    const QString name = nextConnectionName();
    int version = 0;
    Message error;
    {
        Expected<QSqlDatabase> db = connect(path, name, true);
        if (!db) {
            error = db.message();
        } else {
            Expected<int> v = readUserVersion(*db);
            if (v)
                version = *v;
            else
                error = v.message();
        }
    }
    dropConnection(name);
    if (!error.isEmpty())
        return Expected<int>::failure(error);
    return version;
}

} // namespace

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

Expected<std::unique_ptr<Database>> Database::open(const QString& path)
{
    using Result = Expected<std::unique_ptr<Database>>;
    const FileProbe probe = probeFile(path);
    if (probe.kind != FileProbe::Kind::JobBridge)
        return Result::failure(probeRefusal(probe, path));

    const Expected<int> version = storedVersion(path);
    if (!version)
        return Result::failure(
            JB_TR("Storage", "Cannot read the file's version; it was not modified: %1").arg(version.message()));
    if (*version > kCurrentSchemaVersion)
        return Result::failure(
            JB_TR("Storage", "This file was saved by a newer JobBridge (data version %1; this program supports up to "
                             "%2). Update the program to open it; the file was not modified.")
                .arg(*version)
                .arg(kCurrentSchemaVersion));
    if (!QFileInfo(path).isWritable())
        return Result::failure(JB_TR("Storage", "The file is read-only: %1").arg(QDir::toNativeSeparators(path)));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(QFileInfo(path).absoluteFilePath(), name));
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

Expected<std::unique_ptr<Database>> Database::create(const QString& path, const Seed& seed)
{
    using Result = Expected<std::unique_ptr<Database>>;
    if (QFileInfo::exists(path))
        return Result::failure(JB_TR("Storage", "The file already exists and will not be overwritten: %1")
                                   .arg(QDir::toNativeSeparators(path)));
    const QString building = path + QStringLiteral(".creating");
    QFile::remove(building);
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
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("VACUUM INTO")));
    return {};
}

} // namespace jb::core
