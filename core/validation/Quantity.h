#pragma once
// Figures with their units, read the same way everywhere an officer types or imports one: "5", "5人", "5 人",
// "3千", "1.5万", "800人", "５" (full-width), "5,000". The targets page, the record forms' count and wage fields,
// what a record stores (core/editing) and the import's headcount and wage cells all read a figure with these
// scanners, so a figure accepted on one page is accepted, with the same value, on every other.

#include "core/Message.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace jb::core {

// What a figure counts, which decides the units it may carry.
enum class Quantity {
    Count, // people, enterprises, fairs, posts, times: 人 名 位 个 家 场 项 次 人次; whole numbers only
    Yuan,  // money: 元 块
    Any,   // either set of units (what a stored whole-number column accepts; the checks name the wrong unit)
};

struct QuantityReading
{
    enum class Outcome {
        Blank,      // nothing typed
        Read,       // `value` holds the figure, scaled by 千 / 万
        NotAFigure, // no figure, or words around it that are not its unit
        NotWhole,   // a Count with a fraction after scaling ("5.5人"); `value` holds it
    };
    Outcome outcome = Outcome::Blank;
    double value = 0;
    Message problem; // for NotAFigure and NotWhole: quotes the text and says how to write it (without a field name)

    bool ok() const { return outcome == Outcome::Read; }
};

// Reads `text` (trimmed; full-width digits and commas, spaces between groups allowed). A leading minus is read (the
// caller checks the range). Multipliers: 千 / k (×1,000), 万 / w (×10,000). Thousands separators group by three.
QuantityReading readQuantity(const QString& text, Quantity kind);

// The scanners below are what readQuantity and the import's value parsers (core/import/checking/ValueParsers.cpp)
// share. Inline because the import runs them once per cell on files of a million rows.
namespace quantity {

inline bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// ASCII digits at `pos` with an optional fraction; "3,000" counts as 3000 (a comma followed by exactly three
// digits). Moves `pos` past the figure; nullopt (and `pos` unchanged) when there is no digit or more than
// `maxDigits` (9 keeps any figure within an int, as the import's cells need; at most 15, a double's exact range).
inline std::optional<double> scanNumber(QStringView s, qsizetype& pos, int maxDigits = 9)
{
    qsizetype p = pos;
    double value = 0;
    int digits = 0;
    while (p < s.size()) {
        const QChar c = s.at(p);
        if (isDigit(c)) {
            if (++digits > maxDigits)
                return std::nullopt;
            value = value * 10 + (c.unicode() - u'0');
            ++p;
        } else if (c == QLatin1Char(',') && digits > 0 && p + 3 < s.size() && isDigit(s.at(p + 1)) &&
                   isDigit(s.at(p + 2)) && isDigit(s.at(p + 3)) && (p + 4 >= s.size() || !isDigit(s.at(p + 4)))) {
            ++p;
        } else {
            break;
        }
    }
    if (digits == 0)
        return std::nullopt;
    if (p + 1 < s.size() && s.at(p) == QLatin1Char('.') && isDigit(s.at(p + 1))) {
        ++p;
        double scale = 0.1;
        while (p < s.size() && isDigit(s.at(p))) {
            value += (s.at(p).unicode() - u'0') * scale;
            scale /= 10;
            ++p;
        }
    }
    pos = p;
    return value;
}

// The multiplier written after a figure at `pos` (5k, 8千, 1.2万, 1.5w), moving past it; 1 when there is none.
inline double scanMultiplier(QStringView s, qsizetype& pos)
{
    if (pos >= s.size())
        return 1;
    const char16_t c = s.at(pos).unicode();
    if (c == u'k' || c == u'K' || c == u'千') {
        ++pos;
        return 1000;
    }
    if (c == u'w' || c == u'W' || c == u'万') {
        ++pos;
        return 10000;
    }
    return 1;
}

} // namespace quantity

} // namespace jb::core
