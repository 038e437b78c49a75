#include "core/settings/PlacementSettings.h"

#include "core/settings/SettingsRepository.h"

#include <algorithm>
#include <functional>

namespace jb::core {

namespace {

struct SettingRule
{
    const QString& key;
    const char* fallback;
    std::function<bool(const QString&)> valid;
    Message rule;
};

std::function<bool(const QString&)> wholeNumber(int low, int high)
{
    return [low, high](const QString& v) {
        bool ok = false;
        const int n = v.trimmed().toInt(&ok);
        return ok && n >= low && n <= high;
    };
}

bool monthList(const QString& v)
{
    const QStringList parts = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 6)
        return false;
    return std::all_of(parts.begin(), parts.end(), [](const QString& p) { return wholeNumber(1, 60)(p); });
}

// Table data: every key the settings command may change, its default and its rule.
const std::vector<SettingRule>& rules()
{
    static const std::vector<SettingRule> table = {
        {setting::promiseDays, "7", wholeNumber(1, 60), JB_TR("Placement", "a whole number of days from 1 to 60")},
        {setting::promiseDayKind, "calendar",
         [](const QString& v) { return v == QLatin1String("calendar") || v == QLatin1String("working"); },
         JB_TR("Placement", "calendar or working")},
        {setting::stableMonths, "3", wholeNumber(1, 36), JB_TR("Placement", "a whole number of months from 1 to 36")},
        {setting::followUpMonths, "3,6", monthList,
         JB_TR("Placement", "months after the contract starts, separated by commas (e.g. 3,6)")},
        {setting::staleDays, "14", wholeNumber(1, 365), JB_TR("Placement", "a whole number of days from 1 to 365")},
        {setting::offerContacts, "3", wholeNumber(1, 20), JB_TR("Placement", "a whole number from 1 to 20")},
        {setting::offerPostsPerContact, "3", wholeNumber(1, 20), JB_TR("Placement", "a whole number from 1 to 20")},
        {setting::declinesBeforeUnwilling, "3", wholeNumber(1, 20), JB_TR("Placement", "a whole number from 1 to 20")},
        {setting::staleWorkerDays, "90", wholeNumber(7, 730),
         JB_TR("Placement", "a whole number of days from 7 to 730")},
        {setting::staleEnterpriseDays, "90", wholeNumber(7, 730),
         JB_TR("Placement", "a whole number of days from 7 to 730")},
        {setting::paceAmberRatio, "0.9",
         [](const QString& v) {
             bool ok = false;
             const double r = v.toDouble(&ok);
             return ok && r > 0 && r <= 1;
         },
         JB_TR("Placement", "a number above 0 and at most 1")},
        // The accident-injury mutual insurance (issue 14): the premium per person and the province's share of it.
        {setting::insurancePremium, "50",
         [](const QString& v) {
             bool ok = false;
             const double yuan = v.toDouble(&ok);
             return ok && yuan > 0 && yuan <= 10000;
         },
         JB_TR("Placement", "an amount in yuan above 0 and at most 10000")},
        {setting::insuranceProvinceShare, "0.5",
         [](const QString& v) {
             bool ok = false;
             const double share = v.toDouble(&ok);
             return ok && share >= 0 && share <= 1;
         },
         JB_TR("Placement", "a share from 0 to 1 (0.5: half each)")},
        // A typed reason before personal data is shown or exported in full (core/settings/RevealReason.h).
        {setting::reasonRequiredForReveal, "0",
         [](const QString& v) { return v == QLatin1String("0") || v == QLatin1String("1"); },
         JB_TR("Placement", "0 (no reason asked) or 1 (a reason asked)")},
    };
    return table;
}

const SettingRule* ruleOf(const QString& key)
{
    for (const SettingRule& r : rules())
        if (r.key == key)
            return &r;
    return nullptr;
}

} // namespace

PlacementSettings readPlacementSettings(QSqlDatabase db)
{
    const SettingsRepository repo(db);
    auto number = [&repo](const QString& key, int fallback) {
        const QString v = repo.value(key);
        const SettingRule* r = ruleOf(key);
        return r && r->valid(v) ? v.trimmed().toInt() : fallback;
    };
    PlacementSettings s;
    s.promiseDays = number(setting::promiseDays, s.promiseDays);
    s.promiseDayKind = repo.value(setting::promiseDayKind) == QLatin1String("working") ? PromiseDayKind::Working
                                                                                       : PromiseDayKind::Calendar;
    s.stableMonths = number(setting::stableMonths, s.stableMonths);
    if (const QString months = repo.value(setting::followUpMonths); monthList(months)) {
        s.followUpMonths.clear();
        for (const QString& m : months.split(QLatin1Char(','), Qt::SkipEmptyParts))
            s.followUpMonths << m.trimmed().toInt();
        std::sort(s.followUpMonths.begin(), s.followUpMonths.end());
    }
    s.staleDays = number(setting::staleDays, s.staleDays);
    s.offerContacts = number(setting::offerContacts, s.offerContacts);
    s.offerPostsPerContact = number(setting::offerPostsPerContact, s.offerPostsPerContact);
    s.declinesBeforeUnwilling = number(setting::declinesBeforeUnwilling, s.declinesBeforeUnwilling);
    s.staleWorkerDays = number(setting::staleWorkerDays, s.staleWorkerDays);
    s.staleEnterpriseDays = number(setting::staleEnterpriseDays, s.staleEnterpriseDays);
    return s;
}

std::vector<std::pair<QString, QString>> fileSettings(QSqlDatabase db)
{
    const SettingsRepository repo(db);
    std::vector<std::pair<QString, QString>> all;
    all.emplace_back(setting::homeOrgCode, repo.value(setting::homeOrgCode));
    for (const SettingRule& r : rules())
        all.emplace_back(r.key, repo.value(r.key, QString::fromUtf8(r.fallback)));
    return all;
}

Status checkSetting(const QString& key, const QString& value)
{
    if (key == setting::homeOrgCode)
        return Status::failure(JB_TR("Placement", "The home organisation is chosen when the file is made and cannot "
                                                  "be changed here"));
    const SettingRule* r = ruleOf(key);
    if (!r)
        return Status::failure(JB_TR("Placement", "There is no setting \"%1\"").arg(key));
    if (!r->valid(value))
        return Status::failure(JB_TR("Placement", "%1 must be %2 (got \"%3\")").arg(key).arg(r->rule).arg(value));
    return {};
}

Message settingRule(const QString& key)
{
    const SettingRule* r = ruleOf(key);
    return r ? r->rule : Message();
}

Status changeSettings(QSqlDatabase db, const std::vector<std::pair<QString, QString>>& values)
{
    for (const auto& [key, value] : values)
        if (Status s = checkSetting(key, value); !s)
            return s;
    std::vector<std::pair<QString, QString>> trimmed;
    for (const auto& [key, value] : values)
        trimmed.emplace_back(key, value.trimmed());
    return SettingsRepository(db).setValues(trimmed);
}

} // namespace jb::core
