#include "core/storage/FileProbe.h"

#include "core/storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace jb::core {

namespace {

int bigEndian32(const QByteArray& bytes, int offset)
{
    const auto b = [&](int i) { return static_cast<quint32>(static_cast<quint8>(bytes.at(offset + i))); };
    return static_cast<int>((b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3));
}

} // namespace

FileProbe probeFile(const QString& path)
{
    FileProbe probe;
    const QFileInfo info(path);
    if (!info.exists())
        return probe;
    if (!info.isFile()) {
        probe.kind = FileProbe::Kind::NotAFile;
        return probe;
    }
    probe.size = info.size();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.kind = FileProbe::Kind::Unreadable;
        return probe;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        probe.kind = FileProbe::Kind::NotSqlite;
        return probe;
    }
    probe.headerUserVersion = bigEndian32(header, 60);
    probe.applicationId = bigEndian32(header, 68);
    probe.kind = probe.applicationId == kApplicationId ? FileProbe::Kind::JobBridge : FileProbe::Kind::ForeignSqlite;
    return probe;
}

Message probeRefusal(const FileProbe& probe, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (probe.kind) {
    case FileProbe::Kind::Missing:
        return JB_TR("Storage", "File not found: %1").arg(shown);
    case FileProbe::Kind::NotAFile:
        return JB_TR("Storage", "Not a file (perhaps a folder): %1").arg(shown);
    case FileProbe::Kind::Unreadable:
        return JB_TR("Storage", "Cannot read the file; check its permissions: %1").arg(shown);
    case FileProbe::Kind::NotSqlite:
        return JB_TR("Storage", "This is not a JobBridge file (not an SQLite database); it was not modified: %1")
            .arg(shown);
    case FileProbe::Kind::ForeignSqlite:
        return JB_TR("Storage",
                     "This SQLite database belongs to another program, not JobBridge; it was not modified: %1")
            .arg(shown);
    case FileProbe::Kind::JobBridge:
        break;
    }
    return {};
}

} // namespace jb::core
