#pragma once
// Lists inside messages: "A、B、C" in Chinese, "A, B, C" in English. The separator is itself translated, so a list
// of names or counts stays one Message and takes the language it is shown in.

#include "core/Message.h"

#include <QStringList>
#include <QVector>

namespace jb::core {

// Items shown as written (names, titles, file values); empty for no items.
Message listOf(const QStringList& items);
// Items that are messages themselves ("3 referrals", "“普工”").
Message listOf(const QVector<Message>& items);

} // namespace jb::core
