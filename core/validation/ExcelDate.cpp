// Date parsing for imported lists.

#include "core/validation/ExcelDate.h"

#include "core/validation/Normalize.h"

#include <QRegularExpression>

namespace jb::core {

namespace {

// Excel's largest date, 9999-12-31.
constexpr qint64 kMaxSerial = 2958465;
// Excel counts 1900-02-29, which never existed, as serial 60.
constexpr qint64 kFictitiousLeapDay = 60;

QString acceptedForms()
{
    return QStringLiteral("2024-02-23、2024/2/23、2024.2.23、2024年2月23日、20240223");
}

DateParse refuse(const Message& reason)
{
    DateParse r;
    r.message = JB_TR("Validation", "%1; write it in one of these forms: %2").arg(reason).arg(acceptedForms());
    return r;
}

DateParse fromSerial(const QString& cell, const QString& whole)
{
    const qint64 serial = whole.toLongLong();
    if (serial == kFictitiousLeapDay)
        return refuse(
            JB_TR("Validation", "\"%1\" is Excel date serial 60, the nonexistent 29 February 1900").arg(cell));
    if (serial < 1 || serial > kMaxSerial)
        return refuse(JB_TR("Validation", "\"%1\" is not a date").arg(cell));
    // Serials after the fictitious leap day are one day ahead of a plain day count from 1899-12-31.
    const QDate epoch = serial > kFictitiousLeapDay ? QDate(1899, 12, 30) : QDate(1899, 12, 31);
    DateParse r;
    r.date = epoch.addDays(serial);
    return r;
}

DateParse fromParts(const QString& cell, int year, int month, int day, const QString& time)
{
    if (year < 1900)
        return refuse(JB_TR("Validation", "the year in \"%1\" is before 1900").arg(cell));
    if (month < 1 || month > 12)
        return refuse(JB_TR("Validation", "there is no month %2 in \"%1\"").arg(cell).arg(month));
    const QDate date(year, month, day);
    if (!date.isValid())
        return refuse(JB_TR("Validation", "\"%1\" is not a real date: %2-%3 has no day %4")
                          .arg(cell)
                          .arg(year)
                          .arg(month)
                          .arg(day));
    if (!time.isEmpty()) {
        const QStringList parts = time.split(QLatin1Char(':'));
        const int hour = parts.value(0).toInt();
        const int minute = parts.value(1).toInt();
        const int second = parts.value(2).toInt();
        if (hour > 23 || minute > 59 || second > 59)
            return refuse(JB_TR("Validation", "the time %2 in \"%1\" is not valid").arg(cell).arg(time));
    }
    DateParse r;
    r.date = date;
    return r;
}

} // namespace

DateParse parseExcelDate(QStringView raw)
{
    const QString cell = normalizeCell(raw);
    if (cell.isEmpty()) {
        DateParse r;
        r.blank = true;
        r.message = JB_TR("Validation", "The date is missing; enter a date such as 2024-02-23");
        return r;
    }

    // The time after a date (Excel adds it to date-time cells) is not kept, but it must not stop the date being read.
    static const QString time = QStringLiteral("(?:(?:\\s+|T)([0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)(?:\\.[0-9]+)?)?$");
    // The same separator on both sides, so 2024/2-23 is not guessed at.
    static const QRegularExpression separated(QStringLiteral("^([0-9]{4})([/.\\-])([0-9]{1,2})\\2([0-9]{1,2})") + time);
    static const QRegularExpression chinese(
        QStringLiteral("^([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日?") + time);
    static const QRegularExpression compact(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})") + time);
    static const QRegularExpression serial(QStringLiteral("^([0-9]{1,7})(?:\\.[0-9]+)?$"));

    if (const auto m = separated.match(cell); m.hasMatch())
        return fromParts(cell, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5));
    if (const auto m = chinese.match(cell); m.hasMatch())
        return fromParts(cell, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4));
    if (const auto m = compact.match(cell); m.hasMatch())
        return fromParts(cell, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4));
    // A bare year (2024) in a date column is a year typed alone far more often than serial 2024 (1905-07-16).
    static const QRegularExpression yearOnly(QStringLiteral("^(19|20)[0-9]{2}$"));
    if (yearOnly.match(cell).hasMatch())
        return refuse(JB_TR("Validation", "\"%1\" is only a year; enter a full date such as %1-03-01").arg(cell));
    if (const auto m = serial.match(cell); m.hasMatch())
        return fromSerial(cell, m.captured(1));
    return refuse(JB_TR("Validation", "\"%1\" is not a recognised date").arg(cell));
}

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace jb::core
