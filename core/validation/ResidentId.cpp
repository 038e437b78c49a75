// Resident ID number checks (GB 11643-1999) with messages an officer can act on.

#include "core/validation/ResidentId.h"

#include "core/validation/Normalize.h"

#include <QRegularExpression>
#include <QVector>
#include <array>
#include <optional>

namespace jb::core {

namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[] = "10X98765432";

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(QStringView s)
{
    for (const QChar c : s)
        if (!isDigit(c))
            return false;
    return true;
}

// Officers force Excel to keep text with a leading apostrophe, and CSV tools write ="…"; neither is part of the ID.
QString normalizeId(QStringView raw)
{
    // Fast path for the usual clean cell (18 ASCII digits, last maybe X): an import checks up to a million IDs.
    if (raw.size() == 18) {
        bool clean = true;
        for (int i = 0; i < 18 && clean; ++i)
            clean = isDigit(raw.at(i)) || (i == 17 && (raw.at(i) == QLatin1Char('X') || raw.at(i) == QLatin1Char('x')));
        if (clean) {
            QString s = raw.toString();
            if (s.at(17) == QLatin1Char('x'))
                s[17] = QLatin1Char('X');
            return s;
        }
    }
    QString s = normalizeCode(raw);
    if (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    if (s.size() >= 3 && s.startsWith(QLatin1String("=\"")) && s.endsWith(QLatin1Char('"')))
        s = s.mid(2, s.size() - 3);
    s.replace(QLatin1Char('x'), QLatin1Char('X'));
    return s;
}

bool looksLikeScientific(const QString& s)
{
    if (!s.contains(QLatin1Char('E'), Qt::CaseInsensitive))
        return false;
    static const QRegularExpression re(QStringLiteral("^[0-9](\\.[0-9]+)?E\\+?[0-9]{1,3}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(s).hasMatch();
}

ResidentIdCheck fail(IdProblem problem, Message message)
{
    ResidentIdCheck r;
    r.problem = problem;
    r.message = std::move(message);
    return r;
}

Message excelDamagedMessage(const QString& shown)
{
    return JB_TR("Validation", "The ID number \"%1\" was damaged by Excel, which stored it as a number (scientific "
                               "notation or last digits turned to 0); it cannot be recovered. In Excel set the "
                               "column's cell format to Text (文本), re-enter or re-export the ID numbers, then import "
                               "again")
        .arg(shown);
}

// Birth date problems, or an empty message if the date is fine.
Message birthDateProblem(const QString& number18, QDate today, QDate* birth)
{
    const int year = QStringView(number18).mid(6, 4).toInt();
    const int month = QStringView(number18).mid(10, 2).toInt();
    const int day = QStringView(number18).mid(12, 2).toInt();
    const QDate date(year, month, day);
    if (date.isValid() && year >= 1900 && date <= today) {
        *birth = date; // the usual case: no message is built
        return {};
    }
    if (!date.isValid())
        return JB_TR("Validation", "The birth date in characters 7–14 of the ID number, %1, is not a real date; "
                                   "compare the number with the ID card")
            .arg(number18.mid(6, 8));
    const QString iso = date.toString(QStringLiteral("yyyy-MM-dd"));
    if (year < 1900)
        return JB_TR("Validation",
                     "The birth date in the ID number, %1, is before 1900; compare the number with the ID card")
            .arg(iso);
    if (date > today)
        return JB_TR("Validation",
                     "The birth date in the ID number, %1, is after today; compare the number with the ID card")
            .arg(iso);
    *birth = date;
    return {};
}

// The format of a normalised number that is not a 15-digit legacy one: 18 characters, 17 digits and a digit or X.
std::optional<ResidentIdCheck> formatProblem(const QString& s)
{
    if (s.size() != 18)
        return fail(IdProblem::BadFormat,
                    JB_TR("Validation", "An ID number has 18 characters (legacy numbers 15); \"%1\" has %2. Compare it "
                                        "with the ID card and add the missing or remove the extra characters")
                        .arg(s)
                        .arg(qint64(s.size())));
    const QChar last = s.at(17);
    if (!allDigits(QStringView(s).left(17)) || !(isDigit(last) || last == QLatin1Char('X')))
        return fail(IdProblem::BadFormat,
                    JB_TR("Validation", "The ID number \"%1\" contains characters that are not allowed: the first 17 "
                                        "must be digits and the last a digit or X; correct it")
                        .arg(s));
    return std::nullopt;
}

// What the address code says (division name, retired or not); the failure when no division ever had the code.
// Notes for the officer are added to `notes`.
std::optional<ResidentIdCheck> checkAddress(const AreaCodes& codes, ResidentIdInfo& info, QVector<Message>& notes)
{
    if (codes.isEmpty())
        return std::nullopt;
    const QString& address = info.addressCode;
    const AreaCodes::AddressFacts* facts = codes.address(address);
    if (!facts)
        return fail(IdProblem::UnknownAddress,
                    JB_TR("Validation", "The address code %1 (the first 6 characters of the ID number) is not a "
                                        "current or former division code; compare the first 6 digits with the ID card")
                        .arg(address));
    info.addressName = facts->fullName;
    info.addressRetired = facts->retired;
    if (info.addressRetired)
        notes << JB_TR("Validation", "Address code %1 (%2) was retired in %3; it was valid when the ID was issued, so "
                                     "the number is accepted")
                     .arg(address)
                     .arg(info.addressName)
                     .arg(facts->retiredYear);
    return std::nullopt;
}

} // namespace

QChar residentIdCheckChar(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * kWeights.at(static_cast<size_t>(i));
    return QLatin1Char(kCheckChars[sum % 11]);
}

ResidentIdCheck checkResidentId(QStringView raw, const AreaCodes& codes, QDate today)
{
    const QString s = normalizeId(raw);
    if (s.isEmpty())
        return fail(IdProblem::Missing,
                    JB_TR("Validation", "The ID number is missing; enter the 18-character ID number"));
    if (looksLikeScientific(s))
        return fail(IdProblem::ExcelDamaged, excelDamagedMessage(s));

    const bool legacy = s.size() == 15 && allDigits(s);
    if (!legacy)
        if (std::optional<ResidentIdCheck> bad = formatProblem(s))
            return std::move(*bad);

    QString number = s;
    if (legacy) {
        // GB 11643-1999 upgrade: the 15-digit number had a two-digit year and no check character.
        const QString first17 = s.left(6) + QStringLiteral("19") + s.mid(6);
        number = first17 + residentIdCheckChar(first17);
    }

    const QChar expected = residentIdCheckChar(QStringView(number).left(17));
    const bool checksumOk = number.at(17) == expected;
    // Excel keeps 15 significant digits, so a number-formatted ID ends in 000 and (almost always) fails the check.
    if (!legacy && !checksumOk && number.endsWith(QLatin1String("000")))
        return fail(IdProblem::ExcelDamaged, excelDamagedMessage(s));

    QDate birth;
    if (Message dateProblem = birthDateProblem(number, today, &birth); !dateProblem.isEmpty())
        return fail(IdProblem::BadBirthDate, std::move(dateProblem));

    if (!checksumOk)
        return fail(IdProblem::BadChecksum,
                    JB_TR("Validation", "ID number check character does not match, expected %1, not %2: most likely a "
                                        "digit was mistyped; compare every character with the ID card")
                        .arg(QString(expected))
                        .arg(QString(number.at(17))));

    ResidentIdInfo info;
    info.number = number;
    info.birthDate = birth;
    info.gender =
        (number.at(16).unicode() - u'0') % 2 == 1 ? ResidentIdInfo::Gender::Male : ResidentIdInfo::Gender::Female;
    info.addressCode = number.left(6);
    info.upgradedFromLegacy = legacy;

    QVector<Message> notes;
    if (std::optional<ResidentIdCheck> unknown = checkAddress(codes, info, notes))
        return std::move(*unknown);
    if (legacy)
        notes << JB_TR("Validation", "Upgraded the 15-digit legacy ID number %1 to the 18-character %2")
                     .arg(s)
                     .arg(number);

    ResidentIdCheck result;
    if (notes.size() == 1)
        result.message = notes.at(0);
    else if (notes.size() == 2)
        result.message = JB_TR("Validation", "%1\n%2").arg(notes.at(0)).arg(notes.at(1));
    result.info = std::move(info);
    return result;
}

QString maskResidentId(const QString& number)
{
    const auto n = number.size();
    if (n < 10)
        return QString(n, QLatin1Char('*'));
    return number.left(6) + QString(n - 10, QLatin1Char('*')) + number.right(4);
}

} // namespace jb::core
