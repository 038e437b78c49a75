// The audit log as the officer reads it (core/auditlog/AuditQuery.h): rows in the officer's terms (a worker's masked
// name and ID tail, the field's label, ID numbers and phones masked in old → new), the filters (officer, record,
// kind of action, days), the window; the reason a file may require before a reveal or an unmasked export
// (core/settings/RevealReason.h); and an import recorded under the officer named in the settings.

#include "ImportTestSupport.h"
#include "core/audit/AuditLog.h"
#include "core/auditlog/AuditQuery.h"
#include "core/editing/RecordChange.h"
#include "core/editing/WorkerEditing.h"
#include "core/import/batches/ImportBatchRepository.h"
#include "core/lists/EnterpriseDetail.h"
#include "core/lists/WorkerDetail.h"
#include "core/lists/WorkerListExport.h"
#include "core/records/RecordFields.h"
#include "core/settings/RevealReason.h"
#include "core/settings/SettingsRepository.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"
#include "test_demo_support.h"

#include <QSqlQuery>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

const QString kIdNumber = QStringLiteral("340122199001011231");

struct AuditFile
{
    jb::test::NamedOfficer officer{QStringLiteral("王科员")}; // the officer at work, for the file's lifetime
    ScratchDir dir;
    std::unique_ptr<Database> file;
    QSqlDatabase db;
    qint64 worker = 0;

    AuditFile() : file(newFile(dir, QStringLiteral("audit.jobbridge"))), db(file->connection())
    {
        RecordChange add;
        add.kind = RecordChange::Kind::Insert;
        add.record = RecordKind::Worker;
        add.fields = {{QStringLiteral("name"), {}, QStringLiteral("张小明")},
                      {QStringLiteral("org_id"), {}, OrganisationRepository(db).home()->id},
                      {QStringLiteral("id_number"), {}, kIdNumber},
                      {QStringLiteral("gender"), {}, QStringLiteral("M")},
                      {QStringLiteral("birth_date"), {}, QStringLiteral("1990-01-01")},
                      {QStringLiteral("phone"), {}, QStringLiteral("13812345678")},
                      {QStringLiteral("registered_on"), {}, QStringLiteral("2026-03-02")}};
        const Expected<qint64> id = applyRecordChange(db, add);
        INFO(id.error().toStdString());
        REQUIRE(id.hasValue());
        worker = *id;
    }

    QVector<AuditRow> rows(const AuditFilter& filter) const
    {
        const Expected<AuditQuery> query = AuditQuery::open(db, filter, NameLanguage::Chinese);
        REQUIRE(query.hasValue());
        const Expected<qint64> total = query->count();
        REQUIRE(total.hasValue());
        const Expected<QVector<AuditRow>> window = query->window(0, 500);
        INFO(window.error().toStdString());
        REQUIRE(window.hasValue());
        CHECK(window->size() == *total);
        return *window;
    }
};

QString label(const char* field)
{
    return recordField(RecordKind::Worker, QLatin1String(field))->label.text();
}

const AuditRow* find(const QVector<AuditRow>& rows, const QString& field)
{
    for (const AuditRow& r : rows)
        if (r.field == field)
            return &r;
    return nullptr;
}

} // namespace

TEST_CASE("An audit row reads in the officer's terms, personal values masked as the lists mask them", "[audit]")
{
    AuditFile f;
    AuditFilter onlyWorker;
    onlyWorker.recordKind = RecordKind::Worker;
    onlyWorker.recordId = f.worker;
    const QVector<AuditRow> rows = f.rows(onlyWorker);
    REQUIRE(rows.size() >= 4);

    const AuditRow* id = find(rows, label("id_number"));
    REQUIRE(id != nullptr);
    CHECK(id->officer == QStringLiteral("王科员"));
    CHECK(id->action == AuditAction::Edit);
    CHECK(id->actionWords == QStringLiteral("新增"));
    CHECK(id->record == QStringLiteral("劳动者 张**（身份证尾号1231）"));
    CHECK(id->oldValue.isEmpty());
    CHECK(id->newValue == maskResidentId(kIdNumber));
    CHECK_FALSE(id->newValue.contains(QStringLiteral("19900101")));
    const AuditRow* phone = find(rows, label("phone"));
    REQUIRE(phone != nullptr);
    CHECK(phone->newValue == maskPhone(QStringLiteral("13812345678")));
    // No column name is ever shown: every field of the row is a label of the catalogue.
    for (const AuditRow& r : rows) {
        CHECK_FALSE(r.field.contains(QLatin1Char('_')));
        CHECK(r.when.isValid());
    }
    // The CSV export holds the rows as shown: masked.
    const Expected<AuditQuery> query = AuditQuery::open(f.db, onlyWorker, NameLanguage::Chinese);
    REQUIRE(query.hasValue());
    const QString csv = f.dir.file(QStringLiteral("log.csv"));
    const Expected<qint64> written = query->writeCsv(csv);
    REQUIRE(written.hasValue());
    CHECK(*written == rows.size());
    QFile exported(csv);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    CHECK(text.contains(maskResidentId(kIdNumber)));
    CHECK_FALSE(text.contains(kIdNumber));
    CHECK_FALSE(text.contains(QStringLiteral("13812345678")));
}

TEST_CASE("The audit log filters by officer, record, kind of action and day, and reads in windows", "[audit]")
{
    AuditFile f;
    REQUIRE(revealWorkerField(f.db, f.worker, RevealField::Phone).hasValue());
    const Expected<RecordChange> rename =
        updateOf(f.db, RecordKind::Worker, f.worker, {{QStringLiteral("name"), QStringLiteral("张晓明")}});
    REQUIRE(rename.hasValue());
    REQUIRE(applyRecordChange(f.db, *rename).hasValue());
    setOfficerName(QStringLiteral("李科长")); // another officer at work on the same file
    REQUIRE(applyRecordChange(f.db, invertedChange(*rename, f.worker)).hasValue());

    AuditFilter all;
    const qint64 total = f.rows(all).size();
    AuditFilter reveals;
    reveals.action = AuditAction::Reveal;
    const QVector<AuditRow> revealed = f.rows(reveals);
    REQUIRE(revealed.size() == 1);
    CHECK(revealed.first().field == label("phone"));
    CHECK(revealed.first().actionWords == QStringLiteral("查看完整信息"));

    AuditFilter undos;
    undos.action = AuditAction::Undo;
    const QVector<AuditRow> undone = f.rows(undos);
    REQUIRE(undone.size() == 1);
    CHECK(undone.first().officer == QStringLiteral("李科长"));
    CHECK(undone.first().oldValue == QStringLiteral("张晓明"));
    CHECK(undone.first().newValue == QStringLiteral("张小明"));
    AuditFilter edits;
    edits.action = AuditAction::Edit;
    // Every row is of exactly one kind: edits, the reveal and the undo make up the whole log.
    CHECK(f.rows(edits).size() + 2 == total);

    AuditFilter byOfficer;
    byOfficer.officer = QStringLiteral("李科长");
    // Only the undo was made by the second officer (naming the officer is the user's, not a change to the file).
    CHECK(f.rows(byOfficer).size() == 1);
    CHECK(AuditQuery::officers(f.db).value() == QStringList{QStringLiteral("李科长"), QStringLiteral("王科员")});

    AuditFilter byName;
    byName.recordText = QStringLiteral("小明");
    CHECK(f.rows(byName).size() >= 5);
    byName.recordText = QStringLiteral("没有这个人");
    CHECK(f.rows(byName).isEmpty());

    AuditFilter today;
    today.from = QDate::currentDate();
    today.to = QDate::currentDate();
    CHECK(f.rows(today).size() == total);
    AuditFilter tomorrow;
    tomorrow.from = QDate::currentDate().addDays(1);
    CHECK(f.rows(tomorrow).isEmpty());
    AuditFilter longAgo;
    longAgo.to = QDate(2020, 1, 1);
    CHECK(f.rows(longAgo).isEmpty());

    // Windows: newest first, the same rows read from either end.
    const Expected<AuditQuery> query = AuditQuery::open(f.db, all, NameLanguage::Chinese);
    REQUIRE(query.hasValue());
    const QVector<AuditRow> whole = query->window(0, 500).value();
    for (int i = 1; i < whole.size(); ++i)
        CHECK(whole.at(i - 1).id > whole.at(i).id);
    const QVector<AuditRow> tail = query->window(total - 2, 2).value();
    REQUIRE(tail.size() == 2);
    CHECK(tail.at(0).id == whole.at(total - 2).id);
    CHECK(tail.at(1).id == whole.at(total - 1).id);
}

TEST_CASE("A change made without an officer's name reads as unnamed in the language shown, whatever was stored",
          "[audit]")
{
    AuditFile f;
    // Files hold the word in the language of the officer who made the change, or the old joined form.
    for (const QString& stored : {QStringLiteral("unnamed"), QStringLiteral("未署名 / unnamed")}) {
        QSqlQuery q(f.db);
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET officer = '%1'").arg(stored)));
        AuditFilter all;
        const QVector<AuditRow> rows = f.rows(all);
        REQUIRE_FALSE(rows.isEmpty());
        for (const AuditRow& row : rows)
            CHECK(row.officer == QStringLiteral("未署名"));
    }
    CHECK(shownOfficer(QStringLiteral("王科员")) == QStringLiteral("王科员"));
}

TEST_CASE("A file that requires a reason refuses a reveal or an unmasked export without one", "[audit]")
{
    AuditFile f;
    CHECK_FALSE(revealReasonRequired(f.db));
    requireOk(SettingsRepository(f.db).setValue(setting::reasonRequiredForReveal, QStringLiteral("1")));
    REQUIRE(revealReasonRequired(f.db));
    const auto reveals = [&f] {
        return count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'"));
    };

    const Expected<QString> refused = revealWorkerField(f.db, f.worker, RevealField::ResidentId);
    CHECK_FALSE(refused.hasValue());
    CHECK(refused.error().contains(QStringLiteral("理由")));
    CHECK_FALSE(revealWorkerField(f.db, f.worker, RevealField::Phone, QStringLiteral("   ")).hasValue());
    CHECK_FALSE(openWorkerForEditing(f.db, f.worker).hasValue());
    CHECK(reveals() == 0);

    const Expected<QString> shown =
        revealWorkerField(f.db, f.worker, RevealField::ResidentId, QStringLiteral("核对身份"));
    REQUIRE(shown.hasValue());
    CHECK(*shown == kIdNumber);
    REQUIRE(openWorkerForEditing(f.db, f.worker, QStringLiteral("修改电话")).hasValue());
    CHECK(reveals() == 3);
    AuditFilter revealsOnly;
    revealsOnly.action = AuditAction::Reveal;
    const QVector<AuditRow> rows = f.rows(revealsOnly);
    REQUIRE(rows.size() == 3);
    CHECK(rows.last().note == QStringLiteral("核对身份"));
    CHECK(rows.first().note == QStringLiteral("修改电话"));

    // An unmasked export: refused without a reason (no file, no audit row); with one, the reason is in the note.
    const auto query = WorkerListQuery::create(f.db, {}, {}, kToday, NameLanguage::Chinese);
    REQUIRE(query.hasValue());
    const QString out = f.dir.file(QStringLiteral("full.csv"));
    CHECK_FALSE(WorkerListExport::writeCsv(*query, out, true).hasValue());
    CHECK_FALSE(QFile::exists(out));
    REQUIRE(WorkerListExport::writeCsv(*query, out, true, QStringLiteral("报送人社局")).hasValue());
    AuditFilter exports;
    exports.action = AuditAction::UnmaskedExport;
    const QVector<AuditRow> exported = f.rows(exports);
    REQUIRE(exported.size() == 1);
    CHECK(exported.first().note.contains(QStringLiteral("报送人社局")));
    // A masked export needs no reason.
    CHECK(WorkerListExport::writeCsv(*query, f.dir.file(QStringLiteral("masked.csv")), false).hasValue());

    requireOk(SettingsRepository(f.db).setValue(setting::reasonRequiredForReveal, QStringLiteral("0")));
    CHECK(revealWorkerField(f.db, f.worker, RevealField::Phone).hasValue());
}

TEST_CASE("An import is logged under the officer at work", "[audit][import]")
{
    ScratchDir dir;
    auto db = jb::test::import::newCounty(dir);
    const jb::test::NamedOfficer officer(QStringLiteral("赵干事"));
    ImportRequest request;
    request.filePath = jb::test::import::fixture("workers_basic.csv");
    request.kind = ImportKind::Workers;
    request.today = QDate(2024, 3, 15);
    ImportJob job(*db, request);
    requireOk(job.prepare());
    const Expected<ImportSummary> summary = job.run({});
    REQUIRE(summary.hasValue());
    CHECK(ImportBatchRepository(db->connection()).byId(summary->batchId)->officer == QStringLiteral("赵干事"));

    AuditFilter imports;
    imports.action = AuditAction::Import;
    const Expected<AuditQuery> query = AuditQuery::open(db->connection(), imports, NameLanguage::Chinese);
    REQUIRE(query.hasValue());
    const QVector<AuditRow> rows = query->window(0, 10).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().officer == QStringLiteral("赵干事"));
    CHECK(rows.first().record.contains(QStringLiteral("workers_basic.csv")));
}
