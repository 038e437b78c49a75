#pragma once
// Importing exchange packages into the file of the organisation above (a city takes its counties' packages, a
// province its cities' — or its counties' directly). A package is checked against the file before anything is
// written: its organisation must lie below the file's home, its period must be the file's (same dates), and it
// must be newer than the one already imported for that child and period. Then, in one audited transaction, its
// figures are stored (received_sections / received_figures, schema v3), missing sub-units of the child are
// created with the codes the child gave them, and an older package for the same child and period is superseded.
// The outcome lists what changed (metric: old → new, per organisation).

#include "core/Expected.h"
#include "core/exchange/PackageFormat.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <optional>
#include <utility>

namespace jb::core::exchange {

struct FigureChange
{
    QString period;  // period name
    QString orgCode; // the child or one of its sub-units
    QString orgName;
    QString keyGroup; // empty: everyone
    QString metric;
    qint64 before = 0;
    qint64 after = 0;
};

struct ImportOutcome
{
    enum class Kind { Added, Replaced, Unchanged };
    Kind kind = Kind::Added;
    QString childCode;
    QString childName;
    QString period;              // the period sent (name)
    QDateTime createdAt;         // of the package imported
    QDateTime replacedCreatedAt; // of the package it replaced (Replaced)
    qint64 packageId = 0;
    int subUnitsCreated = 0;
    QVector<FigureChange> changes; // Replaced: every figure that differs
    QVector<Message> notes;        // figures kept only in the package (e.g. a key group this file lacks)
};

// Imports one checked package (see parsePackage). Refusals change nothing and say what to do.
Expected<ImportOutcome> importPackage(QSqlDatabase db, const Package& package, const QString& fileName = {});

struct FileImport
{
    QString path;
    std::optional<ImportOutcome> outcome; // set on success
    Message error;                        // set on refusal
};

// Reads and imports several files, each in its own transaction, oldest package first (so the order given does
// not matter); a refused file does not stop the others. Results in the order of `paths`.
QVector<FileImport> importPackageFiles(QSqlDatabase db, const QStringList& paths);
// The same for packages already read (the CLI reads them before it opens the file, so that a command given no
// valid package never opens — and never upgrades — the file). `packages` pairs each file's path with its package.
QVector<FileImport> importPackages(QSqlDatabase db, const QVector<std::pair<QString, Package>>& packages);

// The outcome as text lines in the installed language, for the CLI and the import dialog.
QStringList describeOutcome(const ImportOutcome& outcome);

} // namespace jb::core::exchange
