#include "ui/dashboard/BulletChart.h"

#include "ui/Localisation.h"
#include "ui/dashboard/ChartExport.h"
#include "ui/dashboard/ChartStyle.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace jb::ui {

namespace {

const int kPad = 6;
const int kBarHeight = 16;

} // namespace

BulletChart::BulletChart(const core::MetricInfo& info, QWidget* parent) : QWidget(parent), m_info(info)
{
    setObjectName(QStringLiteral("bullet_") + info.key);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_progress.metric = info.metric;
    updateToolTip();
}

void BulletChart::setProgress(const core::MetricProgress& progress)
{
    m_progress = progress;
    m_hasProgress = true;
    updateToolTip();
    update();
}

void BulletChart::clear()
{
    m_progress = core::MetricProgress();
    m_progress.metric = m_info.metric;
    m_hasProgress = false;
    updateToolTip();
    update();
}

void BulletChart::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

QString BulletChart::name() const
{
    return m_info.name.text();
}

QString BulletChart::figuresText() const
{
    // "Due by now" is rounded up: an actual figure at or above the number shown is on pace.
    if (!m_hasProgress)
        return QStringLiteral("—");
    const QString unit = m_info.unit.text();
    QString text = tr("actual %1 %2").arg(ChartStyle::number(static_cast<double>(m_progress.actual)), unit);
    if (m_progress.target) {
        text += QStringLiteral(" · ") + tr("target %1").arg(ChartStyle::number(*m_progress.target));
        if (m_progress.pace.expected)
            text += QStringLiteral(" · ") +
                    tr("due by now %1").arg(ChartStyle::number(std::ceil(*m_progress.pace.expected)));
    } else {
        text += QStringLiteral(" · ") + tr("no target");
    }
    return text;
}

QString BulletChart::statusText() const
{
    switch (m_progress.pace.status) {
    case core::PaceStatus::Green:
        return tr("On pace");
    case core::PaceStatus::Amber:
        return tr("Slightly behind pace");
    case core::PaceStatus::Red:
        return tr("Behind pace");
    case core::PaceStatus::NoTarget:
        break;
    }
    return tr("No target set for this period");
}

void BulletChart::updateToolTip()
{
    QString tip =
        QStringLiteral("<b>%1</b><br>%2").arg(name().toHtmlEscaped(), m_info.definition.text().toHtmlEscaped());
    if (m_hasProgress) {
        tip += QStringLiteral("<br><br>") + figuresText().toHtmlEscaped() + QStringLiteral("<br>") +
               statusText().toHtmlEscaped();
        if (m_progress.subUnitTargets)
            tip += QStringLiteral("<br>") +
                   tr("Sub-units' targets add up to %1").arg(ChartStyle::number(*m_progress.subUnitTargets));
    }
    tip += QStringLiteral("<br><br>") +
           tr("Click to chart this metric below; click the bar to list its records.").toHtmlEscaped();
    setToolTip(tip);
    setAccessibleName(name() + QLatin1Char(' ') + figuresText());
}

QSize BulletChart::sizeHint() const
{
    return {420, minimumSizeHint().height()};
}

QSize BulletChart::minimumSizeHint() const
{
    return {260, fontMetrics().height() + kBarHeight + 3 * kPad};
}

QRect BulletChart::barRect() const
{
    const int top = kPad + fontMetrics().height() + kPad / 2;
    return {kPad + 4, top, width() - 2 * kPad - 8, kBarHeight};
}

int BulletChart::xFor(double value, double scaleMax, const QRect& bar) const
{
    const double share = scaleMax > 0 ? std::clamp(value / scaleMax, 0.0, 1.0) : 0.0;
    return bar.left() + static_cast<int>(share * bar.width() + 0.5);
}

void BulletChart::paintEvent(QPaintEvent* /*event*/)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRect frame = rect().adjusted(0, 0, -1, -1);
    p.fillRect(rect(), m_selected ? QColor(0xe8, 0xf0, 0xfb) : palette().color(QPalette::Base));
    p.setPen(m_selected ? QColor(0x2e, 0x6d, 0xb4) : QColor(0xd5, 0xdd, 0xe8));
    p.drawRect(frame);
    if (m_selected)
        p.fillRect(QRect(0, 0, 4, height()), QColor(0x2e, 0x6d, 0xb4));
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(frame.adjusted(2, 2, -2, -2));
    }

    // First line: the name on the left, the figures on the right.
    const QFontMetrics fm = fontMetrics();
    const QRect textLine(kPad + 4, kPad / 2 + 2, width() - 2 * kPad - 8, fm.height());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    const QString title = name();
    p.drawText(textLine, Qt::AlignLeft | Qt::AlignVCenter, title);
    const int nameWidth = QFontMetrics(bold).horizontalAdvance(title) + 12;
    p.setFont(font());
    p.setPen(QColor(0x33, 0x33, 0x33));
    const QRect figuresRect = textLine.adjusted(nameWidth, 0, 0, 0);
    p.drawText(figuresRect, Qt::AlignRight | Qt::AlignVCenter,
               fm.elidedText(figuresText(), Qt::ElideLeft, figuresRect.width()));

    // Second line: the bullet. The scale reaches the larger of target and actual, so both always show.
    const QRect bar = barRect();
    p.fillRect(bar, ChartStyle::trackColour());
    if (!m_hasProgress)
        return;
    const double actual = static_cast<double>(m_progress.actual);
    const double target = m_progress.target.value_or(0.0);
    const double scaleMax = std::max({actual, target, 1.0}) * 1.04;
    const QColor status = ChartStyle::statusColour(m_progress.pace.status);
    if (m_progress.target) {
        QColor band = status;
        band.setAlpha(55);
        p.fillRect(QRect(QPoint(bar.left(), bar.top()), QPoint(xFor(target, scaleMax, bar), bar.bottom())), band);
    }
    const int inset = bar.height() / 4;
    const int actualRight = xFor(actual, scaleMax, bar);
    if (actualRight > bar.left())
        p.fillRect(QRect(QPoint(bar.left(), bar.top() + inset), QPoint(actualRight, bar.bottom() - inset)), status);
    if (m_progress.pace.expected) {
        const int x = xFor(*m_progress.pace.expected, scaleMax, bar);
        p.fillRect(QRect(x - 1, bar.top() - 3, 3, bar.height() + 6), ChartStyle::paceColour());
    }
    if (m_progress.target) {
        const int x = xFor(target, scaleMax, bar);
        p.fillRect(QRect(x - 1, bar.top() - 3, 3, bar.height() + 6), ChartStyle::targetColour());
    }
}

void BulletChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !rect().contains(event->position().toPoint())) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    emit selectRequested(m_info.key);
    if (m_hasProgress && barRect().adjusted(0, -4, 0, 4).contains(event->position().toPoint()))
        emit recordsRequested(m_info.key);
}

void BulletChart::keyPressEvent(QKeyEvent* event)
{
    // Space charts the metric, Enter also lists its records: the mouse's two clicks from the keyboard.
    switch (event->key()) {
    case Qt::Key_Space:
        emit selectRequested(m_info.key);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit selectRequested(m_info.key);
        if (m_hasProgress)
            emit recordsRequested(m_info.key);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void BulletChart::contextMenuEvent(QContextMenuEvent* event)
{
    const QString caption = name();
    ChartExport::showMenu(*this, event->globalPos(), caption, m_onError, [this](QMenu& menu) {
        QAction* list = menu.addAction(tr("List the records…"));
        list->setEnabled(m_hasProgress);
        connect(list, &QAction::triggered, this, [this] { emit recordsRequested(m_info.key); });
    });
}

} // namespace jb::ui
