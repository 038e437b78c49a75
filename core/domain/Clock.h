#pragma once
// Clock: the one "today" of the program. Every rule that depends on the day (closing a vacancy, resolving a flag,
// the months a report may be made for, ages, deadlines) asks Clock::today() or takes the date as a parameter
// filled from it, so a test or the CLI's --today pins one day for all of them at once.

#include <QDate>
#include <functional>

namespace jb::core {

class Clock final
{
public:
    using Source = std::function<QDate()>;

    // The day as the program counts it: the pinned day, or the system's date.
    static QDate today();
    // Makes `source` the clock and returns the one it replaces; an empty source means the system's date.
    static Source setSource(Source source);
    // Pins today to `day` for everything from now on; an invalid day goes back to the system's date.
    static void pin(const QDate& day);

    Clock() = delete;
};

// Pins the clock to `day` for a scope and restores the previous source after it (tests).
class PinnedDay final
{
public:
    explicit PinnedDay(const QDate& day);
    ~PinnedDay();
    PinnedDay(const PinnedDay&) = delete;
    PinnedDay& operator=(const PinnedDay&) = delete;

private:
    Clock::Source m_previous;
};

} // namespace jb::core
