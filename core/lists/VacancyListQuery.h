#pragma once
// VacancyListQuery: the vacancies (岗位) of the enterprises an EnterpriseFilter selects — for the vacancy list
// export — or of one enterprise — for its detail panel — enterprise by enterprise (in name order), newest posted
// first. Contact phones are masked unless the export is unmasked (which core::writeList audits).

#include "core/Expected.h"
#include "core/domain/NameLanguage.h"
#include "core/lists/EnterpriseFilter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <optional>

namespace jb::core {

struct VacancyRow
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    QString enterprise;
    QString creditCode;
    QString organisation;
    QString title;
    QString trade;
    QString occupationGroup;
    int headcount = 0;
    QString wage; // "4500–6000" (yuan per month), else what was written ("面议")
    QString education;
    QString age; // "18–45", "≥18", "≤45" or empty
    QString skillLevel;
    QString workLocation;
    QString employmentForm;
    QString requirements;
    QString benefits;
    QDate postedOn;
    QString status; // open, filled, closed
    QDate closedOn;
    QString contactName;
    QString contactPhone; // masked unless exported unmasked
};

class VacancyListQuery final
{
public:
    // The vacancies of every enterprise `filter` selects.
    static VacancyListQuery forFilter(QSqlDatabase db, EnterpriseFilter filter,
                                      NameLanguage names = NameLanguage::Chinese);
    // The vacancies of one enterprise.
    static VacancyListQuery forEnterprise(QSqlDatabase db, qint64 enterpriseId,
                                          NameLanguage names = NameLanguage::Chinese);

    const EnterpriseFilter& filter() const { return m_filter; }
    NameLanguage names() const { return m_names; }
    QSqlDatabase database() const { return m_db; }

    Expected<qint64> count() const;
    Status forEach(bool unmasked, const std::function<bool(const VacancyRow&)>& row) const;
    Expected<QVector<VacancyRow>> all() const;

    // The export's column titles and a row's cells, in the installed language.
    static QStringList header();
    static QVector<QVariant> cells(const VacancyRow& row);
    static Message statusText(const QString& status);

private:
    VacancyListQuery() = default;
    QString whereSql(QVariantList& binds) const;

    QSqlDatabase m_db;
    EnterpriseFilter m_filter;
    std::optional<qint64> m_enterpriseId;
    NameLanguage m_names = NameLanguage::Chinese;
};

} // namespace jb::core
