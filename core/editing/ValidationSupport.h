#pragma once
// Shared pieces of the per-record checks (RecordValidation.h): reading values, dates, numbers and reference ids,
// each adding a "Field: problem" issue (a Message) to a report. Internal to core/editing.

#include "core/Message.h"
#include "core/editing/RecordValidation.h"
#include "core/validation/Quantity.h"

#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace jb::core::editing {

// A field's name in an issue: the source text of its translation (context "Editing"), written with
// QT_TRANSLATE_NOOP("Editing", "Name") so lupdate collects it.
struct Label
{
    const char* source;

    Message message() const { return Message("Editing", source); }
};

// "字段：问题" / "Field: problem".
inline Message issueText(Label label, const Message& problem)
{
    return JB_TR("Editing", "%1: %2").arg(label.message()).arg(problem);
}

class Checker final
{
public:
    Checker(QSqlDatabase db, const QVariantMap& values, QDate today) : m_db(db), m_values(values), m_today(today) {}

    QString text(const char* field) const { return m_values.value(QLatin1String(field)).toString().trimmed(); }
    bool blank(const char* field) const
    {
        const QVariant v = m_values.value(QLatin1String(field));
        return v.isNull() || v.toString().trimmed().isEmpty();
    }
    QVariant value(const char* field) const { return m_values.value(QLatin1String(field)); }

    // `problem` says what is wrong with the field, without naming it.
    void error(const char* field, Label label, const Message& problem)
    {
        m_report.issues.append({QLatin1String(field), issueText(label, problem), false});
    }
    void warning(const char* field, Label label, const Message& problem)
    {
        m_report.issues.append({QLatin1String(field), issueText(label, problem), true});
    }

    // A message that already names the field (from core/validation).
    void errorText(const char* field, const Message& message)
    {
        m_report.issues.append({QLatin1String(field), message, false});
    }
    void warningText(const char* field, const Message& message)
    {
        m_report.issues.append({QLatin1String(field), message, true});
    }

    bool required(const char* field, Label label)
    {
        if (!blank(field))
            return true;
        error(field, label, JB_TR("Editing", "required, please fill it in"));
        return false;
    }

    // Text of at most `max` characters.
    void maxLength(const char* field, Label label, int max)
    {
        if (text(field).size() > max)
            error(field, label, JB_TR("Editing", "at most %1 characters").arg(max));
    }

    // An ISO date (YYYY-MM-DD) or blank; not after today when `notFuture`. Returns the date (null if blank/bad).
    QDate date(const char* field, Label label, bool notFuture)
    {
        if (blank(field))
            return {};
        const QDate d = QDate::fromString(text(field), Qt::ISODate);
        if (!d.isValid() || text(field).size() != 10) {
            error(field, label, JB_TR("Editing", "not a valid date, write it as YYYY-MM-DD (e.g. 2026-03-01)"));
            return {};
        }
        if (d.year() < 1900) {
            error(field, label, JB_TR("Editing", "too early, check the year"));
            return {};
        }
        if (notFuture && d > m_today) {
            error(field, label, JB_TR("Editing", "cannot be after today (%1)").arg(m_today.toString(Qt::ISODate)));
            return {};
        }
        return d;
    }

    // A whole number ≥ `min` (and ≤ `max`) or blank, read with its unit as everywhere else ("5人", "3千", "1.5万":
    // core/validation/Quantity.h); `kind` says which units it may carry. Returns whether it is a usable number.
    bool number(const char* field, Label label, qint64 min, qint64 max, qint64* out = nullptr,
                Quantity kind = Quantity::Count)
    {
        if (blank(field))
            return false;
        const QuantityReading reading = readQuantity(value(field).toString(), kind);
        if (!reading.ok()) {
            error(field, label, reading.problem);
            return false;
        }
        if (reading.value != std::floor(reading.value)) {
            error(field, label, JB_TR("Editing", "please enter a whole number"));
            return false;
        }
        const qint64 n = qint64(reading.value);
        if (n < min || n > max) {
            error(field, label, JB_TR("Editing", "must be between %1 and %2").arg(min).arg(max));
            return false;
        }
        if (out)
            *out = n;
        return true;
    }

    // A reference_items id of `list`, or blank.
    void reference(const char* field, Label label, const QString& list)
    {
        if (blank(field))
            return;
        referenceId(field, label, list, value(field).toLongLong());
    }
    bool referenceId(const char* field, Label label, const QString& list, qint64 id)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM reference_items WHERE id = ? AND list = ?"));
        q.addBindValue(id);
        q.addBindValue(list);
        if (q.exec() && q.next())
            return true;
        error(field, label, JB_TR("Editing", "not a value of this list (%1)").arg(id));
        return false;
    }

    // One of `allowed` (stored codes), or blank when `optional`.
    void oneOf(const char* field, Label label, const QStringList& allowed, bool optional)
    {
        if (optional && blank(field))
            return;
        if (!allowed.contains(text(field)))
            error(field, label, JB_TR("Editing", "please choose a value from the list"));
    }

    // A record id of `table` (an organisation, an enterprise).
    void recordExists(const char* field, Label label, const QString& table)
    {
        if (!required(field, label))
            return;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(value(field).toLongLong());
        if (!(q.exec() && q.next()))
            error(field, label, JB_TR("Editing", "the chosen record does not exist"));
    }

    QSqlDatabase db() const { return m_db; }
    QDate today() const { return m_today; }
    ValidationReport take() { return std::move(m_report); }

private:
    QSqlDatabase m_db;
    const QVariantMap& m_values;
    QDate m_today;
    ValidationReport m_report;
};

} // namespace jb::core::editing
