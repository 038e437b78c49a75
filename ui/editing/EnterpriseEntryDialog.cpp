#include "ui/editing/EnterpriseEntryDialog.h"

#include "core/editing/RecordValidation.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "ui/DialogButtons.h"
#include "ui/editing/FieldEditors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

EnterpriseEntryDialog::EnterpriseEntryDialog(core::Database& database, core::RecordKind record, qint64 enterpriseId,
                                             qint64 recordId, const QString& objectName, QWidget* parent)
    : QDialog(parent), m_database(database), m_record(record), m_enterpriseId(enterpriseId), m_recordId(recordId)
{
    setObjectName(objectName);
    m_layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
}

QWidget* EnterpriseEntryDialog::addField(const QString& field, const QString& objectName)
{
    const core::RecordField* description = core::recordField(m_record, field);
    QWidget* editor = description
                          ? FieldEditors::make(this, m_database, *description, {}, objectName, EditorStyle::Stepped)
                          : nullptr;
    if (!editor)
        return nullptr;
    m_form->addRow(description->kind == core::FieldKind::YesNo ? QString() : description->label.text(), editor);
    m_editors.insert(field, editor);
    return editor;
}

QVariantMap EnterpriseEntryDialog::values() const
{
    QVariantMap values;
    for (const core::RecordField& field : core::recordFields(m_record)) {
        if (field.kind == core::FieldKind::Owner)
            values.insert(field.id, m_enterpriseId);
    }
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        values.insert(it.key(), FieldEditors::value(it.value()));
    return values;
}

void EnterpriseEntryDialog::finishLayout(const QString& problemsName)
{
    m_layout->addLayout(m_form);
    m_problems = new QLabel(this);
    m_problems->setObjectName(problemsName);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b03020"));
    m_layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout->addWidget(m_buttons);
}

bool EnterpriseEntryDialog::loadEntry()
{
    if (!m_recordId)
        return false;
    const auto loaded = core::loadRecordFields(m_database.connection(), m_record, m_recordId);
    if (!loaded) {
        m_problems->setText(loaded.error());
        return false;
    }
    m_loaded = *loaded;
    for (const core::FieldValue& f : std::as_const(m_loaded)) {
        if (QWidget* editor = m_editors.value(f.field))
            FieldEditors::setValue(editor, f.before);
    }
    return true;
}

void EnterpriseEntryDialog::showCheck(const QStringList& more)
{
    const core::ValidationReport report = core::validateRecord(m_database.connection(), m_record, m_recordId, values());
    QStringList lines;
    for (const core::FieldIssue& issue : report.issues)
        lines << issue.message.text();
    lines << more;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!report.hasErrors());
}

core::RecordChange EnterpriseEntryDialog::changeOf(bool nullDiffers) const
{
    core::RecordChange change;
    change.record = m_record;
    const QVariantMap now = values();
    if (!m_recordId) {
        change.kind = core::RecordChange::Kind::Insert;
        for (auto it = now.begin(); it != now.end(); ++it) {
            if (!it.value().isNull())
                change.fields.append({it.key(), QVariant(), it.value()});
        }
        return change;
    }
    change.kind = core::RecordChange::Kind::Update;
    change.recordId = m_recordId;
    for (const core::FieldValue& f : m_loaded) {
        if (!now.contains(f.field))
            continue;
        const QVariant after = now.value(f.field);
        if ((nullDiffers && after.isNull() != f.before.isNull()) || after.toString() != f.before.toString())
            change.fields.append({f.field, f.before, after});
    }
    return change;
}

} // namespace jb::ui
