#pragma once
// The periods of a file: listed for the Targets and Dashboard pages, looked up by what an officer types on the
// command line ("2026", "2026-03", a phase name or its label), and added (a phase with its dates, a year's months).

#include "core/Expected.h"
#include "core/domain/Period.h"

#include <QSqlDatabase>
#include <QVector>

namespace jb::core {

class PeriodRepository final
{
public:
    explicit PeriodRepository(QSqlDatabase db);

    // Years first, then phases, then months; each by start date.
    Expected<QVector<Period>> all() const;
    Expected<Period> byId(qint64 id) const;
    // "2026" and "2026-03" always resolve (to the stored row when there is one, else to an unstored period with
    // id 0); any other text must be the name or label of a stored period.
    Expected<Period> find(const QString& nameOrLabel) const;

    // Adds a period, refusing overlapping names, an end before the start, or a month/year whose dates do not
    // match its name. Audited, one transaction.
    Expected<Period> add(PeriodKind kind, const QString& name, const QString& label, const QDate& start,
                         const QDate& end);
    // Stores the year `year` and its twelve months where they are missing. Audited, one transaction.
    Status ensureYear(int year);

    static Period yearPeriod(int year);
    static Period monthPeriod(int year, int month);

private:
    QSqlDatabase m_db;
};

} // namespace jb::core
