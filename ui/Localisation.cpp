#include "ui/Localisation.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jb::ui {

const QString Localisation::kChinese = QStringLiteral("zh_CN");
const QString Localisation::kEnglish = QStringLiteral("en");

QString Localisation::choose(const QString& requested, const QString& stored, const QLocale& system)
{
    const auto known = [](const QString& language) { return language == kChinese || language == kEnglish; };
    if (!requested.isEmpty())
        return known(requested) ? requested : QString();
    if (known(stored))
        return stored;
    return system.language() == QLocale::Chinese ? kChinese : kEnglish;
}

QString Localisation::install(QApplication& app, const QString& language)
{
    if (language != kChinese) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return {};
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));

    // Qt's own strings (standard buttons, file dialogs): from Qt's folder, or a copy beside the program.
    auto* qtBase = new QTranslator(&app);
    if (qtBase->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qtBase->load(QStringLiteral("qtbase_zh_CN"),
                     QApplication::applicationDirPath() + QStringLiteral("/translations")))
        QApplication::installTranslator(qtBase);
    else
        delete qtBase;

    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/jobbridge_zh_CN.qm"))) {
        delete own;
        return QStringLiteral("缺少中文界面翻译文件 / The Chinese translation is missing from this build");
    }
    QApplication::installTranslator(own);
    return {};
}

void Localisation::applyChineseFont(QApplication& app)
{
    // Noto Sans CJK SC ships with Linux desktops; the others are the usual Windows and macOS families.
    static const char* const kPreferred[] = {"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                                             "WenQuanYi Micro Hei"};
    const QStringList families = QFontDatabase::families();
    for (const char* family : kPreferred) {
        const QString name = QString::fromLatin1(family);
        if (families.contains(name)) {
            QFont font = QApplication::font();
            font.setFamilies({name});
            app.setFont(font);
            return;
        }
    }
}

bool Localisation::isChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString Localisation::pick(const QString& zh, const QString& en)
{
    if (isChinese() || en.isEmpty())
        return zh;
    return en;
}

} // namespace jb::ui
