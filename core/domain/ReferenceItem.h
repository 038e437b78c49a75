#pragma once
// One value of an editable reference list (a key group, an industry section, a skill level, ...).

#include <QString>

namespace jb::core {

struct ReferenceItem
{
    qint64 id = 0;
    QString list;
    QString code;
    QString nameZh;
    QString nameEn;
    int sortOrder = 0;
    bool retired = false;
};

} // namespace jb::core
