#include "ui/StartPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

QLabel* scaledLabel(const QString& text, QWidget* parent, qreal scale, bool bold)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

StartPanel::StartPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("start"));

    auto* column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(scaledLabel(tr("Employment assistance ledger"), this, 2.0, true));
    column->addWidget(scaledLabel(tr("Enterprise demand and worker needs lists, job fairs, referrals and services "
                                     "of a trade-union federation, kept in one file on this computer."),
                                  this, 1.1, false));
    column->addSpacing(10);

    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("&New file…"), this);
    newButton->setObjectName(QStringLiteral("startNew"));
    auto* openButton = new QPushButton(tr("&Open file…"), this);
    openButton->setObjectName(QStringLiteral("startOpen"));
    for (QPushButton* button : {newButton, openButton}) {
        button->setMinimumHeight(40);
        button->setMinimumWidth(160);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addSpacing(10);

    m_recentHeading = scaledLabel(tr("Recent files"), this, 1.1, true);
    column->addWidget(m_recentHeading);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setMaximumHeight(220);
    column->addWidget(m_recent);
    column->addStretch(1);

    // Centre a column of readable width.
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(40, 60, 40, 40);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(newButton, &QPushButton::clicked, this, &StartPanel::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPanel::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    setRecentFiles({});
}

void StartPanel::setRecentFiles(const QStringList& files)
{
    m_recent->clear();
    for (const QString& file : files) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(file).fileName(), QDir::toNativeSeparators(QFileInfo(file).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    m_recentHeading->setVisible(!files.isEmpty());
    m_recent->setVisible(!files.isEmpty());
}

} // namespace jb::ui
