#include "ui/dashboard/ChartExport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPixmap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWidget>

namespace jb::ui {

QString ChartExport::savePng(QWidget& widget, const QString& path)
{
    if (path.isEmpty())
        return tr("No file name was given.");
    const QPixmap image = widget.grab();
    if (image.isNull())
        return tr("The chart could not be drawn.");
    if (!image.save(path, "PNG"))
        return tr("Cannot write %1. Check that the folder exists and can be written to.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

QString ChartExport::suggestedPath(const QString& caption)
{
    // Characters Windows forbids in file names become dashes; spaces stay (officers' files have them).
    QString name = caption.simplified();
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
    if (name.isEmpty())
        name = QStringLiteral("chart");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(name + QStringLiteral(".png"));
}

void ChartExport::installMenu(QWidget& widget, std::function<QString()> caption,
                              std::function<void(const QString&)> onError, MenuFiller addActions)
{
    widget.setContextMenuPolicy(Qt::CustomContextMenu);
    QWidget* target = &widget;
    QObject::connect(&widget, &QWidget::customContextMenuRequested, &widget,
                     [target, caption = std::move(caption), onError = std::move(onError),
                      addActions = std::move(addActions)](const QPoint& pos) {
                         showMenu(*target, target->mapToGlobal(pos), caption(), onError, addActions);
                     });
}

void ChartExport::showMenu(QWidget& widget, const QPoint& globalPos, const QString& caption,
                           const std::function<void(const QString&)>& onError, const MenuFiller& addActions)
{
    QMenu menu(&widget);
    if (addActions) {
        addActions(menu);
        menu.addSeparator();
    }
    QAction* save = menu.addAction(tr("Save as PNG…"));
    save->setObjectName(QStringLiteral("savePng"));
    if (menu.exec(globalPos) != save)
        return;
    const QString path = QFileDialog::getSaveFileName(&widget, tr("Save the chart as PNG"), suggestedPath(caption),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = savePng(widget, path);
    if (!error.isEmpty() && onError)
        onError(error);
}

} // namespace jb::ui
