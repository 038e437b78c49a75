#include "core/domain/Clock.h"

#include <QMutex>
#include <QMutexLocker>

namespace jb::core {

namespace {

// The import runs on a worker thread and may ask for today while the GUI thread pins a day in a test; the lock
// keeps the swap of the std::function safe. Asking costs one uncontended lock, far below any rule that asks.
QMutex& sourceLock()
{
    static QMutex lock;
    return lock;
}

Clock::Source& currentSource()
{
    static Clock::Source source;
    return source;
}

} // namespace

QDate Clock::today()
{
    QMutexLocker locker(&sourceLock());
    const Source& source = currentSource();
    return source ? source() : QDate::currentDate();
}

Clock::Source Clock::setSource(Source source)
{
    QMutexLocker locker(&sourceLock());
    Source previous = std::move(currentSource());
    currentSource() = std::move(source);
    return previous;
}

void Clock::pin(const QDate& day)
{
    if (day.isValid())
        setSource([day] { return day; });
    else
        setSource({});
}

PinnedDay::PinnedDay(const QDate& day) : m_previous(Clock::setSource([day] { return day; })) {}

PinnedDay::~PinnedDay()
{
    Clock::setSource(std::move(m_previous));
}

} // namespace jb::core
