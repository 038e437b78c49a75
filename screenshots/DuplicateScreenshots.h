#pragma once
// DuplicateScreenshots: the merge dialog for `jobbridge --screenshots`. A demo county has no duplicates, so on a
// scratch copy of the open file the first worker of the list is entered a second time without an ID and with
// another phone (what happens when two officers register the same person), through the editing API; the Possible
// duplicates page then finds the pair and the dialog is rendered over it. The window reopens the file it had.

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class MainWindow;

class DuplicateScreenshots final
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateScreenshots)

public:
    using Save = std::function<bool(QWidget& widget, const QString& name)>;

    // Writes duplicates-found (the page with the pair) and merge-dialog. False with `error` on failure.
    static bool render(MainWindow& window, const Save& save, QString& error);
};

} // namespace jb::ui
