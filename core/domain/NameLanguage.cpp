#include "core/domain/NameLanguage.h"

#include <QLocale>

namespace jb::core {

NameLanguage shownNameLanguage()
{
    return QLocale().language() == QLocale::Chinese ? NameLanguage::Chinese : NameLanguage::English;
}

} // namespace jb::core
