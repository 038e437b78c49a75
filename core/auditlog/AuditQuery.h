#pragma once
// AuditQuery: the audit log as a list the officer reads (操作日志, `jobbridge-cli audit`): newest first, filtered by
// officer, record, kind of action and date, counted and read a window at a time like the other long lists
// (core/storage/ListWindow.h). Each row is in the officer's terms (AuditWords.h): the record's label, the field's
// label, old → new with ID numbers and phones masked, the action in words. Reading never changes the log.

#include "core/Expected.h"
#include "core/auditlog/AuditAction.h"
#include "core/domain/NameLanguage.h"
#include "core/records/RecordKind.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

class QSqlQuery;

namespace jb::core {

namespace audit {
class AuditWords;
}

struct AuditFilter
{
    QString officer;                      // exactly this officer; empty: everyone
    std::optional<RecordKind> recordKind; // with recordId: only this record's rows
    qint64 recordId = 0;
    QString recordText; // a name (worker, enterprise, vacancy, fair) or words of the note; empty: any record
    std::optional<AuditAction> action;
    QDate from; // local days, inclusive; invalid: open
    QDate to;
};

struct AuditRow
{
    qint64 id = 0;
    QDateTime when; // local time
    QString officer;
    AuditAction action = AuditAction::Edit;
    QString actionWords; // "Changed", "Revealed in full", … (translated)
    QString record;      // "Worker 张*（尾号1234）" (translated kind + label)
    QString field;       // the field's label; empty when the row names none
    QString oldValue;    // masked where personal data
    QString newValue;
    QString note; // the officer's reason or what the change said of itself
};

class AuditQuery final
{
public:
    static Expected<AuditQuery> open(QSqlDatabase db, const AuditFilter& filter,
                                     NameLanguage names = shownNameLanguage());

    Expected<qint64> count() const;
    // Rows [offset, offset + limit), newest first.
    Expected<QVector<AuditRow>> window(qint64 offset, int limit) const;
    // Every selected row, newest first; `row` returns false to stop.
    Status forEach(const std::function<bool(const AuditRow&)>& row) const;
    // The selected rows as CSV (as shown: masked); the number of rows written.
    Expected<qint64> writeCsv(const QString& path) const;

    // The officers named in the log, for the filter's drop-down.
    static Expected<QStringList> officers(QSqlDatabase db);
    // The column titles of the page and of an export, in the installed language.
    static QStringList header();
    static QVector<QVariant> cells(const AuditRow& row);

private:
    AuditQuery(QSqlDatabase db, NameLanguage names) : m_db(db), m_names(names) {}
    Expected<QVector<AuditRow>> read(qint64 first, qint64 rows, bool reversed) const;
    static AuditRow readRow(const QSqlQuery& q, const audit::AuditWords& words);

    QSqlDatabase m_db;
    NameLanguage m_names;
    QString m_where; // " WHERE …" or empty
    QVariantList m_binds;
    mutable std::optional<qint64> m_total;
};

} // namespace jb::core
