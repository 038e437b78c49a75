#include "core/import/checking/WorkerRow.h"

#include "core/import/checking/Fingerprint.h"

#include <cstring>

namespace jb::core {

namespace {

// Part of every fingerprint: changing it (say, when fillWorkerRow() writes a column differently) retires every
// stored one.
constexpr std::uint64_t kFingerprintVersion = 1;

} // namespace

void fillWorkerRow(RowValues& v, const WorkerRecord& r)
{
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

const QVector<qint64>& workerLinkIds(const WorkerRecord& record, int link)
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

WorkerFingerprint::WorkerFingerprint(const QSet<QString>& provided)
    : m_columns(providedColumns(workerImportColumns(), provided)), m_values(kWorkerColumnCount)
{
    const QVector<ImportColumn>& columns = workerImportColumns();
    const QVector<ImportLink>& links = workerImportLinks();
    for (int j = 0; j < links.size(); ++j)
        if (provided.contains(links[j].field))
            m_links.append(j);
    // The file's columns and links: a file with another set of columns never matches.
    Fingerprint seed(kFingerprintVersion);
    for (int i : std::as_const(m_columns))
        seed.add(1, columns[i].name, std::strlen(columns[i].name));
    for (int j : std::as_const(m_links))
        seed.add(2, links[j].table, std::strlen(links[j].table));
    m_seed = static_cast<qint64>(seed.value());
}

qint64 WorkerFingerprint::of(const WorkerRecord& record)
{
    fillWorkerRow(m_values, record);
    m_key.clear();
    appendUtf8(m_key, record.idNumber);
    Fingerprint f(static_cast<std::uint64_t>(m_seed));
    f.add(0, m_key.data(), m_key.size());
    m_values.addTo(f, m_columns);
    for (int link : std::as_const(m_links)) {
        sortedIds(workerLinkIds(record, link), m_ids);
        f.add(4, m_ids.data(), m_ids.size() * sizeof(qint64));
    }
    return static_cast<qint64>(f.value());
}

} // namespace jb::core
