#include "ui/warnings/WarningsPage.h"

#include "core/storage/Database.h"
#include "core/warnings/WarningMarks.h"
#include "ui/fairs/FairCommand.h"
#include "ui/warnings/HandledDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace jb::ui {

namespace {

enum Column { Who, What, Enterprise, Since, Days, ColumnCount };

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

WarningsPage::WarningsPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("warnings"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(title(), this));
    m_today = new QLabel(this);
    m_today->setObjectName(QStringLiteral("warningsToday"));
    m_today->setWordWrap(true);
    layout->addWidget(m_today);

    auto* row = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* sectionsLabel = new QLabel(tr("Sec&tions"), this);
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("warningSections"));
    m_sections->setMinimumWidth(260);
    m_sections->setMaximumWidth(340);
    sectionsLabel->setBuddy(m_sections);
    left->addWidget(sectionsLabel);
    left->addWidget(m_sections, 1);
    row->addLayout(left);

    auto* right = new QVBoxLayout;
    m_sectionTitle = new QLabel(this);
    m_sectionTitle->setObjectName(QStringLiteral("warningSectionTitle"));
    QFont bold = m_sectionTitle->font();
    bold.setBold(true);
    m_sectionTitle->setFont(bold);
    right->addWidget(m_sectionTitle);
    m_records = new QTableWidget(0, ColumnCount, this);
    m_records->setObjectName(QStringLiteral("warningRecords"));
    m_records->setHorizontalHeaderLabels(
        {tr("Who"), tr("What needs attention"), tr("Enterprise"), tr("Since"), tr("Days overdue or idle")});
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setSelectionMode(QAbstractItemView::SingleSelection);
    m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_records->verticalHeader()->hide();
    m_records->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_records->setColumnWidth(Who, 220);
    m_records->setColumnWidth(Enterprise, 170);
    m_records->setColumnWidth(Since, 100);
    m_records->setColumnWidth(Days, 110);
    right->addWidget(m_records, 1);
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("warningsShown"));
    m_shown->setWordWrap(true);
    right->addWidget(m_shown);
    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open record"), this);
    m_open->setObjectName(QStringLiteral("openWarning"));
    m_handled = new QPushButton(tr("&Mark handled…"), this);
    m_handled->setObjectName(QStringLiteral("markHandled"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_handled);
    buttons->addStretch(1);
    right->addLayout(buttons);
    row->addLayout(right, 1);
    layout->addLayout(row, 1);

    connect(m_sections, &QListWidget::currentRowChanged, this, &WarningsPage::showRecords);
    connect(m_records, &QAbstractItemView::activated, this, &WarningsPage::openChosen);
    connect(m_records, &QTableWidget::itemSelectionChanged, this, &WarningsPage::readOnlyChanged);
    connect(m_open, &QPushButton::clicked, this, &WarningsPage::openChosen);
    connect(m_handled, &QPushButton::clicked, this, &WarningsPage::askHandled);
    clearFile();
}

QString WarningsPage::title() const
{
    return tr("Early warning");
}

void WarningsPage::showFile(core::Database& database, const core::DatabaseStats&)
{
    m_database = &database;
    m_stale = true;
    if (isVisible())
        reload();
}

void WarningsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_database && m_stale)
        reload();
}

void WarningsPage::clearFile()
{
    m_database = nullptr;
    m_sections->clear();
    m_records->setRowCount(0);
    m_shownRecords.clear();
    m_today->setText(tr("Open a file to see what needs attention today."));
    m_sectionTitle->clear();
    m_shown->clear();
    readOnlyChanged();
}

void WarningsPage::recordsEdited()
{
    m_stale = true;
    if (m_database && isVisible())
        reload();
}

void WarningsPage::reload()
{
    m_stale = false;
    const QDate today = core::Clock::today();
    m_today->setText(tr("What needs attention on %1. A count opens its records; double-click or Enter opens the "
                        "worker or enterprise.")
                         .arg(QLocale().toString(today, QLocale::LongFormat)));
    const core::Expected<QVector<core::WarningSectionList>> counts = core::warningCounts(m_database->connection());
    if (!counts) {
        emit errorOccurred(counts.error());
        return;
    }
    const int current = std::max(0, m_sections->currentRow());
    QSignalBlocker block(m_sections);
    m_sections->clear();
    for (const core::WarningSectionList& s : *counts) {
        const QString name = core::warningSectionName(s.section).text();
        auto* item = new QListWidgetItem(s.built ? tr("%1: %2").arg(name, QLocale().toString(s.count))
                                                 : tr("%1: not built yet").arg(name),
                                         m_sections);
        item->setData(Qt::UserRole, core::warningSectionKey(s.section));
    }
    m_sections->setCurrentRow(std::min(current, m_sections->count() - 1));
    showRecords();
}

std::optional<core::WarningSection> WarningsPage::chosenSection() const
{
    const QListWidgetItem* item = m_sections->currentItem();
    return item ? core::warningSectionFromKey(item->data(Qt::UserRole).toString()) : std::nullopt;
}

void WarningsPage::showSection(const QString& key)
{
    if (m_database && m_stale)
        reload();
    for (int row = 0; row < m_sections->count(); ++row)
        if (m_sections->item(row)->data(Qt::UserRole).toString() == key)
            m_sections->setCurrentRow(row);
    m_records->setFocus();
}

void WarningsPage::showRecords()
{
    m_records->setRowCount(0);
    m_shownRecords.clear();
    const std::optional<core::WarningSection> section = chosenSection();
    if (!m_database || !section) {
        readOnlyChanged();
        return;
    }
    const core::Expected<core::WarningSectionList> list =
        core::warningSection(m_database->connection(), *section, core::Clock::today(), kRecordLimit);
    if (!list) {
        emit errorOccurred(list.error());
        return;
    }
    m_sectionTitle->setText(core::warningSectionName(*section).text());
    m_shownRecords = list->records;
    m_records->setRowCount(static_cast<int>(m_shownRecords.size()));
    for (int row = 0; row < m_shownRecords.size(); ++row) {
        const core::WarningRecord& r = m_shownRecords.at(row);
        m_records->setItem(row, Who, cell(r.who));
        m_records->setItem(row, What, cell(r.what));
        m_records->setItem(row, Enterprise, cell(r.enterprise));
        m_records->setItem(row, Since, cell(r.startedOn.toString(Qt::ISODate)));
        m_records->setItem(row, Days, cell(QLocale().toString(r.daysOverdue), Qt::AlignRight | Qt::AlignVCenter));
    }
    if (!list->built)
        m_shown->setText(tr("Not built yet: this section's records are not kept in this version."));
    else if (list->count > m_shownRecords.size())
        m_shown->setText(tr("The %1 most overdue of %2 are shown.")
                             .arg(QLocale().toString(m_shownRecords.size()), QLocale().toString(list->count)));
    else
        m_shown->setText(list->count == 0 ? tr("Nothing needs attention here.")
                                          : tr("%1 to look at.").arg(QLocale().toString(list->count)));
    if (!m_shownRecords.isEmpty())
        m_records->selectRow(0);
    readOnlyChanged();
}

int WarningsPage::chosenRow() const
{
    const int row = m_records->currentRow();
    return row >= 0 && row < m_shownRecords.size() && m_records->selectionModel()->hasSelection() ? row : -1;
}

const core::WarningRecord* WarningsPage::chosenRecord() const
{
    const int row = chosenRow();
    return row < 0 ? nullptr : &m_shownRecords.at(row);
}

void WarningsPage::openChosen()
{
    const int row = chosenRow();
    if (row < 0)
        return;
    const core::WarningRecord& r = m_shownRecords.at(row);
    emit recordOpenRequested(
        r.opens == core::WarningOpens::Worker ? core::RecordKind::Worker : core::RecordKind::Enterprise, r.openId);
}

void WarningsPage::askHandled()
{
    const int row = chosenRow();
    if (row < 0 || isReadOnly())
        return;
    HandledDialog dialog(m_shownRecords.at(row).what, m_shownRecords.at(row).who, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = markChosenHandled(dialog.reason());
    if (!error.isEmpty())
        emit errorOccurred(error);
}

QString WarningsPage::markChosenHandled(const QString& reason)
{
    const int row = chosenRow();
    if (!m_database || row < 0)
        return tr("Choose a warning first.");
    const core::WarningRecord record = m_shownRecords.at(row);
    core::Database* database = m_database;
    // Redo marks it again (a new mark: the old one was deleted by the undo).
    auto mark = std::make_shared<qint64>(0);
    const QString error = FairCommand::apply(
        undoStack(), tr("Mark warning handled: %1").arg(record.who),
        [database, record, reason, mark] {
            const core::Expected<qint64> id = core::markHandled(database->connection(), record, reason);
            if (id)
                *mark = *id;
            return id ? core::Status() : core::Status::failure(id.message());
        },
        [database, mark] { return core::undoHandled(database->connection(), *mark); },
        [self = QPointer<WarningsPage>(this)](const QString& m) {
            if (self)
                emit self->errorOccurred(m);
        });
    if (error.isEmpty()) {
        reload();
        emit statusMessage(tr("Marked handled: %1").arg(record.who));
    }
    return error;
}

void WarningsPage::readOnlyChanged()
{
    const bool chosen = chosenRow() >= 0;
    m_open->setEnabled(chosen);
    m_handled->setEnabled(chosen && !isReadOnly() && m_database);
}

} // namespace jb::ui
