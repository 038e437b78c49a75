#pragma once
// `jobbridge-cli audit DB [--since D] [--json]`: the audit log, newest first, in the officer's terms (the same rows
// as the 操作日志 page, core/auditlog/AuditQuery.h).

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runAudit(const QStringList& args, CliOutput& io);

} // namespace jb::cli
