// Schema version 9: the list-order indexes (issue 17, a million rows that scroll without a stall). A window in the
// middle of a list sorted by a worker's name, age, phone, desired trade, last contact, employment status or gender
// was found by sorting every selected worker and skipping the rows before it (4 s at 1M workers when sorted by
// name). With an index on the column, SQLite reads the rows already in order — the index holds the key and the
// worker id, so ties stay in id order — and the skipped rows are index entries only, never sorted.
//
// Each index uses the column's own collation (BINARY, as ORDER BY does today), so every sort returns exactly the
// rows and the order it returned before (tests/core/test_list_order_indexes.cpp compares them). An import into an
// empty list sets these indexes aside and builds each once at the end, like the others (BulkLoad.h); the cost in
// file size and import time is measured in bench/import_workers.sh and noted in docs/data-model.md.

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

namespace jb::core::schema {

QStringList listOrderIndexStatements()
{
    return {
        QStringLiteral("CREATE INDEX workers_name ON workers(name)"),
        QStringLiteral("CREATE INDEX workers_birth_date ON workers(birth_date)"),
        QStringLiteral("CREATE INDEX workers_phone ON workers(phone)"),
        QStringLiteral("CREATE INDEX workers_desired_trade_order ON workers(desired_trade)"),
        QStringLiteral("CREATE INDEX workers_last_contact ON workers(last_contact_on)"),
        QStringLiteral("CREATE INDEX workers_status ON workers(employment_status_id)"),
        QStringLiteral("CREATE INDEX workers_gender ON workers(gender)"),
    };
}

Status upgradeToVersion9(QSqlDatabase& db)
{
    return execStatements(db, listOrderIndexStatements(), QStringLiteral("schema v9"));
}

} // namespace jb::core::schema
