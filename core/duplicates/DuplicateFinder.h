#pragma once
// DuplicateFinder: the "possible duplicates" of the worker needs list and the enterprise demand list, by one rule
// at a time. find() runs the rule over the whole file once (one GROUP BY pass, ~2 s on 1M workers, see
// docs/data-model.md "Duplicates and merging") and keeps only the member ids of the groups it found; the list is
// then read a window of groups at a time, each member looked up by id. Resident IDs and phones leave core masked.
//
// The rules:
// - workers, same ID: the first 17 characters of the resident ID, a 15-digit ID upgraded (the file keeps one
//   record per normalised ID, so this finds a check-character typo or a legacy number stored as typed);
// - workers, same name and birth date (also finds the same person entered once with and once without an ID);
// - workers, same phone;
// - enterprises, same unified social credit code;
// - enterprises, same name in one county (a town or park counts under its county).

#include "core/Expected.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace jb::core {

enum class DuplicateRule {
    WorkerSameId,
    WorkerSameNameAndBirth,
    WorkerSamePhone,
    EnterpriseSameCreditCode,
    EnterpriseSameNameInCounty,
};

enum class MergeRecordKind { Worker, Enterprise };

MergeRecordKind recordKindOf(DuplicateRule rule);
// What the rule looks for, as the duplicates page names it.
Message duplicateRuleTitle(DuplicateRule rule);
QVector<DuplicateRule> duplicateRules(MergeRecordKind kind);

// One record of a group, as the list shows it.
struct DuplicateMember
{
    qint64 id = 0;
    QString name;
    QString residentId; // workers: masked; enterprises: the credit code (public, not masked)
    QString phone;      // masked (the enterprise's contact phone for enterprises)
    QDate birthDate;    // workers only
    QString organisation;
    QDate registeredOn; // workers: registered_on; enterprises: the day the record was created
    qint64 referrals = 0;
    qint64 services = 0;
    qint64 vacancies = 0; // enterprises only
};

struct DuplicateGroup
{
    QString key; // what the members share, masked where personal
    QVector<DuplicateMember> members;
};

class DuplicateFinder final
{
public:
    // Runs `rule` over the whole file and keeps the member ids of every group of two or more.
    static Expected<DuplicateFinder> find(QSqlDatabase db, DuplicateRule rule);

    DuplicateRule rule() const { return m_rule; }
    qint64 groupCount() const { return m_groups.size(); }
    qint64 recordCount() const { return m_records; }
    // How long the rule's pass over the file took, in milliseconds.
    qint64 elapsedMs() const { return m_elapsedMs; }
    // The members' ids of group `index`, in id order.
    QVector<qint64> memberIds(qint64 index) const;
    // Groups [offset, offset + limit), in the order of their shared value.
    Expected<QVector<DuplicateGroup>> fetch(qint64 offset, int limit) const;

    // The rule's SQL (for the benchmark and the report of its speed).
    static QString groupSql(DuplicateRule rule);

private:
    struct Found
    {
        QString key;
        QVector<qint64> ids;
    };
    DuplicateFinder() = default;
    Status readMember(qint64 id, DuplicateMember& member) const;

    QSqlDatabase m_db;
    DuplicateRule m_rule = DuplicateRule::WorkerSameNameAndBirth;
    QVector<Found> m_groups;
    qint64 m_records = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace jb::core
