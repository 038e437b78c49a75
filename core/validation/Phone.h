#pragma once
// Checks the contact numbers of job seekers and employers: mainland mobiles and landlines as officers type them.

#include "core/Message.h"

#include <QString>
#include <QStringView>

namespace jb::core {

struct PhoneCheck
{
    bool ok = false;
    // Mobiles as 11 digits ("13812345678"), landlines as area code, dash, number ("0551-67654321"); empty if not ok.
    QString normalized;
    Message message; // what is wrong and how to fix it; empty when ok
    bool isMobile = false;
};

// Accepts +86 / 0086 / 86 before a mobile, spaces, dashes, dots, brackets around an area code and full-width
// digits. Anything else (extensions, foreign numbers, short numbers) is refused with a message.
PhoneCheck checkPhone(QStringView raw);

// For lists and logs: 138****5678 for mobiles, 0551-******21 for landlines. Unrecognised input keeps only its last
// 2 characters.
QString maskPhone(const QString& phone);

} // namespace jb::core
