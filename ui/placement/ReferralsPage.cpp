#include "ui/placement/ReferralsPage.h"

#include "core/lists/ReferralListExport.h"
#include "core/placement/ReferralList.h"
#include "core/storage/Database.h"
#include "documents/ListXlsx.h"
#include "ui/lists/ListExportButton.h"
#include "ui/lists/ListTable.h"
#include "ui/placement/FollowUpsView.h"
#include "ui/placement/MatchView.h"
#include "ui/placement/PromiseListView.h"
#include "ui/placement/ReferralActions.h"
#include "ui/placement/ReferralDetailPanel.h"
#include "ui/placement/ReferralFilterBar.h"
#include "ui/placement/ReferralTableModel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jb::ui {

ReferralsPage::ReferralsPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("referrals"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    auto* header = new QHBoxLayout;
    header->addWidget(makeHeading(title(), this));
    m_count = ListTable::makeCountLabel(QStringLiteral("referralCount"), this);
    header->addSpacing(12);
    header->addWidget(m_count);
    header->addStretch(1);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("referralTabs"));
    layout->addWidget(m_tabs, 1);
    auto* list = new QWidget(m_tabs);
    list->setObjectName(QStringLiteral("referralListTab"));
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(6, 6, 6, 6);
    m_filters = new ReferralFilterBar(list);
    connect(m_filters, &ReferralFilterBar::filterChanged, this, &ReferralsPage::applyFilter);
    listLayout->addWidget(m_filters);
    auto* splitter = new QSplitter(Qt::Horizontal, list);
    splitter->setObjectName(QStringLiteral("referralSplitter"));
    m_model = new ReferralTableModel(this);
    connect(m_model, &ReferralTableModel::failed, this, &Page::errorOccurred);
    connect(m_model, &ReferralTableModel::totalChanged, this, &ReferralsPage::showCount);
    m_table = ListTable::make(QStringLiteral("referralTable"), m_model, static_cast<int>(core::ReferralColumn::StageOn),
                              Qt::DescendingOrder, 56, splitter);
    ListTable::setColumnWidths(*m_table, {{0, 72}, {1, 150}, {2, 150}, {3, 110}, {4, 88}, {5, 88}, {6, 72}});
    m_detail = new ReferralDetailPanel(splitter);
    connect(m_detail, &ReferralDetailPanel::failed, this, &Page::errorOccurred);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->showReferral(current.isValid() ? m_model->referralId(current.row()) : 0);
            });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 460});
    listLayout->addWidget(splitter, 1);
    m_tabs->addTab(list, tr("Referral l&ist"));

    m_actions = new ReferralActions(this);
    connect(m_actions, &ReferralActions::failed, this, &Page::errorOccurred);
    // With the window's undo stack the window calls recordsEdited() after the push; the page then shows the referral.
    connect(m_actions, &ReferralActions::applied, this, [this](qint64 referralId) {
        if (!undoStack())
            recordsEdited();
        showReferral(referralId);
    });
    connect(m_actions, &ReferralActions::redone, m_detail, &ReferralDetailPanel::showReferral);
    connect(m_detail, &ReferralDetailPanel::actionRequested, m_actions, &ReferralActions::open);
    connect(m_detail, &ReferralDetailPanel::personRequested, this,
            [this](qint64 workerId) { emit recordOpenRequested(core::RecordKind::Worker, workerId); });
    addPlacementViews();
    addExporter(header);
    showCount();
}

// The list's export sits in the heading row, shown beside the list's tab only: it writes the list as filtered and
// sorted there.
void ReferralsPage::addExporter(QHBoxLayout* header)
{
    m_exporter = new ListExportButton(
        // Alt+X is the detail's 结束 (exit).
        QStringLiteral("Referrals"), {tr("Export the referral list"), tr("referrals"), tr("Exp&ort")}, true,
        [this](const QString& path, bool unmasked, const QString& reason) {
            const core::ReferralFilter filter = m_filters->filter();
            const core::ReferralSort sort = m_model->sortOrder();
            if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
                report::ListXlsxSink sink(path, core::ReferralListExport::columnWidths());
                return core::ReferralListExport::write(m_database->connection(), filter, sort, sink, unmasked, path,
                                                       reason);
            }
            return core::ReferralListExport::writeCsv(m_database->connection(), filter, sort, path, unmasked, reason);
        },
        this);
    connect(m_exporter, &ListExportButton::statusMessage, this, &Page::statusMessage);
    connect(m_exporter, &ListExportButton::errorOccurred, this, &Page::errorOccurred);
    header->addWidget(m_exporter);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { m_exporter->setVisible(index == 0); });
}

void ReferralsPage::addPlacementViews()
{
    m_match = new MatchView(m_tabs);
    addTab(m_match, tr("&Matching"));
    m_promiseList = new PromiseListView(m_tabs);
    addTab(m_promiseList, tr("One-wee&k promise"));
    m_followUps = new FollowUpsView(m_tabs);
    addTab(m_followUps, tr("Follow-ups and sta&gnant"));
    const auto openWorker = [this](qint64 workerId) { emit recordOpenRequested(core::RecordKind::Worker, workerId); };
    const auto openReferral = [this](qint64 referralId) {
        m_tabs->setCurrentIndex(0);
        showReferral(referralId);
    };
    connect(m_match, &MatchView::errorOccurred, this, &Page::errorOccurred);
    connect(m_match, &MatchView::statusMessage, this, &Page::statusMessage);
    connect(m_match, &MatchView::workerOpenRequested, this, openWorker);
    connect(m_promiseList, &PromiseListView::errorOccurred, this, &Page::errorOccurred);
    connect(m_promiseList, &PromiseListView::statusMessage, this, &Page::statusMessage);
    connect(m_promiseList, &PromiseListView::workerOpenRequested, this, openWorker);
    // 推荐岗位 on a promise: the posts ranked for that person.
    connect(m_promiseList, &PromiseListView::matchRequested, this, [this](qint64 workerId) {
        m_tabs->setCurrentWidget(m_match);
        m_match->showWorker(workerId);
    });
    connect(m_followUps, &FollowUpsView::errorOccurred, this, &Page::errorOccurred);
    connect(m_followUps, &FollowUpsView::statusMessage, this, &Page::statusMessage);
    connect(m_followUps, &FollowUpsView::referralOpenRequested, this, openReferral);
}

void ReferralsPage::showPromiseList()
{
    m_tabs->setCurrentWidget(m_promiseList);
}

QString ReferralsPage::title() const
{
    // The navigation title the placeholder had, with its translation.
    return QCoreApplication::translate("jb::ui::PlaceholderPage", "Referrals");
}

int ReferralsPage::addTab(QWidget* view, const QString& title)
{
    return m_tabs->addTab(view, title);
}

void ReferralsPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    m_database = &database;
    m_exporter->setDatabase(&database);
    const QString error = m_filters->load(database);
    if (!error.isEmpty())
        emit errorOccurred(error);
    m_detail->setDatabase(&database);
    m_detail->showReferral(0);
    m_actions->setDatabase(&database);
    m_actions->setUndoStack(undoStack());
    m_model->setSource(database, m_filters->filter());
    m_match->setUndoStack(undoStack());
    m_match->showFile(database);
    m_promiseList->setUndoStack(undoStack());
    m_promiseList->showFile(database);
    m_followUps->setUndoStack(undoStack());
    m_followUps->showFile(database);
    readOnlyChanged();
}

void ReferralsPage::clearFile()
{
    m_database = nullptr;
    m_exporter->setDatabase(nullptr);
    m_actions->setDatabase(nullptr);
    m_detail->setDatabase(nullptr);
    m_detail->showReferral(0);
    m_model->clear();
    m_filters->clear();
    m_match->clearFile();
    m_promiseList->clearFile();
    m_followUps->clearFile();
    showCount();
}

void ReferralsPage::recordsEdited()
{
    if (!m_database)
        return;
    const qint64 shown = m_detail->referralId();
    m_model->reload();
    // An undone start removed the referral shown: the panel shows none rather than a failure.
    const bool exists = shown && core::referralRow(m_database->connection(), shown).hasValue();
    chooseRow(exists ? shown : 0);
    m_detail->showReferral(exists ? shown : 0);
}

bool ReferralsPage::opensRecords(core::RecordKind kind) const
{
    return kind == core::RecordKind::Referral;
}

void ReferralsPage::openRecord(core::RecordKind /*kind*/, qint64 id)
{
    showReferral(id);
}

void ReferralsPage::chooseRow(qint64 referralId)
{
    const int row = referralId ? m_model->rowOf(referralId) : -1;
    ListTable::chooseRowQuietly(*m_table, row);
}

void ReferralsPage::showReferral(qint64 referralId)
{
    m_tabs->setCurrentIndex(0);
    if (referralId && m_database && m_model->rowOf(referralId) < 0) {
        // Not among the first rows of the current filter: list the person's referrals, where it is.
        const core::Expected<core::ReferralRow> row = core::referralRow(m_database->connection(), referralId);
        if (row)
            m_filters->setWorker(row->workerId, row->workerName);
    }
    chooseRow(referralId);
    m_detail->showReferral(referralId);
}

void ReferralsPage::showWorkerReferrals(qint64 workerId, const QString& name)
{
    m_tabs->setCurrentIndex(0);
    m_filters->setWorker(workerId, name);
}

void ReferralsPage::showEnterpriseReferrals(qint64 enterpriseId, const QString& name)
{
    m_tabs->setCurrentIndex(0);
    m_filters->setEnterprise(enterpriseId, name);
}

void ReferralsPage::applyFilter()
{
    if (!m_database)
        return;
    m_model->setFilter(m_filters->filter());
    m_detail->showReferral(0);
}

void ReferralsPage::showCount()
{
    m_count->setText(m_database ? tr("%1 referrals").arg(QLocale().toString(m_model->total())) : QString());
    m_exporter->setRows(m_database ? m_model->total() : 0);
}

void ReferralsPage::readOnlyChanged()
{
    m_detail->setReadOnly(isReadOnly());
    m_actions->setReadOnly(isReadOnly());
    m_match->setReadOnly(isReadOnly());
    m_promiseList->setReadOnly(isReadOnly());
    m_followUps->setReadOnly(isReadOnly());
    m_exporter->setReadOnly(isReadOnly());
}

} // namespace jb::ui
