#pragma once
// RecordMerge: merging two records of the same worker (or enterprise) into one. The officer picks the record that
// stays (the survivor) and, for every field where the two differ, which record's value to keep. In ONE
// transaction the merge moves everything hanging off the other record (the loser) to the survivor, deletes the
// loser, writes the chosen values into the survivor and writes the audit trail (action 'merge': one row per
// changed field, old → new, and one row naming the loser merged into the survivor, with the loser's fields as
// they were, so a merge can be traced and reversed by hand).
//
// What moves: for workers, referrals and services, and key groups, hardship categories and service needs as a
// union (only the survivor's missing rows are inserted). For enterprises, vacancies, demand snapshots, monitoring
// flags, referrals, services and job-fair participation; where both took part in the same fair, the survivor's
// participation row is kept and the loser's is dropped (it describes the same stand twice). Two vacancies with the
// same title cannot belong to one enterprise: such a merge is refused with the titles to rename first.
// The maintained activity summary follows through its triggers (plain UPDATE/INSERT/DELETE only).

#include "core/Expected.h"
#include "core/duplicates/DuplicateFinder.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>
#include <QVector>

namespace jb::core {

enum class MergeSide { Survivor, Loser };

struct MergeField
{
    QString field;        // the column, e.g. "phone"
    QString label;        // the field's name in the chosen language
    QString survivorText; // as shown: reference names, masked ID and phone
    QString loserText;
};

struct MergePreview
{
    MergeRecordKind kind = MergeRecordKind::Worker;
    qint64 survivorId = 0;
    qint64 loserId = 0;
    QString survivorName;
    QString loserName;
    QVector<MergeField> differing; // only fields whose values differ
    QVector<MergeField> same;      // fields equal in both (shown for reference)
    // What will move from the loser to the survivor.
    qint64 referrals = 0;
    qint64 services = 0;
    qint64 keyGroups = 0; // worker links the survivor does not have yet (key groups, hardships, needs)
    qint64 vacancies = 0;
    qint64 snapshots = 0;
    qint64 flags = 0;
    qint64 fairs = 0;
    // Why the merge cannot go ahead; empty when it can.
    Message refusal;
};

struct MergeRequest
{
    MergeRecordKind kind = MergeRecordKind::Worker;
    qint64 survivorId = 0;
    qint64 loserId = 0;
    // For each differing field, whose value to keep; a differing field not named keeps the survivor's value.
    QHash<QString, MergeSide> choices;
};

// What one merge did, enough to reverse it exactly (Edit ▸ Undo): the loser's whole row, the ids of the records
// that moved, the link rows added to the survivor and the loser's own, and the survivor's values before.
struct MergeUndo
{
    struct Moved
    {
        QString table;  // e.g. "referrals"
        QString column; // e.g. "worker_id"
        QVector<qint64> ids;
    };
    struct Links
    {
        QString table;  // e.g. "worker_key_groups"
        QString column; // e.g. "key_group_id"
        QVector<qint64> loserValues;
        QVector<qint64> added; // inserted for the survivor
    };
    MergeRecordKind kind = MergeRecordKind::Worker;
    qint64 survivorId = 0;
    qint64 loserId = 0;
    QStringList loserColumns;
    QVariantList loserValues;
    QVector<Moved> moved;
    QVector<Links> links;
    QVector<QVariantList> loserFairRows; // fair_id, import_batch_id
    QVector<qint64> addedFairs;          // fair ids inserted for the survivor
    QVariantMap survivorBefore;          // changed columns and updated_at
    QString survivorStamp;               // the updated_at the merge wrote
};

class RecordMerge final
{
public:
    // The two records side by side, in the chosen language, and what a merge would move. Fails when either record
    // is missing.
    static Expected<MergePreview> preview(QSqlDatabase db, MergeRecordKind kind, qint64 survivorId, qint64 loserId);
    // Performs the merge in one transaction; refuses (changing nothing) when the preview has a refusal, a choice
    // names a field that cannot be merged, or a record is missing. Returns the survivor's id.
    static Expected<qint64> merge(QSqlDatabase db, const MergeRequest& request, MergeUndo* undo = nullptr);
    // Reverses a merge in one audited transaction (action 'unmerge'): the loser comes back with its id, what moved
    // goes back, the survivor gets its values back. Refused, changing nothing, when the survivor was changed since
    // the merge or the loser's id is taken.
    static Status undo(QSqlDatabase db, const MergeUndo& undo);

    // The columns a merge chooses between, in display order.
    static QStringList mergeableFields(MergeRecordKind kind);
};

} // namespace jb::core
