// Import profiles in the `import_profiles` table. Profiles are settings of the file, so saving and deleting one
// is audited like any other change an officer makes.

#include "core/import/reading/ImportProfileRepository.h"

#include "core/audit/AuditLog.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

namespace {

const QString kTable = QStringLiteral("import_profiles");
const QString kColumns = QStringLiteral("id, name, kind, header_signature, mapping_json, updated_at");

ImportProfile fromRow(const QSqlQuery& q)
{
    ImportProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.kind = importKindFromKey(q.value(2).toString()).value_or(ImportKind::Workers);
    p.headerSignature = q.value(3).toString();
    p.mapping = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    p.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return p;
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ImportProfileRepository::ImportProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Expected<ImportProfile> ImportProfileRepository::save(const QString& name, const ColumnMapping& mapping)
{
    using Result = Expected<ImportProfile>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Result::failure(JB_TR("Import", "Enter a name for the import profile"));

    Transaction tx(m_db);
    if (!tx.started())
        return Result::failure(tx.error());

    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT id, mapping_json FROM import_profiles WHERE name = ?"));
    existing.addBindValue(trimmed);
    if (!existing.exec())
        return Result::failure(describeSqlError(existing, QStringLiteral("import profile")));
    const bool update = existing.next();

    ImportProfile p;
    p.name = trimmed;
    p.kind = mapping.kind();
    p.headerSignature = mapping.headerSignature();
    p.mapping = mapping.toJson();
    // Second precision, as stored: what save() returns equals what list() reads back.
    p.updatedAt = QDateTime::currentDateTimeUtc();
    p.updatedAt.setTime(QTime(p.updatedAt.time().hour(), p.updatedAt.time().minute(), p.updatedAt.time().second()));
    const QString json = jsonText(p.mapping);
    QVariant oldJson;

    QSqlQuery write(m_db);
    if (update) {
        p.id = existing.value(0).toLongLong();
        oldJson = existing.value(1);
        write.prepare(QStringLiteral("UPDATE import_profiles SET kind = ?, header_signature = ?, mapping_json = ?, "
                                     "updated_at = ? WHERE id = ?"));
    } else {
        write.prepare(QStringLiteral("INSERT INTO import_profiles (kind, header_signature, mapping_json, updated_at, "
                                     "name) VALUES (?, ?, ?, ?, ?)"));
    }
    write.addBindValue(importKindKey(p.kind));
    write.addBindValue(p.headerSignature);
    write.addBindValue(json);
    write.addBindValue(p.updatedAt.toString(Qt::ISODate));
    write.addBindValue(update ? QVariant(p.id) : QVariant(p.name));
    if (!write.exec())
        return Result::failure(describeSqlError(write, QStringLiteral("save import profile")));
    if (!update)
        p.id = write.lastInsertId().toLongLong();

    AuditEntry entry;
    entry.action = update ? QStringLiteral("update") : QStringLiteral("insert");
    entry.table = kTable;
    entry.recordId = p.id;
    entry.field = QStringLiteral("mapping_json");
    entry.oldValue = oldJson;
    entry.newValue = json;
    entry.note = p.name;
    if (Status s = appendAudit(m_db, entry); !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return p;
}

Expected<QVector<ImportProfile>> ImportProfileRepository::list(std::optional<ImportKind> kind) const
{
    using Result = Expected<QVector<ImportProfile>>;
    QSqlQuery q(m_db);
    if (kind) {
        q.prepare(QStringLiteral("SELECT %1 FROM import_profiles WHERE kind = ? ORDER BY name").arg(kColumns));
        q.addBindValue(importKindKey(*kind));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM import_profiles ORDER BY name").arg(kColumns));
    }
    if (!q.exec())
        return Result::failure(describeSqlError(q, QStringLiteral("import profiles")));
    QVector<ImportProfile> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Expected<std::optional<ImportProfile>> ImportProfileRepository::findByName(const QString& name) const
{
    using Result = Expected<std::optional<ImportProfile>>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM import_profiles WHERE name = ?").arg(kColumns));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Result::failure(describeSqlError(q, QStringLiteral("import profile")));
    if (!q.next())
        return std::optional<ImportProfile>();
    return std::optional<ImportProfile>(fromRow(q));
}

Expected<std::optional<ImportProfile>> ImportProfileRepository::findBySignature(ImportKind kind,
                                                                                const QString& signature) const
{
    using Result = Expected<std::optional<ImportProfile>>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM import_profiles WHERE kind = ? AND header_signature = ? "
                             "ORDER BY updated_at DESC, id DESC LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(importKindKey(kind));
    q.addBindValue(signature);
    if (!q.exec())
        return Result::failure(describeSqlError(q, QStringLiteral("import profile")));
    if (!q.next())
        return std::optional<ImportProfile>();
    return std::optional<ImportProfile>(fromRow(q));
}

Status ImportProfileRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.error());
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT name, mapping_json FROM import_profiles WHERE id = ?"));
    existing.addBindValue(id);
    if (!existing.exec())
        return Status::failure(describeSqlError(existing, QStringLiteral("import profile")));
    if (!existing.next())
        return Status::failure(JB_TR("Import", "The import profile does not exist (it may have been deleted already)"));
    const QString name = existing.value(0).toString();
    const QVariant json = existing.value(1);
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM import_profiles WHERE id = ?"));
    del.addBindValue(id);
    if (!del.exec())
        return Status::failure(describeSqlError(del, QStringLiteral("delete import profile")));
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.table = kTable;
    entry.recordId = id;
    entry.field = QStringLiteral("mapping_json");
    entry.oldValue = json;
    entry.note = name;
    if (Status s = appendAudit(m_db, entry); !s)
        return s;
    return tx.commit();
}

} // namespace jb::core
