#include "ui/placement/FollowUpsView.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "ui/placement/ReadAgainOnUndo.h"
#include "ui/placement/ReferralCommand.h"
#include "ui/placement/RetentionCheckDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headings, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headings.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, qint64 referralId)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, referralId);
        table->setItem(row, column, item);
    }
}

qint64 chosenReferral(const QTableWidget* table)
{
    const QList<QTableWidgetItem*> items = table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

} // namespace

FollowUpsView::FollowUpsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("followUpsView"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);

    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_checksHeading = new QLabel(top);
    m_checksHeading->setObjectName(QStringLiteral("checksHeading"));
    topLayout->addWidget(m_checksHeading);
    m_checks = makeTable(QStringLiteral("followUpChecks"),
                         {tr("Name"), tr("Enterprise"), tr("Post"), tr("Contract started"), tr("Check"), tr("Due on"),
                          tr("Days since due"), tr("Not reached before")},
                         top);
    topLayout->addWidget(m_checks, 1);
    auto* checkButtons = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record the check…"), top);
    m_record->setObjectName(QStringLiteral("followUpRecord"));
    m_openCheck = new QPushButton(tr("&Open the referral"), top);
    m_openCheck->setObjectName(QStringLiteral("followUpOpen"));
    checkButtons->addWidget(m_record);
    checkButtons->addWidget(m_openCheck);
    checkButtons->addStretch(1);
    topLayout->addLayout(checkButtons);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_staleHeading = new QLabel(bottom);
    m_staleHeading->setObjectName(QStringLiteral("staleHeading"));
    bottomLayout->addWidget(m_staleHeading);
    m_stale = makeTable(QStringLiteral("staleReferrals"),
                        {tr("Name"), tr("Post"), tr("Stage"), tr("Since"), tr("Days without a change")}, bottom);
    bottomLayout->addWidget(m_stale, 1);
    auto* staleButtons = new QHBoxLayout;
    m_openStale = new QPushButton(tr("O&pen this referral"), bottom);
    m_openStale->setObjectName(QStringLiteral("staleOpen"));
    staleButtons->addWidget(m_openStale);
    staleButtons->addStretch(1);
    bottomLayout->addLayout(staleButtons);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    layout->addWidget(splitter, 1);

    connect(m_checks, &QTableWidget::itemSelectionChanged, this, &FollowUpsView::updateActions);
    connect(m_stale, &QTableWidget::itemSelectionChanged, this, &FollowUpsView::updateActions);
    connect(m_record, &QPushButton::clicked, this, &FollowUpsView::askCheck);
    connect(m_checks, &QTableWidget::itemActivated, this, [this] {
        if (!m_readOnly)
            askCheck();
    });
    connect(m_openCheck, &QPushButton::clicked, this, [this] {
        if (const qint64 id = chosenReferral(m_checks))
            emit referralOpenRequested(id);
    });
    auto openStale = [this] {
        if (const qint64 id = chosenReferral(m_stale))
            emit referralOpenRequested(id);
    };
    connect(m_openStale, &QPushButton::clicked, this, openStale);
    connect(m_stale, &QTableWidget::itemActivated, this, openStale);
    clearFile();
}

void FollowUpsView::showFile(core::Database& database)
{
    m_database = &database;
    refresh();
}

void FollowUpsView::clearFile()
{
    m_database = nullptr;
    m_due.clear();
    m_staleRows.clear();
    fillChecks();
    fillStale();
}

void FollowUpsView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void FollowUpsView::setUndoStack(QUndoStack* stack)
{
    // An undo or redo elsewhere may refer or un-refer someone shown here.
    followUndoStack(
        this, m_stack, stack, [this] { return m_database != nullptr; }, [this] { refresh(); }, m_outdated);
}

void FollowUpsView::refresh()
{
    m_due.clear();
    m_staleRows.clear();
    if (m_database) {
        const auto db = m_database->connection();
        const QDate today = core::Clock::today();
        if (const auto due = core::followUpsDue(db, today))
            m_due = *due;
        else
            emit errorOccurred(due.error());
        if (const auto stale = core::staleReferrals(db, today))
            m_staleRows = *stale;
        else
            emit errorOccurred(stale.error());
    }
    fillChecks();
    fillStale();
}

void FollowUpsView::fillChecks()
{
    const QSignalBlocker quiet(m_checks);
    const QDate today = core::Clock::today();
    m_checks->setRowCount(static_cast<int>(m_due.size()));
    for (int row = 0; row < m_due.size(); ++row) {
        const core::FollowUpDue& d = m_due.at(row);
        setRow(m_checks, row,
               {d.workerName, d.enterpriseName, d.postTitle, d.contractStart.toString(Qt::ISODate),
                tr("%1 months").arg(d.months), d.dueOn.toString(Qt::ISODate), QString::number(d.dueOn.daysTo(today)),
                d.attempts ? tr("%1 times").arg(d.attempts) : QString()},
               d.referralId);
    }
    m_checks->resizeColumnsToContents();
    m_checksHeading->setText(tr("Retention checks due: %1").arg(m_due.size()));
    if (!m_due.isEmpty())
        m_checks->selectRow(0);
    updateActions();
}

void FollowUpsView::fillStale()
{
    const QSignalBlocker quiet(m_stale);
    m_stale->setRowCount(static_cast<int>(m_staleRows.size()));
    for (int row = 0; row < m_staleRows.size(); ++row) {
        const core::StaleReferral& s = m_staleRows.at(row);
        const auto stage = core::referralStageFromKey(s.stage);
        setRow(m_stale, row,
               {s.workerName, s.postTitle, stage ? core::referralStageName(*stage).text() : s.stage,
                s.stageOn.toString(Qt::ISODate), QString::number(s.daysAtStage)},
               s.referralId);
    }
    m_stale->resizeColumnsToContents();
    m_staleHeading->setText(tr("Referrals without a change for too long (stale): %1").arg(m_staleRows.size()));
    updateActions();
}

const core::FollowUpDue* FollowUpsView::chosenCheck() const
{
    const int row = m_checks->currentRow();
    return m_checks->selectionModel()->hasSelection() && row >= 0 && row < m_due.size() ? &m_due.at(row) : nullptr;
}

void FollowUpsView::updateActions()
{
    m_record->setEnabled(m_database && chosenCheck() && !m_readOnly);
    m_openCheck->setEnabled(chosenCheck() != nullptr);
    m_openStale->setEnabled(chosenReferral(m_stale) != 0);
}

void FollowUpsView::askCheck()
{
    const core::FollowUpDue* check = chosenCheck();
    if (!check || !m_database || m_readOnly)
        return;
    RetentionCheckDialog dialog(*m_database, *check, this);
    if (dialog.exec() == QDialog::Accepted)
        recordCheck(dialog.outcome(), dialog.day(), dialog.reasonCode());
}

bool FollowUpsView::recordCheck(core::CheckOutcome outcome, const QDate& day, const QString& reasonCode)
{
    const core::FollowUpDue* check = chosenCheck();
    if (!check || !m_database || m_readOnly)
        return false;
    const auto db = m_database->connection();
    const qint64 referral = check->referralId;
    const int months = check->months;
    const QString text = tr("Record the %1-month check of %2").arg(months).arg(check->workerName);
    const auto recorded = ReferralCommand::apply(
        m_stack, *m_database, text,
        [db, referral, months, outcome, day, reasonCode] {
            return core::recordRetentionCheck(db, referral, months, outcome, day, reasonCode);
        },
        [this](const QString& message) { emit errorOccurred(message); });
    if (!recorded) {
        emit errorOccurred(recorded.error());
        return false;
    }
    emit statusMessage(text);
    if (!m_stack)
        refresh();
    return true;
}

void FollowUpsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_outdated) {
        m_outdated = false;
        refresh();
    }
}

} // namespace jb::ui
