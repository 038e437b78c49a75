#include "ui/lists/ListExportControls.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QMessageBox>

namespace jb::ui {

QCheckBox* ListExportControls::makeUnmaskedCheck(const QString& toolTip, const QString& title, const QString& question,
                                                 QWidget* page)
{
    auto* check = new QCheckBox(tr("&Unmasked"), page);
    check->setObjectName(QStringLiteral("exportUnmasked"));
    check->setToolTip(toolTip);
    QObject::connect(check, &QCheckBox::toggled, page, [check, title, question, page](bool checked) {
        if (!checked)
            return;
        const auto answer =
            QMessageBox::question(page, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            check->setChecked(false);
    });
    return check;
}

QString ListExportControls::askPath(QWidget* parent, const QString& caption, const QString& baseName, bool csv)
{
    return QFileDialog::getSaveFileName(parent, caption,
                                        baseName + (csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx")),
                                        csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
}

} // namespace jb::ui
