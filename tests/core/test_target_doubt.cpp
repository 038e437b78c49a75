// Doubtful targets: a value more than ten times what it replaces, than the unit's share of its parent's target, or
// than the same target a year earlier raises a question naming both numbers; anything else, and clearing a target,
// raises none. And a target change can be taken back: storedValues gives the edits that restore what was there.

#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "core/targets/TargetDoubt.h"
#include "core/targets/TargetRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace jb::core;
using jb::test::ScratchDir;

namespace {

const QString kFairs = QStringLiteral("job_fairs");

struct County
{
    ScratchDir dir;
    std::unique_ptr<Database> db;
    qint64 home = 0;
    qint64 town = 0;
    int towns = 0;
    qint64 year = 0;
    qint64 lastYear = 0;

    County()
    {
        auto created = createOrganisationFile(dir.file(QStringLiteral("doubt.jobbridge")), QStringLiteral("340122"));
        REQUIRE(created);
        db = std::move(*created);
        OrganisationRepository orgs(db->connection());
        home = orgs.home()->id;
        for (const char* name : {"店埠镇", "撮镇镇", "长临河镇"}) {
            const auto added = orgs.addSubUnit(home, QString::fromUtf8(name), OrgKind::Town);
            REQUIRE(added);
            town = town ? town : added->id;
        }
        towns = static_cast<int>(orgs.children(home)->size());
        PeriodRepository periods(db->connection());
        REQUIRE(periods.ensureYear(2026));
        REQUIRE(periods.ensureYear(2025));
        year = periods.find(QStringLiteral("2026"))->id;
        lastYear = periods.find(QStringLiteral("2025"))->id;
    }

    std::optional<Message> doubt(qint64 org, std::optional<double> value) const
    {
        const auto d = doubtfulTarget(db->connection(), year, {org, kFairs, value});
        REQUIRE(d);
        return *d;
    }
};

} // namespace

TEST_CASE("A target ten times what it replaces is doubted, naming both numbers", "[targets][doubt]")
{
    County c;
    TargetRepository targets(c.db->connection());
    REQUIRE(targets.setTarget(c.home, c.year, kFairs, 20));
    CHECK_FALSE(c.doubt(c.home, 200).has_value()); // exactly ten times: still plausible
    const std::optional<Message> doubt = c.doubt(c.home, 20000);
    REQUIRE(doubt);
    CHECK(doubt->text() == QStringLiteral("把“举办招聘会”从 20 改为 20,000？这超过原值的十倍。"));
    CHECK_FALSE(c.doubt(c.home, std::nullopt).has_value()); // clearing is never doubted
}

TEST_CASE("A sub-unit's target ten times its share of the parent's is doubted", "[targets][doubt]")
{
    County c;
    REQUIRE(TargetRepository(c.db->connection()).setTarget(c.home, c.year, kFairs, 20.0 * c.towns));
    // Each town's share is 20.
    CHECK_FALSE(c.doubt(c.town, 200).has_value());
    const std::optional<Message> doubt = c.doubt(c.town, 201);
    REQUIRE(doubt);
    CHECK(doubt->sourceText() == QStringLiteral("Set Job fairs held to 201? That is more than ten times this unit's "
                                                "share of its parent's target (20)."));
}

TEST_CASE("A target ten times last year's is doubted; without anything to compare, nothing is", "[targets][doubt]")
{
    County c;
    CHECK_FALSE(c.doubt(c.home, 20000).has_value()); // nothing to compare with
    REQUIRE(TargetRepository(c.db->connection()).setTarget(c.home, c.lastYear, kFairs, 20));
    const std::optional<Message> doubt = c.doubt(c.home, 250);
    REQUIRE(doubt);
    CHECK(doubt->sourceText().endsWith(QStringLiteral("a year earlier (20).")));
    CHECK_FALSE(c.doubt(c.home, 30).has_value());
}

TEST_CASE("storedValues gives the edits that take a target change back", "[targets]")
{
    County c;
    TargetRepository targets(c.db->connection());
    REQUIRE(targets.setTarget(c.home, c.year, kFairs, 20));
    const QVector<TargetEdit> edits = {{c.home, kFairs, 30}, {c.town, kFairs, 5}};
    const auto before = targets.storedValues(c.year, edits);
    REQUIRE(before);
    REQUIRE(before->size() == 2);
    CHECK(before->at(0).value == std::optional<double>(20));
    CHECK_FALSE(before->at(1).value.has_value());
    REQUIRE(targets.setTargets(c.year, edits));
    REQUIRE(targets.setTargets(c.year, *before));
    CHECK(targets.targetsFor(c.home, c.year)->value(kFairs) == 20);
    CHECK_FALSE(targets.targetsFor(c.town, c.year)->contains(kFairs));

    // A pasted block is read into the same edits without writing anything.
    const auto pasted = targets.pastedEdits({c.home, c.town}, {kFairs}, {{QStringLiteral("2万")}, {QString()}});
    REQUIRE(pasted);
    REQUIRE(pasted->size() == 2);
    CHECK(pasted->at(0).value == std::optional<double>(20000));
    CHECK_FALSE(pasted->at(1).value.has_value());
    CHECK(targets.targetsFor(c.home, c.year)->value(kFairs) == 20);
}
