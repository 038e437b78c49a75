#include "ui/enterprises/FlagDialog.h"

#include "core/editing/RecordValidation.h"
#include "core/storage/Database.h"
#include "ui/enterprises/EnterpriseTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jb::ui {

FlagDialog::FlagDialog(core::Database& database, qint64 enterpriseId, qint64 recordId, QWidget* parent)
    : QDialog(parent), m_database(database), m_enterpriseId(enterpriseId), m_recordId(recordId)
{
    setObjectName(QStringLiteral("flagDialog"));
    setWindowTitle(recordId ? tr("Edit a monitoring flag") : tr("Add a monitoring flag"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("flagKind"));
    for (const char* kind : {"wage_arrears", "attrition", "labour_risk"})
        m_kind->addItem(EnterpriseTableModel::flagName(QLatin1String(kind)), QLatin1String(kind));
    auto dateEdit = [this](const QString& name) {
        auto* edit = new QDateEdit(QDate::currentDate(), this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &FlagDialog::validate);
        return edit;
    };
    m_flaggedOn = dateEdit(QStringLiteral("flaggedOn"));
    m_resolved = new QCheckBox(tr("Resolved on"), this);
    m_resolved->setObjectName(QStringLiteral("flagResolved"));
    m_resolvedOn = dateEdit(QStringLiteral("resolvedOn"));
    m_resolvedOn->setEnabled(false);
    auto* resolvedRow = new QHBoxLayout;
    resolvedRow->addWidget(m_resolved);
    resolvedRow->addWidget(m_resolvedOn, 1);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("flagAmount"));
    m_amount->setRange(0, 1e10);
    m_amount->setDecimals(0);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSuffix(tr(" yuan"));
    m_people = new QSpinBox(this);
    m_people->setObjectName(QStringLiteral("flagPeople"));
    m_people->setRange(0, 1000000);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("flagNote"));
    m_note->setMaximumHeight(70);
    form->addRow(tr("Flag"), m_kind);
    form->addRow(tr("Flagged on"), m_flaggedOn);
    form->addRow(QString(), resolvedRow);
    form->addRow(tr("Amount owed"), m_amount);
    form->addRow(tr("People affected"), m_people);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("flagProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b03020"));
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    if (recordId) {
        const auto loaded = core::loadRecordFields(database.connection(), QStringLiteral("enterprise_flags"), recordId);
        if (loaded) {
            m_loaded = *loaded;
            for (const core::FieldValue& f : m_loaded) {
                const QString v = f.before.toString();
                if (f.field == QLatin1String("kind"))
                    m_kind->setCurrentIndex(std::max(0, m_kind->findData(v)));
                else if (f.field == QLatin1String("flagged_on"))
                    m_flaggedOn->setDate(QDate::fromString(v, Qt::ISODate));
                else if (f.field == QLatin1String("resolved_on") && !v.isEmpty()) {
                    m_resolved->setChecked(true);
                    m_resolvedOn->setEnabled(true);
                    m_resolvedOn->setDate(QDate::fromString(v, Qt::ISODate));
                } else if (f.field == QLatin1String("amount_yuan"))
                    m_amount->setValue(f.before.toDouble());
                else if (f.field == QLatin1String("people_affected"))
                    m_people->setValue(f.before.toInt());
                else if (f.field == QLatin1String("note"))
                    m_note->setPlainText(v);
            }
        } else {
            m_problems->setText(loaded.error());
        }
    }
    auto kindChanged = [this] {
        const QString kind = m_kind->currentData().toString();
        m_amount->setEnabled(kind == QLatin1String("wage_arrears"));
        m_people->setEnabled(kind != QLatin1String("labour_risk"));
        validate();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, kindChanged);
    connect(m_resolved, &QCheckBox::toggled, this, [this](bool on) {
        m_resolvedOn->setEnabled(on);
        validate();
    });
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &FlagDialog::validate);
    connect(m_people, &QSpinBox::valueChanged, this, &FlagDialog::validate);
    kindChanged();
}

QVariantMap FlagDialog::values() const
{
    // Amount and people are stored only where they mean something (null otherwise).
    const QString kind = m_kind->currentData().toString();
    const bool arrears = kind == QLatin1String("wage_arrears");
    return {{QStringLiteral("enterprise_id"), m_enterpriseId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("flagged_on"), m_flaggedOn->date().toString(Qt::ISODate)},
            {QStringLiteral("resolved_on"),
             m_resolved->isChecked() ? QVariant(m_resolvedOn->date().toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("amount_yuan"), arrears ? QVariant(m_amount->value()) : QVariant()},
            {QStringLiteral("people_affected"),
             kind != QLatin1String("labour_risk") ? QVariant(m_people->value()) : QVariant()},
            {QStringLiteral("note"), m_note->toPlainText().trimmed()}};
}

void FlagDialog::validate()
{
    const core::ValidationReport report = core::validateRecord(m_database.connection(),
                                                               QStringLiteral("enterprise_flags"), m_recordId, values());
    QStringList lines;
    for (const core::FieldIssue& issue : report.issues)
        lines << issue.message;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!report.hasErrors());
}

core::RecordChange FlagDialog::change() const
{
    core::RecordChange change;
    change.table = QStringLiteral("enterprise_flags");
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
        if (after.isNull() != f.before.isNull() || after.toString() != f.before.toString())
            change.fields.append({f.field, f.before, after});
    }
    return change;
}

} // namespace jb::ui
