#pragma once
// Reads the editable reference lists (key groups, hardship categories, industries, ...).

#include "core/Expected.h"
#include "core/domain/ReferenceItem.h"

#include <QSqlDatabase>
#include <QVector>

namespace jb::core {

class ReferenceRepository final
{
public:
    explicit ReferenceRepository(QSqlDatabase db);

    // The names of the lists in a file, e.g. "key_group", "industry".
    Expected<QStringList> lists() const;
    Expected<QVector<ReferenceItem>> items(const QString& list, bool includeRetired = false) const;

private:
    QSqlDatabase m_db;
};

} // namespace jb::core
