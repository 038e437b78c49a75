#pragma once
// The CLI's services commands (issue 14), through core/services as the coming 服务 page will use it:
//   services DB [--period P] [--kind K] [--json]
//       totals per kind: people (distinct) and services (人次), and the insurance split
//       {"kinds": [{"kind", "name", "people", "services"}], "insurance": {"people", "total", "province", "city"}}
//   service add DB --worker ID_NUMBER --kind K --date D [--field key=value ...] [--json]
//       records one service; prints its id ({"id": N}); the fields are the kind's (core/records/ServiceKinds.h)

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runServices(const QStringList& args, CliOutput& io);
int runService(const QStringList& args, CliOutput& io);

} // namespace jb::cli
