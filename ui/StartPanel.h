#pragma once
// StartPanel: what the window shows while no file is open: create a file, open one, or pick a recent one.

#include <QWidget>

class QListWidget;
class QLabel;

namespace jb::ui {

class StartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPanel(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& files);

signals:
    void newRequested();
    void openRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent = nullptr;
    QLabel* m_recentHeading = nullptr;
};

} // namespace jb::ui
