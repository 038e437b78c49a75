#include "core/domain/Officer.h"

#include "core/Message.h"

#include <QDir>
#include <QMutex>
#include <QSettings>

namespace jb::core {

namespace {

QMutex& nameLock()
{
    static QMutex lock;
    return lock;
}

QString& namedOfficer()
{
    static QString name;
    return name;
}

} // namespace

void setOfficerName(const QString& name)
{
    const QMutexLocker locker(&nameLock());
    namedOfficer() = name.trimmed().left(kOfficerNameMaxLength);
}

QString officerName()
{
    const QMutexLocker locker(&nameLock());
    return namedOfficer();
}

QString systemUserName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString user = qEnvironmentVariable(variable).trimmed(); !user.isEmpty())
            return user;
    return QDir::home().dirName();
}

QString currentOfficer()
{
    if (const QString named = officerName(); !named.isEmpty())
        return named;
    const QString user = systemUserName();
    // Stored in the audit log in the language of the officer who made the change.
    return user.isEmpty() ? JB_TR("Storage", "unnamed").text() : user;
}

QString officerNameFromUserSettings()
{
    if (qEnvironmentVariableIsSet("JOBBRIDGE_OFFICER"))
        return qEnvironmentVariable("JOBBRIDGE_OFFICER").trimmed();
    return QSettings(QStringLiteral("JobBridge"), QStringLiteral("jobbridge"))
        .value(kOfficerNameKey)
        .toString()
        .trimmed();
}

} // namespace jb::core
