// The checks of a person on the worker needs list: name, organisation, resident ID (check character, birth date,
// not already registered to someone else), gender and birth date following the ID, phone, dates, wage range and
// the reference lists.

#include "core/editing/ValidationSupport.h"
#include "core/records/RecordLimits.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

namespace jb::core {

using editing::Checker;
using editing::Label;

namespace {

constexpr Label kName{QT_TRANSLATE_NOOP("Editing", "Name")};
constexpr Label kOrg{QT_TRANSLATE_NOOP("Editing", "Organisation")};
constexpr Label kId{QT_TRANSLATE_NOOP("Editing", "Resident ID")};
constexpr Label kGender{QT_TRANSLATE_NOOP("Editing", "Gender")};
constexpr Label kBirth{QT_TRANSLATE_NOOP("Editing", "Birth date")};
constexpr Label kPhone{QT_TRANSLATE_NOOP("Editing", "Phone")};
constexpr Label kStatus{QT_TRANSLATE_NOOP("Editing", "Employment status")};
constexpr Label kReturned{QT_TRANSLATE_NOOP("Editing", "Returned on")};
constexpr Label kDestination{QT_TRANSLATE_NOOP("Editing", "Return destination")};
constexpr Label kWageMin{QT_TRANSLATE_NOOP("Editing", "Expected wage from")};
constexpr Label kWageMax{QT_TRANSLATE_NOOP("Editing", "Expected wage to")};
constexpr Label kSkill{QT_TRANSLATE_NOOP("Editing", "Skill level")};
constexpr Label kEducation{QT_TRANSLATE_NOOP("Editing", "Education")};
constexpr Label kRegistered{QT_TRANSLATE_NOOP("Editing", "Registered on")};
constexpr Label kContact{QT_TRANSLATE_NOOP("Editing", "Last contact")};
constexpr Label kKeyGroups{QT_TRANSLATE_NOOP("Editing", "Key groups")};
constexpr Label kHardships{QT_TRANSLATE_NOOP("Editing", "Hardship categories")};
constexpr Label kNeeds{QT_TRANSLATE_NOOP("Editing", "Service needs")};

void checkIdSet(Checker& c, const char* field, Label label, const QString& list)
{
    const QVariantList ids = c.value(field).toList();
    for (const QVariant& id : ids) {
        if (!c.referenceId(field, label, list, id.toLongLong()))
            return;
    }
}

void checkResidentIdField(Checker& c, qint64 recordId)
{
    if (c.blank("id_number")) {
        if (!c.blank("gender"))
            c.oneOf("gender", kGender, {QStringLiteral("M"), QStringLiteral("F")}, true);
        c.date("birth_date", kBirth, true);
        return;
    }
    const QString raw = c.text("id_number");
    const ResidentIdCheck id = checkResidentId(raw, AreaCodes::instance(), c.today());
    if (!id.ok()) {
        c.errorText("id_number", id.message);
        return;
    }
    if (id.info->number != raw) {
        c.error("id_number", kId, JB_TR("Editing", "write it as %1").arg(id.info->number));
        return;
    }
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT id, name FROM workers WHERE id_number = ? AND id <> ?"));
    q.addBindValue(raw);
    q.addBindValue(recordId);
    if (q.exec() && q.next()) {
        const QString who = q.value(1).toString() + QStringLiteral("（") + maskResidentId(raw) + QStringLiteral("）");
        c.error("id_number", kId,
                JB_TR("Editing", "already registered to %1, record %2; open that record instead")
                    .arg(who)
                    .arg(q.value(0).toLongLong()));
    }
    const bool male = id.info->gender == ResidentIdInfo::Gender::Male;
    if (c.text("gender") != (male ? QLatin1String("M") : QLatin1String("F")))
        c.error("gender", kGender,
                JB_TR("Editing", "must follow the ID number (%1)")
                    .arg(male ? JB_TR("Editing", "male") : JB_TR("Editing", "female")));
    if (c.text("birth_date") != id.info->birthDate.toString(Qt::ISODate))
        c.error("birth_date", kBirth,
                JB_TR("Editing", "must follow the ID number (%1)").arg(id.info->birthDate.toString(Qt::ISODate)));
}

} // namespace

ValidationReport validateWorker(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today)
{
    Checker c(db, values, today);
    if (c.required("name", kName))
        c.maxLength("name", kName, limits::kPersonNameLength);
    c.recordExists("org_id", kOrg, QStringLiteral("organisations"));
    checkResidentIdField(c, recordId);

    if (!c.blank("phone")) {
        const PhoneCheck phone = checkPhone(c.text("phone"));
        if (!phone.ok)
            c.errorText("phone", phone.message);
        else if (phone.normalized != c.text("phone"))
            c.error("phone", kPhone, JB_TR("Editing", "write it as %1").arg(phone.normalized));
    }

    const QDate registered =
        c.required("registered_on", kRegistered) ? c.date("registered_on", kRegistered, true) : QDate();
    const QDate contact = c.date("last_contact_on", kContact, true);
    if (registered.isValid() && contact.isValid() && contact < registered)
        c.error("last_contact_on", kContact,
                JB_TR("Editing", "cannot be before the registration (%1)").arg(registered.toString(Qt::ISODate)));
    // A return to work may be planned, so it may lie ahead, but not more than a year.
    const QDate returned = c.date("returned_on", kReturned, false);
    if (returned.isValid() && returned > today.addYears(1))
        c.error("returned_on", kReturned, JB_TR("Editing", "cannot be more than a year ahead"));
    c.oneOf("return_destination", kDestination, {QStringLiteral("in_province"), QStringLiteral("out_of_province")},
            true);

    qint64 wageMin = 0;
    qint64 wageMax = 0;
    const bool hasMin =
        c.number("expected_wage_min", kWageMin, limits::kWageMin, limits::kWageMax, &wageMin, Quantity::Yuan);
    const bool hasMax =
        c.number("expected_wage_max", kWageMax, limits::kWageMin, limits::kWageMax, &wageMax, Quantity::Yuan);
    if (hasMin && hasMax && wageMin > wageMax)
        c.error("expected_wage_max", kWageMax,
                JB_TR("Editing", "cannot be below the lower bound (%1 yuan)").arg(wageMin));

    c.reference("employment_status_id", kStatus, QStringLiteral("employment_status"));
    c.reference("skill_level_id", kSkill, QStringLiteral("skill_level"));
    c.reference("education_id", kEducation, QStringLiteral("education"));
    checkIdSet(c, "key_groups", kKeyGroups, QStringLiteral("key_group"));
    checkIdSet(c, "hardships", kHardships, QStringLiteral("hardship_category"));
    checkIdSet(c, "service_needs", kNeeds, QStringLiteral("service_type"));
    return c.take();
}

} // namespace jb::core
