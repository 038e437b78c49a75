#include "ui/dashboard/WarningsPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace jb::ui {

WarningsPanel::WarningsPanel(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("warningsPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    m_title = new QLabel(tr("Early warnin&g"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("warningCounts"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setToolTip(tr("Click a count to open its records on the Early warning page"));
    m_list->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));
    m_title->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit sectionRequested(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit sectionRequested(item->data(Qt::UserRole).toString()); });
    clearCounts();
}

void WarningsPanel::showCounts(const QVector<core::WarningSectionList>& counts)
{
    m_list->clear();
    for (const core::WarningSectionList& s : counts) {
        auto* item = new QListWidgetItem(tr("%1  %2").arg(s.built ? QLocale().toString(s.count) : tr("not built yet"),
                                                          core::warningSectionName(s.section).text()),
                                         m_list);
        item->setData(Qt::UserRole, core::warningSectionKey(s.section));
        if (s.built && s.count > 0) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
}

void WarningsPanel::clearCounts()
{
    m_list->clear();
}

} // namespace jb::ui
