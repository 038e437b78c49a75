#include "ui/editing/FormLayout.h"

#include <QDialog>
#include <QFrame>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <algorithm>

namespace jb::ui {

namespace {

// The title bar and frame the window manager adds around a dialog: not part of its geometry, but of the screen.
constexpr int kWindowFrameHeight = 40;
constexpr int kWindowFrameWidth = 16;

} // namespace

QScrollArea* FormLayout::scrolling(QLayout* fields, QWidget* dialog)
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("formFields"));
    content->setLayout(fields);
    auto* scroll = new QScrollArea(dialog);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

void FormLayout::fit(QDialog* dialog, int preferredWidth, QRect available)
{
    if (available.isNull()) {
        const QScreen* screen = dialog->screen();
        available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 728);
    }
    const int width = std::min(preferredWidth, available.width() - kWindowFrameWidth);
    const int maxHeight = available.height() - kWindowFrameHeight;
    dialog->layout()->activate();
    int height = dialog->sizeHint().height();
    if (auto* scroll = dialog->findChild<QScrollArea*>(QStringLiteral("formScroll"))) {
        // The scroll area's own size hint stops at a few hundred pixels; the fields want their full height at the
        // width they get (messages wrap), plus the scroll bar's room.
        QWidget* content = scroll->widget();
        const QMargins outer = dialog->layout()->contentsMargins();
        const int contentWidth =
            width - outer.left() - outer.right() - scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        const int wanted =
            content->hasHeightForWidth() ? content->heightForWidth(contentWidth) : content->sizeHint().height();
        height += std::max(0, wanted + 2 * scroll->frameWidth() - scroll->sizeHint().height());
    }
    // QDialog places itself over its parent, within the screen, when shown.
    dialog->resize(width, std::min(height, maxHeight));
}

} // namespace jb::ui
