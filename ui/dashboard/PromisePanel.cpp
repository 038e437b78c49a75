#include "ui/dashboard/PromisePanel.h"

#include "ui/dashboard/ChartExport.h"
#include "ui/dashboard/ChartStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

PromisePanel::PromisePanel(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("promisePanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);

    m_title = new QLabel(tr("One-week promise"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    m_due = makeTile(QStringLiteral("promiseDue"), ChartStyle::statusColour(core::PaceStatus::Amber));
    m_overdue = makeTile(QStringLiteral("promiseOverdue"), ChartStyle::statusColour(core::PaceStatus::Red));
    tiles->addWidget(m_due);
    tiles->addWidget(m_overdue);
    layout->addLayout(tiles);

    m_served = new QLabel(this);
    m_served->setObjectName(QStringLiteral("promiseServed"));
    m_served->setWordWrap(true);
    m_served->setStyleSheet(QStringLiteral("color: #444;"));
    layout->addWidget(m_served);
    m_list = new QPushButton(tr("Promise &list…"), this);
    m_list->setObjectName(QStringLiteral("promiseList"));
    m_list->setToolTip(tr("Everyone the promise is about: due today, within 2 days, overdue, met late, met"));
    layout->addWidget(m_list);
    layout->addStretch(1);
    connect(m_list, &QPushButton::clicked, this, &PromisePanel::promiseListRequested);

    connect(m_due, &QPushButton::clicked, this,
            [this] { emit drillRequested(requestFor(QStringLiteral("hardship_due"))); });
    connect(m_overdue, &QPushButton::clicked, this,
            [this] { emit drillRequested(requestFor(QStringLiteral("hardship_overdue"))); });
    ChartExport::installMenu(
        *this, [this]() -> QString { return m_progress.org.name + QLatin1Char(' ') + m_title->text(); },
        [this](const QString& message) { emit errorOccurred(message); });
    clearProgress();
}

QPushButton* PromisePanel::makeTile(const QString& objectName, const QColor& colour)
{
    auto* tile = new QPushButton(this);
    tile->setObjectName(objectName);
    tile->setCursor(Qt::PointingHandCursor);
    tile->setMinimumHeight(64);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    tile->setStyleSheet(QStringLiteral("QPushButton#%1 { background: %2; color: white; border: none; "
                                       "border-radius: 4px; padding: 4px; text-align: center; }"
                                       "QPushButton#%1:disabled { background: #b8bfc8; }")
                            .arg(objectName, colour.name()));
    return tile;
}

void PromisePanel::setTile(QPushButton* tile, qint64 value, const QString& caption)
{
    tile->setText(ChartStyle::number(static_cast<double>(value)) + QLatin1Char('\n') + caption);
    tile->setProperty("value", value);
    QFont font = tile->font();
    font.setBold(true);
    tile->setFont(font);
}

void PromisePanel::showProgress(const core::Progress& progress)
{
    m_progress = progress;
    m_hasProgress = true;
    const core::PromiseFigures& promise = progress.promise;
    // The tiles are the state on the day (whatever period is chosen); the line below them follows the period.
    m_title->setText(tr("One-week promise (%1 days), as of %2")
                         .arg(QString::number(promise.promiseDays), progress.asOf.toString(Qt::ISODate)));
    setTile(m_due, promise.due, tr("now &waiting"));
    setTile(m_overdue, promise.overdue, tr("now &overdue"));
    m_due->setEnabled(true);
    m_overdue->setEnabled(true);
    m_due->setToolTip(tr("Hardship cases registered and still waiting for a first job recommendation, within the "
                         "promise days. Click to list them."));
    m_overdue->setToolTip(tr("Hardship cases still waiting for a first job recommendation after the promise days. "
                             "Click to list them."));
    m_served->setText(tr("In this period: %1 registered, %2 recommended in time, %3 late")
                          .arg(ChartStyle::number(static_cast<double>(promise.registered)),
                               ChartStyle::number(static_cast<double>(promise.servedInPromise)),
                               ChartStyle::number(static_cast<double>(promise.servedLate))));
}

void PromisePanel::clearProgress()
{
    m_progress = core::Progress();
    m_hasProgress = false;
    m_title->setText(tr("One-week promise"));
    setTile(m_due, 0, tr("now &waiting"));
    setTile(m_overdue, 0, tr("now &overdue"));
    m_due->setEnabled(false);
    m_overdue->setEnabled(false);
    m_served->clear();
}

DrillRequest PromisePanel::requestFor(const QString& figure) const
{
    const bool overdue = figure == QLatin1String("hardship_overdue");
    DrillRequest r;
    r.selection.figure = figure;
    r.selection.orgId = m_progress.org.id;
    r.selection.from = m_progress.period.start;
    r.selection.to = m_progress.asOf;
    r.figureName = overdue ? tr("One-week promise: overdue") : tr("One-week promise: waiting, still in time");
    r.orgName = m_progress.org.name;
    r.periodLabel = tr("as of %1").arg(m_progress.asOf.toString(Qt::ISODate));
    r.unit = tr("people");
    r.shownValue = static_cast<double>(overdue ? m_progress.promise.overdue : m_progress.promise.due);
    return r;
}

} // namespace jb::ui
