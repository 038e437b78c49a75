#include "ui/services/ProjectsView.h"

#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "ui/dashboard/ProgressSelectors.h"
#include "ui/placement/PlacementCommand.h"
#include "ui/placement/ReadAgainOnUndo.h"
#include "ui/services/ProjectDialog.h"
#include "ui/services/ProjectStages.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

enum Column { NameColumn, IndustryColumn, PeopleColumn, StageColumn, DayColumn, UnitColumn, ColumnCount };

QString figure(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

ProjectsView::ProjectsView(QUndoStack* undoStack, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("projectsView"));
    auto* layout = new QVBoxLayout(this);
    m_quota = new QLabel(this);
    m_quota->setObjectName(QStringLiteral("projectsQuota"));
    m_quota->setWordWrap(true);
    QFont bigger = m_quota->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    bigger.setBold(true);
    m_quota->setFont(bigger);
    layout->addWidget(m_quota);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("projectsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Project"), tr("Industry"), tr("People"), tr("Stage"), tr("Put forward on"), tr("Unit")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // a demo county lists thousands
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&New project…"), this);
    m_add->setObjectName(QStringLiteral("projectAdd"));
    m_forward = new QPushButton(this);
    m_forward->setObjectName(QStringLiteral("projectForward"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("projectBack"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_forward);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ProjectsView::addProject);
    connect(m_forward, &QPushButton::clicked, this, [this] { moveChosen(1); });
    connect(m_back, &QPushButton::clicked, this, [this] { moveChosen(-1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProjectsView::updateActions);
    setUndoStack(undoStack);
    updateActions();
}

void ProjectsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_outdated && m_database) {
        m_outdated = false;
        refresh();
    }
}

void ProjectsView::showFile(core::Database& database)
{
    m_database = &database;
    const auto home = core::OrganisationRepository(database.connection()).home();
    m_homeId = home ? home->id : 0;
    if (!home)
        emit errorOccurred(home.error());
    if (!m_periodGiven)
        choosePeriodOfToday();
    refresh();
}

void ProjectsView::clearFile()
{
    m_database = nullptr;
    m_homeId = 0;
    m_rows.clear();
    m_table->setRowCount(0);
    m_quota->clear();
    if (m_dialog)
        m_dialog->reject();
    updateActions();
}

void ProjectsView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void ProjectsView::setUndoStack(QUndoStack* undoStack)
{
    // An undo or redo anywhere may move a project shown here: read again on screen, else when next shown.
    followUndoStack(
        this, m_undoStack, undoStack, [this] { return m_database != nullptr; }, [this] { refresh(); }, m_outdated);
}

void ProjectsView::setPeriod(const core::Period& period)
{
    m_period = period;
    m_periodGiven = true;
    if (m_database)
        refresh();
}

void ProjectsView::choosePeriodOfToday()
{
    const QDate today = core::Clock::today();
    const auto periods = core::PeriodRepository(m_database->connection()).all();
    const int at = periods ? ProgressSelectors::defaultPeriodIndex(*periods, today) : -1;
    m_period = at >= 0 ? periods->at(at) : core::PeriodRepository::yearPeriod(today.year());
}

QString ProjectsView::quotaText(const core::ProjectQuota& quota, const QString& periodLabel)
{
    const QString selected = tr("selected or supported: %1").arg(quota.counts.selected);
    if (!quota.quota)
        return tr("%1: candidates %2 (%3); no target entered for this period — enter it on the Targets page")
            .arg(periodLabel)
            .arg(quota.counts.candidates)
            .arg(selected);
    return tr("%1: candidates %2 / target %3 (%4)")
        .arg(periodLabel)
        .arg(quota.counts.candidates)
        .arg(figure(*quota.quota), selected);
}

void ProjectsView::refresh()
{
    fill(chosenId());
}

void ProjectsView::fill(qint64 keepId)
{
    if (!m_database)
        return;
    m_outdated = false;
    const auto db = m_database->connection();
    const QString label = m_period.label.isEmpty() ? m_period.name : m_period.label;
    const auto quota = core::projectQuota(db, m_homeId, m_period.id, m_period.start, m_period.end);
    m_quota->setText(quota ? quotaText(*quota, label) : quota.error());
    const auto rows = core::projectRows(db, m_homeId, m_period.start, m_period.end, core::shownNameLanguage());
    if (!rows)
        emit errorOccurred(rows.error());
    m_rows = rows ? *rows : QVector<core::ProjectRow>();
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    int keepRow = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        const core::ProjectRow& row = m_rows.at(r);
        const QStringList cells = {row.project.name,
                                   row.industry.isEmpty() ? tr("(not given)") : row.industry,
                                   row.people.join(QStringLiteral("、")),
                                   ProjectStages::name(row.project.stage),
                                   row.project.putForwardOn.toString(Qt::ISODate),
                                   row.unit};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, row.project.id);
            if (c == PeopleColumn)
                item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
        if (row.project.id == keepId)
            keepRow = r;
    }
    m_table->resizeColumnsToContents();
    if (m_table->columnWidth(PeopleColumn) > 260)
        m_table->setColumnWidth(PeopleColumn, 260);
    if (keepRow >= 0)
        m_table->selectRow(keepRow);
    updateActions();
}

qint64 ProjectsView::chosenId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

const core::ProjectRow* ProjectsView::chosenRow() const
{
    const qint64 id = chosenId();
    for (const core::ProjectRow& row : m_rows)
        if (row.project.id == id)
            return &row;
    return nullptr;
}

void ProjectsView::updateActions()
{
    const bool writable = m_database && !m_readOnly;
    m_add->setEnabled(writable);
    const core::ProjectRow* row = chosenRow();
    const QString next = row ? ProjectStages::next(row->project.stage) : QString();
    const QString previous = row ? ProjectStages::previous(row->project.stage) : QString();
    m_forward->setText(next.isEmpty() ? tr("Move &forward") : tr("Move &forward to %1").arg(ProjectStages::name(next)));
    m_back->setText(previous.isEmpty() ? tr("Correct &back")
                                       : tr("Correct &back to %1").arg(ProjectStages::name(previous)));
    m_forward->setEnabled(writable && !next.isEmpty());
    m_back->setEnabled(writable && !previous.isEmpty());
}

void ProjectsView::push(const QString& text, std::function<core::Status()> undoIt, std::function<core::Status()> redoIt)
{
    if (!m_undoStack)
        return;
    QPointer<ProjectsView> self(this);
    m_undoStack->push(new PlacementCommand(text, std::move(undoIt), std::move(redoIt), [self](const QString& m) {
        if (self)
            emit self->errorOccurred(m);
    }));
}

ProjectDialog* ProjectsView::dialog() const
{
    return m_dialog;
}

void ProjectsView::addProject()
{
    if (!m_database || m_readOnly)
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new ProjectDialog(*m_database, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    ProjectDialog* dialog = m_dialog;
    dialog->setApply([this, dialog] {
        const core::Expected<core::Project> project = dialog->project();
        return project ? applyNew(*project) : project.error();
    });
    dialog->open();
}

QString ProjectsView::applyNew(const core::Project& project)
{
    if (!m_database || m_readOnly)
        return tr("The file is open read-only.");
    core::Database* database = m_database;
    const core::Expected<core::ProjectUndo> added = core::addProject(database->connection(), project);
    if (!added)
        return added.error();
    // What redo puts back: the project as stored, under its id.
    const core::Expected<core::Project> stored = core::loadProject(database->connection(), added->projectId);
    const core::Project asAdded = stored ? *stored : project;
    const core::ProjectUndo undo = *added;
    push(
        tr("New project %1").arg(asAdded.name),
        [database, undo] { return core::undoProjectChange(database->connection(), undo); },
        [database, asAdded] {
            const auto restored = core::restoreProject(database->connection(), asAdded);
            return restored ? core::Status() : core::Status::failure(restored.message());
        });
    fill(added->projectId);
    emit statusMessage(tr("Project %1 recorded.").arg(asAdded.name));
    return {};
}

bool ProjectsView::moveChosen(int step)
{
    const core::ProjectRow* row = chosenRow();
    if (!m_database || m_readOnly || !row)
        return false;
    const QString from = row->project.stage;
    const QString to = step > 0 ? ProjectStages::next(from) : ProjectStages::previous(from);
    if (to.isEmpty())
        return false;
    core::Database* database = m_database;
    const qint64 id = row->project.id;
    const QString name = row->project.name;
    const auto moved = core::setProjectStage(database->connection(), id, to);
    if (!moved) {
        emit errorOccurred(moved.error());
        return false;
    }
    auto stageTo = [database, id](const QString& stage) {
        return [database, id, stage] {
            const auto done = core::setProjectStage(database->connection(), id, stage);
            return done ? core::Status() : core::Status::failure(done.message());
        };
    };
    push(step > 0 ? tr("Move project %1 to %2").arg(name, ProjectStages::name(to))
                  : tr("Correct project %1 back to %2").arg(name, ProjectStages::name(to)),
         stageTo(from), stageTo(to));
    fill(id);
    return true;
}

} // namespace jb::ui
