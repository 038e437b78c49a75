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

// `column` with a space after each of its first kSpacedNameLength characters. A CASE on the length builds only the
// substrings a name has (most names have 2–3 characters): the same tokens as spacing all kSpacedNameLength
// positions, at half the cost when a million names are indexed at once (bench/import_workers.sh).
inline QString spacedName(const QString& column)
{
    auto spaced = [&column](int characters) {
        QStringList parts;
        for (int i = 1; i <= characters; ++i)
            parts << QStringLiteral("substr(%1, %2, 1)").arg(column).arg(i);
        return parts.join(QStringLiteral(" || ' ' || "));
    };
    QString sql = QStringLiteral("CASE length(%1)").arg(column);
    for (int n = 1; n < kSpacedNameLength; ++n)
        sql += QStringLiteral(" WHEN %1 THEN %2").arg(n).arg(spaced(n));
    return sql + QStringLiteral(" ELSE %1 END").arg(spaced(kSpacedNameLength));
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

// The three triggers that keep the index exact as workers are added, changed and removed.
inline QStringList triggerStatements()
{
    const QString table = nameTable();
    const QString newRow = spacedName(QStringLiteral("NEW.name")) + QStringLiteral(", ") +
                           tails(QStringLiteral("NEW.id_number"), QStringLiteral("NEW.phone"));
    const QString oldRow = spacedName(QStringLiteral("OLD.name")) + QStringLiteral(", ") +
                           tails(QStringLiteral("OLD.id_number"), QStringLiteral("OLD.phone"));
    return {
        QStringLiteral("CREATE TRIGGER worker_name_search_insert AFTER INSERT ON workers BEGIN "
                       "INSERT INTO %1 (rowid, chars, tails) VALUES (NEW.id, %2); END")
            .arg(table, newRow),
        // A contentless table forgets a row only when told its old tokens.
        QStringLiteral("CREATE TRIGGER worker_name_search_delete AFTER DELETE ON workers BEGIN "
                       "INSERT INTO %1 (%1, rowid, chars, tails) VALUES ('delete', OLD.id, %2); END")
            .arg(table, oldRow),
        QStringLiteral("CREATE TRIGGER worker_name_search_update AFTER UPDATE OF name, id_number, phone ON workers "
                       "WHEN NEW.name IS NOT OLD.name OR NEW.id_number IS NOT OLD.id_number "
                       "OR NEW.phone IS NOT OLD.phone BEGIN "
                       "INSERT INTO %1 (%1, rowid, chars, tails) VALUES ('delete', OLD.id, %2); "
                       "INSERT INTO %1 (rowid, chars, tails) VALUES (NEW.id, %3); END")
            .arg(table, oldRow, newRow),
    };
}

inline QStringList dropTriggerStatements()
{
    return {QStringLiteral("DROP TRIGGER worker_name_search_insert"),
            QStringLiteral("DROP TRIGGER worker_name_search_delete"),
            QStringLiteral("DROP TRIGGER worker_name_search_update")};
}

// Indexes every worker in one statement: what the migration does, and what an import into an empty list does
// instead of the per-row trigger (one statement costs a fifth of a million single-row inserts).
inline QString fillStatement()
{
    return QStringLiteral("INSERT INTO %1 (rowid, chars, tails) SELECT id, %2, %3 FROM workers")
        .arg(nameTable(), spacedName(QStringLiteral("name")),
             tails(QStringLiteral("id_number"), QStringLiteral("phone")));
}

} // namespace jb::core::search
