#pragma once
// ServiceTotalsView: the 汇总 tab of the 服务 page: for the filter, each kind's people (distinct) and services
// (人次) in columns of their own, never added together; and the mutual insurance for the period — people, the total,
// the province's part and the city's part in yuan — with the settings it was worked out with. For one of the file's
// periods over the whole organisation the figures are exactly `jobbridge-cli services --period P`'s
// (core::serviceFigures: the file's own services and what its sub-units' packages reported); any other filter counts
// the file's own services (core::serviceSummary). On the 1M demo file they take seconds: in the application they are
// counted off the GUI thread on a connection of their own (the table says it is counting), in tests at once.

#include "core/services/ServiceList.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QTableWidget;

namespace jb::core {
class BackgroundJob;
class Database;
} // namespace jb::core

namespace jb::ui {

class ServiceTotalsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceTotalsView(QWidget* parent = nullptr);
    ~ServiceTotalsView() override;

    void setInBackground(bool inBackground) { m_inBackground = inBackground; }

    // Counts for `filter`; `period`: the file's period chosen (with the whole organisation), counted as the CLI does.
    // Returns an error message or "" (in the background: "", and failed() when it fails).
    QString show(const core::Database& database, const core::ServiceFilter& filter,
                 const std::optional<core::Period>& period);
    // Drops a count under way (the file is closed) and what is shown.
    void clear();

    QTableWidget* table() const { return m_table; }
    const QVector<core::ServiceKindTotal>& totals() const { return m_totals; }
    const core::InsuranceSplit& insurance() const { return m_insurance; }

signals:
    void failed(const QString& message);

private:
    void fill(const core::ServiceSummary& summary, const QString& scope);
    void finished(quint64 round, const core::Expected<core::ServiceSummary>& summary, const QString& scope);

    QLabel* m_scope = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_insuranceLine = nullptr;
    QLabel* m_settingsLine = nullptr;
    QVector<core::ServiceKindTotal> m_totals;
    core::InsuranceSplit m_insurance;
    bool m_inBackground = false;
    quint64 m_round = 0; // a count of a closed file, or superseded by a newer one, is dropped
    std::unique_ptr<core::BackgroundJob> m_job;
};

} // namespace jb::ui
