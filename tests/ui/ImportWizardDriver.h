#pragma once
// Drives the import wizard in tests as an officer would (clicking Next, waiting for the worker thread) and writes
// the lists it imports: GBK bytes with CRLF and a title row, as Chinese Excel saves "CSV (逗号分隔)".

#include "support/TestSupport.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"

#include <QDate>
#include <QLabel>
#include <QString>
#include <QStringList>

namespace jb::ui {
class ImportPage;
class ImportWizard;
} // namespace jb::ui

namespace jb::test {

class UiFixture;

// A valid resident ID of 肥东县 (340122) for a birth date and a three-digit sequence (odd: male).
QString residentIdFor(const QDate& birth, int sequence);
// kSmallWrongId: the ID of 王五 in the small list, with a wrong check character.
extern const QString kSmallWrongId;

void writeGbk(const QString& path, const QStringList& lines);
// The small list (workers.csv): a merged title row, the header on line 2, five people and a blank row.
//   line 3 张三 — fine                     line 6 赵六 — fine, two key groups
//   line 4 李四 — phone has 10 digits      line 7 (blank row)
//   line 5 王五 — ID check digit wrong     line 8 孙七 — fine
// So: 5 rows read, 4 added, 1 not imported (id_checksum), 1 warning (phone_invalid), 1 empty row skipped.
// `zhangPhone` changes 张三's phone, for a second version of the same list.
QString writeSmallList(const UiFixture& fx, const QString& name = QStringLiteral("workers.csv"),
                       const QString& zhangPhone = QStringLiteral("13800001111"));
// `rows` valid, distinct workers without a title row (large.csv).
QString writeLargeList(const UiFixture& fx, int rows);

inline QString shown(const QObject* root, const QString& name)
{
    return child<QLabel>(root, name)->text();
}

bool waitUntilIdle(const ui::ImportWizard& wizard);
// Presses Next (Import on the commit page) and checks the wizard moved on.
void pressNext(ui::ImportWizard& wizard);

// A main window at 1366×768 with a new, empty file of 肥东县 open on the Import page.
class ImportSession final
{
public:
    explicit ImportSession(UiFixture& fx);

    qint64 workers() const; // from StatsRepository, not from the screen
    // Clicks 导入清单… and fills in the first page.
    ui::ImportWizard& openWizard(const QString& csv);
    // … and goes on to the check page and waits for the dry run.
    ui::ImportWizard& wizardAtCheck(const QString& csv);
    // Imports `csv` with the guessed mapping through every page, presses Finish; returns the batch id.
    qint64 importAll(const QString& csv);
    // Selects the import in the page's list and undoes it through the confirmation box.
    void undoFromPage(qint64 batchId);

    ui::MainWindow window;
    ui::ImportPage* page = nullptr;
};

} // namespace jb::test
