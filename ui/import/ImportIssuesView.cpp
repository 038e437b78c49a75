#include "ui/import/ImportIssuesView.h"

#include "ui/import/IssueFilterModel.h"
#include "ui/import/IssueTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace jb::ui {

ImportIssuesView::ImportIssuesView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("issuesView"));
    m_model = new IssueTableModel(this);
    m_filter = new IssueFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Show issues:"), this);
    bar->addWidget(label);
    m_reasons = new QComboBox(this);
    m_reasons->setObjectName(QStringLiteral("reasonFilter"));
    m_reasons->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_reasons);
    bar->addWidget(m_reasons);
    bar->addStretch(1);
    m_notListed = new QLabel(this);
    m_notListed->setObjectName(QStringLiteral("issuesNotListed"));
    m_notListed->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    bar->addWidget(m_notListed);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("issueTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IssueTableModel::LineColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(IssueTableModel::LineColumn, 64);
    header->resizeSection(IssueTableModel::FileColumnColumn, 110);
    header->resizeSection(IssueTableModel::ValueColumn, 170);
    header->resizeSection(IssueTableModel::OutcomeColumn, 150);
    layout->addWidget(m_table, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("issueDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing() + 4);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_detail);

    m_none = new QLabel(tr("No issues: every row can be imported as it is."), this);
    m_none->setObjectName(QStringLiteral("noIssues"));
    m_none->hide();
    layout->addWidget(m_none);

    connect(m_reasons, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setReasonCode(m_reasons->currentData().toString());
        showDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportIssuesView::showDetail);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ImportIssuesView::showDetail);
}

void ImportIssuesView::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->setText(m_filter->rowCount() > 0 ? tr("Select a row to read the whole reason.") : QString());
        return;
    }
    // Core's message already names the column and the value.
    const auto at = [&](int column) { return current.siblingAtColumn(column).data().toString(); };
    m_detail->setText(tr("Line %1: %2").arg(at(IssueTableModel::LineColumn), at(IssueTableModel::ReasonColumn)));
}

void ImportIssuesView::setIssues(const QVector<core::ImportIssue>& issues, qint64 notListed)
{
    m_model->setIssues(issues);
    QMap<QString, qint64> counts;
    for (const core::ImportIssue& issue : issues)
        ++counts[issue.code];
    QVector<std::pair<QString, qint64>> ordered(counts.keyValueBegin(), counts.keyValueEnd());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.second > b.second; });

    const QSignalBlocker blocker(m_reasons);
    m_reasons->clear();
    m_reasons->addItem(tr("All reasons (%1)").arg(QLocale().toString(static_cast<qint64>(issues.size()))), QString());
    for (const auto& [code, count] : ordered)
        m_reasons->addItem(tr("%1 (%2)").arg(IssueTableModel::reasonName(code), QLocale().toString(count)), code);
    m_reasons->setCurrentIndex(0);
    m_filter->setReasonCode(QString());

    m_notListed->setText(
        tr("Only the first %1 issues are listed; %2 more are in the error file.")
            .arg(QLocale().toString(static_cast<qint64>(issues.size())), QLocale().toString(notListed)));
    m_notListed->setVisible(notListed > 0);

    const bool any = !issues.isEmpty();
    m_reasons->setEnabled(any);
    m_table->setVisible(any);
    m_detail->setVisible(any);
    m_none->setVisible(!any);
    showDetail();
}

void ImportIssuesView::clear()
{
    setIssues({});
}

bool ImportIssuesView::showReason(const QString& code)
{
    const int index = m_reasons->findData(code);
    if (index < 0)
        return false;
    m_reasons->setCurrentIndex(index);
    return true;
}

} // namespace jb::ui
