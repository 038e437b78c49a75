// Test runner for the core suite: a QCoreApplication with core's Chinese translation installed, so messages read
// as an officer in the Chinese interface sees them, and a message whose translation is missing shows up as English
// in a test that expects Chinese.

#define CATCH_CONFIG_RUNNER
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (const jb::core::Message failed = jb::core::installCoreTranslation(jb::core::kChinese); !failed.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(failed.sourceText()));
        return 1;
    }
    return Catch::Session().run(argc, argv);
}
