#include "ui/fairs/FairDetailPanel.h"

#include "core/fairs/FairRecord.h"
#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"
#include "ui/fairs/FairTableModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

void addRow(QTreeWidget* tree, const QStringList& cells, int firstNumber)
{
    auto* item = new QTreeWidgetItem(tree, cells);
    for (int c = firstNumber; c < cells.size(); ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

FairDetailPanel::FairDetailPanel(QWidget* parent)
    : RecordDetailPanel(QStringLiteral("fairDetail"), tr("Choose a fair in the list to see its details."),
                        QStringLiteral("—"), parent)
{
    buildOverview();
    m_tabs->addTab(m_fields, tr("Overview"));
    m_tabs->addTab(buildEnterprisesTab(), tr("Enterprises and posts"));
    m_tabs->addTab(buildPeopleTab(), tr("People"));
    m_tabs->addTab(buildOutcomesTab(), tr("Intentions and contracts"));
    m_layout->addWidget(m_tabs, 1);
    showNoRecord(tr("No fair chosen"));
}

QPushButton* FairDetailPanel::makeButton(const QString& objectName, const QString& text)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    m_buttons << button; // every button of the panel asks for a change
    return button;
}

void FairDetailPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    enableButtons();
}

void FairDetailPanel::enableButtons()
{
    for (QPushButton* button : std::as_const(m_buttons))
        button->setEnabled(!m_readOnly);
    m_held->setEnabled(!m_readOnly && m_status == core::FairStatus::Planned);
    m_closed->setEnabled(!m_readOnly && m_status == core::FairStatus::Held);
    m_addOutcome->setEnabled(!m_readOnly && m_status != core::FairStatus::Planned);
    if (m_newPost) // a new post is of the enterprise chosen above
        m_newPost->setEnabled(!m_readOnly && chosenEnterpriseId() != 0);
}

void FairDetailPanel::buildOverview()
{
    auto* buttons = new QWidget;
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    m_edit = makeButton(QStringLiteral("editFair"), tr("Ed&it…"));
    m_held = makeButton(QStringLiteral("markHeld"), tr("&Mark held"));
    m_closed = makeButton(QStringLiteral("markClosed"), tr("Mark c&losed"));
    for (QPushButton* b : {m_edit, m_held, m_closed})
        row->addWidget(b);
    row->addStretch(1);
    connect(m_edit, &QPushButton::clicked, this, &FairDetailPanel::editRequested);
    connect(m_held, &QPushButton::clicked, this, [this] { emit statusRequested(core::FairStatus::Held); });
    connect(m_closed, &QPushButton::clicked, this, [this] { emit statusRequested(core::FairStatus::Closed); });
    m_form->addRow(buttons);

    addField(QStringLiteral("fairStatus"), tr("Status"));
    addField(QStringLiteral("fairDays"), tr("Days"));
    addField(QStringLiteral("fairOrganiser"), tr("Organiser"));
    addField(QStringLiteral("fairCoOrganisers"), tr("Co-organisers"));
    addField(QStringLiteral("fairForm"), tr("Form"));
    addField(QStringLiteral("fairKind"), tr("Kind"));
    addField(QStringLiteral("fairVenue"), tr("Venue or platform"));
    addField(QStringLiteral("fairKeyGroups"), tr("Key groups"));
    addField(QStringLiteral("fairNote"), tr("Note"));

    m_figures =
        makeTree(QStringLiteral("fairFigures"), {tr("Figure"), tr("On record"), tr("Reported")}, false, nullptr);
    m_figures->setMinimumHeight(m_figures->fontMetrics().height() * 14);
    m_form->addRow(m_figures);
    auto* rule = new QLabel(tr("The metrics count a fair once it is held, dated by its first day, and count only the "
                               "people, intentions and contracts on record; the organiser's reported figures are "
                               "shown beside them and never added."));
    rule->setObjectName(QStringLiteral("fairMetricsRule"));
    rule->setWordWrap(true);
    rule->setStyleSheet(QStringLiteral("color: #555;"));
    m_form->addRow(rule);
}

QWidget* FairDetailPanel::buildEnterprisesTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    m_enterprises =
        makeTree(QStringLiteral("fairEnterprises"),
                 {tr("Enterprise"), tr("Posts"), tr("Headcount"), tr("Intentions"), tr("Contracts")}, false, tab);
    m_enterprises->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_enterprises->header()->setStretchLastSection(false);
    layout->addWidget(m_enterprises, 1);
    m_posts = makeTree(QStringLiteral("fairPosts"),
                       {tr("Post"), tr("Enterprise"), tr("Headcount"), tr("Public-welfare")}, false, tab);
    layout->addWidget(m_posts, 1);
    auto* row = new QHBoxLayout;
    QPushButton* enterprise = makeButton(QStringLiteral("addFairEnterprise"), tr("&Add enterprise…"));
    QPushButton* post = makeButton(QStringLiteral("addFairPost"), tr("Add &post…"));
    QPushButton* newEnterprise = makeButton(QStringLiteral("newFairEnterprise"), tr("New &enterprise…"));
    m_newPost = makeButton(QStringLiteral("newFairPost"), tr("New p&ost…"));
    newEnterprise->setToolTip(tr("An enterprise not on the list yet: it is added to the list and joins the fair"));
    connect(enterprise, &QPushButton::clicked, this, &FairDetailPanel::addEnterpriseRequested);
    connect(post, &QPushButton::clicked, this, &FairDetailPanel::addPostRequested);
    connect(newEnterprise, &QPushButton::clicked, this, &FairDetailPanel::newEnterpriseRequested);
    connect(m_newPost, &QPushButton::clicked, this, [this] {
        if (const qint64 enterpriseId = chosenEnterpriseId())
            emit newPostRequested(enterpriseId);
    });
    connect(m_enterprises, &QTreeWidget::currentItemChanged, this,
            [this] { m_newPost->setEnabled(!m_readOnly && chosenEnterpriseId() != 0); });
    m_newPost->setEnabled(false);
    m_newPost->setToolTip(tr("A post not on the demand list yet, of the enterprise chosen above: it joins the demand "
                             "list with the fair as its source"));
    for (QPushButton* b : {enterprise, post, newEnterprise, m_newPost})
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);
    return tab;
}

QWidget* FairDetailPanel::buildPeopleTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    m_people = makeTree(QStringLiteral("fairPeople"), {tr("Name"), tr("ID number"), tr("Registered here")}, false, tab);
    layout->addWidget(m_people, 1);
    auto* row = new QHBoxLayout;
    QPushButton* person = makeButton(QStringLiteral("addFairPerson"), tr("Add pe&rson…"));
    QPushButton* newPerson = makeButton(QStringLiteral("newFairPerson"), tr("Ne&w person…"));
    newPerson->setToolTip(tr("A person not on the worker list yet: added with the fair as source and its first day "
                             "as registration date"));
    connect(person, &QPushButton::clicked, this, &FairDetailPanel::addPersonRequested);
    connect(newPerson, &QPushButton::clicked, this, &FairDetailPanel::newPersonRequested);
    row->addWidget(person);
    row->addWidget(newPerson);
    row->addStretch(1);
    layout->addLayout(row);
    return tab;
}

QWidget* FairDetailPanel::buildOutcomesTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    m_outcomes = makeTree(
        QStringLiteral("fairOutcomes"),
        {tr("Person"), tr("Post"), tr("Enterprise"), tr("Stage now"), tr("Intention"), tr("Contract")}, false, tab);
    // The enterprise takes what the other columns leave, elided.
    m_outcomes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_outcomes->header()->setStretchLastSection(false);
    layout->addWidget(m_outcomes, 1);
    auto* row = new QHBoxLayout;
    m_addOutcome = makeButton(QStringLiteral("addFairOutcome"), tr("Record intention or con&tract…"));
    connect(m_addOutcome, &QPushButton::clicked, this, &FairDetailPanel::addOutcomeRequested);
    row->addWidget(m_addOutcome);
    row->addStretch(1);
    layout->addLayout(row);
    return tab;
}

void FairDetailPanel::showFair(qint64 fairId)
{
    m_fairId = 0;
    m_status = core::FairStatus::Planned;
    if (!m_database || fairId <= 0) {
        showNoRecord(m_database ? tr("No fair chosen") : QString());
        return;
    }
    const core::Expected<core::FairRow> row = core::fairRow(m_database->connection(), fairId);
    if (!row) {
        showNoRecord(tr("No fair chosen"));
        emit failed(row.error());
        return;
    }
    m_fairId = fairId;
    m_status = row->status;
    showRecord(row->name);
    if (showOverview(*row))
        showLinks();
}

bool FairDetailPanel::showOverview(const core::FairRow& row)
{
    const auto db = m_database->connection();
    const core::Expected<core::Fair> fair = core::loadFair(db, m_fairId);
    if (!fair) {
        emit failed(fair.error());
        return false;
    }
    const core::FairDetails& d = fair->details;
    setField(QStringLiteral("fairStatus"), core::fairStatusName(row.status).text());
    setField(QStringLiteral("fairDays"), FairTableModel::daysText(d.firstDay, d.lastDay));
    setField(QStringLiteral("fairOrganiser"), row.organiserName);
    setField(QStringLiteral("fairCoOrganisers"), d.coOrganisers);
    setField(QStringLiteral("fairForm"), core::fairFormName(d.form).text());
    setField(QStringLiteral("fairKind"), row.kindName);
    setField(QStringLiteral("fairVenue"), d.venue);
    QStringList groups;
    if (const auto items = core::ReferenceRepository(db).items(QStringLiteral("key_group"), true)) {
        for (const core::ReferenceItem& item : *items)
            if (d.keyGroupIds.contains(item.id))
                groups << (chineseUi() ? item.nameZh : item.nameEn);
    }
    setField(QStringLiteral("fairKeyGroups"), groups.join(chineseUi() ? QStringLiteral("、") : QStringLiteral(", ")));
    setField(QStringLiteral("fairNote"), d.note);
    showFigures(row, d);
    enableButtons();
    m_addOutcome->setToolTip(row.status == core::FairStatus::Planned
                                 ? tr("Intentions and contracts are recorded once the fair is held")
                                 : QString());
    return true;
}

// The figures counted from the fair's links beside what its organiser reported ("—" where one side has none).
void FairDetailPanel::showFigures(const core::FairRow& row, const core::FairDetails& details)
{
    m_figures->clear();
    const QString none = QStringLiteral("—");
    auto line = [this](const QString& name, const QString& counted, const QString& reported) {
        addRow(m_figures, {name, counted, reported}, 1);
    };
    line(tr("Enterprises"), number(row.enterprises), none);
    line(tr("Posts"), number(row.posts), none);
    line(tr("Public-welfare posts"), number(row.publicWelfarePosts), none);
    line(tr("Headcount"), number(row.headcount), number(details.reportedHeadcount));
    line(tr("Job seekers registered"), number(row.registered), none);
    line(tr("Visits"), none, number(details.visits));
    line(tr("Materials handed out"), none, number(details.materials));
    line(tr("Intentions"), number(row.intentions), number(details.reportedIntentions));
    line(tr("Contracts"), number(row.contracts), number(details.reportedContracts));
    const QString ratio = FairTableModel::demandRatioText(row);
    line(tr("Demand ratio"), ratio.isEmpty() ? none : ratio, none);
}

qint64 FairDetailPanel::chosenEnterpriseId() const
{
    const QTreeWidgetItem* item = m_enterprises->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

bool FairDetailPanel::showLinks()
{
    const auto db = m_database->connection();
    const auto enterprises = core::fairEnterprises(db, m_fairId);
    const auto posts = core::fairPosts(db, m_fairId);
    const auto people = core::fairPeople(db, m_fairId);
    const auto outcomes = core::fairOutcomes(db, m_fairId);
    for (QTreeWidget* tree : {m_enterprises, m_posts, m_people, m_outcomes})
        tree->clear();
    if (!enterprises || !posts || !people || !outcomes) {
        emit failed(!enterprises ? enterprises.error()
                    : !posts     ? posts.error()
                    : !people    ? people.error()
                                 : outcomes.error());
        return false;
    }
    for (const core::FairEnterpriseRow& e : *enterprises) {
        addRow(m_enterprises, {e.name, number(e.posts), number(e.headcount), number(e.intentions), number(e.contracts)},
               1);
        m_enterprises->topLevelItem(m_enterprises->topLevelItemCount() - 1)->setData(0, Qt::UserRole, e.enterpriseId);
    }
    m_newPost->setEnabled(false);
    for (const core::FairPostRow& p : *posts)
        addRow(m_posts, {p.title, p.enterpriseName, number(p.headcount), p.publicWelfare ? tr("Yes") : QString()}, 2);
    for (const core::FairPersonRow& p : *people)
        addRow(m_people, {p.name, p.maskedId, p.registeredHere ? tr("Yes") : QString()}, 3);
    // The days within the fair's year, month and day only, so the enterprise keeps room; whole in the tooltip.
    auto day = [](const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("MM-dd")) : QString(); };
    for (const core::FairOutcomeRow& o : *outcomes) {
        addRow(m_outcomes,
               {o.workerName, o.title, o.enterpriseName, referralStageName(o.stage), day(o.intentionOn),
                day(o.contractOn)},
               6);
        QTreeWidgetItem* item = m_outcomes->topLevelItem(m_outcomes->topLevelItemCount() - 1);
        item->setToolTip(2, o.enterpriseName);
        item->setToolTip(4, iso(o.intentionOn));
        item->setToolTip(5, iso(o.contractOn));
    }
    return true;
}

} // namespace jb::ui
