// The field catalogue (core/records/RecordFields.h) against the schema it describes and the import it shares
// with: every column an officer edits is in it and nothing else, every reference list it names exists, every label
// has its Chinese, every import field fills a catalogue field; and the limits (core/records/RecordLimits.h) hold
// at their edges the same way in the editor's checks and in the import's readers.

#include "core/editing/EditableTables.h"
#include "core/editing/RecordValidation.h"
#include "core/import/checking/ValueParsers.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/records/RecordFields.h"
#include "core/records/RecordLimits.h"
#include "core/stats/StatsRepository.h"
#include "test_demo_support.h"

#include <QSet>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

// The columns of `table` a record edit may carry: all but the id and what core keeps up itself.
QSet<QString> editableColumns(QSqlDatabase db, const QString& table)
{
    QSet<QString> columns;
    for (const QString& name : column(db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        columns.insert(name);
    for (const char* own : {"id", "updated_at", "import_hash"})
        columns.remove(QLatin1String(own));
    return columns;
}

} // namespace

TEST_CASE("The field catalogue describes every column an officer edits, and nothing else", "[records]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("catalogue.jobbridge"));
    QSqlDatabase db = file->connection();
    for (RecordKind kind : editableRecordKinds()) {
        const QString table = recordTable(kind);
        INFO(table.toStdString());
        QSet<QString> stored;
        for (const RecordField& f : recordFields(kind)) {
            INFO(f.id.toStdString());
            CHECK(recordField(kind, f.id) == &f);
            if (f.storage == ColumnKind::IdSet) {
                CHECK(f.kind == FieldKind::ReferenceSet);
                CHECK_FALSE(editing::idSetLink(f.id).table.isEmpty());
            } else {
                stored.insert(f.id);
            }
            if (f.kind == FieldKind::Reference || f.kind == FieldKind::ReferenceSet)
                CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM reference_items WHERE list = '%1'").arg(f.list)) >
                      0);
            CHECK((f.kind == FieldKind::Choice) == !f.choices.isEmpty());
            CHECK(f.updatable == (f.kind != FieldKind::Bookkeeping));
            if (f.kind == FieldKind::Bookkeeping)
                continue;
            // The core tests run with the Chinese translation installed: every word has its Chinese.
            CHECK(f.label.text() != f.label.sourceText());
            CHECK(f.columnHeading().text() != f.columnHeading().sourceText());
            for (const FieldChoice& choice : f.choices)
                CHECK(choice.label.text() != choice.label.sourceText());
            if (f.kind == FieldKind::Number || f.kind == FieldKind::Money)
                CHECK(f.hasRange());
        }
        CHECK(stored == editableColumns(db, table));
        REQUIRE(editing::editableTable(kind));
        CHECK(editing::editableTable(kind)->columns.size() == recordFields(kind).size());
    }
    CHECK(recordFields(RecordKind::Referral).isEmpty());
    CHECK(editing::editableTable(RecordKind::Referral) == nullptr);
}

TEST_CASE("Every record kind has its table, and the file's counts are read by kind", "[records]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("kinds.jobbridge"));
    const auto stats = StatsRepository(file->connection()).collect();
    REQUIRE(stats.hasValue());
    for (RecordKind kind :
         {RecordKind::Organisation, RecordKind::Enterprise, RecordKind::Vacancy, RecordKind::DemandSnapshot,
          RecordKind::EnterpriseFlag, RecordKind::Worker, RecordKind::JobFair, RecordKind::Referral,
          RecordKind::Service, RecordKind::Period, RecordKind::Target}) {
        INFO(recordTable(kind).toStdString());
        CHECK(stats->count(kind) ==
              count(file->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + recordTable(kind)));
    }
    CHECK(stats->count(RecordKind::Organisation) > 0);
}

TEST_CASE("Each list import's fields fill fields of the catalogue", "[records][import]")
{
    const auto claimed = [](const QVector<RecordKind>& kinds) {
        QSet<QString> keys;
        for (RecordKind kind : kinds)
            for (const RecordField& f : recordFields(kind))
                if (!f.importField.isEmpty())
                    keys.insert(f.importField);
        return keys;
    };
    const QSet<QString> workers = claimed({RecordKind::Worker});
    const QSet<QString> vacancies = claimed({RecordKind::Vacancy, RecordKind::Enterprise});
    for (const auto& [kind, keys] :
         {std::pair{ImportKind::Workers, workers}, std::pair{ImportKind::Vacancies, vacancies}}) {
        QSet<QString> offered;
        for (const ImportField& f : importFields(kind)) {
            INFO(f.key.toStdString());
            CHECK(keys.contains(f.key));
            offered.insert(f.key);
        }
        CHECK(keys == offered);
    }
}

namespace {

namespace v = fields::vacancy;
using namespace limits;

struct Edge
{
    qint64 value;
    bool accepted;
};

// A file with one enterprise, and the editor's verdict on one value of a field of an otherwise valid record.
class LimitsFile final
{
public:
    LimitsFile() : m_file(newFile(m_dir, QStringLiteral("limits.jobbridge"))), m_db(m_file->connection())
    {
        home = OrganisationRepository(m_db).home()->id;
        enterprise = execBound(
            m_db, QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
            {home, QStringLiteral("合肥长城机械有限公司"), QStringLiteral("2026-01-01T00:00:00Z"),
             QStringLiteral("2026-01-01T00:00:00Z")});
        vacancy = {{v::enterprise, enterprise},
                   {v::title, QStringLiteral("电焊工")},
                   {v::headcount, 5},
                   {v::postedOn, QStringLiteral("2026-03-01")},
                   {v::status, QStringLiteral("open")}};
        worker = {{fields::worker::name, QStringLiteral("王小伟")},
                  {fields::worker::org, home},
                  {fields::worker::registeredOn, QStringLiteral("2026-03-01")}};
    }

    bool editorAccepts(RecordKind kind, QVariantMap values, const QString& field, const QVariant& value) const
    {
        return !report(kind, values, field, value).isError(field);
    }
    ValidationReport report(RecordKind kind, QVariantMap values, const QString& field, const QVariant& value) const
    {
        values.insert(field, value);
        ValidationReport report = validateRecord(m_db, kind, 0, values, QDate(2026, 3, 10));
        INFO(report.errorSummary().text().toStdString());
        return report;
    }

    qint64 home = 0;
    qint64 enterprise = 0;
    QVariantMap vacancy; // valid: only the field under test can be wrong
    QVariantMap worker;

private:
    ScratchDir m_dir;
    std::unique_ptr<Database> m_file;
    QSqlDatabase m_db;
};

} // namespace

TEST_CASE("A vacancy's age requirement is 16 to 80 in the editor and in the import", "[records][limits]")
{
    const LimitsFile file;
    CHECK(kAgeMin == 16); // the legal minimum working age
    for (const Edge e :
         {Edge{kAgeMin - 1, false}, Edge{kAgeMin, true}, Edge{kAgeMax, true}, Edge{kAgeMax + 1, false}}) {
        INFO(e.value);
        CHECK(file.editorAccepts(RecordKind::Vacancy, file.vacancy, v::ageMin, e.value) == e.accepted);
        CHECK(file.editorAccepts(RecordKind::Vacancy, file.vacancy, v::ageMax, e.value) == e.accepted);
        // The import reads the age column with parseAgeRange: a lower bound alone, then a range up to the value.
        const AgeRange from = parseAgeRange(QStringLiteral("%1岁以上").arg(e.value));
        CHECK(from.recognised == e.accepted);
        CHECK(from.min == (e.accepted ? std::optional<int>(int(e.value)) : std::nullopt));
        CHECK(parseAgeRange(QStringLiteral("%1-%2岁").arg(kAgeMin).arg(e.value)).recognised == e.accepted);
    }
}

TEST_CASE("Monthly wages are 100 to 1,000,000 yuan in the editor and in the import", "[records][limits]")
{
    const LimitsFile file;
    namespace w = fields::worker;
    for (const Edge e :
         {Edge{kWageMin - 1, false}, Edge{kWageMin, true}, Edge{kWageMax, true}, Edge{kWageMax + 1, false}}) {
        INFO(e.value);
        CHECK(file.editorAccepts(RecordKind::Vacancy, file.vacancy, v::wageMin, e.value) == e.accepted);
        CHECK(file.editorAccepts(RecordKind::Vacancy, file.vacancy, v::wageMax, e.value) == e.accepted);
        CHECK(file.editorAccepts(RecordKind::Worker, file.worker, w::expectedWageMin, e.value) == e.accepted);
        CHECK(file.editorAccepts(RecordKind::Worker, file.worker, w::expectedWageMax, e.value) == e.accepted);
        // Both lists' wage columns are read with parseWage: its quick path and its full scanner.
        CHECK(parseWage(QString::number(e.value)).recognised == e.accepted);
        CHECK(parseWage(QString::number(e.value) + QStringLiteral("元/月")).recognised == e.accepted);
    }
}

TEST_CASE("A vacancy's headcount is 0 to 100,000 in the editor and in the import", "[records][limits]")
{
    const LimitsFile file;
    for (const Edge e : {Edge{0, true}, Edge{kHeadcountMax, true}, Edge{kHeadcountMax + 1, false}}) {
        INFO(e.value);
        CHECK(file.editorAccepts(RecordKind::Vacancy, file.vacancy, v::headcount, e.value) == e.accepted);
        const HeadcountParse h = parseHeadcount(QString::number(e.value) + QStringLiteral("人"));
        CHECK(h.recognised == e.accepted);
        CHECK(h.count == (e.accepted ? std::optional<int>(int(e.value)) : std::nullopt));
    }
}

TEST_CASE("Counts and wages typed with their units are read as the targets page and the import read them",
          "[records][limits][quantity]")
{
    const LimitsFile file;
    namespace w = fields::worker;
    const auto q = [](const char* text) { return QVariant(QString::fromUtf8(text)); };
    for (const char* text : {"5人", "5 人", "５", "5", "5,000", "3千", "1.5万人"}) {
        INFO(text);
        CHECK(file.editorAccepts(RecordKind::Vacancy, file.vacancy, v::headcount, q(text)));
        // Stored as the figure, the same one the import reads from the cell.
        const QVariant stored = editing::storedForm(ColumnKind::Integer, q(text));
        CHECK(stored.metaType().id() == QMetaType::LongLong);
        const HeadcountParse h = parseHeadcount(QString::fromUtf8(text));
        REQUIRE(h.count);
        CHECK(stored.toLongLong() == *h.count);
    }
    CHECK(editing::storedForm(ColumnKind::Integer, q("1.5万")).toLongLong() == 15000);
    for (const char* text : {"4500", "4500元", "4.5千", "4,500", "1.5万"}) {
        INFO(text);
        CHECK(file.editorAccepts(RecordKind::Vacancy, file.vacancy, v::wageMin, q(text)));
        CHECK(file.editorAccepts(RecordKind::Worker, file.worker, w::expectedWageMin, q(text)));
        CHECK(parseWage(QString::fromUtf8(text)).min ==
              int(editing::storedForm(ColumnKind::Integer, q(text)).toLongLong()));
    }

    // Counts are whole: the message says so and quotes what was typed.
    const ValidationReport half = file.report(RecordKind::Vacancy, file.vacancy, v::headcount, q("5.5人"));
    REQUIRE(half.isError(v::headcount));
    CHECK(half.messageFor(v::headcount).text().contains(QStringLiteral("5.5人")));
    CHECK(half.messageFor(v::headcount).text().contains(QStringLiteral("整数")));
    CHECK_FALSE(parseHeadcount(QStringLiteral("5.5人")).recognised);
    // A unit of the wrong kind, or words that are no unit, are refused with an example of what is read.
    for (const char* text : {"5元", "五人", "5个半", "abc"}) {
        INFO(text);
        const ValidationReport bad = file.report(RecordKind::Vacancy, file.vacancy, v::headcount, q(text));
        REQUIRE(bad.isError(v::headcount));
        CHECK(bad.messageFor(v::headcount).text().contains(QStringLiteral("1.5万")));
    }
    CHECK_FALSE(file.editorAccepts(RecordKind::Vacancy, file.vacancy, v::wageMin, q("4500人")));
    // A wage max below its min names the lower bound.
    QVariantMap wages = file.vacancy;
    wages.insert(v::wageMin, q("5千"));
    const ValidationReport below = file.report(RecordKind::Vacancy, wages, v::wageMax, q("4000元"));
    REQUIRE(below.isError(v::wageMax));
    CHECK(below.messageFor(v::wageMax).text().contains(QStringLiteral("5000")));
}

TEST_CASE("An enterprise's hiring plan, hired and gap are at most 1,000,000 people", "[records][limits]")
{
    const LimitsFile file;
    namespace s = fields::snapshot;
    const QVariantMap snapshot = {{s::enterprise, file.enterprise},
                                  {s::recordedOn, QStringLiteral("2026-03-01")},
                                  {s::contactKind, QStringLiteral("visit")}};
    for (const QString& field : {s::planned, s::hired, s::gap}) {
        INFO(field.toStdString());
        CHECK(file.editorAccepts(RecordKind::DemandSnapshot, snapshot, field, kPeopleMax));
        CHECK_FALSE(file.editorAccepts(RecordKind::DemandSnapshot, snapshot, field, kPeopleMax + 1));
    }
}

TEST_CASE("The catalogue carries the limits the checks use", "[records][limits]")
{
    CHECK(recordField(RecordKind::Vacancy, v::ageMin)->min == kAgeMin);
    CHECK(recordField(RecordKind::Vacancy, v::ageMax)->max == kAgeMax);
    CHECK(recordField(RecordKind::Vacancy, v::wageMax)->max == kWageMax);
    CHECK(recordField(RecordKind::Worker, fields::worker::expectedWageMin)->min == kWageMin);
    CHECK(recordField(RecordKind::Vacancy, v::headcount)->max == kHeadcountMax);
    CHECK(recordField(RecordKind::DemandSnapshot, fields::snapshot::gap)->max == kPeopleMax);
    CHECK(recordField(RecordKind::Worker, fields::worker::name)->maxLength == kPersonNameLength);
    CHECK(recordField(RecordKind::Vacancy, v::title)->maxLength == kVacancyTitleLength);
}
