#pragma once
// Checks unified social credit codes (统一社会信用代码, GB 32100-2015) of employers on the vacancy list.

#include "core/Message.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace jb::core {

// The check character for the first 17 characters; a null QChar if there are not exactly 17 or one of them is not
// in the code alphabet 0-9 A-Y without I, O, S, V, Z.
QChar creditCodeCheckChar(QStringView first17);

struct CreditCodeCheck
{
    // Some codes issued in practice fail the check character, so a mismatch is a warning the officer may
    // override, never a rejection.
    enum class Status { Valid, ChecksumWarning, Invalid, Missing };

    Status status = Status::Missing;
    QString normalized; // half-width, upper case, spaces removed (even when not Valid, for display)
    Message message;    // what is wrong and how to fix it; empty when Valid

    bool acceptable() const { return status == Status::Valid || status == Status::ChecksumWarning; }
};

CreditCodeCheck checkCreditCode(QStringView raw);

} // namespace jb::core
