#pragma once
// ProgressSelectors: what the dashboard shows: the organisation (home and its direct sub-units, indented), the
// period (from the file's periods; by default the year containing today, else the latest year) and the metric the
// charts follow. Reads through core repositories only.

#include "core/domain/Period.h"

#include <QDate>
#include <QVector>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace jb::core {
class Database;
}

namespace jb::ui {

class ProgressSelectors final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressSelectors(QWidget* parent = nullptr);

    // Fills the organisation and period lists from the file; returns an error message, empty on success. Keeps the
    // organisation, period and metric chosen before when they are still there.
    QString load(const core::Database& database, const QDate& today);
    void clear();

    qint64 orgId() const;
    QString orgName() const;
    // Null while nothing is loaded.
    const core::Period* period() const;
    QString metricKey() const;

    // Selects without emitting; false when the value is not listed.
    bool setOrgId(qint64 id);
    bool setPeriodName(const QString& name);
    bool setMetricKey(const QString& key);

    // The period chosen when the officer has not chosen one: the year containing `today`, else the latest year,
    // else the first period listed; -1 when `periods` is empty.
    static int defaultPeriodIndex(const QVector<core::Period>& periods, const QDate& today);

signals:
    // The organisation or the period changed.
    void selectionChanged();
    void metricChanged(const QString& metricKey);

private:
    QComboBox* m_org = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_metric = nullptr;
    QVector<core::Period> m_periods;
    bool m_loading = false;
};

} // namespace jb::ui
