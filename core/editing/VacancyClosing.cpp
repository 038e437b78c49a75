#include "core/editing/VacancyClosing.h"

#include "core/editing/RecordUpdate.h"
#include "core/storage/Transaction.h"

namespace jb::core {

namespace {

using Result = Expected<RecordChange>;

constexpr RecordKind kVacancies = RecordKind::Vacancy;
const QString kStatus = QStringLiteral("status");
const QString kClosedOn = QStringLiteral("closed_on");

} // namespace

Expected<RecordChange> closeVacancy(QSqlDatabase db, qint64 vacancyId, QDate on)
{
    // The state is read inside the transaction that writes, so two officers closing the same vacancy cannot both
    // succeed.
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.error());
    const Expected<QVariantMap> vacancy = loadRecord(db, kVacancies, vacancyId);
    if (!vacancy)
        return Result::failure(vacancy.message());
    const QString status = vacancy->value(kStatus).toString();
    const QString closedOn = vacancy->value(kClosedOn).toString();
    if (status == QLatin1String("closed"))
        return Result::failure(JB_TR("Editing", "This vacancy was closed on %1 already.").arg(closedOn));
    if (status == QLatin1String("filled"))
        return Result::failure(
            JB_TR("Editing", "This vacancy was filled on %1; only an open vacancy can be closed.").arg(closedOn));
    Result closed = updateRecord(db, kVacancies, vacancyId,
                                 {{kStatus, QStringLiteral("closed")}, {kClosedOn, on.toString(Qt::ISODate)}}, {});
    if (!closed)
        return closed;
    if (const Status committed = tx.commit(); !committed)
        return Result::failure(committed.message());
    return closed;
}

Expected<RecordChange> reopenVacancy(QSqlDatabase db, qint64 vacancyId)
{
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.error());
    const Expected<QVariantMap> vacancy = loadRecord(db, kVacancies, vacancyId);
    if (!vacancy)
        return Result::failure(vacancy.message());
    if (vacancy->value(kStatus).toString() == QLatin1String("open"))
        return Result::failure(JB_TR("Editing", "This vacancy is open already."));
    Result reopened =
        updateRecord(db, kVacancies, vacancyId, {{kStatus, QStringLiteral("open")}, {kClosedOn, QVariant()}}, {});
    if (!reopened)
        return reopened;
    if (const Status committed = tx.commit(); !committed)
        return Result::failure(committed.message());
    return reopened;
}

} // namespace jb::core
