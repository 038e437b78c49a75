#include "ui/placement/PromiseListView.h"

#include "core/domain/Clock.h"
#include "core/lists/PromiseListExport.h"
#include "core/placement/Promise.h"
#include "core/storage/Database.h"
#include "documents/ListXlsx.h"
#include "ui/lists/ListExportButton.h"
#include "ui/placement/NoteDialog.h"
#include "ui/placement/PlacementCommand.h"
#include "ui/placement/PromiseListModel.h"
#include "ui/placement/ReadAgainOnUndo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

// Waiting and due within this many days (after today): the 2 天内到期 section.
constexpr int kDueSoonDays = 2;

} // namespace

PromiseListView::PromiseListView(QWidget* parent) : QWidget(parent), m_list(std::make_unique<core::PromiseList>())
{
    setObjectName(QStringLiteral("promiseListView"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("promiseHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("promiseCalendarNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a5300;"));
    layout->addWidget(m_note);

    auto* filter = new QHBoxLayout;
    auto* label = new QLabel(tr("&Show:"), this);
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("promiseSection"));
    for (int i = 0; i <= static_cast<int>(Section::Unwilling); ++i)
        m_section->addItem(QString(), i);
    label->setBuddy(m_section);
    filter->addWidget(label);
    filter->addWidget(m_section);
    filter->addStretch(1);
    addExporter(filter);
    layout->addLayout(filter);

    m_model = new PromiseListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("promiseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_match = new QPushButton(tr("&Recommend posts"), this);
    m_match->setObjectName(QStringLiteral("promiseMatch"));
    m_unwilling = new QPushButton(tr("Record unwilling for &now…"), this);
    m_unwilling->setObjectName(QStringLiteral("promiseUnwilling"));
    m_openWorker = new QPushButton(tr("&Open the worker"), this);
    m_openWorker->setObjectName(QStringLiteral("promiseOpenWorker"));
    buttons->addWidget(m_match);
    buttons->addWidget(m_unwilling);
    buttons->addWidget(m_openWorker);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_section, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { refresh(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PromiseListView::updateActions);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const core::PromiseEntry* e = chosen())
            emit matchRequested(e->workerId);
    });
    connect(m_match, &QPushButton::clicked, this, [this] {
        if (const core::PromiseEntry* e = chosen())
            emit matchRequested(e->workerId);
    });
    connect(m_openWorker, &QPushButton::clicked, this, [this] {
        if (const core::PromiseEntry* e = chosen())
            emit workerOpenRequested(e->workerId);
    });
    connect(m_unwilling, &QPushButton::clicked, this, &PromiseListView::askUnwilling);
    clearFile();
}

PromiseListView::~PromiseListView() = default;

// 导出 writes the section shown, in its order, as the officer sees it.
void PromiseListView::addExporter(QHBoxLayout* row)
{
    m_exporter = new ListExportButton(
        QStringLiteral("Promise"), {tr("Export the promise list"), tr("one-week promise"), {}}, true,
        [this](const QString& path, bool unmasked, const QString& reason) {
            const QString filter = core::PromiseListExport::describe(
                *m_list, {}, sectionKey(static_cast<Section>(m_section->currentIndex())));
            const auto db = m_database->connection();
            if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
                report::ListXlsxSink sink(path, core::PromiseListExport::columnWidths());
                return core::PromiseListExport::write(db, shownEntries(), sink, unmasked, path, filter, reason);
            }
            return core::PromiseListExport::writeCsv(db, shownEntries(), path, unmasked, filter, reason);
        },
        this);
    connect(m_exporter, &ListExportButton::statusMessage, this, &PromiseListView::statusMessage);
    connect(m_exporter, &ListExportButton::errorOccurred, this, &PromiseListView::errorOccurred);
    row->addWidget(m_exporter);
}

void PromiseListView::showFile(core::Database& database)
{
    m_database = &database;
    m_exporter->setDatabase(&database);
    refresh();
}

void PromiseListView::clearFile()
{
    m_database = nullptr;
    m_exporter->setDatabase(nullptr);
    *m_list = core::PromiseList();
    m_model->setEntries({}, m_settings);
    m_heading->setText(tr("One-week promise: no file open"));
    m_note->hide();
    updateSectionCounts();
    updateActions();
}

void PromiseListView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_exporter->setReadOnly(readOnly);
    updateActions();
}

void PromiseListView::setUndoStack(QUndoStack* stack)
{
    // An undo or redo elsewhere may refer or un-refer someone shown here.
    followUndoStack(
        this, m_stack, stack, [this] { return m_database != nullptr; }, [this] { refresh(); }, m_outdated);
}

bool PromiseListView::inSection(const core::PromiseEntry& e, Section section)
{
    using core::PromiseState;
    switch (section) {
    case Section::All:
        return true;
    case Section::DueToday:
        return e.state == PromiseState::Due && e.daysLeft == 0;
    case Section::DueSoon:
        return e.state == PromiseState::Due && e.daysLeft > 0 && e.daysLeft <= kDueSoonDays;
    case Section::Overdue:
        return e.state == PromiseState::Overdue;
    case Section::MetLate:
        return e.state == PromiseState::MetLate;
    case Section::Met:
        return e.state == PromiseState::Met;
    case Section::Unwilling:
        return e.state == PromiseState::Unwilling;
    }
    return false;
}

QString PromiseListView::sectionKey(Section section)
{
    static const char* const keys[] = {"all", "due_today", "due_soon", "overdue", "met_late", "met", "unwilling"};
    return QLatin1String(keys[static_cast<int>(section)]);
}

void PromiseListView::showSection(Section section)
{
    m_section->setCurrentIndex(static_cast<int>(section));
}

void PromiseListView::refresh()
{
    if (m_database) {
        const auto db = m_database->connection();
        m_settings = core::readPlacementSettings(db);
        const auto list = core::promiseList(db, core::Clock::today());
        if (list)
            *m_list = *list;
        else
            emit errorOccurred(list.error());
        const QString rule = m_list->dayKind == core::PromiseDayKind::Working
                                 ? tr("due on the %1th working day after the clock starts (holidays and make-up "
                                      "working days follow the holiday calendar)")
                                       .arg(m_settings.promiseDays)
                                 : tr("due %1 calendar days after the clock starts").arg(m_settings.promiseDays);
        m_heading->setText(tr("One-week promise as of %1: %2.").arg(m_list->today.toString(Qt::ISODate), rule));
        m_note->setText(tr("Some due days fall past the last year of the holiday calendar: they are counted on "
                           "weekdays only (Monday to Friday). Add the next year's holidays in the settings."));
        m_note->setVisible(m_list->beyondCalendar);
    }
    const qint64 keep = chosen() ? chosen()->workerId : 0;
    const auto section = static_cast<Section>(m_section->currentIndex());
    QVector<core::PromiseEntry> shown;
    for (const core::PromiseEntry& e : m_list->entries)
        if (inSection(e, section))
            shown << e;
    m_model->setEntries(shown, m_settings);
    m_exporter->setRows(shown.size());
    m_table->resizeColumnsToContents();
    for (int row = 0; row < shown.size(); ++row)
        if (shown.at(row).workerId == keep)
            m_table->selectRow(row);
    updateSectionCounts();
    updateActions();
}

QVector<core::PromiseEntry> PromiseListView::shownEntries() const
{
    return m_model->entries();
}

void PromiseListView::updateSectionCounts()
{
    const QStringList names = {tr("All"),      tr("Due today"), tr("Due within 2 days"), tr("Overdue"),
                               tr("Met late"), tr("Met"),       tr("Unwilling for now")};
    for (int i = 0; i < names.size(); ++i) {
        int n = 0;
        for (const core::PromiseEntry& e : m_list->entries)
            n += inSection(e, static_cast<Section>(i)) ? 1 : 0;
        m_section->setItemText(i, tr("%1 (%2)").arg(names.at(i)).arg(n));
    }
}

const core::PromiseEntry* PromiseListView::chosen() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
}

void PromiseListView::updateActions()
{
    const core::PromiseEntry* e = chosen();
    m_match->setEnabled(e && !m_readOnly);
    m_openWorker->setEnabled(e);
    m_unwilling->setEnabled(e && e->mayRecordUnwilling && !m_readOnly);
    m_unwilling->setToolTip(tr("Possible after the person has declined the posts the settings ask for, for "
                               "personal reasons; it stops the clock"));
}

void PromiseListView::askUnwilling()
{
    const core::PromiseEntry* e = chosen();
    if (!e || !e->mayRecordUnwilling || m_readOnly)
        return;
    NoteDialog dialog(QStringLiteral("unwillingDialog"), tr("Record unwilling for now"),
                      tr("%1 has declined %2 posts. Write down what the person said (it is kept in the audit log); "
                         "the promise clock stops.")
                          .arg(e->name)
                          .arg(e->declines),
                      this);
    if (dialog.exec() == QDialog::Accepted)
        recordUnwillingChosen(dialog.note());
}

bool PromiseListView::recordUnwillingChosen(const QString& note)
{
    const core::PromiseEntry* e = chosen();
    if (!e || !m_database || m_readOnly)
        return false;
    const auto db = m_database->connection();
    const qint64 worker = e->workerId;
    const QDate today = core::Clock::today();
    const QString name = e->name;
    const QString refused = PlacementCommand::apply(
        m_stack, tr("Record %1 unwilling for now").arg(name),
        [db, worker, today, note] { return core::recordUnwilling(db, worker, today, note); },
        [db, worker] { return core::undoUnwilling(db, worker); },
        [this](const QString& message) { emit errorOccurred(message); });
    if (!refused.isEmpty()) {
        emit errorOccurred(refused);
        return false;
    }
    emit statusMessage(tr("%1 recorded as unwilling for now").arg(name));
    if (!m_stack)
        refresh();
    return true;
}

void PromiseListView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_outdated) {
        m_outdated = false;
        refresh();
    }
}

} // namespace jb::ui
