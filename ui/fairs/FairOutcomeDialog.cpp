#include "ui/fairs/FairOutcomeDialog.h"

#include "core/fairs/FairList.h"
#include "core/fairs/FairRecord.h"
#include "core/storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

FairOutcomeDialog::FairOutcomeDialog(core::Database& database, qint64 fairId, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("fairOutcomeDialog"));
    setWindowTitle(tr("Record an intention or contract"));
    const auto db = database.connection();
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("outcomePerson"));
    m_post = new QComboBox(this);
    m_post->setObjectName(QStringLiteral("outcomePost"));
    QStringList problems;
    if (const auto people = core::fairPeople(db, fairId)) {
        for (const core::FairPersonRow& p : *people)
            m_person->addItem(QStringLiteral("%1  %2").arg(p.name, p.maskedId), p.workerId);
    } else {
        problems << people.error();
    }
    if (const auto posts = core::fairPosts(db, fairId)) {
        for (const core::FairPostRow& p : *posts)
            m_post->addItem(QStringLiteral("%1 — %2").arg(p.enterpriseName, p.title), p.vacancyId);
    } else {
        problems << posts.error();
    }
    m_contract = new QCheckBox(tr("Contract signed on site"), this);
    m_contract->setObjectName(QStringLiteral("outcomeContract"));
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("outcomeDay"));
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setCalendarPopup(true);
    if (const auto fair = core::loadFair(db, fairId)) {
        m_day->setDateRange(fair->details.firstDay, fair->details.lastDayOrFirst());
        m_day->setDate(fair->details.firstDay);
    }
    form->addRow(tr("Person"), m_person);
    form->addRow(tr("Post"), m_post);
    form->addRow(QString(), m_contract);
    form->addRow(tr("Day"), m_day);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("Choose among the people and posts recorded at the fair; add them first in their "
                               "tabs. The intention is a referral with the fair as its source and moves on "
                               "through the pipeline like any other."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(hint);
    if (!problems.isEmpty())
        layout->addWidget(new QLabel(problems.join(QLatin1Char('\n')), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_person->count() > 0 && m_post->count() > 0);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

qint64 FairOutcomeDialog::workerId() const
{
    return m_person->currentData().toLongLong();
}

qint64 FairOutcomeDialog::vacancyId() const
{
    return m_post->currentData().toLongLong();
}

core::FairOutcome FairOutcomeDialog::outcome() const
{
    return m_contract->isChecked() ? core::FairOutcome::Contract : core::FairOutcome::Intention;
}

QDate FairOutcomeDialog::day() const
{
    return m_day->date();
}

} // namespace jb::ui
