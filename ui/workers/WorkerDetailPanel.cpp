#include "ui/workers/WorkerDetailPanel.h"

#include "core/domain/Clock.h"
#include "core/lists/WorkerDetail.h"
#include "core/lists/WorkerListQuery.h"
#include "core/storage/Database.h"
#include "ui/audit/ReasonDialog.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jb::ui {

WorkerDetailPanel::WorkerDetailPanel(QWidget* parent)
    : RecordDetailPanel(QStringLiteral("workerDetail"), tr("Choose a person in the list to see everything on record."),
                        QStringLiteral("—"), parent)
{
    m_tabs->addTab(m_fields, tr("Details"));

    m_revealId = new QPushButton(tr("&Show"), this);
    m_revealId->setObjectName(QStringLiteral("revealResidentId"));
    m_revealId->setToolTip(tr("Shows the full ID number; this is recorded in the audit log"));
    connect(m_revealId, &QPushButton::clicked, this, &WorkerDetailPanel::revealResidentId);
    m_revealPhone = new QPushButton(tr("Sh&ow"), this);
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
                           {tr("Enterprise / stage"), tr("Date"), tr("Vacancy"), tr("Job fair")}, true, this);
    m_referrals->setToolTip(tr("Double-click a referral to open it on the Referrals page"));
    connect(m_referrals, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        while (item && item->parent())
            item = item->parent(); // a stage row opens its referral
        if (item)
            emit referralOpenRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    m_refer = new QPushButton(tr("Refer to a &post…"), this);
    m_refer->setObjectName(QStringLiteral("referWorker"));
    m_refer->setToolTip(tr("Chooses an open post and records the referral (undoable)"));
    connect(m_refer, &QPushButton::clicked, this, [this] { emit referRequested(m_id); });
    auto* referralsTab = new QWidget(this);
    auto* referralsLayout = new QVBoxLayout(referralsTab);
    referralsLayout->setContentsMargins(4, 4, 4, 4);
    auto* referRow = new QHBoxLayout;
    referRow->addWidget(m_refer);
    referRow->addStretch(1);
    referralsLayout->addLayout(referRow);
    referralsLayout->addWidget(m_referrals, 1);
    m_tabs->addTab(referralsTab, tr("Referrals"));
    m_tabs->addTab(makeServicesTab(), tr("Services"));
    m_timeline = makeTree(QStringLiteral("workerTimeline"), {tr("Date"), tr("What happened")}, false, this);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_layout->addWidget(m_tabs, 1);
    m_layout->addStretch(0);
    showWorker(0);
}

void WorkerDetailPanel::showWorker(qint64 id)
{
    m_id = id;
    m_referrals->clear();
    m_services->clear();
    m_timeline->clear();
    if (id <= 0 || !m_database) {
        m_id = 0;
        showNoRecord(tr("Worker details"));
        m_addService->setEnabled(false);
        serviceChosen();
        return;
    }
    const bool chinese = chineseUi();
    const core::Expected<core::WorkerDetail> loaded = core::loadWorkerDetail(
        m_database->connection(), id, m_today.isValid() ? m_today : core::Clock::today(), core::shownNameLanguage());
    if (!loaded) {
        emit failed(loaded.error());
        showWorker(0);
        return;
    }
    const core::WorkerDetail& d = *loaded;
    showRecord(d.name);
    const QString sep = chinese ? QStringLiteral("、") : QStringLiteral(", ");
    QString gender = core::WorkerListQuery::genderText(d.gender).text();
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
    QString promise = core::WorkerListQuery::promiseText(d.promise).text();
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
        item->setData(0, Qt::UserRole, r.id);
        for (const core::WorkerReferralStage& s : r.stages)
            new QTreeWidgetItem(item, {referralStageName(s.stage), iso(s.on), s.note});
    }
    m_referrals->expandAll();
    m_tabs->setTabText(1, tr("Referrals (%1)").arg(d.referrals.size()));
    for (const core::WorkerService& s : d.services) {
        auto* item = new QTreeWidgetItem(
            m_services,
            {iso(s.providedOn), s.subtype.isEmpty() ? s.type : s.type + QStringLiteral(" · ") + s.subtype, s.detail});
        item->setData(0, Qt::UserRole, s.id);
    }
    m_addService->setEnabled(!m_readOnly);
    serviceChosen();
    m_tabs->setTabText(2, tr("Services (%1)").arg(d.services.size()));
    for (const core::WorkerEvent& e : d.timeline)
        new QTreeWidgetItem(m_timeline, {iso(e.on), e.text});
}

QWidget* WorkerDetailPanel::makeServicesTab()
{
    m_services = makeTree(QStringLiteral("workerServices"), {tr("Date"), tr("Service"), tr("Details")}, false, this);
    m_services->setToolTip(tr("Double-click a service to open it on the Services page"));
    connect(m_services, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit serviceOpenRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_services, &QTreeWidget::currentItemChanged, this, &WorkerDetailPanel::serviceChosen);
    m_addService = new QPushButton(tr("New ser&vice"), this);
    m_addService->setObjectName(QStringLiteral("addWorkerService"));
    m_addService->setToolTip(tr("Records a service for this person: choose the kind, then fill in its fields"));
    m_editService = new QPushButton(tr("&Edit the service…"), this);
    m_editService->setObjectName(QStringLiteral("editWorkerService"));
    m_removeService = new QPushButton(tr("&Delete the service"), this);
    m_removeService->setObjectName(QStringLiteral("removeWorkerService"));
    connect(m_editService, &QPushButton::clicked, this, [this] { emit serviceEditRequested(chosenServiceId()); });
    connect(m_removeService, &QPushButton::clicked, this, [this] { emit serviceRemoveRequested(chosenServiceId()); });
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* row = new QHBoxLayout;
    for (QPushButton* button : {m_addService, m_editService, m_removeService})
        row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_services, 1);
    return tab;
}

qint64 WorkerDetailPanel::chosenServiceId() const
{
    const QTreeWidgetItem* item = m_services->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void WorkerDetailPanel::serviceChosen()
{
    const bool chosen = chosenServiceId() > 0;
    m_editService->setEnabled(chosen && !m_readOnly);
    m_removeService->setEnabled(chosen && !m_readOnly);
}

void WorkerDetailPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addService->setEnabled(m_id > 0 && !readOnly);
    serviceChosen();
}

void WorkerDetailPanel::revealResidentId()
{
    QString reason;
    if (m_id <= 0 || !ReasonDialog::askIfRequired(*m_database, tr("this person's ID number"), this, reason))
        return;
    const core::Expected<QString> value =
        core::revealWorkerField(m_database->connection(), m_id, core::RevealField::ResidentId, reason);
    if (!value) {
        emit failed(value.error());
        return;
    }
    setField(QStringLiteral("residentId"), *value);
    m_revealId->setEnabled(false);
    emit revealed(core::RevealField::ResidentId);
}

void WorkerDetailPanel::revealPhone()
{
    QString reason;
    if (m_id <= 0 || !ReasonDialog::askIfRequired(*m_database, tr("this person's phone number"), this, reason))
        return;
    const core::Expected<QString> value =
        core::revealWorkerField(m_database->connection(), m_id, core::RevealField::Phone, reason);
    if (!value) {
        emit failed(value.error());
        return;
    }
    setField(QStringLiteral("phone"), *value);
    m_revealPhone->setEnabled(false);
    emit revealed(core::RevealField::Phone);
}

} // namespace jb::ui
