#pragma once
// WarningScreenshots: what --screenshots shows of the 预警 page beyond its first section (warnings.png, by the page
// loop): the open enterprise flags (wage arrears with amount and people) in the window, and the 标记已处理 dialog for
// the first of them with a reason typed, never applied.

#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class MainWindow;

class WarningScreenshots final
{
public:
    using Save = std::function<bool(QWidget&, const QString&)>;

    // warnings-flags.png (the window), warnings-handled-dialog.png.
    static bool render(MainWindow& window, const Save& save);
};

} // namespace jb::ui
