#include "core/domain/Period.h"

namespace jb::core {

QString periodKindKey(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Year:
        return QStringLiteral("year");
    case PeriodKind::Phase:
        return QStringLiteral("phase");
    case PeriodKind::Month:
        return QStringLiteral("month");
    }
    return {};
}

Message monthTitle(const QDate& dayInMonth)
{
    return JB_TR("Targets", "%2/%1").arg(dayInMonth.year()).arg(dayInMonth.month());
}

} // namespace jb::core
