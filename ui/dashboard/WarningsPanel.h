#pragma once
// WarningsPanel: early warning's counts on the dashboard (预警), one line per section; choosing a line opens the 预警
// page at that section.

#include "core/warnings/Warnings.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace jb::ui {

class WarningsPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit WarningsPanel(QWidget* parent = nullptr);

    void showCounts(const QVector<core::WarningSectionList>& counts);
    void clearCounts();

signals:
    // The key of the section chosen (promise, followups, …).
    void sectionRequested(const QString& key);

private:
    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace jb::ui
