#pragma once
// ReferralScreenshots: what --screenshots shows of the 推荐就业 page: a referral with a long history chosen in the
// list (so the timeline is filled), the detail panel alone, and the step dialogs: a contract for a referral at
// "intention reached", a side exit for an open one, leaving for a contract, and a correction (saying what it removes);
// and the pickers that start a referral from a person (open posts) or from a post (people).
// The dialogs are shown and closed unsaved: nothing is written.

#include <QString>
#include <functional>

class QWidget;

namespace jb::ui {

class MainWindow;
class ReferralsPage;

class ReferralScreenshots final
{
public:
    using Save = std::function<bool(QWidget&, const QString&)>;

    // Chooses the listed referral with the most stages recorded (a contract or a departure), else the first row.
    static void chooseShowcase(ReferralsPage& page);
    // referral-detail.png; referral-post-picker.png, referral-person-picker.png; referral-contract-dialog.png,
    // referral-exit-dialog.png, referral-leave-dialog.png, referral-correct-dialog.png.
    static bool render(MainWindow& window, ReferralsPage& page, const Save& save);
};

} // namespace jb::ui
