#pragma once
// RecordForm: what every record dialog shares, built from core's field catalogue (core/records/RecordFields.h).
// For each field the dialog places, the editor its kind calls for (ui/editing/FieldEditors.h) under its label
// (required ones marked *), a message under it from core's checks (ValidationReport), a red border on fields in
// error, an amber note for warnings, and OK disabled while any error stands. For a new record, messages appear once
// the officer has touched a field (OK is disabled from the start); for an existing record every problem shows at
// once. The dialog keeps only its special behaviour (the resident ID fills gender and birth date, …): the form
// holds the editors and reads their values, keyed by the catalogue's field ids. Beneath the fields a line lists every
// error still standing (addProblemsLine), untouched fields too, so a grey OK always says why.

#include "core/editing/RecordChange.h"
#include "core/editing/RecordValidation.h"
#include "core/records/RecordFields.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariant>
#include <functional>
#include <initializer_list>

class QBoxLayout;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class RecordForm final : public QObject
{
    Q_OBJECT

public:
    // A field the dialog places, and the object name its editor gets (tests and screenshots find editors by it).
    struct Row
    {
        const QString& field;
        const char* objectName;
    };

    // `onEdited` runs after any editor changes (the dialog re-validates and calls showCheck).
    RecordForm(core::Database& database, core::RecordKind record, QDialogButtonBox* buttons, bool newRecord,
               std::function<void()> onEdited, QObject* parent);

    // The stored record `recordId` (field id → value), or `defaults` for a new one (recordId 0). On failure the
    // record is empty and *error says why.
    QVariantMap load(qint64 recordId, const QVariantMap& defaults, QString* error) const;

    // Adds the editor of `field`, showing `value`, in a row of `form` with its message line beneath.
    QWidget* addField(QFormLayout* form, const QString& field, const QVariant& value, const QString& objectName);
    // The same with the field's description given: a service kind's own label and choices
    // (core/records/ServiceKinds.h).
    QWidget* addField(QFormLayout* form, const core::RecordField& description, const QVariant& value,
                      const QString& objectName);
    // addField() for each row in turn, each showing its value in `values`.
    void addFields(QFormLayout* form, const QVariantMap& values, std::initializer_list<Row> rows);
    // The editor of `field` in a box titled with its label, the message line beneath (a checkable list).
    QGroupBox* addFieldBox(QWidget* parent, const QString& field, const QVariant& value, const QString& objectName);

    template <typename Editor> Editor* editor(const QString& field) const
    {
        return qobject_cast<Editor*>(m_editors.value(field));
    }
    // Every field's value as its editor holds it (field id → value; see FieldEditors::value).
    QVariantMap values() const;

    // The line listing what is missing or wrong, added to `layout` beneath the fields (named "formProblems").
    QLabel* addProblemsLine(QBoxLayout* layout, QWidget* parent);

    void showReport(const core::ValidationReport& report);
    // Checks the record as `change` would leave it (`loaded` with the changed fields replaced) and shows the report.
    void showCheck(const QVariantMap& loaded, const core::RecordChange& change);
    QLabel* messageLabel(const QString& field) const { return m_messages.value(field); }

private:
    QLabel* watch(const QString& field, QWidget* editor);
    void edited(const QString& field);
    void showProblems(const core::ValidationReport& report);

    core::Database& m_database;
    const core::RecordKind m_record;
    QDialogButtonBox* m_buttons;
    bool m_newRecord;
    std::function<void()> m_onEdited;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_messages;
    QLabel* m_problems = nullptr;
    QString m_mnemonics = QStringLiteral("OC"); // Alt letters taken in the dialog (OK, Cancel, the marks so far)
    QSet<QString> m_touched;
};

} // namespace jb::ui
