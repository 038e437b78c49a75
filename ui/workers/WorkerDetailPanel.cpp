#include "ui/workers/WorkerDetailPanel.h"

#include "core/lists/WorkerDetail.h"
#include "core/lists/WorkerListQuery.h"

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

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString stageName(const QString& stage)
{
    if (stage == QLatin1String("recommended"))
        return WorkerDetailPanel::tr("Recommended");
    if (stage == QLatin1String("interviewed"))
        return WorkerDetailPanel::tr("Interviewed");
    if (stage == QLatin1String("intention"))
        return WorkerDetailPanel::tr("Intention reached");
    if (stage == QLatin1String("contract"))
        return WorkerDetailPanel::tr("Contract signed");
    if (stage == QLatin1String("stable"))
        return WorkerDetailPanel::tr("Stable employment");
    if (stage == QLatin1String("left"))
        return WorkerDetailPanel::tr("Left the job");
    return stage;
}

QTreeWidget* makeTree(const QString& objectName, const QStringList& header, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(header);
    tree->setRootIsDecorated(header.size() > 3);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

} // namespace

WorkerDetailPanel::WorkerDetailPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workerDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("workerDetailHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_empty = new QLabel(tr("Choose a person in the list to see everything on record."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_empty);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workerDetailTabs"));
    auto* fields = new QWidget;
    m_form = new QFormLayout(fields);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight);
    auto* scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Details"));

    m_revealId = new QPushButton(tr("Show"), this);
    m_revealId->setObjectName(QStringLiteral("revealResidentId"));
    m_revealId->setToolTip(tr("Shows the full ID number; this is recorded in the audit log"));
    connect(m_revealId, &QPushButton::clicked, this, &WorkerDetailPanel::revealResidentId);
    m_revealPhone = new QPushButton(tr("Show"), this);
    m_revealPhone->setObjectName(QStringLiteral("revealPhone"));
    m_revealPhone->setToolTip(tr("Shows the full phone number; this is recorded in the audit log"));
    connect(m_revealPhone, &QPushButton::clicked, this, &WorkerDetailPanel::revealPhone);

    addField(QStringLiteral("gender"), tr("Gender / age"));
    addField(QStringLiteral("residentId"), tr("ID number"), m_revealId);
    addField(QStringLiteral("phone"), tr("Phone"), m_revealPhone);
    addField(QStringLiteral("organisation"), tr("Registered at"));
    addField(QStringLiteral("keyGroups"), tr("Key groups"));
    addField(QStringLiteral("hardship"), tr("Hardship categories"));
    addField(QStringLiteral("promise"), tr("One-week promise"));
    addField(QStringLiteral("status"), tr("Employment status"));
    addField(QStringLiteral("returned"), tr("Returned to work"));
    addField(QStringLiteral("hukou"), tr("Household registration"));
    addField(QStringLiteral("current"), tr("Current place"));
    addField(QStringLiteral("desired"), tr("Desired trade and place"));
    addField(QStringLiteral("wage"), tr("Expected wage (yuan/month)"));
    addField(QStringLiteral("skill"), tr("Skill level / education"));
    addField(QStringLiteral("needs"), tr("Service needs"));
    addField(QStringLiteral("dates"), tr("Registered / last contact"));
    addField(QStringLiteral("note"), tr("Note"));

    m_referrals = makeTree(QStringLiteral("workerReferrals"),
                           {tr("Enterprise / stage"), tr("Date"), tr("Vacancy"), tr("Job fair")}, this);
    m_tabs->addTab(m_referrals, tr("Referrals"));
    m_services = makeTree(QStringLiteral("workerServices"), {tr("Date"), tr("Service"), tr("Details")}, this);
    m_tabs->addTab(m_services, tr("Services"));
    m_timeline = makeTree(QStringLiteral("workerTimeline"), {tr("Date"), tr("What happened")}, this);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0);
    showWorker(0);
}

void WorkerDetailPanel::addField(const QString& objectName, const QString& caption, QPushButton* reveal)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!reveal) {
        m_form->addRow(caption, value);
        return;
    }
    auto* row = new QWidget;
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(value, 1);
    h->addWidget(reveal);
    m_form->addRow(caption, row);
}

void WorkerDetailPanel::setField(const QString& objectName, const QString& text)
{
    if (auto* label = findChild<QLabel*>(objectName))
        label->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

void WorkerDetailPanel::showWorker(qint64 id)
{
    m_id = id;
    m_referrals->clear();
    m_services->clear();
    m_timeline->clear();
    if (id <= 0 || !m_db.isValid()) {
        m_id = 0;
        m_heading->setText(tr("Worker details"));
        m_empty->show();
        m_tabs->hide();
        return;
    }
    const bool chinese = chineseUi();
    const core::Expected<core::WorkerDetail> loaded =
        core::loadWorkerDetail(m_db, id, m_today.isValid() ? m_today : QDate::currentDate(), chinese);
    if (!loaded) {
        emit failed(loaded.error());
        showWorker(0);
        return;
    }
    const core::WorkerDetail& d = *loaded;
    m_empty->hide();
    m_tabs->show();
    m_heading->setText(d.name);
    const QString sep = chinese ? QStringLiteral("、") : QStringLiteral(", ");
    QString gender = core::WorkerListQuery::genderText(d.gender, chinese);
    if (d.age >= 0)
        gender += (gender.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("%n years", nullptr, d.age);
    if (d.birthDate.isValid())
        gender += QStringLiteral("（%1）").arg(iso(d.birthDate));
    setField(QStringLiteral("gender"), gender);
    setField(QStringLiteral("residentId"), d.residentIdMasked);
    setField(QStringLiteral("phone"), d.phoneMasked);
    m_revealId->setEnabled(!d.residentIdMasked.isEmpty());
    m_revealPhone->setEnabled(!d.phoneMasked.isEmpty());
    setField(QStringLiteral("organisation"), d.organisation);
    setField(QStringLiteral("keyGroups"), d.keyGroups.join(sep));
    setField(QStringLiteral("hardship"), d.hardshipCategories.join(sep));
    QString promise = core::WorkerListQuery::promiseText(d.promise, chinese);
    if (d.promiseDue.isValid())
        promise += QStringLiteral(" · ") + tr("due %1").arg(iso(d.promiseDue));
    setField(QStringLiteral("promise"), promise);
    setField(QStringLiteral("status"), d.status);
    QString returned = iso(d.returnedOn);
    if (d.returnDestination == QLatin1String("in_province"))
        returned += QStringLiteral(" · ") + tr("in the province");
    else if (d.returnDestination == QLatin1String("out_of_province"))
        returned += QStringLiteral(" · ") + tr("outside the province");
    setField(QStringLiteral("returned"), returned);
    setField(QStringLiteral("hukou"), d.hukouPlace);
    setField(QStringLiteral("current"), d.currentPlace);
    setField(QStringLiteral("desired"), QStringList{d.desiredTrade, d.desiredPlace}.join(QStringLiteral(" · ")));
    setField(QStringLiteral("wage"), d.expectedWage);
    setField(QStringLiteral("skill"), QStringList{d.skillLevel, d.education}.join(QStringLiteral(" · ")));
    setField(QStringLiteral("needs"), d.serviceNeeds.join(sep));
    setField(QStringLiteral("dates"), QStringLiteral("%1 / %2").arg(iso(d.registeredOn), iso(d.lastContactOn)));
    setField(QStringLiteral("note"), d.note);

    for (const core::WorkerReferral& r : d.referrals) {
        auto* item = new QTreeWidgetItem(m_referrals, {r.enterprise, iso(r.stageOn), r.vacancy, r.fair});
        for (const core::WorkerReferralStage& s : r.stages)
            new QTreeWidgetItem(item, {stageName(s.stage), iso(s.on), s.note});
    }
    m_referrals->expandAll();
    m_tabs->setTabText(1, tr("Referrals (%1)").arg(d.referrals.size()));
    for (const core::WorkerService& s : d.services)
        new QTreeWidgetItem(m_services, {iso(s.providedOn), s.subtype.isEmpty() ? s.type : s.type + QStringLiteral(" · ") + s.subtype,
                                         s.detail});
    m_tabs->setTabText(2, tr("Services (%1)").arg(d.services.size()));
    for (const core::WorkerEvent& e : d.timeline)
        new QTreeWidgetItem(m_timeline, {iso(e.on), e.text});
}

void WorkerDetailPanel::revealResidentId()
{
    if (m_id <= 0)
        return;
    const core::Expected<QString> value = core::revealWorkerField(m_db, m_id, core::RevealField::ResidentId);
    if (!value) {
        emit failed(value.error());
        return;
    }
    setField(QStringLiteral("residentId"), *value);
    m_revealId->setEnabled(false);
    emit revealed(QStringLiteral("id_number"));
}

void WorkerDetailPanel::revealPhone()
{
    if (m_id <= 0)
        return;
    const core::Expected<QString> value = core::revealWorkerField(m_db, m_id, core::RevealField::Phone);
    if (!value) {
        emit failed(value.error());
        return;
    }
    setField(QStringLiteral("phone"), *value);
    m_revealPhone->setEnabled(false);
    emit revealed(QStringLiteral("phone"));
}

} // namespace jb::ui
