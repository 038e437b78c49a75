#pragma once
// A job fair (招聘会) as the officer records it: who organised it, when, in what form and of what kind, and the
// figures its organiser reports. What the fair brought and who came are links kept by the operations in
// FairOperations.h; the list's figures are counted from them (FairList.h). The 招聘会 page, the CLI and the
// organiser's-sheet import all go through these types.

#include "core/Message.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace jb::core {

// planned → held → closed. A fair counts in the metrics once it is held, dated by its first day.
enum class FairStatus { Planned, Held, Closed };
// Offline, online, a live-stream (直播带岗), or offline with a live-stream.
enum class FairForm { Offline, Online, Livestream, Mixed };
// What a person reached with a post at the fair: an intention (达成意向) or a contract signed on site.
enum class FairOutcome { Intention, Contract };

// Stable keys ("planned", "held", "closed"; "offline", "online", "livestream", "mixed"): stored, and used by the
// CLI and scripts.
QString fairStatusKey(FairStatus status);
std::optional<FairStatus> fairStatusFromKey(const QString& key);
QString fairFormKey(FairForm form);
std::optional<FairForm> fairFormFromKey(const QString& key);
// What the officer reads for them.
Message fairStatusName(FairStatus status);
Message fairFormName(FairForm form);
// The fair_kind reference codes: unified ("1+16+N"), industry, group, occupation, regular, campus.
const QStringList& fairKindCodes();

// The fields of a fair the officer enters (the add and edit dialogs, `jobbridge-cli fair add`).
struct FairDetails
{
    QString name;
    QDate firstDay;
    QDate lastDay;          // invalid: a one-day fair
    qint64 organiserId = 0; // any organisation of the file's tree, an industry union included
    QString coOrganisers;   // as text: "市妇联、团市委"
    FairForm form = FairForm::Offline;
    QString kindCode;            // one of fairKindCodes()
    QString venue;               // the venue, or the platform of an online fair
    QVector<qint64> keyGroupIds; // reference ids of the key groups it targets
    // Reported by the organiser, kept as reported: visits (人次), materials handed out, totals of intentions and
    // contracts for people whose names were not recorded.
    qint64 visits = 0;
    qint64 materials = 0;
    qint64 reportedIntentions = 0;
    qint64 reportedContracts = 0;
    qint64 reportedHeadcount = 0; // jobs the organiser reports when the posts are not linked (用工需求)
    QString note;

    QDate lastDayOrFirst() const { return lastDay.isValid() ? lastDay : firstDay; }
};

struct Fair
{
    qint64 id = 0;
    FairStatus status = FairStatus::Planned;
    FairDetails details;
    QString organiserName;
    QString organiserLevel; // "province", "city", "county", "industry"
};

// A problem with one field of a fair's details (field ids as in fields::fair, core/records/RecordFields.h).
struct FairIssue
{
    QString field;
    Message message;
};

} // namespace jb::core
