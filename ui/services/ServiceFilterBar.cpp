#include "ui/services/ServiceFilterBar.h"

#include "core/domain/Clock.h"
#include "core/reference/ReferenceRepository.h"
#include "core/services/ServiceList.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace jb::ui {

namespace {

// The lowest day a day box offers: shown as "any", it leaves that end of the period open.
const QDate kOpen(2000, 1, 1);

} // namespace

ServiceFilterBar::ServiceFilterBar(QWidget* parent) : ListFilterBar(QStringLiteral("serviceFilterBar"), 6, parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    // Not addCombo(): a period chosen is one change, made once its days are set.
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("servicePeriodFilter"));
    m_period->addItem(tr("Any period"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_period->setMinimumContentsLength(8);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ServiceFilterBar::periodChosen);
    layout->addWidget(m_period, 1);
    m_from = makeDay(QStringLiteral("serviceFrom"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    m_to = makeDay(QStringLiteral("serviceTo"));
    layout->addWidget(m_to);
    m_kind = addCombo(QStringLiteral("serviceKindFilter"), tr("All kinds"));
    m_unit = addCombo(QStringLiteral("serviceUnitFilter"), tr("All sub-units"));
    m_keyGroup = addCombo(QStringLiteral("serviceKeyGroupFilter"), tr("All key groups"));
    m_provider = addCombo(QStringLiteral("serviceProviderFilter"), tr("Any provider"));
    for (QComboBox* combo : {m_kind, m_unit, m_keyGroup, m_provider})
        layout->addWidget(combo, 1);
}

QDateEdit* ServiceFilterBar::makeDay(const QString& objectName)
{
    auto* day = new QDateEdit(this);
    day->setObjectName(objectName);
    day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    day->setCalendarPopup(true);
    day->setMinimumDate(kOpen);
    day->setSpecialValueText(tr("any"));
    day->setDate(kOpen);
    connect(day, &QDateEdit::dateChanged, this, &ServiceFilterBar::daysEdited);
    return day;
}

QString ServiceFilterBar::load(const core::Database& database)
{
    m_loading = true;
    clear();
    QString error;
    const auto periods = core::PeriodRepository(database.connection()).all();
    if (periods) {
        m_periods = *periods;
        for (int i = 0; i < m_periods.size(); ++i)
            m_period->addItem(m_periods.at(i).label.isEmpty() ? m_periods.at(i).name : m_periods.at(i).label, i);
    } else {
        error = periods.error();
    }
    const core::ReferenceRepository reference(database.connection());
    for (const auto& [combo, list] : {std::pair{m_kind, "service_type"}, std::pair{m_keyGroup, "key_group"}}) {
        const auto items = reference.items(QLatin1String(list));
        if (!items) {
            error = items.error();
            continue;
        }
        for (const core::ReferenceItem& item : *items)
            combo->addItem(chineseUi() ? item.nameZh : item.nameEn,
                           combo == m_kind ? QVariant(item.code) : QVariant(item.id));
    }
    addSubUnits(m_unit, database);
    reloadProviders(database);
    m_loading = false;
    return error;
}

void ServiceFilterBar::reloadProviders(const core::Database& database)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString chosen = m_provider->currentIndex() > 0 ? m_provider->currentText() : QString();
    while (m_provider->count() > 1)
        m_provider->removeItem(m_provider->count() - 1);
    if (const auto providers = core::serviceProviders(database.connection()))
        for (const QString& p : *providers)
            m_provider->addItem(p, p);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(chosen)));
    m_loading = wasLoading;
}

void ServiceFilterBar::clear()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_periods.clear();
    for (QComboBox* combo : {m_period, m_kind, m_unit, m_keyGroup, m_provider}) {
        while (combo->count() > 1)
            combo->removeItem(combo->count() - 1);
        combo->setCurrentIndex(0);
    }
    m_from->setDate(kOpen);
    m_to->setDate(kOpen);
    m_loading = wasLoading;
}

void ServiceFilterBar::periodChosen()
{
    const std::optional<core::Period> chosen = period();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_from->setDate(chosen ? chosen->start : kOpen);
    m_to->setDate(chosen ? std::min(chosen->end, std::max(chosen->start, core::Clock::today())) : kOpen);
    m_loading = wasLoading;
    changed();
}

// Days typed by hand are a period of their own: the file's period is no longer the one shown.
void ServiceFilterBar::daysEdited()
{
    if (m_loading)
        return;
    if (m_period->currentIndex() > 0) {
        const QSignalBlocker block(m_period);
        m_period->setCurrentIndex(0);
    }
    changed();
}

std::optional<core::Period> ServiceFilterBar::period() const
{
    const int at = m_period->currentIndex() > 0 ? m_period->currentData().toInt() : -1;
    if (at < 0 || at >= m_periods.size())
        return std::nullopt;
    return m_periods.at(at);
}

bool ServiceFilterBar::choosePeriod(const QString& name)
{
    for (int i = 0; i < m_periods.size(); ++i) {
        if (m_periods.at(i).name == name) {
            m_period->setCurrentIndex(m_period->findData(i));
            return true;
        }
    }
    return false;
}

bool ServiceFilterBar::wholeOrganisation() const
{
    return m_unit->currentIndex() <= 0 && m_keyGroup->currentIndex() <= 0 && m_provider->currentIndex() <= 0;
}

core::ServiceFilter ServiceFilterBar::filter() const
{
    core::ServiceFilter f;
    if (m_from->date() > kOpen)
        f.from = m_from->date();
    if (m_to->date() > kOpen)
        f.to = m_to->date();
    if (m_kind->currentIndex() > 0)
        f.kind = m_kind->currentData().toString();
    f.orgId = chosen(m_unit).value_or(0);
    f.keyGroupId = chosen(m_keyGroup).value_or(0);
    if (m_provider->currentIndex() > 0)
        f.provider = m_provider->currentData().toString();
    return f;
}

} // namespace jb::ui
