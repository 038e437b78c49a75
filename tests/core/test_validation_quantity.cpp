// Figures with their units (core/validation/Quantity.h), read the same way by the targets page, the record forms
// and the import: every form officers write, and the refusals with a message that says how to write it.

#include "core/domain/MetricCatalog.h"
#include "core/i18n/Language.h"
#include "core/targets/TargetSplit.h"
#include "core/validation/Quantity.h"

#include <catch2/catch.hpp>

using namespace jb::core;

namespace {

QuantityReading read(const char* text, Quantity kind)
{
    return readQuantity(QString::fromUtf8(text), kind);
}

} // namespace

TEST_CASE("Counts are read with their units, multipliers, full-width digits and separators", "[validation][quantity]")
{
    struct Row
    {
        const char* text;
        double value;
    };
    const Row rows[] = {
        {"5", 5},        {"5人", 5},        {"5 人", 5},       {"3千", 3000},        {"1.5万", 15000},
        {"800人", 800},  {"５", 5},         {"5,000", 5000},   {"６０万人", 6e5},    {"600人次", 600},
        {"20场", 20},    {"30,000家", 3e4}, {" 3 000 ", 3000}, {"１，２００", 1200}, {"3k", 3000},
        {"1.5w", 15000}, {"0", 0},          {"-5", -5},        {"3000.0", 3000},     {"2万名", 20000},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const QuantityReading r = read(row.text, Quantity::Count);
        REQUIRE(r.outcome == QuantityReading::Outcome::Read);
        CHECK(r.value == row.value);
        CHECK(r.problem.isEmpty());
        // A stored whole-number column reads the same figure.
        CHECK(read(row.text, Quantity::Any).value == row.value);
    }
    for (const char* blank : {"", "  ", "　"}) {
        INFO('"' << blank << '"');
        CHECK(read(blank, Quantity::Count).outcome == QuantityReading::Outcome::Blank);
    }
}

TEST_CASE("Counts are whole: 5.5人 is refused with a message that says so", "[validation][quantity]")
{
    for (const char* text : {"5.5人", "5.5", "1.00005万"}) {
        INFO(text);
        const QuantityReading r = read(text, Quantity::Count);
        CHECK(r.outcome == QuantityReading::Outcome::NotWhole);
        // Chinese is installed for the core tests; the message quotes the text and names the rule, in one language.
        CHECK(r.problem.text().contains(QString::fromUtf8(text)));
        CHECK(r.problem.text().contains(QStringLiteral("整数")));
        CHECK_FALSE(r.problem.text().contains(QStringLiteral("whole")));
    }
    // Money may carry a fraction ("4.5千" is 4500, a yuan amount 4500.5 is read as written).
    CHECK(read("4.5千", Quantity::Yuan).value == 4500);
    CHECK(read("4500.5", Quantity::Yuan).outcome == QuantityReading::Outcome::Read);
}

TEST_CASE("Words that are not a figure or not its unit are refused with examples", "[validation][quantity]")
{
    for (const char* text :
         {"abc", "五人", "两万", "万", "2万万", "1e5", "30,00", "5元", "5个半", "3000 / 2000", "5人5"}) {
        INFO(text);
        const QuantityReading r = read(text, Quantity::Count);
        CHECK(r.outcome == QuantityReading::Outcome::NotAFigure);
        CHECK(r.problem.text().contains(QStringLiteral("5人")));
    }
    CHECK(read("4500元", Quantity::Yuan).value == 4500);
    CHECK(read("4500块", Quantity::Yuan).value == 4500);
    CHECK(read("4500人", Quantity::Yuan).outcome == QuantityReading::Outcome::NotAFigure);
    CHECK(read("4500人", Quantity::Yuan).problem.text().contains(QStringLiteral("4500元")));
    CHECK(read("4500元", Quantity::Any).value == 4500);
}

TEST_CASE("Every unit of the metric catalogue is read, as the targets page needs", "[validation][quantity][targets]")
{
    for (const MetricInfo& info : metricCatalog()) {
        const QString text = QStringLiteral("7") + textIn(info.unit, kChinese);
        INFO(text.toStdString());
        CHECK(readQuantity(text, Quantity::Count).value == 7);
        const auto target = parseTargetValue(text);
        REQUIRE(target);
        CHECK(**target == 7);
    }
}
