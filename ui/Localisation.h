#pragma once
// Chooses the interface language, installs Qt's and JobBridge's translations, and picks a font that has Chinese
// glyphs. Called once by the GUI main (and by the UI tests) before any window exists.

#include <QCoreApplication>
#include <QString>

class QApplication;
class QLocale;

namespace jb::ui {

class Localisation final
{
    Q_DECLARE_TR_FUNCTIONS(Localisation)

public:
    static const QString kChinese; // "zh_CN"
    static const QString kEnglish; // "en"

    // `requested` is --lang (wins), then the stored preference, then the system locale: any Chinese locale
    // gives zh_CN, anything else English. An unknown non-empty `requested` value yields an empty string.
    static QString choose(const QString& requested, const QString& stored, const QLocale& system);

    // Installs translators for `language` on the application and makes it the default QLocale (so numbers and
    // dates follow it). Returns why, in English, if JobBridge's own translation is missing.
    static QString install(QApplication& app, const QString& language);

    // Sets the application font to the first Simplified-Chinese-capable family found (Noto Sans CJK SC first);
    // keeps the platform default if none is installed.
    static void applyChineseFont(QApplication& app);

    // True when the interface is in Chinese; used to pick name_zh or name_en from reference data.
    static bool isChinese();
    static QString pick(const QString& zh, const QString& en);
};

} // namespace jb::ui
