#include "ui/lists/RecordDetailPanel.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jb::ui {

RecordDetailPanel::RecordDetailPanel(const QString& name, const QString& emptyHint, const QString& blankValue,
                                     QWidget* parent)
    : QWidget(parent), m_blankValue(blankValue)
{
    setObjectName(name);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(name + QStringLiteral("Heading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_heading->setFont(bold);
    m_layout->addWidget(m_heading);
    m_empty = new QLabel(emptyHint, this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_layout->addWidget(m_empty);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(name + QStringLiteral("Tabs"));
    auto* fields = new QWidget;
    m_form = new QFormLayout(fields);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_fields = new QScrollArea;
    m_fields->setWidget(fields);
    m_fields->setWidgetResizable(true);
    m_fields->setFrameShape(QFrame::NoFrame);
}

QString RecordDetailPanel::referralStageName(const QString& stage)
{
    if (stage == QLatin1String("recommended"))
        return tr("Recommended");
    if (stage == QLatin1String("interviewed"))
        return tr("Interviewed");
    if (stage == QLatin1String("intention"))
        return tr("Intention reached");
    if (stage == QLatin1String("contract"))
        return tr("Contract signed");
    if (stage == QLatin1String("stable"))
        return tr("Stable employment");
    if (stage == QLatin1String("left"))
        return tr("Left the job");
    return stage;
}

void RecordDetailPanel::addField(const QString& objectName, const QString& caption, QPushButton* button)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!button) {
        m_form->addRow(caption, value);
        return;
    }
    auto* row = new QWidget;
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(value, 1);
    h->addWidget(button);
    m_form->addRow(caption, row);
}

void RecordDetailPanel::setField(const QString& objectName, const QString& text)
{
    if (auto* label = findChild<QLabel*>(objectName))
        label->setText(text.isEmpty() ? m_blankValue : text);
}

void RecordDetailPanel::showNoRecord(const QString& heading)
{
    m_heading->setText(heading);
    m_empty->show();
    m_tabs->hide();
}

void RecordDetailPanel::showRecord(const QString& heading)
{
    m_empty->hide();
    m_tabs->show();
    m_heading->setText(heading);
}

QTreeWidget* RecordDetailPanel::makeTree(const QString& objectName, const QStringList& header, bool nested,
                                         QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(header);
    tree->setRootIsDecorated(nested);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

QString RecordDetailPanel::iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

bool RecordDetailPanel::chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace jb::ui
