#include "core/import/WorkerUpsert.h"

#include "core/import/FieldCatalog.h"
#include "core/import/ImportWriteContext.h"

#include <QJsonArray>
#include <algorithm>

namespace jb::core {

namespace {

// Indexes into workerImportColumns().
enum WorkerColumn {
    kName,
    kGender,
    kBirthDate,
    kPhone,
    kOrg,
    kHukou,
    kCurrentPlace,
    kEmploymentStatus,
    kReturnedOn,
    kReturnDestination,
    kDesiredTrade,
    kDesiredPlace,
    kWageMin,
    kWageMax,
    kSkillLevel,
    kEducation,
    kRegisteredOn,
    kLastContactOn,
    kNote,
    kWorkerColumnCount
};

const QVector<qint64>& linkIds(const WorkerRecord& record, int link)
{
    switch (link) {
    case 0:
        return record.keyGroupIds;
    case 1:
        return record.hardshipIds;
    default:
        return record.serviceNeedIds;
    }
}

} // namespace

// ---- WorkerUpsert ----------------------------------------------------------------------------------------------

WorkerUpsert::WorkerUpsert(WriteContext& context, bool bulkLoad)
    : m_context(context), m_values(kWorkerColumnCount), m_bulkLoad(bulkLoad)
{
}

WorkerUpsert::~WorkerUpsert() = default;

Status WorkerUpsert::prepare()
{
    const QVector<ImportColumn>& columns = workerImportColumns();
    Q_ASSERT(columns.size() == kWorkerColumnCount);
    m_table = std::make_unique<TableStatements>(m_context, "workers", columns, m_context.options.provided);

    // The provided link lists come with the stored row, one probe of each link table's primary key.
    QByteArray extra;
    const QVector<ImportLink>& links = workerImportLinks();
    for (int j = 0; j < links.size(); ++j) {
        if (!m_context.options.provided.contains(links[j].field))
            continue;
        m_links.append(j);
        extra += QByteArray(", (SELECT group_concat(") + links[j].valueColumn + ") FROM " + links[j].table +
                 " WHERE worker_id = t.id)";
        for (auto* target : {&m_linkInsert, &m_linkDelete}) {
            QByteArray sql;
            if (target == &m_linkInsert)
                sql = QByteArray("INSERT OR IGNORE INTO ") + links[j].table + " (worker_id, " + links[j].valueColumn +
                      ") VALUES (?, ?)";
            else
                sql = QByteArray("DELETE FROM ") + links[j].table + " WHERE worker_id = ?";
            Expected<SqliteStatement> s = m_context.db.prepare(sql);
            if (!s)
                return Status::failure(s.error());
            target->push_back(std::move(*s));
        }
    }
    // Last result column: the ID number, to confirm a guessed rowid (see matchStored()).
    m_idColumn = kStoredFirst + kWorkerColumnCount + static_cast<int>(m_links.size());
    extra += ", t.id_number";
    return m_table->prepare("t.id_number = ?", "id_number", 1, extra);
}

void WorkerUpsert::fill(const WorkerRecord& r)
{
    RowValues& v = m_values;
    v.clear();
    v.setTextRef(kName, r.name);
    v.setTextRefOrNull(kGender, r.gender);
    v.setDate(kBirthDate, r.birthDate);
    v.setTextRef(kPhone, r.phone);
    v.setInt(kOrg, r.orgId);
    v.setTextRef(kHukou, r.hukouPlace);
    v.setTextRef(kCurrentPlace, r.currentPlace);
    v.setInt(kEmploymentStatus, r.employmentStatusId);
    v.setDate(kReturnedOn, r.returnedOn);
    v.setTextRefOrNull(kReturnDestination, r.returnDestination);
    v.setTextRef(kDesiredTrade, r.desiredTrade);
    v.setTextRef(kDesiredPlace, r.desiredPlace);
    v.setInt(kWageMin, r.expectedWageMin);
    v.setInt(kWageMax, r.expectedWageMax);
    v.setInt(kSkillLevel, r.skillLevelId);
    v.setInt(kEducation, r.educationId);
    v.setDate(kRegisteredOn, r.registeredOn);
    v.setDate(kLastContactOn, r.lastContactOn);
    v.setTextRef(kNote, r.note);
}

Expected<RowOutcome> WorkerUpsert::write(const WorkerRecord& record, QVector<ImportIssue>& issues)
{
    m_key.clear();
    appendUtf8(m_key, record.idNumber);
    fill(record);
    if (m_bulkLoad) {
        const qint64 earlier = m_written.find(record.idNumber);
        if (earlier == 0) {
            Expected<qint64> id = insert(record);
            if (!id)
                return Expected<RowOutcome>::failure(id.error());
            m_written.insert(record.idNumber, *id);
            m_lines.set(*id, seenValue(record.line, false));
            return RowOutcome::Inserted;
        }
        m_nextRowid = earlier; // the row written by an earlier line of the file: found by rowid, no index needed
    }
    return matchStored(record, issues);
}

SqliteStatement* WorkerUpsert::findStored()
{
    // A list imported again mostly comes in the order it was first imported, which is rowid order: try the rowid
    // after the last match first (a sequential probe) and fall back to the ID index (a random probe) on a miss.
    if (m_nextRowid > 0) {
        SqliteStatement& byId = m_table->byId();
        byId.bindInt(1, m_nextRowid);
        if (byId.step() && byId.textValue(m_idColumn) == m_key)
            return &byId;
        byId.reset();
    }
    if (m_bulkLoad)
        return nullptr; // there is no ID index to look up (and nothing stored before this import)
    SqliteStatement& lookup = m_table->lookup();
    lookup.bindText(1, m_key);
    if (lookup.step())
        return &lookup;
    lookup.reset();
    return nullptr;
}

Expected<RowOutcome> WorkerUpsert::matchStored(const WorkerRecord& record, QVector<ImportIssue>& issues)
{
    SqliteStatement* stored = findStored();
    if (!stored) {
        for (SqliteStatement* s : {&m_table->byId(), &m_table->lookup()}) {
            if (s->failed())
                return Expected<RowOutcome>::failure(s->error());
        }
        Expected<qint64> id = insert(record);
        if (!id)
            return Expected<RowOutcome>::failure(id.error());
        m_lines.set(*id, seenValue(record.line, false));
        return RowOutcome::Inserted;
    }
    const qint64 workerId = stored->intValue(0);
    m_nextRowid = workerId + 1;
    const quint32 seen = m_lines.value(workerId);
    if (seen != 0)
        issues.append(duplicateIssue(record.line, seen & ~kRecordedFlag, m_context.options.keyColumn, record.idNumber,
                                     QStringLiteral("身份证号"), QStringLiteral("ID number")));
    // Created by this batch (an earlier row of the file): undo removes it, no before-image needed.
    const bool createdHere = !stored->isNull(1) && stored->intValue(1) == m_context.batchId;
    bool recorded = (seen & kRecordedFlag) != 0;
    Expected<RowOutcome> outcome = update(record, *stored, !createdHere && !recorded, recorded);
    if (outcome)
        m_lines.set(workerId, seenValue(record.line, recorded));
    return outcome;
}

Expected<qint64> WorkerUpsert::insert(const WorkerRecord& record)
{
    if (m_values.isNull(kOrg))
        m_values.setInt(kOrg, m_context.options.homeOrgId);
    if (m_values.isNull(kRegisteredOn))
        m_values.setDate(kRegisteredOn, m_context.options.today);
    m_table->insert().bindText(1, m_key);
    Expected<qint64> workerId = m_table->insertRow(m_values);
    if (!workerId || *workerId == 0)
        return workerId;
    if (Status s = writeLinks(*workerId, record, false); !s)
        return Expected<qint64>::failure(s.error());
    return workerId;
}

bool WorkerUpsert::linksDiffer(const WorkerRecord& record, const SqliteStatement& stored)
{
    const int first = kStoredFirst + kWorkerColumnCount;
    for (int n = 0; n < m_links.size(); ++n) {
        const std::string_view text = stored.isNull(first + n) ? std::string_view() : stored.textValue(first + n);
        parseIdList(text, m_storedIds);
        sortedIds(linkIds(record, m_links[n]), m_rowIds);
        if (m_storedIds != m_rowIds)
            return true;
    }
    return false;
}

Expected<RowOutcome> WorkerUpsert::update(const WorkerRecord& record, SqliteStatement& stored, bool recordBefore,
                                          bool& recorded)
{
    const bool different = m_table->differs(m_values, stored);
    const bool linksDifferent = linksDiffer(record, stored);
    if (!different && !linksDifferent) {
        stored.reset();
        return RowOutcome::Unchanged;
    }
    const qint64 workerId = stored.intValue(0);
    QJsonObject before;
    if (recordBefore) {
        before = beforeImage(stored, workerImportColumns());
        const int first = kStoredFirst + kWorkerColumnCount;
        for (int n = 0; n < m_links.size(); ++n) {
            QJsonArray ids;
            const std::string_view text = stored.isNull(first + n) ? std::string_view() : stored.textValue(first + n);
            parseIdList(text, m_storedIds);
            for (qint64 id : m_storedIds)
                ids.append(id);
            before.insert(QLatin1String(workerImportLinks()[m_links[n]].jsonKey), ids);
        }
    }
    stored.reset();
    if (recordBefore) {
        if (Status s = m_context.recordUpdate("workers", workerId, before); !s)
            return Expected<RowOutcome>::failure(s.error());
        recorded = true;
    }
    if (Status s = m_table->updateRow(m_values, workerId); !s)
        return Expected<RowOutcome>::failure(s.error());
    if (linksDifferent) {
        if (Status s = writeLinks(workerId, record, true); !s)
            return Expected<RowOutcome>::failure(s.error());
    }
    return RowOutcome::Updated;
}

Status WorkerUpsert::writeLinks(qint64 workerId, const WorkerRecord& record, bool replace)
{
    for (int n = 0; n < m_links.size(); ++n) {
        if (replace) {
            SqliteStatement& remove = m_linkDelete[static_cast<std::size_t>(n)];
            remove.bindInt(1, workerId);
            if (Status s = remove.run(); !s)
                return s;
        }
        SqliteStatement& add = m_linkInsert[static_cast<std::size_t>(n)];
        for (qint64 id : linkIds(record, m_links[n])) {
            add.bindInt(1, workerId);
            add.bindInt(2, id);
            if (Status s = add.run(); !s)
                return s;
        }
    }
    return {};
}

} // namespace jb::core
