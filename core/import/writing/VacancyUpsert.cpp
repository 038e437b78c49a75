#include "core/import/writing/VacancyUpsert.h"

#include "core/import/reading/FieldCatalog.h"
#include "core/import/writing/ImportWriteContext.h"

#include <algorithm>

namespace jb::core {

namespace {

enum EnterpriseColumn {
    kEntName,
    kEntCreditCode,
    kEntOrg,
    kEntIndustry,
    kEntAddress,
    kEntContactName,
    kEntContactPhone,
    kEntKey,
    kEnterpriseColumnCount
};

enum VacancyColumn {
    kTrade,
    kOccupationGroup,
    kHeadcount,
    kWageMin,
    kWageMax,
    kWageText,
    kBenefits,
    kEducation,
    kAgeMin,
    kAgeMax,
    kSkillLevel,
    kRequirements,
    kWorkLocation,
    kEmploymentForm,
    kPostedOn,
    kStatus,
    kVacancyColumnCount
};

constexpr int kMaxOrganisationDepth = 16;

} // namespace

VacancyUpsert::VacancyUpsert(WriteContext& context)
    : m_context(context), m_enterpriseValues(kEnterpriseColumnCount), m_vacancyValues(kVacancyColumnCount)
{
}

VacancyUpsert::~VacancyUpsert() = default;

Status VacancyUpsert::prepare()
{
    Q_ASSERT(enterpriseImportColumns().size() == kEnterpriseColumnCount);
    Q_ASSERT(vacancyImportColumns().size() == kVacancyColumnCount);
    m_enterprises = std::make_unique<TableStatements>(m_context, "enterprises", enterpriseImportColumns(),
                                                      m_context.options.provided);
    m_vacancies =
        std::make_unique<TableStatements>(m_context, "vacancies", vacancyImportColumns(), m_context.options.provided);
    if (Status s = m_enterprises->prepare("t.id = ?", QByteArray(), 0); !s)
        return s;
    if (Status s = m_vacancies->prepare("t.enterprise_id = ? AND t.title = ?", "enterprise_id, title", 2); !s)
        return s;
    if (Status s = loadOrganisations(); !s)
        return s;
    return loadEnterprises();
}

Status VacancyUpsert::loadOrganisations()
{
    Expected<SqliteStatement> q = m_context.db.prepare("SELECT id, parent_id, kind FROM organisations");
    if (!q)
        return Status::failure(q.message());
    while (q->step())
        m_organisations.insert(q->intValue(0), {q->isNull(1) ? 0 : q->intValue(1), q->stringValue(2)});
    return q->failed() ? Status::failure(q->error()) : Status();
}

Status VacancyUpsert::loadEnterprises()
{
    Expected<SqliteStatement> q = m_context.db.prepare("SELECT id, name, credit_code, org_id FROM enterprises");
    if (!q)
        return Status::failure(q.message());
    while (q->step())
        remember(q->intValue(0),
                 {q->stringValue(1), q->isNull(2) ? QString() : q->stringValue(2), countyOf(q->intValue(3))});
    return q->failed() ? Status::failure(q->error()) : Status();
}

qint64 VacancyUpsert::countyOf(qint64 orgId) const
{
    // Enterprises of a town or park belong to its county: names are unique within the county, not the town.
    qint64 id = orgId;
    for (int depth = 0; depth < kMaxOrganisationDepth; ++depth) {
        const auto it = m_organisations.constFind(id);
        if (it == m_organisations.constEnd())
            return orgId;
        if (it->second == QLatin1String("county") || it->first == 0)
            return id;
        id = it->first;
    }
    return orgId;
}

QString VacancyUpsert::nameKey(qint64 county, const QString& name) const
{
    return QString::number(county) + QChar(0x1F) + name;
}

void VacancyUpsert::remember(qint64 id, const EnterpriseKey& key)
{
    if (!key.creditCode.isEmpty())
        m_byCode.insert(key.creditCode, id);
    m_byName[nameKey(key.county, key.name)].append(id);
    m_enterpriseKeys.insert(id, key);
}

void VacancyUpsert::forget(qint64 id)
{
    const EnterpriseKey key = m_enterpriseKeys.take(id);
    if (!key.creditCode.isEmpty() && m_byCode.value(key.creditCode) == id)
        m_byCode.remove(key.creditCode);
    QVector<qint64>& named = m_byName[nameKey(key.county, key.name)];
    named.removeAll(id);
}

Expected<qint64> VacancyUpsert::resolveEnterprise(const EnterpriseRecord& e, bool& changed, bool& created)
{
    using Result = Expected<qint64>;
    const qint64 org = e.orgId.value_or(m_context.options.homeOrgId);
    const bool orgGiven = m_context.options.provided.contains(field::org) && e.orgId.has_value();
    const qint64 county = countyOf(org);
    qint64 id = e.creditCode.isEmpty() ? 0 : m_byCode.value(e.creditCode);
    if (id == 0) {
        for (qint64 candidate : m_byName.value(nameKey(county, e.name))) {
            const QString& stored = m_enterpriseKeys.value(candidate).creditCode;
            if (stored.isEmpty() || e.creditCode.isEmpty() || stored == e.creditCode) {
                id = candidate;
                break;
            }
        }
    }

    RowValues& v = m_enterpriseValues;
    v.clear();
    v.setText(kEntName, e.name);
    v.setTextOrNull(kEntCreditCode, e.creditCode);
    v.setInt(kEntOrg, e.orgId);
    v.setInt(kEntIndustry, e.industryId);
    v.setText(kEntAddress, e.address);
    v.setText(kEntContactName, e.contactName);
    v.setText(kEntContactPhone, e.contactPhone);
    if (e.isKeyEnterprise)
        v.setInt(kEntKey, *e.isKeyEnterprise ? 1 : 0);
    else
        v.setNull(kEntKey);

    if (id == 0) {
        if (v.isNull(kEntOrg))
            v.setInt(kEntOrg, m_context.options.homeOrgId);
        if (v.isNull(kEntKey))
            v.setInt(kEntKey, 0);
        Expected<qint64> inserted = m_enterprises->insertRow(v);
        if (!inserted)
            return inserted;
        remember(*inserted, {e.name, e.creditCode, county});
        changed = created = true;
        return inserted;
    }

    SqliteStatement& stored = m_enterprises->byId();
    stored.bindInt(1, id);
    if (!stored.step()) {
        stored.reset();
        return Result::failure(stored.failed() ? stored.error() : JB_TR("Import", "The enterprise record is gone"));
    }
    if (!m_enterprises->differs(v, stored)) {
        stored.reset();
        return id;
    }
    const bool createdHere = !stored.isNull(1) && stored.intValue(1) == m_context.batchId;
    const bool recordBefore = !createdHere && !m_enterprisesRecorded.contains(id);
    const QJsonObject before = recordBefore ? beforeImage(stored, enterpriseImportColumns()) : QJsonObject();
    // The keys after the update: the stored values where the row left them (kept when empty).
    EnterpriseKey key;
    key.name = QString::fromUtf8(v.text(kEntName).data(), static_cast<qsizetype>(v.text(kEntName).size()));
    key.creditCode =
        QString::fromUtf8(v.text(kEntCreditCode).data(), static_cast<qsizetype>(v.text(kEntCreditCode).size()));
    stored.reset();
    if (orgGiven)
        key.county = county;
    else
        key.county = m_enterpriseKeys.value(id).county;
    if (recordBefore) {
        if (Status s = m_context.recordUpdate("enterprises", id, before); !s)
            return Result::failure(s.message());
        m_enterprisesRecorded.insert(id);
    }
    if (Status s = m_enterprises->updateRow(v, id); !s)
        return Result::failure(s.message());
    forget(id);
    remember(id, key);
    changed = true;
    return id;
}

Expected<RowOutcome> VacancyUpsert::write(const VacancyRecord& record, QVector<ImportIssue>& issues)
{
    bool enterpriseChanged = false;
    bool enterpriseCreated = false;
    Expected<qint64> enterpriseId = resolveEnterprise(record.enterprise, enterpriseChanged, enterpriseCreated);
    if (!enterpriseId)
        return Expected<RowOutcome>::failure(enterpriseId.message());

    const QString key = QString::number(*enterpriseId) + QChar(0x1F) + record.title;
    const quint32 seen = m_seen.value(key);
    if (seen != 0)
        issues.append(duplicateIssue(record.line, seen & ~kRecordedFlag, m_context.options.keyColumn, record.title,
                                     JB_TR("Import", "job title of the same enterprise")));
    bool recorded = (seen & kRecordedFlag) != 0;
    Expected<RowOutcome> outcome = upsertVacancy(record, *enterpriseId, enterpriseCreated, recorded);
    if (!outcome)
        return outcome;
    m_seen.insert(key, seenValue(record.line, recorded));
    if (*outcome == RowOutcome::Unchanged && enterpriseChanged)
        return RowOutcome::Updated;
    return outcome;
}

Expected<RowOutcome> VacancyUpsert::upsertVacancy(const VacancyRecord& r, qint64 enterpriseId, bool enterpriseCreated,
                                                  bool& recorded)
{
    using Result = Expected<RowOutcome>;
    RowValues& v = m_vacancyValues;
    v.clear();
    v.setText(kTrade, r.trade);
    v.setInt(kOccupationGroup, r.occupationGroupId);
    v.setInt(kHeadcount, r.headcount.value_or(0));
    v.setInt(kWageMin, r.wageMin);
    v.setInt(kWageMax, r.wageMax);
    v.setText(kWageText, r.wageText);
    v.setText(kBenefits, r.benefits);
    v.setInt(kEducation, r.educationId);
    v.setInt(kAgeMin, r.ageMin);
    v.setInt(kAgeMax, r.ageMax);
    v.setInt(kSkillLevel, r.skillLevelId);
    v.setText(kRequirements, r.requirements);
    v.setText(kWorkLocation, r.workLocation);
    v.setInt(kEmploymentForm, r.employmentFormId);
    v.setDate(kPostedOn, r.postedOn);
    v.setTextOrNull(kStatus, r.status);

    const std::string title = r.title.toStdString();
    if (!enterpriseCreated) {
        SqliteStatement& stored = m_vacancies->lookup();
        stored.bindInt(1, enterpriseId);
        stored.bindText(2, title);
        if (stored.step()) {
            if (!m_vacancies->differs(v, stored)) {
                stored.reset();
                return RowOutcome::Unchanged;
            }
            const qint64 id = stored.intValue(0);
            const bool createdHere = !stored.isNull(1) && stored.intValue(1) == m_context.batchId;
            const bool recordBefore = !createdHere && !recorded;
            const QJsonObject before = recordBefore ? beforeImage(stored, vacancyImportColumns()) : QJsonObject();
            stored.reset();
            if (recordBefore) {
                if (Status s = m_context.recordUpdate("vacancies", id, before); !s)
                    return Result::failure(s.message());
                recorded = true;
            }
            if (Status s = m_vacancies->updateRow(v, id); !s)
                return Result::failure(s.message());
            return RowOutcome::Updated;
        }
        stored.reset();
        if (stored.failed())
            return Result::failure(stored.error());
    }
    if (v.isNull(kPostedOn))
        v.setDate(kPostedOn, m_context.options.today);
    if (v.isEmpty(kStatus))
        v.setText(kStatus, QStringLiteral("open"));
    m_vacancies->insert().bindInt(1, enterpriseId);
    m_vacancies->insert().bindText(2, title);
    Expected<qint64> id = m_vacancies->insertRow(v);
    if (!id)
        return Result::failure(id.message());
    return RowOutcome::Inserted;
}

} // namespace jb::core
