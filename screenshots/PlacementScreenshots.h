#pragma once
// PlacementScreenshots: what --screenshots shows of the placement views the 推荐就业 page will hold as tabs (the
// match view for the first person the promise list is waiting on, the promise list, the follow-ups), each at the
// size of a page beside the navigation, and the dialogs (record a retention check, add a trade synonym, record
// unwilling for now).

#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class MainWindow;

class PlacementScreenshots final
{
public:
    using Save = std::function<bool(QWidget&, const QString&)>;

    // placement-match.png, placement-promise.png, placement-followups.png, placement-check-dialog.png (when a check
    // is due), placement-synonym-dialog.png, placement-unwilling-dialog.png. Nothing is written to the file.
    static bool render(MainWindow& window, const Save& save);
};

} // namespace jb::ui
