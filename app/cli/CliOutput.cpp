#include "app/cli/CliOutput.h"

#include <cstdio>

namespace jb::cli {

CliOutput::CliOutput() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliOutput::fail(ExitCode code, const QString& message)
{
    m_err << message << Qt::endl;
    return code;
}

} // namespace jb::cli
