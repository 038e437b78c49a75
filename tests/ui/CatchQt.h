#pragma once
// Lets Catch print QString and QStringList values in failure messages instead of "{?}", and gives the UI tests one
// checked way to reach a widget they expect to exist.

#include <QObject>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "{ " + value.join(QStringLiteral(", ")).toStdString() + " }";
    }
};

} // namespace Catch

namespace jb::test {

// The child of `parent` a test expects to exist (an empty name matches any object of type T). A missing child fails
// the test with its type and object name instead of crashing on a null pointer, so the result is never null.
// Deliberate "must not exist" checks use findChild directly.
template <typename T>
T* child(const QObject* parent, const QString& objectName = QString(),
         Qt::FindChildOptions options = Qt::FindChildrenRecursively)
{
    INFO("expected child " << T::staticMetaObject.className() << " named \"" << objectName.toStdString() << '"');
    REQUIRE(parent != nullptr);
    T* found = parent->findChild<T*>(objectName, options);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace jb::test
