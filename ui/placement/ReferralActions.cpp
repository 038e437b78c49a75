#include "ui/placement/ReferralActions.h"

#include "core/domain/Clock.h"
#include "core/editing/VacancyClosing.h"
#include "core/lists/VacancyListQuery.h"
#include "core/lists/WorkerListQuery.h"
#include "core/records/ServiceKinds.h"
#include "core/services/ServiceLedger.h"
#include "core/storage/Database.h"
#include "ui/editing/EditCommands.h"
#include "ui/placement/PlacementCommand.h"
#include "ui/placement/ReferralOffersDialog.h"

#include <QListWidget>
#include <QUndoStack>
#include <QWidget>
#include <memory>

namespace jb::ui {

using Kind = ReferralStepDialog::Kind;

ReferralActions::ReferralActions(QWidget* page) : QObject(page), m_page(page) {}

QString ReferralActions::commandText(const QString& action, const QString& person, const QString& post)
{
    return tr("%1 %2 → %3").arg(action, person, post);
}

QString ReferralActions::actionName(Kind kind, core::ReferralStage stage)
{
    switch (kind) {
    case Kind::Advance:
        return stage == core::ReferralStage::Interviewed ? tr("Record interview") : tr("Record intention");
    case Kind::Contract:
        return tr("Record contract");
    case Kind::Exit:
        return tr("End referral");
    case Kind::Leave:
        return tr("Record leaving");
    case Kind::Correct:
        return tr("Correct stage");
    }
    return {};
}

QString ReferralActions::apply(qint64 referralId, const QString& text, const ReferralCommand::Change& change,
                               core::ReferralChange* applied)
{
    QPointer<ReferralActions> self(this);
    const core::Expected<core::ReferralChange> done = ReferralCommand::apply(
        m_undoStack, *m_database, text, change,
        [self](const QString& m) {
            if (self)
                emit self->failed(m);
        },
        [self, referralId] {
            if (self)
                emit self->redone(referralId);
        });
    if (!done)
        return done.error();
    if (applied)
        *applied = *done;
    emit this->applied(referralId ? referralId : done->referralId);
    return {};
}

void ReferralActions::open(Kind kind, qint64 referralId)
{
    if (!m_database || m_readOnly)
        return;
    const auto db = m_database->connection();
    const core::Expected<core::ReferralRow> row = core::referralRow(db, referralId);
    if (!row) {
        emit failed(row.error());
        return;
    }
    const core::Expected<QVector<core::TimelineEntry>> timeline = core::referralTimeline(db, referralId);
    if (m_step)
        m_step->deleteLater();
    m_step =
        new ReferralStepDialog(kind, *m_database, *row, timeline ? *timeline : QVector<core::TimelineEntry>(), m_page);
    m_step->setAttribute(Qt::WA_DeleteOnClose);
    ReferralStepDialog* dialog = m_step;
    const core::ReferralRow shown = *row;
    dialog->setApply([this, dialog, shown] { return applyStep(dialog, shown); });
    dialog->open();
}

QString ReferralActions::applyStep(ReferralStepDialog* dialog, const core::ReferralRow& row)
{
    if (!m_database || m_readOnly)
        return tr("The file is open read-only.");
    core::Database* database = m_database;
    const qint64 id = row.id;
    const QDate day = dialog->day();
    const core::ReferralStage stage = dialog->stage();
    const QString reason = dialog->reasonCode();
    const QString text = commandText(actionName(dialog->kind(), stage), row.workerName, row.postTitle);
    switch (dialog->kind()) {
    case Kind::Advance:
    case Kind::Correct:
        return apply(id, text,
                     [database, id, stage, day] { return core::moveReferral(database->connection(), id, stage, day); });
    case Kind::Leave:
        return apply(id, text, [database, id, day, reason] {
            return core::moveReferral(database->connection(), id, core::ReferralStage::Left, day, reason);
        });
    case Kind::Exit: {
        const core::ReferralExit exit = dialog->exit();
        return apply(id, text, [database, id, exit, day, reason] {
            return core::exitReferral(database->connection(), id, exit, day, reason);
        });
    }
    case Kind::Contract: {
        const core::ContractTerms terms = dialog->terms();
        core::ReferralChange contract;
        const QString refused = apply(
            id, text,
            [database, id, day, terms] {
                return core::moveReferral(database->connection(), id, core::ReferralStage::Contract, day, {}, terms);
            },
            &contract);
        if (!refused.isEmpty())
            return refused;
        // Read after the contract is stored: core offers the insurance only for a contract inside the phase.
        const core::Expected<core::InsuranceOffer> insurance = core::insuranceOfferFor(database->connection(), id);
        if (!insurance)
            emit failed(insurance.error());
        const core::InsuranceOffer offer = insurance ? *insurance : core::InsuranceOffer{};
        if (!contract.otherOpenReferrals.isEmpty() || contract.postFilled || offer.offered)
            offerAfterContract(contract, offer, row);
        return refused;
    }
    }
    return {};
}

void ReferralActions::offerAfterContract(const core::ReferralChange& contract, const core::InsuranceOffer& insurance,
                                         const core::ReferralRow& row)
{
    if (m_offers)
        m_offers->deleteLater();
    m_offers = new ReferralOffersDialog(*m_database, contract, insurance, m_page);
    m_offers->setAttribute(Qt::WA_DeleteOnClose);
    ReferralOffersDialog* dialog = m_offers;
    core::Database* database = m_database;
    connect(dialog, &QDialog::accepted, this, [this, dialog, database, contract, insurance, row] {
        const QVector<qint64> chosen = dialog->chosenReferrals();
        const QDate today = core::Clock::today();
        if (!chosen.isEmpty()) {
            const QString refused = apply(row.id,
                                          commandText(tr("Close as hired elsewhere"), row.workerName,
                                                      tr("%1 other referrals").arg(chosen.size())),
                                          [database, chosen, today] {
                                              return core::closeAsHiredElsewhere(database->connection(), chosen, today);
                                          });
            if (!refused.isEmpty())
                emit failed(refused);
        }
        if (dialog->closePost()) {
            const core::Expected<core::RecordChange> closed =
                core::closeVacancy(database->connection(), contract.vacancyId, today);
            if (!closed) {
                emit failed(closed.error());
            } else {
                if (m_undoStack)
                    m_undoStack->push(new RecordChangeCommand(*database, *closed, closed->recordId,
                                                              tr("Close post %1").arg(row.postTitle)));
                emit applied(row.id);
            }
        }
        if (dialog->enrolInsurance())
            enrolInsurance(insurance, row);
    });
    dialog->open();
}

void ReferralActions::enrolInsurance(const core::InsuranceOffer& insurance, const core::ReferralRow& row)
{
    core::Database* database = m_database;
    const core::Expected<core::ServiceChange> enrolled = core::addService(
        database->connection(), {insurance.workerId, core::servicekind::insurance, insurance.contractOn, {}, 0});
    if (!enrolled) {
        emit failed(enrolled.error());
        return;
    }
    // Undo and redo are the same step: apply the stored inverse and keep the inverse of that (a removed enrolment
    // comes back under its id).
    auto inverse = std::make_shared<core::RecordChange>(enrolled->undo);
    auto flip = [database, inverse] {
        const core::Expected<core::ServiceChange> done = core::undoServiceChange(database->connection(), *inverse);
        if (!done)
            return core::Status::failure(done.message());
        *inverse = done->undo;
        return core::Status();
    };
    if (m_undoStack) {
        QPointer<ReferralActions> self(this);
        m_undoStack->push(new PlacementCommand(tr("Enrol %1 in the mutual insurance").arg(row.workerName), flip, flip,
                                               [self](const QString& m) {
                                                   if (self)
                                                       emit self->failed(m);
                                               }));
    }
    emit applied(row.id);
}

qint64 ReferralActions::start(qint64 workerId, qint64 vacancyId, const QString& personName, const QString& postTitle)
{
    if (!m_database || m_readOnly)
        return 0;
    core::Database* database = m_database;
    core::ReferralChange started;
    const QString refused = apply(
        0, commandText(tr("Refer"), personName, postTitle),
        [database, workerId, vacancyId] { return core::startReferral(database->connection(), workerId, vacancyId); },
        &started);
    if (!refused.isEmpty()) {
        emit failed(refused);
        return 0;
    }
    return started.referralId;
}

void ReferralActions::openPicker(FairPicker* picker,
                                 const std::function<void(qint64 chosen, const QString& text)>& chosen)
{
    if (m_picker)
        m_picker->deleteLater();
    m_picker = picker;
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [picker, chosen] {
        const QListWidgetItem* item = picker->matches()->currentItem();
        if (const qint64 id = picker->chosenId(); id && item)
            chosen(id, item->text());
    });
    picker->open();
}

void ReferralActions::referWorker(qint64 workerId, const QString& personName)
{
    if (!m_database || m_readOnly || workerId <= 0)
        return;
    core::Database* database = m_database;
    auto* picker = new FairPicker(
        QStringLiteral("referPostPicker"), tr("Refer %1 to a post").arg(personName),
        tr("Search: enterprise name or credit code"),
        [database](const QString& text, QString* error) {
            core::EnterpriseFilter filter;
            filter.search = text;
            QVector<FairPicker::Choice> choices;
            const core::VacancyListQuery query =
                core::VacancyListQuery::forFilter(database->connection(), filter, core::shownNameLanguage());
            const core::Status walked = query.forEach(false, [&choices](const core::VacancyRow& v) {
                if (v.status == QLatin1String("open")) // only open posts take referrals
                    choices.append({v.id, tr("%1 — %2 (%3 wanted)").arg(v.enterprise, v.title).arg(v.headcount)});
                return choices.size() < FairPicker::kMatches;
            });
            if (!walked)
                *error = walked.error();
            return choices;
        },
        m_page);
    openPicker(picker, [this, workerId, personName](qint64 vacancyId, const QString& text) {
        if (const qint64 id = start(workerId, vacancyId, personName, text.section(QStringLiteral(" — "), 1)))
            emit started(id);
    });
}

void ReferralActions::referToPost(qint64 vacancyId, const QString& postTitle)
{
    if (!m_database || m_readOnly || vacancyId <= 0)
        return;
    core::Database* database = m_database;
    auto* picker = new FairPicker(
        QStringLiteral("referPersonPicker"), tr("Refer a person to %1").arg(postTitle),
        tr("Search: name, or the last digits of the ID number or phone"),
        [database](const QString& text, QString* error) {
            core::WorkerFilter filter;
            filter.search = text;
            QVector<FairPicker::Choice> choices;
            const auto query = core::WorkerListQuery::create(database->connection(), filter, {}, core::Clock::today(),
                                                             core::shownNameLanguage());
            const auto rows = query ? query->fetch(0, FairPicker::kMatches)
                                    : core::Expected<QVector<core::WorkerRow>>::failure(query.message());
            if (!rows) {
                *error = rows.error();
                return choices;
            }
            for (const core::WorkerRow& w : *rows)
                choices.append({w.id, QStringLiteral("%1  %2").arg(w.name, w.residentId)});
            return choices;
        },
        m_page);
    openPicker(picker, [this, vacancyId, postTitle](qint64 workerId, const QString& text) {
        if (const qint64 id = start(workerId, vacancyId, text.section(QStringLiteral("  "), 0, 0), postTitle))
            emit started(id);
    });
}

} // namespace jb::ui
