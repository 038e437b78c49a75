#include "ui/fairs/FairActions.h"

#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"
#include "core/fairs/FairList.h"
#include "core/fairs/FairNewRecords.h"
#include "core/fairs/FairOutcomeUndo.h"
#include "core/fairs/FairParticipation.h"
#include "core/fairs/FairPeople.h"
#include "core/fairs/FairRecord.h"
#include "core/lists/EnterpriseListQuery.h"
#include "core/lists/VacancyListQuery.h"
#include "core/lists/WorkerListQuery.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "ui/editing/EnterpriseEditDialog.h"
#include "ui/editing/VacancyEditDialog.h"
#include "ui/editing/WorkerEditDialog.h"
#include "ui/fairs/FairCommand.h"
#include "ui/fairs/FairEditDialog.h"
#include "ui/fairs/FairOutcomeDialog.h"
#include "ui/fairs/FairPicker.h"

#include <QCheckBox>
#include <QHash>
#include <QLineEdit>
#include <QPointer>
#include <QSet>
#include <QVBoxLayout>
#include <QWidget>
#include <memory>

namespace jb::ui {

namespace {

using Choices = QVector<FairPicker::Choice>;

core::Status statusOf(const core::Expected<qint64>& result)
{
    return result ? core::Status() : core::Status::failure(result.message());
}

// Puts `day` into a record dialog's date editor as if typed, so the dialog checks it again.
void setDay(QDialog* dialog, const char* editorName, const QDate& day)
{
    if (auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(editorName))) {
        edit->setText(day.toString(Qt::ISODate));
        emit edit->textEdited(edit->text());
    }
}

// The name the Edit menu gives the new record: an enterprise's or person's name, a post's title.
QString recordName(core::RecordKind kind, const QVariantMap& values)
{
    namespace f = core::fields;
    const QString& field = kind == core::RecordKind::Vacancy  ? f::vacancy::title
                           : kind == core::RecordKind::Worker ? f::worker::name
                                                              : f::enterprise::name;
    return values.value(field).toString().trimmed();
}

} // namespace

FairActions::FairActions(QWidget* page) : QObject(page), m_page(page) {}

void FairActions::apply(qint64 fairId, const QString& text, const std::function<core::Status()>& doIt,
                        std::function<core::Status()> undoIt)
{
    QPointer<FairActions> self(this);
    const QString error = FairCommand::apply(
        m_undoStack, text, doIt, std::move(undoIt),
        [self](const QString& m) {
            if (self)
                emit self->failed(m);
        },
        [self, fairId] {
            if (self)
                emit self->redone(fairId);
        });
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    emit applied(fairId);
}

void FairActions::addFair()
{
    if (!writable())
        return;
    auto* dialog = new FairEditDialog(*m_database, 0, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::FairDetails details = dialog->details();
        core::Database* database = m_database;
        // Redo adds the fair again under the id it first had, so the later changes on the stack (an enterprise
        // attached to it, its status) still find it when they are redone.
        auto id = std::make_shared<qint64>(0);
        const QString error = FairCommand::apply(
            m_undoStack, tr("Add job fair"),
            [database, details, id] {
                const core::Expected<qint64> added = *id ? core::readdFair(database->connection(), *id, details)
                                                         : core::addFair(database->connection(), details);
                if (added)
                    *id = *added;
                return statusOf(added);
            },
            [database, id] { return core::removeFair(database->connection(), *id); },
            [self = QPointer<FairActions>(this)](const QString& m) {
                if (self)
                    emit self->failed(m);
            },
            [self = QPointer<FairActions>(this), id] {
                if (self)
                    emit self->redone(*id);
            });
        if (!error.isEmpty()) {
            emit failed(error);
            return;
        }
        emit applied(*id);
    });
    dialog->open();
}

void FairActions::editFair(qint64 fairId)
{
    if (!writable() || !fairId)
        return;
    const core::Expected<core::Fair> before = core::loadFair(m_database->connection(), fairId);
    if (!before) {
        emit failed(before.error());
        return;
    }
    auto* dialog = new FairEditDialog(*m_database, fairId, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fairId, old = before->details] {
        const core::FairDetails details = dialog->details();
        core::Database* database = m_database;
        apply(
            fairId, tr("Edit job fair"),
            [database, fairId, details] { return core::editFair(database->connection(), fairId, details); },
            [database, fairId, old] { return core::editFair(database->connection(), fairId, old); });
    });
    dialog->open();
}

void FairActions::setStatus(qint64 fairId, core::FairStatus to)
{
    if (!writable() || !fairId)
        return;
    core::Database* database = m_database;
    auto previous = std::make_shared<core::FairStatus>(core::FairStatus::Planned);
    apply(
        fairId, tr("Mark job fair %1").arg(core::fairStatusName(to).text()),
        [database, fairId, to, previous] {
            const core::Expected<core::FairStatus> was = core::setFairStatus(database->connection(), fairId, to);
            if (!was)
                return core::Status::failure(was.message());
            *previous = *was;
            return core::Status();
        },
        [database, fairId, previous] {
            const auto back = core::setFairStatus(database->connection(), fairId, *previous);
            return back ? core::Status() : core::Status::failure(back.message());
        });
}

void FairActions::openPicker(FairPicker* picker, const std::function<void(qint64, FairPicker*)>& chosen)
{
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [picker, chosen] {
        if (const qint64 id = picker->chosenId())
            chosen(id, picker);
    });
    picker->open();
}

FairPicker* FairActions::enterprisePicker()
{
    core::Database* database = m_database;
    return new FairPicker(
        QStringLiteral("fairEnterprisePicker"), tr("Add an enterprise to the fair"),
        tr("Search: enterprise name or credit code"),
        [database](const QString& text, QString* error) {
            core::EnterpriseFilter filter;
            filter.search = text;
            Choices choices;
            const auto query =
                core::EnterpriseListQuery::create(database->connection(), filter, {}, core::shownNameLanguage());
            const auto rows = query ? query->fetch(0, FairPicker::kMatches)
                                    : core::Expected<QVector<core::EnterpriseRow>>::failure(query.message());
            if (!rows) {
                *error = rows.error();
                return choices;
            }
            for (const core::EnterpriseRow& e : *rows)
                choices.append(
                    {e.id, e.creditCode.isEmpty() ? e.name : QStringLiteral("%1  %2").arg(e.name, e.creditCode)});
            return choices;
        },
        m_page);
}

void FairActions::addEnterprise(qint64 fairId)
{
    if (!writable() || !fairId)
        return;
    core::Database* database = m_database;
    openPicker(enterprisePicker(), [this, database, fairId](qint64 enterpriseId, FairPicker*) {
        apply(
            fairId, tr("Add enterprise to job fair"),
            [database, fairId, enterpriseId] {
                return core::addFairEnterprise(database->connection(), fairId, enterpriseId);
            },
            [database, fairId, enterpriseId] {
                return core::removeFairEnterprise(database->connection(), fairId, enterpriseId);
            });
    });
}

FairPicker* FairActions::postPicker()
{
    core::Database* database = m_database;
    auto* picker = new FairPicker(
        QStringLiteral("fairPostPicker"), tr("Add a post to the fair"), tr("Search: enterprise name or credit code"),
        [database](const QString& text, QString* error) {
            core::EnterpriseFilter filter;
            filter.search = text;
            Choices choices;
            const core::VacancyListQuery query =
                core::VacancyListQuery::forFilter(database->connection(), filter, core::shownNameLanguage());
            const core::Status walked = query.forEach(false, [&choices](const core::VacancyRow& v) {
                choices.append({v.id, tr("%1 — %2 (%3 wanted)").arg(v.enterprise, v.title).arg(v.headcount)});
                return choices.size() < FairPicker::kMatches;
            });
            if (!walked)
                *error = walked.error();
            return choices;
        },
        m_page);
    picker->addOption(QStringLiteral("publicWelfarePost"), tr("A public-welfare post"));
    return picker;
}

void FairActions::addPost(qint64 fairId)
{
    if (!writable() || !fairId)
        return;
    core::Database* database = m_database;
    FairPicker* picker = postPicker();
    const QCheckBox* welfare = picker->findChild<QCheckBox*>(QStringLiteral("publicWelfarePost"));
    openPicker(picker, [this, database, fairId, welfare](qint64 vacancyId, FairPicker*) {
        const bool publicWelfare = welfare->isChecked();
        // Attaching a post makes its enterprise a participant if it was not: core's undo takes both back.
        QSet<qint64> before;
        if (const auto enterprises = core::fairEnterprises(database->connection(), fairId))
            for (const core::FairEnterpriseRow& e : *enterprises)
                before.insert(e.enterpriseId);
        apply(
            fairId, tr("Add post to job fair"),
            [database, fairId, vacancyId, publicWelfare] {
                return core::attachFairPost(database->connection(), fairId, vacancyId, publicWelfare);
            },
            [database, fairId, vacancyId, before] {
                return core::undoAttachFairPost(database->connection(), fairId, vacancyId, before);
            });
    });
}

FairPicker* FairActions::personPicker()
{
    core::Database* database = m_database;
    return new FairPicker(
        QStringLiteral("fairPersonPicker"), tr("Add a person to the fair"),
        tr("Search: name, or the last digits of the ID number or phone"),
        [database](const QString& text, QString* error) {
            core::WorkerFilter filter;
            filter.search = text;
            Choices choices;
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
}

void FairActions::addPerson(qint64 fairId)
{
    if (!writable() || !fairId)
        return;
    core::Database* database = m_database;
    openPicker(personPicker(), [this, database, fairId](qint64 workerId, FairPicker*) {
        apply(
            fairId, tr("Add person to job fair"),
            [database, fairId, workerId] { return core::addFairAttendee(database->connection(), fairId, workerId); },
            [database, fairId, workerId] {
                return core::removeFairAttendee(database->connection(), fairId, workerId);
            });
    });
}

void FairActions::addOutcome(qint64 fairId)
{
    if (!writable() || !fairId)
        return;
    auto* dialog = new FairOutcomeDialog(*m_database, fairId, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fairId] {
        core::Database* database = m_database;
        const qint64 worker = dialog->workerId();
        const qint64 vacancy = dialog->vacancyId();
        const core::FairOutcome outcome = dialog->outcome();
        const QDate day = dialog->day();
        auto undo = std::make_shared<core::FairOutcomeUndo>();
        apply(
            fairId,
            outcome == core::FairOutcome::Contract ? tr("Record contract at job fair")
                                                   : tr("Record intention at job fair"),
            [database, fairId, worker, vacancy, outcome, day, undo] {
                const auto done =
                    core::recordUndoableFairOutcome(database->connection(), fairId, worker, vacancy, outcome, day);
                if (!done)
                    return core::Status::failure(done.message());
                *undo = *done;
                return core::Status();
            },
            [database, undo] { return core::undoFairOutcome(database->connection(), *undo); });
    });
    dialog->open();
}

std::optional<core::Fair> FairActions::fairFor(qint64 fairId)
{
    if (!m_database || !fairId)
        return std::nullopt;
    const core::Expected<core::Fair> fair = core::loadFair(m_database->connection(), fairId);
    if (!fair) {
        emit failed(fair.error());
        return std::nullopt;
    }
    return *fair;
}

void FairActions::newEnterprise(qint64 fairId)
{
    const std::optional<core::Fair> fair = fairFor(fairId);
    if (!fair)
        return;
    auto* dialog = new EnterpriseEditDialog(*m_database, 0, 0, m_page);
    dialog->setWindowTitle(tr("New enterprise at %1").arg(fair->details.name));
    openNewRecord(fairId, dialog, core::RecordKind::Enterprise, [dialog] { return dialog->change(); }, {});
}

void FairActions::newPost(qint64 fairId, qint64 enterpriseId)
{
    const std::optional<core::Fair> fair = fairFor(fairId);
    if (!fair || !enterpriseId)
        return;
    auto* dialog = new VacancyEditDialog(*m_database, enterpriseId, 0, m_page);
    dialog->setWindowTitle(tr("New post at %1").arg(fair->details.name));
    // Brought to the fair: posted on its first day unless the officer says otherwise.
    setDay(dialog, "postedOnEdit", fair->details.firstDay);
    auto* welfare = new QCheckBox(tr("A public-welfare post"), dialog);
    welfare->setObjectName(QStringLiteral("publicWelfarePost"));
    if (auto* layout = qobject_cast<QVBoxLayout*>(dialog->layout()))
        layout->insertWidget(layout->count() - 1, welfare); // above the buttons
    openNewRecord(
        fairId, dialog, core::RecordKind::Vacancy, [dialog] { return dialog->change(); },
        [welfare] { return welfare->isChecked(); });
}

void FairActions::newPerson(qint64 fairId)
{
    const std::optional<core::Fair> fair = fairFor(fairId);
    if (!fair)
        return;
    auto* dialog = new WorkerEditDialog(*m_database, 0, m_page);
    dialog->setWindowTitle(tr("New person registered at %1").arg(fair->details.name));
    // Registered at the fair: the fair's first day is the registration date.
    setDay(dialog, "registeredOnEdit", fair->details.firstDay);
    openNewRecord(fairId, dialog, core::RecordKind::Worker, [dialog] { return dialog->change(); }, {});
}

void FairActions::openNewRecord(qint64 fairId, QDialog* dialog, core::RecordKind kind,
                                const std::function<core::RecordChange()>& change,
                                const std::function<bool()>& publicWelfare)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, fairId, kind, change, publicWelfare] {
        QVariantMap values;
        for (const core::FieldValue& f : change().fields)
            values.insert(f.field, f.after);
        const bool welfare = publicWelfare && publicWelfare();
        core::Database* database = m_database;
        const QString name = recordName(kind, values);
        const QString text = kind == core::RecordKind::Vacancy  ? tr("New post %1 at job fair").arg(name)
                             : kind == core::RecordKind::Worker ? tr("New person %1 at job fair").arg(name)
                                                                : tr("New enterprise %1 at job fair").arg(name);
        // The first apply creates the record; a redo puts it back under the same id (later changes name it).
        auto record = std::make_shared<core::FairNewRecord>();
        apply(
            fairId, text,
            [database, fairId, kind, values, welfare, record] {
                if (record->recordId)
                    return core::redoNewFairRecord(database->connection(), *record);
                const auto made = core::addNewFairRecord(database->connection(), fairId, kind, values, welfare);
                if (!made)
                    return core::Status::failure(made.message());
                *record = *made;
                return core::Status();
            },
            [database, record] { return core::undoNewFairRecord(database->connection(), *record); });
    });
    dialog->open();
}

} // namespace jb::ui
