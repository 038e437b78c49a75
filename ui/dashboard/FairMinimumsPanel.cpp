#include "ui/dashboard/FairMinimumsPanel.h"

#include "core/fairs/FairMinimums.h"
#include "ui/dashboard/ProgressChartView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

QString doneText(const core::FairMinimumFigures& f)
{
    if (!f.minimum || *f.minimum <= 0)
        return QString();
    return QLocale().toString(100.0 * static_cast<double>(f.held) / *f.minimum, 'f', 1) + QLatin1Char('%');
}

} // namespace

FairMinimumsPanel::FairMinimumsPanel(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("fairMinimumsPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("fairMinimumsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("fairMinimumsTable"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Unit"), tr("Fairs held"), tr("Minimum"), tr("Done %")});
    m_table->header()->setSectionResizeMode(Unit, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    for (int c = Held; c < Count; ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table);

    auto* note = new QLabel(tr("Minimums are the job fair targets set for each organisation; a city or province file "
                               "counts its children's fairs from the packages they sent."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #666;"));
    layout->addWidget(note);
    clearProgress();
}

void FairMinimumsPanel::showProgress(const core::Progress& progress)
{
    m_table->clear();
    const std::optional<core::FairMinimums> minimums = core::fairMinimums(progress);
    if (!minimums) {
        hide();
        return;
    }
    m_title->setText(tr("Fairs held against each organiser's minimum, %1")
                         .arg(ProgressChartView::periodText(progress.period, progress.asOf)));
    for (const core::FairMinimumRow& row : minimums->rows) {
        const QString unit = row.whole ? tr("%1 (all)").arg(row.org.name) : row.org.name;
        auto* item = new QTreeWidgetItem(
            m_table, {unit, QLocale().toString(row.period.held),
                      row.period.minimum ? QLocale().toString(*row.period.minimum) : QString(), doneText(row.period)});
        for (int c = Held; c < Count; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (row.whole) {
            QFont bold = item->font(Unit);
            bold.setBold(true);
            for (int c = Unit; c < Count; ++c)
                item->setFont(c, bold);
        }
    }
    // Every row in view: the dashboard scrolls as a whole.
    const int rowHeight = m_table->sizeHintForRow(0);
    m_table->setFixedHeight(m_table->header()->sizeHint().height() + rowHeight * m_table->topLevelItemCount() +
                            2 * m_table->frameWidth() + 2);
    show();
}

void FairMinimumsPanel::clearProgress()
{
    m_table->clear();
    m_title->clear();
    hide();
}

} // namespace jb::ui
