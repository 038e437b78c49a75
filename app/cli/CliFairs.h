#pragma once
// The CLI's job fairs, through core/fairs as the 招聘会 page:
//   fair add DB --name N --date YYYY-MM-DD [--last-day D] --organiser CODE --form offline|online|livestream|mixed
//               --kind unified|industry|group|occupation|regular|campus [--today YYYY-MM-DD] [--json]
//       prints the new fair's id ({"id": N} with --json);
//   fairs DB [--period P] [--json]
//       lists fairs (JSON keys id, name, date, organiser, enterprises, posts, headcount, visits, registered,
//       intentions, contracts; also last_day, status, form, kind, reported_intentions, reported_contracts,
//       reported_headcount).

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runFair(const QStringList& args, CliOutput& io);
int runFairs(const QStringList& args, CliOutput& io);

} // namespace jb::cli
