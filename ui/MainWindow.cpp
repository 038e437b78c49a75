#include "ui/MainWindow.h"

#include "core/domain/DatabaseStats.h"
#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/stats/StatsRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OpeningCheck.h"
#include "ui/AppSettings.h"
#include "ui/NewFileDialog.h"
#include "ui/StartPanel.h"
#include "ui/UndoActions.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/OfficerNameDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/duplicates/DuplicatesPage.h"
#include "ui/editing/EditCommands.h"
#include "ui/enterprises/EnterprisesPage.h"
#include "ui/exchange/ExportPackageDialog.h"
#include "ui/exchange/ImportPackagesDialog.h"
#include "ui/fairs/FairsPage.h"
#include "ui/import/ImportPage.h"
#include "ui/placement/ReferralsPage.h"
#include "ui/reference/ReferenceListsPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/safety/FileSafetyDialogs.h"
#include "ui/services/ServicesPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/targets/TargetsPage.h"
#include "ui/warnings/WarningsPage.h"
#include "ui/workers/WorkersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace jb::ui {

namespace {

const int kStatusTimeoutMs = 6000;

QString fileFilter()
{
    return MainWindow::tr("JobBridge files (*.jobbridge);;All files (*)");
}

} // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent) : QMainWindow(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_central = new QStackedWidget(this);
    m_startPanel = new StartPanel(m_central);
    m_central->addWidget(m_startPanel);
    m_central->addWidget(buildWorkspace());
    setCentralWidget(m_central);
    buildMenus();
    statusBar();

    connect(m_startPanel, &StartPanel::newRequested, this, &MainWindow::newFileInteractive);
    connect(m_startPanel, &StartPanel::openRequested, this, &MainWindow::openFileInteractive);
    connect(m_startPanel, &StartPanel::recentRequested, this, [this](const QString& path) { openFile(path); });

    // A sensible first size: most of the screen, never more than it.
    QSize size(1280, 760);
    if (const QScreen* screen = QApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);

    updateRecentFiles();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The undo stack, deleted after this destructor, clears itself and emits indexChanged: no afterEdit() then
    // (it would run on a half-destroyed window).
    disconnect(m_undoStack, nullptr, this, nullptr);
    stopBackgroundWork();
    // Pages drop their references before the connection goes away.
    for (Page* page : std::as_const(m_pages))
        page->clearFile();
}

QWidget* MainWindow::buildWorkspace()
{
    auto* workspace = new QWidget(m_central);
    workspace->setObjectName(QStringLiteral("workspace"));
    auto* layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(workspace);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(168);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: #eef2f7; border: none; outline: 0; "
                       "border-right: 1px solid #d5dde8; padding-top: 8px; }"
                       "QListWidget#navigation::item { padding: 8px 8px 8px 16px; border: none; }"
                       "QListWidget#navigation::item:selected { background: #2e6db4; "
                       "color: white; }"));
    layout->addWidget(m_navigation);

    // The pages, under the banner that says when the file is open read-only.
    auto* right = new QWidget(workspace);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_readOnlyBanner = new ReadOnlyBanner(right);
    rightLayout->addWidget(m_readOnlyBanner);
    m_pageStack = new QStackedWidget(right);
    m_pageStack->setObjectName(QStringLiteral("pages"));
    rightLayout->addWidget(m_pageStack, 1);
    layout->addWidget(right, 1);

    addPages();
    for (Page* page : std::as_const(m_pages)) {
        m_pageStack->addWidget(page);
        page->setUndoStack(m_undoStack);
        auto* item = new QListWidgetItem(page->title(), m_navigation);
        item->setData(Qt::UserRole, page->objectName());
        connect(page, &Page::errorOccurred, this, &MainWindow::showPageFailure);
        connect(page, &Page::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, kStatusTimeoutMs); });
        connect(page, &Page::recordOpenRequested, this, &MainWindow::openRecord);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPageAt);
    m_navigation->setCurrentRow(0);
    addPageShortcuts();
    return workspace;
}

void MainWindow::addPages()
{
    // The product's pages, in the order an officer works through them, and what one tells the others.
    auto* dashboard = new DashboardPage(m_pageStack);
    connect(dashboard, &DashboardPage::promiseListRequested, this, &MainWindow::showPromiseList);
    m_pages << dashboard;
    m_pages << new EnterprisesPage(m_pageStack);
    m_pages << new WorkersPage(m_pageStack);
    auto* duplicatesPage = new DuplicatesPage(m_pageStack);
    // A merge removes a record and moves what hung off it: every page counts again.
    connect(duplicatesPage, &DuplicatesPage::recordsMerged, this, &MainWindow::reload);
    m_pages << duplicatesPage;
    m_pages << new FairsPage(m_pageStack);
    auto* referralsPage = new ReferralsPage(m_pageStack);
    connect(this, &MainWindow::promiseListShown, referralsPage, &ReferralsPage::showPromiseList);
    m_pages << referralsPage;
    m_pages << new ServicesPage(m_pageStack);
    auto* warningsPage = new WarningsPage(m_pageStack);
    connect(dashboard, &DashboardPage::warningSectionRequested, this, [this, warningsPage](const QString& key) {
        showPage(warningsPage->objectName());
        warningsPage->showSection(key);
    });
    m_pages << warningsPage;
    auto* targetsPage = new TargetsPage(m_pageStack);
    // New targets change the dashboard's bullets and pace at once.
    connect(targetsPage, &TargetsPage::targetsChanged, dashboard, &DashboardPage::reloadProgress);
    m_pages << targetsPage;
    m_pages << new ReportsPage(m_pageStack);
    auto* importPage = new ImportPage(m_pageStack);
    importPage->setAppSettings(&m_settings);
    // An import or an undo changes the records every other page counts.
    connect(importPage, &ImportPage::recordsChanged, this, &MainWindow::reload);
    m_pages << importPage;
    auto* referencePage = new ReferenceListsPage(m_pageStack);
    // Filters and forms on other pages offer the lists' values.
    connect(referencePage, &ReferenceListsPage::referenceChanged, this, &MainWindow::reload);
    m_pages << referencePage;
    m_pages << new SettingsPage(m_settings, m_pageStack);
    m_pages << new AuditPage(m_pageStack);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New…"), this, &MainWindow::newFileInteractive);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::openFileInteractive);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    QAction* copyAction = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopyInteractive);
    // Exchange packages: figures sent up to the organisation above, and received from those below.
    QAction* exportPackage = file->addAction(tr("&Export Package for Above…"), this, [this] {
        if (!m_database)
            return;
        auto* dialog = new ExportPackageDialog(*m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    exportPackage->setObjectName(QStringLiteral("exportPackageAction"));
    QAction* importPackages = file->addAction(tr("&Import Packages from Below…"), this, [this] {
        if (!m_database)
            return;
        auto* dialog = new ImportPackagesDialog(*m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportPackagesDialog::packagesImported, this, &MainWindow::reload);
        dialog->open();
    });
    importPackages->setObjectName(QStringLiteral("importPackagesAction"));
    file->addSeparator();
    QAction* backUp = file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow);
    backUp->setObjectName(QStringLiteral("backUpAction"));
    QAction* restore = file->addAction(tr("&Restore…"), this, &MainWindow::restoreInteractive);
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction* closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    closeAction->setShortcut(QKeySequence::Close);
    m_fileActions = {copyAction, exportPackage, importPackages, backUp, restore, closeAction};
    m_writingActions = {importPackages, restore};
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    // Edit ▸ Undo/Redo over every page's edits; each push, undo or redo tells the pages to re-read.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_undoActions = new UndoActions(
        m_undoStack,
        {[this] { return m_pageStack->currentWidget() ? m_pageStack->currentWidget()->objectName() : QString(); },
         [this](const QString& page) { showPage(page); },
         [this](const QString& message) { statusBar()->showMessage(message, kStatusTimeoutMs); }},
        this);
    edit->addAction(m_undoActions->undoAction());
    edit->addAction(m_undoActions->redoAction());
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::afterEdit);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcuts(QKeySequence::Find);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About JobBridge"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

// Ctrl+1 … Ctrl+9 show the first nine pages, in the navigation's order; the entry's tooltip names its key.
void MainWindow::addPageShortcuts()
{
    for (int row = 0; row < std::min(9, m_navigation->count()); ++row) {
        auto* go = new QAction(this);
        go->setObjectName(QStringLiteral("showPage%1").arg(row + 1));
        go->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(row + 1)));
        go->setShortcutContext(Qt::WindowShortcut);
        connect(go, &QAction::triggered, this, [this, row] {
            if (m_central->currentIndex() == 1)
                m_navigation->setCurrentRow(row);
        });
        addAction(go);
        m_navigation->item(row)->setToolTip(go->shortcut().toString(QKeySequence::NativeText));
    }
}

// Edit ▸ Find: the search box of the page on screen, its text selected so typing replaces it.
void MainWindow::focusSearch()
{
    auto* current = qobject_cast<Page*>(m_pageStack->currentWidget());
    QWidget* search = current ? current->searchField() : nullptr;
    if (!search || !search->isEnabled())
        return;
    search->setFocus(Qt::ShortcutFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(search))
        line->selectAll();
}

bool MainWindow::openFile(const QString& path)
{
    std::unique_ptr<core::Database> opened = openGuarded(path);
    if (!opened || !adoptDatabase(std::move(opened)))
        return false;
    startChecks();
    return m_database != nullptr; // waiting for the check (tests), a damaged file is closed again
}

bool MainWindow::createFile(const QString& path, const QString& homeCode)
{
    auto created = core::createOrganisationFile(path, homeCode);
    if (!created) {
        showError(created.error());
        return false;
    }
    return adoptDatabase(std::move(*created));
}

bool MainWindow::adoptDatabase(std::unique_ptr<core::Database> database)
{
    const auto stats = core::StatsRepository(database->connection()).collect();
    if (!stats) {
        showOpenFailure(database->path(), stats.error());
        return false;
    }
    stopBackgroundWork(); // of the file this one replaces
    clearUndo();
    for (Page* page : std::as_const(m_pages))
        page->clearFile();
    m_database = std::move(database);
    const auto home = core::OrganisationRepository(m_database->connection()).home();
    m_homeName = home ? home->name : stats->homeName;

    giveFileLater(*stats);
    m_settings.addRecentFile(m_database->path());
    m_settings.setLastFile(m_database->path());
    m_settings.sync();
    updateRecentFiles();
    for (QAction* action : std::as_const(m_fileActions))
        action->setEnabled(true);
    showFileSafety();
    m_central->setCurrentIndex(1);
    showPage(QStringLiteral("dashboard"));
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_database->path())), kStatusTimeoutMs);
    emit fileChanged();
    if (m_asksOfficerName && QFileInfo(m_database->path()).isWritable() && OfficerNameDialog::needed(m_settings)) {
        m_asksOfficerName = false; // once a run: "Later" means at the next start
        QTimer::singleShot(0, this, &MainWindow::askOfficerName);
    }
    return true;
}

// The first run: whose name the audit log records (Settings changes it later).
void MainWindow::askOfficerName()
{
    OfficerNameDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty())
        return;
    OfficerNameDialog::store(m_settings, dialog.name()); // nothing in the file changes: no page reads again
}

void MainWindow::reload()
{
    if (!m_database)
        return;
    const auto stats = core::StatsRepository(m_database->connection()).collect();
    if (!stats) {
        showError(stats.error());
        return;
    }
    giveFileLater(*stats);
    giveFile(qobject_cast<Page*>(m_pageStack->currentWidget()));
}

void MainWindow::afterEdit()
{
    if (m_clearingUndo || !m_database)
        return;
    m_undoActions->noteChanges();
    // A refused undo or redo has already been dropped from the stack (RecordChangeCommand marks it obsolete), so
    // the stack matches the file; say why.
    const QString failure = RecordChangeCommand::takeLastFailure();
    // The page on screen re-reads now; the others when they are next shown, so an edit on one list does not
    // recount the dashboard or the reference lists' uses behind the officer's back.
    const QWidget* shown = m_pageStack->currentWidget();
    for (Page* page : std::as_const(m_pages)) {
        if (page == shown)
            page->recordsEdited();
        else
            m_editedWhileHidden.insert(page);
    }
    if (!failure.isEmpty())
        showError(failure);
}

void MainWindow::clearUndo()
{
    m_clearingUndo = true;
    m_undoStack->clear();
    m_clearingUndo = false;
    m_editedWhileHidden.clear(); // the file is being opened or closed: every page reads it anew
    RecordChangeCommand::takeLastFailure();
}

void MainWindow::closeFile()
{
    if (!m_database)
        return;
    stopBackgroundWork();
    clearUndo();
    for (Page* page : std::as_const(m_pages))
        page->clearFile();
    m_fileNotShown.clear();
    m_database.reset();
    m_readOnlyBanner->showFor(nullptr);
    m_homeName.clear();
    m_settings.setLastFile(QString());
    m_settings.sync();
    for (QAction* action : std::as_const(m_fileActions))
        action->setEnabled(false);
    m_central->setCurrentIndex(0);
    updateTitle();
    emit fileChanged();
}

bool MainWindow::saveCopyTo(const QString& target)
{
    if (!m_database)
        return false;
    if (const core::Status s = m_database->saveCopy(target); !s) {
        showError(s.error());
        return false;
    }
    statusBar()->showMessage(tr("Copy saved as %1").arg(QDir::toNativeSeparators(target)), kStatusTimeoutMs);
    return true;
}

void MainWindow::reopenLastFile()
{
    const QString last = m_settings.lastFile();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openFile(last);
}

void MainWindow::newFileInteractive()
{
    NewFileDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedCode().isEmpty())
        return;
    const QString suggested = QDir(startDirectory()).filePath(dialog.selectedName() + QStringLiteral(".jobbridge"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the new file as"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".jobbridge");
    createFile(path, dialog.selectedCode());
}

void MainWindow::openFileInteractive()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a JobBridge file"), startDirectory(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopyInteractive()
{
    if (!m_database)
        return;
    const QFileInfo current(m_database->path());
    const QString suggested = current.absoluteDir().filePath(tr("%1 copy.jobbridge").arg(current.completeBaseName()));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a copy as"), suggested, fileFilter(), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!target.isEmpty())
        saveCopyTo(target);
}

QString MainWindow::startDirectory() const
{
    const QStringList recent = m_settings.recentFiles();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>JobBridge %1</h3>"
           "<p>Employment assistance ledger for trade-union federations: the enterprise demand list, the worker "
           "needs list, job fairs, referrals, services and targets, kept in one file on this computer.</p>"
           "<p>Administrative division codes (GB/T 2260) come from the <i>yescallop/areacodes</i> dataset, "
           "released into the public domain under CC0 1.0; its source is the code lists of the Ministry of Civil "
           "Affairs.</p>")
            .arg(QStringLiteral(JB_VERSION));
    if (m_modalDialogs)
        QMessageBox::about(this, tr("About JobBridge"), text);
}

void MainWindow::showError(const QString& message)
{
    emit errorShown(message);
    if (m_modalDialogs)
        QMessageBox::warning(this, tr("JobBridge"), message);
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = m_settings.recentFiles();
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        QAction* action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file)), this, [this, file] {
                if (!openFile(file) && !QFileInfo::exists(file)) {
                    m_settings.removeRecentFile(file);
                    updateRecentFiles();
                }
            });
        action->setData(file);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_startPanel->setRecentFiles(files);
}

void MainWindow::updateTitle()
{
    if (!m_database) {
        setWindowTitle(tr("JobBridge"));
        for (QAction* action : std::as_const(m_fileActions))
            action->setEnabled(false);
        return;
    }
    const QString name = QFileInfo(m_database->path()).fileName();
    setWindowTitle(m_database->isReadOnly() ? tr("%1 — %2 (read-only) — JobBridge").arg(m_homeName, name)
                                            : tr("%1 — %2 — JobBridge").arg(m_homeName, name));
}

void MainWindow::restoreWindow()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings.windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindow(saveGeometry(), saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace jb::ui
