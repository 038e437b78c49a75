#pragma once
// The record of past imports, and undo: a batch's created records are removed and its updated records restored
// from their before-images, in one transaction — refused with a clear message when later work depends on them.

#include "core/Expected.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace jb::core {

struct ImportBatch
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    QString fileSha256;
    QString encoding;
    qint64 rowsRead = 0, inserted = 0, updated = 0, unchanged = 0, rejected = 0, warnings = 0, skippedEmpty = 0;
    QString officer;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime undoneAt; // invalid while in force
};

class ImportBatchRepository final
{
public:
    explicit ImportBatchRepository(QSqlDatabase db);

    Expected<QVector<ImportBatch>> list() const; // newest first
    Expected<ImportBatch> byId(qint64 id) const;
    Status undo(qint64 batchId);

private:
    // Refusals, each with the number of records concerned, one example and what to do first.
    Status checkLaterBatches(qint64 batchId) const;
    Status checkDependents(qint64 batchId, const QString& stamp) const;
    Expected<qint64> restoreUpdated(qint64 batchId);
    Expected<qint64> removeCreated(qint64 batchId);

    QSqlDatabase m_db;
};

} // namespace jb::core
