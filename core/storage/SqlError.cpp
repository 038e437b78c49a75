#include "core/storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace jb::core {

namespace {

// The schema's triggers refuse some changes with a fixed text (SchemaV2's organisation_tree_move raises it in both
// languages, as files already carry it). The officer gets the refusal itself, in the chosen language.
std::optional<Message> triggerRefusal(const QString& databaseText)
{
    if (databaseText.contains(QLatin1String("An organisation cannot be moved under another parent")))
        return JB_TR("Storage", "An organisation cannot be moved under another parent.");
    return std::nullopt;
}

} // namespace

Message withDiskAdvice(int code, const QString& sqliteText)
{
    // SQLITE_READONLY 8, SQLITE_IOERR 10, SQLITE_FULL 13, SQLITE_CANTOPEN 14 (primary result codes, as Qt's driver
    // reports them). A full disk most often shows as an I/O error: SQLite cannot grow its shared-memory file.
    if (code != 8 && code != 10 && code != 13 && code != 14)
        return Message::verbatim(sqliteText);
    return JB_TR("Storage", "%1 (the disk holding the file may be full or read-only: free some space, or copy the "
                            "file to a folder you can write to, then try again; the file was not changed)")
        .arg(sqliteText);
}

Message describeSqlError(const QSqlError& error, const QString& doing)
{
    if (std::optional<Message> refusal = triggerRefusal(error.databaseText()))
        return *refusal;
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool isCode = false;
    const int code = error.nativeErrorCode().toInt(&isCode) & 0xff; // extended codes carry the primary one below
    return JB_TR("Storage", "Database operation failed (%1): %2")
        .arg(doing)
        .arg(withDiskAdvice(isCode ? code : 0, text));
}

Message describeSqlError(const QSqlQuery& query, const QString& doing)
{
    return describeSqlError(query.lastError(), doing);
}

Status execStatements(QSqlDatabase db, const QStringList& statements, const QString& doing)
{
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Status::failure(describeSqlError(q, doing));
    }
    return {};
}

} // namespace jb::core
