#pragma once
// The vocabulary shared by every stage of an import: which list, what went wrong on which row (with the reason
// codes the CLI's JSON and the error file use), and the counts an officer sees at the end.

#include "core/Message.h"

#include <QString>
#include <QVector>
#include <optional>

namespace jb::core {

// Fair: a fair organiser's sign-in / intention sheet (签到表、意向登记表), imported into one fair
// (ImportRequest::fairId).
// Services: a roster of services given (a training class list, an insurance list), each row a person already on the
// worker list (ImportRequest::serviceKind says which kind of service).
enum class ImportKind { Workers, Vacancies, Fair, Services };
QString importKindKey(ImportKind kind); // "workers", "vacancies", "fair", "services"
std::optional<ImportKind> importKindFromKey(const QString& key);

// Reason codes (stable: scripts and error files use them).
namespace reason {
// rejected: the row is not imported
inline const QString missingRequired = QStringLiteral("missing_required");
inline const QString idInvalid = QStringLiteral("id_invalid");
inline const QString idChecksum = QStringLiteral("id_checksum");
inline const QString idExcelDamaged = QStringLiteral("id_excel_damaged");
// warning: the row is imported with that field empty (or as noted)
inline const QString phoneInvalid = QStringLiteral("phone_invalid");
inline const QString dateInvalid = QStringLiteral("date_invalid");
inline const QString genderMismatch = QStringLiteral("gender_mismatch");
inline const QString usccChecksum = QStringLiteral("uscc_checksum");
inline const QString valueUnrecognised = QStringLiteral("value_unrecognised");
inline const QString duplicateInFile = QStringLiteral("duplicate_in_file");
// fair sheets: an intention whose enterprise is not in the list (the person is kept as an attendee), a post named
// but not found (added to the enterprise), an intention already recorded (not repeated)
inline const QString enterpriseNotFound = QStringLiteral("enterprise_not_found");
inline const QString postAdded = QStringLiteral("post_added");
inline const QString intentionRecorded = QStringLiteral("intention_recorded");
// service rosters: the ID number is not on the worker list (rejected), the service is already recorded (not
// repeated), a value the kind does not record (left out)
inline const QString personNotFound = QStringLiteral("person_not_found");
inline const QString serviceRecorded = QStringLiteral("service_recorded");
// skipped
inline const QString emptyRow = QStringLiteral("empty_row");
} // namespace reason

enum class IssueSeverity { Rejected, Warning, Skipped };
QString severityKey(IssueSeverity severity); // "rejected", "warning", "skipped"

struct ImportIssue
{
    qint64 line = 0; // physical line in the file where the row starts (what an editor shows)
    QString column;  // the header text of the column, as in the file; empty for whole-row issues
    QString value;   // the original cell text
    QString code;    // a reason:: code
    Message message; // what is wrong and how to fix it, shown in the chosen language
    IssueSeverity severity = IssueSeverity::Warning;
    // message.text(), rendered once by the import that found the issue: the error file, the summary and the CLI
    // share it, so a file with a million warnings renders each one once. Empty on an issue built elsewhere.
    QString text;

    QString shownText() const { return text.isEmpty() ? message.text() : text; }
};

struct ImportSummary
{
    QString encoding;  // "GB18030", "UTF-8", "UTF-8 (BOM)"
    QString delimiter; // ",", ";", "\t", "|"
    qint64 headerLine = 0;
    qint64 rowsRead = 0; // data rows read (blank rows not included)
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0; // rows
    qint64 warnings = 0; // warning issues
    qint64 skippedEmpty = 0;
    qint64 batchId = 0; // 0 for a dry run
    // A fair sheet only: people added to the worker list, people already on it linked to the fair, intentions and
    // contracts recorded by this import (rows that repeat one already recorded are not counted).
    qint64 fairId = 0;
    qint64 peopleAdded = 0;
    qint64 peopleLinked = 0;
    qint64 intentions = 0;
    qint64 contracts = 0;
    bool dryRun = false;
    QVector<ImportIssue> issues;
};

} // namespace jb::core
