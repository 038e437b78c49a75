#pragma once
// The field catalogue: for every record an officer edits by hand (a worker, an enterprise, a vacancy, a visit's
// demand snapshot, a monitoring flag) each field with its id, label, kind, the reference list or choices it draws
// from, whether it is required and its limits, how it is stored, and the list-import column that fills it. One
// description that the edit dialogs build their forms from, RecordChange stores by (core/editing/EditableTables.h),
// the list exports take their headings from and the tests hold the checks to. The limits themselves are
// RecordLimits.h's constants, which the checks of the editors and of the import read directly.
//
// Field ids are stable: RecordChange, the audit log and the dialogs' values name fields by them. Outside core they
// are used through the constants below (fields::worker::name, …), never spelled.

#include "core/Message.h"
#include "core/records/RecordKind.h"

#include <QString>
#include <QVector>

namespace jb::core {

// What an officer enters in a field, and so which editor a form gives it.
enum class FieldKind {
    Text,         // one line of free text
    LongText,     // a few lines (a visit's note)
    Identifier,   // text core checks and writes in one form: a resident ID, a phone number, a credit code
    Number,       // a whole number: people, years of age
    Money,        // whole yuan per month
    Amount,       // yuan owed, as reported
    Date,         // a day
    YesNo,        // a mark
    Choice,       // one of a fixed set of codes (RecordField::choices)
    Reference,    // one value of a reference list (RecordField::list)
    ReferenceSet, // any values of a reference list
    Organisation, // the home organisation or one under it
    Owner,        // the record this one belongs to (a vacancy's enterprise): set by the dialog, never typed
    Bookkeeping,  // written by core (the import batch, the creation time), never shown in a form
};

// How a field is stored: what RecordChange binds and compares (core/editing/EditableTables.h).
enum class ColumnKind {
    Text,         // NOT NULL text ('' when empty)
    OptionalText, // text or NULL (empty → NULL)
    Date,         // ISO date text, NULL when empty
    Integer,      // integer or NULL
    Real,         // real or NULL
    Flag,         // 0 / 1
    IdSet         // a set of reference ids kept in a link table (a worker's key groups, …)
};

// One code of a Choice field and what the officer sees for it.
struct FieldChoice
{
    QString code;
    Message label;
};

struct RecordField
{
    QString id;
    FieldKind kind = FieldKind::Text;
    ColumnKind storage = ColumnKind::Text;
    Message label;                // the form's label: "Employment status"
    Message heading;              // a list's column heading where it differs from the label ("Status"); see heading()
    Message hint;                 // the editor's placeholder, where the kind's own one says too little
    QString list;                 // Reference, ReferenceSet: the reference list (reference_items.list)
    QVector<FieldChoice> choices; // Choice: every code, in the order offered
    bool required = false;
    bool updatable = true; // false: only carried by an insert or a removal, so an undone removal comes back exactly
    qint64 min = 0;        // Number, Money, Amount: the range (when max > min)
    qint64 max = 0;
    int maxLength = 0;   // Text: at most this many characters (0 = no limit)
    QString importField; // the list-import field that fills it (core/import/reading/FieldCatalog.h), if any

    bool hasRange() const { return max > min; }
    // The list's and the export's column heading: `heading`, else the label.
    const Message& columnHeading() const { return heading.isEmpty() ? label : heading; }
    // The editor's placeholder: `hint`, else the kind's ("YYYY-MM-DD" for a date, "yuan per month" for money).
    Message placeholder() const;
};

// Every field of a record an officer edits by hand, in storage order; empty for any other kind. A job fair has its
// fields here too (its dialog is built from them) but is saved by core/fairs/FairRecord.h, not RecordChange, so it
// is not among editableRecordKinds().
const QVector<RecordField>& recordFields(RecordKind kind);
// One field; nullptr when `kind` has no field `id`.
const RecordField* recordField(RecordKind kind, const QString& id);
// The record kinds an officer edits by hand (those with fields).
const QVector<RecordKind>& editableRecordKinds();

// Field ids, for code outside core that must name a field (a dialog's special behaviour).
namespace fields {
namespace worker {
inline const QString org = QStringLiteral("org_id");
inline const QString name = QStringLiteral("name");
inline const QString gender = QStringLiteral("gender");
inline const QString idNumber = QStringLiteral("id_number");
inline const QString birthDate = QStringLiteral("birth_date");
inline const QString phone = QStringLiteral("phone");
inline const QString hukouPlace = QStringLiteral("hukou_place");
inline const QString currentPlace = QStringLiteral("current_place");
inline const QString employmentStatus = QStringLiteral("employment_status_id");
inline const QString returnedOn = QStringLiteral("returned_on");
inline const QString returnDestination = QStringLiteral("return_destination");
inline const QString desiredTrade = QStringLiteral("desired_trade");
inline const QString desiredPlace = QStringLiteral("desired_place");
inline const QString expectedWageMin = QStringLiteral("expected_wage_min");
inline const QString expectedWageMax = QStringLiteral("expected_wage_max");
inline const QString skillLevel = QStringLiteral("skill_level_id");
inline const QString education = QStringLiteral("education_id");
inline const QString registeredOn = QStringLiteral("registered_on");
inline const QString lastContactOn = QStringLiteral("last_contact_on");
inline const QString note = QStringLiteral("note");
inline const QString importBatch = QStringLiteral("import_batch_id");
inline const QString createdAt = QStringLiteral("created_at");
inline const QString sourceFair = QStringLiteral("source_fair_id");
inline const QString keyGroups = QStringLiteral("key_groups");
inline const QString hardships = QStringLiteral("hardships");
inline const QString serviceNeeds = QStringLiteral("service_needs");
} // namespace worker
namespace enterprise {
inline const QString org = QStringLiteral("org_id");
inline const QString name = QStringLiteral("name");
inline const QString creditCode = QStringLiteral("credit_code");
inline const QString industry = QStringLiteral("industry_id");
inline const QString address = QStringLiteral("address");
inline const QString contactName = QStringLiteral("contact_name");
inline const QString contactPhone = QStringLiteral("contact_phone");
inline const QString keyEnterprise = QStringLiteral("is_key_enterprise");
inline const QString majorProject = QStringLiteral("is_major_project");
inline const QString note = QStringLiteral("note");
inline const QString importBatch = QStringLiteral("import_batch_id");
inline const QString createdAt = QStringLiteral("created_at");
} // namespace enterprise
namespace vacancy {
inline const QString enterprise = QStringLiteral("enterprise_id");
inline const QString title = QStringLiteral("title");
inline const QString trade = QStringLiteral("trade");
inline const QString occupationGroup = QStringLiteral("occupation_group_id");
inline const QString headcount = QStringLiteral("headcount");
inline const QString wageMin = QStringLiteral("wage_min");
inline const QString wageMax = QStringLiteral("wage_max");
inline const QString wageText = QStringLiteral("wage_text");
inline const QString benefits = QStringLiteral("benefits");
inline const QString education = QStringLiteral("education_id");
inline const QString ageMin = QStringLiteral("age_min");
inline const QString ageMax = QStringLiteral("age_max");
inline const QString skillLevel = QStringLiteral("skill_level_id");
inline const QString requirements = QStringLiteral("requirements");
inline const QString workLocation = QStringLiteral("work_location");
inline const QString employmentForm = QStringLiteral("employment_form_id");
inline const QString postedOn = QStringLiteral("posted_on");
inline const QString status = QStringLiteral("status");
inline const QString closedOn = QStringLiteral("closed_on");
inline const QString importBatch = QStringLiteral("import_batch_id");
inline const QString createdAt = QStringLiteral("created_at");
inline const QString sourceFair = QStringLiteral("source_fair_id");
} // namespace vacancy
namespace snapshot {
inline const QString enterprise = QStringLiteral("enterprise_id");
inline const QString recordedOn = QStringLiteral("recorded_on");
inline const QString contactKind = QStringLiteral("contact_kind");
inline const QString planned = QStringLiteral("planned");
inline const QString hired = QStringLiteral("hired");
inline const QString gap = QStringLiteral("gap");
inline const QString officer = QStringLiteral("officer");
inline const QString note = QStringLiteral("note");
} // namespace snapshot
namespace flag {
inline const QString enterprise = QStringLiteral("enterprise_id");
inline const QString kind = QStringLiteral("kind");
inline const QString flaggedOn = QStringLiteral("flagged_on");
inline const QString resolvedOn = QStringLiteral("resolved_on");
inline const QString amount = QStringLiteral("amount_yuan");
inline const QString peopleAffected = QStringLiteral("people_affected");
inline const QString note = QStringLiteral("note");
} // namespace flag
// A service of the ledger (core/services/): the columns of every kind; ServiceKinds.h says which a kind uses.
namespace service {
inline const QString org = QStringLiteral("org_id");
inline const QString kind = QStringLiteral("service_type_id");
inline const QString worker = QStringLiteral("worker_id");
inline const QString enterprise = QStringLiteral("enterprise_id");
inline const QString providedOn = QStringLiteral("provided_on");
inline const QString endsOn = QStringLiteral("ends_on");
inline const QString subtype = QStringLiteral("subtype");
inline const QString delivery = QStringLiteral("delivery");
inline const QString completed = QStringLiteral("completed");
inline const QString employedAfter = QStringLiteral("employed_after");
inline const QString projectName = QStringLiteral("project_name");
inline const QString projectStatus = QStringLiteral("project_status");
inline const QString amount = QStringLiteral("amount_yuan");
inline const QString provinceShare = QStringLiteral("province_share");
inline const QString cityShare = QStringLiteral("city_share");
inline const QString officer = QStringLiteral("officer");
inline const QString note = QStringLiteral("note");
inline const QString createdAt = QStringLiteral("created_at");
inline const QString provider = QStringLiteral("provider");
inline const QString course = QStringLiteral("course");
inline const QString hours = QStringLiteral("hours");
inline const QString certificate = QStringLiteral("certificate");
inline const QString mentor = QStringLiteral("mentor");
inline const QString project = QStringLiteral("project_id");
inline const QString topic = QStringLiteral("topic");
inline const QString channel = QStringLiteral("channel");
inline const QString outcome = QStringLiteral("outcome");
inline const QString place = QStringLiteral("place");
inline const QString importBatch = QStringLiteral("import_batch_id");
} // namespace service
// A job fair (core/fairs/Fair.h): the ids of its dialog's fields and of the issues checkFair reports.
namespace fair {
inline const QString name = QStringLiteral("name");
inline const QString firstDay = QStringLiteral("held_on");
inline const QString lastDay = QStringLiteral("ends_on");
inline const QString organiser = QStringLiteral("org_id");
inline const QString coOrganisers = QStringLiteral("co_organisers");
inline const QString form = QStringLiteral("form");
inline const QString kind = QStringLiteral("kind_id");
inline const QString venue = QStringLiteral("venue");
inline const QString keyGroups = QStringLiteral("key_groups");
inline const QString status = QStringLiteral("status");
inline const QString visits = QStringLiteral("visits");
inline const QString materials = QStringLiteral("materials");
inline const QString reportedIntentions = QStringLiteral("reported_intentions");
inline const QString reportedContracts = QStringLiteral("reported_contracts");
inline const QString reportedHeadcount = QStringLiteral("reported_headcount");
inline const QString note = QStringLiteral("note");
} // namespace fair
} // namespace fields

} // namespace jb::core
