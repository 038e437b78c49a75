#pragma once
// Progress as JSON: what `jobbridge-cli metrics --json` prints, with stable keys (metric keys, ISO dates) so
// scripts and the exchange packages can read it. Names are in both languages (name_zh, name_en) whatever language
// the program shows.

#include "core/Expected.h"
#include "core/metrics/Progress.h"

#include <QJsonObject>

namespace jb::core {

// `withSeries`: also the cumulative series (for a report stored as sent; the CLI leaves them out).
QJsonObject progressToJson(const Progress& progress, bool withSeries = false);
// Reads back what progressToJson wrote (with or without series).
Expected<Progress> progressFromJson(const QJsonObject& json);

} // namespace jb::core
