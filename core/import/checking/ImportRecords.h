#pragma once
// One row of a list after normalisation and validation: typed values ready to be written, with reference values
// already resolved to reference_items ids. Empty optionals / invalid dates mean "not given (or unusable)":
// the writer leaves such fields as they are on an existing record only if the column was absent from the file.

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>
#include <utility>

namespace jb::core {

struct WorkerRecord
{
    qint64 line = 0;
    QString name;                // required
    QString idNumber;            // required: normalised 18 characters
    QString gender;              // "M" / "F" (from the ID)
    QDate birthDate;             // from the ID
    QString phone;               // normalised, or empty
    std::optional<qint64> orgId; // sub-unit (town, park) resolved by name or code; else the home
    QString hukouPlace;
    QString currentPlace;
    std::optional<qint64> employmentStatusId;
    QDate returnedOn;
    QString returnDestination; // "in_province" / "out_of_province" / empty
    QString desiredTrade;
    QString desiredPlace;
    std::optional<int> expectedWageMin;
    std::optional<int> expectedWageMax;
    std::optional<qint64> skillLevelId;
    std::optional<qint64> educationId;
    QDate registeredOn; // empty → the import date
    QDate lastContactOn;
    QVector<qint64> keyGroupIds;
    QVector<qint64> hardshipIds;
    QVector<qint64> serviceNeedIds;
    QString note;
    // WorkerFingerprint::of() this record, set by the checking thread (WorkerRow.h); the writer computes it when
    // it is missing.
    std::optional<qint64> fingerprint;
};

struct EnterpriseRecord
{
    QString name;                // required
    QString creditCode;          // normalised, or empty
    std::optional<qint64> orgId; // county / sub-unit by name or code; else the home
    std::optional<qint64> industryId;
    QString address;
    QString contactName;
    QString contactPhone;
    std::optional<bool> isKeyEnterprise;
};

struct VacancyRecord
{
    qint64 line = 0;
    EnterpriseRecord enterprise;
    QString title; // required
    QString trade;
    std::optional<qint64> occupationGroupId;
    std::optional<int> headcount; // "若干" → empty
    std::optional<int> wageMin;
    std::optional<int> wageMax;
    QString wageText; // as written, e.g. "面议", "3000-5000元/月"
    QString benefits;
    std::optional<qint64> educationId;
    std::optional<int> ageMin;
    std::optional<int> ageMax;
    std::optional<qint64> skillLevelId;
    QString requirements;
    QString workLocation;
    std::optional<qint64> employmentFormId;
    QDate postedOn; // empty → the import date
    QString status; // "open" / "filled" / "closed"; empty → open
};

// One row of a fair organiser's sheet: the person (a worker record with what the sheet gives) and, when the row
// names one, the intention: the enterprise (by credit code or name) and the post's title; signed = a contract.
struct FairSheetRecord
{
    WorkerRecord person;
    QString enterpriseName; // as written, cleaned; empty: no intention
    QString creditCode;     // normalised, or empty
    QString postTitle;
    bool contractSigned = false;
};

// A service roster's row: the person (as a worker row, so an unusable ID number rejects it), the day, and the
// service's other cells as written (field id of the service catalogue → cleaned text): which fields the kind records
// and what their words mean is the writer's business (ServiceSheetUpsert.h), as the kind is the import's.
struct ServiceSheetRecord
{
    WorkerRecord person;
    QDate on;
    QVector<std::pair<QString, QString>> cells;
};

} // namespace jb::core
