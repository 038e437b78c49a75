#include "core/settings/SettingsRepository.h"

#include "core/audit/AuditLog.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

SettingsRepository::SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString SettingsRepository::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

int SettingsRepository::intValue(const QString& key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    return setValues({{key, value}});
}

Status SettingsRepository::setValues(const std::vector<std::pair<QString, QString>>& values)
{
    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.message());
    for (const auto& [key, value] : values) {
        QSqlQuery old(m_db);
        old.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        old.addBindValue(key);
        QVariant before;
        if (old.exec() && old.next())
            before = old.value(0);
        if (before.isValid() && before.toString() == value)
            continue;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value.isNull() ? QString(QLatin1String("")) : value);
        if (!q.exec())
            return Status::failure(describeSqlError(q, QStringLiteral("settings")));
        if (Status s =
                appendAudit(m_db, {QStringLiteral("update"), QStringLiteral("settings"), 0, key, before, value, {}});
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace jb::core
