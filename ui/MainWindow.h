#pragma once
// MainWindow: holds the open file and shows it: a navigation list of pages on the left, the pages on the right,
// the File and Help menus, and a start panel while no file is open. Failures are shown as message boxes, or only
// announced through errorShown when modal dialogs are switched off (tests, screenshots).

#include "core/records/RecordKind.h"

#include <QMainWindow>
#include <QSet>
#include <QVector>
#include <memory>

class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace jb::core {
class BackgroundJob;
class Backups;
class Database;
struct DatabaseStats;
class OpeningCheck;
} // namespace jb::core

namespace jb::ui {

class AppSettings;
class Page;
class ReadOnlyBanner;
class StartPanel;
class UndoActions;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` in place of the current file. On failure the current file stays open, the message is shown
    // and false is returned; the refused file is not touched (core guarantees it).
    bool openFile(const QString& path);
    // Creates a new file for the division `homeCode` at `path` and opens it.
    bool createFile(const QString& path, const QString& homeCode);
    bool saveCopyTo(const QString& target);
    void closeFile();
    // Opens the file open when the program last ran, if there was one and it still exists.
    void reopenLastFile();
    // Re-reads the record counts of the open file and shows them on every page.
    void reload();

    // File ▸ Back up now: a backup of the open file into the backups folder beside the settings.
    bool backUpNow();
    // Replaces `path` with `backupPath` (core checks the backup and keeps the replaced file), asking first when
    // dialogs are on, then opens it. The open file is closed first when it is the one replaced.
    bool restoreBackup(const QString& path, const QString& backupPath);

    // Puts back the size, position and dock layout the window had when it was last closed.
    void restoreWindow();

    core::Database* database() const { return m_database.get(); }
    // Edit ▸ Undo/Redo: every officer edit of the open file; emptied when a file is opened or closed.
    QUndoStack* undoStack() const { return m_undoStack; }

    // Pages in navigation order; their object names are stable ("dashboard", ..., "settings").
    const QVector<Page*>& pages() const { return m_pages; }
    // A page asked for by name has the open file: pages are given it when first shown (see m_fileNotShown).
    Page* page(const QString& objectName) const;
    bool showPage(const QString& objectName);
    // Shows the page that shows records of `kind` with record `id` chosen (a drill-down's row asks for this).
    void openRecord(core::RecordKind kind, qint64 id);
    // The dashboard's promise panel asked for the promise list: shows the 推荐就业 page and emits
    // promiseListShown, on which that page shows its promise tab (ui/placement/PromiseListView).
    void showPromiseList();

    // Off: failures are only emitted through errorShown, never shown in a modal box.
    void setModalDialogsEnabled(bool enabled) { m_modalDialogs = enabled; }
    // On (the GUI, not tests or screenshots): opening a writable file while the user has named no officer asks for
    // the name (once a run).
    void setAsksOfficerName(bool asks) { m_asksOfficerName = asks; }
    // Off: no daily backup on opening and none before an undo or a merge (scratch copies, screenshots). Back Up
    // Now, and the backup before a migration or a restore, are taken all the same.
    void setAutomaticBackupsEnabled(bool enabled);
    // On (the program): a file opens at once, read-only, while SQLite's checks and the day's backup run in the
    // background; it becomes writable when the quick check is sound. Off (tests, screenshots): openFile() waits
    // for the quick check and takes the day's backup before it returns; the full check still runs behind.
    // Also counts the dashboard's early warning off the GUI thread.
    void setChecksInBackground(bool enabled);
    // True while the open file is being checked (read-only, the banner says so).
    bool isCheckingFile() const;
    // Waits (blocking) until the open file's checks and backup have finished and their outcome is shown.
    void waitForFileChecks();

signals:
    void errorShown(const QString& message);
    void fileChanged();
    void promiseListShown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void addPageShortcuts();
    void focusSearch();
    QWidget* buildWorkspace();
    void addPages();
    void newFileInteractive();
    void openFileInteractive();
    void saveCopyInteractive();
    void showAbout();
    void showError(const QString& message);
    void updateRecentFiles();
    void updateTitle();
    bool adoptDatabase(std::unique_ptr<core::Database> database);
    QString startDirectory() const;
    void afterEdit();
    void showPageAt(int row);
    void giveFileLater(const core::DatabaseStats& stats);
    void giveFile(Page* page) const;
    void clearUndo();
    void askOfficerName();
    // File safety (MainWindowFileSafety.cpp): opening with the damage check, the lock and the daily backup.
    core::Backups backups() const;
    std::unique_ptr<core::Database> openGuarded(const QString& path);
    void offerBackupOfDamaged(const QString& path, const QString& refusal);
    void showOpenFailure(const QString& path, const QString& message);
    void showPageFailure(const QString& message);
    void restoreInteractive();
    void showFileSafety();
    void startChecks();
    void takeCheckReports();
    void quickCheckDone();
    void fullCheckDone();
    bool offerTakeOver();
    void startDailyBackup();
    void stopBackgroundWork();

    AppSettings& m_settings;
    std::unique_ptr<core::Database> m_database;
    QString m_homeName;
    QStackedWidget* m_central = nullptr;
    UndoActions* m_undoActions = nullptr;
    StartPanel* m_startPanel = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QVector<Page*> m_pages;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_fileActions;    // enabled only while a file is open
    QList<QAction*> m_writingActions; // enabled only while the open file may be written
    ReadOnlyBanner* m_readOnlyBanner = nullptr;
    bool m_modalDialogs = true;
    bool m_asksOfficerName = false;
    bool m_automaticBackups = true;
    bool m_checksInBackground = false;
    std::unique_ptr<core::OpeningCheck> m_check; // of the open file, while it runs and after
    bool m_quickCheckShown = false;
    bool m_fullCheckShown = false;
    std::unique_ptr<core::BackgroundJob> m_backup; // the day's backup, off the GUI thread
    QUndoStack* m_undoStack = nullptr;
    bool m_clearingUndo = false;
    QSet<Page*> m_editedWhileHidden; // pages to re-read when next shown
    // Pages not yet given the open file: a page reads the file when first shown (or asked for by name), so
    // opening a million-row file waits only for the dashboard, not for the report or the lists behind it.
    mutable QSet<Page*> m_fileNotShown;
    std::unique_ptr<core::DatabaseStats> m_openedStats; // the counts the pages are given
};

} // namespace jb::ui
