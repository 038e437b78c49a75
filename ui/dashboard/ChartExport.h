#pragma once
// ChartExport: "Save as PNG…" for any dashboard chart. The writing itself (savePng) needs no dialog, so tests call
// it directly; the context menu only asks for the file name and reports failures through `onError`.

#include <QCoreApplication>
#include <QString>
#include <functional>

QT_BEGIN_NAMESPACE
class QMenu;
class QPoint;
class QWidget;
QT_END_NAMESPACE

namespace jb::ui {

class ChartExport final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // Renders `widget` as it is on screen into a PNG at `path`. Returns an empty string on success, else the reason.
    static QString savePng(QWidget& widget, const QString& path);

    // A file name for the chart in the user's documents folder, from a caption such as "肥东县 2026年 走访企业".
    static QString suggestedPath(const QString& caption);

    using MenuFiller = std::function<void(QMenu&)>;

    // Gives `widget` a context menu: whatever `addActions` puts in first, then "Save as PNG…". `caption` is asked
    // for when the menu opens (the chart may show something else by then).
    static void installMenu(QWidget& widget, std::function<QString()> caption,
                            std::function<void(const QString&)> onError, MenuFiller addActions = {});
    // Shows that menu at `globalPos` (for widgets that handle contextMenuEvent themselves).
    static void showMenu(QWidget& widget, const QPoint& globalPos, const QString& caption,
                         const std::function<void(const QString&)>& onError, const MenuFiller& addActions);
};

} // namespace jb::ui
