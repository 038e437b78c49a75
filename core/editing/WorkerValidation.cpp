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

constexpr Label kName{"姓名", "Name"};
constexpr Label kOrg{"所属单位", "Organisation"};
constexpr Label kId{"身份证号", "Resident ID"};
constexpr Label kGender{"性别", "Gender"};
constexpr Label kBirth{"出生日期", "Birth date"};
constexpr Label kPhone{"联系电话", "Phone"};
constexpr Label kStatus{"就业状态", "Employment status"};
constexpr Label kReturned{"返岗时间", "Returned on"};
constexpr Label kDestination{"返岗去向", "Return destination"};
constexpr Label kWageMin{"期望月薪下限", "Expected wage from"};
constexpr Label kWageMax{"期望月薪上限", "Expected wage to"};
constexpr Label kSkill{"技能等级", "Skill level"};
constexpr Label kEducation{"文化程度", "Education"};
constexpr Label kRegistered{"登记日期", "Registered on"};
constexpr Label kContact{"最近联系", "Last contact"};
constexpr Label kKeyGroups{"重点群体", "Key groups"};
constexpr Label kHardships{"困难类别", "Hardship categories"};
constexpr Label kNeeds{"服务需求", "Service needs"};

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
        c.error("id_number", kId, QStringLiteral("应写作 %1").arg(id.info->number),
                QStringLiteral("write it as %1").arg(id.info->number));
        return;
    }
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT id, name FROM workers WHERE id_number = ? AND id <> ?"));
    q.addBindValue(raw);
    q.addBindValue(recordId);
    if (q.exec() && q.next()) {
        const QString who = q.value(1).toString() + QStringLiteral("（") + maskResidentId(raw) + QStringLiteral("）");
        c.error("id_number", kId,
                QStringLiteral("已登记为 %1，编号 %2，请打开该记录修改").arg(who).arg(q.value(0).toLongLong()),
                QStringLiteral("already registered to %1, record %2; open that record instead")
                    .arg(who)
                    .arg(q.value(0).toLongLong()));
    }
    const bool male = id.info->gender == ResidentIdInfo::Gender::Male;
    if (c.text("gender") != (male ? QLatin1String("M") : QLatin1String("F")))
        c.error("gender", kGender,
                QStringLiteral("应与身份证号一致（%1）").arg(male ? QStringLiteral("男") : QStringLiteral("女")),
                QStringLiteral("must follow the ID number (%1)")
                    .arg(male ? QStringLiteral("male") : QStringLiteral("female")));
    if (c.text("birth_date") != id.info->birthDate.toString(Qt::ISODate))
        c.error("birth_date", kBirth,
                QStringLiteral("应与身份证号一致（%1）").arg(id.info->birthDate.toString(Qt::ISODate)),
                QStringLiteral("must follow the ID number (%1)").arg(id.info->birthDate.toString(Qt::ISODate)));
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
            c.error("phone", kPhone, QStringLiteral("应写作 %1").arg(phone.normalized),
                    QStringLiteral("write it as %1").arg(phone.normalized));
    }

    const QDate registered =
        c.required("registered_on", kRegistered) ? c.date("registered_on", kRegistered, true) : QDate();
    const QDate contact = c.date("last_contact_on", kContact, true);
    if (registered.isValid() && contact.isValid() && contact < registered)
        c.error("last_contact_on", kContact,
                QStringLiteral("不能早于登记日期（%1）").arg(registered.toString(Qt::ISODate)),
                QStringLiteral("cannot be before the registration (%1)").arg(registered.toString(Qt::ISODate)));
    // A return to work may be planned, so it may lie ahead, but not more than a year.
    const QDate returned = c.date("returned_on", kReturned, false);
    if (returned.isValid() && returned > today.addYears(1))
        c.error("returned_on", kReturned, QStringLiteral("不能晚于一年之后"),
                QStringLiteral("cannot be more than a year ahead"));
    c.oneOf("return_destination", kDestination, {QStringLiteral("in_province"), QStringLiteral("out_of_province")},
            true);

    qint64 wageMin = 0;
    qint64 wageMax = 0;
    const bool hasMin = c.number("expected_wage_min", kWageMin, limits::kWageMin, limits::kWageMax, &wageMin);
    const bool hasMax = c.number("expected_wage_max", kWageMax, limits::kWageMin, limits::kWageMax, &wageMax);
    if (hasMin && hasMax && wageMin > wageMax)
        c.error("expected_wage_max", kWageMax, QStringLiteral("不能低于下限（%1 元）").arg(wageMin),
                QStringLiteral("cannot be below the lower bound (%1 yuan)").arg(wageMin));

    c.reference("employment_status_id", kStatus, QStringLiteral("employment_status"));
    c.reference("skill_level_id", kSkill, QStringLiteral("skill_level"));
    c.reference("education_id", kEducation, QStringLiteral("education"));
    checkIdSet(c, "key_groups", kKeyGroups, QStringLiteral("key_group"));
    checkIdSet(c, "hardships", kHardships, QStringLiteral("hardship_category"));
    checkIdSet(c, "service_needs", kNeeds, QStringLiteral("service_type"));
    return c.take();
}

} // namespace jb::core
