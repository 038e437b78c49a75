#pragma once
// FormLayout: how every record dialog fits on the officer's screen (1366×768 with a taskbar is the common one).
// The fields sit in a scroll area, the legend, the line of problems and OK / Cancel beneath it, outside, so the
// buttons never fall off the screen and a message that appears never squeezes a field: the fields scroll instead.

#include <QRect>

class QDialog;
class QLayout;
class QScrollArea;
class QWidget;

namespace jb::ui {

class FormLayout final
{
public:
    // `fields` in a scroll area (named "formScroll") that the dialog's layout takes in its place.
    static QScrollArea* scrolling(QLayout* fields, QWidget* dialog);

    // Sizes `dialog` to show all its fields at `preferredWidth` where `available` (a screen's available geometry;
    // the dialog's own screen when null) allows, leaving room for the window frame. Only the fields scroll.
    static void fit(QDialog* dialog, int preferredWidth, QRect available = {});
};

} // namespace jb::ui
