#pragma once
// EnterpriseScreenshots: what --screenshots shows of the Enterprises page: a telling enterprise chosen in the list
// (one with open vacancies, visits and an open flag) so the detail panel is filled, the panel alone on its
// demand history chart (and on its vacancies and flags), and the visit and flag dialogs.

#include <QString>

class QWidget;

#include <functional>

namespace jb::ui {

class EnterprisesPage;
class MainWindow;

class EnterpriseScreenshots final
{
public:
    using Save = std::function<bool(QWidget&, const QString&)>;

    // Chooses the first listed enterprise with open vacancies, a visit and an open flag (else the first row).
    static void chooseShowcase(EnterprisesPage& page);
    // enterprise-detail.png (-vacancies, -flags), demand-snapshot-dialog.png, flag-dialog.png (the page already
    // shows its showcase).
    static bool renderDetail(MainWindow& window, EnterprisesPage& page, const Save& save);
};

} // namespace jb::ui
