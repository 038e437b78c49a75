#include "core/storage/SideConnection.h"

#include "core/storage/SqlError.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace jb::core {

Status readOnSide(const QString& path, const std::function<Status(QSqlDatabase)>& read)
{
    static QAtomicInteger<quint64> opened;
    const QString name = QStringLiteral("jobbridge-side-%1").arg(++opened);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // A writer's commit holds the file for a moment; wait for it rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        result = db.open() ? read(db) : Status::failure(describeSqlError(db.lastError(), QStringLiteral("open")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace jb::core
