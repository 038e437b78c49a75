#include "ui/ImportWizardDriver.h"

#include "core/domain/DatabaseStats.h"
#include "core/stats/StatsRepository.h"
#include "core/storage/Database.h"
#include "ui/UiFixture.h"
#include "ui/import/ImportPage.h"
#include "ui/import/ImportWizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStringEncoder>
#include <QTest>

namespace jb::test {

namespace {

const int kTimeoutMs = 60000;

} // namespace

QString residentIdFor(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("340122") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    // GB 11643, computed here rather than by core so a core mistake cannot make the fixture agree with it.
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QStringLiteral("10X98765432").at(sum % 11);
}

const QString kSmallWrongId = [] {
    QString id = residentIdFor(QDate(1988, 3, 3), 15);
    id[17] = id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return id;
}();

void writeGbk(const QString& path, const QStringList& lines)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    writeAll(path, bytes);
}

QString writeSmallList(const UiFixture& fx, const QString& name, const QString& zhangPhone)
{
    const QString path = fx.file(name);
    writeGbk(path, {QStringLiteral("肥东县2024年劳动者求职需求登记表,,,,,,"),
                    QStringLiteral("序号,姓名,性别,身份证号,联系电话,人员类别,微信号"),
                    QStringLiteral("1,张三,男,%1,%2,农民工,zs001").arg(residentIdFor({1990, 1, 1}, 11), zhangPhone),
                    QStringLiteral("2,李四,女,%1,1390000222,农民工,").arg(residentIdFor({1985, 12, 12}, 22)),
                    QStringLiteral("3,王五,男,%1,13700003333,农民工,ww").arg(kSmallWrongId),
                    QStringLiteral("4,赵六,女,%1,13600004444,农民工、困难职工,").arg(residentIdFor({1979, 7, 7}, 44)),
                    QStringLiteral(",,,,,,"),
                    QStringLiteral("5,孙七,男,%1,13500005555,农民工,sq5").arg(residentIdFor({2000, 5, 5}, 51))});
    return path;
}

QString writeLargeList(const UiFixture& fx, int rows)
{
    QStringList lines = {QStringLiteral("姓名,性别,身份证号,联系电话,人员类别")};
    const QDate first(1960, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const int sequence = 101 + 2 * (i / 15000);
        lines << QStringLiteral("工人%1,男,%2,138%3,农民工")
                     .arg(i)
                     .arg(residentIdFor(first.addDays(i % 15000), sequence))
                     .arg(i, 8, 10, QLatin1Char('0'));
    }
    const QString path = fx.file(QStringLiteral("large.csv"));
    writeGbk(path, lines);
    return path;
}

bool waitUntilIdle(const ui::ImportWizard& wizard)
{
    return QTest::qWaitFor([&wizard] { return !wizard.isBusy(); }, kTimeoutMs);
}

void pressNext(ui::ImportWizard& wizard)
{
    const int before = wizard.currentId();
    QAbstractButton* button =
        wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    INFO("on page " << before);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(wizard.currentId() != before);
}

ImportSession::ImportSession(UiFixture& fx) : window(fx.settings())
{
    window.setModalDialogsEnabled(false);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.createFile(fx.file(QStringLiteral("import.jobbridge")), QStringLiteral("340122")));
    REQUIRE(window.showPage(QStringLiteral("import")));
    page = qobject_cast<ui::ImportPage*>(window.page(QStringLiteral("import")));
    REQUIRE(page);
}

qint64 ImportSession::workers() const
{
    const auto stats = core::StatsRepository(window.database()->connection()).collect();
    REQUIRE(stats);
    return stats->rowsIn(QStringLiteral("workers"));
}

ui::ImportWizard& ImportSession::openWizard(const QString& csv)
{
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("importList")), Qt::LeftButton);
    ui::ImportWizard* wizard = page->wizard();
    REQUIRE(wizard);
    REQUIRE(wizard->isVisible());
    REQUIRE(wizard->currentId() == ui::ImportWizard::FilePageId);
    child<QLineEdit>(wizard, QStringLiteral("filePath"))->setText(csv);
    return *wizard;
}

ui::ImportWizard& ImportSession::wizardAtCheck(const QString& csv)
{
    ui::ImportWizard& wizard = openWizard(csv);
    pressNext(wizard);
    pressNext(wizard);
    pressNext(wizard);
    REQUIRE(wizard.currentId() == ui::ImportWizard::CheckPageId);
    REQUIRE(waitUntilIdle(wizard));
    INFO("check status: " << shown(&wizard, QStringLiteral("checkStatus")).toStdString());
    REQUIRE(wizard.checkSummary());
    return wizard;
}

qint64 ImportSession::importAll(const QString& csv)
{
    ui::ImportWizard& wizard = wizardAtCheck(csv);
    pressNext(wizard);
    REQUIRE(waitUntilIdle(wizard));
    REQUIRE(QTest::qWaitFor([&wizard] { return wizard.currentId() == ui::ImportWizard::ResultPageId; }, kTimeoutMs));
    REQUIRE(wizard.importSummary());
    const qint64 batchId = wizard.importSummary()->batchId;
    QPointer<ui::ImportWizard> closing(&wizard);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&closing] { return closing.isNull(); }, kTimeoutMs));
    return batchId;
}

void ImportSession::undoFromPage(qint64 batchId)
{
    REQUIRE(page->selectBatch(batchId));
    auto* undo = child<QPushButton>(page, QStringLiteral("undoImport"));
    REQUIRE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    auto* confirm = child<QMessageBox>(page, QStringLiteral("confirmUndo"));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTest::qWait(0); // the box deletes itself on close
}

} // namespace jb::test
