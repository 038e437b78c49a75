#include "ui/audit/AuditFilterBar.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace jb::ui {

namespace {

// The earliest day a date box offers; showing it means "no limit" (the box's special text).
const QDate kOpenEnd(2000, 1, 1);

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent) : ListFilterBar(QStringLiteral("auditFilters"), 10, parent)
{
    makeSearch(QStringLiteral("auditSearch"), tr("Record: a name, or words of the note"), 220);
    m_officer = addCombo(QStringLiteral("auditOfficer"), tr("All officers"));
    m_action = addCombo(QStringLiteral("auditAction"), tr("All actions"));
    for (core::AuditAction a : core::auditActions())
        m_action->addItem(core::auditActionName(a).text(), static_cast<int>(a));
    m_from = makeDate(QStringLiteral("auditFrom"));
    m_to = makeDate(QStringLiteral("auditTo"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_officer);
    layout->addWidget(m_action);
    auto* from = new QLabel(tr("From"), this);
    from->setBuddy(m_from);
    layout->addWidget(from);
    layout->addWidget(m_from);
    auto* to = new QLabel(tr("to"), this);
    to->setBuddy(m_to);
    layout->addWidget(to);
    layout->addWidget(m_to);
    layout->addStretch(1);
}

QDateEdit* AuditFilterBar::makeDate(const QString& objectName)
{
    auto* edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kOpenEnd);
    edit->setSpecialValueText(tr("any day"));
    edit->setDate(kOpenEnd);
    connect(edit, &QDateEdit::dateChanged, this, &AuditFilterBar::changed);
    return edit;
}

QDate AuditFilterBar::chosenDate(const QDateEdit* edit)
{
    return edit->date() == kOpenEnd ? QDate() : edit->date();
}

void AuditFilterBar::load(const core::Database& database)
{
    m_loading = true;
    const QString kept = m_officer->currentIndex() > 0 ? m_officer->currentData().toString() : QString();
    while (m_officer->count() > 1)
        m_officer->removeItem(1);
    if (const auto officers = core::AuditQuery::officers(database.connection()))
        for (const QString& name : *officers)
            m_officer->addItem(core::shownOfficer(name), name);
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(kept)));
    m_loading = false;
}

void AuditFilterBar::clear()
{
    m_loading = true;
    clearSearch();
    while (m_officer->count() > 1)
        m_officer->removeItem(1);
    m_action->setCurrentIndex(0);
    m_from->setDate(kOpenEnd);
    m_to->setDate(kOpenEnd);
    m_loading = false;
}

core::AuditFilter AuditFilterBar::filter() const
{
    core::AuditFilter f;
    f.recordText = m_search->text().trimmed();
    if (m_officer->currentIndex() > 0)
        f.officer = m_officer->currentData().toString();
    if (m_action->currentIndex() > 0)
        f.action = static_cast<core::AuditAction>(m_action->currentData().toInt());
    f.from = chosenDate(m_from);
    f.to = chosenDate(m_to);
    return f;
}

} // namespace jb::ui
