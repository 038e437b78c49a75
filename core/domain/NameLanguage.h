#pragma once
// Which of a reference value's two stored names (name_zh, name_en) a list or a detail reads. Reference values are
// data the officer keeps in both languages (resources/reference, the Reference page), so core reads the one asked
// for rather than translating it; the caller asks for the names of the language it shows.

namespace jb::core {

enum class NameLanguage { Chinese, English };

// The names that go with the language installed by core/i18n/Language.h (the default QLocale follows it).
NameLanguage shownNameLanguage();

} // namespace jb::core
