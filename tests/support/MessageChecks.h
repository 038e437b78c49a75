#pragma once
// Checks on core::Message for the core tests, which run with the Chinese translation installed: text() is what an
// officer in the Chinese interface reads, sourceText() what the English interface shows.

#include "core/Message.h"

#include <QString>
#include <QStringView>

namespace jb::test {

inline bool hasCjk(QStringView s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x3000 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

// `part` appears in the message in the language it is written in: Chinese wording in the Chinese text, anything
// else (English words, numbers, codes) in the English text.
inline bool mentions(const jb::core::Message& message, const QString& part)
{
    return hasCjk(part) ? message.text().contains(part) : message.sourceText().contains(part);
}
inline bool mentions(const jb::core::Message& message, const char* utf8)
{
    return mentions(message, QString::fromUtf8(utf8));
}

// The message reads as Chinese in the Chinese interface (its translation is installed) and as English in the
// English one: what the old "中文 / English" messages guaranteed by carrying both halves.
inline bool inBothLanguages(const jb::core::Message& message)
{
    return hasCjk(message.text()) && !message.sourceText().isEmpty() && !hasCjk(message.sourceText().left(4));
}

// A message a test keeps to ask about: contains() looks for a wording in the language it is written in, as
// mentions() does, so checks written against the old "中文 / English" text keep their meaning.
struct HeldMessage
{
    jb::core::Message message;

    bool isEmpty() const { return message.isEmpty(); }
    bool contains(const QString& part) const { return mentions(message, part); }
};

} // namespace jb::test
