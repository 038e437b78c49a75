#pragma once
// The placement settings (issue 13): the one-week promise (its days and whether they are calendar or working days),
// the stable-employment months, the retention-check months, when a referral is stale, offers per person and the
// declines before "unwilling for now". Typed, with their defaults in one table; every settings key the file carries
// is checked here before SettingsRepository writes and audits it.

#include "core/Expected.h"
#include "core/settings/SettingsRepository.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <utility>
#include <vector>

namespace jb::core {

namespace setting {
inline const QString promiseDayKind = QStringLiteral("promise_day_kind");                   // calendar | working
inline const QString followUpMonths = QStringLiteral("follow_up_months");                   // "3,6"
inline const QString staleDays = QStringLiteral("stale_days");                              // 14
inline const QString offerContacts = QStringLiteral("offer_contacts");                      // 3
inline const QString offerPostsPerContact = QStringLiteral("offer_posts_per_contact");      // 3
inline const QString declinesBeforeUnwilling = QStringLiteral("declines_before_unwilling"); // 3
// Early warning (core/warnings): a worker looking for work, or an enterprise with open posts, left this long.
inline const QString staleWorkerDays = QStringLiteral("stale_worker_days");         // 90
inline const QString staleEnterpriseDays = QStringLiteral("stale_enterprise_days"); // 90
} // namespace setting

enum class PromiseDayKind { Calendar, Working };

struct PlacementSettings
{
    int promiseDays = 7;
    PromiseDayKind promiseDayKind = PromiseDayKind::Calendar;
    int stableMonths = 3;
    QVector<int> followUpMonths{3, 6};
    int staleDays = 14;
    int offerContacts = 3;
    int offerPostsPerContact = 3;
    int declinesBeforeUnwilling = 3;
    int staleWorkerDays = 90;
    int staleEnterpriseDays = 90;
};

// The file's placement settings; a key that is missing or unreadable keeps its default.
PlacementSettings readPlacementSettings(QSqlDatabase db);

// Every key the settings command shows, in order, with its value or default (as text).
std::vector<std::pair<QString, QString>> fileSettings(QSqlDatabase db);
// Whether `value` may be stored under `key` (unknown and read-only keys are refused).
Status checkSetting(const QString& key, const QString& value);
// What a value of `key` must be, in the officer's words ("a whole number of days from 1 to 60"), for a form that
// names the setting by its label rather than its key; empty for a key without a rule.
Message settingRule(const QString& key);
// Checks every pair, then stores them all, each change audited, in one transaction; nothing is stored if one fails.
Status changeSettings(QSqlDatabase db, const std::vector<std::pair<QString, QString>>& values);

} // namespace jb::core
