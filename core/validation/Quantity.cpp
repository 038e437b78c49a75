#include "core/validation/Quantity.h"

#include "core/validation/Normalize.h"

#include <cmath>
#include <initializer_list>

namespace jb::core {

namespace {

// Units officers write after a count, longest first so 人次 is taken whole. Keep in step with the Chinese units
// of the metric catalogue (core/domain/MetricCatalog.cpp; a core test checks every one is read).
constexpr std::initializer_list<const char16_t*> kCountUnits = {u"人次", u"人", u"名", u"位", u"个",
                                                                u"家",   u"场", u"项", u"次", u"户"};
constexpr std::initializer_list<const char16_t*> kYuanUnits = {u"元", u"块"};

bool takeUnit(QStringView s, qsizetype& pos, std::initializer_list<const char16_t*> units)
{
    for (const char16_t* unit : units) {
        const QStringView u(unit);
        if (s.mid(pos).startsWith(u)) {
            pos += u.size();
            return true;
        }
    }
    return false;
}

Message notAFigure(const QString& text, Quantity kind)
{
    if (kind == Quantity::Yuan)
        return JB_TR("Validation", "“%1” is not an amount: write a figure such as 4500, 4500元, 4.5千 or 1.5万")
            .arg(text);
    return JB_TR("Validation", "“%1” is not a number: write a figure such as 5, 5人, 3千 or 1.5万").arg(text);
}

} // namespace

QuantityReading readQuantity(const QString& text, Quantity kind)
{
    QuantityReading r;
    const QString trimmed = normalizeCell(text);
    // Spaces go: "5 人", "3 000".
    const QString s = normalizeCode(text);
    if (s.isEmpty())
        return r;
    qsizetype pos = 0;
    const bool negative = s.startsWith(QLatin1Char('-'));
    if (negative)
        ++pos;
    const std::optional<double> figure = quantity::scanNumber(s, pos, 15);
    r.outcome = QuantityReading::Outcome::NotAFigure;
    r.problem = notAFigure(trimmed, kind);
    if (!figure)
        return r;
    const double multiplier = quantity::scanMultiplier(s, pos);
    if (kind != Quantity::Yuan)
        takeUnit(s, pos, kCountUnits);
    if (kind != Quantity::Count && pos < s.size())
        takeUnit(s, pos, kYuanUnits);
    if (pos != s.size())
        return r;
    // Rounded to whole units after scaling, so "1.5万" is exactly 15000 despite binary fractions.
    double value = *figure * multiplier;
    if (multiplier != 1 && std::fabs(value - std::round(value)) < 1e-6)
        value = std::round(value);
    r.value = negative && value != 0 ? -value : value;
    if (kind == Quantity::Count && value != std::floor(value)) {
        r.outcome = QuantityReading::Outcome::NotWhole;
        r.problem = JB_TR("Validation", "“%1” is not a whole number: people, enterprises and fairs are counted whole")
                        .arg(trimmed);
        return r;
    }
    r.outcome = QuantityReading::Outcome::Read;
    r.problem = {};
    return r;
}

} // namespace jb::core
