#pragma once
// RecordForm: what every record dialog shares. Labelled editors (required ones marked *), a message under each
// field from core's checks (ValidationReport), a red border on fields in error, an amber note for warnings, and
// OK disabled while any error stands. For a new record, messages appear once the officer has touched a field (OK
// is disabled from the start); for an existing record every problem shows at once. Also the editor helpers the
// dialogs use: reference-data combo boxes (retired values only where already chosen) and checkable lists.

#include "core/editing/RecordChange.h"
#include "core/editing/RecordValidation.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariant>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class RecordForm final : public QObject
{
    Q_OBJECT

public:
    // `onEdited` runs after any editor changes (the dialog re-validates and calls showReport).
    RecordForm(QDialogButtonBox* buttons, bool newRecord, std::function<void()> onEdited, QObject* parent);

    // Adds `editor` for `field` under `label` to `form`, with its message line beneath.
    void addRow(QFormLayout* form, const QString& field, const QString& label, QWidget* editor, bool required = false);
    // Watches an editor placed outside a form row (e.g. a checkable list) and gives it a message line.
    QLabel* watch(const QString& field, QWidget* editor);

    void showReport(const core::ValidationReport& report);
    // Checks the record as `change` would leave it (`loaded` with the changed fields replaced) and shows the report.
    void showCheck(core::Database& database, const QVariantMap& loaded, const core::RecordChange& change);
    QLabel* messageLabel(const QString& field) const { return m_messages.value(field); }

    // Editors.
    static QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& placeholder = {});
    // Reference items of `list` (name in the interface language; a leading empty choice when `allowEmpty`),
    // `current` selected; a retired value is offered only when it is `current`.
    static QComboBox* referenceCombo(QWidget* parent, core::Database& database, const QString& list,
                                     const QVariant& current, bool allowEmpty, const QString& objectName);
    // A fixed choice of stored codes with their shown names.
    static QComboBox* codeCombo(QWidget* parent, const QVector<QPair<QString, QString>>& codesAndNames,
                                const QVariant& current, const QString& objectName);
    // The home organisation and everything under it (retired ones only when `current`); the home when null.
    static QComboBox* organisationCombo(QWidget* parent, core::Database& database, const QVariant& current);
    static QVariant comboValue(const QComboBox* combo);
    static QListWidget* checkList(QWidget* parent, core::Database& database, const QString& list,
                                  const QVariantList& checked, const QString& objectName);
    static QVariantList checkedIds(const QListWidget* list);
    // The text of a line edit, trimmed (null when empty).
    static QVariant text(const QLineEdit* edit);

private:
    void edited(const QString& field);
    QDialogButtonBox* m_buttons;
    bool m_newRecord;
    std::function<void()> m_onEdited;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_messages;
    QSet<QString> m_touched;
};

} // namespace jb::ui
