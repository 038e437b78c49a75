// The checks of the enterprise demand list: enterprises (name, credit code — a failed check character is only a
// warning — industry, contact phone), vacancies (title unique within the enterprise, headcount, wages and ages
// min ≤ max, dates, status), dated demand snapshots and monitoring flags.

#include "core/editing/ValidationSupport.h"
#include "core/records/RecordLimits.h"
#include "core/validation/CreditCode.h"
#include "core/validation/Phone.h"

namespace jb::core {

using editing::Checker;
using editing::Label;

namespace {

constexpr Label kEnterprise{"企业", "Enterprise"};

void checkPhoneField(Checker& c, const char* field)
{
    if (c.blank(field))
        return;
    const PhoneCheck phone = checkPhone(c.text(field));
    if (!phone.ok)
        c.errorText(field, phone.message);
    else if (phone.normalized != c.text(field))
        c.error(field, {"联系电话", "Contact phone"}, QStringLiteral("应写作 %1").arg(phone.normalized),
                QStringLiteral("write it as %1").arg(phone.normalized));
}

// min ≤ max for a pair of optional whole numbers in [low, limit].
void checkRange(Checker& c, const char* minField, Label minLabel, const char* maxField, Label maxLabel, qint64 low,
                qint64 limit)
{
    qint64 lo = 0;
    qint64 hi = 0;
    const bool hasMin = c.number(minField, minLabel, low, limit, &lo);
    const bool hasMax = c.number(maxField, maxLabel, low, limit, &hi);
    if (hasMin && hasMax && lo > hi)
        c.error(maxField, maxLabel, QStringLiteral("不能低于下限（%1）").arg(lo),
                QStringLiteral("cannot be below the lower bound (%1)").arg(lo));
}

} // namespace

ValidationReport validateEnterprise(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today)
{
    constexpr Label kName{"企业名称", "Enterprise name"};
    constexpr Label kCode{"统一社会信用代码", "Credit code"};
    Checker c(db, values, today);
    if (c.required("name", kName))
        c.maxLength("name", kName, limits::kEnterpriseNameLength);
    c.recordExists("org_id", {"所属单位", "Organisation"}, QStringLiteral("organisations"));
    if (!c.blank("credit_code")) {
        const CreditCodeCheck code = checkCreditCode(c.text("credit_code"));
        if (!code.acceptable())
            c.errorText("credit_code", code.message);
        else if (code.normalized != c.text("credit_code"))
            c.error("credit_code", kCode, QStringLiteral("应写作 %1").arg(code.normalized),
                    QStringLiteral("write it as %1").arg(code.normalized));
        else if (code.status == CreditCodeCheck::Status::ChecksumWarning)
            c.warningText("credit_code", code.message);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM enterprises WHERE credit_code = ? AND id <> ?"));
        q.addBindValue(c.text("credit_code"));
        q.addBindValue(recordId);
        if (q.exec() && q.next())
            c.warning(
                "credit_code", kCode, QStringLiteral("与“%1”相同，请确认不是同一企业").arg(q.value(0).toString()),
                QStringLiteral("the same as “%1”; make sure it is not the same enterprise").arg(q.value(0).toString()));
    }
    c.reference("industry_id", {"行业", "Industry"}, QStringLiteral("industry"));
    checkPhoneField(c, "contact_phone");
    return c.take();
}

ValidationReport validateVacancy(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today)
{
    constexpr Label kTitle{"岗位名称", "Vacancy title"};
    constexpr Label kPosted{"发布日期", "Posted on"};
    constexpr Label kClosed{"关闭日期", "Closed on"};
    Checker c(db, values, today);
    c.recordExists("enterprise_id", kEnterprise, QStringLiteral("enterprises"));
    if (c.required("title", kTitle)) {
        c.maxLength("title", kTitle, limits::kVacancyTitleLength);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM vacancies WHERE enterprise_id = ? AND title = ? AND id <> ?"));
        q.addBindValue(c.value("enterprise_id").toLongLong());
        q.addBindValue(c.text("title"));
        q.addBindValue(recordId);
        if (q.exec() && q.next())
            c.error(
                "title", kTitle, QStringLiteral("该企业已有同名岗位，请改名或编辑原岗位"),
                QStringLiteral("this enterprise already has a vacancy with this title; rename it or edit that one"));
    }
    if (c.required("headcount", {"招聘人数", "Headcount"}))
        c.number("headcount", {"招聘人数", "Headcount"}, 0, limits::kHeadcountMax);
    checkRange(c, "wage_min", {"月薪下限", "Wage from"}, "wage_max", {"月薪上限", "Wage to"}, limits::kWageMin,
               limits::kWageMax);
    checkRange(c, "age_min", {"最低年龄", "Minimum age"}, "age_max", {"最高年龄", "Maximum age"}, limits::kAgeMin,
               limits::kAgeMax);
    c.reference("occupation_group_id", {"职业大类", "Occupation group"}, QStringLiteral("occupation_group"));
    c.reference("education_id", {"学历要求", "Education"}, QStringLiteral("education"));
    c.reference("skill_level_id", {"技能要求", "Skill level"}, QStringLiteral("skill_level"));
    c.reference("employment_form_id", {"用工形式", "Employment form"}, QStringLiteral("employment_form"));
    const QDate posted = c.required("posted_on", kPosted) ? c.date("posted_on", kPosted, true) : QDate();
    c.oneOf("status", {"状态", "Status"}, {QStringLiteral("open"), QStringLiteral("filled"), QStringLiteral("closed")},
            false);
    const QDate closed = c.date("closed_on", kClosed, true);
    if (c.text("status") == QLatin1String("open") && !c.blank("closed_on"))
        c.error("closed_on", kClosed, QStringLiteral("招聘中的岗位不应有关闭日期"),
                QStringLiteral("an open vacancy has no closing date; clear it or change the status"));
    if (c.text("status") != QLatin1String("open") && c.blank("closed_on"))
        c.required("closed_on", kClosed);
    if (posted.isValid() && closed.isValid() && closed < posted)
        c.error("closed_on", kClosed, QStringLiteral("不能早于发布日期（%1）").arg(posted.toString(Qt::ISODate)),
                QStringLiteral("cannot be before the posting (%1)").arg(posted.toString(Qt::ISODate)));
    return c.take();
}

ValidationReport validateDemandSnapshot(QSqlDatabase db, qint64, const QVariantMap& values, QDate today)
{
    constexpr Label kRecorded{"记录日期", "Recorded on"};
    Checker c(db, values, today);
    c.recordExists("enterprise_id", kEnterprise, QStringLiteral("enterprises"));
    if (c.required("recorded_on", kRecorded))
        c.date("recorded_on", kRecorded, true);
    c.oneOf("contact_kind", {"联系方式", "Contact"},
            {QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("fair"), QStringLiteral("other")}, false);
    c.number("planned", {"用工计划", "Hiring plan"}, 0, limits::kPeopleMax);
    c.number("hired", {"已招人数", "Hired"}, 0, limits::kPeopleMax);
    c.number("gap", {"缺工人数", "Gap"}, 0, limits::kPeopleMax);
    return c.take();
}

ValidationReport validateEnterpriseFlag(QSqlDatabase db, qint64, const QVariantMap& values, QDate today)
{
    constexpr Label kFlagged{"标记日期", "Flagged on"};
    constexpr Label kResolved{"解决日期", "Resolved on"};
    Checker c(db, values, today);
    c.recordExists("enterprise_id", kEnterprise, QStringLiteral("enterprises"));
    c.oneOf("kind", {"监测类型", "Flag"},
            {QStringLiteral("wage_arrears"), QStringLiteral("attrition"), QStringLiteral("labour_risk")}, false);
    const QDate flagged = c.required("flagged_on", kFlagged) ? c.date("flagged_on", kFlagged, true) : QDate();
    const QDate resolved = c.date("resolved_on", kResolved, true);
    if (flagged.isValid() && resolved.isValid() && resolved < flagged)
        c.error("resolved_on", kResolved, QStringLiteral("不能早于标记日期（%1）").arg(flagged.toString(Qt::ISODate)),
                QStringLiteral("cannot be before the flag (%1)").arg(flagged.toString(Qt::ISODate)));
    if (!c.blank("amount_yuan")) {
        bool ok = false;
        const double amount = c.value("amount_yuan").toDouble(&ok);
        if (!ok || amount < 0)
            c.error("amount_yuan", {"金额", "Amount"}, QStringLiteral("请填写不小于 0 的数"),
                    QStringLiteral("enter a number of at least 0"));
    }
    c.number("people_affected", {"涉及人数", "People affected"}, 0, limits::kPeopleMax);
    return c.take();
}

} // namespace jb::core
