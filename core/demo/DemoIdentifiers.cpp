// Identifier builders for the demo generator. Check characters come from the validation code the importer uses
// (residentIdCheckChar, creditCodeCheckChar), so a demo file can never disagree with the checks it will meet.

#include "core/demo/DemoIdentifiers.h"

#include "core/demo/DemoNames.h"
#include "core/validation/CreditCode.h"
#include "core/validation/ResidentId.h"

namespace jb::core::demo {

namespace {

// The credit-code alphabet without I, O, S, V, Z: organisation codes embedded in credit codes use only these.
constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kCodeAlphabetSize = 31;

void putDigits(QChar* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(static_cast<char>('0' + value % 10));
        value /= 10;
    }
}

} // namespace

QString makeResidentId(QStringView addressCode, int year, int month, int day, int sequence)
{
    QString id(18, Qt::Uninitialized);
    QChar* p = id.data();
    for (int i = 0; i < 6; ++i)
        p[i] = addressCode.at(i);
    putDigits(p + 6, year, 4);
    putDigits(p + 10, month, 2);
    putDigits(p + 12, day, 2);
    putDigits(p + 14, sequence, 3);
    p[17] = residentIdCheckChar(QStringView(p, 17));
    return id;
}

QChar organisationCodeCheckChar(QStringView body8)
{
    static const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    if (body8.size() != 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const char16_t c = body8.at(i).unicode();
        int v = -1;
        if (c >= u'0' && c <= u'9')
            v = c - u'0';
        else if (c >= u'A' && c <= u'Z')
            v = c - u'A' + 10;
        if (v < 0)
            return {};
        sum += v * weights[i];
    }
    const int c9 = 11 - sum % 11;
    if (c9 == 10)
        return QLatin1Char('X');
    if (c9 == 11)
        return QLatin1Char('0');
    return QLatin1Char(static_cast<char>('0' + c9));
}

QString makeCreditCode(DemoRandom& rng, QStringView areaCode)
{
    QString code(18, Qt::Uninitialized);
    QChar* p = code.data();
    p[0] = QLatin1Char('9'); // registered by the market regulator
    p[1] = QLatin1Char('1'); // an enterprise
    for (int i = 0; i < 6; ++i)
        p[2 + i] = areaCode.at(i);
    QChar* body = p + 8;
    if (rng.percent(62)) {
        // Codes issued since the 2015 reform: MA + a batch character + five characters.
        body[0] = QLatin1Char('M');
        body[1] = QLatin1Char('A');
        body[2] = QLatin1Char(rng.percent(60) ? '2' : '8');
        for (int i = 3; i < 8; ++i)
            body[i] = QLatin1Char(kCodeAlphabet[rng.below(kCodeAlphabetSize)]);
    } else {
        // Older firms kept their numeric organisation code.
        static const char leads[] = "157";
        body[0] = QLatin1Char(leads[rng.below(3)]);
        for (int i = 1; i < 8; ++i)
            body[i] = QLatin1Char(static_cast<char>('0' + rng.below(10)));
    }
    p[16] = organisationCodeCheckChar(QStringView(body, 8));
    p[17] = creditCodeCheckChar(QStringView(p, 17));
    return code;
}

QString makeMobile(DemoRandom& rng)
{
    const QStringList& prefixes = demoTables().mobilePrefixes;
    const QString& prefix = prefixes.at(static_cast<int>(rng.below(static_cast<quint64>(prefixes.size()))));
    QString phone(11, Qt::Uninitialized);
    QChar* p = phone.data();
    for (int i = 0; i < 3; ++i)
        p[i] = prefix.at(i);
    putDigits(p + 3, static_cast<int>(rng.below(100000000)), 8);
    return phone;
}

} // namespace jb::core::demo
