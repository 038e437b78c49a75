// Writing a service roster: see ServiceSheetUpsert.h for the policy.

#include "core/import/writing/ServiceSheetUpsert.h"

#include "core/import/reading/FieldCatalog.h"
#include "core/import/writing/ImportWriteContext.h"
#include "core/records/ServiceKinds.h"

#include <cmath>

namespace jb::core {

namespace {

// The insert's columns after org_id, service_type_id, worker_id, provided_on, officer, created_at and
// import_batch_id, in bind order; text columns take '' when the roster has no value.
const char* const kCells[] = {"ends_on", "course",    "provider",    "subtype",     "delivery",
                              "hours",   "completed", "certificate", "amount_yuan", "mentor",
                              "topic",   "channel",   "outcome",     "place",       "note"};
constexpr int kFixedColumns = 7;
const char* const kNullable[] = {"ends_on", "hours", "completed", "certificate", "amount_yuan"};

bool nullable(const QString& column)
{
    for (const char* c : kNullable)
        if (column == QLatin1String(c))
            return true;
    return false;
}

ImportIssue rowIssue(const ServiceSheetRecord& row, const QString& key, const QString& value, const QString& code,
                     const Message& message, IssueSeverity severity = IssueSeverity::Warning)
{
    ImportIssue issue;
    issue.line = row.person.line;
    if (const ImportField* f = findImportField(ImportKind::Services, key))
        issue.column = f->labelZh;
    issue.value = value;
    issue.code = code;
    issue.message = message;
    issue.severity = severity;
    return issue;
}

QString yuanText(double yuan)
{
    return QString::number(std::round(yuan * 100) / 100, 'f', 2);
}

} // namespace

ServiceSheetUpsert::ServiceSheetUpsert(WriteContext& context) : m_c(context) {}

Status ServiceSheetUpsert::loadKind()
{
    if (!isServiceKind(m_c.options.serviceKind))
        return Status::failure(JB_TR("Import", "A service roster needs the kind of its services: one of %1")
                                   .arg(serviceKindCodes().join(QStringLiteral(", "))));
    Expected<SqliteStatement> q =
        m_c.db.prepare("SELECT id FROM reference_items WHERE list = 'service_type' AND code = ?");
    if (!q)
        return Status::failure(q.error());
    q->bindTextCopy(1, m_c.options.serviceKind);
    if (q->step())
        m_typeId = q->intValue(0);
    if (m_typeId == 0)
        return Status::failure(JB_TR("Import", "The file has no service kind “%1”").arg(m_c.options.serviceKind));
    Expected<SqliteStatement> s = m_c.db.prepare("SELECT key, value FROM settings WHERE key IN "
                                                 "('insurance_premium_yuan', 'insurance_province_share')");
    if (!s)
        return Status::failure(s.error());
    while (s->step()) {
        bool ok = false;
        const double v = s->stringValue(1).toDouble(&ok);
        if (ok && s->stringValue(0) == QLatin1String("insurance_premium_yuan") && v > 0)
            m_premium = v;
        else if (ok && s->stringValue(0) == QLatin1String("insurance_province_share") && v >= 0 && v <= 1)
            m_provinceShare = v;
    }
    return s->failed() ? Status::failure(s->error()) : Status();
}

Status ServiceSheetUpsert::prepare()
{
    if (Status s = loadKind(); !s)
        return s;
    QByteArray columns = "org_id, service_type_id, worker_id, provided_on, officer, created_at, import_batch_id";
    for (const char* c : kCells)
        columns += QByteArray(", ") + c;
    columns += ", province_share, city_share";
    const int count = kFixedColumns + static_cast<int>(std::size(kCells)) + 2;
    QByteArray marks = "?";
    for (int i = 1; i < count; ++i)
        marks += ", ?";
    struct Target
    {
        SqliteStatement* statement;
        QByteArray sql;
    };
    const Target targets[] = {
        {&m_findWorker, "SELECT id, org_id FROM workers WHERE id_number = ?"},
        {&m_repeat, "SELECT 1 FROM services WHERE worker_id = ? AND service_type_id = ? AND provided_on BETWEEN ? "
                    "AND ? LIMIT 1"},
        {&m_insert, "INSERT INTO services (" + columns + ") VALUES (" + marks + ")"},
    };
    for (const Target& t : targets) {
        Expected<SqliteStatement> s = m_c.db.prepare(t.sql);
        if (!s)
            return Status::failure(s.error());
        *t.statement = std::move(*s);
    }
    return {};
}

std::optional<QString> ServiceSheetUpsert::cellValue(const ServiceSheetRecord& row, const QString& key,
                                                     const QString& text, QVector<ImportIssue>& issues) const
{
    const QString& kind = m_c.options.serviceKind;
    const RecordField* field = serviceField(kind, key);
    if (!field) {
        issues.append(rowIssue(row, key, text, reason::valueUnrecognised,
                               JB_TR("Import", "this kind of service does not record this column; left out")));
        return std::nullopt;
    }
    const QVariant value = serviceValueFromText(kind, key, text);
    auto refuse = [&](const Message& why) {
        issues.append(rowIssue(row, key, text, reason::valueUnrecognised, why));
        return std::nullopt;
    };
    if (field->kind == FieldKind::Choice) {
        QStringList words;
        for (const FieldChoice& c : field->choices) {
            if (c.code == value.toString())
                return c.code;
            words << c.label.text();
        }
        return refuse(
            JB_TR("Import", "write one of %1; imported with this field empty").arg(words.join(QStringLiteral("、"))));
    }
    if (field->kind == FieldKind::YesNo) {
        if (value.toString() == QLatin1String("1") || value.toString() == QLatin1String("0"))
            return value.toString();
        return refuse(JB_TR("Import", "write 是 or 否; imported with this field empty"));
    }
    if (field->kind == FieldKind::Number || field->kind == FieldKind::Amount) {
        bool ok = false;
        const double n = text.toDouble(&ok);
        const double most = field->kind == FieldKind::Number ? double(field->max) : 100'000'000.0;
        if (!ok || n < 0 || n > most)
            return refuse(JB_TR("Import", "write a number from 0 to %1; imported with this field empty")
                              .arg(QString::number(most, 'f', 0)));
        return text;
    }
    if (field->maxLength > 0 && text.size() > field->maxLength)
        return refuse(
            JB_TR("Import", "longer than %1 characters; imported with this field empty").arg(field->maxLength));
    return text;
}

bool ServiceSheetUpsert::recorded(qint64 workerId, const QDate& on)
{
    const bool insurance = m_c.options.serviceKind == servicekind::insurance;
    m_repeat.bindInt(1, workerId);
    m_repeat.bindInt(2, m_typeId);
    m_repeat.bindTextCopy(3, insurance ? QStringLiteral("%1-01-01").arg(on.year()) : on.toString(Qt::ISODate));
    m_repeat.bindTextCopy(4, insurance ? QStringLiteral("%1-12-31").arg(on.year()) : on.toString(Qt::ISODate));
    const bool found = m_repeat.step();
    m_repeat.reset();
    return found;
}

Expected<RowOutcome> ServiceSheetUpsert::write(const ServiceSheetRecord& row, QVector<ImportIssue>& issues)
{
    m_findWorker.bindTextCopy(1, row.person.idNumber);
    const bool found = m_findWorker.step();
    const qint64 workerId = found ? m_findWorker.intValue(0) : 0;
    const qint64 orgId = found ? m_findWorker.intValue(1) : 0;
    m_findWorker.reset();
    if (m_findWorker.failed())
        return Expected<RowOutcome>::failure(m_findWorker.error());
    if (!found) {
        issues.append(rowIssue(row, field::idNumber, row.person.idNumber, reason::personNotFound,
                               JB_TR("Import", "no one with this ID number is on the worker list; register the "
                                               "person first (劳动者 list or a worker list import), then import this "
                                               "row again"),
                               IssueSeverity::Rejected));
        return RowOutcome::Rejected;
    }
    if (row.on > m_c.options.today) {
        issues.append(rowIssue(row, QStringLiteral("provided_on"), row.on.toString(Qt::ISODate), reason::dateInvalid,
                               JB_TR("Import", "the day of the service is after today; the row is not imported"),
                               IssueSeverity::Rejected));
        return RowOutcome::Rejected;
    }
    if (recorded(workerId, row.on)) {
        issues.append(rowIssue(row, QStringLiteral("provided_on"), row.on.toString(Qt::ISODate),
                               reason::serviceRecorded,
                               JB_TR("Import", "this service is already recorded for this person; not repeated")));
        return RowOutcome::Unchanged;
    }
    QHash<QString, QString> values;
    for (const auto& [key, text] : row.cells)
        if (const std::optional<QString> v = cellValue(row, key, text, issues))
            values.insert(key, *v);
    const bool insurance = m_c.options.serviceKind == servicekind::insurance;
    if (insurance && !values.contains(QStringLiteral("amount_yuan")))
        values.insert(QStringLiteral("amount_yuan"), yuanText(m_premium));

    SqliteStatement& s = m_insert;
    s.bindInt(1, orgId);
    s.bindInt(2, m_typeId);
    s.bindInt(3, workerId);
    s.bindTextCopy(4, row.on.toString(Qt::ISODate));
    s.bindTextCopy(5, m_c.options.officer);
    s.bindTextCopy(6, m_c.stampText);
    s.bindInt(7, m_c.batchId);
    int index = kFixedColumns + 1;
    for (const char* c : kCells) {
        const QString column = QLatin1String(c);
        if (values.contains(column))
            s.bindTextCopy(index, values.value(column));
        else if (nullable(column))
            s.bindNull(index);
        else
            s.bindTextCopy(index, QString());
        ++index;
    }
    if (insurance) {
        const double amount = values.value(QStringLiteral("amount_yuan")).toDouble();
        const double province = std::round(amount * m_provinceShare * 100) / 100;
        s.bindTextCopy(index, yuanText(province));
        s.bindTextCopy(index + 1, yuanText(amount - province));
    } else {
        s.bindNull(index);
        s.bindNull(index + 1);
    }
    if (Status st = s.run(); !st)
        return Expected<RowOutcome>::failure(st.message());
    return RowOutcome::Inserted;
}

} // namespace jb::core
