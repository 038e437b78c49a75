#pragma once
// The program's own preferences (not the file's): recent files, the last file, the language, window geometry, and
// the officer's name the audit log records (core/domain/Officer.h: it belongs to the person, not to the file).
// Stored with QSettings under "JobBridge"/"jobbridge"; tests pass an INI file of their own.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace jb::ui {

class AppSettings final
{
public:
    static constexpr int kMaxRecentFiles = 8;

    // An empty `iniFile` means the user's JobBridge settings; otherwise that INI file is used.
    explicit AppSettings(const QString& iniFile = {});
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    // Most recent first, at most kMaxRecentFiles, absolute paths.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    QString lastFile() const;
    void setLastFile(const QString& path);

    // The folder a list was last imported from (the import wizard's open dialog starts there); empty at first.
    QString lastImportFolder() const;
    void setLastImportFolder(const QString& folder);

    // The officer's name (empty until given).
    QString officerName() const;
    void setOfficerName(const QString& name);

    // "zh_CN", "en", or empty to follow the system language.
    QString language() const;
    void setLanguage(const QString& language);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);

    // Where the open files' backups go: "backups" beside the settings (core/storage/Backups.h).
    QString backupsFolder() const;

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace jb::ui
