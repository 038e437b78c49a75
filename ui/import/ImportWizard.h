#pragma once
// ImportWizard: one import of a CSV list, as an officer goes through it: choose the file and the list, look at
// the rows as decoded (encoding and delimiter changeable), map columns to fields, check the whole file (a dry run
// that writes nothing), import with progress and Cancel, then see the result with the error file and Undo.
// The wizard holds the import's state (the prepared ImportJob, the check, the result) and owns the worker
// thread (ImportTask); its pages only show that state. prepare() and preview() run here on the GUI thread
// because they use the file's QtSql connection; run() runs on the worker. Closing mid-run cancels, and the
// wizard closes once core has rolled back.

#include "core/Expected.h"
#include "core/import/ImportTypes.h"
#include "core/import/reading/CsvReader.h"

#include <QWizard>
#include <memory>
#include <optional>

namespace jb::core {
class ColumnMapping;
class Database;
class ImportJob;
} // namespace jb::core

namespace jb::ui {

class ImportTask;

class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, CheckPageId, RunPageId, ResultPageId };
    enum class Stage { Idle, Checking, Importing };

    explicit ImportWizard(core::Database& database, QWidget* parent = nullptr);
    ~ImportWizard() override;

    core::Database& database() const { return m_database; }

    // Opens `path` as a list of `kind` read with `options` (encoding and delimiter; automatic by default): a new
    // prepared ImportJob replaces the previous one. On failure there is no job and the message is returned.
    core::Status openList(const QString& path, core::ImportKind kind, const core::CsvOptions& options = {});
    core::ImportJob* job() const { return m_job.get(); }
    const QString& listPath() const { return m_path; }
    core::ImportKind listKind() const { return m_kind; }
    const core::CsvOptions& csvOptions() const { return m_options; }
    void setMapping(const core::ColumnMapping& mapping);

    // The folder the open dialog starts in (the last one used; empty: Documents). Choosing a file there emits
    // folderUsed with its folder, for the program's settings.
    void setStartFolder(const QString& folder) { m_startFolder = folder; }
    const QString& startFolder() const { return m_startFolder; }
    void noteFolderUsed(const QString& folder);

    // Where rows that name no organisation (nor, for people, a town) are filed: 0 for the file's home organisation.
    void setSubUnit(qint64 orgId) { m_subUnitId = orgId; }
    qint64 subUnit() const { return m_subUnitId; }

    // The dry run of job(): reads and checks every row on the worker thread; checkFinished() follows.
    bool startCheck();
    const std::optional<core::ImportSummary>& checkSummary() const { return m_check; }
    // The import itself: a second job with the same file, options and mapping, committed on the worker thread;
    // importFinished() follows.
    bool startImport();
    const std::optional<core::ImportSummary>& importSummary() const { return m_result; }
    core::ImportJob* importJob() const { return m_importJob.get(); }

    // The last check or import failed (or was cancelled): why, in words for the officer.
    const QString& failure() const { return m_failure; }
    bool lastRunCancelled() const { return m_lastRunCancelled; }

    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage != Stage::Idle; }
    // Cancels the check or import under way; its finished signal follows once core has rolled back.
    void cancelRun();
    // For teardown: cancels and waits for the worker thread (no finished signal).
    void stopRun();

    ImportTask& task() const { return *m_task; }

    // Used by the result page once ImportBatchRepository::undo() succeeded.
    void noteUndone(qint64 batchId) { emit undone(batchId); }

    // Cancel / Escape / the window's close button: a run under way is cancelled first, and the wizard closes
    // when the worker has stopped.
    void reject() override;

signals:
    void progressed(qint64 done, qint64 total);
    void cancelRequested();
    void checkFinished();
    void importFinished();
    // An import was committed to the file / undone from the result page.
    void imported(qint64 batchId);
    void undone(qint64 batchId);
    void folderUsed(const QString& folder);

private:
    void onTaskFinished();
    void resetRuns();

    core::Database& m_database;
    QString m_path;
    QString m_startFolder;
    qint64 m_subUnitId = 0;
    core::ImportKind m_kind = core::ImportKind::Workers;
    core::CsvOptions m_options;
    std::unique_ptr<core::ImportJob> m_job;
    std::unique_ptr<core::ImportJob> m_importJob;
    std::optional<core::ImportSummary> m_check;
    std::optional<core::ImportSummary> m_result;
    QString m_failure;
    bool m_lastRunCancelled = false;
    Stage m_stage = Stage::Idle;
    bool m_closeWhenStopped = false;
    ImportTask* m_task = nullptr;
};

} // namespace jb::ui
