#include "screenshots/ScreenshotRenderer.h"

#include "core/editing/RecordChange.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "screenshots/AuditScreenshots.h"
#include "screenshots/DashboardScreenshots.h"
#include "screenshots/DuplicateScreenshots.h"
#include "screenshots/EnterpriseScreenshots.h"
#include "screenshots/FairScreenshots.h"
#include "screenshots/FileSafetyScreenshots.h"
#include "screenshots/ImportScreenshots.h"
#include "screenshots/PlacementScreenshots.h"
#include "screenshots/ProjectScreenshots.h"
#include "screenshots/ReferralScreenshots.h"
#include "screenshots/ServiceScreenshots.h"
#include "screenshots/WarningScreenshots.h"
#include "ui/MainWindow.h"
#include "ui/NewFileDialog.h"
#include "ui/Page.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/editing/FormLayout.h"
#include "ui/editing/VacancyEditDialog.h"
#include "ui/editing/WorkerEditDialog.h"
#include "ui/enterprises/EnterprisesPage.h"
#include "ui/exchange/ExportPackageDialog.h"
#include "ui/exchange/ImportPackagesDialog.h"
#include "ui/fairs/FairsPage.h"
#include "ui/placement/ReferralsPage.h"
#include "ui/services/ServicesPage.h"
#include "ui/workers/WorkersPage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>

namespace jb::ui {

namespace {

void settle()
{
    // Let layouts, style polish and chart geometry catch up before painting.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

} // namespace

ScreenshotRenderer::ScreenshotRenderer(QString directory) : m_directory(std::move(directory)) {}

QStringList ScreenshotRenderer::renderAll(MainWindow& window)
{
    QStringList written;
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory));
        return written;
    }
    window.setModalDialogsEnabled(false);
    // The scratch copies opened for the screenshots are not the officer's files: no backups of them.
    window.setAutomaticBackupsEnabled(false);
    window.resize(kWindowSize);
    window.show();
    settle();

    if (!window.database()) {
        if (!save(window, QStringLiteral("start"), written))
            return written;
    } else if (!renderFile(window, written)) {
        return written;
    }
    renderNewFileDialog(window, written);
    return written;
}

bool ScreenshotRenderer::renderFile(MainWindow& window, QStringList& written)
{
    if (!renderPages(window, written) || !renderFeatures(window, written))
        return false;
    window.showPage(QStringLiteral("dashboard"));
    renderPackageDialogs(window, written);
    renderEditDialogs(window, written);
    return true;
}

bool ScreenshotRenderer::renderPages(MainWindow& window, QStringList& written)
{
    for (Page* page : window.pages()) {
        window.showPage(page->objectName());
        // The worker list with its first person's detail panel open.
        if (auto* workers = qobject_cast<WorkersPage*>(page))
            workers->table()->selectRow(0);
        // The enterprise list with a telling enterprise's detail panel open.
        if (auto* enterprises = qobject_cast<EnterprisesPage*>(page))
            EnterpriseScreenshots::chooseShowcase(*enterprises);
        // The fair list with a telling fair's detail panel open.
        if (auto* fairs = qobject_cast<FairsPage*>(page))
            FairScreenshots::chooseShowcase(*fairs);
        // The referral list with a referral of a long history open.
        if (auto* referrals = qobject_cast<ReferralsPage*>(page))
            ReferralScreenshots::chooseShowcase(*referrals);
        // The services list with a service's every field open.
        if (auto* services = qobject_cast<ServicesPage*>(page))
            ServiceScreenshots::chooseShowcase(*services);
        settle();
        if (!save(window, page->objectName(), written))
            return false;
    }
    return true;
}

bool ScreenshotRenderer::renderFeatures(MainWindow& window, QStringList& written)
{
    const auto saveShot = [this, &written](QWidget& widget, const QString& name) {
        return save(widget, name, written);
    };
    // The enterprise detail panel alone (its demand chart), and the visit and flag dialogs.
    if (auto* enterprises = qobject_cast<EnterprisesPage*>(window.page(QStringLiteral("enterprises")))) {
        window.showPage(QStringLiteral("enterprises"));
        if (!EnterpriseScreenshots::renderDetail(window, *enterprises, saveShot))
            return false;
    }
    // The fair detail panel's tabs alone, and the fair's dialogs.
    if (auto* fairs = qobject_cast<FairsPage*>(window.page(QStringLiteral("fairs")))) {
        window.showPage(QStringLiteral("fairs"));
        if (!FairScreenshots::render(window, *fairs, saveShot))
            return false;
    }
    // The referral detail alone and the referral's step dialogs.
    if (auto* referrals = qobject_cast<ReferralsPage*>(window.page(QStringLiteral("referrals")))) {
        window.showPage(QStringLiteral("referrals"));
        if (!ReferralScreenshots::render(window, *referrals, saveShot))
            return false;
    }
    // The 服务 page's totals, and the dialog of every kind of service.
    if (auto* services = qobject_cast<ServicesPage*>(window.page(QStringLiteral("services")))) {
        window.showPage(QStringLiteral("services"));
        if (!ServiceScreenshots::render(window, *services, saveShot))
            return false;
    }
    // The 预警 page at the enterprise flags, and the 标记已处理 dialog.
    if (!WarningScreenshots::render(window, saveShot))
        return false;
    // The placement views the 推荐就业 page will hold, and their dialogs.
    if (!PlacementScreenshots::render(window, saveShot))
        return false;
    // The entrepreneurship projects view and its dialog, the insurance offer after a contract, the settings' rules.
    if (!ProjectScreenshots::render(window, saveShot))
        return false;
    // The merge dialog, over a duplicate entered into a scratch copy of the file.
    if (!DuplicateScreenshots::render(window, saveShot, m_error))
        return false;
    // The audit log with rows of several kinds and the reason dialog, over a scratch copy of the file.
    if (!AuditScreenshots::render(window, saveShot, m_error))
        return false;
    // The read-only banner, the damaged-file dialog and the restore dialog, over scratch files and backups.
    if (!FileSafetyScreenshots::render(window, saveShot, m_error))
        return false;
    // The whole dashboard (below the fold too) and one drill-down window.
    window.showPage(QStringLiteral("dashboard"));
    settle();
    if (auto* dashboard = qobject_cast<DashboardPage*>(window.page(QStringLiteral("dashboard")))) {
        if (!DashboardScreenshots::render(*dashboard, saveShot))
            return false;
    }
    // The import wizard page by page, over a sample list imported into a scratch copy of the file.
    ImportScreenshots imports(window);
    if (!imports.render(saveShot)) {
        if (m_error.isEmpty())
            m_error = imports.error();
        return false;
    }
    return true;
}

void ScreenshotRenderer::renderPackageDialogs(MainWindow& window, QStringList& written)
{
    // The two package dialogs of the File menu.
    ExportPackageDialog exportDialog(*window.database(), &window);
    ImportPackagesDialog importDialog(*window.database(), &window);
    for (auto [dialog, name] : {std::pair<QDialog*, const char*>{&exportDialog, "package-export-dialog"},
                                {&importDialog, "package-import-dialog"}}) {
        dialog->show();
        settle();
        save(*dialog, QLatin1String(name), written);
        dialog->hide();
    }
}

void ScreenshotRenderer::renderNewFileDialog(MainWindow& window, QStringList& written)
{
    NewFileDialog dialog(&window);
    dialog.show();
    // Show the search at work on the home county of the demo file.
    if (auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("divisionSearch")))
        search->setText(QStringLiteral("合肥"));
    dialog.selectCode(QStringLiteral("340122"));
    settle();
    save(dialog, QStringLiteral("new-file-dialog"), written);
    dialog.hide();
}

void ScreenshotRenderer::renderEditDialogs(MainWindow& window, QStringList& written)
{
    // A person being added after a fair, the ID typed with a wrong check character: its message shows under the
    // field and OK is disabled. (A new person, so no real record's full ID appears in the picture.)
    WorkerEditDialog worker(*window.database(), 0, &window);
    const auto typeInto = [&worker](const char* objectName, const QString& text) {
        if (auto* edit = worker.findChild<QLineEdit*>(QLatin1String(objectName))) {
            edit->setText(text);
            emit edit->textEdited(text);
        }
    };
    typeInto("nameEdit", QStringLiteral("王小伟"));
    typeInto("idNumberEdit", QStringLiteral("340122198503021235"));
    typeInto("phoneEdit", QStringLiteral("13812345678"));
    typeInto("desiredTradeEdit", QStringLiteral("数控车工"));
    typeInto("wageMinEdit", QStringLiteral("5000"));
    typeInto("wageMaxEdit", QStringLiteral("7000"));
    FormLayout::fit(&worker, 1000, kOfficerScreen);
    worker.show();
    settle();
    save(worker, QStringLiteral("worker-edit-dialog"), written);
    worker.hide();

    // The first vacancy of the file as the officer opens it to edit (demo ids start at 1).
    for (qint64 id = 1; id <= 50; ++id) {
        const auto vacancy = core::loadRecord(window.database()->connection(), core::RecordKind::Vacancy, id);
        if (!vacancy)
            continue;
        const qint64 enterprise = vacancy->value(core::fields::vacancy::enterprise).toLongLong();
        VacancyEditDialog dialog(*window.database(), enterprise, id, &window);
        FormLayout::fit(&dialog, 920, kOfficerScreen);
        dialog.show();
        settle();
        save(dialog, QStringLiteral("vacancy-edit-dialog"), written);
        dialog.hide();
        renderNewVacancy(window, enterprise, written);
        break;
    }
}

// A new vacancy with its headcount typed with its unit and a wage maximum below the minimum: the message under the
// field and the line under the form name it.
void ScreenshotRenderer::renderNewVacancy(MainWindow& window, qint64 enterprise, QStringList& written)
{
    VacancyEditDialog dialog(*window.database(), enterprise, 0, &window);
    for (const auto& [objectName, text] :
         {std::pair{"titleEdit", QStringLiteral("数控车工")}, std::pair{"headcountEdit", QStringLiteral("5人")},
          std::pair{"wageMinEdit", QStringLiteral("8000")}, std::pair{"wageMaxEdit", QStringLiteral("6000")}}) {
        if (auto* edit = dialog.findChild<QLineEdit*>(QLatin1String(objectName))) {
            edit->setText(text);
            emit edit->textEdited(text);
        }
    }
    FormLayout::fit(&dialog, 920, kOfficerScreen);
    dialog.show();
    settle();
    save(dialog, QStringLiteral("vacancy-new-dialog"), written);
    dialog.hide();
}

bool ScreenshotRenderer::save(QWidget& widget, const QString& name, QStringList& written)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path, "PNG")) {
        m_error = tr("Cannot write the screenshot %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    written << path;
    return true;
}

} // namespace jb::ui
