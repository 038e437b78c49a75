#include "ui/import/ImportPreviewPage.h"

#include "core/import/ImportJob.h"
#include "ui/import/ImportWizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace jb::ui {

namespace {

using Encoding = core::CsvOptions::Encoding;

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportPreviewPage::tr("comma");
    case u';':
        return ImportPreviewPage::tr("semicolon");
    case u'\t':
        return ImportPreviewPage::tr("tab");
    case u'|':
        return ImportPreviewPage::tr("vertical bar");
    default:
        return QStringLiteral("“%1”").arg(delimiter);
    }
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("These are the first rows as JobBridge reads them. If the Chinese text is garbled, choose the "
                   "other encoding; if the columns run together, choose the delimiter."));

    auto* layout = new QVBoxLayout(this);
    auto* options = new QHBoxLayout;
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect automatically"), static_cast<int>(Encoding::Auto));
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(Encoding::Utf8));
    m_encoding->addItem(tr("GB18030 (GBK, Chinese Excel)"), static_cast<int>(Encoding::Gb18030));
    encodingLabel->setBuddy(m_encoding);
    options->addWidget(encodingLabel);
    options->addWidget(m_encoding);
    options->addSpacing(24);

    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Detect automatically"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    delimiterLabel->setBuddy(m_delimiter);
    options->addWidget(delimiterLabel);
    options->addWidget(m_delimiter);
    options->addStretch(1);
    layout->addLayout(options);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("previewFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reread);
}

void ImportPreviewPage::initializePage()
{
    // Show the choices the current job was opened with (automatic after the first page).
    const core::CsvOptions& options = m_wizard.csvOptions();
    const QSignalBlocker encodingBlocker(m_encoding);
    const QSignalBlocker delimiterBlocker(m_delimiter);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(static_cast<int>(options.encoding))));
    m_delimiter->setCurrentIndex(
        std::max(0, m_delimiter->findData(options.delimiter.isNull() ? QString() : QString(options.delimiter))));
    showJob();
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard.job() != nullptr && m_error->isHidden();
}

void ImportPreviewPage::reread()
{
    // ImportJob decides encoding and delimiter in prepare(): another choice means another job.
    core::CsvOptions options = m_wizard.csvOptions();
    options.encoding = static_cast<Encoding>(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    if (const core::Status opened = m_wizard.openList(m_wizard.listPath(), m_wizard.listKind(), options); !opened) {
        showError(opened.error());
        return;
    }
    showJob();
}

void ImportPreviewPage::showError(const QString& message)
{
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_facts->clear();
    m_error->setText(message);
    m_error->show();
    emit completeChanged();
}

void ImportPreviewPage::showJob()
{
    core::ImportJob* job = m_wizard.job();
    if (!job) {
        showError(tr("The file is not open."));
        return;
    }
    const auto rows = job->preview(kPreviewRows);
    if (!rows) {
        showError(rows.error());
        return;
    }
    m_error->hide();
    const QStringList header = job->header();
    m_facts->setText(tr("Read as %1, %2-separated. The header is on line %3; below are the first %n data row(s).",
                        nullptr, static_cast<int>(rows->size()))
                         .arg(job->encodingName(), delimiterName(job->delimiter()))
                         .arg(job->headerLine()));

    int columns = static_cast<int>(header.size());
    for (const core::CsvRecord& record : *rows)
        columns = std::max(columns, static_cast<int>(record.fields.size()));
    m_table->clear();
    m_table->setColumnCount(columns);
    m_table->setRowCount(static_cast<int>(rows->size()));
    QStringList labels = header;
    while (labels.size() < columns)
        labels << QString();
    m_table->setHorizontalHeaderLabels(labels);
    QStringList lines;
    for (int row = 0; row < rows->size(); ++row) {
        const core::CsvRecord& record = rows->at(row);
        lines << QString::number(record.line);
        for (int column = 0; column < record.fields.size(); ++column) {
            auto* item = new QTableWidgetItem(record.fields.at(column));
            item->setToolTip(record.fields.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < columns; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    emit completeChanged();
}

} // namespace jb::ui
