#pragma once
// Helpers shared by the test suites: scratch folders and fixture paths.

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

QString fixturePath(const QString& relative);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

} // namespace jb::test
