// MainWindow's pages: finding one by name, showing one, opening a record on the page that shows it, and giving each
// page the open file when it is first shown (MainWindow.cpp builds them).

#include "core/stats/StatsRepository.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"

#include <QListWidget>
#include <QStackedWidget>

namespace jb::ui {

Page* MainWindow::page(const QString& objectName) const
{
    for (Page* page : m_pages)
        if (page->objectName() == objectName) {
            giveFile(page);
            return page;
        }
    return nullptr;
}

bool MainWindow::showPage(const QString& objectName)
{
    const int row = static_cast<int>(m_pages.indexOf(page(objectName)));
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

void MainWindow::showPromiseList()
{
    if (showPage(QStringLiteral("referrals")))
        emit promiseListShown();
}

void MainWindow::openRecord(core::RecordKind kind, qint64 id)
{
    for (Page* page : std::as_const(m_pages)) {
        if (!page->opensRecords(kind))
            continue;
        showPage(page->objectName()); // first: showing re-reads the page, which would drop the choice
        page->openRecord(kind, id);
        activateWindow();
        return;
    }
}

// Every page will read the file anew: the dashboard (shown first) now, the others when first shown.
void MainWindow::giveFileLater(const core::DatabaseStats& stats)
{
    m_openedStats = std::make_unique<core::DatabaseStats>(stats);
    m_fileNotShown = QSet<Page*>(m_pages.cbegin(), m_pages.cend());
    giveFile(page(QStringLiteral("dashboard")));
}

void MainWindow::giveFile(Page* page) const
{
    if (page && m_database && m_fileNotShown.remove(page))
        page->showFile(*m_database, *m_openedStats);
}

void MainWindow::showPageAt(int row)
{
    // Edits made while the page was hidden are read before it shows, so it never shows stale records.
    Page* page = m_pages.value(row);
    if (m_fileNotShown.contains(page)) {
        giveFile(page); // reads the file as it is now, edits included
        m_editedWhileHidden.remove(page);
    } else if (page && m_editedWhileHidden.remove(page)) {
        page->recordsEdited();
    }
    m_pageStack->setCurrentIndex(row);
}

} // namespace jb::ui
