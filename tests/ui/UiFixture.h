#pragma once
// Shared setup for the UI tests: a scratch folder with its own program settings, and JobBridge files with a few
// known records so that counts on screen can be checked against real, non-zero numbers.

#include "support/TestSupport.h"
#include "ui/AppSettings.h"

#include <QString>
#include <memory>

namespace jb::test {

class UiFixture final
{
public:
    UiFixture();

    // Creates <name> for the division `homeCode` (default 肥东县) with the sample records below.
    QString createFile(const QString& name, const QString& homeCode = QStringLiteral("340122"),
                       bool withSamples = true) const;
    QString file(const QString& name) const { return m_dir.file(name); }
    ui::AppSettings& settings() { return *m_settings; }
    QString settingsFile() const { return m_dir.file(QStringLiteral("settings.ini")); }

    // What createFile(..., withSamples = true) puts in: 3 enterprises, 4 vacancies, 2 workers, both migrant
    // workers and one also in hardship, 1 job fair, no referrals, no services.
    static constexpr int kEnterprises = 3;
    static constexpr int kVacancies = 4;
    static constexpr int kWorkers = 2;
    static constexpr int kFairs = 1;

private:
    ScratchDir m_dir;
    std::unique_ptr<ui::AppSettings> m_settings;
};

} // namespace jb::test
