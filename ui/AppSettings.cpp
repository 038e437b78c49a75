#include "ui/AppSettings.h"

#include "core/domain/Officer.h"
#include "core/storage/Backups.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace jb::ui {

namespace {

// Every key in one place.
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastFile = QStringLiteral("files/last");
const QString kLastImportFolder = QStringLiteral("files/lastImportFolder");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(iniFile.isEmpty()
                     ? std::make_unique<QSettings>(QStringLiteral("JobBridge"), QStringLiteral("jobbridge"))
                     : std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::officerName() const
{
    return m_settings->value(core::kOfficerNameKey).toString().trimmed();
}

void AppSettings::setOfficerName(const QString& name)
{
    m_settings->setValue(core::kOfficerNameKey, name.trimmed().left(core::kOfficerNameMaxLength));
}

QString AppSettings::backupsFolder() const
{
    // The user's settings use core's default (which $JOBBRIDGE_BACKUP_DIR may move); an INI file of its own
    // (tests, a portable install) keeps its backups beside it.
    if (m_settings->format() != QSettings::IniFormat)
        return core::Backups::defaultRoot();
    return QFileInfo(m_settings->fileName()).absolutePath() + QStringLiteral("/backups");
}

QStringList AppSettings::recentFiles() const
{
    QStringList files = m_settings->value(kRecentFiles).toStringList();
    files.removeAll(QString());
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    return files;
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString file = normalised(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecentFiles, files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(normalised(path));
    m_settings->setValue(kRecentFiles, files);
}

QString AppSettings::lastFile() const
{
    return m_settings->value(kLastFile).toString();
}

void AppSettings::setLastFile(const QString& path)
{
    m_settings->setValue(kLastFile, path.isEmpty() ? QString() : normalised(path));
}

QString AppSettings::lastImportFolder() const
{
    return m_settings->value(kLastImportFolder).toString();
}

void AppSettings::setLastImportFolder(const QString& folder)
{
    m_settings->setValue(kLastImportFolder, folder.isEmpty() ? QString() : normalised(folder));
}

QString AppSettings::language() const
{
    const QString language = m_settings->value(kLanguage).toString();
    if (language == QLatin1String("zh_CN") || language == QLatin1String("en"))
        return language;
    return {};
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    m_settings->setValue(kGeometry, geometry);
    m_settings->setValue(kState, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace jb::ui
