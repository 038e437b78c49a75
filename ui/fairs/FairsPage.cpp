#include "ui/fairs/FairsPage.h"

#include "core/domain/Clock.h"
#include "core/fairs/FairList.h"
#include "core/fairs/FairListExport.h"
#include "core/storage/Database.h"
#include "documents/ListXlsx.h"
#include "ui/fairs/FairActions.h"
#include "ui/fairs/FairDetailPanel.h"
#include "ui/fairs/FairFilterBar.h"
#include "ui/fairs/FairTableModel.h"
#include "ui/lists/ListExportButton.h"
#include "ui/lists/ListTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

// How many planned fairs the strip names.
constexpr int kUpcomingShown = 4;

} // namespace

FairsPage::FairsPage(QWidget* parent) : ListPage(parent)
{
    QHBoxLayout* header = startLayout(QStringLiteral("fairs"), QStringLiteral("fairCount"));
    m_add = new QPushButton(tr("&New job fair…"), this);
    m_add->setObjectName(QStringLiteral("addFair"));
    header->addWidget(m_add);
    // The list names no one: nothing to unmask.
    m_exporter = new ListExportButton(
        QStringLiteral("Fairs"), {tr("Export the job fairs"), tr("job-fairs"), {}}, false,
        [this](const QString& path, bool /*unmasked*/, const QString& /*reason*/) {
            const core::FairFilter filter = m_filters->filter();
            if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
                report::ListXlsxSink sink(path, core::FairListExport::columnWidths());
                return core::FairListExport::write(m_database->connection(), filter, m_model->sortKey(),
                                                   m_model->descending(), sink, path);
            }
            return core::FairListExport::writeCsv(m_database->connection(), filter, m_model->sortKey(),
                                                  m_model->descending(), path);
        },
        this);
    connect(m_exporter, &ListExportButton::statusMessage, this, &Page::statusMessage);
    connect(m_exporter, &ListExportButton::errorOccurred, this, &Page::errorOccurred);
    header->addWidget(m_exporter);
    m_layout->addLayout(header);

    m_filters = new FairFilterBar(this);
    connect(m_filters, &FairFilterBar::filterChanged, this, &FairsPage::applyFilter);
    m_layout->addWidget(m_filters);

    m_upcoming = new QLabel(this);
    m_upcoming->setObjectName(QStringLiteral("upcomingFairs"));
    m_upcoming->setWordWrap(true);
    m_upcoming->setStyleSheet(QStringLiteral("QLabel#upcomingFairs { background: #eef5ec; border: 1px solid #c5dcc0; "
                                             "border-radius: 3px; padding: 4px 8px; }"));
    m_layout->addWidget(m_upcoming);

    makeSplitter(QStringLiteral("fairSplitter"));
    m_model = new FairTableModel(this);
    connect(m_model, &FairTableModel::failed, this, &Page::errorOccurred);
    connect(m_model, &FairTableModel::totalChanged, this, &FairsPage::showCount);
    m_table = ListTable::make(QStringLiteral("fairTable"), m_model, static_cast<int>(FairTableModel::Column::Days),
                              Qt::DescendingOrder, 56, m_splitter);
    setColumnWidths();
    m_detail = new FairDetailPanel(m_splitter);
    connect(m_detail, &FairDetailPanel::failed, this, &Page::errorOccurred);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->showFair(current.isValid() ? m_model->fairId(current.row()) : 0);
            });
    finishSplitter({820, 360});

    m_actions = new FairActions(this);
    connect(m_actions, &FairActions::failed, this, &Page::errorOccurred);
    // With the window's undo stack the window calls recordsEdited() after the push; the page then shows the fair.
    connect(m_actions, &FairActions::applied, this, [this](qint64 fairId) {
        if (!undoStack())
            recordsEdited();
        showFair(fairId);
    });
    // A redone change shows its fair; the window's re-read that follows chooses its row in the list.
    connect(m_actions, &FairActions::redone, m_detail, &FairDetailPanel::showFair);
    connect(m_add, &QPushButton::clicked, m_actions, &FairActions::addFair);
    connect(m_detail, &FairDetailPanel::editRequested, this, [this] { m_actions->editFair(m_detail->fairId()); });
    connect(m_detail, &FairDetailPanel::statusRequested, this,
            [this](core::FairStatus to) { m_actions->setStatus(m_detail->fairId(), to); });
    connect(m_detail, &FairDetailPanel::addEnterpriseRequested, this,
            [this] { m_actions->addEnterprise(m_detail->fairId()); });
    connect(m_detail, &FairDetailPanel::addPostRequested, this, [this] { m_actions->addPost(m_detail->fairId()); });
    connect(m_detail, &FairDetailPanel::addPersonRequested, this, [this] { m_actions->addPerson(m_detail->fairId()); });
    connect(m_detail, &FairDetailPanel::addOutcomeRequested, this,
            [this] { m_actions->addOutcome(m_detail->fairId()); });
    connect(m_detail, &FairDetailPanel::newEnterpriseRequested, this,
            [this] { m_actions->newEnterprise(m_detail->fairId()); });
    connect(m_detail, &FairDetailPanel::newPostRequested, this,
            [this](qint64 enterpriseId) { m_actions->newPost(m_detail->fairId(), enterpriseId); });
    connect(m_detail, &FairDetailPanel::newPersonRequested, this, [this] { m_actions->newPerson(m_detail->fairId()); });
    showCount();
}

void FairsPage::setColumnWidths()
{
    using C = FairTableModel::Column;
    auto col = [](C c) { return static_cast<int>(c); };
    ListTable::setColumnWidths(*m_table, {{col(C::Name), 176},
                                          {col(C::Days), 112},
                                          {col(C::Organiser), 64},
                                          {col(C::Form), 72},
                                          {col(C::Kind), 84},
                                          {col(C::Status), 56}});
    // The figures are as wide as their titles in the interface language (and no narrower than 48), so the list
    // shows them beside the detail at 1366 pixels; long names and kinds are elided, whole in their tooltips.
    const QFontMetrics titleMetrics(m_table->horizontalHeader()->font());
    for (int c = col(C::Enterprises); c < col(C::Count); ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        m_table->setColumnWidth(c, std::max(48, titleMetrics.horizontalAdvance(title) + 14));
    }
}

QString FairsPage::title() const
{
    // The navigation title the placeholder had, with its translation.
    return QCoreApplication::translate("jb::ui::PlaceholderPage", "Job fairs");
}

void FairsPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    m_database = &database;
    m_exporter->setDatabase(&database);
    const QString error = m_filters->load(database);
    if (!error.isEmpty())
        emit errorOccurred(error);
    m_detail->setDatabase(&database);
    m_detail->showFair(0);
    m_actions->setDatabase(&database);
    m_actions->setUndoStack(undoStack());
    m_model->setSource(database, m_filters->filter());
    showUpcoming();
}

void FairsPage::clearFile()
{
    m_database = nullptr;
    m_exporter->setDatabase(nullptr);
    m_actions->setDatabase(nullptr);
    m_detail->setDatabase(nullptr);
    m_detail->showFair(0);
    m_model->clear();
    m_filters->clear();
    m_upcoming->clear();
    m_upcoming->hide();
}

void FairsPage::recordsEdited()
{
    if (!m_database)
        return;
    qint64 shown = m_detail->fairId();
    m_model->reload();
    showUpcoming();
    // An undone addition removed the fair shown: the panel shows none rather than a failure.
    if (shown && m_model->rowOf(shown) < 0 && !core::fairRow(m_database->connection(), shown))
        shown = 0;
    showFair(shown);
}

bool FairsPage::opensRecords(core::RecordKind kind) const
{
    return kind == core::RecordKind::JobFair;
}

void FairsPage::openRecord(core::RecordKind /*kind*/, qint64 id)
{
    showFair(id);
}

void FairsPage::showFair(qint64 fairId)
{
    const int row = fairId ? m_model->rowOf(fairId) : -1;
    ListTable::chooseRowQuietly(*m_table, row);
    m_detail->showFair(fairId);
}

void FairsPage::applyFilter()
{
    if (!m_database)
        return;
    m_model->setFilter(m_filters->filter());
    m_detail->showFair(0);
}

void FairsPage::showCount()
{
    m_count->setText(m_database ? tr("%1 job fairs").arg(QLocale().toString(m_model->total())) : QString());
    m_exporter->setRows(m_database ? m_model->total() : 0);
    m_add->setEnabled(m_database != nullptr && !isReadOnly());
}

void FairsPage::readOnlyChanged()
{
    m_add->setEnabled(m_database != nullptr && !isReadOnly());
    m_detail->setReadOnly(isReadOnly());
    m_actions->setReadOnly(isReadOnly());
}

void FairsPage::showUpcoming()
{
    const core::Expected<QVector<core::FairRow>> planned =
        core::upcomingFairs(m_database->connection(), core::Clock::today(), kUpcomingShown + 1);
    if (!planned) {
        emit errorOccurred(planned.error());
        m_upcoming->hide();
        return;
    }
    QStringList names;
    for (int i = 0; i < std::min<int>(kUpcomingShown, planned->size()); ++i) {
        const core::FairRow& f = planned->at(i);
        names << tr("%1 %2 (%3)").arg(f.firstDay.toString(QStringLiteral("MM-dd")), f.name, f.organiserName);
    }
    if (planned->size() > kUpcomingShown)
        names << QStringLiteral("…");
    m_upcoming->setText(names.isEmpty() ? tr("Upcoming: no planned fairs.")
                                        : tr("Upcoming: %1").arg(names.join(tr("; "))));
    m_upcoming->show();
}

} // namespace jb::ui
