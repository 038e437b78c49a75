// Unified social credit code checks (GB 32100-2015).

#include "core/validation/CreditCode.h"

#include "core/validation/Normalize.h"

#include <QStringList>
#include <array>

namespace jb::core {

namespace {

// Position = value (0–30). I, O, S, V, Z are left out so codes cannot be misread as 1, 0, 5, U, 2.
constexpr QLatin1String kAlphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int kLength = 18;

int valueOf(QChar c)
{
    return static_cast<int>(kAlphabet.indexOf(c));
}

} // namespace

QChar creditCodeCheckChar(QStringView first17)
{
    if (first17.size() != kLength - 1)
        return {};
    int sum = 0;
    for (int i = 0; i < kLength - 1; ++i) {
        const int v = valueOf(first17.at(i));
        if (v < 0)
            return {};
        sum += v * kWeights.at(static_cast<size_t>(i));
    }
    const int check = (31 - sum % 31) % 31;
    return kAlphabet.at(check);
}

CreditCodeCheck checkCreditCode(QStringView raw)
{
    CreditCodeCheck r;
    r.normalized = normalizeCode(raw).toUpper();
    const QString& s = r.normalized;
    if (s.isEmpty()) {
        r.status = CreditCodeCheck::Status::Missing;
        r.message = JB_TR("Validation", "The unified social credit code is missing; enter the 18-character code "
                                        "shown on the business licence");
        return r;
    }

    QStringList bad;
    for (const QChar c : s) {
        if (valueOf(c) < 0 && !bad.contains(QString(c)))
            bad << QString(c);
    }
    if (s.size() != kLength || !bad.isEmpty()) {
        r.status = CreditCodeCheck::Status::Invalid;
        const Message length =
            JB_TR("Validation", "it must have 18 characters; \"%1\" has %2").arg(s).arg(qint64(s.size()));
        const Message characters = JB_TR("Validation", "it contains characters that are not allowed: %1 (codes use "
                                                       "digits and capital letters except I, O, S, V, Z)")
                                       .arg(bad.join(QLatin1Char(' ')));
        const Message why = s.size() != kLength && !bad.isEmpty()
                                ? JB_TR("Validation", "%1; %2").arg(length).arg(characters)
                                : (s.size() != kLength ? length : characters);
        r.message = JB_TR("Validation", "The unified social credit code is invalid: %1. Re-enter it from the "
                                        "business licence")
                        .arg(why);
        return r;
    }

    const QChar expected = creditCodeCheckChar(QStringView(s).left(kLength - 1));
    if (s.at(kLength - 1) != expected) {
        r.status = CreditCodeCheck::Status::ChecksumWarning;
        r.message = JB_TR("Validation", "The unified social credit code's check character does not match: the "
                                        "standard gives %1, not %2. Compare it with the business licence; a few real "
                                        "codes fail this check, so if it matches the licence you may save it as is")
                        .arg(QString(expected))
                        .arg(QString(s.at(kLength - 1)));
        return r;
    }
    r.status = CreditCodeCheck::Status::Valid;
    return r;
}

} // namespace jb::core
