#include "ui/DialogButtons.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace jb::ui {

void DialogButtons::giveMnemonics(QDialogButtonBox* box)
{
    const std::pair<QDialogButtonBox::StandardButton, QString> texts[] = {
        {QDialogButtonBox::Ok, tr("&OK")},       {QDialogButtonBox::Cancel, tr("&Cancel")},
        {QDialogButtonBox::Close, tr("&Close")}, {QDialogButtonBox::Yes, tr("&Yes")},
        {QDialogButtonBox::No, tr("&No")},       {QDialogButtonBox::Save, tr("&Save")},
        {QDialogButtonBox::Apply, tr("&Apply")},
    };
    for (const auto& [which, text] : texts) {
        if (QPushButton* button = box->button(which))
            button->setText(text);
    }
}

} // namespace jb::ui
