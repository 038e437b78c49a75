#pragma once
// FileSafetyScreenshots: the read-only banner, the damaged-file dialog and the restore dialog for
// `jobbridge --screenshots`. Nothing touches the officer's file or backups: the banner is a second window over the
// open file (which this window holds, so the second gets it read-only); the dialogs are shown over backups taken
// into a scratch folder, and the damaged file is a damaged scratch copy.

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class MainWindow;

class FileSafetyScreenshots final
{
    Q_DECLARE_TR_FUNCTIONS(FileSafetyScreenshots)

public:
    using Save = std::function<bool(QWidget& widget, const QString& name)>;

    // Writes read-only-banner, damaged-file-dialog and restore-dialog. False with `error` on failure.
    static bool render(MainWindow& window, const Save& save, QString& error);
};

} // namespace jb::ui
