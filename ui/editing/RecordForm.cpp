#include "ui/editing/RecordForm.h"

#include "core/storage/Database.h"
#include "ui/DialogButtons.h"
#include "ui/editing/FieldEditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

const char* const kInvalid = "invalid";

// A check box made from the catalogue (a mark such as 重点企业) gets an Alt letter the dialog's OK and Cancel do not
// use: the first free letter of its label (English), else one of a fixed set written after it ("重点企业(&K)").
void giveMnemonic(QCheckBox* check, QString* used)
{
    const QString text = check->text();
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toUpper();
        if (c.unicode() >= u'A' && c.unicode() <= u'Z' && !used->contains(c)) {
            used->append(c);
            check->setText(text.left(i) + QLatin1Char('&') + text.mid(i));
            return;
        }
    }
    for (const QChar c : QStringLiteral("KMJQZYWVUXT")) {
        if (!used->contains(c)) {
            used->append(c);
            check->setText(text + QStringLiteral("(&") + c + QLatin1Char(')'));
            return;
        }
    }
}

void setInvalid(QWidget* editor, bool invalid)
{
    if (editor->property(kInvalid).toBool() == invalid)
        return;
    editor->setProperty(kInvalid, invalid);
    editor->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #c62828; border-radius: 2px;") : QString());
}

} // namespace

RecordForm::RecordForm(core::Database& database, core::RecordKind record, QDialogButtonBox* buttons, bool newRecord,
                       std::function<void()> onEdited, QObject* parent)
    : QObject(parent), m_database(database), m_record(record), m_buttons(buttons), m_newRecord(newRecord),
      m_onEdited(std::move(onEdited))
{
    DialogButtons::giveMnemonics(m_buttons);
}

QVariantMap RecordForm::load(qint64 recordId, const QVariantMap& defaults, QString* error) const
{
    if (!recordId)
        return defaults;
    const auto loaded = core::loadRecord(m_database.connection(), m_record, recordId);
    if (!loaded) {
        *error = loaded.error();
        return {};
    }
    return loaded.value();
}

QLabel* RecordForm::watch(const QString& field, QWidget* editor)
{
    m_editors.insert(field, editor);
    auto* message = new QLabel(editor->parentWidget());
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setVisible(false);
    message->setTextFormat(Qt::PlainText);
    QFont small = message->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    message->setFont(small);
    // Never squeezed below the lines it needs: the form scrolls instead (FormLayout).
    message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_messages.insert(field, message);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textEdited, this, [this, field] { edited(field); });
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        connect(combo, &QComboBox::activated, this, [this, field] { edited(field); });
    else if (auto* list = qobject_cast<QListWidget*>(editor))
        connect(list, &QListWidget::itemChanged, this, [this, field] { edited(field); });
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
        connect(plain, &QPlainTextEdit::textChanged, this, [this, field] { edited(field); });
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        connect(check, &QCheckBox::toggled, this, [this, field] { edited(field); });
    return message;
}

QWidget* RecordForm::addField(QFormLayout* form, const QString& field, const QVariant& value, const QString& objectName)
{
    const core::RecordField* description = core::recordField(m_record, field);
    return description ? addField(form, *description, value, objectName) : nullptr;
}

QWidget* RecordForm::addField(QFormLayout* form, const core::RecordField& description, const QVariant& value,
                              const QString& objectName)
{
    const QString& field = description.id;
    auto* cell = new QWidget(form->parentWidget());
    QWidget* editor = FieldEditors::make(cell, m_database, description, value, objectName);
    if (!editor) {
        delete cell;
        return nullptr;
    }
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        giveMnemonic(check, &m_mnemonics);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    column->addWidget(editor);
    column->addWidget(watch(field, editor));
    auto* name = new QLabel(form->parentWidget());
    name->setObjectName(field + QStringLiteral("Label"));
    // A mark carries its label itself (a check box's text).
    const QString label = description.kind == core::FieldKind::YesNo ? QString() : description.label.text();
    if (description.required) {
        name->setTextFormat(Qt::RichText);
        name->setText(label.toHtmlEscaped() + QStringLiteral(" <span style=\"color:#c62828\">*</span>"));
        name->setToolTip(tr("Required"));
    } else {
        name->setText(label);
    }
    name->setBuddy(editor);
    form->addRow(name, cell);
    return editor;
}

void RecordForm::addFields(QFormLayout* form, const QVariantMap& values, std::initializer_list<Row> rows)
{
    for (const Row& row : rows)
        addField(form, row.field, values.value(row.field), QLatin1String(row.objectName));
}

QGroupBox* RecordForm::addFieldBox(QWidget* parent, const QString& field, const QVariant& value,
                                   const QString& objectName)
{
    const core::RecordField* description = core::recordField(m_record, field);
    auto* box = new QGroupBox(description ? description->label.text() : QString(), parent);
    QWidget* editor = description ? FieldEditors::make(box, m_database, *description, value, objectName) : nullptr;
    if (!editor)
        return box;
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(editor);
    layout->addWidget(watch(field, editor));
    return box;
}

QVariantMap RecordForm::values() const
{
    QVariantMap values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        values.insert(it.key(), FieldEditors::value(it.value()));
    return values;
}

void RecordForm::edited(const QString& field)
{
    m_touched.insert(field);
    if (m_onEdited)
        m_onEdited();
}

void RecordForm::showCheck(const QVariantMap& loaded, const core::RecordChange& change)
{
    QVariantMap values = loaded;
    for (const core::FieldValue& field : change.fields)
        values.insert(field.field, field.after);
    showReport(core::validateRecord(m_database.connection(), change.record, change.recordId, values));
}

void RecordForm::showReport(const core::ValidationReport& report)
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QString& field = it.key();
        const bool shown = !m_newRecord || m_touched.contains(field);
        const QString message = shown ? report.messageFor(field).text() : QString();
        const bool error = shown && report.isError(field);
        QLabel* label = it.value();
        label->setText(message);
        label->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #8a5a00;"));
        label->setVisible(!message.isEmpty());
        if (QWidget* editor = m_editors.value(field))
            setInvalid(editor, error);
    }
    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok)) {
        ok->setEnabled(!report.hasErrors());
        ok->setToolTip(report.hasErrors() ? report.errorSummary().text() : QString());
    }
    showProblems(report);
}

QLabel* RecordForm::addProblemsLine(QBoxLayout* layout, QWidget* parent)
{
    m_problems = new QLabel(parent);
    m_problems->setObjectName(QStringLiteral("formProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_problems->setVisible(false);
    layout->addWidget(m_problems);
    return m_problems;
}

// Every error, each on its line and naming its field, whether or not the officer has reached the field yet; the
// first few only, so the line never pushes the buttons off a small screen.
void RecordForm::showProblems(const core::ValidationReport& report)
{
    if (!m_problems)
        return;
    constexpr int kShown = 4;
    QStringList lines;
    int more = 0;
    for (const core::FieldIssue& issue : report.issues) {
        if (issue.warning)
            continue;
        QString line = issue.message.text();
        const core::RecordField* field = core::recordField(m_record, issue.field);
        // Core's record checks write "Field: problem"; others (a fair's checks) say only the problem.
        const bool named = line.contains(QLatin1String(": ")) || line.contains(QChar(u'：'));
        if (field && !named && !line.contains(field->label.text()))
            line = tr("%1: %2").arg(field->label.text(), line);
        if (lines.contains(line))
            continue;
        if (lines.size() < kShown)
            lines << line;
        else
            ++more;
    }
    if (more > 0)
        lines << tr("…and %1 more").arg(more);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace jb::ui
