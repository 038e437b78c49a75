#include "core/Message.h"

#include <QCoreApplication>

namespace jb::core {

Message Message::verbatim(const QString& text)
{
    Message m;
    m.m_verbatim = text;
    return m;
}

Message Message::arg(const QString& value) const
{
    Message m = *this;
    m.m_arguments.push_back({value, nullptr});
    return m;
}

Message Message::arg(const Message& value) const
{
    Message m = *this;
    m.m_arguments.push_back({QString(), std::make_shared<const Message>(value)});
    return m;
}

Message Message::arg(qint64 value) const
{
    return arg(QString::number(value));
}

QString Message::text() const
{
    return render(true);
}

QString Message::sourceText() const
{
    return render(false);
}

QString Message::render(bool translated) const
{
    if (m_source == nullptr)
        return m_verbatim;
    QString out = translated ? QCoreApplication::translate(m_context, m_source) : QString::fromUtf8(m_source);
    for (const Argument& a : m_arguments) {
        const QString value = a.message ? (translated ? a.message->text() : a.message->sourceText()) : a.text;
        out = out.arg(value);
    }
    return out;
}

} // namespace jb::core
