#pragma once
// Where the CLI writes: UTF-8 text to stdout and stderr, and the exit codes it promises.

#include <QTextStream>

namespace jb::cli {

// 0: success; 1: wrong usage; 2: bad data or a file that cannot be used.
enum ExitCode { Success = 0, Usage = 1, BadData = 2 };

class CliOutput final
{
public:
    CliOutput();
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // Prints the message to stderr and returns the code, so commands can `return fail(...)`.
    int fail(ExitCode code, const QString& message);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace jb::cli
