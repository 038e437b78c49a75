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
        r.message = QStringLiteral("统一社会信用代码为空，请填写营业执照上的 18 位代码 / "
                                   "The unified social credit code is missing; enter the 18-character code shown on "
                                   "the business licence");
        return r;
    }

    QStringList bad;
    for (const QChar c : s) {
        if (valueOf(c) < 0 && !bad.contains(QString(c)))
            bad << QString(c);
    }
    if (s.size() != kLength || !bad.isEmpty()) {
        r.status = CreditCodeCheck::Status::Invalid;
        QString zh;
        QString en;
        if (s.size() != kLength) {
            zh = QStringLiteral("应为 18 位，“%1”有 %2 位").arg(s, QString::number(s.size()));
            en = QStringLiteral("it must have 18 characters; \"%1\" has %2").arg(s, QString::number(s.size()));
        }
        if (!bad.isEmpty()) {
            const QString list = bad.join(QLatin1Char(' '));
            zh += (zh.isEmpty() ? QString() : QStringLiteral("；")) +
                  QStringLiteral("含有不允许的字符 %1（代码只用数字和除 I、O、S、V、Z 以外的大写字母）").arg(list);
            en += (en.isEmpty() ? QString() : QStringLiteral("; ")) +
                  QStringLiteral("it contains characters that are not allowed: %1 (codes use digits and capital "
                                 "letters except I, O, S, V, Z)")
                      .arg(list);
        }
        r.message =
            QStringLiteral("统一社会信用代码有误：%1。请对照营业执照重新录入 / "
                           "The unified social credit code is invalid: %2. Re-enter it from the business licence")
                .arg(zh, en);
        return r;
    }

    const QChar expected = creditCodeCheckChar(QStringView(s).left(kLength - 1));
    if (s.at(kLength - 1) != expected) {
        r.status = CreditCodeCheck::Status::ChecksumWarning;
        r.message = QStringLiteral("统一社会信用代码校验位不符，按标准应为 %1 而不是 %2。请对照营业执照核对；"
                                   "少数真实代码不符合校验规则，核对无误可照常保存 / "
                                   "The unified social credit code's check character does not match: the standard "
                                   "gives %1, not %2. Compare it with the business licence; a few real codes fail "
                                   "this check, so if it matches the licence you may save it as is")
                        .arg(expected)
                        .arg(s.at(kLength - 1));
        return r;
    }
    r.status = CreditCodeCheck::Status::Valid;
    return r;
}

} // namespace jb::core
