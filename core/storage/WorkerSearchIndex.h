#pragma once
// The search keys of the worker list (schema v4), spelled once for the migration that indexes them and the list
// query that must repeat them word for word.
//
// One contentless FTS5 table `worker_name_search` (rowid = the worker's id) with two columns:
// - chars: the name with a space after every character, so each character is a token and a phrase query finds any
//   run of characters of any length (the trigram tokenizer of SQLite 3.40 finds nothing for one or two characters,
//   and most Chinese searches are one or two characters);
// - tails: the last kTailDigits characters of the resident ID and of the phone, reversed, as the tokens i4321 and
//   p8765, so "ends with 1234" is the token i4321 and "ends with 34" the prefix query i43*.
// FTS5 appends sorted segments, which a bulk import pays far less for than for b-tree indexes on random keys:
// measured on the 1M import, two reversed-tail b-tree indexes made it ~6× slower (bench/import_workers.sh).

#include <QString>
#include <QStringList>

namespace jb::core::search {

inline constexpr int kTailDigits = 4;        // the digits after the masked part: 340122********1234, 138****5678
inline constexpr int kSpacedNameLength = 24; // characters of a name that are searchable

inline const QString& nameTable()
{
    static const QString table = QStringLiteral("worker_name_search");
    return table;
}

// `column` with a space after each of its first kSpacedNameLength characters (trailing spaces are harmless).
inline QString spacedName(const QString& column)
{
    QStringList parts;
    for (int i = 1; i <= kSpacedNameLength; ++i)
        parts << QStringLiteral("substr(%1, %2, 1)").arg(column).arg(i);
    return parts.join(QStringLiteral(" || ' ' || "));
}

// The tails text of a row: "i<ID tail reversed> p<phone tail reversed>", each only when the value is there.
inline QString tails(const QString& idColumn, const QString& phoneColumn)
{
    auto reversed = [](const QString& column) {
        QStringList parts;
        for (int i = 1; i <= kTailDigits; ++i)
            parts << QStringLiteral("substr(%1, -%2, 1)").arg(column).arg(i);
        return parts.join(QStringLiteral(" || "));
    };
    return QStringLiteral("CASE WHEN coalesce(%1, '') <> '' THEN 'i' || %2 ELSE '' END || ' ' || "
                          "CASE WHEN coalesce(%3, '') <> '' THEN 'p' || %4 ELSE '' END")
        .arg(idColumn, reversed(idColumn), phoneColumn, reversed(phoneColumn));
}

} // namespace jb::core::search
