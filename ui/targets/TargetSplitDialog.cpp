#include "ui/targets/TargetSplitDialog.h"

#include "core/domain/MetricCatalog.h"
#include "core/storage/Database.h"
#include "core/targets/TargetRepository.h"
#include "ui/Localisation.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace jb::ui {

namespace {

enum Column { NameColumn, BasisColumn, ShareColumn, CurrentColumn };

QTableWidgetItem* readOnlyItem(const QString& text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

TargetSplitDialog::TargetSplitDialog(core::Database& database, qint64 periodId, const core::Organisation& parent,
                                     const QString& metric, core::SplitSuggestion suggestion,
                                     const QHash<qint64, double>& current, QWidget* parentWidget)
    : QDialog(parentWidget), m_database(database), m_periodId(periodId), m_metric(metric),
      m_suggestion(std::move(suggestion))
{
    setObjectName(QStringLiteral("targetSplitDialog"));
    const core::MetricInfo* info = core::findMetric(metric);
    const QString metricName = info ? info->name.text() : metric;
    setWindowTitle(tr("Split a target to the sub-units"));
    resize(720, 460);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Split \"%1\" of %2 (%3) to its %4 sub-units")
                                   .arg(metricName, parent.name, QLocale().toString(m_suggestion.total))
                                   .arg(m_suggestion.shares.size()),
                               this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* basis = new QLabel(basisText(), this);
    basis->setObjectName(QStringLiteral("splitBasis"));
    basis->setWordWrap(true);
    layout->addWidget(basis);

    m_table = new QTableWidget(static_cast<int>(m_suggestion.shares.size()), kValueColumn + 1, this);
    m_table->setObjectName(QStringLiteral("splitTable"));
    // The basis column says what it counts, so "2" is read as two enterprises, not two of anything.
    const QString basisHeader = m_suggestion.basis == core::SplitBasis::Enterprises ? tr("Enterprises")
                                : m_suggestion.basis == core::SplitBasis::Workers   ? tr("Workers")
                                                                                    : tr("Basis");
    m_table->setHorizontalHeaderLabels(
        {tr("Sub-unit"), basisHeader, tr("Share"), tr("Current target"), tr("Target to set")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    fillTable(current);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("splitTotal"));
    layout->addWidget(m_total);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("splitMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* reset = buttons->addButton(tr("Back to the suggestion"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("resetSplit"));
    QPushButton* applyButton = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    applyButton->setObjectName(QStringLiteral("applySplit"));
    applyButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(reset, &QPushButton::clicked, this, &TargetSplitDialog::resetToSuggestion);
    connect(applyButton, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &TargetSplitDialog::updateTotal);
    updateTotal();
}

QString TargetSplitDialog::basisText() const
{
    if (m_suggestion.fellBackToEqual)
        return tr("None of the sub-units has records of the kind this target is split by yet, so the suggestion "
                  "splits it equally. Change any value before applying.");
    switch (m_suggestion.basis) {
    case core::SplitBasis::Enterprises:
        return tr("Suggested in proportion to the enterprises registered in each sub-unit and the units below it. "
                  "Change any value before applying.");
    case core::SplitBasis::Workers:
        return tr("Suggested in proportion to the workers registered in each sub-unit and the units below it. "
                  "Change any value before applying.");
    case core::SplitBasis::Equal:
        break;
    }
    return tr("Suggested as an equal split: every sub-unit holds its share of fairs whatever its size. Change any "
              "value before applying.");
}

void TargetSplitDialog::fillTable(const QHash<qint64, double>& current)
{
    const QSignalBlocker blocker(m_table);
    const bool equal = m_suggestion.basis == core::SplitBasis::Equal && !m_suggestion.fellBackToEqual;
    for (int row = 0; row < m_suggestion.shares.size(); ++row) {
        const core::SplitShare& share = m_suggestion.shares.at(row);
        m_table->setItem(row, NameColumn, readOnlyItem(share.org.name, Qt::AlignLeft | Qt::AlignVCenter));
        m_table->setItem(row, BasisColumn, readOnlyItem(equal ? QStringLiteral("—") : QLocale().toString(share.basis)));
        m_table->setItem(row, ShareColumn, readOnlyItem(QLocale().toString(share.share * 100, 'f', 1) + u'%'));
        const auto it = current.constFind(share.org.id);
        m_table->setItem(row, CurrentColumn,
                         readOnlyItem(it == current.cend()
                                          ? QString()
                                          : QLocale().toString(static_cast<qint64>(std::llround(*it)))));
        auto* value = new QTableWidgetItem(QString::number(share.suggested));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, kValueColumn, value);
    }
    m_table->resizeColumnsToContents();
}

void TargetSplitDialog::resetToSuggestion()
{
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_suggestion.shares.size(); ++row)
            m_table->item(row, kValueColumn)->setText(QString::number(m_suggestion.shares.at(row).suggested));
    }
    updateTotal();
}

void TargetSplitDialog::updateTotal()
{
    double total = 0;
    bool allRead = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto parsed = core::parseTargetValue(m_table->item(row, kValueColumn)->text());
        if (parsed)
            total += parsed->value_or(0);
        else
            allRead = false;
    }
    const QString text =
        tr("Total of the values below: %1 — the organisation's own target: %2")
            .arg(QLocale().toString(static_cast<qint64>(std::llround(total))), QLocale().toString(m_suggestion.total));
    const bool matches = allRead && std::llround(total) == m_suggestion.total;
    m_total->setText(matches ? text : text + tr(" (they differ)"));
    m_total->setStyleSheet(matches ? QStringLiteral("color: #1b5e20;")
                                   : QStringLiteral("color: #9a3412; font-weight: bold;"));
}

bool TargetSplitDialog::apply()
{
    QVector<core::TargetEdit> edits;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const core::SplitShare& share = m_suggestion.shares.at(row);
        const auto parsed = core::parseTargetValue(m_table->item(row, kValueColumn)->text());
        if (!parsed) {
            m_message->setText(tr("%1: %2").arg(share.org.name, parsed.error()));
            m_message->show();
            m_table->setCurrentCell(row, kValueColumn);
            return false;
        }
        edits.append({share.org.id, m_metric, *parsed});
    }
    const auto written =
        m_writer ? m_writer(edits) : core::TargetRepository(m_database.connection()).setTargets(m_periodId, edits);
    if (!written) {
        m_message->setText(written.error());
        m_message->show();
        return false;
    }
    m_message->hide();
    emit applied(*written);
    return true;
}

} // namespace jb::ui
