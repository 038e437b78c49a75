// Column ↔ field assignment for one file header: guessed from wordings, edited by the officer, saved as a profile.

#include "core/import/reading/ColumnMapping.h"

#include "core/import/reading/FieldCatalog.h"
#include "core/import/reading/HeaderDetection.h"

#include <QHash>
#include <QJsonValue>

namespace jb::core {

ColumnMapping::ColumnMapping(ImportKind kind, QStringList header)
    : m_kind(kind), m_header(std::move(header)), m_fieldOfColumn(m_header.size())
{
    // A row-number column is never data, whoever built the mapping (the reader may not have been asked).
    for (int i = 0; i < m_header.size(); ++i)
        if (isSerialNumberHeader(normalizeHeaderCell(m_header.at(i))))
            m_ignored.append(i);
}

ColumnMapping ColumnMapping::guess(ImportKind kind, const QStringList& header, const QVector<int>& ignoredColumns)
{
    ColumnMapping m(kind, header);
    for (const int c : ignoredColumns)
        if (c >= 0 && c < header.size() && !m.m_ignored.contains(c))
            m.m_ignored.append(c);
    for (int i = 0; i < header.size(); ++i) {
        if (m.m_ignored.contains(i))
            continue;
        const QString key = matchImportField(kind, header.at(i));
        if (!key.isEmpty() && m.columnOf(key) < 0)
            m.m_fieldOfColumn[i] = key;
    }
    return m;
}

int ColumnMapping::columnOf(const QString& fieldKey) const
{
    if (fieldKey.isEmpty())
        return -1;
    return static_cast<int>(m_fieldOfColumn.indexOf(fieldKey));
}

QString ColumnMapping::fieldOf(int column) const
{
    return column >= 0 && column < m_fieldOfColumn.size() ? m_fieldOfColumn.at(column) : QString();
}

void ColumnMapping::assign(int column, const QString& fieldKey)
{
    if (column < 0 || column >= m_fieldOfColumn.size())
        return;
    if (!fieldKey.isEmpty()) {
        if (!findImportField(m_kind, fieldKey))
            return; // a key of the other list, or from a newer version: nothing sensible to fill
        const int previous = columnOf(fieldKey);
        if (previous >= 0)
            m_fieldOfColumn[previous].clear();
        // The officer knows better than the serial-number heuristic.
        m_ignored.removeAll(column);
    }
    m_fieldOfColumn[column] = fieldKey;
}

QVector<int> ColumnMapping::unmappedColumns() const
{
    QVector<int> out;
    for (int i = 0; i < m_header.size(); ++i)
        if (m_fieldOfColumn.at(i).isEmpty() && !m_ignored.contains(i) && !normalizeHeaderKey(m_header.at(i)).isEmpty())
            out.append(i);
    return out;
}

QStringList ColumnMapping::missingRequiredFields() const
{
    QStringList out;
    for (const ImportField& f : importFields(m_kind))
        if (f.required && columnOf(f.key) < 0)
            out.append(f.key);
    return out;
}

QString ColumnMapping::headerSignature(const QStringList& header)
{
    // Normalised, so "姓名*" and "姓名" or a full-width variant of the same sheet find the same profile.
    QStringList cells;
    cells.reserve(header.size());
    for (const QString& h : header)
        cells.append(normalizeHeaderKey(h));
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    return cells.join(QLatin1Char('|'));
}

QJsonObject ColumnMapping::toJson() const
{
    // Every non-blank column is written, unmapped ones with "", so re-applying the profile keeps an officer's
    // decision to leave a column out instead of guessing it again.
    QJsonObject columns;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString& text = m_header.at(i);
        if (normalizeHeaderKey(text).isEmpty() || columns.contains(text))
            continue;
        columns.insert(text, m_fieldOfColumn.at(i));
    }
    QJsonObject json;
    json.insert(QStringLiteral("kind"), importKindKey(m_kind));
    json.insert(QStringLiteral("columns"), columns);
    return json;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject& json, const QStringList& header)
{
    const ImportKind kind =
        importKindFromKey(json.value(QStringLiteral("kind")).toString()).value_or(ImportKind::Workers);
    ColumnMapping m(kind, header);
    QHash<QString, QString> saved; // normalised header text → field key ("" = deliberately unmapped)
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString key = normalizeHeaderKey(it.key());
        if (!saved.contains(key))
            saved.insert(key, it.value().toString());
    }
    QVector<int> unknown;
    for (int i = 0; i < header.size(); ++i) {
        const auto it = saved.constFind(normalizeHeaderKey(header.at(i)));
        if (it == saved.cend()) {
            unknown.append(i);
            continue;
        }
        if (!it->isEmpty() && m.columnOf(*it) < 0 && findImportField(kind, *it))
            m.m_fieldOfColumn[i] = *it;
    }
    for (const int i : std::as_const(unknown)) {
        if (m.m_ignored.contains(i))
            continue;
        const QString key = matchImportField(kind, header.at(i));
        if (!key.isEmpty() && m.columnOf(key) < 0)
            m.m_fieldOfColumn[i] = key;
    }
    return m;
}

} // namespace jb::core
