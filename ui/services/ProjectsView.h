#pragma once
// ProjectsView (创业项目, issue 14 item 2): the county's entrepreneurship projects put forward in the period — name,
// industry, people, stage (候选 / 入选优质项目 / 已扶持), the day put forward, the unit — and the candidates against
// the quota entered in targets ("候选 3 / 目标 6"; no target entered is said, never shown as 0). The officer adds a
// project (ProjectDialog) and moves its stage forward or back (a correction); each change is a named command on the
// window's undo stack (PlacementCommand over core/services/Projects.h: undo removes / restores / moves back).
//
// Self-contained, to be a tab of the 服务 page: the page calls setUndoStack / showFile / clearFile / setReadOnly /
// setPeriod. Until setPeriod is called the view counts over the file's year containing today (as the dashboard
// chooses).

#include "core/domain/Period.h"
#include "core/services/Projects.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ProjectDialog;

class ProjectsView final : public QWidget
{
    Q_OBJECT

public:
    // `undoStack` may be null and given later (setUndoStack).
    ProjectsView(QUndoStack* undoStack, QWidget* parent = nullptr);

    void showFile(core::Database& database);
    void clearFile();
    void setReadOnly(bool readOnly);
    // The window's undo stack, when it is given after construction (a Page receives it after its constructor ran).
    void setUndoStack(QUndoStack* undoStack);
    // The period the projects were put forward in and whose target is the quota (a stored period: id > 0 has
    // targets; an unstored one shows "no target entered").
    void setPeriod(const core::Period& period);
    const core::Period& period() const { return m_period; }
    // Reads the file again, keeping the chosen project.
    void refresh();

    // Opens the new-project dialog; nothing on a read-only file.
    void addProject();
    // Moves the chosen project one stage forward (step = 1) or back (step = -1, a correction).
    bool moveChosen(int step);

    QTableWidget* table() const { return m_table; }
    QLabel* quotaLabel() const { return m_quota; }
    ProjectDialog* dialog() const; // the new-project dialog while open
    const QVector<core::ProjectRow>& rows() const { return m_rows; }
    // The text of the quota line for these counts and quota (public for tests).
    static QString quotaText(const core::ProjectQuota& quota, const QString& periodLabel);

signals:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

protected:
    // A change made while the view was hidden (an undo or redo elsewhere) is read when it is shown again.
    void showEvent(QShowEvent* event) override;

private:
    void choosePeriodOfToday();
    void fill(qint64 keepId);
    void updateActions();
    qint64 chosenId() const;
    const core::ProjectRow* chosenRow() const;
    QString applyNew(const core::Project& project);
    void push(const QString& text, std::function<core::Status()> undoIt, std::function<core::Status()> redoIt);

    QUndoStack* m_undoStack = nullptr;
    core::Database* m_database = nullptr;
    qint64 m_homeId = 0;
    bool m_readOnly = false;
    bool m_periodGiven = false;
    bool m_outdated = false; // the undo stack moved while hidden
    core::Period m_period;
    QVector<core::ProjectRow> m_rows;

    QLabel* m_quota = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_forward = nullptr;
    QPushButton* m_back = nullptr;
    QPointer<ProjectDialog> m_dialog;
};

} // namespace jb::ui
