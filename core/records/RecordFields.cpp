// The field catalogue's data. Labels are the edit forms' words (context "Editing"); headings are the list and
// export column titles where they differ (context "Lists"). Each record's table is data, one field a line or two.

#include "core/records/RecordFields.h"

#include "core/records/RecordLimits.h"

namespace jb::core {

namespace {

using K = FieldKind;
using S = ColumnKind;

// Builds one catalogue entry a modifier at a time, so each line of the tables reads as a sentence.
class Field final
{
public:
    Field(const QString& id, FieldKind kind, ColumnKind storage, const Message& label)
    {
        m.id = id;
        m.kind = kind;
        m.storage = storage;
        m.label = label;
    }
    Field& required()
    {
        m.required = true;
        return *this;
    }
    Field& fixed()
    {
        m.updatable = false;
        return *this;
    }
    Field& range(qint64 min, qint64 max)
    {
        m.min = min;
        m.max = max;
        return *this;
    }
    Field& length(int max)
    {
        m.maxLength = max;
        return *this;
    }
    Field& list(const char* list)
    {
        m.list = QString::fromLatin1(list);
        return *this;
    }
    Field& choices(const QVector<FieldChoice>& choices)
    {
        m.choices = choices;
        return *this;
    }
    Field& heading(const Message& heading)
    {
        m.heading = heading;
        return *this;
    }
    Field& hint(const Message& hint)
    {
        m.hint = hint;
        return *this;
    }
    Field& from(const char* importField)
    {
        m.importField = QString::fromLatin1(importField);
        return *this;
    }
    operator RecordField() const { return m; }

private:
    RecordField m;
};

Field bookkeeping(const QString& id, ColumnKind storage)
{
    return Field(id, K::Bookkeeping, storage, Message()).fixed();
}

const Message& phoneHint()
{
    static const Message hint = JB_TR("Editing", "Mobile or landline with area code");
    return hint;
}

QVector<RecordField> workerFields()
{
    namespace f = fields::worker;
    using namespace limits;
    return {
        Field(f::org, K::Organisation, S::Integer, JB_TR("Editing", "Organisation")).required().from("org"),
        Field(f::name, K::Text, S::Text, JB_TR("Editing", "Name")).required().length(kPersonNameLength).from("name"),
        Field(f::gender, K::Choice, S::OptionalText, JB_TR("Editing", "Gender"))
            .choices(
                {{QStringLiteral("M"), JB_TR("Editing", "Male")}, {QStringLiteral("F"), JB_TR("Editing", "Female")}})
            .from("gender"),
        Field(f::idNumber, K::Identifier, S::OptionalText, JB_TR("Editing", "Resident ID"))
            .heading(JB_TR("Lists", "ID number"))
            .hint(JB_TR("Editing", "18 characters; a 15-digit old number is upgraded"))
            .from("id_number"),
        Field(f::birthDate, K::Date, S::Date, JB_TR("Editing", "Birth date")),
        Field(f::phone, K::Identifier, S::Text, JB_TR("Editing", "Phone"))
            .heading(JB_TR("Lists", "Phone"))
            .hint(phoneHint())
            .from("phone"),
        Field(f::hukouPlace, K::Text, S::Text, JB_TR("Editing", "Household registration")).from("hukou_place"),
        Field(f::currentPlace, K::Text, S::Text, JB_TR("Editing", "Lives in")).from("current_place"),
        Field(f::employmentStatus, K::Reference, S::Integer, JB_TR("Editing", "Employment status"))
            .list("employment_status")
            .from("employment_status"),
        Field(f::returnedOn, K::Date, S::Date, JB_TR("Editing", "Returned to work on")).from("returned_on"),
        Field(f::returnDestination, K::Choice, S::OptionalText, JB_TR("Editing", "Return destination"))
            .choices({{QStringLiteral("in_province"), JB_TR("Editing", "In the province")},
                      {QStringLiteral("out_of_province"), JB_TR("Editing", "Outside the province")}})
            .from("return_destination"),
        Field(f::desiredTrade, K::Text, S::Text, JB_TR("Editing", "Desired trade"))
            .heading(JB_TR("Lists", "Desired trade"))
            .from("desired_trade"),
        Field(f::desiredPlace, K::Text, S::Text, JB_TR("Editing", "Desired place")).from("desired_place"),
        Field(f::expectedWageMin, K::Money, S::Integer, JB_TR("Editing", "Expected wage from"))
            .range(kWageMin, kWageMax)
            .from("expected_wage"),
        Field(f::expectedWageMax, K::Money, S::Integer, JB_TR("Editing", "Expected wage to"))
            .range(kWageMin, kWageMax)
            .from("expected_wage"),
        Field(f::skillLevel, K::Reference, S::Integer, JB_TR("Editing", "Skill level"))
            .list("skill_level")
            .from("skill_level"),
        Field(f::education, K::Reference, S::Integer, JB_TR("Editing", "Education"))
            .list("education")
            .from("education"),
        Field(f::registeredOn, K::Date, S::Date, JB_TR("Editing", "Registered on"))
            .required()
            .heading(JB_TR("Lists", "Registered"))
            .from("registered_on"),
        Field(f::lastContactOn, K::Date, S::Date, JB_TR("Editing", "Last contact")).from("last_contact_on"),
        Field(f::note, K::Text, S::Text, JB_TR("Editing", "Note")).from("note"),
        bookkeeping(f::importBatch, S::Integer),
        bookkeeping(f::createdAt, S::OptionalText),
        bookkeeping(f::sourceFair, S::Integer), // the fair it was first recorded at (core/fairs)
        Field(f::keyGroups, K::ReferenceSet, S::IdSet, JB_TR("Editing", "Key groups"))
            .list("key_group")
            .from("key_groups"),
        Field(f::hardships, K::ReferenceSet, S::IdSet, JB_TR("Editing", "Hardship categories"))
            .list("hardship_category")
            .from("hardships"),
        Field(f::serviceNeeds, K::ReferenceSet, S::IdSet, JB_TR("Editing", "Service needs"))
            .list("service_type")
            .from("service_needs"),
    };
}

// An enterprise is filled by the vacancy list's import: each row names its enterprise.
QVector<RecordField> enterpriseFields()
{
    namespace f = fields::enterprise;
    return {
        Field(f::org, K::Organisation, S::Integer, JB_TR("Editing", "Organisation"))
            .required()
            .heading(JB_TR("Lists", "County / town"))
            .from("org"),
        Field(f::name, K::Text, S::Text, JB_TR("Editing", "Enterprise name"))
            .required()
            .length(limits::kEnterpriseNameLength)
            .heading(JB_TR("Lists", "Enterprise"))
            .from("enterprise_name"),
        Field(f::creditCode, K::Identifier, S::OptionalText, JB_TR("Editing", "Unified social credit code"))
            .heading(JB_TR("Lists", "Credit code"))
            .hint(JB_TR("Editing", "18 characters"))
            .from("credit_code"),
        Field(f::industry, K::Reference, S::Integer, JB_TR("Editing", "Industry")).list("industry").from("industry"),
        Field(f::address, K::Text, S::Text, JB_TR("Editing", "Address")).from("address"),
        Field(f::contactName, K::Text, S::Text, JB_TR("Editing", "Contact person"))
            .heading(JB_TR("Lists", "Contact"))
            .from("contact_name"),
        Field(f::contactPhone, K::Identifier, S::Text, JB_TR("Editing", "Contact phone"))
            .hint(phoneHint())
            .from("contact_phone"),
        Field(f::keyEnterprise, K::YesNo, S::Flag, JB_TR("Editing", "Key enterprise")).from("key_enterprise"),
        Field(f::majorProject, K::YesNo, S::Flag, JB_TR("Editing", "Major project")),
        Field(f::note, K::Text, S::Text, JB_TR("Editing", "Note")),
        bookkeeping(f::importBatch, S::Integer),
        bookkeeping(f::createdAt, S::OptionalText),
    };
}

QVector<RecordField> vacancyFields()
{
    namespace f = fields::vacancy;
    using namespace limits;
    return {
        Field(f::enterprise, K::Owner, S::Integer, JB_TR("Editing", "Enterprise")).required(),
        Field(f::title, K::Text, S::Text, JB_TR("Editing", "Vacancy title"))
            .required()
            .length(kVacancyTitleLength)
            .heading(JB_TR("Lists", "Vacancy"))
            .from("title"),
        Field(f::trade, K::Text, S::Text, JB_TR("Editing", "Trade")).from("trade"),
        Field(f::occupationGroup, K::Reference, S::Integer, JB_TR("Editing", "Occupation group"))
            .list("occupation_group")
            .heading(JB_TR("Lists", "Occupation group"))
            .from("occupation_group"),
        Field(f::headcount, K::Number, S::Integer, JB_TR("Editing", "Headcount wanted"))
            .required()
            .range(0, kHeadcountMax)
            .heading(JB_TR("Lists", "Headcount"))
            .from("headcount"),
        // The lists show the wage range in one column, under the lower bound's heading.
        Field(f::wageMin, K::Money, S::Integer, JB_TR("Editing", "Wage from"))
            .range(kWageMin, kWageMax)
            .heading(JB_TR("Lists", "Wage (yuan/month)"))
            .from("wage"),
        Field(f::wageMax, K::Money, S::Integer, JB_TR("Editing", "Wage to")).range(kWageMin, kWageMax).from("wage"),
        Field(f::wageText, K::Text, S::Text, JB_TR("Editing", "Wage as written"))
            .hint(JB_TR("Editing", "as written, e.g. 面议"))
            .from("wage"),
        Field(f::benefits, K::Text, S::Text, JB_TR("Editing", "Benefits")).from("benefits"),
        Field(f::education, K::Reference, S::Integer, JB_TR("Editing", "Education required"))
            .list("education")
            .heading(JB_TR("Lists", "Education"))
            .from("education"),
        // The age range likewise, under the lower bound's heading.
        Field(f::ageMin, K::Number, S::Integer, JB_TR("Editing", "Age from"))
            .range(kAgeMin, kAgeMax)
            .heading(JB_TR("Lists", "Age required"))
            .from("age_range"),
        Field(f::ageMax, K::Number, S::Integer, JB_TR("Editing", "Age to")).range(kAgeMin, kAgeMax).from("age_range"),
        Field(f::skillLevel, K::Reference, S::Integer, JB_TR("Editing", "Skill required"))
            .list("skill_level")
            .heading(JB_TR("Lists", "Skill level"))
            .from("skill_level"),
        Field(f::requirements, K::Text, S::Text, JB_TR("Editing", "Other requirements")).from("requirements"),
        Field(f::workLocation, K::Text, S::Text, JB_TR("Editing", "Work location")).from("work_location"),
        Field(f::employmentForm, K::Reference, S::Integer, JB_TR("Editing", "Employment form"))
            .list("employment_form")
            .from("employment_form"),
        Field(f::postedOn, K::Date, S::Date, JB_TR("Editing", "Posted on"))
            .required()
            .heading(JB_TR("Lists", "Posted"))
            .from("posted_on"),
        Field(f::status, K::Choice, S::Text, JB_TR("Editing", "Status"))
            .required()
            .choices({{QStringLiteral("open"), JB_TR("Editing", "Open")},
                      {QStringLiteral("filled"), JB_TR("Editing", "Filled")},
                      {QStringLiteral("closed"), JB_TR("Editing", "Closed")}})
            .from("status"),
        Field(f::closedOn, K::Date, S::Date, JB_TR("Editing", "Closed on")), bookkeeping(f::importBatch, S::Integer),
        bookkeeping(f::createdAt, S::OptionalText),
        bookkeeping(f::sourceFair, S::Integer), // the fair it was first recorded at (core/fairs)
    };
}

QVector<RecordField> snapshotFields()
{
    namespace f = fields::snapshot;
    const qint64 most = limits::kPeopleMax;
    return {
        Field(f::enterprise, K::Owner, S::Integer, JB_TR("Editing", "Enterprise")).required(),
        Field(f::recordedOn, K::Date, S::Date, JB_TR("Editing", "Date")).required(),
        Field(f::contactKind, K::Choice, S::Text, JB_TR("Editing", "Contact"))
            .required()
            .choices({{QStringLiteral("visit"), JB_TR("Editing", "Visit")},
                      {QStringLiteral("call"), JB_TR("Editing", "Phone call")},
                      {QStringLiteral("fair"), JB_TR("Editing", "Job fair")},
                      {QStringLiteral("other"), JB_TR("Editing", "Other")}}),
        Field(f::planned, K::Number, S::Integer, JB_TR("Editing", "Hiring plan (people)")).range(0, most),
        Field(f::hired, K::Number, S::Integer, JB_TR("Editing", "Hired so far"))
            .range(0, most)
            .heading(JB_TR("Lists", "Hired")),
        Field(f::gap, K::Number, S::Integer, JB_TR("Editing", "Gap (still wanted)"))
            .range(0, most)
            .heading(JB_TR("Lists", "Gap")),
        Field(f::officer, K::Text, S::Text, JB_TR("Editing", "Officer")),
        Field(f::note, K::LongText, S::Text, JB_TR("Editing", "Note")),
    };
}

QVector<RecordField> flagFields()
{
    namespace f = fields::flag;
    return {
        Field(f::enterprise, K::Owner, S::Integer, JB_TR("Editing", "Enterprise")).required(),
        Field(f::kind, K::Choice, S::Text, JB_TR("Editing", "Flag"))
            .required()
            .choices({{QStringLiteral("wage_arrears"), JB_TR("Editing", "Wage arrears")},
                      {QStringLiteral("attrition"), JB_TR("Editing", "Staff attrition")},
                      {QStringLiteral("labour_risk"), JB_TR("Editing", "Labour-relations risk")}}),
        Field(f::flaggedOn, K::Date, S::Date, JB_TR("Editing", "Flagged on")).required(),
        Field(f::resolvedOn, K::Date, S::Date, JB_TR("Editing", "Resolved on")),
        // Any amount from 0 up, as the enterprise or the workers report it.
        Field(f::amount, K::Amount, S::Real, JB_TR("Editing", "Amount owed")),
        Field(f::peopleAffected, K::Number, S::Integer, JB_TR("Editing", "People affected"))
            .range(0, limits::kPeopleMax),
        Field(f::note, K::LongText, S::Text, JB_TR("Editing", "Note")),
    };
}

// A service: every column of every kind, in storage order. The choices are every kind's together; ServiceKinds.h
// gives each kind its own fields, labels and choices (what the dialogs build from). completed and certificate keep
// NULL as "not known yet" (a course still running), so they are stored as integers, not flags.
QVector<RecordField> serviceFields()
{
    namespace f = fields::service;
    return {
        Field(f::org, K::Organisation, S::Integer, JB_TR("Editing", "Recorded by")).required(),
        Field(f::kind, K::Reference, S::Integer, JB_TR("Editing", "Service kind")).list("service_type").required(),
        Field(f::worker, K::Owner, S::Integer, JB_TR("Editing", "Person")).required(),
        Field(f::enterprise, K::Owner, S::Integer, JB_TR("Editing", "Enterprise")),
        Field(f::providedOn, K::Date, S::Date, JB_TR("Editing", "Date")).required(),
        Field(f::endsOn, K::Date, S::Date, JB_TR("Editing", "End date")),
        Field(f::subtype, K::Choice, S::Text, JB_TR("Editing", "Kind of support"))
            .choices({{QStringLiteral("skill_upgrading"), JB_TR("Editing", "Skill upgrading")},
                      {QStringLiteral("employment"), JB_TR("Editing", "Employment training")},
                      {QStringLiteral("on_the_job"), JB_TR("Editing", "On-the-job training")},
                      {QStringLiteral("domestic_service"), JB_TR("Editing", "Domestic-service pilot")},
                      {QStringLiteral("guidance"), JB_TR("Editing", "Entrepreneurship guidance")},
                      {QStringLiteral("training"), JB_TR("Editing", "Entrepreneurship training")},
                      {QStringLiteral("loan_discount"), JB_TR("Editing", "Discounted employment loan")},
                      {QStringLiteral("interest_free_loan"), JB_TR("Editing", "Interest-free loan")},
                      {QStringLiteral("means_of_production"), JB_TR("Editing", "Means of production")}}),
        Field(f::delivery, K::Choice, S::Text, JB_TR("Editing", "Mode"))
            .choices({{QStringLiteral("order_based"), JB_TR("Editing", "Order-based")},
                      {QStringLiteral("targeted"), JB_TR("Editing", "Targeted")},
                      {QStringLiteral("internet_plus"), JB_TR("Editing", "Internet+")}}),
        Field(f::completed, K::YesNo, S::Integer, JB_TR("Editing", "Completed")),
        bookkeeping(f::employedAfter, S::Integer), // v1's typed mark; the ledger derives it (ServiceQueries.h)
        bookkeeping(f::projectName, S::Text),      // kept in step with the linked project (ServiceLedger.cpp)
        bookkeeping(f::projectStatus, S::OptionalText),
        Field(f::amount, K::Amount, S::Real, JB_TR("Editing", "Amount (yuan)")),
        bookkeeping(f::provinceShare, S::Real), // the insurance premium's split, from the settings when enrolled
        bookkeeping(f::cityShare, S::Real),
        Field(f::officer, K::Text, S::Text, JB_TR("Editing", "Officer")).length(50),
        Field(f::note, K::LongText, S::Text, JB_TR("Editing", "Note")),
        bookkeeping(f::createdAt, S::OptionalText),
        Field(f::provider, K::Text, S::Text, JB_TR("Editing", "Delivered by")).length(100),
        Field(f::course, K::Text, S::Text, JB_TR("Editing", "Course")).length(100),
        Field(f::hours, K::Number, S::Integer, JB_TR("Editing", "Hours")).range(0, 2000),
        Field(f::certificate, K::YesNo, S::Integer, JB_TR("Editing", "Certificate")),
        Field(f::mentor, K::Text, S::Text, JB_TR("Editing", "Mentor")).length(50),
        Field(f::project, K::Owner, S::Integer, JB_TR("Editing", "Project")),
        Field(f::topic, K::Text, S::Text, JB_TR("Editing", "Topic")).length(100),
        Field(f::channel, K::Choice, S::Text, JB_TR("Editing", "Channel"))
            .choices({{QStringLiteral("in_person"), JB_TR("Editing", "In person")},
                      {QStringLiteral("hotline"), JB_TR("Editing", "12351 hotline")},
                      {QStringLiteral("online"), JB_TR("Editing", "Online")}}),
        Field(f::outcome, K::Text, S::Text, JB_TR("Editing", "Outcome")).length(200),
        Field(f::place, K::Text, S::Text, JB_TR("Editing", "Where")).length(100),
        bookkeeping(f::importBatch, S::Integer),
    };
}

// The fair's dialog. Stored by core/fairs/FairRecord.cpp (checkFair holds the same rules), so the storage kinds
// only say how each value is kept.
QVector<RecordField> fairFields()
{
    namespace f = fields::fair;
    const qint64 most = 10'000'000;
    return {
        Field(f::name, K::Text, S::Text, JB_TR("Fairs", "Fair name")).required().length(100),
        Field(f::firstDay, K::Date, S::Date, JB_TR("Fairs", "First day")).required(),
        Field(f::lastDay, K::Date, S::Date, JB_TR("Fairs", "Last day"))
            .hint(JB_TR("Fairs", "empty for a one-day fair")),
        Field(f::organiser, K::Organisation, S::Integer, JB_TR("Fairs", "Organiser")).required(),
        Field(f::coOrganisers, K::Text, S::Text, JB_TR("Fairs", "Co-organisers")),
        Field(f::form, K::Choice, S::Text, JB_TR("Fairs", "Form"))
            .required()
            .choices({{QStringLiteral("offline"), JB_TR("Fairs", "Offline")},
                      {QStringLiteral("online"), JB_TR("Fairs", "Online")},
                      {QStringLiteral("livestream"), JB_TR("Fairs", "Live-stream")},
                      {QStringLiteral("mixed"), JB_TR("Fairs", "Offline with a live-stream")}}),
        Field(f::kind, K::Reference, S::Integer, JB_TR("Fairs", "Kind")).list("fair_kind").required(),
        Field(f::venue, K::Text, S::Text, JB_TR("Fairs", "Venue or platform")),
        Field(f::keyGroups, K::ReferenceSet, S::IdSet, JB_TR("Fairs", "Key groups targeted")).list("key_group"),
        Field(f::status, K::Choice, S::Text, JB_TR("Fairs", "Status"))
            .choices({{QStringLiteral("planned"), JB_TR("Fairs", "Planned")},
                      {QStringLiteral("held"), JB_TR("Fairs", "Held")},
                      {QStringLiteral("closed"), JB_TR("Fairs", "Closed")}}),
        Field(f::visits, K::Number, S::Integer, JB_TR("Fairs", "Visits (reported)")).range(0, most),
        Field(f::materials, K::Number, S::Integer, JB_TR("Fairs", "Materials handed out")).range(0, most),
        Field(f::reportedIntentions, K::Number, S::Integer, JB_TR("Fairs", "Intentions (reported total)"))
            .range(0, most),
        Field(f::reportedContracts, K::Number, S::Integer, JB_TR("Fairs", "Contracts (reported total)")).range(0, most),
        Field(f::reportedHeadcount, K::Number, S::Integer, JB_TR("Fairs", "Jobs (reported total)")).range(0, most),
        Field(f::note, K::LongText, S::Text, JB_TR("Fairs", "Note")),
    };
}

} // namespace

Message RecordField::placeholder() const
{
    if (!hint.isEmpty())
        return hint;
    if (kind == K::Date)
        return JB_TR("Editing", "YYYY-MM-DD");
    if (kind == K::Money)
        return JB_TR("Editing", "yuan per month");
    return {};
}

const QVector<RecordField>& recordFields(RecordKind kind)
{
    static const QVector<RecordField> workers = workerFields();
    static const QVector<RecordField> enterprises = enterpriseFields();
    static const QVector<RecordField> vacancies = vacancyFields();
    static const QVector<RecordField> snapshots = snapshotFields();
    static const QVector<RecordField> flags = flagFields();
    static const QVector<RecordField> fairs = fairFields();
    static const QVector<RecordField> services = serviceFields();
    static const QVector<RecordField> none;
    switch (kind) {
    case RecordKind::Worker:
        return workers;
    case RecordKind::Enterprise:
        return enterprises;
    case RecordKind::Vacancy:
        return vacancies;
    case RecordKind::DemandSnapshot:
        return snapshots;
    case RecordKind::EnterpriseFlag:
        return flags;
    case RecordKind::JobFair:
        return fairs;
    case RecordKind::Service:
        return services;
    default:
        return none;
    }
}

const RecordField* recordField(RecordKind kind, const QString& id)
{
    for (const RecordField& field : recordFields(kind))
        if (field.id == id)
            return &field;
    return nullptr;
}

const QVector<RecordKind>& editableRecordKinds()
{
    static const QVector<RecordKind> kinds = {RecordKind::Worker,         RecordKind::Enterprise,
                                              RecordKind::Vacancy,        RecordKind::DemandSnapshot,
                                              RecordKind::EnterpriseFlag, RecordKind::Service};
    return kinds;
}

} // namespace jb::core
