#include "ui/ScreenshotRenderer.h"

#include "core/storage/Database.h"
#include "ui/DashboardPage.h"
#include "ui/MainWindow.h"
#include "ui/NewFileDialog.h"
#include "ui/exchange/ExportPackageDialog.h"
#include "ui/exchange/ImportPackagesDialog.h"
#include "ui/Page.h"
#include "ui/dashboard/DashboardScreenshots.h"
#include "ui/import/ImportScreenshots.h"
#include "ui/workers/WorkersPage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>

namespace jb::ui {

namespace {

void settle()
{
    // Let layouts, style polish and chart geometry catch up before painting.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

ScreenshotRenderer::ScreenshotRenderer(QString directory) : m_directory(std::move(directory)) {}

QStringList ScreenshotRenderer::renderAll(MainWindow& window)
{
    QStringList written;
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory));
        return written;
    }
    window.setModalDialogsEnabled(false);
    window.resize(kWindowSize);
    window.show();
    settle();

    if (!window.database()) {
        if (!save(window, QStringLiteral("start"), written))
            return written;
    } else {
        for (Page* page : window.pages()) {
            window.showPage(page->objectName());
            // The worker list with its first person's detail panel open.
            if (auto* workers = qobject_cast<WorkersPage*>(page))
                workers->table()->selectRow(0);
            settle();
            if (!save(window, page->objectName(), written))
                return written;
        }
        // The whole dashboard (below the fold too) and one drill-down window.
        window.showPage(QStringLiteral("dashboard"));
        settle();
        if (auto* dashboard = qobject_cast<DashboardPage*>(window.page(QStringLiteral("dashboard")))) {
            const auto saveShot = [this, &written](QWidget& widget, const QString& name) {
                return save(widget, name, written);
            };
            if (!DashboardScreenshots::render(*dashboard, saveShot))
                return written;
        }
        // The import wizard page by page, over a sample list imported into a scratch copy of the file.
        ImportScreenshots imports(window);
        const bool importsOk = imports.render(
            [this, &written](QWidget& widget, const QString& name) { return save(widget, name, written); });
        if (!importsOk) {
            if (m_error.isEmpty())
                m_error = imports.error();
            return written;
        }
        window.showPage(QStringLiteral("dashboard"));
        // The two package dialogs of the File menu.
        ExportPackageDialog exportDialog(window.database()->connection(), &window);
        ImportPackagesDialog importDialog(window.database()->connection(), &window);
        for (auto [dialog, name] : {std::pair<QDialog*, const char*>{&exportDialog, "package-export-dialog"},
                                    {&importDialog, "package-import-dialog"}}) {
            dialog->show();
            settle();
            save(*dialog, QLatin1String(name), written);
            dialog->hide();
        }
    }

    NewFileDialog dialog(&window);
    dialog.show();
    // Show the search at work on the home county of the demo file.
    if (auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("divisionSearch")))
        search->setText(QStringLiteral("合肥"));
    dialog.selectCode(QStringLiteral("340122"));
    settle();
    save(dialog, QStringLiteral("new-file-dialog"), written);
    dialog.hide();
    return written;
}

bool ScreenshotRenderer::save(QWidget& widget, const QString& name, QStringList& written)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path, "PNG")) {
        m_error = tr("Cannot write the screenshot %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    written << path;
    return true;
}

} // namespace jb::ui
