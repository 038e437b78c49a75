#include "screenshots/ImportScreenshots.h"

#include "core/storage/Database.h"
#include "core/validation/ResidentId.h"
#include "ui/MainWindow.h"
#include "ui/import/ImportPage.h"
#include "ui/import/ImportWizard.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

namespace jb::ui {

namespace {

const int kTimeoutMs = 60000;

QString validId(const QDate& birth, int sequence)
{
    const QString first17 = QStringLiteral("340122") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + core::residentIdCheckChar(first17);
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

// Screenshots run before the application's event loop: poll until the worker thread is done.
template <typename Predicate> bool waitFor(Predicate done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > kTimeoutMs)
            return false;
        QApplication::processEvents();
        QThread::msleep(5);
    }
    settle();
    return true;
}

} // namespace

ImportScreenshots::ImportScreenshots(MainWindow& window) : m_window(window) {}

bool ImportScreenshots::writeSampleList(const QString& path)
{
    const QString wrongCheck = [] {
        QString id = validId(QDate(1988, 3, 3), 15);
        id[17] = id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        return id;
    }();
    const QStringList lines = {
        QStringLiteral("肥东县店埠镇2024年劳动者求职需求登记表,,,,,,,,,"),
        QStringLiteral("序号,姓名,性别,身份证号,联系电话,人员类别,求职意向,期望月薪,登记日期,微信号"),
        QStringLiteral("1,张明,男,%1,13805510001,农民工,焊工,5000-7000,2024/2/19,zm0551")
            .arg(validId({1986, 4, 12}, 31)),
        QStringLiteral("2,王秀英,女,%1,13905510002,困难职工,保洁,3000,2024/2/19,").arg(validId({1975, 9, 3}, 42)),
        QStringLiteral("3,李强,男,3.40122E+17,13705510003,农民工,叉车司机,6000,2024/2/20,"),
        QStringLiteral("4,刘芳,女,%1,1360551004,农民工、困难职工,普工,4000,2024/2/20,lf")
            .arg(validId({1992, 1, 27}, 64)),
        QStringLiteral("5,陈伟,男,%1,13505510005,新就业形态劳动者,外卖骑手,面议,2024年2月21日,")
            .arg(validId({1998, 6, 6}, 17)),
        QStringLiteral("6,杨静,女,%1,13305510006,农民工,缝纫工,4500,45342,yj06").arg(validId({1983, 11, 30}, 28)),
        QStringLiteral("7,赵磊,男,%1,13205510007,转岗职工,电工,6500,2024/2/22,").arg(wrongCheck),
        QStringLiteral("8,黄丽,女,%1,15805510008,农民工,质检员,5000,2024.2.22,hl88").arg(validId({1990, 8, 15}, 86)),
        QStringLiteral(",,,,,,,,,"),
        QStringLiteral("9,周杰,男,%1,18705510009,残疾职工,仓库管理,4000,2024/2/23,").arg(validId({1979, 2, 2}, 93)),
        QStringLiteral("10,吴敏,女,%1,17705510010,农民工,服务员,3800,2024/2/31,").arg(validId({2001, 12, 24}, 20)),
    };
    QStringEncoder gbk("GB18030");
    QFile file(path);
    if (!gbk.isValid() || !file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = gbk.encode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    return file.write(bytes) == bytes.size() && file.flush();
}

bool ImportScreenshots::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool ImportScreenshots::render(const Save& save)
{
    core::Database* original = m_window.database();
    if (!original)
        return true; // nothing to import into
    const QString originalPath = original->path();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(tr("Cannot create a scratch folder for the import screenshots."));
    const QString copy = scratch.filePath(QStringLiteral("screenshots.jobbridge"));
    const QString list = scratch.filePath(QStringLiteral("店埠镇求职登记.csv"));
    if (const core::Status copied = original->saveCopy(copy); !copied)
        return fail(copied.error());
    if (!writeSampleList(list))
        return fail(tr("Cannot write the sample list %1").arg(QDir::toNativeSeparators(list)));
    if (!m_window.openFile(copy))
        return fail(tr("Cannot open the scratch copy %1").arg(QDir::toNativeSeparators(copy)));

    const bool ok = [&] {
        m_window.showPage(QStringLiteral("import"));
        auto* page = qobject_cast<ImportPage*>(m_window.page(QStringLiteral("import")));
        ImportWizard* wizard = page ? page->openWizard() : nullptr;
        if (!wizard)
            return fail(tr("The import wizard did not open."));
        QPointer<ImportWizard> guard(wizard);
        // The size it opens at on a 1366×768 screen (the offscreen screen is smaller).
        wizard->resize(1120, 700);
        if (auto* path = wizard->findChild<QLineEdit*>(QStringLiteral("filePath")))
            path->setText(QDir::toNativeSeparators(list));
        settle();
        const auto step = [&](const char* name) {
            settle();
            return save(*wizard, QString::fromLatin1(name));
        };
        if (!step("import-wizard-file"))
            return false;
        wizard->next();
        if (wizard->currentId() != ImportWizard::PreviewPageId)
            return fail(tr("The sample list could not be opened."));
        if (!step("import-wizard-preview"))
            return false;
        wizard->next();
        if (!step("import-wizard-mapping"))
            return false;
        wizard->next();
        if (!waitFor([wizard] { return !wizard->isBusy(); }) || !wizard->checkSummary())
            return fail(tr("The check of the sample list did not finish: %1").arg(wizard->failure()));
        // One issue selected, so its whole reason shows under the table.
        if (auto* issues =
                wizard->page(ImportWizard::CheckPageId)->findChild<QTableView*>(QStringLiteral("issueTable")))
            issues->selectRow(0);
        if (!step("import-wizard-check"))
            return false;
        // Taken before any event is processed: the sample is so small that the worker may already be done, and
        // its queued "finished" would move the wizard on to the result.
        wizard->next();
        if (!save(*wizard, QStringLiteral("import-wizard-run")))
            return false;
        if (!waitFor([wizard] { return wizard->currentId() == ImportWizard::ResultPageId || !wizard->isBusy(); }) ||
            !wizard->importSummary())
            return fail(tr("The import of the sample list did not finish: %1").arg(wizard->failure()));
        waitFor([wizard] { return wizard->currentId() == ImportWizard::ResultPageId; });
        if (!step("import-wizard-result"))
            return false;
        wizard->accept();
        waitFor([&guard] { return guard.isNull(); });
        return save(m_window, QStringLiteral("import-after-import"));
    }();
    m_window.openFile(originalPath);
    return ok;
}

} // namespace jb::ui
