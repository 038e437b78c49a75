#pragma once
// EnterpriseEntryDialog: what the small dialogs that add or correct one dated entry of an enterprise share (a
// visit's demand snapshot, a monitoring flag): a form of editors made from the field catalogue
// (core/records/RecordFields.h, ui/editing/FieldEditors.h), a red line of problems under it and OK / Cancel; the
// entry as loaded; the officer's values checked by core as they type (core/editing/RecordValidation.h), OK
// disabled while one is invalid; and change(), the Insert or Update the page applies through
// ui/editing/EditCommands.h (undoable, audited). The dialog itself writes nothing.

#include "core/editing/RecordChange.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace jb::core {
class Database;
}

namespace jb::ui {

class EnterpriseEntryDialog : public QDialog
{
    Q_OBJECT

public:
    // The entry as the officer has it now (field id → value): the enterprise and what each editor holds.
    virtual QVariantMap values() const;

protected:
    // `record`: the kind of entry; `recordId`: the entry to correct, 0 = a new one.
    EnterpriseEntryDialog(core::Database& database, core::RecordKind record, qint64 enterpriseId, qint64 recordId,
                          const QString& objectName, QWidget* parent);

    // Adds a row for `field` to the form: its catalogue label and its editor (spin boxes and a calendar, never
    // blank), named `objectName`. Returns the editor.
    QWidget* addField(const QString& field, const QString& objectName);

    // Adds the form (filled by now), then the problems line (named `problemsName`) and the buttons.
    void finishLayout(const QString& problemsName);
    // Reads the stored entry into m_loaded (nothing for a new one) and shows it in the editors addField() made; on
    // failure the problems line says why.
    bool loadEntry();
    // Shows core's check of values() and `more` problems; OK is enabled unless core found an error.
    void showCheck(const QStringList& more = {});
    // Insert of the non-null values, or Update of those whose text differs from the loaded entry (and, with
    // `nullDiffers`, those that became or stopped being null).
    core::RecordChange changeOf(bool nullDiffers) const;

    core::Database& m_database;
    const core::RecordKind m_record;
    const qint64 m_enterpriseId = 0;
    const qint64 m_recordId = 0;
    QVector<core::FieldValue> m_loaded;
    QHash<QString, QWidget*> m_editors; // field id → editor, those addField() made
    QVBoxLayout* m_layout = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jb::ui
