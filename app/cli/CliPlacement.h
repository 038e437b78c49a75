#pragma once
// The CLI's placement commands (issue 13), through core/placement as the 推荐就业 page will use it:
//   refer DB --worker ID_NUMBER --vacancy ID [--date D] [--json]          prints the referral id ({"id": N})
//   referral DB --id N --stage STAGE --date D [--reason CODE] [--start D] [--wage N] [--term MONTHS] [--json]
//       STAGE: recommended, interviewed, intention, contract, left (a stage before the current one is a correction),
//       or a side exit: declined, rejected, withdrawn, hired_elsewhere
//   followups DB [--today D] [--json]     retention checks due and stale referrals
//   promise DB [--today D] [--since D] [--json]
//       the one-week promise lists (clocks of the last 30 days unless --since): worker_id, name, due, state,
//       days_left
//   settings DB [--set KEY=VALUE ...] [--json]
//   match DB (--worker ID_NUMBER | --vacancy ID) [--top N] [--my-county] [--hardship] [--json]

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runRefer(const QStringList& args, CliOutput& io);
int runReferral(const QStringList& args, CliOutput& io);
int runFollowUps(const QStringList& args, CliOutput& io);
int runPromise(const QStringList& args, CliOutput& io);
int runSettings(const QStringList& args, CliOutput& io);
int runMatch(const QStringList& args, CliOutput& io);

} // namespace jb::cli
