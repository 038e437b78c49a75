#pragma once
// Progress as JSON: what `jobbridge-cli metrics --json` prints, with stable keys (metric keys, ISO dates) so
// scripts and the exchange packages can read it.

#include "core/metrics/Progress.h"

#include <QJsonObject>

namespace jb::core {

QJsonObject progressToJson(const Progress& progress);

} // namespace jb::core
