// The exchange dialogs driven as an officer would: a county exports its package for the year from the File menu's
// dialog, its city's file imports it (and lists it), and a damaged copy is refused with the reason shown.

#include "core/metrics/ReceivedFigures.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/exchange/ExportPackageDialog.h"
#include "ui/exchange/ImportPackagesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>

using jb::test::UiFixture;

TEST_CASE("exchange: export a county's package and import it into its city through the dialogs", "[ui][exchange]")
{
    UiFixture fx;
    const QString countyPath = fx.createFile(QStringLiteral("county.jobbridge"), QStringLiteral("340122"));
    const QString cityPath = fx.createFile(QStringLiteral("city.jobbridge"), QStringLiteral("340100"), false);
    const QString package = fx.file(QStringLiteral("340122-2026.jbpkg"));
    {
        auto county = jb::core::Database::open(countyPath);
        REQUIRE(county);
        jb::ui::ExportPackageDialog dialog((*county)->connection());
        auto* period = dialog.findChild<QComboBox*>(QStringLiteral("packagePeriod"));
        REQUIRE(period);
        if (period->findData(QStringLiteral("2026")) < 0)
            period->addItem(QStringLiteral("2026"), QStringLiteral("2026"));
        period->setCurrentIndex(period->findData(QStringLiteral("2026")));
        dialog.findChild<QDateEdit*>(QStringLiteral("packageAsOf"))->setDate(QDate(2026, 11, 23));
        REQUIRE(dialog.exportTo(package));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("packageMessage"))->text().contains(QStringLiteral("2026")));
    }
    auto city = jb::core::Database::open(cityPath);
    REQUIRE(city);
    jb::ui::ImportPackagesDialog dialog((*city)->connection());
    QSignalSpy imported(&dialog, &jb::ui::ImportPackagesDialog::packagesImported);
    CHECK(dialog.importFiles({package}) == 0);
    CHECK(imported.count() == 1);
    auto* results = dialog.findChild<QPlainTextEdit*>(QStringLiteral("packageResults"));
    CHECK(results->toPlainText().contains(QStringLiteral("340122")));

    QByteArray damaged = jb::test::readAll(package);
    damaged.replace("\"job_fairs\": ", "\"job_fairs\": 7");
    jb::test::writeAll(fx.file(QStringLiteral("damaged.jbpkg")), damaged);
    CHECK(dialog.importFiles({fx.file(QStringLiteral("damaged.jbpkg"))}) == 1);
    CHECK(imported.count() == 1);
    CHECK(results->toPlainText().contains(QStringLiteral("SHA-256 checksum")));

    const QSqlDatabase c = (*city)->connection();
    jb::core::OrganisationRepository orgs(c);
    const qint64 home = orgs.home()->id;
    const auto figures = jb::core::receivedFigures(c, home, *jb::core::PeriodRepository(c).find(QStringLiteral("2026")),
                                                   {orgs.byCode(QStringLiteral("340122"))->id});
    REQUIRE(figures);
    CHECK(figures->any);
}

TEST_CASE("exchange: the File menu's package actions work only while a file is open", "[ui][exchange]")
{
    UiFixture fx;
    jb::ui::MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("exportPackageAction"));
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importPackagesAction"));
    REQUIRE(exportAction);
    REQUIRE(importAction);
    CHECK_FALSE(exportAction->isEnabled());
    REQUIRE(window.openFile(fx.createFile(QStringLiteral("city.jobbridge"), QStringLiteral("340100"), false)));
    CHECK(exportAction->isEnabled());
    CHECK(importAction->isEnabled());
    importAction->trigger();
    auto* dialog = window.findChild<jb::ui::ImportPackagesDialog*>();
    REQUIRE(dialog);
    delete dialog; // before the window drops its file (WA_DeleteOnClose would wait for the event loop)
}
