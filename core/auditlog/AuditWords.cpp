#include "core/auditlog/AuditWords.h"

#include "core/Message.h"
#include "core/domain/MetricCatalog.h"
#include "core/records/RecordFields.h"
#include "core/settings/SettingsRepository.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

#include <QSqlQuery>
#include <QStringList>

namespace jb::core::audit {

namespace {

const QChar kSeparator(0x1f); // between the parts of a stored label (recordLabelSql)

std::optional<RecordKind> kindOfTable(const QString& table)
{
    for (RecordKind k :
         {RecordKind::Organisation, RecordKind::Enterprise, RecordKind::Vacancy, RecordKind::DemandSnapshot,
          RecordKind::EnterpriseFlag, RecordKind::Worker, RecordKind::JobFair, RecordKind::Referral,
          RecordKind::Service, RecordKind::Period, RecordKind::Target})
        if (recordTable(k) == table)
            return k;
    return std::nullopt;
}

// The officer's word for the kind of record a table holds. Table-driven, so longer.
Message tableWord(const QString& table)
{
    static const QVector<std::pair<QString, Message>> words{
        {QStringLiteral("workers"), JB_TR("Audit", "Worker")},
        {QStringLiteral("enterprises"), JB_TR("Audit", "Enterprise")},
        {QStringLiteral("vacancies"), JB_TR("Audit", "Vacancy")},
        {QStringLiteral("demand_snapshots"), JB_TR("Audit", "Demand record")},
        {QStringLiteral("enterprise_flags"), JB_TR("Audit", "Monitoring flag")},
        {QStringLiteral("job_fairs"), JB_TR("Audit", "Job fair")},
        {QStringLiteral("fair_posts"), JB_TR("Audit", "Job fair")},
        {QStringLiteral("referrals"), JB_TR("Audit", "Referral")},
        {QStringLiteral("services"), JB_TR("Audit", "Service")},
        {QStringLiteral("periods"), JB_TR("Audit", "Period")},
        {QStringLiteral("targets"), JB_TR("Audit", "Target")},
        {QStringLiteral("organisations"), JB_TR("Audit", "Sub-unit")},
        {QStringLiteral("settings"), JB_TR("Audit", "Setting")},
        {QStringLiteral("reference_items"), JB_TR("Audit", "Reference list")},
        {QStringLiteral("import_batches"), JB_TR("Audit", "Imported list")},
        {QStringLiteral("import_profiles"), JB_TR("Audit", "Saved column mapping")},
        {QStringLiteral("received_packages"), JB_TR("Audit", "Received package")},
        {QStringLiteral("report_submissions"), JB_TR("Audit", "Monthly report")},
        {QStringLiteral("file"), JB_TR("Audit", "The whole file")}, // a restore from a backup
    };
    for (const auto& [t, w] : words)
        if (t == table)
            return w;
    return {};
}

// Terms for the fields the catalogue does not describe (settings, merges, reference lists, …). Table-driven.
Message extraField(const QString& field)
{
    static const QVector<std::pair<QString, Message>> words{
        {setting::promiseDays, JB_TR("Audit", "Promise days")},
        {setting::stableMonths, JB_TR("Audit", "Months for stable employment")},
        {setting::paceAmberRatio, JB_TR("Audit", "Pace warning ratio")},
        {setting::officer, JB_TR("Audit", "Officer")},
        {setting::homeOrgCode, JB_TR("Audit", "Home organisation")},
        {setting::reasonRequiredForReveal, JB_TR("Audit", "Reason required to show personal data")},
        {QStringLiteral("merged_into"), JB_TR("Audit", "Merged into")},
        {QStringLiteral("stage"), JB_TR("Audit", "Stage")},
        {QStringLiteral("retired"), JB_TR("Audit", "Retired")},
        {QStringLiteral("name_zh"), JB_TR("Audit", "Name")},
        {QStringLiteral("name_en"), JB_TR("Audit", "English name")},
        {QStringLiteral("name"), JB_TR("Audit", "Name")},
        {QStringLiteral("period"), JB_TR("Audit", "Period")},
        {QStringLiteral("mapping_json"), JB_TR("Audit", "Column mapping")},
        {QStringLiteral("public_welfare"), JB_TR("Audit", "Public-welfare post")},
        {QStringLiteral("id_number"), JB_TR("Audit", "ID number")},
        {QStringLiteral("phone"), JB_TR("Audit", "Phone")},
        {QStringLiteral("contact_phone"), JB_TR("Audit", "Contact phone")},
    };
    for (const auto& [f, w] : words)
        if (f == field)
            return w;
    return {};
}

bool personalField(const QString& field)
{
    return field == QLatin1String("id_number") || field == QLatin1String("phone") ||
           field == QLatin1String("contact_phone");
}

QHash<qint64, QString> namesOf(QSqlDatabase db, const QString& sql)
{
    QHash<qint64, QString> names;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

} // namespace

QString recordLabelSql()
{
    // Only the rows of the window shown are labelled; a removed record has no label (its id is shown instead).
    return QStringLiteral(
        "CASE a.table_name "
        "WHEN 'workers' THEN (SELECT name || char(31) || COALESCE(id_number, '') FROM workers WHERE id = a.record_id) "
        "WHEN 'enterprises' THEN (SELECT name FROM enterprises WHERE id = a.record_id) "
        "WHEN 'vacancies' THEN (SELECT v.title || char(31) || e.name FROM vacancies v "
        "  JOIN enterprises e ON e.id = v.enterprise_id WHERE v.id = a.record_id) "
        "WHEN 'demand_snapshots' THEN (SELECT e.name FROM demand_snapshots d "
        "  JOIN enterprises e ON e.id = d.enterprise_id WHERE d.id = a.record_id) "
        "WHEN 'enterprise_flags' THEN (SELECT e.name FROM enterprise_flags f "
        "  JOIN enterprises e ON e.id = f.enterprise_id WHERE f.id = a.record_id) "
        "WHEN 'job_fairs' THEN (SELECT name FROM job_fairs WHERE id = a.record_id) "
        "WHEN 'fair_posts' THEN (SELECT name FROM job_fairs WHERE id = a.record_id) "
        "WHEN 'organisations' THEN (SELECT name FROM organisations WHERE id = a.record_id) "
        "WHEN 'periods' THEN (SELECT label FROM periods WHERE id = a.record_id) "
        "WHEN 'reference_items' THEN (SELECT name_zh FROM reference_items WHERE id = a.record_id) "
        "WHEN 'import_batches' THEN (SELECT file_name FROM import_batches WHERE id = a.record_id) "
        "WHEN 'settings' THEN '' "
        "ELSE NULL END");
}

QString maskedName(const QString& name)
{
    if (name.size() <= 1)
        return name;
    return name.left(1) + QString(name.size() - 1, QLatin1Char('*'));
}

AuditWords::AuditWords(QSqlDatabase db, NameLanguage names)
    : m_references(namesOf(db, names == NameLanguage::Chinese
                                   ? QStringLiteral("SELECT id, name_zh FROM reference_items")
                                   : QStringLiteral("SELECT id, name_en FROM reference_items"))),
      m_organisations(namesOf(db, QStringLiteral("SELECT id, name FROM organisations")))
{
}

QString AuditWords::record(const QString& table, qint64 recordId, const QString& stored) const
{
    const Message word = tableWord(table);
    const QString kind = word.isEmpty() ? QString() : word.text();
    if (table == QLatin1String("settings") || (table.isEmpty() && recordId == 0))
        return kind;
    const QStringList parts = stored.split(kSeparator);
    QString label;
    if (stored.isNull())
        label = QStringLiteral("#%1").arg(recordId); // removed since, or a record with no name
    else if (table == QLatin1String("workers")) {
        const QString id = parts.value(1);
        label = maskedName(parts.value(0));
        if (id.size() >= 4)
            label += JB_TR("Audit", " (ID ending %1)").arg(id.right(4)).text();
    } else if (table == QLatin1String("vacancies"))
        label = JB_TR("Audit", "%1 at %2").arg(parts.value(0)).arg(parts.value(1)).text();
    else
        label = parts.value(0);
    return kind.isEmpty() ? label : kind + QLatin1Char(' ') + label;
}

QString AuditWords::field(const QString& table, const QString& field) const
{
    if (field.isEmpty())
        return {};
    if (const std::optional<RecordKind> kind = kindOfTable(table)) {
        if (const RecordField* f = recordField(*kind, field))
            return f->label.text();
    }
    if (table == QLatin1String("targets")) {
        if (const MetricInfo* m = findMetric(field))
            return m->name.text();
    }
    const Message extra = extraField(field);
    return extra.isEmpty() ? JB_TR("Audit", "another field").text() : extra.text();
}

QString AuditWords::value(const QString& table, const QString& field, const QString& value) const
{
    if (value.isEmpty())
        return value;
    if (personalField(field))
        return field == QLatin1String("id_number") ? maskResidentId(value) : maskPhone(value);
    const std::optional<RecordKind> kind = kindOfTable(table);
    const RecordField* f = kind ? recordField(*kind, field) : nullptr;
    if (!f)
        return value;
    switch (f->kind) {
    case FieldKind::Reference:
    case FieldKind::ReferenceSet:
        return referenceNames(value);
    case FieldKind::Organisation:
        return m_organisations.value(value.toLongLong(), value);
    case FieldKind::YesNo:
        return value == QLatin1String("1") ? JB_TR("Audit", "yes").text() : JB_TR("Audit", "no").text();
    case FieldKind::Choice:
        for (const FieldChoice& c : f->choices)
            if (c.code == value)
                return c.label.text();
        return value;
    default:
        return value;
    }
}

QString AuditWords::referenceNames(const QString& ids) const
{
    QStringList names;
    for (const QString& id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(m_references.value(id.toLongLong(), id));
    return names.join(QStringLiteral("、"));
}

} // namespace jb::core::audit
