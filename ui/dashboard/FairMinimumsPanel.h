#pragma once
// FairMinimumsPanel: the dashboard's table of fairs held against each organiser's minimum, for the progress on
// show: each sub-unit (in a city or province file, its fairs from the packages it sent), then the organisation's
// own line. The rows are core's (core/fairs/FairMinimums.h), the same as the monthly report's table. Hidden while no
// job_fairs minimum is set for the organisation, its sub-units or the period.

#include "core/metrics/Progress.h"

#include <QFrame>

class QLabel;
class QTreeWidget;

namespace jb::ui {

class FairMinimumsPanel final : public QFrame
{
    Q_OBJECT

public:
    enum Column { Unit, Held, Minimum, Done, Count };

    explicit FairMinimumsPanel(QWidget* parent = nullptr);

    void showProgress(const core::Progress& progress);
    void clearProgress();

    QTreeWidget* table() const { return m_table; }

private:
    QLabel* m_title = nullptr;
    QTreeWidget* m_table = nullptr;
};

} // namespace jb::ui
