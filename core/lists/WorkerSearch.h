#pragma once
// Reads the search box: a name (any part of it) or digits (the end of a resident ID or phone number), and says how
// to find it through the v4 search keys (core/storage/WorkerSearchIndex.h).

#include <QString>

namespace jb::core {

struct WorkerSearch
{
    enum class Kind { None, Name, Digits };

    Kind kind = Kind::None;
    QString text; // Name: the FTS5 phrase ("张 伟"); Digits: the digits (and a final X), as stored

    static WorkerSearch parse(const QString& typed);
};

} // namespace jb::core
