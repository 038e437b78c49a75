// The service roster import (issue 14): a training class list LibreOffice saved as GBK CSV
// (tests/data/import/services/, make_roster.py says what each row must do) goes through the import pipeline as kind
// `services`: people matched by ID number, an unknown one rejected with the officer told to register the person
// first, Excel's mangled ID rejected, an unknown mode left out with a warning, a repeat not recorded twice; a dry
// run writes nothing; the batch undoes and the figures come back.

#include "PlacementTestSupport.h"
#include "core/import/ImportJob.h"
#include "core/import/batches/ImportBatchRepository.h"
#include "support/TestSupport.h"

using namespace jb::test::placement;

namespace {

const QDate kRosterToday(2026, 3, 31);

struct RosterCounty : PlacementCounty
{
    explicit RosterCounty(const ScratchDir& dir) : PlacementCounty(dir, QStringLiteral("roster.jobbridge"))
    {
        for (const auto& [name, id] : {std::pair{"王强", "340122198003040154"}, std::pair{"张伟", "340122199005100119"},
                                       std::pair{"李娜", "340122199502180228"}})
            exec(QStringLiteral("INSERT INTO workers (org_id, name, id_number, birth_date, registered_on, created_at, "
                                "updated_at) VALUES (?, ?, ?, '1990-01-01', '2026-01-05', 't', 't')"),
                 {townA, QString::fromUtf8(name), QString::fromLatin1(id)});
    }
    Expected<ImportSummary> import(bool dryRun, const QString& kind = QStringLiteral("training"))
    {
        ImportRequest request;
        request.filePath = jb::test::fixturePath(QStringLiteral("import/services/training.gbk.csv"));
        request.kind = ImportKind::Services;
        request.serviceKind = kind;
        request.today = kRosterToday;
        request.dryRun = dryRun;
        request.officer = QStringLiteral("roster test");
        ImportJob job(*m_file, request);
        if (Status s = job.prepare(); !s)
            return Expected<ImportSummary>::failure(s.message());
        for (const int column : job.mapping().unmappedColumns()) // 序号 only
            CHECK(job.header().value(column) == QStringLiteral("序号"));
        return job.run();
    }
};

QStringList codes(const ImportSummary& s)
{
    QStringList out;
    for (const ImportIssue& issue : s.issues)
        out << QStringLiteral("%1:%2:%3").arg(issue.line).arg(issue.code, severityKey(issue.severity));
    return out;
}

} // namespace

TEST_CASE("A training roster from LibreOffice imports as services: matched by ID number, unknown people rejected, "
          "the batch undoes",
          "[import][services]")
{
    ScratchDir dir;
    RosterCounty c(dir);
    const QString before = c.summary();

    const Expected<ImportSummary> dry = c.import(true);
    REQUIRE(dry.hasValue());
    CHECK(dry->inserted == 2);
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM services")) == 0);

    const Expected<ImportSummary> s = c.import(false);
    REQUIRE(s.hasValue());
    CHECK(s->encoding == QStringLiteral("GB18030"));
    CHECK(s->rowsRead == 5);
    CHECK(s->inserted == 2);
    CHECK(s->unchanged == 1);
    CHECK(s->rejected == 2);
    const QStringList found = codes(*s);
    INFO(found.join(QLatin1Char(' ')).toStdString());
    CHECK(found.contains(QStringLiteral("4:id_excel_damaged:rejected")));
    CHECK(found.contains(QStringLiteral("5:person_not_found:rejected")));
    CHECK(found.contains(QStringLiteral("6:value_unrecognised:warning")));
    CHECK(found.contains(QStringLiteral("7:service_recorded:warning")));
    for (const ImportIssue& issue : s->issues)
        if (issue.code == QStringLiteral("person_not_found"))
            CHECK(issue.shownText().contains(QStringLiteral("先")));

    CHECK(scalar(c.db(), QStringLiteral("SELECT group_concat(course || '|' || provider || '|' || subtype || '|' || "
                                        "delivery || '|' || provided_on || '|' || ends_on || '|' || hours || '|' || "
                                        "completed, ';') FROM (SELECT * FROM services ORDER BY id)"))
              .toString() ==
          QStringLiteral("电工|肥东县职业技能培训学校|skill_upgrading|order_based|2026-03-02|2026-03-20|40.0|1;"
                         "电工|肥东县职业技能培训学校|skill_upgrading||2026-03-02|2026-03-20|40.0|1"));
    CHECK(count(c.db(), QStringLiteral("SELECT count(DISTINCT org_id) FROM services WHERE org_id = %1").arg(c.townA)) ==
          1);
    CHECK(c.figure("service_training") == 2);
    CHECK(c.summary() == c.recounted());

    // Imported again: nothing new.
    const Expected<ImportSummary> again = c.import(false);
    REQUIRE(again.hasValue());
    CHECK(again->inserted == 0);
    CHECK(again->unchanged == 3);
    requireOk(ImportBatchRepository(c.db()).undo(again->batchId));

    requireOk(ImportBatchRepository(c.db()).undo(s->batchId));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM services")) == 0);
    CHECK(c.summary() == before);
}

TEST_CASE("A roster's columns the kind does not record are left out with a warning", "[import][services]")
{
    ScratchDir dir;
    RosterCounty c(dir);
    const Expected<ImportSummary> s = c.import(false, QStringLiteral("visit"));
    REQUIRE(s.hasValue());
    CHECK(s->inserted == 2);
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM services WHERE course <> '' OR hours IS NOT NULL")) == 0);
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM services WHERE note = '' AND provider <> ''")) == 2);
    CHECK_FALSE(c.import(false, QStringLiteral("cooking")).hasValue());
}
