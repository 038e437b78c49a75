#pragma once
// Which column of a file fills which field. Guessed from the header wordings, changeable by the officer,
// saved as a named profile and re-applied when the same header comes again (matched by headerSignature()).

#include "core/import/ImportTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace jb::core {

class ColumnMapping final
{
public:
    ColumnMapping() = default;
    ColumnMapping(ImportKind kind, QStringList header);

    // Maps every header cell whose normalised text matches a field's label or synonym; ignoredColumns (序号)
    // stay unmapped. Each field takes at most one column (the first match).
    static ColumnMapping guess(ImportKind kind, const QStringList& header, const QVector<int>& ignoredColumns = {});

    ImportKind kind() const { return m_kind; }
    const QStringList& header() const { return m_header; }
    int columnOf(const QString& fieldKey) const; // -1 when unmapped
    QString fieldOf(int column) const;           // empty when the column is not used
    // Assigns a column to a field (an empty key unassigns it); a field previously on another column moves.
    void assign(int column, const QString& fieldKey);

    QVector<int> unmappedColumns() const; // columns with text in the header that fill no field
    // Row-number columns (序号) that carry no data: never mapped, not reported as unmapped.
    const QVector<int>& ignoredColumns() const { return m_ignored; }
    QStringList missingRequiredFields() const; // required field keys without a column

    // A stable signature of a header (normalised cells joined), to find a saved profile for the same layout.
    static QString headerSignature(const QStringList& header);
    QString headerSignature() const { return headerSignature(m_header); }

    QJsonObject toJson() const; // {"kind": ..., "columns": {"<header text>": "<field key>"}}
    // Re-applies a saved mapping to a header: columns are matched by header text, not position. Columns the
    // profile does not know (the layout changed) are guessed; unknown field keys are ignored.
    static ColumnMapping fromJson(const QJsonObject& json, const QStringList& header);

private:
    ImportKind m_kind = ImportKind::Workers;
    QStringList m_header;
    QVector<QString> m_fieldOfColumn; // one entry per header cell
    QVector<int> m_ignored;
};

} // namespace jb::core
