#include "ui/placement/MatchView.h"

#include "core/domain/Clock.h"
#include "core/i18n/Language.h"
#include "core/lists/EnterpriseFilter.h"
#include "core/lists/VacancyListQuery.h"
#include "core/lists/WorkerListQuery.h"
#include "core/storage/Database.h"
#include "ui/placement/CriteriaTable.h"
#include "ui/placement/PlacementCommand.h"
#include "ui/placement/ReadAgainOnUndo.h"
#include "ui/placement/ReferralCommand.h"
#include "ui/placement/TradeSynonymDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

constexpr int kSubjectMatches = 30;

} // namespace

MatchView::MatchView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("matchView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildChooser());
    layout->addWidget(buildFilters());
    layout->addWidget(buildResults(), 1);
    clearFile();
}

QWidget* MatchView::buildChooser()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_forWorker = new QRadioButton(tr("Posts for a &worker"), box);
    m_forWorker->setObjectName(QStringLiteral("matchForWorker"));
    m_forWorker->setChecked(true);
    m_forPost = new QRadioButton(tr("Workers for a &post"), box);
    m_forPost->setObjectName(QStringLiteral("matchForPost"));
    auto* searchLabel = new QLabel(tr("&Search:"), box);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("matchSearch"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    row->addWidget(m_forWorker);
    row->addWidget(m_forPost);
    row->addSpacing(12);
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    layout->addLayout(row);
    m_matches = new QListWidget(box);
    m_matches->setObjectName(QStringLiteral("matchSubjects"));
    m_matches->setMaximumHeight(84);
    layout->addWidget(m_matches);
    m_subjectLabel = new QLabel(box);
    m_subjectLabel->setObjectName(QStringLiteral("matchSubject"));
    m_subjectLabel->setWordWrap(true);
    layout->addWidget(m_subjectLabel);

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, this, &MatchView::searchSubjects);
    connect(m_search, &QLineEdit::textEdited, timer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MatchView::searchSubjects);
    connect(m_matches, &QListWidget::itemActivated, this, &MatchView::subjectChosen);
    connect(m_matches, &QListWidget::itemClicked, this, &MatchView::subjectChosen);
    connect(m_forWorker, &QRadioButton::toggled, this, [this] {
        m_subject = 0;
        m_subjectText.clear();
        m_hardship->setEnabled(mode() == Mode::WorkersForPost);
        searchSubjects();
        refresh();
    });
    return box;
}

QWidget* MatchView::buildFilters()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_county = new QCheckBox(tr("Only my &county"), box);
    m_county->setObjectName(QStringLiteral("matchCountyOnly"));
    m_hardship = new QCheckBox(tr("Only &hardship cases"), box);
    m_hardship->setObjectName(QStringLiteral("matchHardshipOnly"));
    m_hardship->setEnabled(false);
    auto* topLabel = new QLabel(tr("Show the &top"), box);
    m_top = new QSpinBox(box);
    m_top->setObjectName(QStringLiteral("matchTop"));
    m_top->setRange(1, 100);
    m_top->setValue(20);
    topLabel->setBuddy(m_top);
    row->addWidget(m_county);
    row->addWidget(m_hardship);
    row->addSpacing(12);
    row->addWidget(topLabel);
    row->addWidget(m_top);
    row->addStretch(1);
    connect(m_county, &QCheckBox::toggled, this, &MatchView::refresh);
    connect(m_hardship, &QCheckBox::toggled, this, &MatchView::refresh);
    connect(m_top, qOverload<int>(&QSpinBox::valueChanged), this, &MatchView::refresh);
    return box;
}

QWidget* MatchView::buildResults()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, box);
    m_list = new QTableWidget(0, 4, splitter);
    m_list->setObjectName(QStringLiteral("matchCandidates"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_criteria = new CriteriaTable(splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_criteria);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_refer = new QPushButton(tr("&Refer"), box);
    m_refer->setObjectName(QStringLiteral("matchRefer"));
    m_refer->setToolTip(tr("Record a recommendation of this match (Enter or a double-click does the same)"));
    m_openWorker = new QPushButton(tr("&Open the worker"), box);
    m_openWorker->setObjectName(QStringLiteral("matchOpenWorker"));
    m_synonym = new QPushButton(tr("Add a trade s&ynonym…"), box);
    m_synonym->setObjectName(QStringLiteral("matchAddSynonym"));
    buttons->addWidget(m_refer);
    buttons->addWidget(m_openWorker);
    buttons->addStretch(1);
    buttons->addWidget(m_synonym);
    layout->addLayout(buttons);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, &MatchView::candidateChosen);
    connect(m_list, &QTableWidget::itemActivated, this, [this] {
        if (!m_readOnly)
            referChosen();
    });
    connect(m_refer, &QPushButton::clicked, this, [this] { referChosen(); });
    connect(m_openWorker, &QPushButton::clicked, this, &MatchView::openWorker);
    connect(m_synonym, &QPushButton::clicked, this, &MatchView::addSynonym);
    return box;
}

void MatchView::showFile(core::Database& database)
{
    m_database = &database;
    m_subject = 0;
    m_subjectText.clear();
    m_search->clear();
    m_matches->clear();
    refresh();
}

void MatchView::clearFile()
{
    m_database = nullptr;
    m_subject = 0;
    m_subjectText.clear();
    m_candidates.clear();
    m_matches->clear();
    m_list->setRowCount(0);
    m_criteria->clear();
    m_subjectLabel->setText(tr("Search for a worker or a post above, then choose it to see the best matches."));
    updateActions();
}

void MatchView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void MatchView::setUndoStack(QUndoStack* stack)
{
    // An undo or redo elsewhere may refer or un-refer someone shown here.
    followUndoStack(
        this, m_stack, stack, [this] { return m_subject && m_database; }, [this] { refresh(); }, m_outdated);
}

MatchView::Mode MatchView::mode() const
{
    return m_forPost->isChecked() ? Mode::WorkersForPost : Mode::PostsForWorker;
}

void MatchView::showWorker(qint64 workerId)
{
    m_forWorker->setChecked(true);
    m_subject = workerId;
    m_subjectText = subjectText(workerId);
    refresh();
}

void MatchView::showPost(qint64 vacancyId)
{
    m_forPost->setChecked(true);
    m_subject = vacancyId;
    m_subjectText = subjectText(vacancyId);
    refresh();
}

QString MatchView::subjectText(qint64 id) const
{
    for (int i = 0; i < m_matches->count(); ++i)
        if (m_matches->item(i)->data(Qt::UserRole).toLongLong() == id)
            return m_matches->item(i)->text();
    return {};
}

void MatchView::searchSubjects()
{
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    if (!m_database || text.isEmpty())
        return;
    const auto db = m_database->connection();
    QString error;
    if (mode() == Mode::PostsForWorker) {
        core::WorkerFilter filter;
        filter.search = text;
        const auto query =
            core::WorkerListQuery::create(db, filter, {}, core::Clock::today(), core::shownNameLanguage());
        const auto rows = query ? query->fetch(0, kSubjectMatches)
                                : core::Expected<QVector<core::WorkerRow>>::failure(query.message());
        if (!rows)
            error = rows.error();
        for (const core::WorkerRow& w : rows ? *rows : QVector<core::WorkerRow>()) {
            auto* item = new QListWidgetItem(QStringLiteral("%1  %2  %3").arg(w.name, w.residentId, w.desiredTrade));
            item->setData(Qt::UserRole, w.id);
            m_matches->addItem(item);
        }
    } else {
        core::EnterpriseFilter filter;
        filter.search = text;
        const core::VacancyListQuery query = core::VacancyListQuery::forFilter(db, filter, core::shownNameLanguage());
        const core::Status walked = query.forEach(false, [this](const core::VacancyRow& v) {
            if (v.status == QLatin1String("open")) {
                auto* item = new QListWidgetItem(tr("%1 — %2 (%3 wanted)").arg(v.enterprise, v.title).arg(v.headcount));
                item->setData(Qt::UserRole, v.id);
                m_matches->addItem(item);
            }
            return m_matches->count() < kSubjectMatches;
        });
        if (!walked)
            error = walked.error();
    }
    if (!error.isEmpty())
        emit errorOccurred(error);
}

void MatchView::subjectChosen()
{
    const QListWidgetItem* item = m_matches->currentItem();
    if (!item || item->data(Qt::UserRole).toLongLong() == m_subject)
        return;
    m_subject = item->data(Qt::UserRole).toLongLong();
    m_subjectText = item->text();
    refresh();
}

void MatchView::refresh()
{
    m_candidates.clear();
    if (m_database && m_subject) {
        core::MatchFilter filter;
        filter.top = m_top->value();
        filter.myCountyOnly = m_county->isChecked();
        filter.hardshipOnly = mode() == Mode::WorkersForPost && m_hardship->isChecked();
        const auto db = m_database->connection();
        const auto found = mode() == Mode::PostsForWorker
                               ? core::matchPostsForWorker(db, m_subject, filter, core::Clock::today())
                               : core::matchWorkersForPost(db, m_subject, filter, core::Clock::today());
        if (found)
            m_candidates = *found;
        else
            emit errorOccurred(found.error());
    }
    showCandidates();
}

void MatchView::showCandidates()
{
    const bool forWorker = mode() == Mode::PostsForWorker;
    QString subject = m_subjectText;
    if (subject.isEmpty() && !m_candidates.isEmpty())
        subject = forWorker ? m_candidates.first().workerName
                            : tr("%1 — %2").arg(m_candidates.first().enterpriseName, m_candidates.first().postTitle);
    if (!m_subject)
        m_subjectLabel->setText(tr("Search for a worker or a post above, then choose it to see the best matches."));
    else if (m_candidates.isEmpty())
        m_subjectLabel->setText(forWorker ? tr("No open post matches %1 (posts already referred are left out).")
                                                .arg(subject.isEmpty() ? tr("this worker") : subject)
                                          : tr("No worker looking for work matches this post (people already "
                                               "referred to it are left out)."));
    else
        m_subjectLabel->setText(forWorker ? tr("The best open posts for %1:").arg(subject)
                                          : tr("The best workers looking for work for %1:").arg(subject));
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_list->setColumnCount(forWorker ? 4 : 3);
    m_list->setHorizontalHeaderLabels(forWorker ? QStringList{tr("Rank"), tr("Score"), tr("Post"), tr("Enterprise")}
                                                : QStringList{tr("Rank"), tr("Score"), tr("Worker")});
    m_list->setRowCount(static_cast<int>(m_candidates.size()));
    for (int row = 0; row < m_candidates.size(); ++row) {
        const core::MatchCandidate& c = m_candidates.at(row);
        m_list->setItem(row, 0, new QTableWidgetItem(QString::number(row + 1)));
        m_list->setItem(row, 1, new QTableWidgetItem(QString::number(c.score)));
        m_list->setItem(row, 2, new QTableWidgetItem(forWorker ? c.postTitle : c.workerName));
        if (forWorker)
            m_list->setItem(row, 3, new QTableWidgetItem(c.enterpriseName));
    }
    m_list->resizeColumnsToContents();
    m_list->horizontalHeader()->setStretchLastSection(true);
    if (!m_candidates.isEmpty())
        m_list->selectRow(0);
    candidateChosen();
}

const core::MatchCandidate* MatchView::chosenCandidate() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_candidates.size() && m_list->selectionModel()->hasSelection() ? &m_candidates.at(row)
                                                                                             : nullptr;
}

void MatchView::candidateChosen()
{
    if (const core::MatchCandidate* c = chosenCandidate())
        m_criteria->showCandidate(*c);
    else
        m_criteria->clear();
    updateActions();
}

void MatchView::updateActions()
{
    const bool chosen = m_database && chosenCandidate();
    m_refer->setEnabled(chosen && !m_readOnly);
    m_openWorker->setEnabled(chosen || (m_subject && mode() == Mode::PostsForWorker));
    m_synonym->setEnabled(m_database && !m_readOnly);
}

qint64 MatchView::referChosen()
{
    const core::MatchCandidate* c = chosenCandidate();
    if (!c || !m_database || m_readOnly)
        return 0;
    const auto db = m_database->connection();
    const qint64 worker = c->workerId, post = c->vacancyId;
    const QString text = tr("Refer %1 to %2 (%3)").arg(c->workerName, c->postTitle, c->enterpriseName);
    const auto referred = ReferralCommand::apply(
        m_stack, *m_database, text,
        [db, worker, post] { return core::startReferral(db, worker, post, core::Clock::today()); },
        [this](const QString& message) { emit errorOccurred(message); });
    if (!referred) {
        emit errorOccurred(referred.error());
        return 0;
    }
    emit statusMessage(tr("Recommended: %1").arg(text));
    if (!m_stack) // the stack's change refreshes otherwise
        refresh();
    return referred->referralId;
}

void MatchView::openWorker()
{
    if (const core::MatchCandidate* c = chosenCandidate())
        emit workerOpenRequested(c->workerId);
    else if (m_subject && mode() == Mode::PostsForWorker)
        emit workerOpenRequested(m_subject);
}

void MatchView::addSynonym()
{
    if (!m_database || m_readOnly)
        return;
    QString term, of;
    if (const core::MatchCandidate* c = chosenCandidate())
        for (const core::Criterion& criterion : c->criteria)
            if (criterion.name == core::kTradeCriterion) {
                of = core::desiredTrades(criterion.worker).value(0);
                term = c->postTitle;
            }
    TradeSynonymDialog dialog(term, of, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto db = m_database->connection();
    term = dialog.term();
    of = dialog.synonymOf();
    const QString refused = PlacementCommand::apply(
        m_stack, tr("Add trade synonym %1 = %2").arg(term, of),
        [db, term, of] { return core::addTradeSynonym(db, term, of); },
        [db, term, of] { return core::removeTradeSynonym(db, term, of); },
        [this](const QString& message) { emit errorOccurred(message); });
    if (!refused.isEmpty()) {
        emit errorOccurred(refused);
        return;
    }
    emit statusMessage(tr("%1 now counts as %2 in matching").arg(term, of));
    if (!m_stack)
        refresh();
}

void MatchView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_outdated) {
        m_outdated = false;
        refresh();
    }
}

} // namespace jb::ui
