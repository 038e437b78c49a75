// The placement settings (core/settings/PlacementSettings.h): typed with defaults, checked, audited, all or nothing.

#include "PlacementTestSupport.h"
#include "core/settings/PlacementSettings.h"

using namespace jb::test::placement;

TEST_CASE("Placement settings have their defaults, are checked and audited, and change together or not at all",
          "[placement][settings]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("settings.jobbridge"));
    PlacementSettings s = readPlacementSettings(c.db());
    CHECK(s.promiseDays == 7);
    CHECK(s.promiseDayKind == PromiseDayKind::Calendar);
    CHECK(s.stableMonths == 3);
    CHECK(s.followUpMonths == QVector<int>{3, 6});
    CHECK(s.staleDays == 14);
    CHECK(s.offerContacts == 3);
    CHECK(s.offerPostsPerContact == 3);
    CHECK(s.declinesBeforeUnwilling == 3);

    CHECK_FALSE(checkSetting(setting::promiseDayKind, QStringLiteral("lunar")).ok());
    CHECK_FALSE(checkSetting(setting::promiseDays, QStringLiteral("0")).ok());
    CHECK_FALSE(checkSetting(setting::followUpMonths, QStringLiteral("3,x")).ok());
    CHECK_FALSE(checkSetting(QStringLiteral("no_such_key"), QStringLiteral("1")).ok());
    CHECK_FALSE(checkSetting(setting::homeOrgCode, QStringLiteral("340100")).ok());
    CHECK(checkSetting(setting::promiseDays, QStringLiteral("5")).ok());
    // The rule in words, for a form that names the setting by its label (the core translation is installed).
    CHECK(settingRule(setting::promiseDays).text() == QStringLiteral("1 到 60 之间的整数天数"));
    CHECK(settingRule(setting::followUpMonths).sourceText().startsWith(QStringLiteral("months after the contract")));
    CHECK(settingRule(QStringLiteral("no_such_key")).isEmpty());

    const qint64 audits = count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    CHECK_FALSE(changeSettings(
                    c.db(), {{setting::promiseDays, QStringLiteral("5")}, {setting::staleDays, QStringLiteral("-1")}})
                    .ok());
    CHECK(readPlacementSettings(c.db()).promiseDays == 7); // nothing stored
    REQUIRE(changeSettings(c.db(), {{setting::promiseDays, QStringLiteral("5")},
                                    {setting::promiseDayKind, QStringLiteral("working")},
                                    {setting::followUpMonths, QStringLiteral("6,3,12")}})
                .ok());
    s = readPlacementSettings(c.db());
    CHECK(s.promiseDays == 5);
    CHECK(s.promiseDayKind == PromiseDayKind::Working);
    CHECK(s.followUpMonths == QVector<int>{3, 6, 12});
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log")) == audits + 3);
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'settings' AND field = "
                                       "'promise_day_kind' AND new_value = 'working'")) == 1);
    bool found = false;
    for (const auto& [key, value] : fileSettings(c.db()))
        found = found || (key == setting::promiseDays && value == QStringLiteral("5"));
    CHECK(found);
}
