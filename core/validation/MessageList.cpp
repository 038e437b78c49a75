#include "core/validation/MessageList.h"

namespace jb::core {

namespace {

// The separator between the list so far and the next item: "%1、%2" in Chinese.
Message separator()
{
    return JB_TR("Validation", "%1, %2");
}

} // namespace

Message listOf(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return Message::verbatim(items.first());
    Message out = separator().arg(items.at(0)).arg(items.at(1));
    for (qsizetype i = 2; i < items.size(); ++i)
        out = separator().arg(out).arg(items.at(i));
    return out;
}

Message listOf(const QVector<Message>& items)
{
    if (items.isEmpty())
        return {};
    Message out = items.first();
    for (qsizetype i = 1; i < items.size(); ++i)
        out = separator().arg(out).arg(items.at(i));
    return out;
}

} // namespace jb::core
