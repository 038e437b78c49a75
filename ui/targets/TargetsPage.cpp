#include "ui/targets/TargetsPage.h"

#include "core/domain/Clock.h"
#include "core/domain/MetricCatalog.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "core/targets/TargetSplit.h"
#include "ui/targets/AddPhaseDialog.h"
#include "ui/targets/TargetSplitDialog.h"
#include "ui/targets/TargetTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace jb::ui {

namespace {

QString periodText(const core::Period& period)
{
    // Phases need their dates beside the name; years and months say them already.
    if (period.kind != core::PeriodKind::Phase)
        return period.label;
    return QStringLiteral("%1  (%2 – %3)")
        .arg(period.label, period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate));
}

} // namespace

TargetsPage::TargetsPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("targets"));
    m_model = new TargetTableModel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 20);
    layout->setSpacing(10);
    layout->addWidget(makeHeading(title(), this));
    layout->addWidget(buildSelectors());

    auto* hint =
        new QLabel(tr("Type a figure into an organisation's row (3000, 3,000, 2万, 1.5万 and 800人 are all "
                      "understood; an empty cell or the Delete key removes the target), or copy a block in Excel and "
                      "paste it here with Ctrl+V from the cell where it should start."),
                   this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(hint);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // Ten metrics share the width; English names need two lines to be read whole.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setMinimumSectionSize(72);
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
    header->setFixedHeight(header->fontMetrics().lineSpacing() * 2 + 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_table, 1);

    // Shortcuts belong to the table, so Ctrl+V inside an open cell editor still pastes into the editor.
    auto* copyAction = new QAction(tr("Copy"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &TargetsPage::copySelection);
    auto* pasteAction = new QAction(tr("Paste from Excel"), m_table);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteAction, &QAction::triggered, this, &TargetsPage::pasteClipboard);
    auto* clearAction = new QAction(tr("Remove the targets"), m_table);
    clearAction->setShortcut(QKeySequence::Delete);
    clearAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearAction, &QAction::triggered, this, [this] {
        if (const core::Status s = m_model->clearCells(m_table->selectionModel()->selectedIndexes()); !s)
            showMessage(s.error(), true);
    });
    m_table->addActions({copyAction, pasteAction, clearAction});

    layout->addWidget(buildActions());

    connect(m_model, &TargetTableModel::writeRefused, this,
            [this](const QString& message) { showMessage(message, true); });
    connect(m_model, &TargetTableModel::targetsWritten, this, [this](int count) {
        showMessage(tr("Saved in the file: %1 target value(s) changed.").arg(count), false);
        updateSplitButton();
        emit targetsChanged();
    });
    connect(m_model, &TargetTableModel::confirmationNeeded, this, &TargetsPage::confirmDoubtful);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TargetsPage::updateSplitButton);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TargetsPage::updateSplitButton);
    updateSplitButton();
}

QString TargetsPage::title() const
{
    return tr("Targets");
}

QWidget* TargetsPage::buildSelectors()
{
    auto* box = new QWidget(this);
    auto* grid = new QVBoxLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:"), box));
    m_period = new QComboBox(box);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setMinimumWidth(320);
    periodRow->addWidget(m_period);
    m_addPhase = new QPushButton(tr("&New phase…"), box);
    m_addPhase->setObjectName(QStringLiteral("addPhase"));
    periodRow->addWidget(m_addPhase);
    periodRow->addSpacing(16);
    m_year = new QSpinBox(box);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(core::Clock::today().year());
    periodRow->addWidget(m_year);
    m_ensureYear = new QPushButton(tr("Add the &year and its months"), box);
    m_ensureYear->setObjectName(QStringLiteral("ensureYear"));
    periodRow->addWidget(m_ensureYear);
    periodRow->addStretch(1);
    grid->addLayout(periodRow);

    auto* orgRow = new QHBoxLayout;
    orgRow->addWidget(new QLabel(tr("Organisation:"), box));
    m_organisation = new QComboBox(box);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setMinimumWidth(320);
    m_organisation->setToolTip(tr("The home organisation and every sub-unit that has sub-units of its own."));
    orgRow->addWidget(m_organisation);
    orgRow->addStretch(1);
    grid->addLayout(orgRow);

    connect(m_period, &QComboBox::currentIndexChanged, this, &TargetsPage::showSelection);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &TargetsPage::showSelection);
    connect(m_addPhase, &QPushButton::clicked, this, &TargetsPage::openAddPhaseDialog);
    connect(m_ensureYear, &QPushButton::clicked, this, &TargetsPage::ensureYear);
    return box;
}

QWidget* TargetsPage::buildActions()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_split = new QPushButton(tr("&Split to sub-units…"), box);
    m_split->setObjectName(QStringLiteral("split"));
    row->addWidget(m_split);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("targetMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_message, 1);
    connect(m_split, &QPushButton::clicked, this, &TargetsPage::openSplitDialog);
    return box;
}

void TargetsPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    m_database = &database;
    m_model->setUndoStack(undoStack());
    const qint64 currentPeriod = m_period->currentData().toLongLong();
    loadOrganisations();
    loadPeriods(currentPeriod);
    showSelection();
}

void TargetsPage::clearFile()
{
    // A dialog still open, or closed and waiting to be deleted, holds the connection that is about to go.
    qDeleteAll(findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly));
    m_model->clear();
    m_database = nullptr;
    const QSignalBlocker periodBlocker(m_period);
    const QSignalBlocker orgBlocker(m_organisation);
    m_period->clear();
    m_organisation->clear();
    m_message->clear();
    updateSplitButton();
}

void TargetsPage::loadPeriods(qint64 selectId)
{
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    if (!m_database)
        return;
    const auto periods = core::PeriodRepository(m_database->connection()).all();
    if (!periods) {
        emit errorOccurred(periods.error());
        return;
    }
    int select = -1;
    for (const core::Period& period : *periods) {
        m_period->addItem(periodText(period), period.id);
        if (period.id == selectId)
            select = m_period->count() - 1;
        // Without an earlier choice, the year running today is what an officer opens the page for.
        if (selectId == 0 && select < 0 && period.kind == core::PeriodKind::Year &&
            period.contains(core::Clock::today()))
            select = m_period->count() - 1;
    }
    m_period->setCurrentIndex(select >= 0 ? select : (m_period->count() > 0 ? 0 : -1));
    if (m_period->count() == 0)
        m_period->setPlaceholderText(tr("No periods yet: add the year and its months"));
}

void TargetsPage::loadOrganisations()
{
    const qint64 current = m_organisation->currentData().toLongLong();
    const QSignalBlocker blocker(m_organisation);
    m_organisation->clear();
    if (!m_database)
        return;
    core::OrganisationRepository orgs(m_database->connection());
    const auto home = orgs.home();
    const auto all = orgs.all();
    if (!home || !all) {
        emit errorOccurred(!home ? home.error() : all.error());
        return;
    }
    QHash<qint64, QVector<core::Organisation>> children;
    for (const core::Organisation& org : *all)
        if (org.parentId && !org.retired)
            children[*org.parentId].append(org);
    // Depth first from the home, indented by level; a unit without sub-units has nothing to split to, so it is
    // listed only as a row under its parent.
    QVector<QPair<core::Organisation, int>> stack{{*home, 0}};
    while (!stack.isEmpty()) {
        const auto [org, depth] = stack.takeLast();
        const QVector<core::Organisation> below = children.value(org.id);
        if (org.id == home->id || !below.isEmpty())
            m_organisation->addItem(QString(depth * 2, QChar(0x3000)) + org.name, org.id);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    const int index = m_organisation->findData(current);
    m_organisation->setCurrentIndex(index >= 0 ? index : 0);
}

void TargetsPage::showSelection()
{
    const qint64 periodId = m_period->currentData().toLongLong();
    const qint64 orgId = m_organisation->currentData().toLongLong();
    if (!m_database || periodId == 0 || orgId == 0) {
        m_model->clear();
        return;
    }
    const auto all = core::OrganisationRepository(m_database->connection()).all();
    if (!all) {
        emit errorOccurred(all.error());
        return;
    }
    for (const core::Organisation& org : *all)
        if (org.id == orgId)
            m_model->show(*m_database, periodId, org);
    m_table->setCurrentIndex(m_model->index(0, 0));
    // "Add the year" then offers the year being looked at, the one an officer most likely needs completed.
    if (const auto period = core::PeriodRepository(m_database->connection()).byId(periodId))
        m_year->setValue(period->start.year());
}

void TargetsPage::updateSplitButton()
{
    const QModelIndex current = m_table->currentIndex();
    const QString metric = m_model->metricAt(current.column());
    const bool can = current.isValid() && m_model->hasSubUnits() && m_model->ownTarget(metric).value_or(0) > 0;
    m_split->setEnabled(can && !isReadOnly());
    m_split->setToolTip(can ? tr("Suggest how to split this column's target among the sub-units.")
                            : tr("Select a column whose organisation has its own target and sub-units to split it "
                                 "to."));
}

void TargetsPage::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
    emit statusMessage(message);
}

bool TargetsPage::pasteClipboard()
{
    const QString text = QApplication::clipboard()->text();
    QModelIndex start = m_table->currentIndex();
    // With a range selected around the current cell, the block starts at the range's top-left cell, as in Excel.
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        if (range.contains(start))
            start = range.topLeft();
    if (text.isEmpty()) {
        showMessage(tr("The clipboard holds no text to paste."), true);
        return false;
    }
    if (const core::Status pasted = m_model->paste(start, text); !pasted) {
        showMessage(pasted.error(), true);
        return false;
    }
    return true;
}

void TargetsPage::copySelection()
{
    const QString text = m_model->copy(m_table->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TargetsPage::readOnlyChanged()
{
    m_model->setReadOnly(isReadOnly());
    m_addPhase->setEnabled(!isReadOnly());
    m_ensureYear->setEnabled(!isReadOnly());
    updateSplitButton();
}

void TargetsPage::openSplitDialog()
{
    if (isReadOnly())
        return;
    const QString metric = m_model->metricAt(m_table->currentIndex().column());
    const std::optional<double> own = m_model->ownTarget(metric);
    if (metric.isEmpty() || !own)
        return;
    const core::Organisation& parent = m_model->organisation();
    if (!m_database)
        return;
    auto suggestion = core::suggestSplit(m_database->connection(), parent.id, metric, std::llround(*own));
    if (!suggestion) {
        showMessage(suggestion.error(), true);
        return;
    }
    auto* dialog = new TargetSplitDialog(*m_database, m_model->periodId(), parent, metric, *suggestion,
                                         m_model->subUnitTargets(metric), this);
    const QString label =
        tr("Split of %1").arg(core::findMetric(metric) ? core::findMetric(metric)->name.text() : metric);
    dialog->setWriter([this, label](const QVector<core::TargetEdit>& edits) { return m_model->write(edits, label); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TargetSplitDialog::applied, this, [this](int count) {
        m_model->reload();
        showMessage(tr("Saved in the file: %1 target value(s) changed.").arg(count), false);
        emit targetsChanged();
    });
    dialog->open();
}

// A doubtful value (ten times what it replaces, its parent's share or last year's) is written only when the officer
// says it is meant; the question shows both numbers.
void TargetsPage::confirmDoubtful(const QVector<core::TargetEdit>& edits, const QString& text, const QString& question)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Check the target"), question,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmTarget"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, edits, text](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (const auto written = m_model->write(edits, text); !written)
            showMessage(written.error(), true);
    });
    box->open();
}

void TargetsPage::openAddPhaseDialog()
{
    if (!m_database || isReadOnly())
        return;
    auto* dialog = new AddPhaseDialog(*m_database, m_year->value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddPhaseDialog::phaseAdded, this, [this](qint64 periodId) {
        loadPeriods(periodId);
        showSelection();
        showMessage(tr("The phase was added; set its targets below."), false);
        emit targetsChanged();
    });
    dialog->open();
}

void TargetsPage::ensureYear()
{
    if (!m_database || isReadOnly())
        return;
    const int year = m_year->value();
    core::PeriodRepository periods(m_database->connection());
    if (const core::Status s = periods.ensureYear(year); !s) {
        showMessage(s.error(), true);
        return;
    }
    const qint64 current = m_period->currentData().toLongLong();
    const auto added = periods.find(QString::number(year));
    loadPeriods(current != 0 ? current : (added ? added->id : 0));
    showSelection();
    showMessage(tr("The year %1 and its twelve months are in the file.").arg(year), false);
    emit targetsChanged();
}

} // namespace jb::ui
