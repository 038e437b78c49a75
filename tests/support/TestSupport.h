#pragma once
// Helpers shared by the test suites: scratch folders, fixture paths, the officer at work.

#include "core/domain/Officer.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace jb::test {

// A scratch folder removed when the test ends.
class ScratchDir final
{
public:
    ScratchDir();
    QString file(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

// Names the officer at work (core/domain/Officer.h) for a scope; no one is named again afterwards.
class NamedOfficer final
{
public:
    explicit NamedOfficer(const QString& name) { core::setOfficerName(name); }
    ~NamedOfficer() { core::setOfficerName({}); }
    NamedOfficer(const NamedOfficer&) = delete;
    NamedOfficer& operator=(const NamedOfficer&) = delete;
};

QString fixturePath(const QString& relative);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

} // namespace jb::test
