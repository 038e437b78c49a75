#pragma once
// Drill-down: the records behind one figure of the dashboard (one bar, one segment, one point), listed a window at
// a time. The selection is the same one the figure counted, so the number of records (or, for jobs collected, the
// headcount they add up to) equals the figure. Personal data is masked.

#include "core/Expected.h"
#include "core/domain/MetricCatalog.h"
#include "core/domain/NameLanguage.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <optional>

namespace jb::core {

struct DrillDown
{
    // A metric key, a funnel stage key ("recommended", "interviewed", "intention", "contract",
    // "stable_employment"), "hardship_due" or "hardship_overdue".
    QString figure;
    qint64 orgId = 0; // the organisation and everything below it
    QDate from;       // inclusive; for hardship_due/overdue: ignored
    QDate to;         // inclusive; for hardship_due/overdue: the day the state is taken on
    std::optional<qint64> keyGroupId;
    std::optional<QString> fairLevel; // job_fairs only: "province", "city", "county", "industry"
};

struct RecordWindow
{
    QVector<QVector<QVariant>> rows; // one QVariant per column
};

class DrillDownQuery final
{
public:
    // Fails when `figure` names nothing that can be listed. `names` picks the stored name of a service type.
    static Expected<DrillDownQuery> create(QSqlDatabase db, const DrillDown& drillDown,
                                           NameLanguage names = NameLanguage::Chinese);

    RecordKind kind() const { return m_kind; }
    const DrillDown& selection() const { return m_drillDown; }
    // Column titles, in the installed language.
    QStringList columns() const;

    // How many records; and what they add up to in the figure's unit (the same as count() except for jobs
    // collected, where it is their headcount).
    Expected<qint64> count() const;
    Expected<qint64> figureTotal() const;
    Expected<RecordWindow> fetch(qint64 offset, int limit) const;

private:
    DrillDownQuery() = default;
    QSqlDatabase m_db;
    DrillDown m_drillDown;
    RecordKind m_kind = RecordKind::Worker;
    QString m_from;   // FROM … WHERE … selecting exactly the records
    QString m_select; // the columns shown
    QString m_order;
    QString m_total;                                 // expression summed for figureTotal()
    QVector<int> m_residentIdColumns;                // masked before they leave core
    QHash<int, QHash<QString, QString>> m_codeNames; // codes shown by name (column → code → name)
    int m_columns = 0;
};

} // namespace jb::core
