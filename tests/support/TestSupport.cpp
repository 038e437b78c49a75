#include "support/TestSupport.h"

#include <QFile>
#include <stdexcept>

namespace jb::test {

ScratchDir::ScratchDir()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString ScratchDir::file(const QString& name) const
{
    return m_dir.filePath(name);
}

QString fixturePath(const QString& relative)
{
    return QStringLiteral(JB_TEST_DATA_DIR "/") + relative;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    f.write(bytes);
}

} // namespace jb::test
