#include "ui/import/ImportWizard.h"

#include "core/import/ImportJob.h"
#include "core/import/reading/ColumnMapping.h"
#include "ui/import/ImportCheckPage.h"
#include "ui/import/ImportFilePage.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportPreviewPage.h"
#include "ui/import/ImportResultPage.h"
#include "ui/import/ImportRunPage.h"
#include "ui/import/ImportTask.h"

#include <QApplication>
#include <QScreen>

namespace jb::ui {

ImportWizard::ImportWizard(core::Database& database, QWidget* parent) : QWizard(parent), m_database(database)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a list"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage); // back from the result would be back into a committed import
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_task = new ImportTask(this);
    connect(m_task, &ImportTask::progressed, this, &ImportWizard::progressed);
    connect(m_task, &ImportTask::finished, this, &ImportWizard::onTaskFinished);

    setPage(FilePageId, new ImportFilePage(*this));
    setPage(PreviewPageId, new ImportPreviewPage(*this));
    setPage(MappingPageId, new ImportMappingPage(*this));
    setPage(CheckPageId, new ImportCheckPage(*this));
    setPage(RunPageId, new ImportRunPage(*this));
    setPage(ResultPageId, new ImportResultPage(*this));
    setStartId(FilePageId);

    // Big enough for a preview of a dozen columns, small enough for a 1366×768 screen.
    QSize size(1120, 700);
    if (const QScreen* screen = QApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
}

ImportWizard::~ImportWizard()
{
    // The worker uses the jobs below: it must be gone before they are.
    m_task->cancelAndWait();
}

core::Status ImportWizard::openList(const QString& path, core::ImportKind kind, const core::CsvOptions& options)
{
    stopRun();
    resetRuns();
    m_job.reset();
    m_path = path;
    m_kind = kind;
    m_options = options;
    core::ImportRequest request;
    request.filePath = path;
    request.kind = kind;
    request.csv = options;
    request.dryRun = true; // this job previews, maps and checks; the import is a second job
    auto job = std::make_unique<core::ImportJob>(m_database, request);
    if (const core::Status prepared = job->prepare(); !prepared)
        return prepared;
    m_job = std::move(job);
    return {};
}

void ImportWizard::noteFolderUsed(const QString& folder)
{
    m_startFolder = folder;
    emit folderUsed(folder);
}

void ImportWizard::setMapping(const core::ColumnMapping& mapping)
{
    if (m_job && !isBusy())
        m_job->setMapping(mapping);
}

bool ImportWizard::startCheck()
{
    if (!m_job || isBusy())
        return false;
    m_check.reset();
    m_failure.clear();
    m_lastRunCancelled = false;
    if (!m_task->start(*m_job))
        return false;
    m_stage = Stage::Checking;
    return true;
}

bool ImportWizard::startImport()
{
    if (!m_job || isBusy())
        return false;
    m_result.reset();
    m_failure.clear();
    m_lastRunCancelled = false;
    core::ImportRequest request = m_job->request();
    request.dryRun = false;
    request.subUnitId = m_subUnitId;
    auto job = std::make_unique<core::ImportJob>(m_database, request);
    if (const core::Status prepared = job->prepare(); !prepared) {
        m_failure = prepared.error();
        return false;
    }
    // The officer's mapping, not whatever prepare() guessed or re-applied for the second job.
    job->setMapping(m_job->mapping());
    m_importJob = std::move(job);
    if (!m_task->start(*m_importJob))
        return false;
    m_stage = Stage::Importing;
    return true;
}

void ImportWizard::cancelRun()
{
    if (!isBusy() || m_task->cancelRequested())
        return;
    m_task->cancel();
    emit cancelRequested();
}

void ImportWizard::stopRun()
{
    if (!isBusy())
        return;
    m_task->cancelAndWait();
    m_stage = Stage::Idle;
    m_lastRunCancelled = true;
}

void ImportWizard::onTaskFinished()
{
    const Stage finished = m_stage;
    m_stage = Stage::Idle;
    m_lastRunCancelled = m_task->wasCancelled();
    const auto& outcome = m_task->outcome();
    if (outcome && outcome->hasValue()) {
        if (finished == Stage::Checking)
            m_check = outcome->value();
        else
            m_result = outcome->value();
    } else {
        m_failure = outcome ? outcome->error() : QString();
    }

    if (finished == Stage::Importing && m_result && m_result->batchId > 0)
        emit imported(m_result->batchId);
    if (m_closeWhenStopped) {
        QWizard::reject();
        return;
    }
    if (finished == Stage::Checking)
        emit checkFinished();
    else
        emit importFinished();
}

void ImportWizard::resetRuns()
{
    m_check.reset();
    m_result.reset();
    m_importJob.reset();
    m_failure.clear();
    m_lastRunCancelled = false;
}

void ImportWizard::reject()
{
    if (isBusy()) {
        m_closeWhenStopped = true;
        cancelRun();
        return;
    }
    QWizard::reject();
}

} // namespace jb::ui
