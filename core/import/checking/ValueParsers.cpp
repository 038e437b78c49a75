// Hand-written scanners for the free-text values of the lists. Each parser accepts what officers actually write
// and refuses the rest rather than guessing: a refused value becomes a warning the officer can act on, a wrong
// guess becomes a wrong figure in a report sent upward.

#include "core/import/checking/ValueParsers.h"

#include "core/records/RecordLimits.h"
#include "core/validation/Normalize.h"
#include "core/validation/Quantity.h"

#include <cmath>
#include <initializer_list>

namespace jb::core {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isInvisible(char16_t c)
{
    // The characters normalizeCell() drops; keep in step with core/validation/Normalize.cpp.
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// ASCII letters compare without case ("K", "Yes"); the word lists are written in lower case.
bool sameChar(QChar c, char16_t lowerWord)
{
    const char16_t u = c.unicode();
    return u == lowerWord || (u >= u'A' && u <= u'Z' && u + (u'a' - u'A') == lowerWord);
}

// The length of `lowerWord` (null-terminated) if `s` starts with it, else 0. Walks the word instead of measuring
// it first: most calls fail on the first character.
qsizetype matchWord(QStringView s, const char16_t* lowerWord)
{
    qsizetype i = 0;
    for (; lowerWord[i]; ++i)
        if (i >= s.size() || !sameChar(s.at(i), lowerWord[i]))
            return 0;
    return i;
}

bool oneOf(QStringView s, std::initializer_list<const char16_t*> words)
{
    for (const char16_t* w : words)
        if (!s.isEmpty() && matchWord(s, w) == s.size())
            return true;
    return false;
}

bool containsAny(QStringView s, std::initializer_list<const char16_t*> words)
{
    for (const char16_t* w : words)
        if (s.contains(QStringView(w)))
            return true;
    return false;
}

// The cell without any spaces ("3000 - 5000 元" → "3000-5000元"); shares the input when there are none.
QString compact(const QString& cleaned)
{
    if (!cleaned.contains(QLatin1Char(' ')))
        return cleaned;
    QString out = cleaned;
    out.remove(QLatin1Char(' '));
    return out;
}

// A cursor over a cell with the few moves the value grammars need.
class Scanner final
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QStringView rest() const { return m_text.mid(m_pos); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    bool take(const char16_t* word)
    {
        const qsizetype n = matchWord(rest(), word);
        m_pos += n;
        return n > 0;
    }
    // The first of `words` that the rest starts with (list longer words first).
    bool takeAny(std::initializer_list<const char16_t*> words)
    {
        for (const char16_t* w : words)
            if (take(w))
                return true;
        return false;
    }

    // Digits with an optional fraction; "3,000" (Excel's thousands separator) counts as 3000. The one figure
    // scanner (core/validation/Quantity.h), shared with the forms and the targets page.
    std::optional<double> number() { return quantity::scanNumber(m_text, m_pos); }
    // A multiplier after the figure: 5k, 8千, 1.2万, 1.5w; 1 when there is none.
    double multiplier() { return quantity::scanMultiplier(m_text, m_pos); }

    // 五, 十, 两: headcounts are sometimes written out ("五人").
    std::optional<int> chineseDigit()
    {
        static constexpr char16_t kDigits[] = u"零一二三四五六七八九十";
        const QChar c = peek();
        if (c == QChar(u'两')) {
            ++m_pos;
            return 2;
        }
        for (int i = 0; kDigits[i]; ++i)
            if (c == QChar(kDigits[i])) {
                ++m_pos;
                return i;
            }
        return std::nullopt;
    }

    // A range separator: - ~ — – 至 到 〜 (a doubled dash too).
    bool rangeSeparator()
    {
        bool any = false;
        while (takeAny({u"-", u"~", u"\u2014", u"\u2013", u"\u301C", u"至", u"到"}))
            any = true;
        return any;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// What may follow a recognised value: nothing, or a separator before a remark ("3000-5000元/月，包吃住").
bool acceptableRemainder(QStringView rest)
{
    if (rest.isEmpty())
        return true;
    const QChar c = rest.at(0);
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QChar(u'、') || c == QChar(u'。') ||
           c == QLatin1Char('(') || c == QLatin1Char('+') || c == QLatin1Char('/') || c == QLatin1Char(' ') ||
           c == QChar(u'（');
}

enum class Period { Month, Year, Other };

// The helpers of parseWage, in the order it reads a cell ("月薪" "5-8k" "/月" "以上"). Kept in this file so they
// are inlined: parseWage runs on every wage cell that is not plain digits.

// Words before the figure ("月薪5000", "年薪10万"); most cells start with the figure itself.
inline Period wagePrefix(Scanner& sc, bool wordsFirst)
{
    Period period = Period::Month;
    for (bool more = wordsFirst; more;) {
        more = false;
        if (sc.takeAny({u"年薪"})) {
            period = Period::Year;
            more = true;
        } else if (sc.takeAny({u"日薪", u"时薪", u"周薪"})) {
            period = Period::Other;
            more = true;
        } else if (sc.takeAny({u"综合月薪", u"综合工资", u"综合收入", u"月薪",   u"底薪", u"基本工资", u"工资",
                               u"薪资",     u"薪酬",     u"月收入",   u"收入",   u"税前", u"税后",     u"到手",
                               u"大约",     u"约",       u"\uFFE5",   u"\u00A5", u"rmb",  u":"})) {
            more = true;
        }
    }
    return period;
}

// The figure or range with its units ("5-8k", "1-1.5万", "3000元"); false when no figure can be read.
inline bool wageFigures(Scanner& sc, double& low, std::optional<double>& high)
{
    const std::optional<double> first = sc.number();
    if (!first)
        return false;
    const double firstMultiplier = sc.multiplier();
    low = *first * firstMultiplier;
    sc.takeAny({u"元", u"块"});
    if (!sc.rangeSeparator())
        return true;
    const std::optional<double> second = sc.number();
    if (!second)
        return false;
    const double m = sc.multiplier();
    high = *second * m;
    // "5-8k", "1-1.5万": the unit written once applies to both figures, unless that would make the first
    // larger than the second ("3000-1万").
    if (firstMultiplier == 1 && m != 1 && *first <= *second)
        low = *first * m;
    sc.takeAny({u"元", u"块"});
    return true;
}

// "/月", "每年", "/小时" after the figures; false for a "/" followed by anything else.
inline bool wagePeriod(Scanner& sc, Period& period)
{
    if (!sc.takeAny({u"/", u"每", u"一"}))
        return true;
    if (sc.takeAny({u"月"}))
        period = period == Period::Other ? Period::Other : Period::Month;
    else if (sc.takeAny({u"年"}))
        period = Period::Year;
    else if (sc.takeAny({u"小时", u"天", u"日", u"时", u"周", u"h"}))
        period = Period::Other;
    else
        return false;
    return true;
}

enum class WageBound { Both, MinOnly, MaxOnly };

inline WageBound wageBound(Scanner& sc)
{
    if (sc.takeAny({u"及以上", u"以上", u"起步", u"起", u"多"}))
        return WageBound::MinOnly;
    if (sc.takeAny({u"及以下", u"以下", u"以内"}))
        return WageBound::MaxOnly;
    if (sc.takeAny({u"左右", u"上下"}))
        return WageBound::Both;
    if (sc.peek() == QLatin1Char('+')) // "3000+" or "3000+提成": at least that much
        return WageBound::MinOnly;
    return WageBound::Both;
}

// The figures as monthly yuan into `r` (yearly ones divided by 12); not recognised when implausible.
inline void monthlyWage(WageRange& r, Period period, double low, std::optional<double> high, WageBound bound)
{
    const double divisor = period == Period::Year ? 12.0 : 1.0;
    const auto monthly = [divisor](double v) { return static_cast<int>(std::lround(v / divisor)); };
    int lo = monthly(low);
    int hi = high ? monthly(*high) : lo;
    if (lo > hi)
        std::swap(lo, hi);
    // Below 100 yuan a month is a figure with its unit missing ("5-8" for 5k-8k), not a wage.
    if (lo < limits::kWageMin || hi > limits::kWageMax) {
        r.recognised = false;
        return;
    }
    if (high || bound == WageBound::Both) {
        r.min = lo;
        r.max = hi;
    } else if (bound == WageBound::MinOnly) {
        r.min = lo;
    } else {
        r.max = hi;
    }
}

} // namespace

QString cleanCell(const QString& raw)
{
    const qsizetype n = raw.size();
    const QChar* d = raw.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c < 0x80) {
            if (c == u' ') {
                if (i == 0 || i == n - 1 || d[i + 1].unicode() == u' ')
                    return normalizeCell(raw);
            } else if (c < 0x20 || c == 0x7F) {
                return normalizeCell(raw);
            }
        } else if (c > 0x3000 && c < 0xFEFF) {
            continue; // CJK and most other scripts: no space, invisible or full-width form in this range
        } else if ((c >= 0xFF01 && c <= 0xFF5E) || c == 0x3000 || isInvisible(c) || QChar::isSpace(c)) {
            return normalizeCell(raw);
        }
    }
    return raw;
}

QStringList splitMultiValue(const QString& text)
{
    const QString s = cleanCell(text);
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool end = i == s.size();
        if (!end) {
            const QChar c = s.at(i);
            if (c != QChar(u'、') && c != QLatin1Char(',') && c != QLatin1Char('/') && c != QLatin1Char(';'))
                continue;
        }
        const QString part = s.mid(start, i - start).trimmed();
        if (!part.isEmpty())
            out.append(part);
        start = i + 1;
    }
    return out;
}

bool isNoRequirement(const QString& text)
{
    const QString s = compact(cleanCell(text));
    return oneOf(s,
                 {u"不限", u"无要求", u"不要求", u"无限制", u"不限制", u"均可", u"学历不限", u"不限学历", u"年龄不限",
                  u"不限年龄", u"技能不限", u"经验不限", u"无特殊要求", u"无需求", u"any", u"none", u"n/a"});
}

WageRange parseWage(const QString& text)
{
    if (std::optional<WageRange> plain = plainWage(text))
        return *plain;
    WageRange r;
    const QString s = compact(cleanCell(text));
    bool hasDigit = false;
    for (const QChar c : s)
        hasDigit = hasDigit || isAsciiDigit(c);
    if (s.isEmpty() || (!hasDigit && isNoRequirement(s))) {
        r.recognised = true;
        return r;
    }
    if (!hasDigit) {
        r.negotiable = containsAny(s, {u"面议", u"协商", u"商议", u"商定", u"待议", u"面谈"});
        r.recognised = r.negotiable;
        return r;
    }

    Scanner sc(s);
    Period period = wagePrefix(sc, !isAsciiDigit(s.at(0)));
    double low = 0;
    std::optional<double> high;
    if (!wageFigures(sc, low, high) || !wagePeriod(sc, period))
        return r;
    const WageBound bound = wageBound(sc);
    if (!acceptableRemainder(sc.rest()))
        return r;

    r.recognised = true;
    if (period == Period::Other) {
        r.notMonthly = true;
        return r;
    }
    monthlyWage(r, period, low, high, bound);
    return r;
}

HeadcountParse parseHeadcount(const QString& text)
{
    HeadcountParse r;
    const QString s = compact(cleanCell(text));
    const bool noNumber =
        s.isEmpty() ||
        (!isAsciiDigit(s.at(0)) &&
         (isNoRequirement(s) || oneOf(s, {u"若干", u"若干名", u"若干人", u"多名", u"数名", u"多人", u"大量", u"批量",
                                          u"长期", u"常年", u"不定", u"待定", u"长期招聘"})));
    if (noNumber) {
        r.recognised = true;
        return r;
    }
    Scanner sc(s);
    sc.takeAny({u"计划招聘", u"招聘", u"需求", u"拟招", u"招", u"需", u"约", u"共", u"计"});
    std::optional<int> count;
    if (std::optional<double> n = sc.number()) {
        *n *= sc.multiplier(); // "3千人", as the forms and the targets page read it
        if (*n != std::floor(*n) || *n > limits::kHeadcountMax)
            return r;
        count = static_cast<int>(*n);
        if (sc.rangeSeparator()) {
            const std::optional<double> upper = sc.number();
            if (!upper || *upper < *n)
                return r;
        }
    } else if (const std::optional<int> c = sc.chineseDigit()) {
        count = *c;
    } else {
        return r;
    }
    sc.takeAny({u"余", u"多"});
    sc.takeAny({u"人", u"名", u"个", u"位"});
    sc.takeAny({u"左右", u"以上", u"以内", u"及以上"});
    if (!acceptableRemainder(sc.rest()))
        return r;
    r.recognised = true;
    r.count = count;
    return r;
}

AgeRange parseAgeRange(const QString& text)
{
    AgeRange r;
    const QString s = compact(cleanCell(text));
    if (s.isEmpty() || isNoRequirement(s)) {
        r.recognised = true;
        return r;
    }
    Scanner sc(s);
    sc.takeAny({u"年龄要求", u"年龄", u"要求", u":"});
    enum class Bound { Range, MinOnly, MaxOnly };
    Bound bound = Bound::Range;
    if (sc.takeAny({u"不超过", u"不大于", u"不高于", u"小于等于", u"\u2264", u"<=", u"<", u"未满"}))
        bound = Bound::MaxOnly;
    else if (sc.takeAny({u"年满", u"不低于", u"不小于", u"大于等于", u"\u2265", u">=", u">", u"满"}))
        bound = Bound::MinOnly;
    const std::optional<double> first = sc.number();
    if (!first)
        return r;
    sc.takeAny({u"周岁", u"岁"});
    std::optional<double> second;
    if (bound == Bound::Range && sc.rangeSeparator()) {
        second = sc.number();
        if (!second)
            return r;
        sc.takeAny({u"周岁", u"岁"});
    }
    if (!second && bound == Bound::Range) {
        if (sc.takeAny({u"及以下", u"以下", u"以内", u"之内"}))
            bound = Bound::MaxOnly;
        else if (sc.takeAny({u"及以上", u"以上"}))
            bound = Bound::MinOnly;
        else
            return r; // "35岁" alone or "35岁左右": not a range anyone can check against
    } else {
        sc.takeAny({u"及以下", u"以下", u"以内", u"之内", u"及以上", u"以上"});
    }
    if (!acceptableRemainder(sc.rest()))
        return r;
    const auto plausible = [](double v) { return v == std::floor(v) && v >= limits::kAgeMin && v <= limits::kAgeMax; };
    if (!plausible(*first) || (second && (!plausible(*second) || *second < *first)))
        return r;
    r.recognised = true;
    if (second) {
        r.min = static_cast<int>(*first);
        r.max = static_cast<int>(*second);
    } else if (bound == Bound::MaxOnly) {
        r.max = static_cast<int>(*first);
    } else {
        r.min = static_cast<int>(*first);
    }
    return r;
}

std::optional<bool> parseYesNo(const QString& text)
{
    const QString s = compact(cleanCell(text));
    if (oneOf(s, {u"是", u"是的", u"\u221A", u"\u2713", u"\u2714", u"y", u"yes", u"true", u"1", u"有", u"对", u"重点",
                  u"重点企业", u"是重点企业", u"重大项目"}))
        return true;
    if (oneOf(s, {u"否", u"不是", u"\u00D7", u"\u2717", u"\u2718", u"n", u"no", u"false", u"0", u"无", u"没有",
                  u"非重点", u"非重点企业", u"一般", u"一般企业"}))
        return false;
    return std::nullopt;
}

std::optional<ResidentIdInfo::Gender> parseGender(const QString& text)
{
    const QString s = compact(cleanCell(text));
    if (oneOf(s, {u"男", u"男性", u"m", u"male", u"1"}))
        return ResidentIdInfo::Gender::Male;
    if (oneOf(s, {u"女", u"女性", u"f", u"female", u"2"}))
        return ResidentIdInfo::Gender::Female;
    return std::nullopt;
}

QString parseReturnDestination(const QString& text)
{
    const QString s = compact(cleanCell(text));
    if (s.isEmpty())
        return {};
    if (containsAny(s, {u"省外", u"外省", u"出省", u"跨省", u"境外", u"国外"}) ||
        oneOf(s, {u"out", u"out of province", u"out_of_province"}))
        return QStringLiteral("out_of_province");
    if (containsAny(s, {u"省内", u"本省", u"县内", u"本县", u"市内", u"本市", u"本地", u"就近", u"县城", u"本乡",
                        u"乡镇", u"家门口"}) ||
        oneOf(s, {u"in", u"in province", u"in_province", u"local"}))
        return QStringLiteral("in_province");
    return {};
}

QString parseVacancyStatus(const QString& text)
{
    const QString s = compact(cleanCell(text));
    if (oneOf(s, {u"招聘中", u"在招", u"正在招聘", u"开放", u"有效", u"未招满", u"缺工", u"急招", u"长期招聘", u"open",
                  u"active"}))
        return QStringLiteral("open");
    if (oneOf(s, {u"已招满", u"招满", u"满员", u"已满", u"已完成", u"已招聘", u"filled", u"full"}))
        return QStringLiteral("filled");
    if (oneOf(s, {u"已关闭", u"关闭", u"停招", u"已停招", u"停止招聘", u"已结束", u"结束", u"已下架", u"下架", u"失效",
                  u"已失效", u"取消", u"已取消", u"closed", u"cancelled", u"canceled"}))
        return QStringLiteral("closed");
    return {};
}

} // namespace jb::core
