#pragma once
// Settings stored in the file itself (they travel with the records): promise days, stable-employment rule,
// pace thresholds, the officer's name.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>

namespace jb::core {

class SettingsRepository final
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    QString value(const QString& key, const QString& fallback = {}) const;
    int intValue(const QString& key, int fallback) const;
    // Changes a setting and records old → new in the audit log, in one transaction.
    Status setValue(const QString& key, const QString& value);

private:
    QSqlDatabase m_db;
};

} // namespace jb::core
