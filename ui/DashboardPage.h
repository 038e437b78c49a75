#pragma once
// DashboardPage: the first screen after opening a file. For now it shows the home organisation, the real record
// counts of the main lists and workers per key group; the quota and progress charts come with the Targets page.

#include "ui/Page.h"

#include <QHash>

class QChartView;
class QGridLayout;
class QLabel;

namespace jb::ui {

class DashboardPage final : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;

private:
    void addCountTile(const QString& table, const QString& caption, QGridLayout* grid, int index);
    void showKeyGroups(const core::DatabaseStats& stats);

    QLabel* m_homeName = nullptr;
    QLabel* m_homeDetail = nullptr;
    QHash<QString, QLabel*> m_counts; // by table name
    QChartView* m_keyGroupChart = nullptr;
    QLabel* m_noWorkers = nullptr; // shown instead of the chart while the file has no workers
};

} // namespace jb::ui
