// Character clean-up shared by all validators.

#include "core/validation/Normalize.h"

namespace jb::core {

namespace {

constexpr char16_t kFullWidthFirst = 0xFF01;
constexpr char16_t kFullWidthLast = 0xFF5E;
constexpr char16_t kFullWidthOffset = 0xFEE0;
constexpr char16_t kIdeographicSpace = 0x3000;

// Invisible characters that Word, web pages and some exports leave in cells; they make two equal-looking
// values compare unequal.
bool isInvisible(char16_t c)
{
    switch (c) {
    case 0x200B: // zero width space
    case 0x200C: // zero width non-joiner
    case 0x200D: // zero width joiner
    case 0x2060: // word joiner
    case 0xFEFF: // byte order mark / zero width no-break space
    case 0x00AD: // soft hyphen
        return true;
    default:
        return false;
    }
}

} // namespace

QString toHalfWidth(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c >= kFullWidthFirst && c <= kFullWidthLast)
            out.append(QChar(static_cast<char16_t>(c - kFullWidthOffset)));
        else if (c == kIdeographicSpace)
            out.append(QLatin1Char(' '));
        else
            out.append(ch);
    }
    return out;
}

QString normalizeCell(QStringView s)
{
    const QString half = toHalfWidth(s);
    QString out;
    out.reserve(half.size());
    bool pendingSpace = false;
    for (const QChar ch : half) {
        if (isInvisible(ch.unicode()))
            continue;
        // QChar::isSpace covers NBSP, tabs, CR/LF and the other Unicode space separators.
        if (ch.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(ch);
    }
    return out;
}

QString normalizeCode(QStringView s)
{
    QString out = normalizeCell(s);
    out.remove(QLatin1Char(' '));
    return out;
}

bool isOpeningBracket(QChar c)
{
    return c == QLatin1Char('(') || c == QLatin1Char('[') || c == QChar(0x3010) /* 【 */ || c == QChar(0x3014) /* 〔 */;
}

bool isClosingBracket(QChar c)
{
    return c == QLatin1Char(')') || c == QLatin1Char(']') || c == QChar(0x3011) /* 】 */ || c == QChar(0x3015) /* 〕 */;
}

QString removeBracketed(QStringView text)
{
    QString out;
    out.reserve(text.size());
    int depth = 0;
    for (const QChar c : text) {
        if (isOpeningBracket(c))
            ++depth;
        else if (isClosingBracket(c))
            depth = depth > 0 ? depth - 1 : 0;
        else if (depth == 0)
            out.append(c);
    }
    return out;
}

} // namespace jb::core
