// The Reports page driven as an officer would, on a copy of the report fixture: choose March 2026, see the pages,
// export the three formats, submit the month through its confirmation and unlock it with a reason. The report's
// figures are the dashboard's (loadProgress) and the exported CSV is the one jb_report writes.

#include "core/domain/Clock.h"
#include "core/domain/DatabaseStats.h"
#include "core/metrics/Progress.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/reports/MonthLock.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "documents/ReportCsv.h"
#include "documents/ReportPainter.h"
#include "support/TestSupport.h"
#include "ui/CatchQt.h"
#include "ui/reports/ReportsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace jb;
using jb::test::child;

namespace {

struct PageSetup
{
    // The page counts from core's clock: 23 November 2026 for as long as the page lives.
    core::PinnedDay today{QDate(2026, 11, 23)};
    test::ScratchDir dir;
    std::unique_ptr<core::Database> db;
    ui::ReportsPage page;
    qint64 home = 0;

    PageSetup()
    {
        const QString copy = dir.file(QStringLiteral("county.jobbridge"));
        REQUIRE(QFile::copy(test::fixturePath(QStringLiteral("reports/county.jobbridge")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = core::Database::open(copy);
        REQUIRE(opened.hasValue());
        db = std::move(*opened);
        home = core::OrganisationRepository(db->connection()).home()->id;
        page.resize(1100, 700);
        page.showFile(*db, core::DatabaseStats{});
    }
    ~PageSetup() { page.clearFile(); }

    QString status() const { return child<QLabel>(&page, QStringLiteral("reportStatus"))->text(); }
    QPushButton* button(const char* name) const { return child<QPushButton>(&page, QString::fromLatin1(name)); }
};

template <typename T> T* waitForDialog(QWidget& parent, const QString& name)
{
    T* dialog = nullptr;
    for (int i = 0; i < 50 && !dialog; ++i) {
        QApplication::processEvents();
        dialog = parent.findChild<T*>(name);
    }
    return dialog;
}

} // namespace

TEST_CASE("reports page: the last complete month previewed as the PDF pages with the dashboard figures",
          "[report][reports-page]")
{
    PageSetup s;
    CHECK(s.page.monthName() == QStringLiteral("2026-10")); // 23 November: October is the last complete month
    REQUIRE(s.page.selectMonth(QStringLiteral("2026-03")));
    REQUIRE(s.page.report() != nullptr);
    REQUIRE(s.page.document() != nullptr);
    CHECK(s.page.previewPages() == report::ReportPainter(*s.page.document()).pageCount());
    CHECK(s.page.findChild<QLabel*>(QStringLiteral("reportPage1")) != nullptr);
    CHECK(s.status().startsWith(QStringLiteral("Not submitted")));
    CHECK(s.button("submitMonth")->isEnabled());
    CHECK_FALSE(s.button("unlockMonth")->isEnabled());

    // The year to date is the dashboard's year as of the month's last day.
    const core::Period year = core::PeriodRepository(s.db->connection()).find(QStringLiteral("2026")).value();
    const auto dashboard = core::loadProgress(s.db->connection(), s.home, year, QDate(2026, 3, 31));
    REQUIRE(dashboard.hasValue());
    for (int i = 0; i < dashboard->metrics.size(); ++i)
        CHECK(s.page.report()->yearToDate.metrics.at(i).actual == dashboard->metrics.at(i).actual);

    CHECK(s.page.defaultFileName(QStringLiteral("pdf")) == QStringLiteral("肥东县-2026-03-monthly-report.pdf"));
}

TEST_CASE("reports page: exports PDF and Excel and CSV and the CSV is the one jb_report writes",
          "[report][reports-page]")
{
    PageSetup s;
    REQUIRE(s.page.selectMonth(QStringLiteral("2026-03")));
    for (const char* name : {"m.pdf", "m.xlsx", "m.csv"}) {
        const QString path = s.dir.file(QString::fromLatin1(name));
        CHECK(s.page.exportTo(path));
        CHECK(QFile(path).size() > 1000);
    }
    CHECK(test::readAll(s.dir.file(QStringLiteral("m.csv"))) == report::ReportCsv::toBytes(*s.page.document()));
    CHECK(test::readAll(s.dir.file(QStringLiteral("m.pdf"))).startsWith("%PDF"));
    CHECK_FALSE(s.page.exportTo(s.dir.file(QStringLiteral("m.txt"))));
    CHECK_FALSE(QFile::exists(s.dir.file(QStringLiteral("m.txt"))));
    // The refusal is core's (reportFormatForPath), the same the CLI gives.
    const auto* message = child<QLabel>(&s.page, QStringLiteral("reportMessage"));
    CHECK(message->text().contains(QStringLiteral("Choose a file ending in .pdf, .xlsx or .csv.")));
}

TEST_CASE("reports page: submit asks first and locks the month and unlock needs a reason", "[report][reports-page]")
{
    PageSetup s;
    REQUIRE(s.page.selectMonth(QStringLiteral("2026-03")));

    // "No" changes nothing.
    QTest::mouseClick(s.button("submitMonth"), Qt::LeftButton);
    auto* box = waitForDialog<QMessageBox>(s.page, QStringLiteral("confirmSubmit"));
    REQUIRE(box != nullptr);
    box->button(QMessageBox::No)->click();
    QApplication::processEvents();
    CHECK(s.status().startsWith(QStringLiteral("Not submitted")));

    QTest::mouseClick(s.button("submitMonth"), Qt::LeftButton);
    box = waitForDialog<QMessageBox>(s.page, QStringLiteral("confirmSubmit"));
    REQUIRE(box != nullptr);
    box->button(QMessageBox::Yes)->click();
    QApplication::processEvents();
    CHECK(s.status().startsWith(QStringLiteral("Submitted on")));
    CHECK(s.page.report()->submittedAt.has_value());
    CHECK_FALSE(s.button("submitMonth")->isEnabled());
    CHECK(s.button("unlockMonth")->isEnabled());
    // The month list says which months are locked (core's selectable months carry it), the month chosen stays.
    const auto* months = child<QComboBox>(&s.page, QStringLiteral("reportMonth"));
    CHECK(s.page.monthName() == QStringLiteral("2026-03"));
    CHECK(months->currentText() == QStringLiteral("2026-03 (submitted)"));
    const auto active = core::activeSubmission(s.db->connection(), s.home, QStringLiteral("2026-03"));
    REQUIRE(active.hasValue());
    CHECK(active->has_value());

    // An empty reason is refused; a reason unlocks.
    QTest::mouseClick(s.button("unlockMonth"), Qt::LeftButton);
    auto* ask = waitForDialog<QInputDialog>(s.page, QStringLiteral("unlockReason"));
    REQUIRE(ask != nullptr);
    ask->setTextValue(QStringLiteral("  "));
    ask->accept();
    QApplication::processEvents();
    CHECK(s.page.report()->submittedAt.has_value());
    CHECK(child<QLabel>(&s.page, QStringLiteral("reportMessage"))->text().contains(QStringLiteral("reason")));

    CHECK(s.page.unlockShown(QStringLiteral("fair figures corrected")));
    CHECK(s.status().startsWith(QStringLiteral("Not submitted")));
    CHECK_FALSE(s.page.report()->submittedAt.has_value());
    CHECK(months->currentText() == QStringLiteral("2026-03"));
}
