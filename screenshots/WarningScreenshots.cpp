#include "screenshots/WarningScreenshots.h"

#include "ui/MainWindow.h"
#include "ui/warnings/HandledDialog.h"
#include "ui/warnings/WarningsPage.h"

#include <QApplication>

namespace jb::ui {

bool WarningScreenshots::render(MainWindow& window, const Save& save)
{
    auto* page = qobject_cast<WarningsPage*>(window.page(QStringLiteral("warnings")));
    if (!page)
        return true;
    window.showPage(page->objectName());
    page->showSection(QStringLiteral("flags"));
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    if (!save(window, QStringLiteral("warnings-flags")))
        return false;
    const core::WarningRecord* record = page->chosenRecord();
    HandledDialog dialog(record ? record->what : QString(), record ? record->who : QString(), &window);
    dialog.setReason(HandledDialog::tr("Called the owner; the wages are paid on Friday"));
    dialog.show();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const bool saved = save(dialog, QStringLiteral("warnings-handled-dialog"));
    dialog.close();
    return saved;
}

} // namespace jb::ui
