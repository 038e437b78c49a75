// Row parsing policy: key problems reject the row, other problems empty the field with a warning whose message
// names the column and the value and says how to fix it. The speed benchmark is in test_import_parse_bench.cpp.

#include "core/import/checking/ReferenceLookup.h"
#include "core/import/checking/RowParser.h"
#include "core/import/reading/ColumnMapping.h"
#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/validation/CreditCode.h"
#include "core/validation/Normalize.h"
#include "core/validation/ResidentId.h"
#include "support/MessageChecks.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

using namespace jb::core;

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

QString q(const char* s)
{
    return QString::fromUtf8(s);
}

QString withCheck(const QString& first17)
{
    return first17 + residentIdCheckChar(first17);
}

QString uscc(const char* first17)
{
    const QString f = q(first17);
    return f + creditCodeCheckChar(f);
}

const QDate kToday(2024, 6, 30);
const QString kMaleId = withCheck(QStringLiteral("34012219900101123"));   // 17th digit 3: male
const QString kFemaleId = withCheck(QStringLiteral("34012219920202124")); // 17th digit 4: female

// A county file (肥东县) with two towns, and the lookup an import would load.
struct Fixture
{
    jb::test::ScratchDir dir;
    std::unique_ptr<Database> db;
    std::optional<ReferenceLookup> lookup;
    qint64 dianbu = 0;

    Fixture()
    {
        auto created = createOrganisationFile(dir.file(QStringLiteral("rows.jobbridge")), QStringLiteral("340122"));
        REQUIRE(created.hasValue());
        db = std::move(*created);
        OrganisationRepository orgs(db->connection());
        const qint64 home = orgs.home()->id;
        dianbu = orgs.addSubUnit(home, q("店埠镇"), OrgKind::Town)->id;
        REQUIRE(orgs.addSubUnit(home, q("撮镇镇"), OrgKind::Town).hasValue());
        auto loaded = ReferenceLookup::load(db->connection());
        REQUIRE(loaded.hasValue());
        lookup = std::move(*loaded);
    }

    qint64 item(const char* list, const char* code) const
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT id FROM reference_items WHERE list = ? AND code = ?"));
        query.addBindValue(q(list));
        query.addBindValue(q(code));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

using Cells = std::vector<std::pair<const char*, const char*>>;

// A record for `header` from a baseline row with some cells replaced (by header text).
CsvRecord record(const QStringList& header, const Cells& baseline, const Cells& changes, qint64 line = 7)
{
    CsvRecord r;
    r.line = line;
    r.row = line;
    for (int i = 0; i < header.size(); ++i)
        r.fields << QString();
    const auto set = [&](const Cells& cells) {
        for (const auto& [column, value] : cells) {
            const auto at = header.indexOf(q(column));
            REQUIRE(at >= 0);
            r.fields[at] = q(value);
        }
    };
    set(baseline);
    set(changes);
    return r;
}

QString codes(const QVector<ImportIssue>& issues)
{
    QStringList out;
    for (const ImportIssue& i : issues)
        out << i.code;
    return out.join(QLatin1Char(','));
}

// Every message: in both languages, names the column, shows the value, says what happened; severities match the
// codes.
void checkIssueShape(const QVector<ImportIssue>& issues, qint64 line)
{
    static const QStringList rejectedCodes = {reason::missingRequired, reason::idInvalid, reason::idChecksum,
                                              reason::idExcelDamaged};
    for (const ImportIssue& i : issues) {
        INFO(u8(i.message.text()));
        CHECK(i.line == line);
        CHECK_FALSE(i.column.isEmpty());
        CHECK(jb::test::inBothLanguages(i.message));
        CHECK(i.message.text().contains(QStringLiteral("“%1”").arg(i.column)));
        CHECK(i.message.sourceText().contains(QStringLiteral("\"%1\"").arg(i.column)));
        if (!i.value.trimmed().isEmpty()) {
            CHECK(i.message.text().contains(normalizeCell(i.value)));
            CHECK(i.message.sourceText().contains(normalizeCell(i.value)));
        }
        CHECK((i.severity == IssueSeverity::Rejected) == rejectedCodes.contains(i.code));
    }
}

const QStringList kWorkerHeader = [] {
    QStringList h;
    for (const char* c :
         {"序号",     "姓名",     "性别",     "身份证号码", "联系电话", "所属乡镇",    "人员类别", "困难类型",
          "就业状态", "返岗时间", "返岗去向", "期望月薪",   "技能等级", "文化程度",    "登记日期", "最近联系日期",
          "服务需求", "备注",     "户籍地",   "现居住地",   "求职意向", "意向工作地点"})
        h << q(c);
    return h;
}();

const Cells kWorkerBaseline = {
    {"序号", "1"},
    {"姓名", "张三"},
    {"性别", "男"},
    {"联系电话", "13812345678"},
    {"所属乡镇", "店埠镇"},
    {"人员类别", "农民工、困难职工"},
    {"困难类型", "零就业"},
    {"就业状态", "未就业"},
    {"返岗时间", "2024/2/23"},
    {"返岗去向", "省内"},
    {"期望月薪", "3000-5000"},
    {"技能等级", "初级工"},
    {"文化程度", "初中"},
    {"登记日期", "45345"},
    {"最近联系日期", "2024年5月1日"},
    {"服务需求", "职业介绍、技能培训"},
    {"备注", "  需要  夜班 "},
    {"户籍地", "肥东县店埠镇"},
    {"现居住地", "合肥"},
    {"求职意向", "电焊工"},
    {"意向工作地点", "合肥"},
};

CsvRecord workerRecord(const Cells& changes)
{
    CsvRecord r = record(kWorkerHeader, kWorkerBaseline, changes);
    const auto idAt = kWorkerHeader.indexOf(q("身份证号码"));
    bool idChanged = false;
    for (const auto& c : changes)
        idChanged = idChanged || q(c.first) == q("身份证号码");
    if (!idChanged)
        r.fields[idAt] = kMaleId;
    return r;
}

RowParser workerParser(const Fixture& f, const QStringList& header = kWorkerHeader)
{
    return RowParser(ImportKind::Workers, ColumnMapping::guess(ImportKind::Workers, header), header, *f.lookup, kToday);
}

} // namespace

TEST_CASE("A complete worker row becomes a typed record", "[import][rows]")
{
    Fixture f;
    const RowParser parser = workerParser(f);
    QVector<ImportIssue> issues;
    const auto w = parser.parseWorker(workerRecord({}), issues);
    INFO(u8(codes(issues)));
    REQUIRE(w.has_value());
    CHECK(issues.isEmpty());
    CHECK(w->line == 7);
    CHECK(u8(w->name) == "张三");
    CHECK(w->idNumber == kMaleId);
    CHECK(u8(w->gender) == "M");
    CHECK(w->birthDate == QDate(1990, 1, 1));
    CHECK(u8(w->phone) == "13812345678");
    CHECK(w->orgId == f.dianbu);
    CHECK(w->keyGroupIds == QVector<qint64>{f.item("key_group", "migrant_worker"), f.item("key_group", "hardship")});
    CHECK(w->hardshipIds == QVector<qint64>{f.item("hardship_category", "zero_employment")});
    CHECK(w->employmentStatusId == f.item("employment_status", "unemployed"));
    CHECK(w->returnedOn == QDate(2024, 2, 23));
    CHECK(u8(w->returnDestination) == "in_province");
    CHECK(w->expectedWageMin == 3000);
    CHECK(w->expectedWageMax == 5000);
    CHECK(w->skillLevelId == f.item("skill_level", "level5"));
    CHECK(w->educationId == f.item("education", "junior"));
    CHECK(w->registeredOn == QDate(2024, 2, 23));
    CHECK(w->lastContactOn == QDate(2024, 5, 1));
    CHECK(w->serviceNeedIds ==
          QVector<qint64>{f.item("service_type", "job_referral"), f.item("service_type", "training")});
    CHECK(u8(w->note) == "需要 夜班");
    CHECK(u8(w->hukouPlace) == "肥东县店埠镇");
    CHECK(u8(w->currentPlace) == "合肥");
    CHECK(u8(w->desiredTrade) == "电焊工");
    CHECK(u8(w->desiredPlace) == "合肥");

    const QSet<QString> provided = parser.providedFields();
    CHECK(provided.contains(QStringLiteral("org")));
    CHECK(provided.contains(QStringLiteral("note")));
    CHECK_FALSE(provided.contains(QStringLiteral("title")));
}

TEST_CASE("Worker rows: rejections, warnings and cleaned values", "[import][rows]")
{
    Fixture f;
    const RowParser parser = workerParser(f);
    struct Case
    {
        const char* title;
        Cells changes;
        bool imported;
        const char* codes;
    };
    const QString zeroed = QStringLiteral("340122199001011000");
    REQUIRE(residentIdCheckChar(QStringView(zeroed).left(17)) != QLatin1Char('0')); // really a damaged number
    const QString badChecksum =
        kMaleId.left(17) + (kMaleId.endsWith(QLatin1Char('1')) ? QStringLiteral("2") : QStringLiteral("1"));
    const std::string zeroedU8 = u8(zeroed);
    const std::string badChecksumU8 = u8(badChecksum);
    const std::string badDate = u8(withCheck(QStringLiteral("34012219901301123")));
    const std::string fullWidth = u8(QString(kMaleId).replace(QLatin1Char('3'), QChar(0xFF13)));

    const std::vector<Case> cases = {
        {"name missing", {{"姓名", ""}}, false, "missing_required"},
        {"name blank", {{"姓名", "\u3000 "}}, false, "missing_required"},
        {"ID missing", {{"身份证号码", ""}}, false, "missing_required"},
        {"both keys missing", {{"姓名", ""}, {"身份证号码", ""}}, false, "missing_required,missing_required"},
        {"ID in scientific notation", {{"身份证号码", "3.40122E+17"}}, false, "id_excel_damaged"},
        {"ID with zeroed digits", {{"身份证号码", zeroedU8.c_str()}}, false, "id_excel_damaged"},
        {"ID check character wrong", {{"身份证号码", badChecksumU8.c_str()}}, false, "id_checksum"},
        {"ID too short", {{"身份证号码", "34012219900101"}}, false, "id_invalid"},
        {"ID birth date impossible", {{"身份证号码", badDate.c_str()}}, false, "id_invalid"},
        {"ID rejected and name missing",
         {{"姓名", ""}, {"身份证号码", "3.40122E+17"}},
         false,
         "missing_required,id_excel_damaged"},
        {"ID full-width", {{"身份证号码", fullWidth.c_str()}}, true, ""},
        {"legacy 15-digit ID", {{"身份证号码", "340122900101123"}}, true, ""},
        {"phone invalid", {{"联系电话", "1381234"}}, true, "phone_invalid"},
        {"phone with prefix", {{"联系电话", "+86 138 1234 5678"}}, true, ""},
        {"gender contradicts ID", {{"性别", "女"}}, true, "gender_mismatch"},
        {"gender unreadable", {{"性别", "未知"}}, true, "value_unrecognised"},
        {"gender column empty", {{"性别", ""}}, true, ""},
        {"date impossible", {{"登记日期", "2024-13-01"}}, true, "date_invalid"},
        {"date after today", {{"最近联系日期", "2024-07-01"}}, true, "date_invalid"},
        {"Excel's 1900-02-29", {{"返岗时间", "60"}}, true, "date_invalid"},
        {"date with time", {{"登记日期", "2024-02-23 10:30"}}, true, ""},
        {"key group partly unknown", {{"人员类别", "农民工、大学生"}}, true, "value_unrecognised"},
        {"hardship unknown", {{"困难类型", "因病致贫"}}, true, "value_unrecognised"},
        {"town unknown", {{"所属乡镇", "火星镇"}}, true, "value_unrecognised"},
        {"town by short name", {{"所属乡镇", "撮镇"}}, true, ""},
        {"destination by place", {{"返岗去向", "浙江宁波"}}, true, ""},
        {"destination unknown", {{"返岗去向", "工地"}}, true, "value_unrecognised"},
        {"wage per day", {{"期望月薪", "200元/天"}}, true, "value_unrecognised"},
        {"wage negotiable", {{"期望月薪", "面议"}}, true, ""},
        {"education unknown", {{"文化程度", "幼儿园"}}, true, "value_unrecognised"},
        {"status unknown", {{"就业状态", "退休"}}, true, "value_unrecognised"},
        {"several warnings, in column order",
         {{"联系电话", "12345"}, {"性别", "女"}, {"登记日期", "明天"}},
         true,
         "gender_mismatch,phone_invalid,date_invalid"},
    };
    for (const Case& c : cases) {
        INFO(c.title);
        QVector<ImportIssue> issues;
        const CsvRecord r = workerRecord(c.changes);
        const auto w = parser.parseWorker(r, issues);
        CHECK(w.has_value() == c.imported);
        CHECK(u8(codes(issues)) == c.codes);
        checkIssueShape(issues, r.line);
    }
}

TEST_CASE("Worker warnings leave the field empty and keep the rest", "[import][rows]")
{
    Fixture f;
    const RowParser parser = workerParser(f);
    QVector<ImportIssue> issues;
    const auto w = parser.parseWorker(workerRecord({{"姓名", "张  三"},
                                                    {"性别", "女"},
                                                    {"联系电话", "1381234"},
                                                    {"所属乡镇", "火星镇"},
                                                    {"人员类别", "农民工、大学生"},
                                                    {"登记日期", "2025-01-01"},
                                                    {"期望月薪", "200元/天"},
                                                    {"返岗去向", "出省"}}),
                                      issues);
    REQUIRE(w.has_value());
    CHECK(u8(w->name) == "张三");
    CHECK(u8(w->gender) == "M");
    CHECK(w->phone.isEmpty());
    CHECK_FALSE(w->orgId.has_value());
    CHECK(w->keyGroupIds == QVector<qint64>{f.item("key_group", "migrant_worker")});
    CHECK_FALSE(w->registeredOn.isValid());
    CHECK_FALSE(w->expectedWageMin.has_value());
    CHECK_FALSE(w->expectedWageMax.has_value());
    CHECK(u8(w->returnDestination) == "out_of_province");

    const auto issueFor = [&issues](const char* column) {
        for (const ImportIssue& i : issues)
            if (i.column == q(column))
                return i;
        FAIL("no issue for " << column);
        return ImportIssue();
    };
    const ImportIssue group = issueFor("人员类别");
    CHECK(u8(group.value) == "农民工、大学生");
    CHECK(group.message.text().contains(q("大学生")));
    CHECK(group.message.text().contains(q("其余已识别的值照常导入")));
    CHECK(issueFor("性别").message.text().contains(q("男")));
    CHECK(issueFor("登记日期").message.text().contains(q("晚于今天")));
    CHECK(issueFor("联系电话").message.text().contains(q("留空")));

    // The Excel-damage message says exactly what to do in Excel.
    issues.clear();
    CHECK_FALSE(parser.parseWorker(workerRecord({{"身份证号码", "3.40122E+17"}}), issues).has_value());
    REQUIRE(issues.size() == 1);
    CHECK(issues.at(0).severity == IssueSeverity::Rejected);
    CHECK(issues.at(0).column == q("身份证号码"));
    CHECK(u8(issues.at(0).value) == "3.40122E+17");
    CHECK(issues.at(0).message.text().contains(q("“文本”格式")));
    CHECK(issues.at(0).message.sourceText().contains(QStringLiteral("format to Text")));
    CHECK(issues.at(0).message.text().contains(QStringLiteral("CSV")));
    CHECK(issues.at(0).message.sourceText().contains(QStringLiteral("CSV")));
}

TEST_CASE("A worker file without optional columns leaves those fields out", "[import][rows]")
{
    Fixture f;
    const QStringList header = {q("姓名"), q("身份证号")};
    const RowParser parser = workerParser(f, header);
    CHECK(parser.providedFields() == QSet<QString>{QStringLiteral("name"), QStringLiteral("id_number")});
    CsvRecord r;
    r.line = 3;
    r.fields = QStringList{q("李四"), kFemaleId};
    QVector<ImportIssue> issues;
    const auto w = parser.parseWorker(r, issues);
    REQUIRE(w.has_value());
    CHECK(issues.isEmpty());
    CHECK(u8(w->gender) == "F");
    CHECK_FALSE(w->orgId.has_value());
    CHECK(w->keyGroupIds.isEmpty());
    CHECK_FALSE(w->registeredOn.isValid());

    // A file whose ID column is missing rejects every row, naming the field.
    const RowParser noId = workerParser(f, QStringList{q("姓名")});
    r.fields = QStringList{q("李四")};
    issues.clear();
    CHECK_FALSE(noId.parseWorker(r, issues).has_value());
    REQUIRE(issues.size() == 1);
    CHECK(u8(issues.at(0).code) == "missing_required");
    CHECK(u8(issues.at(0).column) == "身份证号");

    // The wrong kind of parser gives nothing rather than a half-filled record.
    issues.clear();
    CHECK_FALSE(parser.parseVacancy(r, issues).has_value());
}

namespace {

const QStringList kVacancyHeader = [] {
    QStringList h;
    for (const char* c : {"序号",     "企业名称", "统一社会信用代码", "所属行业", "所属县区", "企业地址",
                          "联系人",   "联系电话", "是否重点企业",     "岗位名称", "工种",     "职业类别",
                          "招聘人数", "薪资待遇", "福利待遇",         "学历要求", "年龄要求", "技能要求",
                          "岗位要求", "工作地点", "用工形式",         "发布日期", "岗位状态"})
        h << q(c);
    return h;
}();

const std::string kValidUscc = u8(uscc("91340122MA2N0C1B2"));

Cells vacancyBaseline()
{
    return {{"序号", "1"},
            {"企业名称", "合肥某某制造有限公司"},
            {"统一社会信用代码", kValidUscc.c_str()},
            {"所属行业", "C"},
            {"所属县区", "肥东县"},
            {"企业地址", "肥东经济开发区"},
            {"联系人", "李四"},
            {"联系电话", "0551-67654321"},
            {"是否重点企业", "是"},
            {"岗位名称", "普工"},
            {"工种", "装配工"},
            {"职业类别", "6"},
            {"招聘人数", "20人"},
            {"薪资待遇", "4000-6000元/月"},
            {"福利待遇", "五险一金"},
            {"学历要求", "初中及以上"},
            {"年龄要求", "18-45岁"},
            {"技能要求", "初级工"},
            {"岗位要求", "吃苦耐劳"},
            {"工作地点", "肥东经开区"},
            {"用工形式", "全职"},
            {"发布日期", "2024/6/1"},
            {"岗位状态", "招聘中"}};
}

RowParser vacancyParser(const Fixture& f)
{
    return RowParser(ImportKind::Vacancies, ColumnMapping::guess(ImportKind::Vacancies, kVacancyHeader, {0}),
                     kVacancyHeader, *f.lookup, kToday);
}

} // namespace

TEST_CASE("A complete vacancy row becomes a typed record", "[import][rows]")
{
    Fixture f;
    const RowParser parser = vacancyParser(f);
    QVector<ImportIssue> issues;
    const auto v = parser.parseVacancy(record(kVacancyHeader, vacancyBaseline(), {}), issues);
    INFO(u8(codes(issues)));
    REQUIRE(v.has_value());
    CHECK(issues.isEmpty());
    const EnterpriseRecord& e = v->enterprise;
    CHECK(u8(e.name) == "合肥某某制造有限公司");
    CHECK(u8(e.creditCode) == kValidUscc);
    CHECK(e.industryId == f.item("industry", "C"));
    CHECK(e.orgId == f.lookup->homeOrganisation());
    CHECK(u8(e.address) == "肥东经济开发区");
    CHECK(u8(e.contactName) == "李四");
    CHECK(u8(e.contactPhone) == "0551-67654321");
    CHECK(e.isKeyEnterprise == true);
    CHECK(u8(v->title) == "普工");
    CHECK(u8(v->trade) == "装配工");
    CHECK(v->occupationGroupId == f.item("occupation_group", "6"));
    CHECK(v->headcount == 20);
    CHECK(v->wageMin == 4000);
    CHECK(v->wageMax == 6000);
    CHECK(u8(v->wageText) == "4000-6000元/月");
    CHECK(u8(v->benefits) == "五险一金");
    CHECK(v->educationId == f.item("education", "junior"));
    CHECK(v->ageMin == 18);
    CHECK(v->ageMax == 45);
    CHECK(v->skillLevelId == f.item("skill_level", "level5"));
    CHECK(u8(v->requirements) == "吃苦耐劳");
    CHECK(u8(v->workLocation) == "肥东经开区");
    CHECK(v->employmentFormId == f.item("employment_form", "full_time"));
    CHECK(v->postedOn == QDate(2024, 6, 1));
    CHECK(u8(v->status) == "open");
}

TEST_CASE("Vacancy rows: rejections, warnings and cleaned values", "[import][rows]")
{
    Fixture f;
    const RowParser parser = vacancyParser(f);
    const QString badCheck = [] {
        QString s = QString::fromStdString(kValidUscc);
        s[17] = s.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        return s;
    }();
    const std::string badCheckU8 = u8(badCheck);
    struct Case
    {
        const char* title;
        Cells changes;
        bool imported;
        const char* codes;
    };
    const std::vector<Case> cases = {
        {"enterprise missing", {{"企业名称", ""}}, false, "missing_required"},
        {"title missing", {{"岗位名称", " "}}, false, "missing_required"},
        {"both missing", {{"企业名称", ""}, {"岗位名称", ""}}, false, "missing_required,missing_required"},
        {"credit code check fails", {{"统一社会信用代码", badCheckU8.c_str()}}, true, "uscc_checksum"},
        {"credit code malformed", {{"统一社会信用代码", "123"}}, true, "value_unrecognised"},
        {"credit code empty", {{"统一社会信用代码", ""}}, true, ""},
        {"industry by name prefix", {{"所属行业", "制造"}}, true, ""},
        {"industry unknown", {{"所属行业", "Z"}}, true, "value_unrecognised"},
        {"county by code", {{"所属县区", "340122"}}, true, ""},
        {"county unknown", {{"所属县区", "长丰县"}}, true, "value_unrecognised"},
        {"phone invalid", {{"联系电话", "转8888"}}, true, "phone_invalid"},
        {"key flag unreadable", {{"是否重点企业", "也许"}}, true, "value_unrecognised"},
        {"headcount 若干", {{"招聘人数", "若干"}}, true, ""},
        {"headcount unreadable", {{"招聘人数", "很多"}}, true, "value_unrecognised"},
        {"wage negotiable", {{"薪资待遇", "面议"}}, true, ""},
        {"wage k-range", {{"薪资待遇", "5k-8k"}}, true, ""},
        {"wage unreadable", {{"薪资待遇", "很高"}}, true, "value_unrecognised"},
        {"education not required", {{"学历要求", "不限"}}, true, ""},
        {"education unknown", {{"学历要求", "幼儿园"}}, true, "value_unrecognised"},
        {"age unreadable", {{"年龄要求", "35岁左右"}}, true, "value_unrecognised"},
        {"skill as a sentence", {{"技能要求", "熟练操作叉车"}}, true, "value_unrecognised"},
        {"occupation unknown", {{"职业类别", "第九类"}}, true, "value_unrecognised"},
        {"employment form unknown", {{"用工形式", "合伙"}}, true, "value_unrecognised"},
        {"posted in the future", {{"发布日期", "2024-12-01"}}, true, "date_invalid"},
        {"status unknown", {{"岗位状态", "暂停"}}, true, "value_unrecognised"},
        {"status filled", {{"岗位状态", "已招满"}}, true, ""},
    };
    for (const Case& c : cases) {
        INFO(c.title);
        QVector<ImportIssue> issues;
        const CsvRecord r = record(kVacancyHeader, vacancyBaseline(), c.changes);
        const auto v = parser.parseVacancy(r, issues);
        CHECK(v.has_value() == c.imported);
        CHECK(u8(codes(issues)) == c.codes);
        checkIssueShape(issues, r.line);
    }

    // What the warnings did to the values.
    QVector<ImportIssue> issues;
    const auto v = parser.parseVacancy(record(kVacancyHeader, vacancyBaseline(),
                                              {{"统一社会信用代码", badCheckU8.c_str()},
                                               {"薪资待遇", "很高"},
                                               {"技能要求", "熟练操作叉车"},
                                               {"招聘人数", "若干"},
                                               {"岗位状态", "已招满"},
                                               {"所属县区", "长丰县"}}),
                                       issues);
    REQUIRE(v.has_value());
    CHECK(v->enterprise.creditCode == badCheck); // kept despite the check character
    CHECK(u8(v->wageText) == "很高");
    CHECK_FALSE(v->wageMin.has_value());
    CHECK_FALSE(v->skillLevelId.has_value());
    CHECK(u8(v->requirements) == "吃苦耐劳；熟练操作叉车");
    CHECK_FALSE(v->headcount.has_value());
    CHECK(u8(v->status) == "filled");
    CHECK_FALSE(v->enterprise.orgId.has_value());

    issues.clear();
    const auto bad =
        parser.parseVacancy(record(kVacancyHeader, vacancyBaseline(), {{"统一社会信用代码", "123"}}), issues);
    REQUIRE(bad.has_value());
    CHECK(bad->enterprise.creditCode.isEmpty());
}
