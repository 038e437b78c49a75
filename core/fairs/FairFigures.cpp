#include "core/fairs/FairFigures.h"

namespace jb::core {

QString fairFigureColumns()
{
    return QStringLiteral(
        "CASE f.form WHEN 'mixed' THEN 'both' WHEN 'livestream' THEN 'online' ELSE f.form END, "
        "x.enterprises, max(x.headcount, f.reported_headcount), x.visits, max(x.intentions, f.reported_intentions), "
        "max(x.contracts, f.reported_contracts)");
}

} // namespace jb::core
