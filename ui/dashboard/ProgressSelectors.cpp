#include "ui/dashboard/ProgressSelectors.h"

#include "core/domain/MetricCatalog.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "ui/Localisation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace jb::ui {

namespace {

const int kNameRole = Qt::UserRole + 1; // the organisation's name without the indentation

} // namespace

ProgressSelectors::ProgressSelectors(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto addCombo = [this, layout](const QString& caption, const QString& objectName) {
        auto* label = new QLabel(caption, this);
        auto* combo = new QComboBox(this);
        combo->setObjectName(objectName);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
        return combo;
    };
    m_org = addCombo(tr("&Organisation"), QStringLiteral("progressOrganisation"));
    layout->addSpacing(8);
    m_period = addCombo(tr("&Period"), QStringLiteral("progressPeriod"));
    layout->addSpacing(8);
    m_metric = addCombo(tr("&Chart"), QStringLiteral("progressMetric"));
    m_period->setMaxVisibleItems(20);

    for (const core::MetricInfo& info : core::metricCatalog())
        m_metric->addItem(info.name.text(), info.key);

    connect(m_org, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit selectionChanged();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit selectionChanged();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { emit metricChanged(metricKey()); });
}

int ProgressSelectors::defaultPeriodIndex(const QVector<core::Period>& periods, const QDate& today)
{
    int latestYear = -1;
    for (int i = 0; i < periods.size(); ++i) {
        const core::Period& p = periods.at(i);
        if (p.kind != core::PeriodKind::Year)
            continue;
        if (p.contains(today))
            return i;
        if (latestYear < 0 || p.start > periods.at(latestYear).start)
            latestYear = i;
    }
    if (latestYear >= 0)
        return latestYear;
    return periods.isEmpty() ? -1 : 0;
}

QString ProgressSelectors::load(const core::Database& database, const QDate& today)
{
    const qint64 previousOrg = orgId();
    const QString previousPeriod = period() ? period()->name : QString();
    m_loading = true;
    const QSignalBlocker blockOrg(m_org);
    const QSignalBlocker blockPeriod(m_period);
    m_org->clear();
    m_period->clear();
    m_periods.clear();

    QString error;
    const core::OrganisationRepository organisations(database.connection());
    const core::Expected<core::Organisation> home = organisations.home();
    if (home) {
        m_org->addItem(home->name, home->id);
        m_org->setItemData(0, home->name, kNameRole);
        const core::Expected<QVector<core::Organisation>> children = organisations.children(home->id);
        if (children) {
            // Two ideographic spaces: indentation that survives any font.
            for (const core::Organisation& child : *children)
                if (!child.retired) {
                    m_org->addItem(QStringLiteral("\u3000\u3000") + child.name, child.id);
                    m_org->setItemData(m_org->count() - 1, child.name, kNameRole);
                }
        } else {
            error = children.error();
        }
    } else {
        error = home.error();
    }

    const core::Expected<QVector<core::Period>> periods = core::PeriodRepository(database.connection()).all();
    if (periods)
        m_periods = *periods;
    else if (error.isEmpty())
        error = periods.error();
    if (defaultPeriodIndex(m_periods, today) < 0)
        m_periods.append(core::PeriodRepository::yearPeriod(today.year())); // counted over, even with no row
    for (const core::Period& p : std::as_const(m_periods)) {
        const QString indent = p.kind == core::PeriodKind::Year ? QString() : QStringLiteral("\u3000");
        m_period->addItem(indent + Localisation::pick(p.label, p.name), p.name);
    }

    if (!setOrgId(previousOrg))
        m_org->setCurrentIndex(m_org->count() > 0 ? 0 : -1);
    if (!setPeriodName(previousPeriod))
        m_period->setCurrentIndex(defaultPeriodIndex(m_periods, today));
    m_loading = false;
    return error;
}

void ProgressSelectors::clear()
{
    m_loading = true;
    const QSignalBlocker blockOrg(m_org);
    const QSignalBlocker blockPeriod(m_period);
    m_org->clear();
    m_period->clear();
    m_periods.clear();
    m_loading = false;
}

qint64 ProgressSelectors::orgId() const
{
    return m_org->currentIndex() < 0 ? 0 : m_org->currentData().toLongLong();
}

QString ProgressSelectors::orgName() const
{
    return m_org->currentData(kNameRole).toString();
}

const core::Period* ProgressSelectors::period() const
{
    const int index = m_period->currentIndex();
    return index >= 0 && index < m_periods.size() ? &m_periods.at(index) : nullptr;
}

QString ProgressSelectors::metricKey() const
{
    return m_metric->currentData().toString();
}

bool ProgressSelectors::setOrgId(qint64 id)
{
    const int index = m_org->findData(id);
    if (index < 0)
        return false;
    const QSignalBlocker block(m_org);
    m_org->setCurrentIndex(index);
    return true;
}

bool ProgressSelectors::setPeriodName(const QString& name)
{
    const int index = name.isEmpty() ? -1 : m_period->findData(name);
    if (index < 0)
        return false;
    const QSignalBlocker block(m_period);
    m_period->setCurrentIndex(index);
    return true;
}

bool ProgressSelectors::setMetricKey(const QString& key)
{
    const int index = m_metric->findData(key);
    if (index < 0)
        return false;
    const QSignalBlocker block(m_metric);
    m_metric->setCurrentIndex(index);
    return true;
}

} // namespace jb::ui
