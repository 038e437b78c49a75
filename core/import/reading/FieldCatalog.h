#pragma once
// The fields of each list an import can fill, with the header wordings (Chinese and English synonyms) that
// officers' spreadsheets use for them. Field keys are stable: mappings and profiles store them.

#include "core/Message.h"
#include "core/import/ImportTypes.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace jb::core {

struct ImportField
{
    QString key;                       // e.g. "id_number"
    QString labelZh;                   // 身份证号
    QString labelEn;                   // Resident ID number
    const char* labelSource = nullptr; // labelEn as the source text of its translation
    QStringList synonyms;              // header wordings that map to this field (compared after normalisation)
    bool required = false;
    bool multiValued = false; // split on 、，,/；;

    // The label in the chosen language, for messages.
    Message label() const { return Message("Import", labelSource); }
};

const QVector<ImportField>& importFields(ImportKind kind);
const ImportField* findImportField(ImportKind kind, const QString& key);

// A header cell as it is compared with the synonyms: half-width, "*" and "(必填)"-style notes, spaces, "_" and a
// trailing colon removed, English lower-cased. "身份证号码（必填）：" → "身份证号码", "ID Number*" → "idnumber".
QString normalizeHeaderKey(QStringView headerCell);
// The field a header cell names, or an empty string: the normalised text first, then the text without any
// bracketed note ("期望月薪（元）" → "期望月薪").
QString matchImportField(ImportKind kind, QStringView headerCell);

// Field keys. Workers:
namespace field {
inline const QString name = QStringLiteral("name");
inline const QString idNumber = QStringLiteral("id_number");
inline const QString gender = QStringLiteral("gender");
inline const QString phone = QStringLiteral("phone");
inline const QString org = QStringLiteral("org"); // town / park / county, by name or code
inline const QString hukouPlace = QStringLiteral("hukou_place");
inline const QString currentPlace = QStringLiteral("current_place");
inline const QString employmentStatus = QStringLiteral("employment_status");
inline const QString returnedOn = QStringLiteral("returned_on");
inline const QString returnDestination = QStringLiteral("return_destination");
inline const QString desiredTrade = QStringLiteral("desired_trade");
inline const QString desiredPlace = QStringLiteral("desired_place");
inline const QString expectedWage = QStringLiteral("expected_wage");
inline const QString skillLevel = QStringLiteral("skill_level");
inline const QString education = QStringLiteral("education");
inline const QString registeredOn = QStringLiteral("registered_on");
inline const QString lastContactOn = QStringLiteral("last_contact_on");
inline const QString keyGroups = QStringLiteral("key_groups");
inline const QString hardships = QStringLiteral("hardships");
inline const QString serviceNeeds = QStringLiteral("service_needs");
inline const QString note = QStringLiteral("note");
// Vacancies (each row also names its enterprise):
inline const QString enterpriseName = QStringLiteral("enterprise_name");
inline const QString creditCode = QStringLiteral("credit_code");
inline const QString industry = QStringLiteral("industry");
inline const QString address = QStringLiteral("address");
inline const QString contactName = QStringLiteral("contact_name");
inline const QString contactPhone = QStringLiteral("contact_phone");
inline const QString keyEnterprise = QStringLiteral("key_enterprise");
inline const QString title = QStringLiteral("title");
inline const QString trade = QStringLiteral("trade");
inline const QString occupationGroup = QStringLiteral("occupation_group");
inline const QString headcount = QStringLiteral("headcount");
inline const QString wage = QStringLiteral("wage");
inline const QString benefits = QStringLiteral("benefits");
inline const QString ageRange = QStringLiteral("age_range");
inline const QString requirements = QStringLiteral("requirements");
inline const QString workLocation = QStringLiteral("work_location");
inline const QString employmentForm = QStringLiteral("employment_form");
inline const QString postedOn = QStringLiteral("posted_on");
inline const QString status = QStringLiteral("status");
// A fair sheet (also name, id_number, gender, phone, key_groups, note, enterprise_name, credit_code, title):
inline const QString contractSigned = QStringLiteral("signed");
} // namespace field

} // namespace jb::core
