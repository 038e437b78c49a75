#include "ui/editing/FieldEditors.h"

#include "core/domain/Clock.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"
#include "ui/Localisation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>

namespace jb::ui {

namespace {

using core::FieldKind;

// The largest amount a spin box offers where the catalogue sets no upper limit (yuan owed).
constexpr double kLargestAmount = 1e10;

void select(QComboBox* combo, const QVariant& value)
{
    const int index = value.isNull() ? 0 : combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString retiredName(const QString& name, bool retired)
{
    return retired ? name + FieldEditors::tr(" (retired)") : name;
}

// Reference items of `list` (name in the interface language; a leading empty choice unless required); a retired
// value is offered only when it is the current one.
QComboBox* referenceCombo(QWidget* parent, core::Database& database, const core::RecordField& field,
                          const QVariant& current)
{
    auto* combo = new QComboBox(parent);
    if (!field.required)
        combo->addItem(QStringLiteral("—"), QVariant());
    const qint64 currentId = current.isNull() ? 0 : current.toLongLong();
    if (const auto items = core::ReferenceRepository(database.connection()).items(field.list, true)) {
        for (const core::ReferenceItem& item : items.value()) {
            if (item.retired && item.id != currentId)
                continue; // retired values stay on the records that have them, but are not offered anew
            combo->addItem(retiredName(Localisation::pick(item.nameZh, item.nameEn), item.retired), item.id);
        }
    }
    select(combo, currentId ? QVariant(currentId) : QVariant());
    return combo;
}

QComboBox* choiceCombo(QWidget* parent, const core::RecordField& field, const QVariant& current)
{
    auto* combo = new QComboBox(parent);
    if (!field.required)
        combo->addItem(QStringLiteral("—"), QVariant());
    for (const core::FieldChoice& choice : field.choices)
        combo->addItem(choice.label.text(), choice.code);
    select(combo, current.isNull() ? QVariant() : QVariant(current.toString()));
    return combo;
}

// The home organisation and everything under it (retired ones only when current); the home when null.
QComboBox* organisationCombo(QWidget* parent, core::Database& database, const QVariant& current)
{
    auto* combo = new QComboBox(parent);
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

QListWidget* checkList(QWidget* parent, core::Database& database, const QString& list, const QVariantList& checked)
{
    auto* widget = new QListWidget(parent);
    QSet<qint64> ids;
    for (const QVariant& id : checked)
        ids.insert(id.toLongLong());
    if (const auto items = core::ReferenceRepository(database.connection()).items(list, true)) {
        for (const core::ReferenceItem& item : items.value()) {
            const bool on = ids.contains(item.id);
            if (item.retired && !on)
                continue;
            auto* row =
                new QListWidgetItem(retiredName(Localisation::pick(item.nameZh, item.nameEn), item.retired), widget);
            row->setData(Qt::UserRole, item.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    return widget;
}

QWidget* lineEdit(QWidget* parent, const core::RecordField& field)
{
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(field.placeholder().text());
    edit->setClearButtonEnabled(true);
    return edit;
}

QWidget* stepped(QWidget* parent, const core::RecordField& field)
{
    if (field.kind == FieldKind::Date) {
        auto* edit = new QDateEdit(core::Clock::today(), parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    if (field.kind == FieldKind::Amount) {
        auto* box = new QDoubleSpinBox(parent);
        box->setRange(double(field.min), field.hasRange() ? double(field.max) : kLargestAmount);
        box->setDecimals(0);
        box->setGroupSeparatorShown(true);
        return box;
    }
    auto* box = new QSpinBox(parent);
    box->setRange(int(field.min), int(field.max));
    box->setGroupSeparatorShown(true);
    return box;
}

QWidget* editorFor(QWidget* parent, core::Database& database, const core::RecordField& field, const QVariant& value,
                   EditorStyle style)
{
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Identifier:
        return lineEdit(parent, field);
    case FieldKind::Number:
    case FieldKind::Money:
    case FieldKind::Amount:
    case FieldKind::Date:
        return style == EditorStyle::Stepped ? stepped(parent, field) : lineEdit(parent, field);
    case FieldKind::LongText: {
        auto* edit = new QPlainTextEdit(parent);
        edit->setMaximumHeight(70);
        return edit;
    }
    case FieldKind::YesNo:
        return new QCheckBox(field.label.text(), parent);
    case FieldKind::Choice:
        return choiceCombo(parent, field, value);
    case FieldKind::Reference:
        return referenceCombo(parent, database, field, value);
    case FieldKind::ReferenceSet:
        return checkList(parent, database, field.list, value.toList());
    case FieldKind::Organisation:
        return organisationCombo(parent, database, value);
    case FieldKind::Owner:
    case FieldKind::Bookkeeping:
        break;
    }
    return nullptr;
}

} // namespace

QWidget* FieldEditors::make(QWidget* parent, core::Database& database, const core::RecordField& field,
                            const QVariant& value, const QString& objectName, EditorStyle style)
{
    QWidget* editor = editorFor(parent, database, field, value, style);
    if (!editor)
        return nullptr;
    editor->setObjectName(objectName);
    // Combo boxes and lists were filled with the value already (what they offer depends on it).
    if (!qobject_cast<QComboBox*>(editor) && !qobject_cast<QListWidget*>(editor))
        setValue(editor, value);
    return editor;
}

QVariant FieldEditors::value(const QWidget* editor)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(editor)) {
        const QString text = line->text().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(editor))
        return plain->toPlainText().trimmed();
    if (const auto* combo = qobject_cast<const QComboBox*>(editor))
        return combo->currentData();
    if (const auto* check = qobject_cast<const QCheckBox*>(editor))
        return check->isChecked() ? 1 : 0;
    if (const auto* date = qobject_cast<const QDateEdit*>(editor))
        return date->date().toString(Qt::ISODate);
    if (const auto* spin = qobject_cast<const QSpinBox*>(editor))
        return spin->value();
    if (const auto* amount = qobject_cast<const QDoubleSpinBox*>(editor))
        return amount->value();
    if (const auto* list = qobject_cast<const QListWidget*>(editor)) {
        QVariantList ids;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
        }
        return ids;
    }
    return {};
}

void FieldEditors::setValue(QWidget* editor, const QVariant& value)
{
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value.isNull() ? QString() : value.toString());
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
        plain->setPlainText(value.toString());
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        select(combo, value);
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        check->setChecked(value.toLongLong() != 0);
    else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        if (day.isValid())
            date->setDate(day);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.toInt());
    else if (auto* amount = qobject_cast<QDoubleSpinBox*>(editor))
        amount->setValue(value.toDouble());
}

} // namespace jb::ui
