#include "core/editing/EditableTables.h"

#include <QDate>
#include <algorithm>

namespace jb::core::editing {

namespace {

using K = ColumnKind;

// Table data, not logic: one entry per editable table and column, so it stays one function longer than 80 lines.
const QVector<EditableTable>& tables()
{
    static const QVector<EditableTable> all = {
        {QStringLiteral("workers"),
         {{"org_id", K::Integer, true},
          {"name", K::Text, true},
          {"gender", K::OptionalText, true},
          {"id_number", K::OptionalText, true},
          {"birth_date", K::Date, true},
          {"phone", K::Text, true},
          {"hukou_place", K::Text, true},
          {"current_place", K::Text, true},
          {"employment_status_id", K::Integer, true},
          {"returned_on", K::Date, true},
          {"return_destination", K::OptionalText, true},
          {"desired_trade", K::Text, true},
          {"desired_place", K::Text, true},
          {"expected_wage_min", K::Integer, true},
          {"expected_wage_max", K::Integer, true},
          {"skill_level_id", K::Integer, true},
          {"education_id", K::Integer, true},
          {"registered_on", K::Date, true},
          {"last_contact_on", K::Date, true},
          {"note", K::Text, true},
          {"import_batch_id", K::Integer, false},
          {"created_at", K::OptionalText, false},
          {"key_groups", K::IdSet, true},
          {"hardships", K::IdSet, true},
          {"service_needs", K::IdSet, true}}},
        {QStringLiteral("enterprises"),
         {{"org_id", K::Integer, true},
          {"name", K::Text, true},
          {"credit_code", K::OptionalText, true},
          {"industry_id", K::Integer, true},
          {"address", K::Text, true},
          {"contact_name", K::Text, true},
          {"contact_phone", K::Text, true},
          {"is_key_enterprise", K::Flag, true},
          {"is_major_project", K::Flag, true},
          {"note", K::Text, true},
          {"import_batch_id", K::Integer, false},
          {"created_at", K::OptionalText, false}}},
        {QStringLiteral("vacancies"),
         {{"enterprise_id", K::Integer, true},
          {"title", K::Text, true},
          {"trade", K::Text, true},
          {"occupation_group_id", K::Integer, true},
          {"headcount", K::Integer, true},
          {"wage_min", K::Integer, true},
          {"wage_max", K::Integer, true},
          {"wage_text", K::Text, true},
          {"benefits", K::Text, true},
          {"education_id", K::Integer, true},
          {"age_min", K::Integer, true},
          {"age_max", K::Integer, true},
          {"skill_level_id", K::Integer, true},
          {"requirements", K::Text, true},
          {"work_location", K::Text, true},
          {"employment_form_id", K::Integer, true},
          {"posted_on", K::Date, true},
          {"status", K::Text, true},
          {"closed_on", K::Date, true},
          {"import_batch_id", K::Integer, false},
          {"created_at", K::OptionalText, false}}},
        {QStringLiteral("demand_snapshots"),
         {{"enterprise_id", K::Integer, true},
          {"recorded_on", K::Date, true},
          {"contact_kind", K::Text, true},
          {"planned", K::Integer, true},
          {"hired", K::Integer, true},
          {"gap", K::Integer, true},
          {"officer", K::Text, true},
          {"note", K::Text, true}}},
        {QStringLiteral("enterprise_flags"),
         {{"enterprise_id", K::Integer, true},
          {"kind", K::Text, true},
          {"flagged_on", K::Date, true},
          {"resolved_on", K::Date, true},
          {"amount_yuan", K::Real, true},
          {"people_affected", K::Integer, true},
          {"note", K::Text, true}}},
    };
    return all;
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
        if (wanted == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

const EditableTable* editableTable(const QString& table)
{
    for (const EditableTable& t : tables()) {
        if (t.name == table)
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
        // Text that is not a number is kept as it is, so the checks report it instead of storing 0.
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(value.toString().trimmed());
    }
    case K::Real: {
        if (isNullish(value))
            return {};
        bool ok = false;
        const double x = value.toDouble(&ok);
        return ok ? QVariant(x) : QVariant(value.toString().trimmed());
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
