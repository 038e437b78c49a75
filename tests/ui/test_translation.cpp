// The Chinese translation: complete in the .ts, compiled into the program, and used by the window.

#include "ui/CatchQt.h"
#include "ui/Localisation.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/UiFixture.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTranslator>
#include <QXmlStreamReader>

using jb::test::child;
using jb::test::UiFixture;

TEST_CASE("Every string of the Chinese translation is translated", "[i18n]")
{
    QFile ts(QStringLiteral(JB_TEST_DATA_DIR "/../../resources/i18n/jobbridge_zh_CN.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    INFO("XML: " << xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 100);
    INFO("untranslated: " << unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(unfinished.isEmpty());
}

TEST_CASE("The compiled Chinese translation is in the program and used by the window", "[i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/jobbridge_zh_CN.qm")));
    QApplication::installTranslator(&translator);

    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("chinese.jobbridge"));
    {
        jb::ui::MainWindow window(fx.settings());
        window.setModalDialogsEnabled(false);
        REQUIRE(window.openFile(path));
        auto* navigation = child<QListWidget>(&window, QStringLiteral("navigation"));
        QStringList titles;
        for (int row = 0; row < navigation->count(); ++row)
            titles << navigation->item(row)->text();
        CHECK(titles == QStringList({QStringLiteral("仪表板"), QStringLiteral("企业需求"), QStringLiteral("劳动者"),
                                     QStringLiteral("疑似重复"), QStringLiteral("招聘会"), QStringLiteral("推荐就业"),
                                     QStringLiteral("服务"), QStringLiteral("预警"), QStringLiteral("目标任务"),
                                     QStringLiteral("报表"), QStringLiteral("导入"), QStringLiteral("基础数据"),
                                     QStringLiteral("设置"), QStringLiteral("操作日志")}));
        const auto* addService =
            child<QPushButton>(window.page(QStringLiteral("services")), QStringLiteral("addService"));
        CHECK(addService->text() == QStringLiteral("新增服务(&N)"));
        CHECK(window.windowTitle().contains(QStringLiteral("肥东县")));
    }
    QApplication::removeTranslator(&translator);
}

TEST_CASE("The language follows --lang, then the stored choice, then the system", "[i18n]")
{
    using jb::ui::Localisation;
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    const QLocale taiwan(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(Localisation::choose({}, {}, chinese) == QStringLiteral("zh_CN"));
    CHECK(Localisation::choose({}, {}, taiwan) == QStringLiteral("zh_CN"));
    CHECK(Localisation::choose({}, {}, german) == QStringLiteral("en"));
    CHECK(Localisation::choose({}, QStringLiteral("en"), chinese) == QStringLiteral("en"));
    CHECK(Localisation::choose(QStringLiteral("zh_CN"), QStringLiteral("en"), german) == QStringLiteral("zh_CN"));
    CHECK(Localisation::choose(QStringLiteral("fr"), {}, chinese).isEmpty());
}
