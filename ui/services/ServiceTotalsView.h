#pragma once
// ServiceTotalsView: the 汇总 tab of the 服务 page: for the filter, each kind's people (distinct) and services
// (人次) in columns of their own, never added together; and the mutual insurance for the period — people, the total,
// the province's part and the city's part in yuan — with the settings it was worked out with. For one of the file's
// periods over the whole organisation the figures are exactly `jobbridge-cli services --period P`'s
// (core::serviceFigures: the file's own services and what its sub-units' packages reported); any other filter counts
// the file's own services (core::serviceTotals, core::insuranceSplit).

#include "core/services/ServiceQueries.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableWidget;

namespace jb::core {
class Database;
struct Period;
} // namespace jb::core

namespace jb::ui {

class ServiceTotalsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceTotalsView(QWidget* parent = nullptr);

    // Counts for `filter`; `period`: the file's period chosen (with the whole organisation), counted as the CLI does.
    // Returns an error message or "".
    QString show(const core::Database& database, const core::ServiceFilter& filter,
                 const std::optional<core::Period>& period);
    void clear();

    QTableWidget* table() const { return m_table; }
    const QVector<core::ServiceKindTotal>& totals() const { return m_totals; }
    const core::InsuranceSplit& insurance() const { return m_insurance; }

private:
    void fill();

    QLabel* m_scope = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_insuranceLine = nullptr;
    QLabel* m_settingsLine = nullptr;
    QVector<core::ServiceKindTotal> m_totals;
    core::InsuranceSplit m_insurance;
};

} // namespace jb::ui
