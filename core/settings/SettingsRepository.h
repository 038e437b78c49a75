#pragma once
// Settings stored in the file itself (they travel with the records): promise days, stable-employment rule,
// pace thresholds, the officer's name.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>
#include <utility>
#include <vector>

namespace jb::core {

// The keys of the settings a file carries, with the defaults a new file is seeded with (ReferenceDefaults.cpp).
namespace setting {
inline const QString homeOrgCode = QStringLiteral("home_org_code");
inline const QString promiseDays = QStringLiteral("promise_days");        // 7
inline const QString stableMonths = QStringLiteral("stable_months");      // 3
inline const QString paceAmberRatio = QStringLiteral("pace_amber_ratio"); // 0.9
// Files before the officer became the user's (core/domain/Officer.h) held the name here; old audit rows name it.
inline const QString officer = QStringLiteral("officer");
inline const QString insurancePremium = QStringLiteral("insurance_premium_yuan");         // 50
inline const QString insuranceProvinceShare = QStringLiteral("insurance_province_share"); // 0.5
// 1: a reveal of personal data or an unmasked export needs a typed reason (core/settings/RevealReason.h); 0 or absent:
// not.
inline const QString reasonRequiredForReveal = QStringLiteral("reason_required_for_reveal");
} // namespace setting

class SettingsRepository final
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    QString value(const QString& key, const QString& fallback = {}) const;
    int intValue(const QString& key, int fallback) const;
    // Changes a setting and records old → new in the audit log, in one transaction.
    Status setValue(const QString& key, const QString& value);
    // Several settings at once: all saved, each change audited, or none saved.
    Status setValues(const std::vector<std::pair<QString, QString>>& values);

private:
    QSqlDatabase m_db;
};

} // namespace jb::core
