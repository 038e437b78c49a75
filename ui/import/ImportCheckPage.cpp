#include "ui/import/ImportCheckPage.h"

#include "core/import/ImportJob.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "ui/import/ImportCountsView.h"
#include "ui/import/ImportIssuesView.h"
#include "ui/import/ImportWizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace jb::ui {

ImportCheckPage::ImportCheckPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check every row"));
    setSubTitle(tr("Every row of the file is checked as it would be imported. Nothing has been written to the file "
                   "yet."));
    setCommitPage(true);

    auto* layout = new QVBoxLayout(this);
    auto* statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    m_retry = new QPushButton(tr("Check &again"), this);
    m_retry->setObjectName(QStringLiteral("checkAgain"));
    m_retry->hide();
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);

    auto* subUnitRow = new QHBoxLayout;
    auto* subUnitLabel = new QLabel(tr("Rows that name no &unit go to:"), this);
    m_subUnit = new QComboBox(this);
    m_subUnit->setObjectName(QStringLiteral("importSubUnit"));
    m_subUnit->setToolTip(tr("A person whose current place or household registration place names a town or park of "
                             "the file is filed there; the other rows that name no unit are filed here."));
    subUnitLabel->setBuddy(m_subUnit);
    subUnitRow->addWidget(subUnitLabel);
    subUnitRow->addWidget(m_subUnit);
    subUnitRow->addStretch(1);
    layout->addLayout(subUnitRow);
    connect(m_subUnit, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard.setSubUnit(m_subUnit->currentData().toLongLong()); });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);

    m_counts = new ImportCountsView(this);
    layout->addWidget(m_counts);
    m_issues = new ImportIssuesView(this);
    layout->addWidget(m_issues, 1);

    connect(&m_wizard, &ImportWizard::progressed, this, &ImportCheckPage::showProgress);
    connect(&m_wizard, &ImportWizard::checkFinished, this, &ImportCheckPage::showOutcome);
    connect(m_retry, &QPushButton::clicked, this, &ImportCheckPage::start);
}

void ImportCheckPage::initializePage()
{
    fillSubUnits();
    start();
}

void ImportCheckPage::fillSubUnits()
{
    // The file's own organisation first (the default), then its sub-units; the officer's choice is kept.
    const qint64 chosen = m_wizard.subUnit();
    const QSignalBlocker block(m_subUnit);
    m_subUnit->clear();
    core::OrganisationRepository organisations(m_wizard.database().connection());
    const core::Expected<core::Organisation> home = organisations.home();
    if (!home)
        return;
    m_subUnit->addItem(tr("%1 (the file's own organisation)").arg(home->name), home->id);
    if (const auto children = organisations.children(home->id))
        for (const core::Organisation& org : *children)
            if (!org.retired)
                m_subUnit->addItem(org.name, org.id);
    const int index = m_subUnit->findData(chosen);
    m_subUnit->setCurrentIndex(index >= 0 ? index : 0);
    m_wizard.setSubUnit(m_subUnit->currentData().toLongLong());
}

void ImportCheckPage::cleanupPage()
{
    // Back to the mapping: a check under way is of a mapping about to change. It writes nothing, so stopping it
    // at once is safe.
    m_wizard.stopRun();
    m_ready = false;
}

bool ImportCheckPage::isComplete() const
{
    return m_ready;
}

void ImportCheckPage::start()
{
    m_ready = false;
    m_retry->hide();
    m_counts->clear();
    m_issues->clear();
    m_issues->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_status->setStyleSheet(QString());
    if (!m_wizard.startCheck()) {
        m_status->setText(tr("The check could not start: %1").arg(m_wizard.failure()));
        m_progress->hide();
        m_retry->show();
    } else {
        m_status->setText(tr("Checking every row of the file…"));
    }
    emit completeChanged();
}

void ImportCheckPage::showProgress(qint64 done, qint64 total)
{
    if (m_wizard.stage() != ImportWizard::Stage::Checking || total <= 0)
        return;
    m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    m_status->setText(tr("Checking every row of the file… %1 of %2 read.")
                          .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void ImportCheckPage::showOutcome()
{
    m_progress->hide();
    const auto& summary = m_wizard.checkSummary();
    if (!summary) {
        m_status->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        m_status->setText(m_wizard.lastRunCancelled()
                              ? tr("The check was cancelled.")
                              : tr("The file could not be checked: %1").arg(m_wizard.failure()));
        m_retry->show();
        emit completeChanged();
        return;
    }
    m_counts->setSummary(*summary);
    m_issues->setIssues(summary->issues, m_wizard.job() ? m_wizard.job()->issuesNotListed() : 0);
    m_issues->show();
    const qint64 changes = summary->inserted + summary->updated;
    m_ready = changes > 0;
    if (m_ready) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("%n row(s) can be imported. Nothing has been written yet: press Import to import them.",
                             nullptr, static_cast<int>(changes)));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        m_status->setText(tr("No row would add or change anything, so there is nothing to import. Check the issues "
                             "below, or go back and change the matching of the columns."));
    }
    // Bytes that were not valid in the encoding became "�": say where, so a wrong encoding is noticed here.
    if (const QString warning = m_wizard.job() ? m_wizard.job()->readerWarning() : QString(); !warning.isEmpty()) {
        if (m_ready)
            m_status->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        m_status->setText(m_status->text() + QLatin1Char('\n') + warning);
    }
    emit completeChanged();
}

} // namespace jb::ui
