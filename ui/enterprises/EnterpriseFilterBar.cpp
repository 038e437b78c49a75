#include "ui/enterprises/EnterpriseFilterBar.h"

#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace jb::ui {

using core::EnterpriseFilter;

EnterpriseFilterBar::EnterpriseFilterBar(QWidget* parent)
    : ListFilterBar(QStringLiteral("enterpriseFilterBar"), 7, parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    makeSearch(QStringLiteral("enterpriseSearch"), tr("Search: enterprise name or credit code"), 220);
    layout->addWidget(m_search, 2);

    m_org = addCombo(QStringLiteral("enterpriseOrgFilter"), tr("All sub-units"));
    m_industry = addCombo(QStringLiteral("industryFilter"), tr("All industries"));
    m_priority = addCombo(QStringLiteral("priorityFilter"), tr("Key or not"));
    m_priority->addItem(tr("Key enterprises"), static_cast<int>(EnterpriseFilter::Priority::KeyEnterprise));
    m_priority->addItem(tr("Major projects"), static_cast<int>(EnterpriseFilter::Priority::MajorProject));
    m_flag = addCombo(QStringLiteral("flagFilter"), tr("Flagged or not"));
    m_flag->addItem(tr("Any open flag"), static_cast<int>(EnterpriseFilter::Flag::Flagged));
    m_flag->addItem(tr("Wage arrears"), static_cast<int>(EnterpriseFilter::Flag::WageArrears));
    m_flag->addItem(tr("Staff attrition"), static_cast<int>(EnterpriseFilter::Flag::Attrition));
    m_flag->addItem(tr("Labour-relations risk"), static_cast<int>(EnterpriseFilter::Flag::LabourRisk));
    for (QComboBox* combo : {m_org, m_industry, m_priority, m_flag})
        layout->addWidget(combo, 1);
    m_open = new QCheckBox(tr("With open vacancies"), this);
    m_open->setObjectName(QStringLiteral("openVacanciesFilter"));
    connect(m_open, &QCheckBox::toggled, this, &EnterpriseFilterBar::changed);
    layout->addWidget(m_open);
}

QString EnterpriseFilterBar::load(const core::Database& database)
{
    const Choices kept = choices(); // empty after clearFile(): a newly opened file starts unfiltered
    m_loading = true;
    clear();
    const bool chinese = chineseUi();
    QString error;
    const auto items = core::ReferenceRepository(database.connection()).items(QStringLiteral("industry"));
    if (items) {
        for (const core::ReferenceItem& item : *items)
            m_industry->addItem(chinese ? item.nameZh : item.nameEn, item.id);
    } else {
        error = items.error();
    }
    addSubUnits(m_org, database);
    m_loading = false;
    choose(kept);
    return error;
}

void EnterpriseFilterBar::clear()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    clearSearch();
    for (QComboBox* combo : {m_org, m_industry}) {
        while (combo->count() > 1)
            combo->removeItem(combo->count() - 1);
    }
    for (QComboBox* combo : {m_org, m_industry, m_priority, m_flag})
        combo->setCurrentIndex(0);
    m_open->setChecked(false);
    m_loading = wasLoading;
}

EnterpriseFilter EnterpriseFilterBar::filter() const
{
    EnterpriseFilter f;
    f.search = m_search->text();
    f.orgId = chosen(m_org);
    f.industryId = chosen(m_industry);
    if (m_priority->currentIndex() > 0)
        f.priority = static_cast<EnterpriseFilter::Priority>(m_priority->currentData().toInt());
    if (m_flag->currentIndex() > 0)
        f.flag = static_cast<EnterpriseFilter::Flag>(m_flag->currentData().toInt());
    f.withOpenVacancies = m_open->isChecked();
    return f;
}

} // namespace jb::ui
