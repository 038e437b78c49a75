#pragma once
// What an audit row records, in the officer's terms: the kinds of action the audit log page (操作日志) and
// `jobbridge-cli audit` filter by, and the words for each stored action code. The stored codes (insert, update,
// reveal, export_unmasked, import_undo, …) are core's: nothing outside core sees one.

#include "core/Message.h"

#include <QString>
#include <QVariant>
#include <QVector>
#include <optional>

namespace jb::core {

enum class AuditAction {
    Edit,           // a record or a setting added, changed, removed, retired, linked; a month submitted or unlocked
    Reveal,         // personal data shown in full
    UnmaskedExport, // a list exported with full ID and phone numbers
    Merge,          // two records of one person or enterprise merged
    Undo,           // an edit, a merge or an import undone
    Import,         // a list or a package imported
    Restore,        // the file restored from a backup
    Other,          // anything else (the demo county written)
};

// Every action, in the order the filter offers them.
const QVector<AuditAction>& auditActions();
// The officer's word for a kind of action: "Edit", "Reveal", … (修改, 查看完整信息, …).
Message auditActionName(AuditAction action);
// The key a script or a command line names an action by ("edit", "reveal", "unmasked-export", "merge", "undo",
// "import", "restore", "other"), and back (nullopt for an unknown key).
QString auditActionKey(AuditAction action);
std::optional<AuditAction> auditActionFromKey(const QString& key);

// The kind of action a stored row is: its action code, and its note (an undone edit is stored as the inverse edit
// with a note starting "undo").
AuditAction classifyAudit(const QString& code, const QString& note);
// The words for one stored row's action: finer than its kind ("Added", "Changed", "Removed", "Revealed", …).
Message auditActionWords(const QString& code, const QString& note);

// The SQL condition (on audit_log's `action` and `note`) selecting rows of `action`, with its bound values.
struct AuditCondition
{
    QString sql;
    QVariantList binds;
};
AuditCondition auditActionCondition(AuditAction action);

} // namespace jb::core
