// The checks of a service (the ledger's editor, the CLI, the roster import and applyRecordChange run them): the
// person, the kind, the day, and each kind's own fields; a field the kind does not use must stay empty.

#include "core/editing/RecordValidation.h"
#include "core/editing/ValidationSupport.h"
#include "core/records/ServiceKinds.h"

#include <QSqlQuery>

namespace jb::core {

using editing::Checker;
using editing::Label;

namespace {

constexpr Label kDate{QT_TRANSLATE_NOOP("Editing", "Date")};
constexpr Label kEndDate{QT_TRANSLATE_NOOP("Editing", "End date")};
constexpr Label kKind{QT_TRANSLATE_NOOP("Editing", "Service kind")};

QString kindCodeOf(QSqlDatabase db, qint64 typeId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code FROM reference_items WHERE id = ? AND list = 'service_type'"));
    q.addBindValue(typeId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Table data: the fields only some kinds use, with their labels for the messages.
struct OwnField
{
    const char* id;
    Label label;
};
const OwnField kOwnFields[] = {
    {"subtype", {QT_TRANSLATE_NOOP("Editing", "Kind of support")}},
    {"delivery", {QT_TRANSLATE_NOOP("Editing", "Mode")}},
    {"completed", {QT_TRANSLATE_NOOP("Editing", "Completed")}},
    {"course", {QT_TRANSLATE_NOOP("Editing", "Course")}},
    {"hours", {QT_TRANSLATE_NOOP("Editing", "Hours")}},
    {"certificate", {QT_TRANSLATE_NOOP("Editing", "Certificate")}},
    {"mentor", {QT_TRANSLATE_NOOP("Editing", "Mentor")}},
    {"project_id", {QT_TRANSLATE_NOOP("Editing", "Project")}},
    {"topic", {QT_TRANSLATE_NOOP("Editing", "Topic")}},
    {"channel", {QT_TRANSLATE_NOOP("Editing", "Channel")}},
    {"outcome", {QT_TRANSLATE_NOOP("Editing", "Outcome")}},
    {"place", {QT_TRANSLATE_NOOP("Editing", "Where")}},
    {"ends_on", {QT_TRANSLATE_NOOP("Editing", "End date")}},
};

void checkOwnFields(Checker& c, const QString& kind)
{
    for (const OwnField& f : kOwnFields) {
        const RecordField* field = serviceField(kind, QLatin1String(f.id));
        if (!field) {
            if (!c.blank(f.id))
                c.error(f.id, f.label, JB_TR("Editing", "not recorded for this kind of service; clear it"));
            continue;
        }
        if (field->kind == FieldKind::Choice) {
            QStringList codes;
            for (const FieldChoice& choice : field->choices)
                codes << choice.code;
            c.oneOf(f.id, f.label, codes, true);
        } else if (field->kind == FieldKind::YesNo && !c.blank(f.id)) {
            c.oneOf(f.id, f.label, {QStringLiteral("0"), QStringLiteral("1")}, true);
        } else if (field->maxLength > 0) {
            c.maxLength(f.id, f.label, field->maxLength);
        }
    }
    c.number("hours", {QT_TRANSLATE_NOOP("Editing", "Hours")}, 0, 2000);
}

void checkAmount(Checker& c)
{
    if (c.blank("amount_yuan"))
        return;
    bool ok = false;
    const double amount = c.value("amount_yuan").toDouble(&ok);
    if (!ok || amount < 0 || amount > 100'000'000)
        c.error("amount_yuan", {QT_TRANSLATE_NOOP("Editing", "Amount (yuan)")},
                JB_TR("Editing", "enter a number of yuan from 0 to 100000000"));
}

// One service of a kind per person and day; one insurance enrolment per person and year.
void checkRepeat(Checker& c, qint64 recordId, const QString& kind, const QDate& on)
{
    if (c.blank("worker_id") || !on.isValid())
        return;
    QSqlQuery q(c.db());
    const bool insurance = kind == servicekind::insurance;
    q.prepare(QStringLiteral("SELECT provided_on FROM services WHERE worker_id = ? AND service_type_id = ? AND "
                             "id <> ? AND provided_on BETWEEN ? AND ? LIMIT 1"));
    q.addBindValue(c.value("worker_id").toLongLong());
    q.addBindValue(c.value("service_type_id").toLongLong());
    q.addBindValue(recordId);
    q.addBindValue(insurance ? QStringLiteral("%1-01-01").arg(on.year()) : on.toString(Qt::ISODate));
    q.addBindValue(insurance ? QStringLiteral("%1-12-31").arg(on.year()) : on.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return;
    if (insurance)
        c.error("provided_on", kDate,
                JB_TR("Editing", "this person is already enrolled in the mutual insurance this year (on %1)")
                    .arg(q.value(0).toString()));
    else
        c.error("provided_on", kDate,
                JB_TR("Editing", "this person already has this service on this day; edit that record instead"));
}

} // namespace

ValidationReport validateService(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today)
{
    Checker c(db, values, today);
    c.recordExists("org_id", {QT_TRANSLATE_NOOP("Editing", "Recorded by")}, QStringLiteral("organisations"));
    c.recordExists("worker_id", {QT_TRANSLATE_NOOP("Editing", "Person")}, QStringLiteral("workers"));
    QString kind;
    if (c.required("service_type_id", kKind)) {
        kind = kindCodeOf(db, c.value("service_type_id").toLongLong());
        if (kind.isEmpty())
            c.error("service_type_id", kKind, JB_TR("Editing", "please choose a value from the list"));
    }
    const QDate on = c.required("provided_on", kDate) ? c.date("provided_on", kDate, true) : QDate();
    const QDate ends = c.date("ends_on", kEndDate, false);
    if (on.isValid() && ends.isValid() && ends < on)
        c.error("ends_on", kEndDate, JB_TR("Editing", "cannot be before the start (%1)").arg(on.toString(Qt::ISODate)));
    if (!c.blank("enterprise_id"))
        c.recordExists("enterprise_id", {QT_TRANSLATE_NOOP("Editing", "Enterprise")}, QStringLiteral("enterprises"));
    if (!c.blank("project_id"))
        c.recordExists("project_id", {QT_TRANSLATE_NOOP("Editing", "Project")},
                       QStringLiteral("entrepreneurship_projects"));
    c.maxLength("officer", {QT_TRANSLATE_NOOP("Editing", "Officer")}, 50);
    c.maxLength("provider", {QT_TRANSLATE_NOOP("Editing", "Delivered by")}, 100);
    checkAmount(c);
    if (!kind.isEmpty()) {
        checkOwnFields(c, kind);
        checkRepeat(c, recordId, kind, on);
    }
    return c.take();
}

} // namespace jb::core
