// Mainland phone number checks.

#include "core/validation/Phone.h"

#include "core/validation/Normalize.h"

#include <QRegularExpression>

namespace jb::core {

namespace {

QString onlyDigits(const QString& s)
{
    QString out;
    for (const QChar c : s)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    return out;
}

// Area codes beginning 01 or 02 (Beijing 010, Shanghai 021, …) have 3 digits; all others have 4. That settles
// where the area code ends when an officer typed the number without a separator.
int areaCodeLength(const QString& digits)
{
    return digits.startsWith(QLatin1String("01")) || digits.startsWith(QLatin1String("02")) ? 3 : 4;
}

PhoneCheck landline(const QString& area, const QString& number)
{
    PhoneCheck r;
    r.ok = true;
    r.normalized = area + QLatin1Char('-') + number;
    return r;
}

PhoneCheck refuse(const QString& shown, const Message& reason)
{
    PhoneCheck r;
    r.message = JB_TR("Validation", "The phone number \"%1\" is not recognised: %2. A mobile number has 11 digits "
                                    "starting 13–19 (optionally with +86); a landline is an area code and a number, "
                                    "e.g. 0551-67654321")
                    .arg(shown)
                    .arg(reason);
    return r;
}

} // namespace

PhoneCheck checkPhone(QStringView raw)
{
    const QString cell = normalizeCell(raw);
    if (cell.isEmpty()) {
        PhoneCheck r;
        r.message =
            JB_TR("Validation", "The phone number is missing; enter a mobile number or a landline with its area code");
        return r;
    }
    // Separators officers use between digit groups; anything else (letters, 转, #) means we cannot be sure.
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()\\-.]+$"));
    if (!allowed.match(cell).hasMatch())
        return refuse(cell, JB_TR("Validation", "it contains characters other than digits and separators (put an "
                                                "extension elsewhere)"));

    QString digits = onlyDigits(cell);
    const bool international = cell.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1String("00"));
    if (international) {
        if (digits.startsWith(QLatin1String("0086")))
            digits = digits.mid(4);
        else if (digits.startsWith(QLatin1String("86")) && cell.startsWith(QLatin1Char('+')))
            digits = digits.mid(2);
        else
            return refuse(cell, JB_TR("Validation", "it is not a mainland China number"));
    } else if (digits.size() == 13 && digits.startsWith(QLatin1String("861"))) {
        digits = digits.mid(2);
    }

    if (digits.startsWith(QLatin1Char('1'))) {
        if (digits.size() != 11)
            return refuse(
                cell, JB_TR("Validation", "the mobile number has %1 digits instead of 11").arg(qint64(digits.size())));
        if (digits.at(1) < QLatin1Char('3'))
            return refuse(cell, JB_TR("Validation", "the second digit of a mobile number must be 3–9"));
        PhoneCheck r;
        r.ok = true;
        r.isMobile = true;
        r.normalized = digits;
        return r;
    }

    // A landline: trust the officer's separator if there is one, else the area code rule.
    if (!international && digits.startsWith(QLatin1Char('0'))) {
        static const QRegularExpression separated(
            QStringLiteral("^(?:\\((0[0-9]{2,3})\\)|(0[0-9]{2,3})[ \\-.])[ \\-.]?([0-9 \\-.]+)$"));
        const auto m = separated.match(cell);
        QString area;
        QString number;
        if (m.hasMatch()) {
            area = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            number = onlyDigits(m.captured(3));
        } else {
            const int len = areaCodeLength(digits);
            area = digits.left(len);
            number = digits.mid(len);
        }
        if (area.size() != areaCodeLength(area) || (number.size() != 7 && number.size() != 8))
            return refuse(cell, JB_TR("Validation", "the landline's area code or number has the wrong length (area "
                                                    "code 3–4 digits, number 7–8)"));
        // 0 starts an area code and 1 starts service numbers (110, 12345), so no local number begins with either.
        if (number.at(0) < QLatin1Char('2'))
            return refuse(cell,
                          JB_TR("Validation", "a landline number (after the area code) cannot start with 0 or 1"));
        return landline(area, number);
    }
    return refuse(cell, JB_TR("Validation", "it is neither a mobile number nor a landline with an area code"));
}

QString maskPhone(const QString& phone)
{
    const PhoneCheck c = checkPhone(phone);
    if (c.ok && c.isMobile)
        return c.normalized.left(3) + QStringLiteral("****") + c.normalized.right(4);
    if (c.ok) {
        const auto dash = c.normalized.indexOf(QLatin1Char('-'));
        const auto hidden = c.normalized.size() - dash - 1 - 2;
        return c.normalized.left(dash + 1) + QString(hidden, QLatin1Char('*')) + c.normalized.right(2);
    }
    const auto n = phone.size();
    return n <= 2 ? QString(n, QLatin1Char('*')) : QString(n - 2, QLatin1Char('*')) + phone.right(2);
}

} // namespace jb::core
