#include "ui/settings/PlacementSettingsForm.h"

#include "core/settings/PlacementSettings.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace jb::ui {

namespace {

QFormLayout* formIn(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return form;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555;"));
    return label;
}

// A share or ratio as core stores it ("0.5") from a percentage, and back.
QString shareOf(int percent)
{
    return QString::number(percent / 100.0, 'g', 4);
}

int percentOf(const QString& share)
{
    return static_cast<int>(std::lround(share.toDouble() * 100));
}

QString yuan(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

PlacementSettingsForm::PlacementSettingsForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("placementSettings"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(16);
    column->addWidget(buildPromiseGroup());
    column->addWidget(buildWarningGroup());
    column->addWidget(buildInsuranceGroup());
}

void PlacementSettingsForm::addField(QFormLayout* form, Field field)
{
    auto* label = new QLabel(field.label + tr(":"), form->parentWidget());
    label->setBuddy(field.editor);
    form->addRow(label, field.editor);
    m_fields.push_back(std::move(field));
}

void PlacementSettingsForm::addSpin(QFormLayout* form, const QString& key, const QString& objectName,
                                    const QString& label, int low, int high, const QString& suffix)
{
    auto* spin = new QSpinBox(form->parentWidget());
    spin->setObjectName(objectName);
    spin->setRange(low, high);
    spin->setSuffix(suffix);
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    addField(form, {key, label, spin, [spin] { return QString::number(spin->value()); },
                    [spin](const QString& v) { spin->setValue(v.toInt()); }});
}

void PlacementSettingsForm::addPercent(QFormLayout* form, const QString& key, const QString& objectName,
                                       const QString& label, int low)
{
    auto* spin = new QSpinBox(form->parentWidget());
    spin->setObjectName(objectName);
    spin->setRange(low, 100);
    spin->setSuffix(QStringLiteral(" %"));
    connect(spin, &QSpinBox::valueChanged, this, [this] {
        updateInsuranceSplit();
        if (!m_loading)
            emit edited();
    });
    addField(form, {key, label, spin, [spin] { return shareOf(spin->value()); },
                    [spin](const QString& v) { spin->setValue(percentOf(v)); }});
}

QWidget* PlacementSettingsForm::buildPromiseGroup()
{
    auto* box = new QGroupBox(tr("Referrals and the one-week promise"), this);
    QFormLayout* form = formIn(box);
    addSpin(form, core::setting::promiseDays, QStringLiteral("promiseDays"),
            tr("One-week promise: &days to the first job recommendation"), 1, 60, tr(" days"));
    auto* dayKind = new QComboBox(box);
    dayKind->setObjectName(QStringLiteral("promiseDayKind"));
    dayKind->addItem(tr("Calendar days"), QStringLiteral("calendar"));
    dayKind->addItem(tr("Working days (public holidays and make-up working days counted)"), QStringLiteral("working"));
    connect(dayKind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    addField(form, {core::setting::promiseDayKind, tr("Count the promise &in"), dayKind,
                    [dayKind] { return dayKind->currentData().toString(); },
                    [dayKind](const QString& v) { dayKind->setCurrentIndex(std::max(0, dayKind->findData(v))); }});
    addSpin(form, core::setting::stableMonths, QStringLiteral("stableMonths"),
            tr("Stable employment: m&onths still employed after signing the contract"), 1, 36, tr(" months"));
    auto* months = new QLineEdit(box);
    months->setObjectName(QStringLiteral("followUpMonths"));
    months->setPlaceholderText(tr("e.g. 3,6"));
    months->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9, ]*")), months));
    connect(months, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    addField(form, {core::setting::followUpMonths, tr("Retention chec&ks, in months after the contract starts"), months,
                    [months] { return months->text().remove(QLatin1Char(' ')); },
                    [months](const QString& v) { months->setText(v); }});
    addSpin(form, core::setting::staleDays, QStringLiteral("staleDays"),
            tr("A referral is &stale after this long without a change"), 1, 365, tr(" days"));
    addSpin(form, core::setting::offerContacts, QStringLiteral("offerContacts"),
            tr("Offers per person: &contacts promised"), 1, 20, tr(" contacts"));
    addSpin(form, core::setting::offerPostsPerContact, QStringLiteral("offerPostsPerContact"),
            tr("&Posts offered at each contact"), 1, 20, tr(" posts"));
    addSpin(form, core::setting::declinesBeforeUnwilling, QStringLiteral("declinesBeforeUnwilling"),
            tr("Declines for personal reasons before “&unwilling for now” may be recorded"), 1, 20, tr(" declines"));
    return box;
}

QWidget* PlacementSettingsForm::buildWarningGroup()
{
    auto* box = new QGroupBox(tr("Early warning"), this);
    QFormLayout* form = formIn(box);
    addSpin(form, core::setting::staleWorkerDays, QStringLiteral("staleWorkerDays"),
            tr("A person looking for work is &flagged when not contacted for"), 7, 730, tr(" days"));
    addSpin(form, core::setting::staleEnterpriseDays, QStringLiteral("staleEnterpriseDays"),
            tr("An enterprise with open posts is flagged when not &visited for"), 7, 730, tr(" days"));
    addPercent(form, core::setting::paceAmberRatio, QStringLiteral("paceAmberRatio"),
               tr("Progress shows amber below this share of the &expected pace"), 1);
    return box;
}

QWidget* PlacementSettingsForm::buildInsuranceGroup()
{
    auto* box = new QGroupBox(tr("Accident-injury mutual insurance"), this);
    QFormLayout* form = formIn(box);
    auto* premium = new QDoubleSpinBox(box);
    premium->setObjectName(QStringLiteral("insurancePremium"));
    premium->setRange(0.01, 10000);
    premium->setDecimals(2);
    premium->setSuffix(tr(" yuan"));
    connect(premium, &QDoubleSpinBox::valueChanged, this, [this] {
        updateInsuranceSplit();
        if (!m_loading)
            emit edited();
    });
    addField(form, {core::setting::insurancePremium, tr("Pre&mium per person"), premium,
                    [premium] { return yuan(premium->value()); },
                    [premium](const QString& v) { premium->setValue(v.toDouble()); }});
    addPercent(form, core::setting::insuranceProvinceShare, QStringLiteral("insuranceProvinceShare"),
               tr("The province's s&hare of the premium"), 0);
    m_split = new QLabel(box);
    m_split->setObjectName(QStringLiteral("insuranceSplit"));
    form->addRow(QString(), m_split);
    m_phases = new QLabel(box);
    m_phases->setObjectName(QStringLiteral("insurancePhases"));
    m_phases->setWordWrap(false); // one phase a line, never cut
    m_phases->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Concentrated phases:"), m_phases);
    form->addRow(
        hint(tr("A contract signed inside a concentrated phase offers the enrolment on the referral page; "
                "the officer confirms it. Phases and their dates are entered on the Targets page (New phase)."),
             box));
    return box;
}

void PlacementSettingsForm::updateInsuranceSplit()
{
    if (!m_split || m_fields.size() < 2)
        return;
    double premium = 0;
    int provincePercent = 0;
    for (const Field& f : m_fields) {
        if (f.key == core::setting::insurancePremium)
            premium = f.read().toDouble();
        else if (f.key == core::setting::insuranceProvinceShare)
            provincePercent = percentOf(f.read());
    }
    const double province = std::round(premium * provincePercent) / 100;
    m_split->setText(
        tr("Each enrolment: province %1 yuan, city %2 yuan").arg(yuan(province), yuan(premium - province)));
}

void PlacementSettingsForm::load(core::Database& database)
{
    m_loading = true;
    const auto values = core::fileSettings(database.connection());
    m_loaded.clear();
    for (Field& f : m_fields) {
        for (const auto& [key, value] : values)
            if (key == f.key)
                f.write(value);
        m_loaded.push_back(f.read());
    }
    QStringList phases;
    if (const auto periods = core::PeriodRepository(database.connection()).all())
        for (const core::Period& p : *periods)
            if (p.kind == core::PeriodKind::Phase)
                phases << tr("%1: %2 to %3")
                              .arg(p.label.isEmpty() ? p.name : p.label, p.start.toString(Qt::ISODate),
                                   p.end.toString(Qt::ISODate));
    m_phases->setText(phases.isEmpty() ? tr("None entered: no contract is offered the insurance yet")
                                       : phases.join(QLatin1Char('\n')));
    m_loading = false;
    updateInsuranceSplit();
}

void PlacementSettingsForm::clear()
{
    m_loaded.clear();
    m_phases->clear();
}

void PlacementSettingsForm::setEditable(bool editable)
{
    for (const Field& f : m_fields)
        f.editor->setEnabled(editable);
}

PlacementSettingsForm::Values PlacementSettingsForm::changes() const
{
    Values changed;
    if (m_loaded.size() != m_fields.size())
        return changed;
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        if (const QString now = m_fields[i].read(); now != m_loaded[i])
            changed.emplace_back(m_fields[i].key, now);
    return changed;
}

QString PlacementSettingsForm::labelOf(const QString& key) const
{
    for (const Field& f : m_fields)
        if (f.key == key)
            return QString(f.label).remove(QLatin1Char('&'));
    return key;
}

} // namespace jb::ui
