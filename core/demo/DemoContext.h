#pragma once
// Internal to the demo generator: the state its parts share while filling one file (dates, the home and its
// sub-units, reference ids, what has been generated so far) and RowInserter, the prepared INSERT they all use.

#include "core/Expected.h"
#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoRandom.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <functional>
#include <vector>

namespace jb::core::demo {

class StagingFile;

// A prepared INSERT reused for every row of a table, optionally several rows per statement. Costs that dominated
// a million-row run are avoided here:
// - QSqlResult::bindValue(int) formats a placeholder name with QString::arg on every call; binding by a prebuilt
//   name is a hash lookup, and values are bound once, straight into the statement.
// - Each exec() has a fixed cost of a couple of microseconds; a multi-row INSERT pays it once per batch.
// - A multi-row INSERT that may ABORT keeps a statement journal of every page it touches; OR FAIL does not.
class RowInserter final
{
public:
    // With rowsPerStatement > 1 rows wait until a batch is full and lastId() is meaningless: callers choose ids.
    RowInserter(QSqlDatabase db, const char* table, const char* columns, int rowsPerStatement = 1);
    bool isReady() const { return m_ready; }
    // Sets a column of the current row. Every column must be set for every row.
    void set(int column, const QVariant& value) { m_batch.bindValue(m_names.at(m_filled * m_columns + column), value); }
    // For NOT NULL text columns: Qt binds a null QString as SQL NULL, so an unset string becomes ''.
    void setText(int column, const QString& value)
    {
        static const QString empty = QStringLiteral("");
        set(column, value.isNull() ? empty : value);
    }
    // Ends the current row; runs the INSERT once the batch is full.
    bool exec();
    // Runs the rows still waiting. Call at the end of a part: until then they are not in the table.
    bool flush();
    // The id of the row just inserted (one row per statement only).
    qint64 lastId() const;
    Message error(const QString& doing) const;

private:
    QSqlQuery m_batch;
    QSqlQuery m_single;
    const QSqlQuery* m_failed = nullptr;
    QVector<QString> m_names; // :c0 … for every value of a full batch
    int m_columns = 0;
    int m_rows = 1;
    int m_filled = 0; // rows bound in the current batch
    bool m_ready = false;
};

struct SubUnit
{
    qint64 id = 0;
    QString name;
    QString shortName; // for enterprise names
    QString place;     // 肥东县店埠镇: current place and work location
    bool park = false;
    int workerWeight = 1;
    int enterpriseWeight = 1;
};

struct EnterpriseInfo
{
    qint64 id = 0;
    int unit = 0;
    int industry = 0;   // index into DemoTables::industries
    int createdDay = 0; // Julian day
    int firstVacancy = 0;
    int vacancyCount = 0;
};

struct VacancyInfo
{
    qint64 id = 0;
    int enterprise = 0;
    int postedDay = 0;
};

struct FairInfo
{
    qint64 id = 0;
    int heldDay = 0;
    bool county = false;
    std::vector<int> enterprises; // indexes into Context::enterprises
};

// Reference ids by code, looked up once; a code an officer has removed gives a NULL id rather than a failure.
class ReferenceIds final
{
public:
    Status load(QSqlDatabase db);
    QVariant id(const char* list, const char* code) const;
    QVariant id(const char* list, const QString& code) const;

private:
    QHash<QString, QVariant> m_ids; // "list/code" → id
};

// 'YYYY-MM-DD' for every day the generator can write (the oldest worker's birth to today), built once: dates are
// the values bound most often. Timestamps add a time of day from a table of office-hour minutes.
class DateText final
{
public:
    DateText(int firstDay, int lastDay);
    const QString& date(int julianDay) const;
    // An ISO 8601 UTC timestamp during office hours (Beijing time) of that day; derived, never the wall clock.
    QString stamp(int julianDay, DemoRandom& rng) const;

private:
    std::vector<QString> m_dates;
    int m_firstDay = 0;
    int m_lastDay = 0;
    QStringList m_times;
};

// Reports whole percents of the work done to the caller's callback and remembers a cancel.
class ProgressMeter final
{
public:
    explicit ProgressMeter(std::function<bool(int)> callback) : m_callback(std::move(callback)) {}
    void setTotal(qint64 units) { m_total = units > 0 ? units : 1; }
    // Adds units of work done; false once the caller cancelled.
    bool advance(qint64 units);
    // Reports 100%; false if the caller cancels at the last moment.
    bool finish();
    bool cancelled() const { return m_cancelled; }

private:
    std::function<bool(int)> m_callback;
    qint64 m_total = 1;
    qint64 m_done = 0;
    int m_lastPercent = -1;
    bool m_cancelled = false;
};

// Everything the parts share: options, dates (Julian days), the home and its sub-units, reference ids, and what
// earlier parts generated (later parts link to it).
struct Context final
{
    Context(QSqlDatabase database, const DemoOptions& demoOptions, const std::function<bool(int)>& progressFn);

    QSqlDatabase db;
    DemoOptions options; // with today filled in
    quint64 seed = 0;

    int today = 0;
    int year = 0;
    int yearStart = 0;
    int phaseStart = 0; // the concentrated-action phase: 15 January – 10 April
    int phaseEnd = 0;
    int windowStart = 0; // workers register over the last ~15 months

    qint64 homeId = 0;
    QString homeCode;
    QString homeName;
    QString homeShort;    // 肥东
    QString homeFullName; // 安徽省合肥市肥东县
    QString homeAreaCode; // six digits: the home code if it is a county, else a county under it
    qint64 cityId = 0;    // parent organisations for city- and province-level fairs (0 if none)
    QString cityName;
    qint64 provinceId = 0;
    QString provinceName;

    QVector<SubUnit> units;
    WeightedPicker unitsByWorkers;
    WeightedPicker unitsByEnterprises;
    ReferenceIds refs;
    QStringList officers;

    int stableMonths = 3;
    int promiseDays = 7;
    int insurancePremium = 50;
    int insuranceProvinceShare = 25;

    QVector<EnterpriseInfo> enterprises;
    QVector<VacancyInfo> vacancies;
    std::vector<int> vacanciesByPosted; // vacancy indexes ordered by posted day
    QVector<FairInfo> fairs;            // ordered by held day
    std::vector<int> wageArrearsEnterprises;

    const StagingFile* stagingFile = nullptr; // scratch file for the worker-side tables, if one could be attached
    DemoSummary summary;
    DateText text;
    ProgressMeter progress;

    const QString& date(int julianDay) const { return text.date(julianDay); }
    QVariant dateValue(int julianDay) const { return QVariant(text.date(julianDay)); }
    QString stamp(int julianDay, DemoRandom& rng) const { return text.stamp(julianDay, rng); }
    const QString& officer(DemoRandom& rng) const
    {
        return officers.at(static_cast<int>(rng.below(static_cast<quint64>(officers.size()))));
    }
    const SubUnit& unit(int index) const { return units.at(index); }
};

// The id the next row of `table` gets when the generator chooses ids itself (batched inserts): one past the
// largest, so ids stay in insertion order.
Expected<qint64> nextId(QSqlDatabase db, const char* table);

// The parts, in the order they run. Each returns a failure message (already bilingual) or success.
Status generateEnterprises(Context& ctx);
Status generateVacancies(Context& ctx);
Status generateFairs(Context& ctx);
Status generateWorkers(Context& ctx);
Status linkFairAttendees(Context& ctx); // after the workers: people referred at a fair attended it

// The failure of a cancelled run.
Message cancelledMessage();

} // namespace jb::core::demo
