// The screenshot renderer (`jobbridge --screenshots DIR`) over a small demo county, offscreen as in CI: every page
// and dialog is written, the window shots at the size the renderer promises, and no picture is one flat colour
// (what a page that failed to paint leaves behind). The renderer's steps skip quietly when their data is missing,
// so the list of names is what tells a skipped picture from a drawn one.

#include "core/demo/DemoGenerator.h"
#include "core/placement/FollowUps.h"
#include "core/stats/StatsRepository.h"
#include "core/storage/Database.h"
#include "screenshots/ScreenshotRenderer.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/UiFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>

using jb::test::UiFixture;
using jb::ui::MainWindow;
using jb::ui::ScreenshotRenderer;

namespace {

// Pictures of the whole main window besides its pages: they are the window's size.
const QStringList kOtherWindowShots = {QStringLiteral("duplicates-found"),  QStringLiteral("import-after-import"),
                                       QStringLiteral("audit-log"),         QStringLiteral("read-only-banner"),
                                       QStringLiteral("checking-banner"),   QStringLiteral("warnings-flags"),
                                       QStringLiteral("services-totals"),   QStringLiteral("settings-rules"),
                                       QStringLiteral("services-projects"), QStringLiteral("settings-program")};

// Pictures of one dialog or panel: they have their own size.
const QStringList kDialogShots = {QStringLiteral("enterprise-detail"),
                                  QStringLiteral("enterprise-detail-vacancies"),
                                  QStringLiteral("enterprise-detail-flags"),
                                  QStringLiteral("demand-snapshot-dialog"),
                                  QStringLiteral("flag-dialog"),
                                  QStringLiteral("warnings-handled-dialog"),
                                  QStringLiteral("fair-detail-overview"),
                                  QStringLiteral("fair-detail-enterprises"),
                                  QStringLiteral("fair-detail-people"),
                                  QStringLiteral("fair-detail-outcomes"),
                                  QStringLiteral("fair-edit-dialog"),
                                  QStringLiteral("fair-outcome-dialog"),
                                  QStringLiteral("fair-enterprise-picker"),
                                  QStringLiteral("fair-post-picker"),
                                  QStringLiteral("fair-person-picker"),
                                  QStringLiteral("fair-new-enterprise-dialog"),
                                  QStringLiteral("fair-new-post-dialog"),
                                  QStringLiteral("fair-new-person-dialog"),
                                  QStringLiteral("referral-detail"),
                                  QStringLiteral("referral-post-picker"),
                                  QStringLiteral("referral-person-picker"),
                                  QStringLiteral("referral-contract-dialog"),
                                  QStringLiteral("referral-exit-dialog"),
                                  QStringLiteral("referral-leave-dialog"),
                                  QStringLiteral("referral-correct-dialog"),
                                  QStringLiteral("merge-dialog"),
                                  QStringLiteral("reason-dialog"),
                                  QStringLiteral("restore-dialog"),
                                  QStringLiteral("damaged-file-dialog"),
                                  QStringLiteral("dashboard-full"),
                                  QStringLiteral("dashboard-drilldown"),
                                  QStringLiteral("import-wizard-file"),
                                  QStringLiteral("import-wizard-preview"),
                                  QStringLiteral("import-wizard-mapping"),
                                  QStringLiteral("import-wizard-check"),
                                  QStringLiteral("import-wizard-run"),
                                  QStringLiteral("import-wizard-result"),
                                  QStringLiteral("package-export-dialog"),
                                  QStringLiteral("package-import-dialog"),
                                  QStringLiteral("worker-edit-dialog"),
                                  QStringLiteral("vacancy-edit-dialog"),
                                  QStringLiteral("vacancy-new-dialog"),
                                  QStringLiteral("placement-promise"),
                                  QStringLiteral("placement-match"),
                                  QStringLiteral("placement-followups"),
                                  QStringLiteral("placement-synonym-dialog"),
                                  QStringLiteral("placement-unwilling-dialog"),
                                  QStringLiteral("service-dialog-training"),
                                  QStringLiteral("service-dialog-entrepreneurship"),
                                  QStringLiteral("service-dialog-legal_aid"),
                                  QStringLiteral("service-dialog-legal_consultation"),
                                  QStringLiteral("service-dialog-visit"),
                                  QStringLiteral("service-dialog-insurance"),
                                  QStringLiteral("service-dialog-psychological"),
                                  QStringLiteral("service-dialog-financial_aid"),
                                  QStringLiteral("service-dialog-job_referral"),
                                  QStringLiteral("service-dialog-other"),
                                  QStringLiteral("services-project-dialog"),
                                  QStringLiteral("new-file-dialog")};

// A demo county small enough to render quickly, with every kind of record the pictures show.
QString createDemoFile(const UiFixture& fx)
{
    const QString path = fx.createFile(QStringLiteral("demo.jobbridge"), QStringLiteral("340122"), false);
    auto db = jb::core::Database::open(path);
    REQUIRE(db);
    jb::core::DemoOptions options;
    options.workers = 300;
    options.enterprises = 40;
    options.fairs = 5;
    REQUIRE(jb::core::generateDemo((*db)->connection(), options));
    return path;
}

// "table=rows" for every table of the file, to show that rendering left the officer's file alone.
QStringList rowCounts(const QString& path)
{
    auto db = jb::core::Database::open(path);
    REQUIRE(db);
    const auto stats = jb::core::StatsRepository((*db)->connection()).collect();
    REQUIRE(stats);
    QStringList counts;
    for (const jb::core::TableCount& table : stats->tables)
        counts << QStringLiteral("%1=%2").arg(table.table).arg(table.rows);
    return counts;
}

QStringList namesOf(const QStringList& files)
{
    QStringList names;
    for (const QString& file : files)
        names << QFileInfo(file).completeBaseName();
    names.sort();
    return names;
}

bool isOneColour(const QImage& image)
{
    const QImage pixels = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb first = pixels.pixel(0, 0);
    for (int y = 0; y < pixels.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(pixels.constScanLine(y));
        for (int x = 0; x < pixels.width(); ++x) {
            if (line[x] != first)
                return false;
        }
    }
    return true;
}

// Renders `window` into a fresh folder; checks that what renderAll reports is exactly what is on disk, that no
// step failed and that every picture was painted. Returns the names written.
QStringList renderAndCheck(MainWindow& window, const QString& folder, const QStringList& windowShots)
{
    // The connection ends with `listening`, before `shownErrors` goes away, however this function is left.
    QObject listening;
    QStringList shownErrors;
    QObject::connect(&window, &MainWindow::errorShown, &listening,
                     [&shownErrors](const QString& message) { shownErrors << message; });
    ScreenshotRenderer renderer(folder);
    const QStringList written = renderer.renderAll(window);
    CHECK(renderer.error().isEmpty());
    CHECK(shownErrors.isEmpty());
    const QStringList onDisk = QDir(folder).entryList(QDir::Files, QDir::Name);
    // Exactly what is on disk, and no name reported twice (a picture overwritten by another).
    CHECK(namesOf(written) == namesOf(onDisk));

    for (const QString& file : written) {
        const QString name = QFileInfo(file).completeBaseName();
        INFO("screenshot " << name.toStdString());
        CHECK(QFileInfo(file).suffix() == QStringLiteral("png"));
        QImage image;
        REQUIRE(image.load(file, "PNG"));
        const QSize screen = ScreenshotRenderer::kWindowSize;
        if (windowShots.contains(name)) {
            CHECK(image.size() == screen);
        } else if (name == QStringLiteral("dashboard-full")) {
            // The dashboard's whole content: as wide as its page, taller than the window (below the fold too).
            CHECK(image.width() <= screen.width());
            CHECK(image.height() > screen.height());
        } else {
            // A dialog or panel at the size it opens at: on the officer's 1366×768 screen.
            CHECK(image.width() <= screen.width());
            CHECK(image.height() <= screen.height());
        }
        CHECK_FALSE(isOneColour(image));
    }
    return namesOf(written);
}

} // namespace

TEST_CASE("screenshots: every page and dialog of a demo county is rendered and painted", "[screenshots]")
{
    UiFixture fx;
    const QString path = createDemoFile(fx);
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    REQUIRE(window.openFile(path));
    const QStringList countsBefore = rowCounts(path);

    QStringList pages;
    for (const jb::ui::Page* page : window.pages())
        pages << page->objectName();
    REQUIRE_FALSE(pages.isEmpty());
    const QStringList names = renderAndCheck(window, fx.file(QStringLiteral("screenshots")), pages + kOtherWindowShots);

    // The retention check dialog is shown for the first check due; the demo follows the real date, so there may be
    // none.
    QStringList dialogs = kDialogShots;
    if (!jb::core::followUpsDue(window.database()->connection())->isEmpty())
        dialogs << QStringLiteral("placement-check-dialog");
    // The checklist with the insurance offer needs a contract core offers it for (inside the phase, not yet
    // enrolled): likewise there may be none; when shown it is checked like every dialog above.
    if (names.contains(QStringLiteral("referral-offers-insurance")))
        dialogs << QStringLiteral("referral-offers-insurance");
    for (const QString& expected : pages + kOtherWindowShots + dialogs) {
        INFO("expected screenshot " << expected.toStdString());
        CHECK(names.contains(expected));
    }
    CHECK_FALSE(names.contains(QStringLiteral("start"))); // a file is open
    CHECK(names.size() == pages.size() + kOtherWindowShots.size() + dialogs.size());
    // The merge and import pictures work on scratch copies: the window has the officer's file open again, as it was.
    REQUIRE(window.database() != nullptr);
    CHECK(window.database()->path() == path);
    CHECK(rowCounts(path) == countsBefore);
}

TEST_CASE("screenshots: with no file open, the start panel and the New dialog", "[screenshots]")
{
    UiFixture fx;
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    REQUIRE(window.database() == nullptr);
    const QStringList names = renderAndCheck(window, fx.file(QStringLiteral("screenshots")), {QStringLiteral("start")});
    CHECK(names == QStringList({QStringLiteral("new-file-dialog"), QStringLiteral("start")}));
}

TEST_CASE("screenshots: a picture of one colour is told from a painted one", "[screenshots]")
{
    QImage picture(ScreenshotRenderer::kWindowSize, QImage::Format_RGB32);
    picture.fill(Qt::white);
    CHECK(isOneColour(picture));
    picture.setPixel(picture.width() - 1, picture.height() - 1, qRgb(0, 0, 0)); // the last pixel is checked too
    CHECK_FALSE(isOneColour(picture));
}
