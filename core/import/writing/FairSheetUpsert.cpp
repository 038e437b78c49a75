// Writing a fair organiser's sheet: see FairSheetUpsert.h for the policy.

#include "core/import/writing/FairSheetUpsert.h"

#include "core/import/writing/ImportWriteContext.h"
#include "core/validation/Normalize.h"

namespace jb::core {

namespace {

ImportIssue rowIssue(qint64 line, const QString& column, const QString& value, const QString& code,
                     const Message& message)
{
    ImportIssue issue;
    issue.line = line;
    issue.column = column;
    issue.value = value;
    issue.code = code;
    issue.message = message;
    issue.severity = IssueSeverity::Warning;
    return issue;
}

std::string_view utf8View(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

FairSheetUpsert::FairSheetUpsert(WriteContext& context) : m_c(context) {}

QString FairSheetUpsert::nameKey(const QString& name)
{
    QString key = normalizeCode(name).toLower();
    key.replace(QChar(u'（'), QLatin1Char('(')).replace(QChar(u'）'), QLatin1Char(')'));
    return key;
}

Status FairSheetUpsert::prepare()
{
    if (Status s = loadFair(); !s)
        return s;
    if (Status s = loadEnterprises(); !s)
        return s;
    struct Target
    {
        SqliteStatement* statement;
        const char* sql;
    };
    const Target targets[] = {
        {&m_findWorker, "SELECT id FROM workers WHERE id_number = ?"},
        {&m_insertWorker, "INSERT INTO workers (org_id, name, gender, id_number, birth_date, phone, registered_on, "
                          "note, source_fair_id, import_batch_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                          "?, ?, ?, ?, ?, ?)"},
        {&m_keyGroup, "INSERT OR IGNORE INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"},
        {&m_attend, "INSERT OR IGNORE INTO fair_attendees (fair_id, worker_id, import_batch_id) VALUES (?, ?, ?)"},
        {&m_participate,
         "INSERT OR IGNORE INTO fair_enterprises (fair_id, enterprise_id, import_batch_id) VALUES (?, ?, ?)"},
        {&m_findPost, "SELECT id FROM vacancies WHERE enterprise_id = ? AND title = ?"},
        {&m_insertPost, "INSERT INTO vacancies (enterprise_id, title, posted_on, source_fair_id, import_batch_id, "
                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"},
        {&m_bringPost, "INSERT OR IGNORE INTO fair_posts (fair_id, vacancy_id, import_batch_id) VALUES (?, ?, ?)"},
        {&m_findReferral, "SELECT id, stage FROM referrals WHERE worker_id = ? AND enterprise_id = ? AND vacancy_id "
                          "IS ? ORDER BY id LIMIT 1"},
        {&m_hasStage, "SELECT 1 FROM referral_stages WHERE referral_id = ? AND stage = ?"},
        {&m_insertReferral, "INSERT INTO referrals (worker_id, vacancy_id, enterprise_id, fair_id, stage, stage_on, "
                            "officer, created_at, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_insertStage,
         "INSERT INTO referral_stages (referral_id, stage, occurred_on, import_batch_id) VALUES (?, ?, ?, ?)"},
        {&m_moveReferral, "UPDATE referrals SET stage = ?, stage_on = ? WHERE id = ?"},
    };
    for (const Target& t : targets) {
        Expected<SqliteStatement> s = m_c.db.prepare(t.sql);
        if (!s)
            return Status::failure(s.error());
        *t.statement = std::move(*s);
    }
    return {};
}

Status FairSheetUpsert::loadFair()
{
    Expected<SqliteStatement> q = m_c.db.prepare("SELECT held_on, status FROM job_fairs WHERE id = ?");
    if (!q)
        return Status::failure(q.error());
    q->bindInt(1, m_c.options.fairId);
    if (!q->step())
        return Status::failure(
            JB_TR("Import", "Job fair %1 does not exist; choose the fair the sheet is from").arg(m_c.options.fairId));
    m_fairDay = q->stringValue(0);
    if (q->stringValue(1) == QLatin1String("planned"))
        return Status::failure(JB_TR("Import", "Job fair %1 is still planned; mark it held before importing its sheet")
                                   .arg(m_c.options.fairId));
    q->reset();
    Expected<SqliteStatement> p = m_c.db.prepare("SELECT enterprise_id FROM fair_enterprises WHERE fair_id = ?");
    if (!p)
        return Status::failure(p.error());
    p->bindInt(1, m_c.options.fairId);
    while (p->step())
        m_participants.insert(p->intValue(0));
    return p->failed() ? Status::failure(p->error()) : Status();
}

Status FairSheetUpsert::loadEnterprises()
{
    Expected<SqliteStatement> q = m_c.db.prepare("SELECT id, name, credit_code FROM enterprises");
    if (!q)
        return Status::failure(q.error());
    while (q->step()) {
        const qint64 id = q->intValue(0);
        m_byName[nameKey(q->stringValue(1))].append(id);
        if (!q->isNull(2))
            m_byCode.insert(q->stringValue(2), id);
    }
    return q->failed() ? Status::failure(q->error()) : Status();
}

Status FairSheetUpsert::linkFair(SqliteStatement& statement, qint64 other)
{
    statement.bindInt(1, m_c.options.fairId);
    statement.bindInt(2, other);
    statement.bindInt(3, m_c.batchId);
    return statement.run();
}

Expected<qint64> FairSheetUpsert::person(const WorkerRecord& w, bool& added)
{
    const QByteArray id = w.idNumber.toUtf8();
    m_findWorker.bindText(1, utf8View(id));
    const bool found = m_findWorker.step();
    const qint64 existing = found ? m_findWorker.intValue(0) : 0;
    m_findWorker.reset();
    if (m_findWorker.failed())
        return Expected<qint64>::failure(m_findWorker.error());
    added = !found;
    if (found)
        return existing;
    SqliteStatement& s = m_insertWorker;
    s.bindInt(1, w.orgId.value_or(m_c.options.homeOrgId));
    s.bindTextCopy(2, w.name);
    s.bindTextCopy(3, w.gender);
    s.bindTextCopy(4, w.idNumber);
    s.bindTextCopy(5, w.birthDate.toString(Qt::ISODate));
    s.bindTextCopy(6, w.phone.isNull() ? QStringLiteral("") : w.phone);
    s.bindTextCopy(7, w.registeredOn.isValid() ? w.registeredOn.toString(Qt::ISODate) : m_fairDay);
    s.bindTextCopy(8, w.note.isNull() ? QStringLiteral("") : w.note);
    s.bindInt(9, m_c.options.fairId);
    s.bindInt(10, m_c.batchId);
    s.bindTextCopy(11, m_c.stampText);
    s.bindTextCopy(12, m_c.stampText);
    if (Status st = s.run(); !st)
        return Expected<qint64>::failure(st.message());
    const qint64 workerId = m_c.db.lastInsertId();
    for (qint64 group : w.keyGroupIds) {
        m_keyGroup.bindInt(1, workerId);
        m_keyGroup.bindInt(2, group);
        if (Status st = m_keyGroup.run(); !st)
            return Expected<qint64>::failure(st.message());
    }
    return workerId;
}

Expected<qint64> FairSheetUpsert::enterpriseOf(const FairSheetRecord& row)
{
    qint64 id = row.creditCode.isEmpty() ? 0 : m_byCode.value(row.creditCode);
    if (id == 0 && !row.enterpriseName.isEmpty()) {
        const QVector<qint64> named = m_byName.value(nameKey(row.enterpriseName));
        for (qint64 candidate : named) // the fair's participants first
            if (m_participants.contains(candidate)) {
                id = candidate;
                break;
            }
        if (id == 0 && !named.isEmpty())
            id = named.first();
    }
    if (id != 0 && !m_participants.contains(id)) {
        if (Status s = linkFair(m_participate, id); !s)
            return Expected<qint64>::failure(s.message());
        m_participants.insert(id);
    }
    return id;
}

Expected<qint64> FairSheetUpsert::postOf(qint64 enterpriseId, const QString& title, bool& added)
{
    added = false;
    if (title.isEmpty())
        return qint64(0);
    const QByteArray t = title.toUtf8();
    m_findPost.bindInt(1, enterpriseId);
    m_findPost.bindText(2, utf8View(t));
    const bool found = m_findPost.step();
    qint64 id = found ? m_findPost.intValue(0) : 0;
    m_findPost.reset();
    if (!found) {
        SqliteStatement& s = m_insertPost;
        s.bindInt(1, enterpriseId);
        s.bindTextCopy(2, title);
        s.bindTextCopy(3, m_fairDay);
        s.bindInt(4, m_c.options.fairId);
        s.bindInt(5, m_c.batchId);
        s.bindTextCopy(6, m_c.stampText);
        s.bindTextCopy(7, m_c.stampText);
        if (Status st = s.run(); !st)
            return Expected<qint64>::failure(st.message());
        id = m_c.db.lastInsertId();
        added = true;
    }
    if (Status s = linkFair(m_bringPost, id); !s)
        return Expected<qint64>::failure(s.message());
    return id;
}

Status FairSheetUpsert::addStage(qint64 referralId, const char* stage)
{
    m_hasStage.bindInt(1, referralId);
    m_hasStage.bindText(2, stage);
    const bool has = m_hasStage.step();
    m_hasStage.reset();
    if (has)
        return {};
    m_insertStage.bindInt(1, referralId);
    m_insertStage.bindText(2, stage);
    m_insertStage.bindTextCopy(3, m_fairDay);
    m_insertStage.bindInt(4, m_c.batchId);
    if (Status s = m_insertStage.run(); !s)
        return s;
    return {};
}

Status FairSheetUpsert::intention(qint64 workerId, qint64 enterpriseId, qint64 vacancyId, bool contract,
                                  const FairSheetRecord& row, QVector<ImportIssue>& issues, ImportSummary& counts)
{
    m_findReferral.bindInt(1, workerId);
    m_findReferral.bindInt(2, enterpriseId);
    if (vacancyId > 0)
        m_findReferral.bindInt(3, vacancyId);
    else
        m_findReferral.bindNull(3);
    const bool found = m_findReferral.step();
    qint64 referral = found ? m_findReferral.intValue(0) : 0;
    const QString stage = found ? m_findReferral.stringValue(1) : QString();
    m_findReferral.reset();
    if (m_findReferral.failed())
        return Status::failure(m_findReferral.error());
    const char* target = contract ? "contract" : "intention";
    if (!found) {
        SqliteStatement& s = m_insertReferral;
        s.bindInt(1, workerId);
        if (vacancyId > 0)
            s.bindInt(2, vacancyId);
        else
            s.bindNull(2);
        s.bindInt(3, enterpriseId);
        s.bindInt(4, m_c.options.fairId);
        s.bindText(5, target);
        s.bindTextCopy(6, m_fairDay);
        s.bindTextCopy(7, m_c.options.officer);
        s.bindTextCopy(8, m_c.stampText);
        s.bindInt(9, m_c.batchId);
        if (Status st = s.run(); !st)
            return st;
        referral = m_c.db.lastInsertId();
    }
    // The stages still to reach, on the fair's day; a referral already past them is left as it is.
    static const QStringList order = {QStringLiteral("recommended"), QStringLiteral("interviewed"),
                                      QStringLiteral("intention"),   QStringLiteral("contract"),
                                      QStringLiteral("stable"),      QStringLiteral("left")};
    const int from = found ? static_cast<int>(order.indexOf(stage)) : -1;
    const int to = contract ? 3 : 2;
    bool moved = false;
    for (int i = std::max(from + 1, 2); i <= to; ++i) {
        if (Status st = addStage(referral, i == 2 ? "intention" : "contract"); !st)
            return st;
        ++(i == 2 ? counts.intentions : counts.contracts);
        moved = true;
    }
    if (found && moved) {
        m_moveReferral.bindText(1, target);
        m_moveReferral.bindTextCopy(2, m_fairDay);
        m_moveReferral.bindInt(3, referral);
        if (Status st = m_moveReferral.run(); !st)
            return st;
    }
    if (found && !moved)
        issues.append(rowIssue(row.person.line, m_c.options.enterpriseColumn,
                               row.enterpriseName.isEmpty() ? row.creditCode : row.enterpriseName,
                               reason::intentionRecorded,
                               JB_TR("Import", "This person's intention with %1 is already recorded; it is not "
                                               "recorded twice")
                                   .arg(row.enterpriseName.isEmpty() ? row.creditCode : row.enterpriseName)));
    return {};
}

Expected<RowOutcome> FairSheetUpsert::write(const FairSheetRecord& row, QVector<ImportIssue>& issues,
                                            ImportSummary& counts)
{
    using Result = Expected<RowOutcome>;
    bool added = false;
    const Expected<qint64> worker = person(row.person, added);
    if (!worker)
        return Result::failure(worker.message());
    if (added)
        ++counts.peopleAdded;
    else if (!m_seenWorkers.contains(*worker))
        ++counts.peopleLinked;
    m_seenWorkers.insert(*worker);
    if (Status s = linkFair(m_attend, *worker); !s)
        return Result::failure(s.message());

    const bool namesIntention =
        !row.enterpriseName.isEmpty() || !row.creditCode.isEmpty() || !row.postTitle.isEmpty() || row.contractSigned;
    if (!namesIntention)
        return added ? RowOutcome::Inserted : RowOutcome::Unchanged;
    const Expected<qint64> enterprise = enterpriseOf(row);
    if (!enterprise)
        return Result::failure(enterprise.message());
    if (*enterprise == 0) {
        const QString written = row.enterpriseName.isEmpty() ? row.creditCode : row.enterpriseName;
        issues.append(rowIssue(row.person.line, m_c.options.enterpriseColumn, written, reason::enterpriseNotFound,
                               JB_TR("Import", "Enterprise of the intention not found: \"%1\" is not in the "
                                               "enterprise list; the person is recorded as an attendee without an "
                                               "intention. Add the enterprise and record the intention on the "
                                               "fair's page")
                                   .arg(written)));
        return added ? RowOutcome::Inserted : RowOutcome::Unchanged;
    }
    bool postAdded = false;
    const Expected<qint64> post = postOf(*enterprise, row.postTitle, postAdded);
    if (!post)
        return Result::failure(post.message());
    if (postAdded)
        issues.append(rowIssue(row.person.line, m_c.options.postColumn, row.postTitle, reason::postAdded,
                               JB_TR("Import", "The post \"%1\" was not among %2's vacancies; it was added with the "
                                               "fair as its source (headcount not given)")
                                   .arg(row.postTitle)
                                   .arg(row.enterpriseName)));
    if (Status s = intention(*worker, *enterprise, *post, row.contractSigned, row, issues, counts); !s)
        return Result::failure(s.message());
    return added ? RowOutcome::Inserted : RowOutcome::Unchanged;
}

} // namespace jb::core
