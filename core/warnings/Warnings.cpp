#include "core/warnings/Warnings.h"

#include "core/placement/PlacementSql.h"
#include "core/storage/SideConnection.h"
#include "core/warnings/WarningQueries.h"

#include <QSet>
#include <optional>

namespace jb::core {

namespace {

warnings::Context contextOf(QSqlDatabase db, const QDate& today)
{
    return {db, today, readPlacementSettings(db)};
}

} // namespace

const QVector<WarningSection>& warningSections()
{
    static const QVector<WarningSection> all = {WarningSection::Promise,          WarningSection::FollowUps,
                                                WarningSection::StaleReferrals,   WarningSection::StaleWorkers,
                                                WarningSection::StaleEnterprises, WarningSection::Flags,
                                                WarningSection::GapGrowing};
    return all;
}

QString warningSectionKey(WarningSection section)
{
    static const char* const keys[] = {"promise",           "followups", "stale_referrals", "stale_workers",
                                       "stale_enterprises", "flags",     "gap_growing"};
    return QLatin1String(keys[static_cast<int>(section)]);
}

std::optional<WarningSection> warningSectionFromKey(const QString& key)
{
    for (WarningSection s : warningSections())
        if (warningSectionKey(s) == key)
            return s;
    return std::nullopt;
}

Message warningSectionName(WarningSection section)
{
    switch (section) {
    case WarningSection::Promise:
        return JB_TR("Warnings", "One-week promise due or overdue");
    case WarningSection::FollowUps:
        return JB_TR("Warnings", "Retention checks due");
    case WarningSection::StaleReferrals:
        return JB_TR("Warnings", "Referrals stale at their stage");
    case WarningSection::StaleWorkers:
        return JB_TR("Warnings", "Workers not contacted");
    case WarningSection::StaleEnterprises:
        return JB_TR("Warnings", "Enterprises with open posts not visited");
    case WarningSection::Flags:
        return JB_TR("Warnings", "Open enterprise flags");
    case WarningSection::GapGrowing:
        return JB_TR("Warnings", "Hiring gap growing");
    }
    return {};
}

namespace warnings {

QString markKey(qint64 subjectId, const QString& condition)
{
    return QString::number(subjectId) + QLatin1Char('|') + condition;
}

QDate staleCut(const Context& c, WarningSection section)
{
    return c.today.addDays(
        -(section == WarningSection::StaleWorkers ? c.settings.staleWorkerDays : c.settings.staleEnterpriseDays));
}

Expected<QSet<QString>> handledConditions(const Context& c, WarningSection section)
{
    Expected<QSqlQuery> q =
        placementsql::run(c.db, QStringLiteral("SELECT subject_id, condition FROM warning_marks WHERE section = ?"),
                          {warningSectionKey(section)});
    if (!q)
        return Expected<QSet<QString>>::failure(q.message());
    QSet<QString> keys;
    while (q->next())
        keys.insert(markKey(q->value(0).toLongLong(), q->value(1).toString()));
    return keys;
}

Expected<qint64> countSection(const Context& c, WarningSection section)
{
    switch (section) {
    case WarningSection::Promise: {
        const Expected<QVector<WarningRecord>> records = promiseRecords(c);
        if (!records)
            return Expected<qint64>::failure(records.message());
        return static_cast<qint64>(records->size());
    }
    case WarningSection::FollowUps:
        return followUpCount(c);
    case WarningSection::StaleReferrals:
        return staleReferralCount(c);
    case WarningSection::StaleWorkers:
        return staleWorkerCount(c);
    case WarningSection::StaleEnterprises:
        return staleEnterpriseCount(c);
    case WarningSection::Flags:
        return flagCount(c);
    case WarningSection::GapGrowing:
        return gapCount(c);
    }
    return Expected<qint64>::failure(JB_TR("Warnings", "Unknown warning section"));
}

Expected<QVector<WarningRecord>> readSection(const Context& c, WarningSection section, int limit)
{
    switch (section) {
    case WarningSection::Promise: {
        Expected<QVector<WarningRecord>> records = promiseRecords(c);
        if (records && records->size() > limit)
            records->resize(limit);
        return records;
    }
    case WarningSection::FollowUps:
        return followUpRecords(c, limit);
    case WarningSection::StaleReferrals:
        return staleReferralRecords(c, limit);
    case WarningSection::StaleWorkers:
        return staleWorkerRecords(c, limit);
    case WarningSection::StaleEnterprises:
        return staleEnterpriseRecords(c, limit);
    case WarningSection::Flags:
        return flagRecords(c, limit);
    case WarningSection::GapGrowing:
        return gapRecords(c, limit);
    }
    return Expected<QVector<WarningRecord>>::failure(JB_TR("Warnings", "Unknown warning section"));
}

} // namespace warnings

Expected<QVector<WarningSectionList>> warningCounts(QSqlDatabase db, QDate today)
{
    const warnings::Context c = contextOf(db, today);
    QVector<WarningSectionList> all;
    for (WarningSection s : warningSections()) {
        const Expected<qint64> n = warnings::countSection(c, s);
        if (!n)
            return Expected<QVector<WarningSectionList>>::failure(n.message());
        all.push_back({s, true, *n, {}});
    }
    return all;
}

Expected<qint64> warningCount(QSqlDatabase db, WarningSection section, QDate today)
{
    return warnings::countSection(contextOf(db, today), section);
}

Expected<WarningSectionList> warningSection(QSqlDatabase db, WarningSection section, QDate today, int limit)
{
    const warnings::Context c = contextOf(db, today);
    const Expected<qint64> n = warnings::countSection(c, section);
    if (!n)
        return Expected<WarningSectionList>::failure(n.message());
    Expected<QVector<WarningRecord>> records = warnings::readSection(c, section, std::max(0, limit));
    if (!records)
        return Expected<WarningSectionList>::failure(records.message());
    return WarningSectionList{section, true, *n, *records};
}

Expected<QVector<WarningSectionList>> allWarnings(QSqlDatabase db, QDate today, int limit)
{
    QVector<WarningSectionList> all;
    for (WarningSection s : warningSections()) {
        Expected<WarningSectionList> one = warningSection(db, s, today, limit);
        if (!one)
            return Expected<QVector<WarningSectionList>>::failure(one.message());
        all.push_back(*one);
    }
    return all;
}

Expected<QVector<WarningSectionList>> warningCountsOfFile(const QString& path, QDate today)
{
    std::optional<Expected<QVector<WarningSectionList>>> counts;
    const Status read = readOnSide(path, [&counts, today](QSqlDatabase db) {
        counts = warningCounts(db, today);
        return Status();
    });
    if (!read)
        return Expected<QVector<WarningSectionList>>::failure(read.message());
    return *counts;
}

} // namespace jb::core
