#include "core/auditlog/AuditAction.h"

#include <QStringList>

namespace jb::core {

namespace {

// Stored codes of the kinds other than Edit (every code not named here is an edit). Table-driven, so longer.
const QStringList kRevealCodes{QStringLiteral("reveal")};
const QStringList kExportCodes{QStringLiteral("export_unmasked")};
const QStringList kMergeCodes{QStringLiteral("merge")};
const QStringList kUndoCodes{QStringLiteral("unmerge"), QStringLiteral("import_undo")};
const QStringList kImportCodes{QStringLiteral("import"), QStringLiteral("import_package")};
const QStringList kRestoreCodes{QStringLiteral("restore")};
const QStringList kOtherCodes{QStringLiteral("demo")};
// An edit's inverse is stored with the edit's own codes and a note beginning with "undo" (RecordChange.cpp's
// invertedChange, FairOutcomeUndo.cpp), in the language the officer worked in.
const QStringList kRecordCodes{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")};

QStringList undoNotePrefixes()
{
    QStringList prefixes{QStringLiteral("undo")};
    const QString translated = JB_TR("Editing", "undo").text();
    if (!prefixes.contains(translated))
        prefixes.append(translated);
    return prefixes;
}

bool isUndoNote(const QString& code, const QString& note)
{
    if (!kRecordCodes.contains(code))
        return false;
    for (const QString& prefix : undoNotePrefixes())
        if (note.startsWith(prefix))
            return true;
    return false;
}

QString quotedList(const QStringList& codes)
{
    QStringList quoted;
    for (const QString& c : codes)
        quoted.append(QLatin1Char('\'') + c + QLatin1Char('\''));
    return quoted.join(QLatin1Char(','));
}

AuditCondition undoNoteCondition()
{
    AuditCondition c;
    QStringList likes;
    for (const QString& prefix : undoNotePrefixes()) {
        likes.append(QStringLiteral("substr(note, 1, %1) = ?").arg(prefix.size()));
        c.binds.append(prefix);
    }
    c.sql =
        QStringLiteral("(action IN (%1) AND (%2))").arg(quotedList(kRecordCodes), likes.join(QStringLiteral(" OR ")));
    return c;
}

const QStringList& codesOf(AuditAction action)
{
    static const QStringList none;
    switch (action) {
    case AuditAction::Reveal:
        return kRevealCodes;
    case AuditAction::UnmaskedExport:
        return kExportCodes;
    case AuditAction::Merge:
        return kMergeCodes;
    case AuditAction::Undo:
        return kUndoCodes;
    case AuditAction::Import:
        return kImportCodes;
    case AuditAction::Restore:
        return kRestoreCodes;
    case AuditAction::Other:
        return kOtherCodes;
    case AuditAction::Edit:
        break;
    }
    return none;
}

} // namespace

const QVector<AuditAction>& auditActions()
{
    static const QVector<AuditAction> all{AuditAction::Edit,    AuditAction::Reveal, AuditAction::UnmaskedExport,
                                          AuditAction::Merge,   AuditAction::Undo,   AuditAction::Import,
                                          AuditAction::Restore, AuditAction::Other};
    return all;
}

Message auditActionName(AuditAction action)
{
    switch (action) {
    case AuditAction::Edit:
        return JB_TR("Audit", "Edit");
    case AuditAction::Reveal:
        return JB_TR("Audit", "Reveal");
    case AuditAction::UnmaskedExport:
        return JB_TR("Audit", "Unmasked export");
    case AuditAction::Merge:
        return JB_TR("Audit", "Merge");
    case AuditAction::Undo:
        return JB_TR("Audit", "Undo");
    case AuditAction::Import:
        return JB_TR("Audit", "Import");
    case AuditAction::Restore:
        return JB_TR("Audit", "Restore");
    case AuditAction::Other:
        return JB_TR("Audit", "Other");
    }
    return {};
}

QString auditActionKey(AuditAction action)
{
    static const char* const keys[] = {"edit", "reveal", "unmasked-export", "merge",
                                       "undo", "import", "restore",         "other"};
    return QLatin1String(keys[static_cast<int>(action)]);
}

std::optional<AuditAction> auditActionFromKey(const QString& key)
{
    for (AuditAction a : auditActions())
        if (auditActionKey(a) == key)
            return a;
    return std::nullopt;
}

AuditAction classifyAudit(const QString& code, const QString& note)
{
    if (isUndoNote(code, note))
        return AuditAction::Undo;
    for (AuditAction a : auditActions())
        if (codesOf(a).contains(code))
            return a;
    return AuditAction::Edit;
}

Message auditActionWords(const QString& code, const QString& note)
{
    // Table-driven: one line per stored code with words finer than its kind.
    static const QVector<std::pair<QString, Message>> words{
        {QStringLiteral("insert"), JB_TR("Audit", "Added")},
        {QStringLiteral("update"), JB_TR("Audit", "Changed")},
        {QStringLiteral("delete"), JB_TR("Audit", "Removed")},
        {QStringLiteral("retire"), JB_TR("Audit", "Retired")},
        {QStringLiteral("unretire"), JB_TR("Audit", "Brought back")},
        {QStringLiteral("link"), JB_TR("Audit", "Linked")},
        {QStringLiteral("unlink"), JB_TR("Audit", "Unlinked")},
        {QStringLiteral("submit"), JB_TR("Audit", "Month submitted")},
        {QStringLiteral("unlock"), JB_TR("Audit", "Month unlocked")},
        {QStringLiteral("reveal"), JB_TR("Audit", "Revealed in full")},
        {QStringLiteral("export_unmasked"), JB_TR("Audit", "Exported unmasked")},
        {QStringLiteral("merge"), JB_TR("Audit", "Merged")},
        {QStringLiteral("unmerge"), JB_TR("Audit", "Merge undone")},
        {QStringLiteral("import"), JB_TR("Audit", "List imported")},
        {QStringLiteral("import_undo"), JB_TR("Audit", "Import undone")},
        {QStringLiteral("import_package"), JB_TR("Audit", "Package imported")},
        {QStringLiteral("restore"), JB_TR("Audit", "Restored from a backup")},
        {QStringLiteral("demo"), JB_TR("Audit", "Demo county written")},
    };
    if (isUndoNote(code, note))
        return JB_TR("Audit", "Undone");
    for (const auto& [c, w] : words)
        if (c == code)
            return w;
    return auditActionName(classifyAudit(code, note));
}

AuditCondition auditActionCondition(AuditAction action)
{
    const AuditCondition undoNote = undoNoteCondition();
    if (action == AuditAction::Undo)
        return {QStringLiteral("(action IN (%1) OR %2)").arg(quotedList(kUndoCodes), undoNote.sql), undoNote.binds};
    if (action != AuditAction::Edit)
        return {QStringLiteral("action IN (%1)").arg(quotedList(codesOf(action))), {}};
    QStringList others;
    for (AuditAction a : auditActions())
        others += codesOf(a);
    return {QStringLiteral("(action NOT IN (%1) AND NOT %2)").arg(quotedList(others), undoNote.sql), undoNote.binds};
}

} // namespace jb::core
