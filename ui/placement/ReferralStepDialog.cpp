#include "ui/placement/ReferralStepDialog.h"

#include "core/domain/Clock.h"
#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"
#include "ui/DialogButtons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

using core::ReferralStage;

int rank(ReferralStage s)
{
    return static_cast<int>(s);
}

QDateEdit* dayEdit(const QString& objectName, QWidget* parent)
{
    auto* day = new QDateEdit(core::Clock::today(), parent);
    day->setObjectName(objectName);
    day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    day->setCalendarPopup(true);
    return day;
}

QString titleOf(ReferralStepDialog::Kind kind)
{
    switch (kind) {
    case ReferralStepDialog::Kind::Advance:
        return ReferralStepDialog::tr("Move to the next stage");
    case ReferralStepDialog::Kind::Contract:
        return ReferralStepDialog::tr("Record a contract");
    case ReferralStepDialog::Kind::Exit:
        return ReferralStepDialog::tr("End the referral");
    case ReferralStepDialog::Kind::Leave:
        return ReferralStepDialog::tr("Record leaving the job");
    case ReferralStepDialog::Kind::Correct:
        return ReferralStepDialog::tr("Correct the stage");
    }
    return {};
}

} // namespace

ReferralStepDialog::ReferralStepDialog(Kind kind, core::Database& database, const core::ReferralRow& referral,
                                       const QVector<core::TimelineEntry>& timeline, QWidget* parent)
    : QDialog(parent), m_kind(kind), m_database(database), m_referral(referral), m_timeline(timeline)
{
    setObjectName(QStringLiteral("referralStepDialog"));
    setWindowTitle(titleOf(kind));
    auto* layout = new QVBoxLayout(this);
    auto* who =
        new QLabel(tr("%1 → %2, %3 (now: %4)")
                       .arg(referral.workerName, referral.postTitle, referral.enterpriseName, referral.stageText()),
                   this);
    who->setObjectName(QStringLiteral("stepReferral"));
    who->setWordWrap(true);
    layout->addWidget(who);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_day = dayEdit(QStringLiteral("stepDay"), this);
    m_day->setMaximumDate(core::Clock::today());
    switch (kind) {
    case Kind::Advance:
        buildAdvance();
        break;
    case Kind::Contract:
        buildContract();
        break;
    case Kind::Exit:
        buildExit();
        break;
    case Kind::Leave:
        buildLeave();
        break;
    case Kind::Correct:
        buildCorrect();
        break;
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralStepDialog::tryApply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void ReferralStepDialog::buildAdvance()
{
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stepStage"));
    const std::optional<ReferralStage> now = core::referralStageFromKey(m_referral.stage);
    for (ReferralStage next : {ReferralStage::Interviewed, ReferralStage::Intention})
        if (now && core::stageMayFollow(*now, next))
            m_stage->addItem(core::referralStageName(next).text(), rank(next));
    m_form->addRow(tr("&Stage"), m_stage);
    m_form->addRow(tr("&Day"), m_day);
}

void ReferralStepDialog::buildContract()
{
    m_starts = dayEdit(QStringLiteral("stepStarts"), this);
    m_wage = new QSpinBox(this);
    m_wage->setObjectName(QStringLiteral("stepWage"));
    m_wage->setRange(0, 200000);
    m_wage->setSingleStep(100);
    m_wage->setSuffix(tr(" yuan"));
    m_wage->setSpecialValueText(tr("not given"));
    m_term = new QSpinBox(this);
    m_term->setObjectName(QStringLiteral("stepTerm"));
    m_term->setRange(0, 120);
    m_term->setSuffix(tr(" months"));
    m_term->setSpecialValueText(tr("not given"));
    m_form->addRow(tr("Signed &on"), m_day);
    m_form->addRow(tr("&Starts on"), m_starts);
    m_form->addRow(tr("Monthly &wage"), m_wage);
    m_form->addRow(tr("&Term"), m_term);
}

void ReferralStepDialog::buildExit()
{
    m_exit = new QComboBox(this);
    m_exit->setObjectName(QStringLiteral("stepExit"));
    for (core::ReferralExit e :
         {core::ReferralExit::Declined, core::ReferralExit::Rejected, core::ReferralExit::Withdrawn})
        m_exit->addItem(core::referralExitName(e).text(), static_cast<int>(e));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("stepReason"));
    connect(m_exit, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { fillReasons(core::exitReasonList(exit())); });
    fillReasons(core::exitReasonList(exit()));
    m_form->addRow(tr("&Ended by"), m_exit);
    m_form->addRow(tr("&Reason"), m_reason);
    m_form->addRow(tr("&Day"), m_day);
}

void ReferralStepDialog::buildLeave()
{
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("stepReason"));
    fillReasons(core::kLeaveReasonList);
    m_form->addRow(tr("&Reason"), m_reason);
    m_form->addRow(tr("&Day"), m_day);
}

void ReferralStepDialog::buildCorrect()
{
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stepStage"));
    const std::optional<ReferralStage> now = core::referralStageFromKey(m_referral.stage);
    const bool ended = !m_referral.exit.isEmpty();
    for (int r = rank(ReferralStage::Recommended); now && r <= rank(*now); ++r) {
        const auto stage = static_cast<ReferralStage>(r);
        const bool reached = std::any_of(m_timeline.cbegin(), m_timeline.cend(), [&](const core::TimelineEntry& e) {
            return e.kind == core::TimelineEntry::Kind::Stage && e.key == core::referralStageKey(stage);
        });
        // Back to a stage it reached; its current stage too when it ended by an exit (that reopens it).
        if (reached && (r < rank(*now) || ended))
            m_stage->insertItem(0, core::referralStageName(stage).text(), r);
    }
    m_stage->setCurrentIndex(0);
    m_removed = new QLabel(this);
    m_removed->setObjectName(QStringLiteral("stepRemoved"));
    m_removed->setWordWrap(true);
    connect(m_stage, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReferralStepDialog::showRemoved);
    m_form->addRow(tr("Back &to"), m_stage);
    m_form->addRow(m_removed);
    m_day->hide(); // the stage keeps the day it was first reached
    showRemoved();
}

void ReferralStepDialog::fillReasons(const QString& list)
{
    m_reason->clear();
    const auto items = core::ReferenceRepository(m_database.connection()).items(list); // active values only
    if (!items)
        return;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const core::ReferenceItem& item : *items)
        m_reason->addItem(chinese ? item.nameZh : item.nameEn, item.code);
}

QString ReferralStepDialog::removedText() const
{
    if (!m_stage || m_stage->count() == 0)
        return tr("There is no earlier stage to go back to.");
    const int to = m_stage->currentData().toInt();
    QStringList removed;
    for (const core::TimelineEntry& e : m_timeline) {
        const std::optional<ReferralStage> s = core::referralStageFromKey(e.key);
        if ((e.kind == core::TimelineEntry::Kind::Stage && s && rank(*s) > to) ||
            e.kind == core::TimelineEntry::Kind::Exit)
            removed << QStringLiteral("%1 (%2)").arg(e.what, e.day.toString(Qt::ISODate));
    }
    if (removed.isEmpty())
        return tr("Nothing recorded is removed; the referral is at “%1” again.").arg(m_stage->currentText());
    return tr("This removes: %1. Every figure follows the correction; Edit ▸ Undo puts it back.")
        .arg(removed.join(QStringLiteral(", ")));
}

void ReferralStepDialog::showRemoved()
{
    m_removed->setText(removedText());
}

QDate ReferralStepDialog::day() const
{
    return m_day->date();
}

ReferralStage ReferralStepDialog::stage() const
{
    return static_cast<ReferralStage>(m_stage ? m_stage->currentData().toInt() : 0);
}

core::ReferralExit ReferralStepDialog::exit() const
{
    return static_cast<core::ReferralExit>(m_exit ? m_exit->currentData().toInt() : 0);
}

QString ReferralStepDialog::reasonCode() const
{
    return m_reason ? m_reason->currentData().toString() : QString();
}

core::ContractTerms ReferralStepDialog::terms() const
{
    core::ContractTerms t;
    if (m_starts)
        t.startsOn = m_starts->date();
    if (m_wage && m_wage->value() > 0)
        t.monthlyWage = m_wage->value();
    if (m_term && m_term->value() > 0)
        t.termMonths = m_term->value();
    return t;
}

void ReferralStepDialog::tryApply()
{
    if ((m_stage && m_stage->count() == 0) || !m_apply) {
        m_error->setText(m_stage ? removedText() : QString());
        m_error->setVisible(!m_error->text().isEmpty());
        return;
    }
    const QString refused = m_apply();
    if (refused.isEmpty()) {
        accept();
        return;
    }
    m_error->setText(refused);
    m_error->show();
}

} // namespace jb::ui
