// The layers, checked from the sources themselves (docs/architecture.md draws them):
// - core/ includes only core/ and Qt Core, Qt Sql and the standard library (plus SQLite's and OpenSSL's C APIs);
// - documents/ includes only core/, documents/, Qt Core and Qt Gui;
// - ui/ includes core/, documents/ and ui/, and nothing from Qt Sql;
// - screenshots/ adds ui/; app/ may use everything;
// - core's folders form no cycle (a cycle means two folders are one module pretending to be two).
// A failure names the file, the line and the rule it breaks.

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

struct Include
{
    QString file; // relative to the source root
    int line = 0;
    QString target; // what is included
    bool quoted = false;
};

QString sourceRoot() { return QStringLiteral(JB_SOURCE_DIR); }

QVector<Include> includesUnder(const QString& folder)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QVector<Include> found;
    const QString root = sourceRoot();
    QDirIterator it(root + u'/' + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QTextStream in(&file);
        int number = 0;
        while (!in.atEnd()) {
            const QString text = in.readLine();
            ++number;
            const auto m = pattern.match(text);
            if (m.hasMatch())
                found.push_back({path.mid(root.size() + 1), number, m.captured(2), m.captured(1) == u'"'});
        }
    }
    return found;
}

// Whether a <Qxxx> header belongs to one of the Qt modules named (QtCore, QtSql, …), by where Qt installed it.
bool inQtModules(const QString& header, const QStringList& modules)
{
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const QString& module : modules)
        if (QFileInfo::exists(headers + u'/' + module + u'/' + header))
            return true;
    return false;
}

bool isQtHeader(const QString& header) { return header.startsWith(u'Q') || header.startsWith(QStringLiteral("Qt")); }

QString describe(const Include& inc) { return inc.file + u':' + QString::number(inc.line) + QStringLiteral(": ") + inc.target; }

// Quoted includes must start with one of `allowed` (a folder prefix); Qt headers must come from `qtModules`.
QStringList breaches(const QString& folder, const QStringList& allowed, const QStringList& qtModules)
{
    QStringList out;
    for (const Include& inc : includesUnder(folder)) {
        if (inc.quoted) {
            const bool ok = std::any_of(allowed.begin(), allowed.end(),
                                        [&](const QString& prefix) { return inc.target.startsWith(prefix); });
            if (!ok)
                out << describe(inc);
        } else if (isQtHeader(inc.target) && !inQtModules(inc.target, qtModules)) {
            out << describe(inc);
        }
    }
    return out;
}

} // namespace

TEST_CASE("Qt's headers are where the layering test looks for them")
{
    // Without this, a Qt installed elsewhere would make every Qt include look foreign (or, worse, be skipped).
    REQUIRE(inQtModules(QStringLiteral("QString"), {QStringLiteral("QtCore")}));
    REQUIRE(inQtModules(QStringLiteral("QSqlQuery"), {QStringLiteral("QtSql")}));
    REQUIRE_FALSE(inQtModules(QStringLiteral("QSqlQuery"), {QStringLiteral("QtCore")}));
}

TEST_CASE("core includes only core, Qt Core and Qt Sql")
{
    const QStringList found = breaches(QStringLiteral("core"), {QStringLiteral("core/")},
                                       {QStringLiteral("QtCore"), QStringLiteral("QtSql")});
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("documents include only core, documents, Qt Core and Qt Gui")
{
    const QStringList found = breaches(QStringLiteral("documents"), {QStringLiteral("core/"), QStringLiteral("documents/")},
                                       {QStringLiteral("QtCore"), QStringLiteral("QtGui")});
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("ui includes nothing of Qt Sql, the screenshots or the mains")
{
    const QStringList modules{QStringLiteral("QtCore"), QStringLiteral("QtGui"), QStringLiteral("QtWidgets"),
                              QStringLiteral("QtCharts"), QStringLiteral("QtPrintSupport")};
    const QStringList found = breaches(QStringLiteral("ui"),
                                       {QStringLiteral("core/"), QStringLiteral("documents/"), QStringLiteral("ui/")},
                                       modules);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the screenshot renderer sits on top of ui, without Qt Sql")
{
    const QStringList modules{QStringLiteral("QtCore"), QStringLiteral("QtGui"), QStringLiteral("QtWidgets"),
                              QStringLiteral("QtCharts"), QStringLiteral("QtPrintSupport")};
    const QStringList found = breaches(QStringLiteral("screenshots"),
                                       {QStringLiteral("core/"), QStringLiteral("documents/"), QStringLiteral("ui/"),
                                        QStringLiteral("screenshots/")},
                                       modules);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("core's folders depend on each other without a cycle")
{
    // folder → the core folders it includes from
    QMap<QString, QSet<QString>> uses;
    static const QRegularExpression folderOf(QStringLiteral("^core/([^/]+)/"));
    for (const Include& inc : includesUnder(QStringLiteral("core"))) {
        const auto from = folderOf.match(inc.file);
        const auto to = folderOf.match(inc.target);
        if (inc.quoted && from.hasMatch() && to.hasMatch() && from.captured(1) != to.captured(1))
            uses[from.captured(1)].insert(to.captured(1));
    }
    REQUIRE(uses.size() > 5); // the walk found the folders at all

    QStringList cycles;
    QMap<QString, int> state; // 0 unseen, 1 on the path, 2 done
    QStringList path;
    std::function<void(const QString&)> visit = [&](const QString& folder) {
        state[folder] = 1;
        path << folder;
        for (const QString& next : uses.value(folder)) {
            if (state.value(next) == 1)
                cycles << (path.mid(path.indexOf(next)) << next).join(QStringLiteral(" → "));
            else if (state.value(next) == 0)
                visit(next);
        }
        path.removeLast();
        state[folder] = 2;
    };
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        if (state.value(it.key()) == 0)
            visit(it.key());
    INFO(cycles.join(u'\n').toStdString());
    CHECK(cycles.isEmpty());
}
