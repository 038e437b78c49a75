#include "ui/reports/ReportsPage.h"

#include "core/domain/Clock.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/reports/MonthLock.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportMonths.h"
#include "core/storage/Database.h"
#include "documents/ReportPainter.h"
#include "documents/ReportWriter.h"
#include "ui/Localisation.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

const double kPreviewWidth = 720; // logical pixels per page

} // namespace

ReportsPage::ReportsPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("reports"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(8);
    layout->addWidget(buildControls());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("reportPreview"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea#reportPreview { background: #8a8f96; }"));
    m_pages = new QWidget(m_scroll);
    m_pages->setObjectName(QStringLiteral("reportPages"));
    m_pages->setStyleSheet(QStringLiteral("QWidget#reportPages { background: #8a8f96; }"));
    m_pagesLayout = new QVBoxLayout(m_pages);
    m_pagesLayout->setContentsMargins(16, 16, 16, 16);
    m_pagesLayout->setSpacing(16);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(m_pages);
    layout->addWidget(m_scroll, 1);

    // Another organisation has other submissions: its months are listed again (the month chosen stays).
    connect(m_org, &QComboBox::currentIndexChanged, this, [this] {
        loadMonths(monthName());
        reload();
    });
    connect(m_month, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QWidget* ReportsPage::buildControls()
{
    auto* box = new QWidget(this);
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);

    auto* top = new QHBoxLayout;
    top->addWidget(makeHeading(tr("Monthly report"), box, 1.4));
    top->addSpacing(16);
    auto addCombo = [box, top](const QString& caption, const QString& name) {
        auto* label = new QLabel(caption, box);
        auto* combo = new QComboBox(box);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaxVisibleItems(20);
        label->setBuddy(combo);
        top->addWidget(label);
        top->addWidget(combo);
        return combo;
    };
    m_org = addCombo(tr("&Organisation"), QStringLiteral("reportOrganisation"));
    top->addSpacing(8);
    m_month = addCombo(tr("&Month"), QStringLiteral("reportMonth"));
    top->addStretch(1);
    const struct
    {
        QString text;
        QString name;
        QString extension;
        QString filter;
    } exports[] = {
        {tr("Export &PDF…"), QStringLiteral("exportPdf"), QStringLiteral("pdf"), tr("PDF files (*.pdf)")},
        // X, not E: Alt+E opens the Edit menu.
        {tr("Export E&xcel…"), QStringLiteral("exportXlsx"), QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)")},
        {tr("Export &CSV…"), QStringLiteral("exportCsv"), QStringLiteral("csv"), tr("CSV files (*.csv)")},
    };
    for (const auto& e : exports) {
        auto* button = new QPushButton(e.text, box);
        button->setObjectName(e.name);
        const QString extension = e.extension;
        const QString filter = e.filter;
        connect(button, &QPushButton::clicked, this, [this, extension, filter] { askExport(extension, filter); });
        top->addWidget(button);
        m_exports << button;
    }
    rows->addLayout(top);

    auto* second = new QHBoxLayout;
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    second->addWidget(m_status);
    second->addStretch(1);
    m_submit = new QPushButton(tr("&Submit the month…"), box);
    m_submit->setObjectName(QStringLiteral("submitMonth"));
    m_submit->setToolTip(tr("Stores this report as sent upward and locks the month: later changes to its records "
                            "show as corrections in the following months' reports."));
    connect(m_submit, &QPushButton::clicked, this, &ReportsPage::askSubmit);
    second->addWidget(m_submit);
    m_unlock = new QPushButton(tr("&Unlock…"), box);
    m_unlock->setObjectName(QStringLiteral("unlockMonth"));
    m_unlock->setToolTip(tr("Unlocks a submitted month so it is counted from the records again (a reason is "
                            "required and recorded)."));
    connect(m_unlock, &QPushButton::clicked, this, &ReportsPage::askUnlock);
    second->addWidget(m_unlock);
    rows->addLayout(second);
    return box;
}

void ReportsPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    m_database = &database;
    loadSelectors();
    reload();
}

void ReportsPage::clearFile()
{
    qDeleteAll(findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly));
    m_database = nullptr;
    const QSignalBlocker blockOrg(m_org);
    const QSignalBlocker blockMonth(m_month);
    m_org->clear();
    m_month->clear();
    m_report.reset();
    m_document.reset();
    showReport();
}

void ReportsPage::loadSelectors()
{
    const qint64 previousOrg = orgId();
    const QString previousMonth = monthName();
    {
        const QSignalBlocker blockOrg(m_org);
        m_org->clear();
        const core::OrganisationRepository organisations(m_database->connection());
        const core::Expected<core::Organisation> home = organisations.home();
        if (!home) {
            showMessage(home.error(), true);
            return;
        }
        m_org->addItem(home->name, home->id);
        if (const auto children = organisations.children(home->id))
            for (const core::Organisation& child : *children)
                if (!child.retired)
                    m_org->addItem(QStringLiteral("\u3000\u3000") + child.name, child.id);
        if (!selectOrganisation(previousOrg))
            m_org->setCurrentIndex(0);
    }
    loadMonths(previousMonth);
}

void ReportsPage::loadMonths(const QString& keep)
{
    const QSignalBlocker blockMonth(m_month);
    m_month->clear();
    if (!m_database || orgId() <= 0)
        return;
    const core::Expected<core::ReportMonths> months =
        core::selectableReportMonths(m_database->connection(), orgId(), core::Clock::today());
    if (!months) {
        showMessage(months.error(), true);
        return;
    }
    for (const core::ReportMonth& month : months->months) {
        const QString name = Localisation::pick(month.label, month.name);
        m_month->addItem(month.submitted ? tr("%1 (submitted)").arg(name) : name, month.name);
    }
    if (!selectMonth(keep) && !selectMonth(months->suggested))
        m_month->setCurrentIndex(m_month->count() - 1);
}

bool ReportsPage::selectOrganisation(qint64 id)
{
    const int index = m_org->findData(id);
    if (index < 0)
        return false;
    m_org->setCurrentIndex(index);
    return true;
}

bool ReportsPage::selectMonth(const QString& name)
{
    const int index = name.isEmpty() ? -1 : m_month->findData(name);
    if (index < 0)
        return false;
    m_month->setCurrentIndex(index);
    return true;
}

QString ReportsPage::monthName() const
{
    return m_month->currentData().toString();
}

qint64 ReportsPage::orgId() const
{
    return m_org->currentData().toLongLong();
}

int ReportsPage::previewPages() const
{
    return m_pagesLayout->count();
}

void ReportsPage::reload()
{
    m_report.reset();
    m_document.reset();
    m_message->hide();
    if (m_database && orgId() > 0 && !monthName().isEmpty()) {
        core::Expected<core::MonthlyReport> built =
            core::buildMonthlyReport(m_database->connection(), orgId(), monthName(), core::Clock::today());
        if (built) {
            m_report = std::move(*built);
            m_document = report::buildReportDocument(*m_report);
        } else {
            showMessage(built.error(), true);
        }
    }
    showReport();
}

void ReportsPage::showReport()
{
    showPreview();
    updateLockState();
    for (QPushButton* button : std::as_const(m_exports))
        button->setEnabled(m_document.has_value());
}

void ReportsPage::showPreview()
{
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_document)
        return;
    const report::ReportPainter painter(*m_document);
    const double ratio = devicePixelRatioF();
    const double dpi = kPreviewWidth / (report::ReportPainter::kPageWidth / 254.0) * ratio;
    for (int i = 0; i < painter.pageCount(); ++i) {
        QImage image = painter.renderPage(i, dpi);
        image.setDevicePixelRatio(ratio);
        auto* page = new QLabel(m_pages);
        page->setObjectName(QStringLiteral("reportPage%1").arg(i + 1));
        page->setPixmap(QPixmap::fromImage(image));
        page->setStyleSheet(QStringLiteral("border: 1px solid #55595f;"));
        m_pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
    }
}

void ReportsPage::updateLockState()
{
    const bool submitted = m_report && m_report->submittedAt;
    if (!m_report) {
        m_status->clear();
    } else if (submitted) {
        const QString when = QLocale().toString(*m_report->submittedAt, QLocale::ShortFormat);
        m_status->setText(
            m_report->submittedBy.isEmpty()
                ? tr("Submitted on %1. The report shows the figures as sent.").arg(when)
                : tr("Submitted on %1 by %2. The report shows the figures as sent.").arg(when, m_report->submittedBy));
    } else {
        m_status->setText(tr("Not submitted: the figures are counted from the records as of %1.")
                              .arg(QLocale().toString(m_report->thisMonth.asOf, QLocale::ShortFormat)));
    }
    m_status->setStyleSheet(submitted ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                      : QStringLiteral("color: #555;"));
    m_submit->setEnabled(m_report && !submitted && !isReadOnly());
    m_unlock->setEnabled(submitted && !isReadOnly());
}

void ReportsPage::readOnlyChanged()
{
    m_submit->setEnabled(m_report && !m_report->submittedAt && !isReadOnly());
    m_unlock->setEnabled(m_report && m_report->submittedAt && !isReadOnly());
}

void ReportsPage::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setVisible(!message.isEmpty());
}

QString ReportsPage::defaultFileName(const QString& extension) const
{
    if (!m_report)
        return QStringLiteral("report.") + extension;
    const QString base =
        Localisation::isChinese()
            ? m_report->org.name + QLatin1Char('-') + m_report->month.label + QStringLiteral("-月报")
            : m_report->org.name + QLatin1Char('-') + m_report->month.name + QStringLiteral("-monthly-report");
    return base + QLatin1Char('.') + extension;
}

bool ReportsPage::exportTo(const QString& path)
{
    if (!m_document)
        return false;
    const core::Expected<core::ReportFormat> format = core::reportFormatForPath(path);
    const core::Status written =
        format ? report::write(*m_document, path, *format) : core::Status::failure(format.message());
    if (!written) {
        const QString message =
            tr("The report could not be written to %1: %2").arg(QDir::toNativeSeparators(path), written.error());
        showMessage(message, true);
        emit errorOccurred(message);
        return false;
    }
    showMessage(QString(), false);
    emit statusMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsPage::askExport(const QString& extension, const QString& filter)
{
    if (!m_document)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Export the monthly report"),
                                   QDir(folder).filePath(defaultFileName(extension)), filter);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(extension);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportTo(path); });
    dialog->open();
}

bool ReportsPage::submitShown()
{
    if (!m_report)
        return false;
    const qint64 org = orgId();
    const QString month = monthName();
    if (const core::Status s = core::submitMonth(m_database->connection(), org, month, core::Clock::today()); !s) {
        showMessage(s.error(), true);
        return false;
    }
    loadMonths(month);
    reload();
    emit lockChanged();
    emit statusMessage(tr("%1 %2 was submitted and locked.").arg(m_report ? m_report->org.name : QString(), month));
    return true;
}

bool ReportsPage::unlockShown(const QString& reason)
{
    if (!m_report)
        return false;
    const QString month = monthName();
    if (const core::Status s = core::unlockMonth(m_database->connection(), orgId(), month, reason); !s) {
        showMessage(s.error(), true);
        return false;
    }
    loadMonths(month);
    reload();
    emit lockChanged();
    emit statusMessage(tr("%1 %2 was unlocked.").arg(m_report ? m_report->org.name : QString(), month));
    return true;
}

void ReportsPage::askSubmit()
{
    if (!m_report || isReadOnly())
        return;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Submit the month"),
                        tr("Submit the report of %1 for %2? It is stored as sent and the month is locked; "
                           "unlocking needs a reason.")
                            .arg(m_report->org.name, Localisation::pick(m_report->month.label, m_report->month.name)),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmSubmit"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            submitShown();
    });
    box->open();
}

void ReportsPage::askUnlock()
{
    if (!m_report || !m_report->submittedAt || isReadOnly())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("unlockReason"));
    dialog->setWindowTitle(tr("Unlock the month"));
    dialog->setLabelText(tr("Why is %1 unlocked? The reason is recorded in the file's log.")
                             .arg(Localisation::pick(m_report->month.label, m_report->month.name)));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& reason) {
        if (reason.trimmed().isEmpty())
            showMessage(tr("A month is unlocked only with a reason."), true);
        else
            unlockShown(reason.trimmed());
    });
    dialog->open();
}

} // namespace jb::ui
