#pragma once
// The worker search index's text (core/storage/WorkerSearchIndex.h) computed in C++ for the bulk fill at the end
// of an import into an empty list: the SQL expressions that spell it for the triggers cost ~2 s of CASE and
// substr() on a million names (bench/import_workers.sh), the same text from two SQL functions a fraction of that.
// The functions give exactly the expressions' text (tests/core/test_import_bulk.cpp compares them).

#include "core/Expected.h"

#include <QString>

struct sqlite3;

namespace jb::core::search {

// Registers jb_spaced_name(name) and jb_tails(id_number, phone) on a connection.
Status registerTokenFunctions(sqlite3* db);

// The fill statement of WorkerSearchIndex.h, using the two functions.
QString bulkFillStatement();

} // namespace jb::core::search
