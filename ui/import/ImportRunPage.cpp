#include "ui/import/ImportRunPage.h"

#include "ui/import/ImportTask.h"
#include "ui/import/ImportWizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace jb::ui {

ImportRunPage::ImportRunPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("All rows are written together: if the import is cancelled or fails, the file stays exactly as it "
                   "was."));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_status->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_status->setFont(font);
    layout->addWidget(m_status);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMinimumHeight(24);
    layout->addWidget(m_progress);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("&Cancel the import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(&m_wizard, &ImportWizard::progressed, this, &ImportRunPage::showProgress);
    connect(&m_wizard, &ImportWizard::cancelRequested, this, &ImportRunPage::showCancelling);
    connect(&m_wizard, &ImportWizard::importFinished, this, &ImportRunPage::showOutcome);
    connect(m_cancel, &QPushButton::clicked, &m_wizard, &ImportWizard::cancelRun);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_status->setStyleSheet(QString());
    const QString file = QFileInfo(m_wizard.listPath()).fileName();
    if (!m_wizard.startImport()) {
        m_status->setStyleSheet(QStringLiteral("color: #b01e1e;"));
        m_status->setText(tr("The import could not start: %1").arg(m_wizard.failure()));
        m_progress->hide();
        m_cancel->setEnabled(false);
        return;
    }
    m_status->setText(tr("Importing %1…").arg(file));
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

void ImportRunPage::showProgress(qint64 done, qint64 total)
{
    if (m_wizard.stage() != ImportWizard::Stage::Importing || total <= 0 || m_wizard.task().cancelRequested())
        return;
    m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    m_status->setText(tr("Importing %1… %2 of %3 read.")
                          .arg(QFileInfo(m_wizard.listPath()).fileName(), QLocale().formattedDataSize(done),
                               QLocale().formattedDataSize(total)));
}

void ImportRunPage::showCancelling()
{
    if (m_wizard.stage() != ImportWizard::Stage::Importing)
        return;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: undoing what was written so far…"));
}

void ImportRunPage::showOutcome()
{
    m_cancel->setEnabled(false);
    m_progress->hide();
    if (m_wizard.importSummary()) {
        m_done = true;
        emit completeChanged();
        m_wizard.next();
        return;
    }
    m_status->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    if (m_wizard.lastRunCancelled())
        m_status->setText(tr("The import was cancelled. Nothing was written to the file."));
    else
        m_status->setText(tr("The import failed and nothing was written to the file:\n%1").arg(m_wizard.failure()));
    emit completeChanged();
}

} // namespace jb::ui
