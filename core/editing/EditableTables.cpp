#include "core/editing/EditableTables.h"

#include "core/validation/Quantity.h"

#include <QDate>
#include <algorithm>
#include <cmath>

namespace jb::core::editing {

namespace {

using K = ColumnKind;

EditableTable fromCatalogue(RecordKind kind)
{
    EditableTable table{kind, recordTable(kind), {}};
    for (const RecordField& field : recordFields(kind))
        table.columns.append({field.id, field.storage, field.updatable});
    return table;
}

bool isNullish(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.metaType().id() == QMetaType::QString)
        return v.toString().trimmed().isEmpty();
    return false;
}

} // namespace

const EditableColumn* EditableTable::column(const QString& wanted) const
{
    for (const EditableColumn& c : columns) {
        if (wanted == c.name)
            return &c;
    }
    return nullptr;
}

const EditableTable* editableTable(RecordKind kind)
{
    static const QVector<EditableTable> tables = [] {
        QVector<EditableTable> all;
        for (RecordKind k : editableRecordKinds())
            all.append(fromCatalogue(k));
        return all;
    }();
    for (const EditableTable& t : tables) {
        if (t.record == kind)
            return &t;
    }
    return nullptr;
}

IdSetLink idSetLink(const QString& field)
{
    if (field == QLatin1String("key_groups"))
        return {QStringLiteral("worker_key_groups"), QStringLiteral("key_group_id"), QStringLiteral("key_group")};
    if (field == QLatin1String("hardships"))
        return {QStringLiteral("worker_hardships"), QStringLiteral("category_id"), QStringLiteral("hardship_category")};
    if (field == QLatin1String("service_needs"))
        return {QStringLiteral("worker_service_needs"), QStringLiteral("service_type_id"),
                QStringLiteral("service_type")};
    return {};
}

QVariant storedForm(ColumnKind kind, const QVariant& value)
{
    switch (kind) {
    case K::Text:
        return isNullish(value) ? QString(QLatin1String("")) : value.toString();
    case K::OptionalText:
        return isNullish(value) ? QVariant() : QVariant(value.toString());
    case K::Date:
        if (isNullish(value))
            return {};
        if (value.metaType().id() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return value.toString();
    case K::Integer: {
        if (isNullish(value))
            return {};
        // A figure with its unit ("5人", "3千") is stored as the figure, read as the checks read it; other text is
        // kept as it is, so the checks report it instead of storing 0.
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (ok)
            return n;
        const QuantityReading figure = readQuantity(value.toString(), Quantity::Any);
        return figure.ok() && figure.value == std::floor(figure.value) ? QVariant(qint64(figure.value))
                                                                       : QVariant(value.toString().trimmed());
    }
    case K::Real: {
        if (isNullish(value))
            return {};
        bool ok = false;
        const double x = value.toDouble(&ok);
        if (ok)
            return x;
        const QuantityReading figure = readQuantity(value.toString(), Quantity::Any);
        return figure.ok() ? QVariant(figure.value) : QVariant(value.toString().trimmed());
    }
    case K::Flag:
        return QVariant(qint64(value.toBool() || value.toLongLong() != 0 ? 1 : 0));
    case K::IdSet: {
        QList<qint64> ids;
        const QVariantList list = value.toList();
        for (const QVariant& v : list)
            ids.append(v.toLongLong());
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        QVariantList out;
        for (qint64 id : ids)
            out.append(id);
        return out;
    }
    }
    return value;
}

bool sameStoredValue(ColumnKind kind, const QVariant& a, const QVariant& b)
{
    const QVariant x = storedForm(kind, a);
    const QVariant y = storedForm(kind, b);
    if (kind == K::Text)
        return x.toString() == y.toString();
    if (x.isNull() || y.isNull())
        return x.isNull() == y.isNull();
    if (kind == K::Real)
        return qFuzzyCompare(x.toDouble() + 1.0, y.toDouble() + 1.0);
    if (kind == K::IdSet)
        return x.toList() == y.toList();
    if (kind == K::Integer || kind == K::Flag)
        return x.toLongLong() == y.toLongLong();
    return x.toString() == y.toString();
}

QVariant auditForm(ColumnKind kind, const QVariant& value)
{
    const QVariant v = storedForm(kind, value);
    if (kind == K::IdSet) {
        QStringList parts;
        const QVariantList list = v.toList();
        for (const QVariant& id : list)
            parts.append(QString::number(id.toLongLong()));
        return parts.join(QLatin1Char(','));
    }
    if (v.isNull())
        return {};
    return v.toString();
}

} // namespace jb::core::editing
