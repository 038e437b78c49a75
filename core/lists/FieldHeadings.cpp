#include "core/lists/FieldHeadings.h"

#include "core/records/RecordFields.h"

namespace jb::core {

Message fieldHeading(RecordKind kind, const QString& field)
{
    const RecordField* f = recordField(kind, field);
    return f ? f->columnHeading() : Message();
}

} // namespace jb::core
