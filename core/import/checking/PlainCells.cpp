// The quick readers for the forms most cells of a list have (ValueParsers.h): a million-row import reads its
// dates, mobiles and wages here, and leaves every other form to the full readers in ValueParsers.cpp.

#include "core/import/checking/ValueParsers.h"
#include "core/records/RecordLimits.h"

#include <algorithm>

namespace jb::core {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

// Without cleaning or scanning for words; the limits are parseWage's (core/records/RecordLimits.h: below 100 a month
// is a figure with its unit missing, above 1,000,000 not a monthly wage).
std::optional<WageRange> plainWage(QStringView text)
{
    qint64 figures[2] = {0, 0};
    int count = 0;
    int digits = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9') {
            if (++digits > 7)
                return std::nullopt;
            figures[count] = figures[count] * 10 + (c - u'0');
        } else if (c == u'-' && count == 0 && digits > 0) {
            count = 1;
            digits = 0;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    const qint64 low = std::min(figures[0], count == 1 ? figures[1] : figures[0]);
    const qint64 high = std::max(figures[0], count == 1 ? figures[1] : figures[0]);
    WageRange r;
    if (low < limits::kWageMin || high > limits::kWageMax)
        return r;
    r.recognised = true;
    r.min = static_cast<int>(low);
    r.max = static_cast<int>(high);
    return r;
}

std::optional<QDate> parseDateFast(QStringView cell)
{
    const qsizetype n = cell.size();
    if (n == 0 || n > 11)
        return std::nullopt;
    const auto digitAt = [&cell](qsizetype i) { return cell.at(i).unicode() - u'0'; };
    const auto isDigitAt = [&cell](qsizetype i) { return isAsciiDigit(cell.at(i)); };

    qsizetype digits = 0;
    while (digits < n && isDigitAt(digits))
        ++digits;
    QDate date;
    if (digits == n) {
        if (n == 8) {
            date = QDate(digitAt(0) * 1000 + digitAt(1) * 100 + digitAt(2) * 10 + digitAt(3),
                         digitAt(4) * 10 + digitAt(5), digitAt(6) * 10 + digitAt(7));
        } else if (n <= 7) {
            int serial = 0;
            for (qsizetype i = 0; i < n; ++i)
                serial = serial * 10 + digitAt(i);
            // Excel serial numbers. 4-digit 19xx/20xx is a year typed alone, serial 60 is Excel's 1900-02-29:
            // both are refused by parseExcelDate with a message, so leave them to it.
            const bool yearAlone = n == 4 && (cell.startsWith(u"19") || cell.startsWith(u"20"));
            if (yearAlone || serial < 1 || serial == 60 || serial > 2958465)
                return std::nullopt;
            return (serial > 60 ? QDate(1899, 12, 30) : QDate(1899, 12, 31)).addDays(serial);
        } else {
            return std::nullopt;
        }
    } else {
        if (digits != 4)
            return std::nullopt;
        const int year = digitAt(0) * 1000 + digitAt(1) * 100 + digitAt(2) * 10 + digitAt(3);
        const QChar sep = cell.at(4);
        const bool chinese = sep == QChar(u'年');
        if (!chinese && sep != QLatin1Char('-') && sep != QLatin1Char('/') && sep != QLatin1Char('.'))
            return std::nullopt;
        qsizetype p = 5;
        const auto twoDigits = [&](int& out) {
            if (p >= n || !isDigitAt(p))
                return false;
            out = digitAt(p++);
            if (p < n && isDigitAt(p))
                out = out * 10 + digitAt(p++);
            return true;
        };
        int month = 0;
        int day = 0;
        if (!twoDigits(month))
            return std::nullopt;
        const QChar sep2 = p < n ? cell.at(p) : QChar();
        if (chinese ? sep2 != QChar(u'月') : sep2 != sep)
            return std::nullopt;
        ++p;
        if (!twoDigits(day))
            return std::nullopt;
        if (chinese && p < n && cell.at(p) == QChar(u'日'))
            ++p;
        if (p != n)
            return std::nullopt;
        date = QDate(year, month, day);
    }
    if (!date.isValid() || date.year() < 1900)
        return std::nullopt;
    return date;
}

bool isPlainMobile(QStringView cell)
{
    if (cell.size() != 11 || cell.at(0) != QLatin1Char('1') || cell.at(1) < QLatin1Char('3'))
        return false;
    for (const QChar c : cell)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

} // namespace jb::core
