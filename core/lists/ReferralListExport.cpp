#include "core/lists/ReferralListExport.h"

#include "core/Message.h"
#include "core/lists/ListExport.h"
#include "core/validation/ResidentId.h"

namespace jb::core {

namespace {

// Rows read per window: large enough that the windows cost little, small enough to keep memory flat at 589k rows.
constexpr int kExportWindow = 2000;

QVector<QVariant> exportCells(const ReferralRow& r, const QString& idNumber)
{
    return {r.id,
            idNumber,
            r.workerName,
            r.enterpriseName,
            r.postTitle,
            r.stageText(),
            r.stageOn.isValid() ? QVariant(r.stageOn) : QVariant(),
            r.officer};
}

} // namespace

QStringList ReferralListExport::header()
{
    return {JB_TR("Placement", "Referral no.").text(),
            ReferralListQuery::columnTitle(ReferralColumn::ResidentId).text(),
            ReferralListQuery::columnTitle(ReferralColumn::Worker).text(),
            ReferralListQuery::columnTitle(ReferralColumn::Enterprise).text(),
            ReferralListQuery::columnTitle(ReferralColumn::Post).text(),
            ReferralListQuery::columnTitle(ReferralColumn::Stage).text(),
            ReferralListQuery::columnTitle(ReferralColumn::StageOn).text(),
            ReferralListQuery::columnTitle(ReferralColumn::Officer).text()};
}

QVector<int> ReferralListExport::columnWidths()
{
    return {9, 21, 10, 26, 18, 12, 11, 10};
}

QString ReferralListExport::describe(const ReferralFilter& filter)
{
    QStringList parts;
    if (filter.stage != ReferralListStage::Any)
        parts << QStringLiteral("stage=%1").arg(static_cast<int>(filter.stage));
    if (filter.enterpriseId)
        parts << QStringLiteral("enterprise=%1").arg(filter.enterpriseId);
    if (filter.keyGroupId)
        parts << QStringLiteral("key_group=%1").arg(filter.keyGroupId);
    if (filter.workerId)
        parts << QStringLiteral("worker=%1").arg(filter.workerId);
    if (!filter.officer.isEmpty())
        parts << QStringLiteral("officer=") + filter.officer;
    if (filter.from.isValid())
        parts << QStringLiteral("from=") + filter.from.toString(Qt::ISODate);
    if (filter.to.isValid())
        parts << QStringLiteral("to=") + filter.to.toString(Qt::ISODate);
    if (filter.followUpDue)
        parts << QStringLiteral("follow_up_due");
    if (filter.stale)
        parts << QStringLiteral("stale");
    return parts.join(QLatin1Char(' '));
}

Expected<qint64> ReferralListExport::write(QSqlDatabase db, const ReferralFilter& filter, const ReferralSort& sort,
                                           ListSink& sink, bool unmasked, const QString& destination,
                                           const QString& reason, QDate today)
{
    Expected<ReferralListQuery> query = ReferralListQuery::create(db, filter, sort, today);
    if (!query)
        return Expected<qint64>::failure(query.message());
    ListExportJob job;
    job.header = header();
    job.unmasked = unmasked;
    job.table = QStringLiteral("referrals");
    job.destination = destination;
    job.filter = describe(filter);
    job.reason = reason;
    job.rows = [&](const std::function<bool(const QVector<QVariant>&)>& put) -> Status {
        for (qint64 offset = 0;; offset += kExportWindow) {
            const Expected<QVector<ReferralRow>> rows = query->fetch(offset, kExportWindow);
            if (!rows)
                return Status::failure(rows.message());
            // The list itself only ever carries ID numbers masked.
            QHash<qint64, WorkerNumbers> numbers;
            if (unmasked) {
                QVector<qint64> people;
                for (const ReferralRow& r : *rows)
                    people << r.workerId;
                Expected<QHash<qint64, WorkerNumbers>> full = workerNumbers(db, people);
                if (!full)
                    return Status::failure(full.message());
                numbers = std::move(*full);
            }
            for (const ReferralRow& r : *rows)
                if (!put(exportCells(r, unmasked ? numbers.value(r.workerId).idNumber : r.residentId)))
                    return {};
            if (rows->size() < kExportWindow)
                return {};
        }
    };
    return writeList(db, sink, job);
}

Expected<qint64> ReferralListExport::writeCsv(QSqlDatabase db, const ReferralFilter& filter, const ReferralSort& sort,
                                              const QString& path, bool unmasked, const QString& reason, QDate today)
{
    CsvListSink sink(path);
    return write(db, filter, sort, sink, unmasked, path, reason, today);
}

} // namespace jb::core
