#pragma once
// Where the CLI writes: UTF-8 text to stdout and stderr, and the exit codes it promises. Its words are JB_TR texts
// in context "Cli", shown in the language chosen by --lang, $JOBBRIDGE_LANG or the system (app/cli/main.cpp).

#include "core/Message.h"

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
    int fail(ExitCode code, const core::Message& message) { return fail(code, message.text()); }

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace jb::cli
