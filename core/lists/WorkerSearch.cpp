#include "core/lists/WorkerSearch.h"

#include "core/validation/Normalize.h"

#include <QList>
#include <QStringList>

namespace jb::core {

WorkerSearch WorkerSearch::parse(const QString& typed)
{
    const QString text = toHalfWidth(typed).trimmed();
    WorkerSearch search;
    if (text.isEmpty())
        return search;

    // Digits, perhaps with spaces, dashes, brackets or a +86 / 0086 prefix: the end of an ID or a phone number.
    QString digits;
    bool onlyDigits = true;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c == QLatin1Char('x') || c == QLatin1Char('X'))
            digits += QLatin1Char('X');
        else if (!(c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('(') ||
                   c == QLatin1Char(')') || c == QLatin1Char('*')))
            onlyDigits = false;
    }
    // An X is only ever the check character: last, after at least one digit.
    const qsizetype x = digits.indexOf(QLatin1Char('X'));
    if (onlyDigits && !digits.isEmpty() && (x < 0 || (x == digits.size() - 1 && x > 0))) {
        if (text.startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1String("86")) && digits.size() == 13)
            digits.remove(0, 2);
        else if (digits.startsWith(QLatin1String("0086")) && digits.size() == 15)
            digits.remove(0, 4);
        search.kind = Kind::Digits;
        search.text = digits;
        return search;
    }

    // A name: every letter or ideograph is a token of the name index, so the phrase of the typed characters
    // finds them as a run anywhere in a name. Punctuation (the · in 买买提·艾力) is not indexed and is skipped.
    QStringList tokens;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            tokens << QString::fromUcs4(&c, 1).toLower();
    }
    if (tokens.isEmpty())
        return search;
    search.kind = Kind::Name;
    search.text = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
    return search;
}

} // namespace jb::core
