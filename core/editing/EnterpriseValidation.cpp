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

constexpr Label kEnterprise{QT_TRANSLATE_NOOP("Editing", "Enterprise")};

void checkPhoneField(Checker& c, const char* field)
{
    if (c.blank(field))
        return;
    const PhoneCheck phone = checkPhone(c.text(field));
    if (!phone.ok)
        c.errorText(field, phone.message);
    else if (phone.normalized != c.text(field))
        c.error(field, {QT_TRANSLATE_NOOP("Editing", "Contact phone")},
                JB_TR("Editing", "write it as %1").arg(phone.normalized));
}

// min ≤ max for a pair of optional whole numbers in [low, limit].
void checkRange(Checker& c, const char* minField, Label minLabel, const char* maxField, Label maxLabel, qint64 low,
                qint64 limit, Quantity kind = Quantity::Count)
{
    qint64 lo = 0;
    qint64 hi = 0;
    const bool hasMin = c.number(minField, minLabel, low, limit, &lo, kind);
    const bool hasMax = c.number(maxField, maxLabel, low, limit, &hi, kind);
    if (hasMin && hasMax && lo > hi)
        c.error(maxField, maxLabel, JB_TR("Editing", "cannot be below the lower bound (%1)").arg(lo));
}

} // namespace

ValidationReport validateEnterprise(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today)
{
    constexpr Label kName{QT_TRANSLATE_NOOP("Editing", "Enterprise name")};
    constexpr Label kCode{QT_TRANSLATE_NOOP("Editing", "Credit code")};
    Checker c(db, values, today);
    if (c.required("name", kName))
        c.maxLength("name", kName, limits::kEnterpriseNameLength);
    c.recordExists("org_id", {QT_TRANSLATE_NOOP("Editing", "Organisation")}, QStringLiteral("organisations"));
    if (!c.blank("credit_code")) {
        const CreditCodeCheck code = checkCreditCode(c.text("credit_code"));
        if (!code.acceptable())
            c.errorText("credit_code", code.message);
        else if (code.normalized != c.text("credit_code"))
            c.error("credit_code", kCode, JB_TR("Editing", "write it as %1").arg(code.normalized));
        else if (code.status == CreditCodeCheck::Status::ChecksumWarning)
            c.warningText("credit_code", code.message);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM enterprises WHERE credit_code = ? AND id <> ?"));
        q.addBindValue(c.text("credit_code"));
        q.addBindValue(recordId);
        if (q.exec() && q.next())
            c.warning("credit_code", kCode,
                      JB_TR("Editing", "the same as “%1”; make sure it is not the same enterprise")
                          .arg(q.value(0).toString()));
    }
    c.reference("industry_id", {QT_TRANSLATE_NOOP("Editing", "Industry")}, QStringLiteral("industry"));
    checkPhoneField(c, "contact_phone");
    return c.take();
}

ValidationReport validateVacancy(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today)
{
    constexpr Label kTitle{QT_TRANSLATE_NOOP("Editing", "Vacancy title")};
    constexpr Label kPosted{QT_TRANSLATE_NOOP("Editing", "Posted on")};
    constexpr Label kClosed{QT_TRANSLATE_NOOP("Editing", "Closed on")};
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
                "title", kTitle,
                JB_TR("Editing", "this enterprise already has a vacancy with this title; rename it or edit that one"));
    }
    if (c.required("headcount", {QT_TRANSLATE_NOOP("Editing", "Headcount")}))
        c.number("headcount", {QT_TRANSLATE_NOOP("Editing", "Headcount")}, 0, limits::kHeadcountMax);
    checkRange(c, "wage_min", {QT_TRANSLATE_NOOP("Editing", "Wage from")}, "wage_max",
               {QT_TRANSLATE_NOOP("Editing", "Wage to")}, limits::kWageMin, limits::kWageMax, Quantity::Yuan);
    checkRange(c, "age_min", {QT_TRANSLATE_NOOP("Editing", "Minimum age")}, "age_max",
               {QT_TRANSLATE_NOOP("Editing", "Maximum age")}, limits::kAgeMin, limits::kAgeMax);
    c.reference("occupation_group_id", {QT_TRANSLATE_NOOP("Editing", "Occupation group")},
                QStringLiteral("occupation_group"));
    c.reference("education_id", {QT_TRANSLATE_NOOP("Editing", "Education required")}, QStringLiteral("education"));
    c.reference("skill_level_id", {QT_TRANSLATE_NOOP("Editing", "Skill required")}, QStringLiteral("skill_level"));
    c.reference("employment_form_id", {QT_TRANSLATE_NOOP("Editing", "Employment form")},
                QStringLiteral("employment_form"));
    const QDate posted = c.required("posted_on", kPosted) ? c.date("posted_on", kPosted, true) : QDate();
    c.oneOf("status", {QT_TRANSLATE_NOOP("Editing", "Status")},
            {QStringLiteral("open"), QStringLiteral("filled"), QStringLiteral("closed")}, false);
    const QDate closed = c.date("closed_on", kClosed, true);
    if (c.text("status") == QLatin1String("open") && !c.blank("closed_on"))
        c.error("closed_on", kClosed,
                JB_TR("Editing", "an open vacancy has no closing date; clear it or change the status"));
    if (c.text("status") != QLatin1String("open") && c.blank("closed_on"))
        c.required("closed_on", kClosed);
    if (posted.isValid() && closed.isValid() && closed < posted)
        c.error("closed_on", kClosed,
                JB_TR("Editing", "cannot be before the posting (%1)").arg(posted.toString(Qt::ISODate)));
    return c.take();
}

ValidationReport validateDemandSnapshot(QSqlDatabase db, qint64, const QVariantMap& values, QDate today)
{
    constexpr Label kRecorded{QT_TRANSLATE_NOOP("Editing", "Recorded on")};
    Checker c(db, values, today);
    c.recordExists("enterprise_id", kEnterprise, QStringLiteral("enterprises"));
    if (c.required("recorded_on", kRecorded))
        c.date("recorded_on", kRecorded, true);
    c.oneOf("contact_kind", {QT_TRANSLATE_NOOP("Editing", "Contact")},
            {QStringLiteral("visit"), QStringLiteral("call"), QStringLiteral("fair"), QStringLiteral("other")}, false);
    c.number("planned", {QT_TRANSLATE_NOOP("Editing", "Hiring plan")}, 0, limits::kPeopleMax);
    c.number("hired", {QT_TRANSLATE_NOOP("Editing", "Hired")}, 0, limits::kPeopleMax);
    c.number("gap", {QT_TRANSLATE_NOOP("Editing", "Gap")}, 0, limits::kPeopleMax);
    return c.take();
}

ValidationReport validateEnterpriseFlag(QSqlDatabase db, qint64, const QVariantMap& values, QDate today)
{
    constexpr Label kFlagged{QT_TRANSLATE_NOOP("Editing", "Flagged on")};
    constexpr Label kResolved{QT_TRANSLATE_NOOP("Editing", "Resolved on")};
    Checker c(db, values, today);
    c.recordExists("enterprise_id", kEnterprise, QStringLiteral("enterprises"));
    c.oneOf("kind", {QT_TRANSLATE_NOOP("Editing", "Flag")},
            {QStringLiteral("wage_arrears"), QStringLiteral("attrition"), QStringLiteral("labour_risk")}, false);
    const QDate flagged = c.required("flagged_on", kFlagged) ? c.date("flagged_on", kFlagged, true) : QDate();
    const QDate resolved = c.date("resolved_on", kResolved, true);
    if (flagged.isValid() && resolved.isValid() && resolved < flagged)
        c.error("resolved_on", kResolved,
                JB_TR("Editing", "cannot be before the flag (%1)").arg(flagged.toString(Qt::ISODate)));
    if (!c.blank("amount_yuan")) {
        bool ok = false;
        const double amount = c.value("amount_yuan").toDouble(&ok);
        if (!ok || amount < 0)
            c.error("amount_yuan", {QT_TRANSLATE_NOOP("Editing", "Amount")},
                    JB_TR("Editing", "enter a number of at least 0"));
    }
    c.number("people_affected", {QT_TRANSLATE_NOOP("Editing", "People affected")}, 0, limits::kPeopleMax);
    return c.take();
}

} // namespace jb::core
