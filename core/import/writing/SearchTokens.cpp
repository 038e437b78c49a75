#include "core/import/writing/SearchTokens.h"

#include "core/storage/WorkerSearchIndex.h"

#include <sqlite3.h>
#include <string>
#include <vector>

namespace jb::core::search {

namespace {

// Byte offsets of the UTF-8 characters of `text` (as SQLite's substr() counts them), and the end.
void characterStarts(const unsigned char* text, int bytes, std::vector<int>& starts)
{
    starts.clear();
    for (int i = 0; i < bytes; ++i)
        if ((text[i] & 0xC0) != 0x80)
            starts.push_back(i);
    starts.push_back(bytes);
}

void spacedName(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = sqlite3_value_text(argv[0]);
    const int bytes = sqlite3_value_bytes(argv[0]);
    thread_local std::vector<int> starts;
    thread_local std::string out;
    characterStarts(text, bytes, starts);
    const int characters = static_cast<int>(starts.size()) - 1;
    // The SQL spells kSpacedNameLength positions for longer names (and for an empty one, whose substrings are '').
    const int positions = characters >= 1 && characters < kSpacedNameLength ? characters : kSpacedNameLength;
    out.clear();
    for (int i = 0; i < positions; ++i) {
        if (i > 0)
            out += ' ';
        if (i < characters)
            out.append(reinterpret_cast<const char*>(text) + starts[i], starts[i + 1] - starts[i]);
    }
    sqlite3_result_text(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

// "<prefix><last kTailDigits characters, last first>", or "" when the value is NULL or empty.
void appendTail(std::string& out, char prefix, sqlite3_value* value, std::vector<int>& starts)
{
    if (sqlite3_value_type(value) == SQLITE_NULL)
        return;
    const auto* text = sqlite3_value_text(value);
    const int bytes = sqlite3_value_bytes(value);
    if (bytes == 0)
        return;
    characterStarts(text, bytes, starts);
    const int characters = static_cast<int>(starts.size()) - 1;
    out += prefix;
    for (int k = 1; k <= kTailDigits && k <= characters; ++k) {
        const int i = characters - k;
        out.append(reinterpret_cast<const char*>(text) + starts[i], starts[i + 1] - starts[i]);
    }
}

void tails(sqlite3_context* context, int, sqlite3_value** argv)
{
    thread_local std::vector<int> starts;
    thread_local std::string out;
    out.clear();
    appendTail(out, 'i', argv[0], starts);
    out += ' ';
    appendTail(out, 'p', argv[1], starts);
    sqlite3_result_text(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

} // namespace

Status registerTokenFunctions(sqlite3* db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(db, "jb_spaced_name", 1, flags, nullptr, &spacedName, nullptr, nullptr, nullptr) !=
            SQLITE_OK ||
        sqlite3_create_function_v2(db, "jb_tails", 2, flags, nullptr, &tails, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Status::failure(
            JB_TR("Import", "Cannot register the search functions: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

QString bulkFillStatement()
{
    return QStringLiteral("INSERT INTO %1 (rowid, chars, tails) SELECT id, jb_spaced_name(name), "
                          "jb_tails(id_number, phone) FROM workers")
        .arg(nameTable());
}

} // namespace jb::core::search
