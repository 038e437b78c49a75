#pragma once
// Which of a reference value's two stored names (name_zh, name_en) the officer reads. The names are data, so no
// translation can choose between them: the chosen language does, through the default QLocale that
// core/i18n/Language.h installs with the translation (numbers and dates follow the same choice).

#include <QLocale>
#include <QString>

namespace jb::core {

// name_zh in the Chinese interface, else name_en (name_zh when there is no English name).
inline QString shownName(const QString& nameZh, const QString& nameEn)
{
    return QLocale().language() == QLocale::Chinese || nameEn.isEmpty() ? nameZh : nameEn;
}

} // namespace jb::core
