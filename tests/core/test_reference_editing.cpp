// The reference-data editor: add, rename, retire / bring back and delete, each with its audit row; a value in use
// cannot be deleted and the refusal says how many records use it and where; values the figures rely on by code
// (service types training and insurance, the migrant-worker key group) can be renamed only; a rename keeps the
// activity summary and the monthly figures intact because they go by code.

#include "core/reference/ReferenceEditor.h"
#include "core/storage/ActivitySummary.h"
#include "test_demo_support.h"

#include <QLocale>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

qint64 itemId(QSqlDatabase db, const char* list, const char* code)
{
    return scalar(db, QStringLiteral("SELECT id FROM reference_items WHERE list = '%1' AND code = '%2'")
                          .arg(QLatin1String(list), QLatin1String(code)))
        .toLongLong();
}

qint64 audits(QSqlDatabase db, qint64 id, const char* action)
{
    return count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'reference_items' AND "
                                    "record_id = %1 AND action = '%2'")
                         .arg(id)
                         .arg(QLatin1String(action)));
}

const ReferenceValue* valueOf(const QVector<ReferenceValue>& values, qint64 id)
{
    for (const ReferenceValue& v : values)
        if (v.item.id == id)
            return &v;
    return nullptr;
}

} // namespace

TEST_CASE("Reference values are added, renamed, retired and deleted with an audit row each", "[reference]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("ref.jobbridge"));
    QSqlDatabase db = file->connection();
    ReferenceEditor editor(db);

    const Expected<qint64> added =
        editor.add(QStringLiteral("key_group"), QStringLiteral(" 退役军人 "), QStringLiteral("Veterans"));
    requireOk(added);
    CHECK(
        scalar(db, QStringLiteral("SELECT name_zh || '|' || name_en || '|' || code FROM reference_items WHERE id = %1")
                       .arg(*added))
            .toString() == QStringLiteral("退役军人|Veterans|custom_%1").arg(*added));
    CHECK(audits(db, *added, "insert") == 1);
    // Names are unique within a list (the importer matches them).
    const Expected<qint64> again = editor.add(QStringLiteral("key_group"), QStringLiteral("退役军人"), QString());
    REQUIRE_FALSE(again.hasValue());
    CHECK(again.error().contains(QStringLiteral("退役军人")));
    CHECK_FALSE(editor.add(QStringLiteral("no_such_list"), QStringLiteral("x"), QString()).hasValue());
    CHECK_FALSE(editor.add(QStringLiteral("key_group"), QStringLiteral("  "), QString()).hasValue());

    REQUIRE(editor.rename(*added, QStringLiteral("退役军人及家属"), QStringLiteral("Veterans and families")).ok());
    CHECK(audits(db, *added, "update") == 2);
    CHECK(editor.rename(*added, QStringLiteral("农民工"), QString()).error().contains(QStringLiteral("农民工")));

    REQUIRE(editor.setRetired(*added, true).ok());
    CHECK(scalar(db, QStringLiteral("SELECT retired FROM reference_items WHERE id = %1").arg(*added)).toInt() == 1);
    REQUIRE(editor.setRetired(*added, false).ok());
    CHECK(audits(db, *added, "retire") == 1);
    CHECK(audits(db, *added, "unretire") == 1);

    REQUIRE(editor.remove(*added).ok());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM reference_items WHERE id = %1").arg(*added)) == 0);
    CHECK(audits(db, *added, "delete") == 1);
}

TEST_CASE("A value in use cannot be deleted; the refusal says where it is used", "[reference]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("ref-demo.jobbridge"));
    QSqlDatabase db = file->connection();
    requireOk(generateDemo(db, smallOptions(9)));
    ReferenceEditor editor(db);

    const qint64 newForm = itemId(db, "key_group", "new_form");
    const qint64 members =
        count(db, QStringLiteral("SELECT count(*) FROM worker_key_groups WHERE key_group_id = %1").arg(newForm));
    REQUIRE(members > 0);
    const Expected<QVector<ReferenceValue>> groups = editor.values(QStringLiteral("key_group"));
    requireOk(groups);
    REQUIRE(valueOf(*groups, newForm));
    CHECK(valueOf(*groups, newForm)->usedBy == members);
    CHECK(valueOf(*groups, itemId(db, "key_group", "migrant_worker"))->reliedOnByCode);
    CHECK_FALSE(valueOf(*groups, newForm)->reliedOnByCode);

    const Status refused = editor.remove(newForm);
    REQUIRE_FALSE(refused.ok());
    const QString n = QLocale(QLocale::English).toString(members);
    CHECK(refused.error() == QStringLiteral("该重点群体已被%1名劳动者使用，不能删除，只能停用").arg(n));
    CHECK(refused.message().sourceText() ==
          QStringLiteral("%1 workers are in this key group; it cannot be deleted, only retired").arg(n));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM reference_items WHERE id = %1").arg(newForm)) == 1);
    CHECK(audits(db, newForm, "delete") == 0);

    // Used by two tables: both are named, with their counts.
    const qint64 junior = itemId(db, "education", "junior");
    const qint64 workers =
        count(db, QStringLiteral("SELECT count(*) FROM workers WHERE education_id = %1").arg(junior));
    const qint64 vacancies =
        count(db, QStringLiteral("SELECT count(*) FROM vacancies WHERE education_id = %1").arg(junior));
    REQUIRE(workers > 0);
    REQUIRE(vacancies > 0);
    const Status education = editor.remove(junior);
    REQUIRE_FALSE(education.ok());
    CHECK(education.message().sourceText().contains(
        QLocale(QLocale::English).toString(workers) + QStringLiteral(" workers, ") +
        QLocale(QLocale::English).toString(vacancies) + QStringLiteral(" vacancies")));
    CHECK(education.error().contains(QLocale(QLocale::English).toString(workers) + QStringLiteral("名劳动者、") +
                                     QLocale(QLocale::English).toString(vacancies) + QStringLiteral("个岗位")));
    const Expected<QVector<ReferenceValue>> levels = editor.values(QStringLiteral("education"));
    requireOk(levels);
    CHECK(valueOf(*levels, junior)->usedBy == workers + vacancies);

    // Retiring a value in use is allowed and keeps the records pointing at it.
    REQUIRE(editor.setRetired(newForm, true).ok());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM worker_key_groups WHERE key_group_id = %1").arg(newForm)) ==
          members);
}

TEST_CASE("Values the figures rely on are renamed only, and a rename keeps the summary", "[reference]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("ref-built-in.jobbridge"));
    QSqlDatabase db = file->connection();
    requireOk(generateDemo(db, smallOptions(3)));
    ReferenceEditor editor(db);
    const qint64 insurance = itemId(db, "service_type", "insurance");
    const qint64 training = itemId(db, "service_type", "training");
    const QString before = column(db, QStringLiteral("SELECT metric || n FROM activity_daily WHERE metric = "
                                                     "'service_training' ORDER BY 1"))
                               .join(QLatin1Char(','));

    CHECK_FALSE(editor.setRetired(insurance, true).ok());
    CHECK_FALSE(editor.remove(itemId(db, "key_group", "migrant_worker")).ok());
    // Unused, yet refused: the code is what the metrics count by.
    REQUIRE(db.transaction());
    REQUIRE(QSqlQuery(db).exec(QStringLiteral("DELETE FROM services WHERE service_type_id = %1").arg(insurance)));
    const Status gone = editor.remove(insurance);
    REQUIRE(db.rollback());
    CHECK_FALSE(gone.ok());
    CHECK(gone.message().sourceText().contains(QStringLiteral("cannot be deleted")));
    CHECK(gone.error().contains(QStringLiteral("不能删除")));

    REQUIRE(editor.rename(training, QStringLiteral("职业技能培训"), QStringLiteral("Vocational training")).ok());
    CHECK(scalar(db, QStringLiteral("SELECT code FROM reference_items WHERE id = %1").arg(training)).toString() ==
          QStringLiteral("training"));
    const QString after = column(db, QStringLiteral("SELECT metric || n FROM activity_daily WHERE metric = "
                                                    "'service_training' ORDER BY 1"))
                              .join(QLatin1Char(','));
    CHECK(after == before);
    CHECK_FALSE(after.isEmpty());
}

TEST_CASE("A deleted value is put back with its id, code, names and state (the undo of a delete)", "[reference]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("restore.jobbridge"));
    QSqlDatabase db = file->connection();
    ReferenceEditor editor(db);
    const Expected<qint64> added = editor.add(QStringLiteral("key_group"), QStringLiteral("返乡创业人员"),
                                              QStringLiteral("Returnee entrepreneurs"));
    REQUIRE(added.hasValue());
    REQUIRE(editor.setRetired(*added, true).ok());
    const Expected<ReferenceItem> before = editor.item(*added);
    REQUIRE(before.hasValue());
    REQUIRE(editor.remove(*added).ok());
    CHECK_FALSE(editor.item(*added).hasValue());

    REQUIRE(editor.restore(*before).ok());
    const Expected<ReferenceItem> after = editor.item(*added);
    REQUIRE(after.hasValue());
    CHECK(after->code == before->code);
    CHECK(after->list == before->list);
    CHECK(after->nameZh == before->nameZh);
    CHECK(after->nameEn == before->nameEn);
    CHECK(after->sortOrder == before->sortOrder);
    CHECK(after->retired);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'reference_items' AND record_id "
                                   "= %1 AND action = 'insert' AND note LIKE '%restored'")
                        .arg(*added)) == 1);

    // Put back twice, or over a value that took its name meanwhile: refused, nothing written.
    CHECK_FALSE(editor.restore(*before).ok());
    REQUIRE(editor.remove(*added).ok());
    REQUIRE(editor.add(QStringLiteral("key_group"), QStringLiteral("返乡创业人员"), {}).hasValue());
    const qint64 audited = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    CHECK_FALSE(editor.restore(*before).ok());
    // (The new value took the freed id and code: it stays as added, not retired.)
    CHECK_FALSE(editor.item(*added)->retired);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log")) == audited);
}
