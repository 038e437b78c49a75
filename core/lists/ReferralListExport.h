#pragma once
// The 推荐就业 page's referral list written to CSV or Excel, as filtered and sorted on screen: the list's columns
// (ID number, person, enterprise, post, stage, stage day, officer) and the referral's number. ID numbers are masked
// unless asked otherwise; an unmasked export goes through core::writeList, which records it in the audit log with
// the row count, the file, the filter and the reason, as every list's export does.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/placement/ReferralList.h"

#include <QSqlDatabase>
#include <QStringList>

namespace jb::core {

class ListSink;

class ReferralListExport final
{
public:
    static QStringList header();
    // The filter in words, for the audit note.
    static QString describe(const ReferralFilter& filter);
    // Every referral `filter` selects, in `sort`'s order; returns the number of rows.
    static Expected<qint64> write(QSqlDatabase db, const ReferralFilter& filter, const ReferralSort& sort,
                                  ListSink& sink, bool unmasked, const QString& destination, const QString& reason = {},
                                  QDate today = Clock::today());
    static Expected<qint64> writeCsv(QSqlDatabase db, const ReferralFilter& filter, const ReferralSort& sort,
                                     const QString& path, bool unmasked, const QString& reason = {},
                                     QDate today = Clock::today());
    // Excel's column widths for header()'s columns, in characters.
    static QVector<int> columnWidths();
};

} // namespace jb::core
