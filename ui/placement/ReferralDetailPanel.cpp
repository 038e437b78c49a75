#include "ui/placement/ReferralDetailPanel.h"

#include "core/storage/Database.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jb::ui {

using Kind = ReferralStepDialog::Kind;

ReferralDetailPanel::ReferralDetailPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("referralDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("referralHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("referralStage"));
    m_stage->setWordWrap(true);
    layout->addWidget(m_stage);

    m_buttons = new QGridLayout;
    m_next = addButton(QStringLiteral("referralNext"), tr("&Next stage…"),
                       tr("Interviewed or intention reached, with the day"));
    m_contract = addButton(QStringLiteral("referralContract"), tr("&Contract…"),
                           tr("Contract signed: start date, monthly wage and term"));
    m_exit = addButton(QStringLiteral("referralExit"), tr("E&xit…"),
                       tr("Declined by the worker, rejected by the employer or withdrawn, with a reason"));
    m_leave = addButton(QStringLiteral("referralLeave"), tr("&Left the job…"), tr("The person left: day and reason"));
    m_correct = addButton(QStringLiteral("referralCorrect"), tr("Co&rrect…"),
                          tr("Back to an earlier stage; says what is removed"));
    m_person =
        addButton(QStringLiteral("referralPerson"), tr("Open &person"), tr("Shows the person on the Workers page"));
    layout->addLayout(m_buttons);
    connect(m_next, &QPushButton::clicked, this, [this] { emit actionRequested(Kind::Advance, referralId()); });
    connect(m_contract, &QPushButton::clicked, this, [this] { emit actionRequested(Kind::Contract, referralId()); });
    connect(m_exit, &QPushButton::clicked, this, [this] { emit actionRequested(Kind::Exit, referralId()); });
    connect(m_leave, &QPushButton::clicked, this, [this] { emit actionRequested(Kind::Leave, referralId()); });
    connect(m_correct, &QPushButton::clicked, this, [this] { emit actionRequested(Kind::Correct, referralId()); });
    connect(m_person, &QPushButton::clicked, this, [this] {
        if (m_row)
            emit personRequested(m_row->workerId);
    });

    auto* history = new QLabel(tr("Stage history"), this);
    history->setStyleSheet(QStringLiteral("font-weight: bold; margin-top: 6px;"));
    layout->addWidget(history);
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("referralTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setHeaderLabels({tr("Day"), tr("What"), tr("Details"), tr("Officer"), tr("Recorded")});
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    layout->addWidget(m_timeline, 1);
    showReferral(0);
}

QPushButton* ReferralDetailPanel::addButton(const QString& objectName, const QString& text, const QString& tip)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    const int n = m_buttons->count();
    m_buttons->addWidget(button, n / 3, n % 3);
    return button;
}

QPushButton* ReferralDetailPanel::button(Kind kind) const
{
    switch (kind) {
    case Kind::Advance:
        return m_next;
    case Kind::Contract:
        return m_contract;
    case Kind::Exit:
        return m_exit;
    case Kind::Leave:
        return m_leave;
    case Kind::Correct:
        return m_correct;
    }
    return nullptr;
}

void ReferralDetailPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    enableActions();
}

void ReferralDetailPanel::showReferral(qint64 referralId)
{
    m_row.reset();
    m_timeline->clear();
    if (m_database && referralId > 0) {
        const core::Expected<core::ReferralRow> row = core::referralRow(m_database->connection(), referralId);
        if (row)
            m_row = *row;
        else
            emit failed(row.error());
    }
    if (!m_row) {
        m_heading->setText(tr("Choose a referral in the list"));
        m_stage->clear();
        enableActions();
        return;
    }
    m_heading->setText(tr("%1 → %2, %3").arg(m_row->workerName, m_row->postTitle, m_row->enterpriseName));
    m_stage->setText(
        tr("Now: %1 since %2 · ID %3 · referred by %4")
            .arg(m_row->stageText(), m_row->stageOn.toString(Qt::ISODate), m_row->residentId, m_row->officer));
    const core::Expected<QVector<core::TimelineEntry>> events =
        core::referralTimeline(m_database->connection(), referralId);
    if (!events)
        emit failed(events.error());
    for (const core::TimelineEntry& e : events ? *events : QVector<core::TimelineEntry>()) {
        auto* item =
            new QTreeWidgetItem(m_timeline, {e.day.toString(Qt::ISODate), e.what, e.detail, e.officer, e.recordedAt});
        if (e.kind != core::TimelineEntry::Kind::Stage && e.kind != core::TimelineEntry::Kind::Check)
            for (int c = 0; c < 5; ++c)
                item->setForeground(c, QColor(e.kind == core::TimelineEntry::Kind::Exit ? 0xb0 : 0x55, 0x55, 0x55));
    }
    enableActions();
}

void ReferralDetailPanel::enableActions()
{
    const bool can = m_row && m_database && !m_readOnly;
    const bool open = can && m_row->exit.isEmpty();
    const QString stage = m_row ? m_row->stage : QString();
    const bool beforeContract = stage == QLatin1String("recommended") || stage == QLatin1String("interviewed") ||
                                stage == QLatin1String("intention");
    m_next->setEnabled(open && (stage == QLatin1String("recommended") || stage == QLatin1String("interviewed")));
    m_contract->setEnabled(open && stage == QLatin1String("intention"));
    m_exit->setEnabled(open && beforeContract);
    m_leave->setEnabled(open && stage == QLatin1String("contract"));
    m_correct->setEnabled(can && (stage != QLatin1String("recommended") || !m_row->exit.isEmpty()));
    m_person->setEnabled(m_row.has_value());
}

} // namespace jb::ui
