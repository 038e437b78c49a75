#include "ui/Localisation.h"

#include "core/i18n/Language.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QTranslator>

namespace jb::ui {

const QString Localisation::kChinese = core::kChinese;
const QString Localisation::kEnglish = core::kEnglish;

QString Localisation::choose(const QString& requested, const QString& stored, const QLocale& system)
{
    return core::chooseLanguage(requested, stored, system);
}

QString Localisation::install(QApplication& app, const QString& language)
{
    // Core's messages and Qt's own strings first; then the interface's.
    if (const core::Message failed = core::installCoreTranslation(language); !failed.isEmpty())
        return failed.text();
    if (language != kChinese)
        return {};
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/jobbridge_zh_CN.qm"))) {
        delete own;
        return tr("The Chinese translation of the interface is missing from this build.");
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
