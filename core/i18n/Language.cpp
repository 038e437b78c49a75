#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jb::core {

QString chooseLanguage(const QString& requested, const QString& stored, const QLocale& system)
{
    const auto known = [](const QString& language) { return language == kChinese || language == kEnglish; };
    if (!requested.isEmpty())
        return known(requested) ? requested : QString();
    if (known(stored))
        return stored;
    return system.language() == QLocale::Chinese ? kChinese : kEnglish;
}

Message installCoreTranslation(const QString& language)
{
    if (language != kChinese) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return {};
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCoreApplication* app = QCoreApplication::instance();

    // Qt's own strings (standard buttons, file dialogs): from Qt's folder, or a copy beside the program.
    auto* qtBase = new QTranslator(app);
    if (qtBase->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qtBase->load(QStringLiteral("qtbase_zh_CN"),
                     QCoreApplication::applicationDirPath() + QStringLiteral("/translations")))
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;

    // Compiled from resources/i18n/jobbridge_core_zh_CN.ts into core (see core/CMakeLists.txt).
    auto* own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/jobbridge_core_zh_CN.qm"))) {
        delete own;
        return JB_TR("Storage", "The Chinese translation is missing from this build.");
    }
    QCoreApplication::installTranslator(own);
    return {};
}

QString textIn(const Message& message, const QString& language)
{
    if (language != kChinese || message.source() == nullptr)
        return message.sourceText();
    // Loaded once and never installed, so it answers for Chinese whatever the application shows.
    static const QTranslator* const chinese = [] {
        auto* translator = new QTranslator;
        if (!translator->load(QStringLiteral(":/i18n/jobbridge_core_zh_CN.qm")))
            qWarning("The Chinese translation is missing from this build.");
        return translator;
    }();
    Q_ASSERT_X(message.sourceText() == QString::fromUtf8(message.source()), "textIn", "a message with arguments");
    const QString text = chinese->translate(message.context(), message.source());
    return text.isEmpty() ? message.sourceText() : text;
}

} // namespace jb::core
