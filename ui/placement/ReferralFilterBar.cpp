#include "ui/placement/ReferralFilterBar.h"

#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace jb::ui {

namespace {

// The lowest day a period box offers: shown as "any", it leaves that end of the period open.
const QDate kOpen(2000, 1, 1);

} // namespace

ReferralFilterBar::ReferralFilterBar(QWidget* parent) : ListFilterBar(QStringLiteral("referralFilterBar"), 6, parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_stage = addCombo(QStringLiteral("referralStageFilter"),
                       core::referralListStageName(core::ReferralListStage::Any).text());
    for (int s = 1; s < static_cast<int>(core::ReferralListStage::Count); ++s)
        m_stage->addItem(core::referralListStageName(static_cast<core::ReferralListStage>(s)).text(), s);
    m_keyGroup = addCombo(QStringLiteral("referralKeyGroupFilter"), tr("All key groups"));
    m_officer = addCombo(QStringLiteral("referralOfficerFilter"), tr("All officers"));
    for (QComboBox* combo : {m_stage, m_keyGroup, m_officer})
        layout->addWidget(combo, 1);

    layout->addWidget(new QLabel(tr("Stage day"), this));
    m_from = makeDay(QStringLiteral("referralFrom"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    m_to = makeDay(QStringLiteral("referralTo"));
    layout->addWidget(m_to);

    m_followUp = new QCheckBox(tr("&Follow-up due"), this);
    m_followUp->setObjectName(QStringLiteral("referralFollowUpFilter"));
    m_followUp->setToolTip(tr("Contracts whose retention check is due"));
    m_stale = new QCheckBox(tr("S&tale"), this);
    m_stale->setObjectName(QStringLiteral("referralStaleFilter"));
    m_stale->setToolTip(tr("Open referrals with no change for the stale days set on the Settings page"));
    for (QCheckBox* box : {m_followUp, m_stale}) {
        connect(box, &QCheckBox::toggled, this, &ReferralFilterBar::changed);
        layout->addWidget(box);
    }

    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("referralScope"));
    layout->addWidget(m_scope);
    m_everyone = new QPushButton(tr("&Everyone"), this);
    m_everyone->setObjectName(QStringLiteral("referralEveryone"));
    m_everyone->setToolTip(tr("Lists the referrals of every enterprise and person again"));
    connect(m_everyone, &QPushButton::clicked, this, [this] {
        m_enterpriseId = m_workerId = 0;
        showScope();
        changed();
    });
    layout->addWidget(m_everyone);
    showScope();
}

QDateEdit* ReferralFilterBar::makeDay(const QString& objectName)
{
    auto* day = new QDateEdit(this);
    day->setObjectName(objectName);
    day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    day->setCalendarPopup(true);
    day->setMinimumDate(kOpen);
    day->setSpecialValueText(tr("any"));
    day->setDate(kOpen);
    connect(day, &QDateEdit::dateChanged, this, &ReferralFilterBar::changed);
    return day;
}

QString ReferralFilterBar::load(const core::Database& database)
{
    m_loading = true;
    clear();
    QString error;
    const auto groups = core::ReferenceRepository(database.connection()).items(QStringLiteral("key_group"));
    if (groups) {
        for (const core::ReferenceItem& item : *groups)
            m_keyGroup->addItem(chineseUi() ? item.nameZh : item.nameEn, item.id);
    } else {
        error = groups.error();
    }
    const core::Expected<QStringList> officers = core::referralOfficers(database.connection());
    if (officers) {
        for (const QString& officer : *officers)
            m_officer->addItem(officer); // a name, shown as typed (no stored code behind it)
    } else if (error.isEmpty()) {
        error = officers.error();
    }
    m_loading = false;
    return error;
}

void ReferralFilterBar::clear()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    for (QComboBox* combo : {m_keyGroup, m_officer})
        while (combo->count() > 1)
            combo->removeItem(combo->count() - 1);
    for (QComboBox* combo : {m_stage, m_keyGroup, m_officer})
        combo->setCurrentIndex(0);
    m_from->setDate(kOpen);
    m_to->setDate(kOpen);
    m_followUp->setChecked(false);
    m_stale->setChecked(false);
    m_enterpriseId = m_workerId = 0;
    showScope();
    m_loading = wasLoading;
}

core::ReferralFilter ReferralFilterBar::filter() const
{
    core::ReferralFilter f;
    f.stage = static_cast<core::ReferralListStage>(m_stage->currentIndex() > 0 ? m_stage->currentData().toInt() : 0);
    f.keyGroupId = chosen(m_keyGroup).value_or(0);
    if (m_officer->currentIndex() > 0)
        f.officer = m_officer->currentText();
    if (m_from->date() > kOpen)
        f.from = m_from->date();
    if (m_to->date() > kOpen)
        f.to = m_to->date();
    f.followUpDue = m_followUp->isChecked();
    f.stale = m_stale->isChecked();
    f.enterpriseId = m_enterpriseId;
    f.workerId = m_workerId;
    return f;
}

void ReferralFilterBar::setEnterprise(qint64 enterpriseId, const QString& name)
{
    m_enterpriseId = enterpriseId;
    m_workerId = 0;
    m_scopeName = name;
    showScope();
    changed();
}

void ReferralFilterBar::setWorker(qint64 workerId, const QString& name)
{
    m_workerId = workerId;
    m_enterpriseId = 0;
    m_scopeName = name;
    showScope();
    changed();
}

void ReferralFilterBar::chooseStage(core::ReferralListStage stage)
{
    m_stage->setCurrentIndex(static_cast<int>(stage));
}

void ReferralFilterBar::showScope()
{
    const bool scoped = m_enterpriseId > 0 || m_workerId > 0;
    m_scope->setText(!scoped              ? QString()
                     : m_enterpriseId > 0 ? tr("Enterprise: %1").arg(m_scopeName)
                                          : tr("Person: %1").arg(m_scopeName));
    m_scope->setVisible(scoped);
    m_everyone->setVisible(scoped);
}

} // namespace jb::ui
