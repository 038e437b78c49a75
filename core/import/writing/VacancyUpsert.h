#pragma once
// Upserts vacancies keyed by (enterprise, job title), creating or updating each row's enterprise first.
// Enterprises are keyed by unified social credit code, else by exact name within the county (a name match whose
// stored code differs from the row's code is another enterprise). Vacancy lists are small (a county has
// thousands of enterprises, not millions), so the enterprise keys are held in memory for the run.

#include "core/Expected.h"
#include "core/import/ImportTypes.h"
#include "core/import/checking/ImportRecords.h"
#include "core/import/writing/ImportColumns.h"
#include "core/import/writing/ImportWriter.h"

#include <QHash>
#include <QSet>
#include <memory>
#include <utility>

namespace jb::core {

struct WriteContext;
class TableStatements;

class VacancyUpsert final
{
public:
    explicit VacancyUpsert(WriteContext& context);
    ~VacancyUpsert();
    VacancyUpsert(const VacancyUpsert&) = delete;
    VacancyUpsert& operator=(const VacancyUpsert&) = delete;

    Status prepare();
    Expected<RowOutcome> write(const VacancyRecord& record, QVector<ImportIssue>& issues);

private:
    struct EnterpriseKey
    {
        QString name;
        QString creditCode;
        qint64 county = 0;
    };

    Status loadOrganisations();
    Status loadEnterprises();
    qint64 countyOf(qint64 orgId) const;
    QString nameKey(qint64 county, const QString& name) const;
    void remember(qint64 id, const EnterpriseKey& key);
    void forget(qint64 id);
    // The enterprise of a row, created or updated as needed; `changed` when it was created or updated.
    Expected<qint64> resolveEnterprise(const EnterpriseRecord& record, bool& changed, bool& created);
    Expected<RowOutcome> upsertVacancy(const VacancyRecord& record, qint64 enterpriseId, bool enterpriseCreated,
                                       bool& recorded);

    WriteContext& m_context;
    std::unique_ptr<TableStatements> m_enterprises;
    std::unique_ptr<TableStatements> m_vacancies;
    RowValues m_enterpriseValues;
    RowValues m_vacancyValues;

    QHash<qint64, std::pair<qint64, QString>> m_organisations; // id → (parent id, kind)
    QHash<QString, qint64> m_byCode;                           // credit code → enterprise
    QHash<QString, QVector<qint64>> m_byName;                  // county + name → enterprises
    QHash<qint64, EnterpriseKey> m_enterpriseKeys;
    QSet<qint64> m_enterprisesRecorded; // before-image already written in this batch
    QHash<QString, quint32> m_seen;     // enterprise id + title → line | recorded flag
};

} // namespace jb::core
