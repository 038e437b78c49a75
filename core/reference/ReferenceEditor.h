#pragma once
// ReferenceEditor: the officer's changes to the editable reference lists (key groups, hardship categories,
// industries, occupation groups, education, skill levels, service types, and the smaller lists): add a value,
// rename it, retire or bring it back, and delete it only while no record uses it. Each change is one transaction
// with its audit row (table reference_items, actions insert / update / retire / unretire / delete).
//
// Decisions (docs/data-model.md "Reference lists"):
// - A value's code never changes: the activity summary names service metrics 'service_' || code and the importer
//   finds defaults by code, so renaming changes only the Chinese and English names. New values get a code
//   "custom_<n>".
// - Values the program itself relies on by code can be renamed but neither deleted nor retired: the service types
//   training and insurance (the metrics people_trained and insurance_enrolments, the monthly report) and the key
//   group migrant_worker (the "not yet returned" filter).
// - Names are unique within a list (the importer matches names), compared without surrounding spaces.

#include "core/Expected.h"
#include "core/domain/ReferenceItem.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace jb::core {

// Where a value is used: a table and column, and how many rows.
struct ReferenceUse
{
    Message what; // e.g. "1,234 workers"
    qint64 count = 0;
};

struct ReferenceValue
{
    ReferenceItem item;
    qint64 usedBy = 0;           // rows of every table that points at it
    bool reliedOnByCode = false; // the program needs it: no delete, no retire
};

class ReferenceEditor final
{
public:
    explicit ReferenceEditor(QSqlDatabase db);

    // The editable lists in the order an officer meets them, and a list's title.
    static QStringList editableLists();
    static Message listTitle(const QString& list);
    static bool isReliedOnByCode(const QString& list, const QString& code);

    // Every value of `list` (retired too) with how often it is used.
    Expected<QVector<ReferenceValue>> values(const QString& list) const;
    // Where one value is used, table by table (only tables that use it).
    Expected<QVector<ReferenceUse>> uses(qint64 itemId) const;

    Expected<qint64> add(const QString& list, const QString& nameZh, const QString& nameEn);
    Status rename(qint64 itemId, const QString& nameZh, const QString& nameEn);
    Status setRetired(qint64 itemId, bool retired);
    // Refused, with where it is used, while any record uses the value.
    Status remove(qint64 itemId);
    // Puts back a value removed earlier (the undo of a delete, the redo of an add): the same id, code, names, order
    // and state, so the figures and the importer that name it by code find it again. One transaction, audited
    // (insert, noted "restored"). Refused when its id, code or names were taken meanwhile.
    Status restore(const ReferenceItem& item);

    // One value as stored (an undoable delete keeps it to put it back).
    Expected<ReferenceItem> item(qint64 itemId) const;

private:
    Status checkNames(const QString& list, qint64 selfId, const QString& nameZh, const QString& nameEn) const;

    QSqlDatabase m_db;
};

} // namespace jb::core
