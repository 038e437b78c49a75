#pragma once
// FieldEditors: the widget an officer edits a field of a record with, made from the field catalogue's description
// of it (core/records/RecordFields.h): a line edit for text, an identifier, and (typed) numbers and dates; spin boxes
// and a calendar where a value is never blank (stepped); a check box for a mark; a combo box of the choices, of a
// reference list (retired values only where already chosen) or of the organisations under the home one; a checkable
// list for a set of references; a few lines for a note. And the value an editor holds, in the form RecordChange
// takes (core/editing/RecordChange.h).

#include "core/records/RecordFields.h"

#include <QCoreApplication>
#include <QVariant>

class QWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

enum class EditorStyle {
    Typed,   // numbers and dates typed into line edits: a blank is allowed, the checks name what is wrong
    Stepped, // numbers in spin boxes within the field's limits, dates from a calendar: never blank
};

class FieldEditors final
{
    Q_DECLARE_TR_FUNCTIONS(FieldEditors)

public:
    // The editor of `field`, named `objectName`, showing `value`; nullptr for a field no one types (the record's
    // owner, core's bookkeeping).
    static QWidget* make(QWidget* parent, core::Database& database, const core::RecordField& field,
                         const QVariant& value, const QString& objectName, EditorStyle style = EditorStyle::Typed);

    // What `editor` holds: trimmed text (null when empty; a note's text as it is), the chosen code or id (null for
    // "—"), 1 / 0 for a mark, the checked ids of a list, a spin box's number, a calendar's ISO day.
    static QVariant value(const QWidget* editor);
    // Shows `value` in an editor made by make(). A combo box shows it only if it offers it.
    static void setValue(QWidget* editor, const QVariant& value);
};

} // namespace jb::ui
