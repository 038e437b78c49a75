#pragma once
// The interface language, chosen the same way by the GUI and the CLI, and the translation of core's own words
// (its messages, see core/Message.h, and the documents' texts) installed for it.

#include "core/Message.h"

#include <QString>

class QLocale;

namespace jb::core {

inline const QString kChinese = QStringLiteral("zh_CN");
inline const QString kEnglish = QStringLiteral("en");

// `requested` (--lang) wins, then `stored` (the saved preference), then the system locale: any Chinese locale gives
// zh_CN, anything else English. An unknown non-empty `requested` gives an empty string (the caller refuses it).
QString chooseLanguage(const QString& requested, const QString& stored, const QLocale& system);

// Installs core's translation and Qt's own (qtbase) for `language` on the running application and makes it the
// default QLocale, so numbers and dates follow it. English needs no translation. Returns an empty message, or why
// the translation could not be installed.
Message installCoreTranslation(const QString& language);

// A message without arguments (a metric's name, a unit) in `language`, whatever language is installed: for output
// fixed to a language, such as the name_zh and name_en side by side in the JSON for scripts, or a report printed in
// the other language. English is the source text.
QString textIn(const Message& message, const QString& language);

} // namespace jb::core
