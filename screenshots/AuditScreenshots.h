#pragma once
// AuditScreenshots: the audit log page (操作日志) with rows of several kinds, and the reason dialog, for
// `jobbridge --screenshots`. A demo county's log holds one row, so on a scratch copy of the open file an officer
// changes a person's phone, shows the ID number with a reason, undoes the change, switches the reason setting on
// and exports the list unmasked, all through core's operations; the page is rendered over that copy. The window
// reopens the file it had.

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class MainWindow;

class AuditScreenshots final
{
    Q_DECLARE_TR_FUNCTIONS(AuditScreenshots)

public:
    using Save = std::function<bool(QWidget& widget, const QString& name)>;

    // Writes audit-log (the page, a reveal with its reason chosen) and reason-dialog. False with `error` on failure.
    static bool render(MainWindow& window, const Save& save, QString& error);
};

} // namespace jb::ui
