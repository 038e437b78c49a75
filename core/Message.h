#pragma once
// Message: what core has to tell the officer, kept in no language until it is shown. It is an English source text
// in a translation context, with its arguments; text() translates it through the translators the GUI or the CLI
// installed for the chosen language (resources/i18n/jobbridge_core_zh_CN.ts holds the Chinese). Core never joins
// two languages into one string, and nothing splits one apart.
//
// Write a message with JB_TR so lupdate collects it (the build passes -tr-function-alias QT_TRANSLATE_NOOP+=JB_TR):
//     return Status::failure(JB_TR("Storage", "The file already exists and will not be overwritten: %1").arg(path));
// Contexts are a word per area: Validation, Import, Editing, Storage, Targets, Metrics, Reports, Exchange, Lists,
// Demo, Duplicates, Reference, Documents, Cli.

#include <QString>
#include <QVector>
#include <memory>

#define JB_TR(context, source) ::jb::core::Message(context, source)

namespace jb::core {

class Message final
{
public:
    Message() = default;
    // `context` and `source` must outlive the message: string literals, written through JB_TR.
    Message(const char* context, const char* source) : m_context(context), m_source(source) {}
    // Words that have no translation: a file name, SQLite's own error text, a message from elsewhere.
    static Message verbatim(const QString& text);

    // %1, %2, … in order, as QString::arg. A Message argument is translated together with this one.
    [[nodiscard]] Message arg(const QString& value) const;
    [[nodiscard]] Message arg(const Message& value) const;
    [[nodiscard]] Message arg(qint64 value) const;
    [[nodiscard]] Message arg(int value) const { return arg(qint64(value)); }

    bool isEmpty() const { return m_source == nullptr && m_verbatim.isEmpty(); }
    // In the installed translation (English when none is installed).
    QString text() const;
    // Always English: for logs and tests that must not depend on the language.
    QString sourceText() const;
    // The context and source text (null for a verbatim message): what a test or a filter can compare.
    const char* context() const { return m_context; }
    const char* source() const { return m_source; }

private:
    struct Argument
    {
        QString text;
        std::shared_ptr<const Message> message; // set instead of text for a nested message
    };
    QString render(bool translated) const;

    const char* m_context = nullptr;
    const char* m_source = nullptr;
    QString m_verbatim;
    QVector<Argument> m_arguments;
};

} // namespace jb::core
