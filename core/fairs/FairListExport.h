#pragma once
// The 招聘会 page's list written to CSV or Excel, as filtered and sorted on screen: each fair's days, organiser,
// form, kind and status, and its figures counted from the fair's links (enterprises, posts, headcount, people
// registered, intentions, contracts, the demand ratio) beside the visits the organiser reported. The list names no
// one, so there is nothing to mask; it still goes through core::writeList like every list.

#include "core/Expected.h"
#include "core/fairs/FairList.h"

#include <QSqlDatabase>
#include <QStringList>

namespace jb::core {

class ListSink;

class FairListExport final
{
public:
    static QStringList header();
    static QVector<int> columnWidths();
    // Every fair `filter` keeps, in the order asked for; returns the number of rows.
    static Expected<qint64> write(QSqlDatabase db, const FairFilter& filter, FairSort sort, bool descending,
                                  ListSink& sink, const QString& destination);
    static Expected<qint64> writeCsv(QSqlDatabase db, const FairFilter& filter, FairSort sort, bool descending,
                                     const QString& path);
};

} // namespace jb::core
