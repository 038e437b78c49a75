#include "core/reports/ReportMonths.h"

#include "core/reports/MonthLock.h"
#include "core/targets/PeriodRepository.h"

#include <QMap>
#include <QSet>

namespace jb::core {

bool ReportMonths::contains(const QString& monthName) const
{
    for (const ReportMonth& m : months)
        if (m.name == monthName)
            return true;
    return false;
}

Expected<ReportMonths> selectableReportMonths(QSqlDatabase db, qint64 orgId, const QDate& today)
{
    using Result = Expected<ReportMonths>;
    QMap<QString, QString> labels; // name → label; the map keeps "YYYY-MM" in calendar order
    const Expected<QVector<Period>> periods = PeriodRepository(db).all();
    if (!periods)
        return Result::failure(periods.message());
    for (const Period& p : *periods)
        if (p.kind == PeriodKind::Month && p.start <= today)
            labels.insert(p.name, p.label);
    for (int m = 1; m <= today.month(); ++m) {
        const Period p = PeriodRepository::monthPeriod(today.year(), m);
        labels.insert(p.name, p.label);
    }
    const Expected<QVector<Submission>> sent = submissions(db, orgId);
    if (!sent)
        return Result::failure(sent.message());
    QSet<QString> locked;
    for (const Submission& s : *sent)
        if (!s.unlockedAt)
            locked.insert(s.monthName);

    ReportMonths out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const QDate start = QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate);
        ReportMonth month{it.key(), it.value(), start.addMonths(1) <= today, locked.contains(it.key())};
        if (month.complete)
            out.suggested = month.name;
        out.months.append(month);
    }
    if (out.suggested.isEmpty() && !out.months.isEmpty())
        out.suggested = out.months.constLast().name;
    return out;
}

Status checkReportMonth(QSqlDatabase db, qint64 orgId, const QString& monthName, const QDate& today)
{
    const Expected<ReportMonths> months = selectableReportMonths(db, orgId, today);
    if (!months)
        return Status::failure(months.message());
    if (months->contains(monthName))
        return {};
    return Status::failure(JB_TR("Reports", "No report can be made for “%1” on %2: choose a month of this year up to "
                                            "the current one, or an earlier month kept in the file.")
                               .arg(monthName)
                               .arg(today.toString(Qt::ISODate)));
}

} // namespace jb::core
