#pragma once
// Who is working: the name the audit log, imports, referrals, services and marks record. It belongs to the person
// at the computer, not to the file, so two officers who pass one file between their PCs (a USB stick, a shared
// folder) are told apart. The program names the officer once at start from the user's own settings (the GUI asks
// on first run and Settings changes it; the CLI reads the same settings, or $JOBBRIDGE_OFFICER); until an officer
// is named, the operating-system user is recorded.

#include <QString>

namespace jb::core {

// The key of the name in the user's settings (QSettings "JobBridge" / "jobbridge", or the GUI's own INI file).
inline const QString kOfficerNameKey = QStringLiteral("officer/name");
// Names longer than this are cut (the edit boxes stop there too).
inline constexpr int kOfficerNameMaxLength = 50;

// Names the officer of this process (empty: none named). Called at start and when the officer changes the name.
void setOfficerName(const QString& name);
// The name as named, trimmed; empty when none.
QString officerName();
// The operating-system user: USER, USERNAME or LOGNAME, else the home folder's name.
QString systemUserName();
// What is recorded: the officer's name, else the operating-system user, else "unnamed" in the officer's language.
QString currentOfficer();
// The name the user's settings hold, for a program without its own settings (the CLI): $JOBBRIDGE_OFFICER when it is
// set, else the value under kOfficerNameKey in QSettings("JobBridge", "jobbridge").
QString officerNameFromUserSettings();

} // namespace jb::core
