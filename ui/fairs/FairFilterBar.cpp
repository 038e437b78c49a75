#include "ui/fairs/FairFilterBar.h"

#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace jb::ui {

namespace {

// The lowest day a period box offers: shown as "any", it leaves that end of the period open.
const QDate kOpen(2000, 1, 1);

} // namespace

FairFilterBar::FairFilterBar(QWidget* parent) : ListFilterBar(QStringLiteral("fairFilterBar"), 6, parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    makeSearch(QStringLiteral("fairSearch"), tr("Search: fair name"), 150);
    layout->addWidget(m_search, 2);

    auto* period = new QLabel(tr("First day"), this);
    layout->addWidget(period);
    m_from = makeDay(QStringLiteral("fairFrom"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    m_to = makeDay(QStringLiteral("fairTo"));
    layout->addWidget(m_to);

    m_org = addCombo(QStringLiteral("fairOrgFilter"), tr("All organisers"));
    m_form = addCombo(QStringLiteral("fairFormFilter"), tr("All forms"));
    for (core::FairForm form :
         {core::FairForm::Offline, core::FairForm::Online, core::FairForm::Livestream, core::FairForm::Mixed})
        m_form->addItem(core::fairFormName(form).text(), static_cast<int>(form));
    m_kind = addCombo(QStringLiteral("fairKindFilter"), tr("All kinds"));
    m_status = addCombo(QStringLiteral("fairStatusFilter"), tr("Any status"));
    for (core::FairStatus status : {core::FairStatus::Planned, core::FairStatus::Held, core::FairStatus::Closed})
        m_status->addItem(core::fairStatusName(status).text(), static_cast<int>(status));
    for (QComboBox* combo : {m_org, m_form, m_kind, m_status})
        layout->addWidget(combo, 1);
}

QDateEdit* FairFilterBar::makeDay(const QString& objectName)
{
    auto* day = new QDateEdit(this);
    day->setObjectName(objectName);
    day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    day->setCalendarPopup(true);
    day->setMinimumDate(kOpen);
    day->setSpecialValueText(tr("any"));
    day->setDate(kOpen);
    connect(day, &QDateEdit::dateChanged, this, &FairFilterBar::changed);
    return day;
}

QString FairFilterBar::load(const core::Database& database)
{
    m_loading = true;
    clear();
    QString error;
    const auto kinds = core::ReferenceRepository(database.connection()).items(QStringLiteral("fair_kind"));
    if (kinds) {
        for (const core::ReferenceItem& item : *kinds)
            m_kind->addItem(chineseUi() ? item.nameZh : item.nameEn, item.code);
    } else {
        error = kinds.error();
    }
    addSubUnits(m_org, database);
    m_loading = false;
    return error;
}

void FairFilterBar::clear()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    clearSearch();
    for (QComboBox* combo : {m_org, m_kind}) {
        while (combo->count() > 1)
            combo->removeItem(combo->count() - 1);
    }
    for (QComboBox* combo : {m_org, m_form, m_kind, m_status})
        combo->setCurrentIndex(0);
    m_from->setDate(kOpen);
    m_to->setDate(kOpen);
    m_loading = wasLoading;
}

core::FairFilter FairFilterBar::filter() const
{
    core::FairFilter f;
    f.nameContains = m_search->text().trimmed();
    if (m_from->date() > kOpen)
        f.from = m_from->date();
    if (m_to->date() > kOpen)
        f.to = m_to->date();
    f.organiserId = chosen(m_org).value_or(0);
    if (m_form->currentIndex() > 0)
        f.form = static_cast<core::FairForm>(m_form->currentData().toInt());
    if (m_kind->currentIndex() > 0)
        f.kindCode = m_kind->currentData().toString();
    if (m_status->currentIndex() > 0)
        f.status = static_cast<core::FairStatus>(m_status->currentData().toInt());
    return f;
}

} // namespace jb::ui
