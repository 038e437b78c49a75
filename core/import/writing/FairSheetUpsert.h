#pragma once
// Writing a fair organiser's sheet into one fair (issue 12's policy, exactly):
//   - the person is matched by ID number: an existing worker is linked to the fair; anyone else is added to the
//     worker list with the fair as source and the fair's first day as registration date (rows with an unusable ID
//     were rejected by the parser);
//   - the enterprise is found by credit code, else by normalised name: first among the fair's participants, then
//     in the whole list; one found only in the whole list joins the fair's participants;
//   - the post is found by title within that enterprise; a post named but not found is added to that enterprise
//     (with the fair as source) with a warning (post_added), and is one of the posts brought to the fair;
//   - an intention whose enterprise cannot be found keeps the person as an attendee with a warning
//     (enterprise_not_found, 意向单位未找到): no link is guessed and the row is not dropped;
//   - the intention is a referral at "intention reached" made at the fair, on the fair's first day; 是否签约 = yes
//     makes it "contract signed" the same day; a person with a referral to the same post already is not given a
//     second one (that referral moves on to a contract if the sheet says signed; else intention_recorded).
// Everything it writes carries the batch (import_batch_id), so undoing the batch removes exactly it.

#include "core/Expected.h"
#include "core/import/ImportTypes.h"
#include "core/import/checking/ImportRecords.h"
#include "core/import/writing/ImportWriter.h"
#include "core/import/writing/SqliteConnection.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace jb::core {

struct WriteContext;

class FairSheetUpsert final
{
public:
    explicit FairSheetUpsert(WriteContext& context);
    Status prepare();
    // Inserted when the person was added to the worker list, else Unchanged. Counts go to `counts`.
    Expected<RowOutcome> write(const FairSheetRecord& row, QVector<ImportIssue>& issues, ImportSummary& counts);

    // How an enterprise name is compared: half-width, no spaces, brackets unified ("（" → "("), lower-case Latin.
    static QString nameKey(const QString& name);

private:
    Status loadFair();
    Status loadEnterprises();
    Expected<qint64> person(const WorkerRecord& w, bool& added);
    // The intention's enterprise; 0 when it cannot be found.
    Expected<qint64> enterpriseOf(const FairSheetRecord& row);
    Expected<qint64> postOf(qint64 enterpriseId, const QString& title, bool& added);
    Status intention(qint64 workerId, qint64 enterpriseId, qint64 vacancyId, bool contract, const FairSheetRecord& row,
                     QVector<ImportIssue>& issues, ImportSummary& counts);
    Status addStage(qint64 referralId, const char* stage);
    Status linkFair(SqliteStatement& statement, qint64 other);

    WriteContext& m_c;
    QString m_fairDay;
    QHash<QString, qint64> m_byCode;
    QHash<QString, QVector<qint64>> m_byName;
    QSet<qint64> m_participants;
    QSet<qint64> m_seenWorkers; // people already written by this import
    SqliteStatement m_findWorker, m_insertWorker, m_keyGroup, m_attend, m_participate, m_findPost, m_insertPost,
        m_bringPost, m_findReferral, m_hasStage, m_insertReferral, m_insertStage, m_moveReferral;
};

} // namespace jb::core
