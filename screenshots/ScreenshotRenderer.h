#pragma once
// ScreenshotRenderer: renders every page of a main window, the import wizard and the New dialog, to PNG files for
// documentation and review (`jobbridge --screenshots DIR`). Works on the offscreen platform.

#include <QCoreApplication>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;

namespace jb::ui {

class MainWindow;

class ScreenshotRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRenderer)

public:
    static constexpr QSize kWindowSize{1366, 768};
    // What a dialog may take of that screen: all but a 40 px taskbar. Dialogs are sized for it (FormLayout::fit),
    // as on the officer's screen, since the offscreen screen is smaller.
    static constexpr QRect kOfficerScreen{0, 0, 1366, 728};

    explicit ScreenshotRenderer(QString directory);

    // Writes <objectName>.png for every page (or start.png when no file is open), the import wizard's pages
    // (import-wizard-<page>.png, over a sample list and a scratch copy of the file) and new-file-dialog.png.
    // Returns the files written; on failure `error()` says why.
    QStringList renderAll(MainWindow& window);
    const QString& error() const { return m_error; }

private:
    bool save(QWidget& widget, const QString& name, QStringList& written);
    // Everything shown over an open file; false stops the run (`m_error` says why).
    bool renderFile(MainWindow& window, QStringList& written);
    // Every page of the window, each once as the officer first sees it.
    bool renderPages(MainWindow& window, QStringList& written);
    // The enterprise detail and its dialogs, the merge dialog, the whole dashboard and the import wizard.
    bool renderFeatures(MainWindow& window, QStringList& written);
    // The export and import package dialogs of the File menu.
    void renderPackageDialogs(MainWindow& window, QStringList& written);
    // The New dialog, searching for the demo county.
    void renderNewFileDialog(MainWindow& window, QStringList& written);
    // The worker dialog with one invalid field showing its message, and a vacancy opened for editing.
    void renderEditDialogs(MainWindow& window, QStringList& written);
    // A new vacancy of `enterprise` with a wage maximum below its minimum.
    void renderNewVacancy(MainWindow& window, qint64 enterprise, QStringList& written);

    QString m_directory;
    QString m_error;
};

} // namespace jb::ui
