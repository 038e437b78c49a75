#pragma once
// Reads dates in the forms Chinese Excel produces (2024/2/23, 2024年2月23日, serial 45345, …) into QDate.

#include "core/Message.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace jb::core {

struct DateParse
{
    std::optional<QDate> date;
    Message message;    // what is wrong and how to fix it; empty when a date was read
    bool blank = false; // the cell was empty: callers decide whether that is an error
};

// Accepts yyyy/M/d, yyyy-M-d, yyyy.M.d, yyyy年M月d日, yyyyMMdd, each optionally followed by a time (ignored),
// full-width digits, and Excel serial numbers in the 1900 date system (1 … 2958465, with or without a time
// fraction). Serial 60 is Excel's nonexistent 1900-02-29 and is refused.
DateParse parseExcelDate(QStringView raw);

// yyyy-MM-dd, the one form written back to files and shown in exports; empty for an invalid date.
QString formatDate(QDate date);

} // namespace jb::core
