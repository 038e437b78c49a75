// Where and when the demo's workers come from (DemoWorkerOrigins.h).

#include "core/demo/DemoWorkerOrigins.h"

#include "core/validation/AreaCodes.h"

#include <QDate>

namespace jb::core::demo {

// Where the demo's ID numbers come from: mostly the home county, then its neighbours and other Anhui counties,
// and a few retired codes (肥东 was 342621 under 巢湖地区 until 1983) that remain valid on old IDs.
void addressCodes(const Context& ctx, QVector<AddressCode>& codes, std::vector<qint64>& weights)
{
    const AreaCodes& areas = AreaCodes::instance();
    auto add = [&](const QString& code, const QString& successor, int weight, int maxBirthYear) {
        if (!areas.isEmpty() && !areas.isKnownAddressCode(code))
            return;
        for (const AddressCode& known : codes)
            if (known.code == code)
                return; // once only: uniqueness of the ID numbers is tracked per code index
        AddressCode a;
        a.code = code;
        a.home = successor == ctx.homeAreaCode;
        a.hukou = a.home ? ctx.homeFullName : areas.fullName(successor);
        if (a.hukou.isEmpty())
            a.hukou = areas.fullName(code);
        a.maxBirthYear = maxBirthYear;
        codes.append(a);
        weights.push_back(weight);
    };
    add(ctx.homeAreaCode, ctx.homeAreaCode, 700, 9999);
    const QVector<AreaCodes::Division> neighbours = areas.children(areas.parentCode(ctx.homeAreaCode));
    int listed = 0;
    for (const AreaCodes::Division& d : neighbours)
        if (d.code != ctx.homeAreaCode && d.level == AreaCodes::Level::County)
            ++listed;
    for (const AreaCodes::Division& d : neighbours)
        if (d.code != ctx.homeAreaCode && d.level == AreaCodes::Level::County)
            add(d.code, d.code, std::max(1, 180 / std::max(1, listed)), 9999);
    static const char* const anhui[] = {"340121", "340123", "340124", "340181", "341125", "341126", "341122", "340321",
                                        "341522", "341221", "341222", "341623", "341226", "340822", "341524", "341322"};
    for (const char* code : anhui)
        if (QLatin1String(code) != ctx.homeAreaCode)
            add(QString::fromLatin1(code), QString::fromLatin1(code), 5, 9999);
    struct Retired
    {
        const char* code;
        const char* successor;
        int maxBirthYear;
    };
    static const Retired retired[] = {
        {"342621", "340122", 1982}, {"342622", "340124", 1995}, {"342623", "340281", 1995}, {"342625", "340522", 1995},
        {"342626", "340523", 1995}, {"341402", "340181", 2008}, {"341421", "340124", 2008}, {"341422", "340281", 2008}};
    for (const Retired& r : retired)
        add(QString::fromLatin1(r.code), QString::fromLatin1(r.successor), r.code[3] == '6' ? 10 : 6, r.maxBirthYear);
}

// Registration days over the last ~15 months, sorted, so worker ids follow registration order as in a real list.
// Weekdays, the concentrated phase and the last fortnight weigh more.
std::vector<int> registrationDays(const Context& ctx, DemoRandom& rng, int count)
{
    std::vector<qint64> weights;
    for (int d = ctx.windowStart; d <= ctx.today; ++d) {
        const QDate date = QDate::fromJulianDay(d);
        const int inPhase = (date.month() == 1 && date.day() >= 15) || date.month() == 2 || date.month() == 3 ||
                            (date.month() == 4 && date.day() <= 10);
        qint64 w = inPhase ? 24 : 10;
        if (ctx.today - d < 14)
            w = 16;
        if (date.dayOfWeek() >= 6)
            w = w * 3 / 10;
        weights.push_back(std::max<qint64>(w, 1));
    }
    const WeightedPicker picker(weights);
    std::vector<int> perDay(weights.size(), 0);
    for (int i = 0; i < count; ++i)
        ++perDay[static_cast<size_t>(picker.pick(rng))];
    std::vector<int> days;
    days.reserve(static_cast<size_t>(count));
    for (size_t i = 0; i < perDay.size(); ++i)
        days.insert(days.end(), static_cast<size_t>(perDay[i]), ctx.windowStart + static_cast<int>(i));
    return days;
}

} // namespace jb::core::demo
