#include "ui/lists/ListPage.h"

#include "ui/lists/ListTable.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace jb::ui {

QHBoxLayout* ListPage::startLayout(const QString& objectName, const QString& countName)
{
    setObjectName(objectName);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(16, 12, 16, 8);
    m_layout->setSpacing(8);

    auto* header = new QHBoxLayout;
    header->addWidget(makeHeading(title(), this));
    m_count = ListTable::makeCountLabel(countName, this);
    header->addSpacing(12);
    header->addWidget(m_count);
    header->addStretch(1);
    return header;
}

QSplitter* ListPage::makeSplitter(const QString& name)
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(name);
    return m_splitter;
}

void ListPage::finishSplitter(const QList<int>& sizes)
{
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes(sizes);
    m_layout->addWidget(m_splitter, 1);
}

void ListPage::showTotal(const QString& text, qint64 total)
{
    m_count->setText(m_database ? text : QString());
    m_exportCsv->setEnabled(m_database && total > 0);
    m_exportXlsx->setEnabled(m_database && total > 0);
    m_add->setEnabled(m_database != nullptr && !isReadOnly());
}

void ListPage::readOnlyChanged()
{
    if (m_add)
        m_add->setEnabled(m_database != nullptr && !isReadOnly());
    if (!m_unmasked)
        return;
    // An unmasked export is written to the audit log, which a read-only file cannot take.
    if (isReadOnly())
        m_unmasked->setChecked(false);
    m_unmasked->setEnabled(!isReadOnly());
}

} // namespace jb::ui
