#include "ui/enterprises/FlagDialog.h"

#include "core/domain/Clock.h"
#include "core/records/RecordFields.h"
#include "core/records/RecordLimits.h"
#include "core/storage/Database.h"
#include "ui/enterprises/EnterpriseTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace jb::ui {

FlagDialog::FlagDialog(core::Database& database, qint64 enterpriseId, qint64 recordId, QWidget* parent)
    : EnterpriseEntryDialog(database, core::RecordKind::EnterpriseFlag, enterpriseId, recordId,
                            QStringLiteral("flagDialog"), parent)
{
    setWindowTitle(recordId ? tr("Edit a monitoring flag") : tr("Add a monitoring flag"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("flagKind"));
    for (const char* kind : {"wage_arrears", "attrition", "labour_risk"})
        m_kind->addItem(EnterpriseTableModel::flagName(QLatin1String(kind)), QLatin1String(kind));
    auto dateEdit = [this](const QString& name) {
        auto* edit = new QDateEdit(core::Clock::today(), this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &FlagDialog::validate);
        return edit;
    };
    m_flaggedOn = dateEdit(QStringLiteral("flaggedOn"));
    m_resolved = new QCheckBox(tr("&Resolved on"), this);
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
    m_people->setRange(0, core::limits::kPeopleMax);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("flagNote"));
    m_note->setMaximumHeight(70);
    m_form->addRow(tr("Flag"), m_kind);
    m_form->addRow(tr("Flagged on"), m_flaggedOn);
    m_form->addRow(QString(), resolvedRow);
    m_form->addRow(tr("Amount owed"), m_amount);
    m_form->addRow(tr("People affected"), m_people);
    m_form->addRow(tr("Note"), m_note);
    finishLayout(QStringLiteral("flagProblems"));

    if (loadEntry()) {
        for (const core::FieldValue& f : m_loaded) {
            const QString v = f.before.toString();
            if (f.field == core::fields::flag::kind)
                m_kind->setCurrentIndex(std::max(0, m_kind->findData(v)));
            else if (f.field == core::fields::flag::flaggedOn)
                m_flaggedOn->setDate(QDate::fromString(v, Qt::ISODate));
            else if (f.field == core::fields::flag::resolvedOn && !v.isEmpty()) {
                m_resolved->setChecked(true);
                m_resolvedOn->setEnabled(true);
                m_resolvedOn->setDate(QDate::fromString(v, Qt::ISODate));
            } else if (f.field == core::fields::flag::amount)
                m_amount->setValue(f.before.toDouble());
            else if (f.field == core::fields::flag::peopleAffected)
                m_people->setValue(f.before.toInt());
            else if (f.field == core::fields::flag::note)
                m_note->setPlainText(v);
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
    namespace f = core::fields::flag;
    return {
        {f::enterprise, m_enterpriseId},
        {f::kind, kind},
        {f::flaggedOn, m_flaggedOn->date().toString(Qt::ISODate)},
        {f::resolvedOn, m_resolved->isChecked() ? QVariant(m_resolvedOn->date().toString(Qt::ISODate)) : QVariant()},
        {f::amount, arrears ? QVariant(m_amount->value()) : QVariant()},
        {f::peopleAffected, kind != QLatin1String("labour_risk") ? QVariant(m_people->value()) : QVariant()},
        {f::note, m_note->toPlainText().trimmed()}};
}

void FlagDialog::validate()
{
    showCheck();
}

core::RecordChange FlagDialog::change() const
{
    return changeOf(true);
}

} // namespace jb::ui
