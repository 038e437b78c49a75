#include "core/lists/FieldHeadings.h"

#include "core/records/RecordFields.h"

namespace jb::core {

QString fieldHeading(RecordKind kind, const QString& field, bool chinese)
{
    const RecordField* f = recordField(kind, field);
    if (!f)
        return {};
    // Chinese is the installed translation (the GUI, the CLI and the core tests install it for zh_CN).
    return chinese ? f->columnHeading().text() : f->columnHeading().sourceText();
}

} // namespace jb::core
