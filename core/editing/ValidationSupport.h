#pragma once
// Shared pieces of the per-record checks (RecordValidation.h): reading values, dates, numbers and reference ids,
// each adding a bilingual "字段：问题 / Field: problem" issue to a report. Internal to core/editing.

#include "core/editing/RecordValidation.h"

#include <QSqlQuery>
#include <QVariant>

namespace jb::core::editing {

struct Label
{
    const char* zh; // UTF-8
    const char* en;
};

inline QString issueText(Label label, const QString& zh, const QString& en)
{
    return QString::fromUtf8(label.zh) + QStringLiteral("：") + zh + QStringLiteral(" / ") +
           QString::fromUtf8(label.en) + QStringLiteral(": ") + en;
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

    void error(const char* field, Label label, const QString& zh, const QString& en)
    {
        m_report.issues.append({QLatin1String(field), issueText(label, zh, en), false});
    }
    void warning(const char* field, Label label, const QString& zh, const QString& en)
    {
        m_report.issues.append({QLatin1String(field), issueText(label, zh, en), true});
    }

    // A message already bilingual and naming the field (from core/validation).
    void errorText(const char* field, const QString& message)
    {
        m_report.issues.append({QLatin1String(field), message, false});
    }
    void warningText(const char* field, const QString& message)
    {
        m_report.issues.append({QLatin1String(field), message, true});
    }

    bool required(const char* field, Label label)
    {
        if (!blank(field))
            return true;
        error(field, label, QStringLiteral("必填，请填写"), QStringLiteral("required, please fill it in"));
        return false;
    }

    // Text of at most `max` characters.
    void maxLength(const char* field, Label label, int max)
    {
        if (text(field).size() > max)
            error(field, label, QStringLiteral("不能超过 %1 个字").arg(max),
                  QStringLiteral("at most %1 characters").arg(max));
    }

    // An ISO date (YYYY-MM-DD) or blank; not after today when `notFuture`. Returns the date (null if blank/bad).
    QDate date(const char* field, Label label, bool notFuture)
    {
        if (blank(field))
            return {};
        const QDate d = QDate::fromString(text(field), Qt::ISODate);
        if (!d.isValid() || text(field).size() != 10) {
            error(field, label, QStringLiteral("日期无效，请按 年-月-日 填写（如 2026-03-01）"),
                  QStringLiteral("not a valid date, write it as YYYY-MM-DD (e.g. 2026-03-01)"));
            return {};
        }
        if (d.year() < 1900) {
            error(field, label, QStringLiteral("日期太早，请检查年份"), QStringLiteral("too early, check the year"));
            return {};
        }
        if (notFuture && d > m_today) {
            error(field, label, QStringLiteral("不能晚于今天（%1）").arg(m_today.toString(Qt::ISODate)),
                  QStringLiteral("cannot be after today (%1)").arg(m_today.toString(Qt::ISODate)));
            return {};
        }
        return d;
    }

    // A whole number ≥ `min` (and ≤ `max`) or blank. Returns whether it is a usable number.
    bool number(const char* field, Label label, qint64 min, qint64 max, qint64* out = nullptr)
    {
        if (blank(field))
            return false;
        bool ok = false;
        const qint64 n = value(field).toString().trimmed().toLongLong(&ok);
        if (!ok) {
            error(field, label, QStringLiteral("请填写整数"), QStringLiteral("please enter a whole number"));
            return false;
        }
        if (n < min || n > max) {
            error(field, label, QStringLiteral("应在 %1 到 %2 之间").arg(min).arg(max),
                  QStringLiteral("must be between %1 and %2").arg(min).arg(max));
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
        error(field, label, QStringLiteral("不是本清单中的选项（%1）").arg(id),
              QStringLiteral("not a value of this list (%1)").arg(id));
        return false;
    }

    // One of `allowed` (stored codes), or blank when `optional`.
    void oneOf(const char* field, Label label, const QStringList& allowed, bool optional)
    {
        if (optional && blank(field))
            return;
        if (!allowed.contains(text(field)))
            error(field, label, QStringLiteral("请从列表中选择"),
                  QStringLiteral("please choose a value from the list"));
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
            error(field, label, QStringLiteral("所选记录不存在"), QStringLiteral("the chosen record does not exist"));
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
