#pragma once
// ProjectScreenshots: the entrepreneurship projects' new-project dialog filled in (the projects tab itself is shot
// with the 服务 page, ServiceScreenshots), the checklist offered after a contract with the mutual insurance
// enrolment, and the settings page scrolled to the placement, warning and insurance rules. Dialogs are shown and closed
// unsaved: nothing is written.

#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class MainWindow;

class ProjectScreenshots final
{
public:
    using Save = std::function<bool(QWidget&, const QString&)>;

    // services-projects.png, services-project-dialog.png, referral-offers-insurance.png, settings-rules.png.
    static bool render(MainWindow& window, const Save& save);
};

} // namespace jb::ui
