#pragma once
// The one-week promise list (core/placement/Promise.h) written to CSV or Excel as the officer's list shows it: a
// section of it from the 推荐就业 page, the whole list from `jobbridge-cli export --kind promise`. Each row is one
// person on the clock: the state, the days before the due day (negative: after it), the start and due days, the
// first recommendation and the offers counted against the settings. The ID number and phone go with each row so
// the officer can call the people whose week is running out; they are masked unless asked otherwise, and an
// unmasked export goes through core::writeList, which records it in the audit log (table workers) with the row
// count, the file, the filter and the reason, as every list's export does.

#include "core/Expected.h"
#include "core/placement/Promise.h"

#include <QSqlDatabase>
#include <QStringList>

namespace jb::core {

class ListSink;

class PromiseListExport final
{
public:
    static QStringList header();
    // Excel's column widths for header()'s columns, in characters.
    static QVector<int> columnWidths();
    // `entries` in their order; `filter` says which part of the list they are, in words, for the audit note.
    static Expected<qint64> write(QSqlDatabase db, const QVector<PromiseEntry>& entries, ListSink& sink, bool unmasked,
                                  const QString& destination, const QString& filter, const QString& reason = {});
    static Expected<qint64> writeCsv(QSqlDatabase db, const QVector<PromiseEntry>& entries, const QString& path,
                                     bool unmasked, const QString& filter, const QString& reason = {});
    // The whole list's part in words: its days, and the section when the officer picked one (`section` may be empty).
    static QString describe(const PromiseList& list, const QDate& since, const QString& section = {});
};

} // namespace jb::core
