#pragma once
// PromisePanel: the one-week promise (就业110) as of the day asked for: hardship cases still waiting for their first
// job recommendation within the promise days, and those past it, as two tiles that list the people when clicked;
// below them, the period's registrations and how many were served in time or late.

#include "core/metrics/Progress.h"
#include "ui/dashboard/DrillRequest.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace jb::ui {

class PromisePanel final : public QFrame
{
    Q_OBJECT

public:
    explicit PromisePanel(QWidget* parent = nullptr);

    void showProgress(const core::Progress& progress);
    void clearProgress();

    // What a click on the tile lists: figure "hardship_due" or "hardship_overdue".
    DrillRequest requestFor(const QString& figure) const;

signals:
    void drillRequested(const jb::ui::DrillRequest& request);
    // The officer asked for the whole promise list (the 推荐就业 page's promise tab).
    void promiseListRequested();
    void errorOccurred(const QString& message);

private:
    QPushButton* makeTile(const QString& objectName, const QColor& colour);
    static void setTile(QPushButton* tile, qint64 value, const QString& caption);

    core::Progress m_progress;
    bool m_hasProgress = false;
    QLabel* m_title = nullptr;
    QPushButton* m_due = nullptr;
    QPushButton* m_overdue = nullptr;
    QLabel* m_served = nullptr;
    QPushButton* m_list = nullptr;
};

} // namespace jb::ui
