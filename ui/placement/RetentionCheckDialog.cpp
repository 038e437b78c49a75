#include "ui/placement/RetentionCheckDialog.h"

#include "core/domain/Clock.h"
#include "core/i18n/Language.h"
#include "core/reference/ReferenceNames.h"
#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"
#include "ui/DialogButtons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace jb::ui {

RetentionCheckDialog::RetentionCheckDialog(core::Database& database, const core::FollowUpDue& check, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("retentionCheckDialog"));
    setWindowTitle(tr("Record a retention check"));
    auto* layout = new QVBoxLayout(this);
    // A referral made before posts were recorded (an import, the demo) names only the enterprise.
    const QString where =
        check.postTitle.isEmpty() ? check.enterpriseName : tr("%1 (%2)").arg(check.enterpriseName, check.postTitle);
    auto* about = new QLabel(tr("%1 at %2: the %3-month check after the contract that started on %4.")
                                 .arg(check.workerName, where)
                                 .arg(check.months)
                                 .arg(check.contractStart.toString(Qt::ISODate)),
                             this);
    about->setObjectName(QStringLiteral("checkAbout"));
    about->setWordWrap(true);
    layout->addWidget(about);
    m_employed = new QRadioButton(tr("Still &employed"), this);
    m_employed->setObjectName(QStringLiteral("checkEmployed"));
    m_left = new QRadioButton(tr("&Left the job"), this);
    m_left->setObjectName(QStringLiteral("checkLeft"));
    m_unreached = new QRadioButton(tr("Could &not be reached (the check stays due)"), this);
    m_unreached->setObjectName(QStringLiteral("checkUnreached"));
    m_employed->setChecked(true);
    layout->addWidget(m_employed);
    layout->addWidget(m_left);
    layout->addWidget(m_unreached);

    auto* form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("checkReason"));
    m_reason->addItem(QString());
    if (const auto items = core::ReferenceRepository(database.connection()).items(core::kLeaveReasonList))
        for (const core::ReferenceItem& item : *items)
            m_reason->addItem(core::shownName(item.nameZh, item.nameEn), item.code);
    m_day = new QDateEdit(core::Clock::today(), this);
    m_day->setObjectName(QStringLiteral("checkDay"));
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(core::Clock::today());
    auto* reasonLabel = new QLabel(tr("&Reason for leaving:"), this);
    reasonLabel->setBuddy(m_reason);
    auto* dayLabel = new QLabel(tr("&Day of the check:"), this);
    dayLabel->setBuddy(m_day);
    form->addRow(reasonLabel, m_reason);
    form->addRow(dayLabel, m_day);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(m_buttons);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* b : {m_employed, m_left, m_unreached})
        connect(b, &QRadioButton::toggled, this, &RetentionCheckDialog::updateOk);
    connect(m_reason, qOverload<int>(&QComboBox::currentIndexChanged), this, &RetentionCheckDialog::updateOk);
    setMinimumWidth(460);
    updateOk();
}

core::CheckOutcome RetentionCheckDialog::outcome() const
{
    return m_left->isChecked()        ? core::CheckOutcome::Left
           : m_unreached->isChecked() ? core::CheckOutcome::NotReached
                                      : core::CheckOutcome::StillEmployed;
}

QString RetentionCheckDialog::reasonCode() const
{
    return outcome() == core::CheckOutcome::Left ? m_reason->currentData().toString() : QString();
}

QDate RetentionCheckDialog::day() const
{
    return m_day->date();
}

void RetentionCheckDialog::choose(core::CheckOutcome outcome)
{
    (outcome == core::CheckOutcome::Left         ? m_left
     : outcome == core::CheckOutcome::NotReached ? m_unreached
                                                 : m_employed)
        ->setChecked(true);
}

void RetentionCheckDialog::updateOk()
{
    const bool left = outcome() == core::CheckOutcome::Left;
    m_reason->setEnabled(left);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!left || !reasonCode().isEmpty());
}

} // namespace jb::ui
