#pragma once
// DialogButtons: Alt letters for Qt's standard dialog buttons. The platform theme this app runs under names them
// without one ("OK", "Cancel", and "确定", "取消" in Chinese), so a dialog could not be answered from the keyboard
// with Alt like the rest of the app. Call right after making the box, before any button is renamed.

#include <QCoreApplication>

class QDialogButtonBox;

namespace jb::ui {

class DialogButtons final
{
    Q_DECLARE_TR_FUNCTIONS(DialogButtons)

public:
    // OK, Cancel, Close, Yes, No, Save and Apply in `box` get "&OK" (确定(&O)), "&Cancel" (取消(&C)), ….
    static void giveMnemonics(QDialogButtonBox* box);
};

} // namespace jb::ui
