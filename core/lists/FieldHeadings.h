#pragma once
// The heading a list (on screen or exported) gives a column that shows one field of a record: the field
// catalogue's (core/records/RecordFields.h), so the export, the import and the edit form name a field alike.

#include "core/Message.h"
#include "core/records/RecordKind.h"

#include <QString>

namespace jb::core {

// The catalogue's heading of `field` (translated when shown). Empty for an unknown field.
Message fieldHeading(RecordKind kind, const QString& field);

} // namespace jb::core
