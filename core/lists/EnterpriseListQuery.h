#pragma once
// EnterpriseListQuery: the enterprise demand list as the officer sees it: how many enterprises the filter selects,
// and any window of them in any column's order. The figures per enterprise (open vacancies, headcount wanted
// across them, hired and gap from the latest demand snapshot, last contact, open flags) are computed and sorted
// by SQLite, never by loading the table. Contact phones leave core masked; only the export (unmasked, audited)
// and revealEnterprisePhone (EnterpriseDetail.h) unmask. Speed at 100k enterprises: bench/enterprises_list.sh.

#include "core/Expected.h"
#include "core/domain/NameLanguage.h"
#include "core/lists/EnterpriseFilter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <functional>
#include <optional>

namespace jb::core {

struct EnterpriseRow
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    QString organisation; // the county or sub-unit it is registered under
    QString industry;
    int openVacancies = 0;
    int headcount = 0;        // wanted across the open vacancies
    std::optional<int> hired; // latest demand snapshot; none when never visited
    std::optional<int> gap;
    QDate lastContact;     // latest demand snapshot's day
    QStringList openFlags; // kinds: wage_arrears, attrition, labour_risk
    QString contactName;
    QString contactPhone; // masked unless exported unmasked
    QString address;
    bool keyEnterprise = false;
    bool majorProject = false;
};

// The WHERE clause (" WHERE …" or empty) selecting `filter`'s enterprises as alias `e`, shared with the vacancy
// list so both export exactly the same enterprises.
QString enterpriseFilterSql(const EnterpriseFilter& filter, QVariantList& binds);

class EnterpriseListQuery final
{
public:
    // `names` picks the names of reference values.
    static Expected<EnterpriseListQuery> create(QSqlDatabase db, EnterpriseFilter filter, EnterpriseSort sort = {},
                                                NameLanguage names = NameLanguage::Chinese);

    const EnterpriseFilter& filter() const { return m_filter; }
    const EnterpriseSort& sort() const { return m_sort; }
    NameLanguage names() const { return m_names; }
    QSqlDatabase database() const { return m_db; }

    // How many enterprises the filter selects (remembered for fetch(); a search remembers its enterprises too).
    Expected<qint64> count() const;
    // Rows [offset, offset + limit) in the sort order; windows past the middle are read from the end in the
    // reverse order, so the last window costs what the first does.
    Expected<QVector<EnterpriseRow>> fetch(qint64 offset, int limit) const;
    // Every selected row in order, one at a time, unmasked when asked; `row` returns false to stop.
    Status forEach(bool unmasked, const std::function<bool(const EnterpriseRow&)>& row) const;

    // The statements of a window and of the count with values inlined, for the benchmark's sqlite3 run.
    QString windowSqlForBenchmark(qint64 offset, int limit) const;
    QString countSqlForBenchmark() const;

    // The words of the list, shown in the installed language.
    static Message columnTitle(EnterpriseColumn column);
    static Message flagKindText(const QString& kind);

private:
    EnterpriseListQuery() = default;
    QString selectSql(bool reversed, const QString& limit, QVariantList& binds) const;
    QString whereSql(QVariantList& binds) const;
    QString limitClause(qint64 offset, qint64 end, bool reversed) const;
    EnterpriseRow readRow(const QSqlQuery& q, bool unmasked) const;
    Expected<QVector<EnterpriseRow>> run(const QString& sql, const QVariantList& binds) const;

    QSqlDatabase m_db;
    EnterpriseFilter m_filter;
    EnterpriseSort m_sort;
    NameLanguage m_names = NameLanguage::Chinese;
    mutable std::optional<qint64> m_count;
    // A search's enterprises, found once by count() when there are few, so windows do not scan the names again.
    mutable std::optional<QVector<qint64>> m_searchIds;
};

} // namespace jb::core
