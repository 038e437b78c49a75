#pragma once
// The file-safety faces of the main window: the banner over the pages while a file is open read-only (another
// process has it open for writing), the dialog that refuses a damaged file and offers its newest good backup, and
// File ▸ Restore…, which lists a file's backups. The rules (what is damaged, which backup is good, how a restore
// keeps the replaced file) are core's: core/storage/Backups.h and Database.h.

#include <QDialog>
#include <QFrame>
#include <QHash>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace jb::core {
class BackgroundJob;
class Backups;
class Database;
} // namespace jb::core

namespace jb::ui {

// A yellow strip naming who has the file open for writing; hidden while this window may write.
class ReadOnlyBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget* parent = nullptr);
    // Shows the banner for a read-only file (another writer has it, or it is being checked: "checking" is then
    // true), hides it otherwise (also for null: no file).
    void showFor(const core::Database* database);
    QString text() const;

private:
    static const QString kWarningStyle;
    static const QString kCheckingStyle;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

// "This file is damaged": SQLite's finding, the newest good backup (checked with integrity_check) and a button
// to restore it beside the damaged file, which is kept.
class DamagedFileDialog final : public QDialog
{
    Q_OBJECT

public:
    DamagedFileDialog(const QString& path, const QString& refusal, const core::Backups& backups,
                      QWidget* parent = nullptr);
    // The backup offered (empty when none is good).
    const QString& offeredBackup() const { return m_backup; }

signals:
    void restoreRequested(const QString& path, const QString& backupPath);

private:
    QString m_path;
    QString m_backup;
};

// File ▸ Restore…: the open file's backups, newest first, with the time each was taken and its size. The backup
// chosen is checked (SQLite's full integrity_check, off the GUI thread) before 恢复 is offered; a damaged one is
// marked so in the list and cannot be chosen.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString& path, const core::Backups& backups, QWidget* parent = nullptr);
    ~RestoreDialog() override; // stops a check still running
    QString selectedBackup() const;
    // Whether the chosen backup's check is still running (tests wait for it).
    bool isChecking() const { return m_checking; }

signals:
    void restoreRequested(const QString& path, const QString& backupPath);

private:
    enum class Verdict { Sound, Damaged, NotChecked };
    void checkChosen();
    void showVerdict(const QString& backup, Verdict verdict);

    QString m_path;
    QListWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_checkNote = nullptr;
    QHash<QString, Verdict> m_verdicts; // by backup path, once checked
    std::unique_ptr<core::BackgroundJob> m_check;
    bool m_checking = false;
};

} // namespace jb::ui
