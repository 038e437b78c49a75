#include "ui/workers/WorkerFilterBar.h"

#include "core/domain/Clock.h"
#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace jb::ui {

WorkerFilterBar::WorkerFilterBar(QWidget* parent) : ListFilterBar(QStringLiteral("workerFilterBar"), 8, parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(6);

    makeSearch(QStringLiteral("workerSearch"), tr("Search: name, last digits of the ID number, or phone"), 300);

    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 2);
    m_keyGroup = addCombo(QStringLiteral("keyGroupFilter"), tr("All key groups"));
    m_hardship = addCombo(QStringLiteral("hardshipFilter"), tr("Any hardship status"));
    m_status = addCombo(QStringLiteral("statusFilter"), tr("Any employment status"));
    first->addWidget(m_keyGroup, 1);
    first->addWidget(m_hardship, 1);
    first->addWidget(m_status, 1);
    layout->addLayout(first, 0, 0);

    auto* second = new QHBoxLayout;
    m_serviceNeed = addCombo(QStringLiteral("serviceNeedFilter"), tr("Any service need"));
    m_org = addCombo(QStringLiteral("orgFilter"), tr("All sub-units"));
    m_returned = addCombo(QStringLiteral("returnedFilter"), tr("Returned or not"));
    m_returned->addItem(tr("Returned to work"), static_cast<int>(core::WorkerFilter::Return::Returned));
    m_returned->addItem(tr("Migrant workers not yet returned"),
                        static_cast<int>(core::WorkerFilter::Return::NotYetReturned));
    m_dated = new QCheckBox(tr("Registered from"), this);
    m_dated->setObjectName(QStringLiteral("registeredFilter"));
    m_from = new QDateEdit(core::Clock::today().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("registeredFrom"));
    m_to = new QDateEdit(core::Clock::today(), this);
    m_to->setObjectName(QStringLiteral("registeredTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading && m_dated->isChecked())
                emit filterChanged();
        });
    }
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        if (!m_loading)
            emit filterChanged();
    });
    second->addWidget(m_serviceNeed, 1);
    second->addWidget(m_org, 1);
    second->addWidget(m_returned, 1);
    second->addWidget(m_dated);
    second->addWidget(m_from);
    second->addWidget(new QLabel(QStringLiteral("–"), this));
    second->addWidget(m_to);
    layout->addLayout(second, 1, 0);
}

QString WorkerFilterBar::load(const core::Database& database)
{
    const Choices kept = choices(); // empty after clearFile(): a newly opened file starts unfiltered
    m_loading = true;
    clear();
    const bool chinese = chineseUi();
    core::ReferenceRepository refs(database.connection());
    QString error;
    auto fill = [&](QComboBox* combo, const char* list) {
        const auto items = refs.items(QLatin1String(list));
        if (!items) {
            error = items.error();
            return;
        }
        for (const core::ReferenceItem& item : *items)
            combo->addItem(chinese ? item.nameZh : item.nameEn, item.id);
    };
    fill(m_keyGroup, "key_group");
    m_hardship->addItem(tr("Any hardship category"), core::WorkerFilter::kAnyHardship);
    fill(m_hardship, "hardship_category");
    fill(m_status, "employment_status");
    fill(m_serviceNeed, "service_type");
    addSubUnits(m_org, database);
    m_loading = false;
    choose(kept);
    return error;
}

void WorkerFilterBar::clear()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    clearSearch();
    for (QComboBox* combo : {m_keyGroup, m_hardship, m_status, m_serviceNeed, m_org}) {
        while (combo->count() > 1)
            combo->removeItem(combo->count() - 1);
        combo->setCurrentIndex(0);
    }
    m_returned->setCurrentIndex(0);
    m_dated->setChecked(false);
    m_loading = wasLoading;
}

core::WorkerFilter WorkerFilterBar::filter() const
{
    core::WorkerFilter f;
    f.search = m_search->text();
    f.keyGroupId = chosen(m_keyGroup);
    f.hardshipCategoryId = chosen(m_hardship);
    f.statusId = chosen(m_status);
    f.serviceNeedId = chosen(m_serviceNeed);
    f.orgId = chosen(m_org);
    if (m_returned->currentIndex() > 0)
        f.returned = static_cast<core::WorkerFilter::Return>(m_returned->currentData().toInt());
    if (m_dated->isChecked()) {
        f.registeredFrom = m_from->date();
        f.registeredTo = m_to->date();
    }
    return f;
}

} // namespace jb::ui
