#include "ui/Page.h"

#include <QLabel>

namespace jb::ui {

void Page::recordsEdited() {}

void Page::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    readOnlyChanged();
}

void Page::readOnlyChanged() {}

QWidget* Page::searchField() const
{
    return nullptr;
}

bool Page::opensRecords(core::RecordKind /*kind*/) const
{
    return false;
}

void Page::openRecord(core::RecordKind /*kind*/, qint64 /*id*/) {}

QLabel* Page::makeHeading(const QString& text, QWidget* parent, qreal scale)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace jb::ui
