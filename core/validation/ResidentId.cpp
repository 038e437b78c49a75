// Resident ID number checks (GB 11643-1999) with messages an officer can act on.

#include "core/validation/ResidentId.h"

#include "core/validation/Normalize.h"

#include <QRegularExpression>
#include <array>

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

ResidentIdCheck fail(IdProblem problem, QString message)
{
    ResidentIdCheck r;
    r.problem = problem;
    r.message = std::move(message);
    return r;
}

QString excelDamagedMessage(const QString& shown)
{
    return QStringLiteral(
               "身份证号“%1”已被 Excel 当作数字保存而损坏（变成科学计数法或末几位变成 0），无法恢复。"
               "请在 Excel 中把该列的单元格格式设为“文本”，重新录入或从原系统重新导出身份证号后再导入 / "
               "The ID number \"%1\" was damaged by Excel, which stored it as a number (scientific notation "
               "or last digits turned to 0); it cannot be recovered. In Excel set the column's cell format to "
               "Text (文本), re-enter or re-export the ID numbers, then import again")
        .arg(shown);
}

// Birth date problems, or an empty string if the date is fine.
QString birthDateProblem(const QString& number18, QDate today, QDate* birth)
{
    const int year = QStringView(number18).mid(6, 4).toInt();
    const int month = QStringView(number18).mid(10, 2).toInt();
    const int day = QStringView(number18).mid(12, 2).toInt();
    const QDate date(year, month, day);
    if (date.isValid() && year >= 1900 && date <= today) {
        *birth = date; // the usual case: no message text is built
        return {};
    }
    if (!date.isValid())
        return QStringLiteral("身份证号第 7–14 位的出生日期 %1 不是有效日期，请对照证件核对 / "
                              "The birth date in characters 7–14 of the ID number, %1, is not a real date; "
                              "compare the number with the ID card")
            .arg(number18.mid(6, 8));
    const QString iso = date.toString(QStringLiteral("yyyy-MM-dd"));
    if (year < 1900)
        return QStringLiteral(
                   "身份证号中的出生日期 %1 早于 1900 年，请对照证件核对 / "
                   "The birth date in the ID number, %1, is before 1900; compare the number with the ID card")
            .arg(iso);
    if (date > today)
        return QStringLiteral(
                   "身份证号中的出生日期 %1 晚于今天，请对照证件核对 / "
                   "The birth date in the ID number, %1, is after today; compare the number with the ID card")
            .arg(iso);
    *birth = date;
    return {};
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
        return fail(IdProblem::Missing, QStringLiteral("身份证号为空，请填写 18 位身份证号 / "
                                                       "The ID number is missing; enter the 18-character ID number"));
    if (looksLikeScientific(s))
        return fail(IdProblem::ExcelDamaged, excelDamagedMessage(s));

    const bool legacy = s.size() == 15 && allDigits(s);
    if (!legacy) {
        if (s.size() != 18)
            return fail(
                IdProblem::BadFormat,
                QStringLiteral("身份证号应为 18 位（旧版为 15 位），“%1”有 %2 位，请对照证件补全或删去多余字符 / "
                               "An ID number has 18 characters (legacy numbers 15); \"%1\" has %2. Compare it "
                               "with the ID card and add the missing or remove the extra characters")
                    .arg(s, QString::number(s.size())));
        const QChar last = s.at(17);
        if (!allDigits(QStringView(s).left(17)) || !(isDigit(last) || last == QLatin1Char('X')))
            return fail(IdProblem::BadFormat,
                        QStringLiteral("身份证号“%1”含有不允许的字符：前 17 位应为数字，最后一位为数字或 X，请改正 / "
                                       "The ID number \"%1\" contains characters that are not allowed: the first 17 "
                                       "must be digits and the last a digit or X; correct it")
                            .arg(s));
    }

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
    const QString dateProblem = birthDateProblem(number, today, &birth);
    if (!dateProblem.isEmpty())
        return fail(IdProblem::BadBirthDate, dateProblem);

    if (!checksumOk)
        return fail(IdProblem::BadChecksum,
                    QStringLiteral("身份证号校验位不符，应为 %1 而不是 %2：多半是某一位录入有误，请对照证件逐位核对 / "
                                   "ID number check character does not match, expected %1, not %2: most likely a digit "
                                   "was mistyped; compare every character with the ID card")
                        .arg(expected)
                        .arg(number.at(17)));

    const QString address = number.left(6);
    ResidentIdInfo info;
    info.number = number;
    info.birthDate = birth;
    info.gender =
        (number.at(16).unicode() - u'0') % 2 == 1 ? ResidentIdInfo::Gender::Male : ResidentIdInfo::Gender::Female;
    info.addressCode = address;
    info.upgradedFromLegacy = legacy;

    QStringList notes;
    if (!codes.isEmpty()) {
        const AreaCodes::AddressFacts* facts = codes.address(address);
        if (!facts)
            return fail(
                IdProblem::UnknownAddress,
                QStringLiteral("身份证号前 6 位地址码 %1 不是任何现行或历史行政区划代码，请对照证件核对前 6 位 / "
                               "The address code %1 (the first 6 characters of the ID number) is not a current "
                               "or former division code; compare the first 6 digits with the ID card")
                    .arg(address));
        info.addressName = facts->fullName;
        info.addressRetired = facts->retired;
        if (info.addressRetired) {
            notes << QStringLiteral("地址码 %1（%2）已于 %3 年停用，但签发时有效，号码可以使用 / "
                                    "Address code %1 (%2) was retired in %3; it was valid when the ID was issued, so "
                                    "the number is accepted")
                         .arg(address, info.addressName)
                         .arg(facts->retiredYear);
        }
    }
    if (legacy)
        notes << QStringLiteral("已将 15 位旧身份证号 %1 升级为 18 位 %2 / "
                                "Upgraded the 15-digit legacy ID number %1 to the 18-character %2")
                     .arg(s, number);

    ResidentIdCheck result;
    result.message = notes.join(QLatin1Char('\n'));
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
