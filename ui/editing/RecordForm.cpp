#include "ui/editing/RecordForm.h"

#include "core/organisations/OrganisationRepository.h"
#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"
#include "ui/Localisation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

const char* const kInvalid = "invalid";

void setInvalid(QWidget* editor, bool invalid)
{
    if (editor->property(kInvalid).toBool() == invalid)
        return;
    editor->setProperty(kInvalid, invalid);
    editor->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #c62828; border-radius: 2px;") : QString());
}

} // namespace

RecordForm::RecordForm(QDialogButtonBox* buttons, bool newRecord, std::function<void()> onEdited, QObject* parent)
    : QObject(parent), m_buttons(buttons), m_newRecord(newRecord), m_onEdited(std::move(onEdited))
{
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

void RecordForm::addRow(QFormLayout* form, const QString& field, const QString& label, QWidget* editor, bool required)
{
    auto* cell = new QWidget(form->parentWidget());
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(1);
    editor->setParent(cell);
    column->addWidget(editor);
    QLabel* message = watch(field, editor);
    message->setParent(cell);
    column->addWidget(message);
    auto* name = new QLabel(form->parentWidget());
    name->setObjectName(field + QStringLiteral("Label"));
    if (required) {
        name->setTextFormat(Qt::RichText);
        name->setText(label.toHtmlEscaped() + QStringLiteral(" <span style=\"color:#c62828\">*</span>"));
        name->setToolTip(tr("Required"));
    } else {
        name->setText(label);
    }
    name->setBuddy(editor);
    form->addRow(name, cell);
}

void RecordForm::edited(const QString& field)
{
    m_touched.insert(field);
    if (m_onEdited)
        m_onEdited();
}

void RecordForm::showCheck(core::Database& database, const QVariantMap& loaded, const core::RecordChange& change)
{
    QVariantMap values = loaded;
    for (const core::FieldValue& field : change.fields)
        values.insert(field.field, field.after);
    showReport(core::validateRecord(database.connection(), change.table, change.recordId, values));
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
}

QLineEdit* RecordForm::lineEdit(QWidget* parent, const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox* RecordForm::referenceCombo(QWidget* parent, core::Database& database, const QString& list,
                                      const QVariant& current, bool allowEmpty, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    if (allowEmpty)
        combo->addItem(QStringLiteral("—"), QVariant());
    const qint64 currentId = current.isNull() ? 0 : current.toLongLong();
    const auto items = core::ReferenceRepository(database.connection()).items(list, true);
    if (items) {
        for (const core::ReferenceItem& item : items.value()) {
            if (item.retired && item.id != currentId)
                continue; // retired values stay on the records that have them, but are not offered anew
            QString name = Localisation::pick(item.nameZh, item.nameEn);
            if (item.retired)
                name += tr(" (retired)");
            combo->addItem(name, item.id);
        }
    }
    const int index = currentId ? combo->findData(currentId) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
    return combo;
}

QComboBox* RecordForm::codeCombo(QWidget* parent, const QVector<QPair<QString, QString>>& codesAndNames,
                                 const QVariant& current, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (const auto& [code, name] : codesAndNames)
        combo->addItem(name, code.isEmpty() ? QVariant() : QVariant(code));
    const int index = current.isNull() ? 0 : combo->findData(current.toString());
    combo->setCurrentIndex(index < 0 ? 0 : index);
    return combo;
}

QComboBox* RecordForm::organisationCombo(QWidget* parent, core::Database& database, const QVariant& current)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("orgCombo"));
    core::OrganisationRepository repo(database.connection());
    const auto home = repo.home();
    if (!home)
        return combo;
    const auto ids = repo.subtreeIds(home->id);
    const auto all = repo.all();
    if (!ids || !all)
        return combo;
    for (const core::Organisation& org : all.value()) {
        const bool chosen = !current.isNull() && current.toLongLong() == org.id;
        if (!ids->contains(org.id) || (org.retired && !chosen))
            continue;
        combo->addItem(org.name, org.id);
    }
    const int index = current.isNull() ? combo->findData(home->id) : combo->findData(current.toLongLong());
    combo->setCurrentIndex(index < 0 ? 0 : index);
    return combo;
}

QVariant RecordForm::comboValue(const QComboBox* combo)
{
    return combo->currentData();
}

QListWidget* RecordForm::checkList(QWidget* parent, core::Database& database, const QString& list,
                                   const QVariantList& checked, const QString& objectName)
{
    auto* widget = new QListWidget(parent);
    widget->setObjectName(objectName);
    QSet<qint64> ids;
    for (const QVariant& id : checked)
        ids.insert(id.toLongLong());
    const auto items = core::ReferenceRepository(database.connection()).items(list, true);
    if (items) {
        for (const core::ReferenceItem& item : items.value()) {
            const bool on = ids.contains(item.id);
            if (item.retired && !on)
                continue;
            QString name = Localisation::pick(item.nameZh, item.nameEn);
            if (item.retired)
                name += tr(" (retired)");
            auto* row = new QListWidgetItem(name, widget);
            row->setData(Qt::UserRole, item.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    return widget;
}

QVariantList RecordForm::checkedIds(const QListWidget* list)
{
    QVariantList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

QVariant RecordForm::text(const QLineEdit* edit)
{
    const QString t = edit->text().trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

} // namespace jb::ui
