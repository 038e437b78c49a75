#pragma once
// The search keys of the worker list (schema v4), spelled once for the migration that indexes them and the list
// query that must repeat them word for word (SQLite uses an expression index only for the identical expression).
//
// - Names: a contentless FTS5 table `worker_name_search` whose rowid is the worker's id and whose text is the name
//   with a space after every character, so each character is a token and a phrase query finds any substring of
//   any length (the trigram tokenizer of SQLite 3.40 finds nothing for one or two characters, and most Chinese
//   searches are one or two characters).
// - ID and phone: an index on the last kTailLength characters reversed, so "ends with these digits" becomes a
//   range on the index ("ends with 1234" = reversed tail starts with "4321").

#include <QString>
#include <QStringList>

namespace jb::core::search {

inline constexpr int kTailLength = 8;        // digits a suffix search is indexed for (longer: index + check)
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

// The last kTailLength characters of `column`, last character first.
inline QString reversedTail(const QString& column)
{
    QStringList parts;
    for (int i = 1; i <= kTailLength; ++i)
        parts << QStringLiteral("substr(%1, -%2, 1)").arg(column).arg(i);
    return QLatin1Char('(') + parts.join(QStringLiteral(" || ")) + QLatin1Char(')');
}

} // namespace jb::core::search
