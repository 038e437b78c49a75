#pragma once
// Where and when the demo's workers come from: the address codes their resident IDs are made with (the home
// county, its neighbours, other Anhui counties and a few retired codes) and the days they registered on.

#include "core/demo/DemoContext.h"

#include <QString>
#include <QVector>
#include <vector>

namespace jb::core::demo {

struct AddressCode
{
    QString code;
    QString hukou; // today's name of the place (a retired code's successor)
    bool home = false;
    int maxBirthYear = 9999; // a retired code was only issued while in force
};

// Where the demo's ID numbers come from: mostly the home county, then its neighbours and other Anhui counties,
// and a few retired codes that remain valid on old IDs; `weights` gets how often each is drawn.
void addressCodes(const Context& ctx, QVector<AddressCode>& codes, std::vector<qint64>& weights);

// Registration days (Julian) of `count` workers over the last ~15 months, sorted, so worker ids follow
// registration order as in a real list.
std::vector<int> registrationDays(const Context& ctx, DemoRandom& rng, int count);

} // namespace jb::core::demo
