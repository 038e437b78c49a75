#include "ui/enterprises/EnterpriseDetailPanel.h"

#include "core/editing/FlagResolution.h"
#include "core/editing/RecordChange.h"
#include "core/editing/VacancyClosing.h"
#include "core/lists/EnterpriseDetail.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "ui/audit/ReasonDialog.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/editing/EditCommands.h"
#include "ui/editing/EnterpriseEditDialog.h"
#include "ui/editing/VacancyEditDialog.h"
#include "ui/enterprises/DemandSnapshotDialog.h"
#include "ui/enterprises/EnterpriseTableModel.h"
#include "ui/enterprises/FlagDialog.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

namespace jb::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString contactKindName(const QString& kind)
{
    if (kind == QLatin1String("visit"))
        return EnterpriseDetailPanel::tr("Visit");
    if (kind == QLatin1String("call"))
        return EnterpriseDetailPanel::tr("Phone call");
    if (kind == QLatin1String("fair"))
        return EnterpriseDetailPanel::tr("Job fair");
    return EnterpriseDetailPanel::tr("Other");
}

QString statusName(const QString& status)
{
    if (status == QLatin1String("open"))
        return EnterpriseDetailPanel::tr("Open");
    if (status == QLatin1String("filled"))
        return EnterpriseDetailPanel::tr("Filled");
    if (status == QLatin1String("closed"))
        return EnterpriseDetailPanel::tr("Closed");
    return status;
}

QPushButton* makeButton(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

// A tab: a row of buttons above `content` (and `extra` between them when given).
QWidget* makeTab(const QVector<QPushButton*>& buttons, QWidget* content, QWidget* extra = nullptr)
{
    auto* tab = new QWidget;
    auto* v = new QVBoxLayout(tab);
    v->setContentsMargins(4, 4, 4, 4);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    v->addLayout(row);
    if (extra)
        v->addWidget(extra);
    v->addWidget(content, 1);
    return tab;
}

} // namespace

EnterpriseDetailPanel::EnterpriseDetailPanel(QWidget* parent)
    : RecordDetailPanel(QStringLiteral("enterpriseDetail"),
                        tr("Choose an enterprise in the list to see its vacancies, visits and flags."), QString(),
                        parent)
{
    m_heading->setWordWrap(true);
    m_tabs->setUsesScrollButtons(true);

    m_revealPhone = makeButton(QStringLiteral("revealContactPhone"), tr("&Show"), this);
    m_revealPhone->setToolTip(tr("Shows the full phone number; this is recorded in the audit log"));
    connect(m_revealPhone, &QPushButton::clicked, this, &EnterpriseDetailPanel::revealPhone);
    addField(QStringLiteral("creditCode"), tr("Credit code"));
    addField(QStringLiteral("organisation"), tr("County / town"));
    addField(QStringLiteral("industry"), tr("Industry"));
    addField(QStringLiteral("priority"), tr("Key enterprise / major project"));
    addField(QStringLiteral("address"), tr("Address"));
    addField(QStringLiteral("contact"), tr("Contact"));
    addField(QStringLiteral("contactPhone"), tr("Contact phone"), m_revealPhone);
    addField(QStringLiteral("demand"), tr("Latest plan / hired / gap"));
    addField(QStringLiteral("note"), tr("Note"));
    addField(QStringLiteral("dates"), tr("Added / updated"));
    auto* editEnterprise = makeButton(QStringLiteral("editEnterprise"), tr("E&dit enterprise…"), this);
    connect(editEnterprise, &QPushButton::clicked, this, &EnterpriseDetailPanel::editEnterprise);
    m_tabs->addTab(makeTab({editEnterprise}, m_fields), tr("Details"));
    m_writingButtons << editEnterprise;

    addVacanciesTab();

    m_chart = new QChartView(new QChart, this);
    m_chart->setObjectName(QStringLiteral("demandChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(190);
    m_chart->setMaximumHeight(230);
    m_snapshots = makeTree(QStringLiteral("demandSnapshots"),
                           {tr("Date"), tr("How"), tr("Plan"), tr("Hired"), tr("Gap"), tr("Officer")}, false, this);
    auto* record = makeButton(QStringLiteral("recordVisit"), tr("Record a &visit…"), this);
    auto* correct = makeButton(QStringLiteral("correctVisit"), tr("Co&rrect…"), this);
    connect(record, &QPushButton::clicked, this, &EnterpriseDetailPanel::recordVisit);
    connect(correct, &QPushButton::clicked, this, &EnterpriseDetailPanel::correctVisit);
    connect(m_snapshots, &QTreeWidget::itemDoubleClicked, this, &EnterpriseDetailPanel::correctVisit);
    m_tabs->addTab(makeTab({record, correct}, m_snapshots, m_chart), tr("Demand"));
    m_writingButtons << record << correct;

    m_flags = makeTree(QStringLiteral("enterpriseFlags"),
                       {tr("Flag"), tr("Flagged"), tr("Resolved"), tr("Amount (yuan)"), tr("People"), tr("Note")},
                       false, this);
    auto* addFlag = makeButton(QStringLiteral("addFlag"), tr("Add a fla&g…"), this);
    auto* editFlag = makeButton(QStringLiteral("editFlag"), tr("Edi&t…"), this);
    auto* resolveFlag = makeButton(QStringLiteral("resolveFlag"), tr("Res&olve"), this);
    resolveFlag->setToolTip(tr("Marks the chosen flag resolved as of today"));
    connect(addFlag, &QPushButton::clicked, this, &EnterpriseDetailPanel::addFlag);
    connect(editFlag, &QPushButton::clicked, this, &EnterpriseDetailPanel::editFlag);
    connect(resolveFlag, &QPushButton::clicked, this, &EnterpriseDetailPanel::resolveFlag);
    connect(m_flags, &QTreeWidget::itemDoubleClicked, this, &EnterpriseDetailPanel::editFlag);
    m_tabs->addTab(makeTab({addFlag, editFlag, resolveFlag}, m_flags), tr("Flags"));
    m_writingButtons << addFlag << editFlag << resolveFlag;

    m_referrals = makeTree(QStringLiteral("enterpriseReferrals"),
                           {tr("Worker"), tr("Vacancy"), tr("Stage"), tr("Date")}, false, this);
    m_referrals->setToolTip(tr("Double-click a referral to open it on the Referrals page"));
    connect(m_referrals, &QTreeWidget::itemActivated, this,
            [this](const QTreeWidgetItem* item) { emit referralOpenRequested(item->data(0, kIdRole).toLongLong()); });
    m_tabs->addTab(m_referrals, tr("Referrals"));
    m_layout->addWidget(m_tabs, 1);
    showEnterprise(0);
}

// The vacancies with their actions: add, edit, close, reopen, and refer a person to the chosen one.
void EnterpriseDetailPanel::addVacanciesTab()
{
    m_vacancies = makeTree(QStringLiteral("enterpriseVacancies"),
                           {tr("Vacancy"), tr("People"), tr("Wage"), tr("Posted"), tr("Status")}, false, this);
    auto* addVacancy = makeButton(QStringLiteral("addVacancy"), tr("&Add…"), this);
    auto* editVacancy = makeButton(QStringLiteral("editVacancy"), tr("Ed&it…"), this);
    auto* closeVacancy = makeButton(QStringLiteral("closeVacancy"), tr("C&lose"), this);
    closeVacancy->setToolTip(tr("Marks the chosen vacancy closed as of today"));
    auto* reopenVacancy = makeButton(QStringLiteral("reopenVacancy"), tr("Reo&pen"), this);
    reopenVacancy->setToolTip(tr("Opens the chosen closed or filled vacancy again and clears its closing date"));
    connect(addVacancy, &QPushButton::clicked, this, &EnterpriseDetailPanel::addVacancy);
    connect(editVacancy, &QPushButton::clicked, this, &EnterpriseDetailPanel::editVacancy);
    connect(closeVacancy, &QPushButton::clicked, this, &EnterpriseDetailPanel::closeVacancy);
    connect(reopenVacancy, &QPushButton::clicked, this, &EnterpriseDetailPanel::reopenVacancy);
    auto* referPerson = makeButton(QStringLiteral("referPerson"), tr("Re&fer a person…"), this);
    referPerson->setToolTip(tr("Chooses a person for the chosen open vacancy and records the referral (undoable)"));
    connect(referPerson, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem* item = m_vacancies->currentItem())
            emit referRequested(item->data(0, kIdRole).toLongLong(), item->text(0));
    });
    connect(m_vacancies, &QTreeWidget::itemDoubleClicked, this, &EnterpriseDetailPanel::editVacancy);
    m_tabs->addTab(makeTab({addVacancy, editVacancy, closeVacancy, reopenVacancy, referPerson}, m_vacancies),
                   tr("Vacancies"));
    m_writingButtons << addVacancy << editVacancy << closeVacancy << reopenVacancy << referPerson;
}

void EnterpriseDetailPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPushButton* button : std::as_const(m_writingButtons))
        button->setEnabled(!readOnly);
}

void EnterpriseDetailPanel::showEnterprise(qint64 id)
{
    m_id = id;
    for (QTreeWidget* tree : {m_vacancies, m_snapshots, m_flags, m_referrals})
        tree->clear();
    if (id == 0 || !m_database) {
        showNoRecord(QString());
        return;
    }
    const core::Expected<core::EnterpriseDetail> loaded =
        core::loadEnterpriseDetail(m_database->connection(), id, core::shownNameLanguage());
    if (!loaded) {
        m_id = 0;
        showNoRecord(QString());
        emit failed(loaded.error());
        return;
    }
    showDetails(*loaded);
    showVacancies(*loaded);
    showSnapshots(*loaded);
    showFlags(*loaded);
    showReferrals(*loaded);
}

void EnterpriseDetailPanel::showDetails(const core::EnterpriseDetail& d)
{
    showRecord(d.name);
    setField(QStringLiteral("creditCode"), d.creditCode);
    setField(QStringLiteral("organisation"), d.organisation);
    setField(QStringLiteral("industry"), d.industry);
    QStringList priority;
    if (d.keyEnterprise)
        priority << tr("Key enterprise");
    if (d.majorProject)
        priority << tr("Major project");
    setField(QStringLiteral("priority"), priority.isEmpty() ? tr("No") : priority.join(QStringLiteral(" · ")));
    setField(QStringLiteral("address"), d.address);
    setField(QStringLiteral("contact"), d.contactName);
    setField(QStringLiteral("contactPhone"), d.contactPhoneMasked);
    m_revealPhone->setEnabled(!d.contactPhoneMasked.isEmpty());
    if (d.snapshots.isEmpty()) {
        setField(QStringLiteral("demand"), tr("No visit recorded yet"));
    } else {
        const core::DemandSnapshot& s = d.snapshots.last();
        setField(QStringLiteral("demand"),
                 tr("%1 / %2 / %3 (%4)").arg(s.planned).arg(s.hired).arg(s.gap).arg(iso(s.recordedOn)));
    }
    setField(QStringLiteral("note"), d.note);
    setField(QStringLiteral("dates"), QStringLiteral("%1 / %2").arg(iso(d.createdOn), iso(d.updatedOn)));
}

void EnterpriseDetailPanel::showVacancies(const core::EnterpriseDetail& d)
{
    int open = 0;
    for (const core::VacancyRow& v : d.vacancies) {
        auto* item = new QTreeWidgetItem(
            m_vacancies, {v.title, QString::number(v.headcount), v.wage, iso(v.postedOn), statusName(v.status)});
        item->setData(0, kIdRole, v.id);
        item->setToolTip(0, QStringList{v.title, v.trade, v.requirements}.join(QLatin1Char('\n')).trimmed());
        open += v.status == QLatin1String("open");
    }
    m_tabs->setTabText(1, tr("Vacancies (%1 open)").arg(open));
}

void EnterpriseDetailPanel::showSnapshots(const core::EnterpriseDetail& d)
{
    QVector<QDate> days;
    QVector<QVector<int>> values(3);
    for (auto it = d.snapshots.crbegin(); it != d.snapshots.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_snapshots, {iso(it->recordedOn), contactKindName(it->contactKind),
                                                       QString::number(it->planned), QString::number(it->hired),
                                                       QString::number(it->gap), it->officer});
        item->setData(0, kIdRole, it->id);
        if (!it->note.isEmpty())
            item->setToolTip(0, it->note);
    }
    for (const core::DemandSnapshot& s : d.snapshots) {
        days << s.recordedOn;
        values[0] << s.planned;
        values[1] << s.hired;
        values[2] << s.gap;
    }
    showChart(days, values);
}

void EnterpriseDetailPanel::showFlags(const core::EnterpriseDetail& d)
{
    int openFlags = 0;
    const QLocale locale;
    for (const core::EnterpriseFlag& f : d.flags) {
        auto* item =
            new QTreeWidgetItem(m_flags, {EnterpriseTableModel::flagName(f.kind), iso(f.flaggedOn), iso(f.resolvedOn),
                                          f.amountYuan ? locale.toString(*f.amountYuan, 'f', 0) : QString(),
                                          f.peopleAffected ? QString::number(*f.peopleAffected) : QString(), f.note});
        item->setData(0, kIdRole, f.id);
        if (!f.resolvedOn.isValid()) {
            ++openFlags;
            item->setForeground(0, QColor(0xB0, 0x30, 0x20));
        }
    }
    m_tabs->setTabText(3, tr("Flags (%1 open)").arg(openFlags));
}

void EnterpriseDetailPanel::showReferrals(const core::EnterpriseDetail& d)
{
    for (const core::EnterpriseReferral& r : d.referrals) {
        auto* item =
            new QTreeWidgetItem(m_referrals, {r.worker, r.vacancy, referralStageName(r.stage), iso(r.stageOn)});
        item->setData(0, kIdRole, r.id); // double-click opens it on the Referrals page
    }
    m_tabs->setTabText(4, tr("Referrals (%1)").arg(d.referrals.size()));
}

void EnterpriseDetailPanel::showChart(const QVector<QDate>& days, const QVector<QVector<int>>& values)
{
    QChart* chart = m_chart->chart();
    ChartStyle::clear(*chart);
    ChartStyle::prepare(*chart, font());
    m_chart->setVisible(!days.isEmpty());
    if (days.isEmpty())
        return;
    const QString names[] = {tr("Plan"), tr("Hired"), tr("Gap")};
    const QColor colours[] = {ChartStyle::targetColour(), ChartStyle::actualColour(), QColor(0xC0, 0x50, 0x30)};
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTickCount(std::min<int>(4, std::max<int>(2, static_cast<int>(days.size()))));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    int top = 1;
    for (int s = 0; s < 3; ++s) {
        auto* series = new QLineSeries;
        series->setName(names[s]);
        QPen pen(colours[s]);
        pen.setWidth(2);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (int i = 0; i < days.size(); ++i) {
            series->append(static_cast<qreal>(days[i].startOfDay().toMSecsSinceEpoch()), values[s][i]);
            top = std::max(top, values[s][i]);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QDate first = days.first(), last = days.last();
    if (first == last) {
        first = first.addDays(-15);
        last = last.addDays(15);
    }
    x->setRange(first.startOfDay(), last.startOfDay());
    y->setRange(0, top + std::max(1, top / 10));
    y->applyNiceNumbers();
    ChartStyle::styleAxis(*x, font());
    ChartStyle::styleAxis(*y, font());
    y->setTickCount(4);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
}

qint64 EnterpriseDetailPanel::currentId(QTreeWidget* tree) const
{
    const QTreeWidgetItem* item = tree->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void EnterpriseDetailPanel::revealPhone()
{
    QString reason;
    if (!m_database || !m_id ||
        !ReasonDialog::askIfRequired(*m_database, tr("the enterprise's contact phone"), this, reason))
        return;
    const core::Expected<QString> phone = core::revealEnterprisePhone(m_database->connection(), m_id, reason);
    if (!phone) {
        emit failed(phone.error());
        return;
    }
    setField(QStringLiteral("contactPhone"), *phone);
    emit revealed();
}

bool EnterpriseDetailPanel::apply(const core::RecordChange& change, const QString& text)
{
    if (!writable() || (change.kind == core::RecordChange::Kind::Update && change.fields.isEmpty()))
        return false;
    QString error;
    if (!applyAndPush(m_undoStack, *m_database, change, text, &error)) {
        emit failed(error);
        return false;
    }
    emit edited();
    return true;
}

template <typename Dialog> void EnterpriseDetailPanel::openEditor(qint64 recordId, const QString& text)
{
    if (!writable() || !m_id) // a double-click on a read-only file opens no editor
        return;
    auto* dialog = new Dialog(*m_database, m_id, recordId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, text] { apply(dialog->change(), text); });
    dialog->open();
}

void EnterpriseDetailPanel::editEnterprise()
{
    openEditor<EnterpriseEditDialog>(m_id, tr("Edit enterprise"));
}

void EnterpriseDetailPanel::addVacancy()
{
    openEditor<VacancyEditDialog>(0, tr("Add vacancy"));
}

void EnterpriseDetailPanel::editVacancy()
{
    if (const qint64 id = currentId(m_vacancies))
        openEditor<VacancyEditDialog>(id, tr("Edit vacancy"));
}

void EnterpriseDetailPanel::pushApplied(const core::Expected<core::RecordChange>& applied, const QString& text)
{
    if (!applied) {
        emit failed(applied.error());
        return;
    }
    // Core applied the change already; the command's first redo() does nothing, its undo() inverts it.
    if (m_undoStack)
        m_undoStack->push(new RecordChangeCommand(*m_database, *applied, applied->recordId, text));
    emit edited();
}

void EnterpriseDetailPanel::closeVacancy()
{
    const qint64 id = currentId(m_vacancies);
    if (!writable() || !id)
        return;
    pushApplied(core::closeVacancy(m_database->connection(), id), tr("Close vacancy"));
}

void EnterpriseDetailPanel::reopenVacancy()
{
    const qint64 id = currentId(m_vacancies);
    if (!writable() || !id)
        return;
    pushApplied(core::reopenVacancy(m_database->connection(), id), tr("Reopen vacancy"));
}

void EnterpriseDetailPanel::recordVisit()
{
    openEditor<DemandSnapshotDialog>(0, tr("Record a visit"));
}

void EnterpriseDetailPanel::correctVisit()
{
    if (const qint64 id = currentId(m_snapshots))
        openEditor<DemandSnapshotDialog>(id, tr("Correct a visit"));
}

void EnterpriseDetailPanel::addFlag()
{
    openEditor<FlagDialog>(0, tr("Add a flag"));
}

void EnterpriseDetailPanel::editFlag()
{
    if (const qint64 id = currentId(m_flags))
        openEditor<FlagDialog>(id, tr("Edit a flag"));
}

void EnterpriseDetailPanel::resolveFlag()
{
    const qint64 id = currentId(m_flags);
    if (!writable() || !id)
        return;
    // Core knows whether the flag is open; a flag resolved already is refused with a message saying when.
    pushApplied(core::resolveFlag(m_database->connection(), id), tr("Resolve a flag"));
}

} // namespace jb::ui
