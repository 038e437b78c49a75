#include "app/cli/CliBackup.h"

#include "app/cli/CliParsing.h"
#include "core/audit/AuditedRestore.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/FileProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jb::cli {

using core::Backups;
using core::Database;
using core::Expected;

namespace {

// A damaged file's refusal, with the newest good backup and how to restore it.
QString damagedAdvice(const QString& path, const core::Message& refusal)
{
    const Backups backups;
    QString text = refusal.text() + QLatin1Char('\n') + backups.offerFor(path).text();
    if (const std::optional<core::BackupInfo> good = backups.newestGood(path))
        text += QLatin1Char('\n') + JB_TR("Cli", "To restore it: jobbridge-cli restore %1 --from %2")
                                        .arg(QDir::toNativeSeparators(path))
                                        .arg(QDir::toNativeSeparators(good->path))
                                        .text();
    return text;
}

bool isDamaged(const QString& path)
{
    if (core::probeFile(path).kind != core::FileProbe::Kind::JobBridge)
        return false;
    const Expected<QStringList> problems = Database::checkFile(path, false);
    return problems && !problems->isEmpty();
}

// Parses a command whose one positional argument is the file. Returns -1 to go on.
int parseFileCommand(QCommandLineParser& parser, const QString& command, const core::Message& synopsis,
                     const QStringList& args, CliOutput& io)
{
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, command, synopsis, args, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    return -1;
}

} // namespace

int openPath(const QString& path, CliOutput& io, std::unique_ptr<core::Database>& file, Access access)
{
    const Backups backups;
    Database::OpenOptions options;
    options.beforeMigration = [&backups](const QString& p) {
        const Expected<core::BackupInfo> taken = backups.backUpFile(p);
        return taken ? core::Status() : core::Status::failure(taken.message());
    };
    Expected<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db)
        return io.fail(BadData, isDamaged(path) ? damagedAdvice(path, db.message()) : db.error());
    if ((*db)->isReadOnly() && access == Access::Write)
        return io.fail(BadData, (*db)->readOnlyReason());
    // A backup that cannot be written does not stop the work; the officer is told.
    if (const auto daily = backups.dailyBackup(**db); !daily)
        io.err() << daily.error() << Qt::endl;
    file = std::move(*db);
    return -1;
}

int backUpBefore(const core::Database& file, CliOutput& io)
{
    const Expected<core::BackupInfo> taken = Backups().backUp(file);
    if (!taken)
        return io.fail(BadData, taken.message());
    return -1;
}

int runCheck(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    if (int code = parseFileCommand(parser, QStringLiteral("check"),
                                    JB_TR("Cli", "Check a file with SQLite's integrity_check"), args, io);
        code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    if (const core::FileProbe probe = core::probeFile(path); probe.kind != core::FileProbe::Kind::JobBridge)
        return io.fail(BadData, core::probeRefusal(probe, path));
    const Expected<QStringList> problems = Database::checkFile(path, true);
    if (!problems)
        return io.fail(BadData, problems.message());
    if (!problems->isEmpty()) {
        const core::Message found = JB_TR("Cli", "The file is damaged: %1\nSQLite's integrity_check found: %2")
                                        .arg(QDir::toNativeSeparators(path))
                                        .arg(core::Message::verbatim(problems->mid(0, 5).join(QStringLiteral("; "))));
        return io.fail(BadData, damagedAdvice(path, found));
    }
    io.out() << JB_TR("Cli", "The file is sound (SQLite's integrity_check: ok): %1")
                    .arg(QDir::toNativeSeparators(path))
                    .text()
             << Qt::endl;
    return Success;
}

int runBackup(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 JB_TR("Cli", "Write the backup here instead of the backups folder").text(),
                                 QStringLiteral("PATH"));
    parser.addOption(out);
    if (int code = parseFileCommand(parser, QStringLiteral("backup"), JB_TR("Cli", "Back up a file now"), args, io);
        code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    // A backup reads only, so it is taken of a file another process has open too; no daily backup on top of it.
    Expected<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return io.fail(BadData, isDamaged(path) ? damagedAdvice(path, db.message()) : db.error());
    QString written;
    if (parser.isSet(out)) {
        if (core::Status s = (*db)->saveCopy(parser.value(out)); !s)
            return io.fail(BadData, s.message());
        written = parser.value(out);
    } else {
        const Expected<core::BackupInfo> taken = Backups().backUp(**db);
        if (!taken)
            return io.fail(BadData, taken.message());
        written = taken->path;
    }
    io.out() << JB_TR("Cli", "Backed up %1 to %2")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(QDir::toNativeSeparators(written))
                    .text()
             << Qt::endl;
    return Success;
}

int runBackups(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text());
    parser.addOption(json);
    if (int code = parseFileCommand(parser, QStringLiteral("backups"), JB_TR("Cli", "List a file's backups"), args, io);
        code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    const Backups backups;
    const QList<core::BackupInfo> found = backups.list(path);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const core::BackupInfo& b : found)
            list.append(QJsonObject{{QStringLiteral("path"), b.path},
                                    {QStringLiteral("taken"), b.taken.toString(Qt::ISODate)},
                                    {QStringLiteral("bytes"), b.bytes}});
        const QJsonObject root{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                               {QStringLiteral("folder"), backups.folderFor(path)},
                               {QStringLiteral("backups"), list}};
        io.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }
    io.out() << JB_TR("Cli", "Backups of %1 in %2: %3")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(QDir::toNativeSeparators(backups.folderFor(path)))
                    .arg(qint64(found.size()))
                    .text()
             << Qt::endl;
    for (const core::BackupInfo& b : found)
        io.out() << b.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << QStringLiteral("  ")
                 << QString::number(b.bytes).rightJustified(12) << QStringLiteral("  ")
                 << QDir::toNativeSeparators(b.path) << Qt::endl;
    return Success;
}

int runRestore(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), JB_TR("Cli", "The backup to restore").text(),
                                  QStringLiteral("BACKUP"));
    parser.addOption(from);
    if (int code = parseFileCommand(parser, QStringLiteral("restore"),
                                    JB_TR("Cli", "Replace a file with one of its backups"), args, io);
        code >= 0)
        return code;
    if (!parser.isSet(from))
        return usageError(parser, io, JB_TR("Cli", "Need --from BACKUP"));
    const QString path = parser.positionalArguments().constFirst();
    const Expected<core::RestoreOutcome> restored = core::restoreAudited(Backups(), path, parser.value(from));
    if (!restored)
        return io.fail(BadData, restored.message());
    io.out() << JB_TR("Cli", "Restored %1 from %2")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(QDir::toNativeSeparators(parser.value(from)))
                    .text()
             << Qt::endl;
    if (!restored->previousKeptAt.isEmpty())
        io.out() << (restored->previousWasDamaged ? JB_TR("Cli", "The damaged file is kept as %1")
                                                  : JB_TR("Cli", "The file it replaced was backed up to %1"))
                        .arg(QDir::toNativeSeparators(restored->previousKeptAt))
                        .text()
                 << Qt::endl;
    return Success;
}

} // namespace jb::cli
