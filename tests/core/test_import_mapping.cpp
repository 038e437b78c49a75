// Column mapping: header wordings → fields, officer changes, profiles saved and found again by header layout.

#include "core/import/reading/ColumnMapping.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/import/reading/ImportProfileRepository.h"
#include "core/organisations/OrganisationFile.h"
#include "core/storage/Database.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>
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

QStringList header(std::initializer_list<const char*> cells)
{
    QStringList out;
    for (const char* c : cells)
        out << q(c);
    return out;
}

struct HeaderRow
{
    const char* header;
    const char* field; // "" = not mapped
};

} // namespace

TEST_CASE("Worker header wordings map to their fields", "[import][mapping]")
{
    static const std::vector<HeaderRow> rows = {
        {"姓名", "name"},
        {"姓名*", "name"},
        {"*姓名", "name"},
        {" 姓 名 ", "name"},
        {"姓名：", "name"},
        {"姓名(必填)", "name"},
        {"Name", "name"},
        {"NAME", "name"},
        {"身份证号", "id_number"},
        {"身份证号码", "id_number"},
        {"身份证号码（必填）", "id_number"},
        {"公民身份号码", "id_number"},
        {"证件号码", "id_number"},
        {"身份证号（18位）", "id_number"},
        {"ID number", "id_number"},
        {"ID_Number", "id_number"},
        {"性别", "gender"},
        {"联系电话", "phone"},
        {"联系电话【选填】", "phone"},
        {"性别(选填项)", "gender"},
        {"手机号[必填]", "phone"},
        {"手机号码", "phone"},
        {"手机", "phone"},
        {"Phone", "phone"},
        {"户籍所在地", "hukou_place"},
        {"户籍地", "hukou_place"},
        {"现居住地", "current_place"},
        {"所属乡镇", "org"},
        {"乡镇（街道）", "org"},
        {"所属单位", "org"},
        {"人员类别", "key_groups"},
        {"重点群体", "key_groups"},
        {"困难类型", "hardships"},
        {"帮扶类别", "hardships"},
        {"就业状态", "employment_status"},
        {"返岗时间", "returned_on"},
        {"返岗去向", "return_destination"},
        {"求职意向", "desired_trade"},
        {"意向工种", "desired_trade"},
        {"期望薪资", "expected_wage"},
        {"期望月薪", "expected_wage"},
        {"期望月薪（元）", "expected_wage"},
        {"期望月薪(元/月)", "expected_wage"},
        {"技能等级", "skill_level"},
        {"文化程度", "education"},
        {"学历", "education"},
        {"登记日期", "registered_on"},
        {"登记时间", "registered_on"},
        {"最近联系日期", "last_contact_on"},
        {"服务需求", "service_needs"},
        {"备注", "note"},
        {"Remarks", "note"},
        {"序号", ""},
        {"爱好", ""},
        {"企业名称", ""},
        {"", ""},
    };
    const HeaderRow row = GENERATE(from_range(rows));
    INFO(row.header);
    CHECK(u8(matchImportField(ImportKind::Workers, q(row.header))) == row.field);
}

TEST_CASE("Vacancy header wordings map to their fields", "[import][mapping]")
{
    static const std::vector<HeaderRow> rows = {
        {"企业名称", "enterprise_name"},
        {"单位名称", "enterprise_name"},
        {"用人单位", "enterprise_name"},
        {"统一社会信用代码", "credit_code"},
        {"信用代码", "credit_code"},
        {"所属行业", "industry"},
        {"行业", "industry"},
        {"所属县区", "org"},
        {"县（市、区）", "org"},
        {"企业地址", "address"},
        {"联系人", "contact_name"},
        {"联系电话", "contact_phone"},
        {"是否重点企业", "key_enterprise"},
        {"岗位名称", "title"},
        {"招聘岗位", "title"},
        {"工种", "trade"},
        {"职业类别", "occupation_group"},
        {"招聘人数", "headcount"},
        {"需求人数", "headcount"},
        {"薪资待遇", "wage"},
        {"月薪", "wage"},
        {"工资待遇", "wage"},
        {"月薪（元）", "wage"},
        {"福利待遇", "benefits"},
        {"学历要求", "education"},
        {"年龄要求", "age_range"},
        {"技能要求", "skill_level"},
        {"工作地点", "work_location"},
        {"用工形式", "employment_form"},
        {"发布日期", "posted_on"},
        {"岗位状态", "status"},
        {"Company", "enterprise_name"},
        {"Job title", "title"},
        {"Headcount", "headcount"},
        {"Salary", "wage"},
        {"身份证号", ""},
        {"序号", ""},
    };
    const HeaderRow row = GENERATE(from_range(rows));
    INFO(row.header);
    CHECK(u8(matchImportField(ImportKind::Vacancies, q(row.header))) == row.field);
}

TEST_CASE("The field catalogue is consistent", "[import][mapping]")
{
    for (const ImportKind kind : {ImportKind::Workers, ImportKind::Vacancies}) {
        QHash<QString, QString> owner;
        QSet<QString> keys;
        for (const ImportField& f : importFields(kind)) {
            INFO(u8(f.key));
            CHECK_FALSE(keys.contains(f.key));
            keys.insert(f.key);
            CHECK(findImportField(kind, f.key) == &f);
            CHECK_FALSE(f.labelZh.isEmpty());
            CHECK_FALSE(f.labelEn.isEmpty());
            // Every wording belongs to one field only, or mapping would depend on the table's order.
            for (const QString& s : f.synonyms + QStringList{f.labelZh}) {
                const QString norm = normalizeHeaderKey(s);
                INFO(u8(s));
                CHECK_FALSE(norm.isEmpty());
                CHECK(owner.value(norm, f.key) == f.key);
                owner.insert(norm, f.key);
                CHECK(u8(matchImportField(kind, s)) == u8(f.key));
            }
        }
    }
    const auto required = [](ImportKind kind) {
        QStringList out;
        for (const ImportField& f : importFields(kind))
            if (f.required)
                out << f.key;
        return out.join(QLatin1Char(','));
    };
    CHECK(u8(required(ImportKind::Workers)) == "name,id_number");
    CHECK(u8(required(ImportKind::Vacancies)) == "enterprise_name,title");
    for (const char* multi : {"key_groups", "hardships", "service_needs"})
        CHECK(findImportField(ImportKind::Workers, q(multi))->multiValued);
    CHECK_FALSE(findImportField(ImportKind::Workers, q("name"))->multiValued);
    CHECK(findImportField(ImportKind::Workers, q("no_such_field")) == nullptr);
}

TEST_CASE("guess maps each field once, keeps unknown columns visible and lists missing required fields",
          "[import][mapping]")
{
    const QStringList h = header({"序号", "姓名", "联系电话", "手机号码", "爱好", "人员类别", "", "户籍地"});
    const ColumnMapping m = ColumnMapping::guess(ImportKind::Workers, h, {0});
    CHECK(m.kind() == ImportKind::Workers);
    CHECK(m.columnOf(QStringLiteral("name")) == 1);
    CHECK(m.columnOf(QStringLiteral("phone")) == 2); // the first match wins
    CHECK(m.fieldOf(3).isEmpty());
    CHECK(m.columnOf(QStringLiteral("key_groups")) == 5);
    CHECK(m.columnOf(QStringLiteral("hukou_place")) == 7);
    CHECK(m.columnOf(QStringLiteral("id_number")) == -1);
    CHECK(m.fieldOf(99).isEmpty());
    CHECK(m.unmappedColumns() == QVector<int>{3, 4}); // not 序号, not the blank header
    CHECK(m.ignoredColumns() == QVector<int>{0});
    CHECK(m.missingRequiredFields() == QStringList{QStringLiteral("id_number")});

    // 序号 is recognised even when the reader did not flag it.
    const ColumnMapping unflagged = ColumnMapping::guess(ImportKind::Workers, h);
    CHECK(unflagged.unmappedColumns() == QVector<int>{3, 4});
}

TEST_CASE("assign moves, clears and refuses fields", "[import][mapping]")
{
    ColumnMapping m = ColumnMapping::guess(ImportKind::Workers, header({"姓名", "证件", "电话", "备用电话"}));
    CHECK(m.columnOf(QStringLiteral("id_number")) == -1);
    m.assign(1, QStringLiteral("id_number"));
    CHECK(m.columnOf(QStringLiteral("id_number")) == 1);
    CHECK(m.missingRequiredFields().isEmpty());

    m.assign(3, QStringLiteral("phone")); // phone moves from column 2 to 3
    CHECK(m.columnOf(QStringLiteral("phone")) == 3);
    CHECK(m.fieldOf(2).isEmpty());
    CHECK(m.unmappedColumns() == QVector<int>{2});

    m.assign(0, QString()); // unassign the name
    CHECK(m.columnOf(QStringLiteral("name")) == -1);
    CHECK(m.missingRequiredFields() == QStringList{QStringLiteral("name")});

    m.assign(2, QStringLiteral("enterprise_name")); // a vacancy field: refused
    m.assign(2, QStringLiteral("bogus"));
    m.assign(17, QStringLiteral("note"));
    CHECK(m.fieldOf(2).isEmpty());
    CHECK(m.columnOf(QStringLiteral("note")) == -1);
}

TEST_CASE("headerSignature ignores notation, not layout", "[import][mapping]")
{
    const QString a = ColumnMapping::headerSignature(header({"姓名*", "身份证号码（必填）", "联系电话"}));
    CHECK(a == ColumnMapping::headerSignature(header({"姓名", "身份证号码", " 联系电话："})));
    CHECK(a == ColumnMapping::headerSignature(header({"姓名", "身份证号码", "联系电话", ""})));
    CHECK(a != ColumnMapping::headerSignature(header({"身份证号码", "姓名", "联系电话"})));
    CHECK(a != ColumnMapping::headerSignature(header({"姓名", "身份证号码"})));
    const ColumnMapping m(ImportKind::Workers, header({"姓名", "身份证号码", "联系电话"}));
    CHECK(m.headerSignature() == a);
}

TEST_CASE("A mapping survives JSON and is re-applied by header text", "[import][mapping]")
{
    ColumnMapping m = ColumnMapping::guess(ImportKind::Vacancies, header({"企业", "岗位", "薪资", "说明", "电话"}));
    m.assign(3, QStringLiteral("requirements")); // 说明 → requirements, by hand
    m.assign(4, QString());                      // 电话 left out on purpose
    const QJsonObject json = m.toJson();
    CHECK(json.value(QStringLiteral("kind")).toString() == QLatin1String("vacancies"));

    // Same columns in another order, one renamed in notation only, and a new column.
    const ColumnMapping again =
        ColumnMapping::fromJson(json, header({"薪资", "岗位*", "企业", "电话", "说明", "工作地点"}));
    CHECK(again.kind() == ImportKind::Vacancies);
    CHECK(again.columnOf(QStringLiteral("wage")) == 0);
    CHECK(again.columnOf(QStringLiteral("title")) == 1);
    CHECK(again.columnOf(QStringLiteral("enterprise_name")) == 2);
    CHECK(again.fieldOf(3).isEmpty()); // still deliberately unmapped
    CHECK(again.columnOf(QStringLiteral("requirements")) == 4);
    CHECK(again.columnOf(QStringLiteral("work_location")) == 5); // new column: guessed

    // Unknown keys from a newer version are ignored; a missing kind defaults to workers.
    QJsonObject odd;
    QJsonObject cols;
    cols.insert(QStringLiteral("姓名"), QStringLiteral("name"));
    cols.insert(QStringLiteral("神秘列"), QStringLiteral("future_field"));
    odd.insert(QStringLiteral("columns"), cols);
    const ColumnMapping w = ColumnMapping::fromJson(odd, header({"神秘列", "姓名"}));
    CHECK(w.kind() == ImportKind::Workers);
    CHECK(w.columnOf(QStringLiteral("name")) == 1);
    CHECK(w.fieldOf(0).isEmpty());
}

namespace {

int auditCount(QSqlDatabase db, const QString& action)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'import_profiles' AND action = ?"));
    query.addBindValue(action);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("Import profiles are saved, found by header layout, replaced and deleted with an audit trail",
          "[import][mapping][profiles]")
{
    jb::test::ScratchDir dir;
    auto db = createOrganisationFile(dir.file(QStringLiteral("profiles.jobbridge")), QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    QSqlDatabase c = (*db)->connection();
    ImportProfileRepository repo(c);

    const QStringList townHeader = header({"序号", "姓名", "证件", "电话"});
    ColumnMapping m = ColumnMapping::guess(ImportKind::Workers, townHeader, {0});
    m.assign(2, QStringLiteral("id_number"));
    const auto saved = repo.save(QStringLiteral("  店埠镇月报  "), m);
    REQUIRE(saved.hasValue());
    CHECK(saved->id > 0);
    CHECK(saved->name == q("店埠镇月报"));
    CHECK(auditCount(c, QStringLiteral("insert")) == 1);

    CHECK_FALSE(repo.save(QStringLiteral("   "), m).hasValue());
    const ColumnMapping v = ColumnMapping::guess(ImportKind::Vacancies, header({"企业名称", "岗位名称"}));
    REQUIRE(repo.save(QStringLiteral("企业清单"), v).hasValue());

    // The same layout written slightly differently finds the profile and gets the hand-made assignment back.
    const QStringList sameLayout = header({"序号", "姓名*", "证件", "电话："});
    const auto found = repo.findBySignature(ImportKind::Workers, ColumnMapping::headerSignature(sameLayout));
    REQUIRE(found.hasValue());
    REQUIRE(found->has_value());
    CHECK((*found)->id == saved->id);
    CHECK((*found)->kind == ImportKind::Workers);
    CHECK((*found)->updatedAt == saved->updatedAt);
    const ColumnMapping applied = (*found)->apply(sameLayout);
    CHECK(applied.columnOf(QStringLiteral("id_number")) == 2);
    CHECK(applied.columnOf(QStringLiteral("name")) == 1);

    const auto otherKind = repo.findBySignature(ImportKind::Vacancies, ColumnMapping::headerSignature(sameLayout));
    REQUIRE(otherKind.hasValue());
    CHECK_FALSE(otherKind->has_value());
    const auto none = repo.findBySignature(ImportKind::Workers, QStringLiteral("no|such|header"));
    REQUIRE(none.hasValue());
    CHECK_FALSE(none->has_value());

    const auto all = repo.list();
    REQUIRE(all.hasValue());
    CHECK(all->size() == 2);
    const auto workersOnly = repo.list(ImportKind::Workers);
    REQUIRE(workersOnly.hasValue());
    REQUIRE(workersOnly->size() == 1);
    CHECK(workersOnly->at(0).name == q("店埠镇月报"));

    // Saving under the same name replaces the profile in place.
    m.assign(3, QString());
    const auto replaced = repo.save(q("店埠镇月报"), m);
    REQUIRE(replaced.hasValue());
    CHECK(replaced->id == saved->id);
    CHECK(auditCount(c, QStringLiteral("update")) == 1);
    const auto byName = repo.findByName(q("店埠镇月报"));
    REQUIRE(byName.hasValue());
    REQUIRE(byName->has_value());
    CHECK((*byName)->apply(townHeader).columnOf(QStringLiteral("phone")) == -1);
    CHECK(repo.list()->size() == 2);

    REQUIRE(repo.remove(saved->id).ok());
    CHECK(auditCount(c, QStringLiteral("delete")) == 1);
    CHECK_FALSE(repo.findByName(q("店埠镇月报"))->has_value());
    CHECK_FALSE(repo.remove(saved->id).ok());
    CHECK(repo.list()->size() == 1);
}
