#pragma once
// Expected<T>: a value or a message saying why there is none. Core functions return this instead of
// bool-plus-side-channel so callers (GUI, CLI, tests) always have the reason to show the officer.

#include "core/Message.h"

#include <QString>
#include <optional>
#include <utility>

namespace jb::core {

template <typename T> class [[nodiscard]] Expected final
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    static Expected failure(Message message)
    {
        Expected e;
        e.m_error = std::move(message);
        return e;
    }
    // Words without a translation (see Message::verbatim).
    static Expected failure(const QString& text) { return failure(Message::verbatim(text)); }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    // Why there is no value, in the installed language.
    QString error() const { return m_error.text(); }
    const Message& message() const { return m_error; }

private:
    Expected() = default;
    std::optional<T> m_value;
    Message m_error;
};

// Status: success, or a message.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    static Status failure(Message message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_ok = false;
        return s;
    }
    static Status failure(const QString& text) { return failure(Message::verbatim(text)); }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    QString error() const { return m_error.text(); }
    const Message& message() const { return m_error; }

private:
    bool m_ok = true;
    Message m_error;
};

} // namespace jb::core
