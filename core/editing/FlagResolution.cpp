#include "core/editing/FlagResolution.h"

#include "core/editing/RecordUpdate.h"
#include "core/storage/Transaction.h"

namespace jb::core {

namespace {

constexpr RecordKind kFlags = RecordKind::EnterpriseFlag;

QDate dateOf(const QVariant& stored)
{
    return QDate::fromString(stored.toString(), Qt::ISODate);
}

} // namespace

Expected<FlagState> loadFlagState(QSqlDatabase db, qint64 flagId)
{
    const Expected<QVariantMap> flag = loadRecord(db, kFlags, flagId);
    if (!flag)
        return Expected<FlagState>::failure(flag.message());
    FlagState state;
    state.id = flagId;
    state.enterpriseId = flag->value(QStringLiteral("enterprise_id")).toLongLong();
    state.kind = flag->value(QStringLiteral("kind")).toString();
    state.flaggedOn = dateOf(flag->value(QStringLiteral("flagged_on")));
    state.resolvedOn = dateOf(flag->value(QStringLiteral("resolved_on")));
    state.note = flag->value(QStringLiteral("note")).toString();
    return state;
}

Expected<RecordChange> resolveFlag(QSqlDatabase db, qint64 flagId, const QString& note, QDate on)
{
    using Result = Expected<RecordChange>;
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.error());
    const Expected<FlagState> state = loadFlagState(db, flagId);
    if (!state)
        return Result::failure(state.message());
    if (state->isResolved())
        return Result::failure(
            JB_TR("Editing", "This flag was resolved on %1 already.").arg(state->resolvedOn.toString(Qt::ISODate)));
    QVariantMap values{{QStringLiteral("resolved_on"), on.toString(Qt::ISODate)}};
    const QString how = note.trimmed();
    if (!how.isEmpty())
        values.insert(QStringLiteral("note"), state->note.isEmpty() ? how : state->note + QLatin1Char('\n') + how);
    Result resolved = updateRecord(db, kFlags, flagId, values, how);
    if (!resolved)
        return resolved;
    if (const Status committed = tx.commit(); !committed)
        return Result::failure(committed.message());
    return resolved;
}

} // namespace jb::core
