#pragma once
// FairScreenshots: what --screenshots shows of the 招聘会 page: a telling fair chosen in the list (held, with
// people and intentions on record) so the detail panel is filled, each of the panel's tabs alone, and the dialogs
// (edit the fair, record an intention, and the pickers for an enterprise, a post and a person).

#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class FairsPage;
class MainWindow;

class FairScreenshots final
{
public:
    using Save = std::function<bool(QWidget&, const QString&)>;

    // Chooses the listed fair with the most intentions among those with people registered (else the first row).
    static void chooseShowcase(FairsPage& page);
    // fair-detail-overview.png, -enterprises, -people, -outcomes; fair-edit-dialog.png, fair-outcome-dialog.png,
    // fair-enterprise-picker.png, fair-post-picker.png, fair-person-picker.png.
    static bool render(MainWindow& window, FairsPage& page, const Save& save);
};

} // namespace jb::ui
