#pragma once
// ServiceScreenshots: what --screenshots shows of the 服务 page: a service chosen in the list (a training, where the
// list has one) so the detail panel is filled, the 汇总 tab for the current year, and the dialog of each kind of
// service (service-dialog-<kind>.png), opened for a new service and closed unsaved.

#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class MainWindow;
class ServicesPage;

class ServiceScreenshots final
{
public:
    using Save = std::function<bool(QWidget&, const QString&)>;

    // Chooses a training among the list's first rows (else the first row).
    static void chooseShowcase(ServicesPage& page);
    // services-totals.png (the window), service-dialog-<kind>.png for every kind.
    static bool render(MainWindow& window, ServicesPage& page, const Save& save);
};

} // namespace jb::ui
