// The layers, checked from the sources themselves (docs/architecture.md draws them):
// - core/ includes only core/ and Qt Core, Qt Sql and the standard library (plus SQLite's and OpenSSL's C APIs);
// - documents/ includes only core/, documents/, Qt Core and Qt Gui;
// - ui/ includes core/, documents/ and ui/, and nothing from Qt Sql;
// - screenshots/ adds ui/; app/ may use everything;
// - core's folders form no cycle (a cycle means two folders are one module pretending to be two);
// - ui/ spells no table or column name of core's schema (see "ui names no table or column" below).
// A failure names the file, the line and the rule it breaks.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

namespace {

struct Include
{
    QString file; // relative to the source root
    int line = 0;
    QString target; // what is included
    bool quoted = false;
};

QString sourceRoot()
{
    return QStringLiteral(JB_SOURCE_DIR);
}

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

bool isQtHeader(const QString& header)
{
    return header.startsWith(u'Q') || header.startsWith(QStringLiteral("Qt"));
}

QString describe(const Include& inc)
{
    return inc.file + u':' + QString::number(inc.line) + QStringLiteral(": ") + inc.target;
}

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
    const QStringList found =
        breaches(QStringLiteral("documents"), {QStringLiteral("core/"), QStringLiteral("documents/")},
                 {QStringLiteral("QtCore"), QStringLiteral("QtGui")});
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("ui includes nothing of Qt Sql, the screenshots or the mains")
{
    const QStringList modules{QStringLiteral("QtCore"), QStringLiteral("QtGui"), QStringLiteral("QtWidgets"),
                              QStringLiteral("QtCharts"), QStringLiteral("QtPrintSupport")};
    const QStringList found = breaches(
        QStringLiteral("ui"), {QStringLiteral("core/"), QStringLiteral("documents/"), QStringLiteral("ui/")}, modules);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the screenshot renderer sits on top of ui, without Qt Sql")
{
    const QStringList modules{QStringLiteral("QtCore"), QStringLiteral("QtGui"), QStringLiteral("QtWidgets"),
                              QStringLiteral("QtCharts"), QStringLiteral("QtPrintSupport")};
    const QStringList found = breaches(
        QStringLiteral("screenshots"),
        {QStringLiteral("core/"), QStringLiteral("documents/"), QStringLiteral("ui/"), QStringLiteral("screenshots/")},
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

// ---------------------------------------------------------------------------------------------------------------
// ui names no table or column.
//
// The names come from core's schema itself: every CREATE TABLE (and ALTER TABLE … ADD COLUMN) in
// core/storage/Schema*.cpp. A string literal in ui/ equal to one of them is a leak: a dialog keying values by column,
// a page counting a table by name. Which names count:
// - every table name, and every column name with an underscore (employment_status_id, closed_on): spelled that way
//   they are the schema's and nothing else's;
// - the one-word columns (name, status, note, title, …) of the records ui/ edits through core's field catalogue
//   (workers, enterprises, vacancies, demand_snapshots, enterprise_flags), where a leak would be a field keyed by
//   its column. One-word columns of other tables (inserted, value, key, kind, …) are also ordinary words the
//   interface uses for other things (the import's counts, a widget property), so they are not checked.
// What is not a leak, though it may be spelled alike:
// - an object name: the first argument of setObjectName(), of setProperty()/property(), or of a ui function whose
//   first parameter is `const QString& objectName` (found in ui/'s own sources: addField, startLayout, …), or a
//   literal on a line that compares or names a variable `objectName` (the pages' ids "workers", "targets", …);
// - words for the officer: the text of tr() and QT_TR_NOOP();
// - comments.

namespace {

struct Literal
{
    int line = 0;
    QString text;     // the literal's content
    QString codeLine; // its line without comments, literals kept
    int column = 0;   // where the literal starts in codeLine
};

// String literals and the comment-free text of each line, by a small C++ tokeniser (strings, characters,
// line and block comments; raw strings are not used in ui/).
QVector<Literal> literalsIn(const QString& source)
{
    QVector<Literal> found;
    QStringList code{QString()};
    enum class State { Code, String, Char, LineComment, BlockComment } state = State::Code;
    QString current;
    int startColumn = 0;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < source.size() ? source.at(i + 1) : QChar();
        if (c == u'\n') {
            if (state == State::LineComment)
                state = State::Code;
            code << QString();
            continue;
        }
        switch (state) {
        case State::Code:
            if (c == u'/' && next == u'/') {
                state = State::LineComment;
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
            } else {
                code.last() += c;
                if (c == u'"') {
                    state = State::String;
                    current.clear();
                    startColumn = int(code.last().size() - 1);
                } else if (c == u'\'') {
                    state = State::Char;
                }
            }
            break;
        case State::String:
        case State::Char:
            code.last() += c;
            if (c == u'\\') {
                code.last() += next;
                if (state == State::String)
                    current += c + QString(next);
                ++i;
            } else if (state == State::String && c == u'"') {
                found.push_back({int(code.size()), current, QString(), startColumn});
                state = State::Code;
            } else if (state == State::Char && c == u'\'') {
                state = State::Code;
            } else if (state == State::String) {
                current += c;
            }
            break;
        case State::LineComment:
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                ++i;
            }
            break;
        }
    }
    for (Literal& l : found)
        l.codeLine = code.at(l.line - 1);
    return found;
}

QString readSource(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

struct Schema
{
    QSet<QString> tables;
    QHash<QString, QSet<QString>> columns; // table → its columns
};

// The tables and columns the schema steps create, read from their SQL text.
Schema schemaOfCore()
{
    static const QRegularExpression create(QStringLiteral(R"(CREATE TABLE (\w+) \()"));
    static const QRegularExpression addColumn(QStringLiteral(R"(ALTER TABLE (\w+) ADD COLUMN (\w+))"));
    static const QRegularExpression columnName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    Schema schema;
    const QDir storage(sourceRoot() + QStringLiteral("/core/storage"));
    for (const QString& name : storage.entryList({QStringLiteral("Schema*.cpp")}, QDir::Files)) {
        const QString sql = readSource(storage.filePath(name));
        for (auto it = create.globalMatch(sql); it.hasNext();) {
            const auto m = it.next();
            const QString table = m.captured(1);
            schema.tables.insert(table);
            // The definitions between the balanced parentheses, split at the commas outside nested ones.
            int depth = 1;
            QString definition;
            for (qsizetype i = m.capturedEnd(); i < sql.size() && depth > 0; ++i) {
                const QChar c = sql.at(i);
                depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
                if ((c == u',' && depth == 1) || depth == 0) {
                    const QString first = definition.trimmed().section(u' ', 0, 0);
                    if (columnName.match(first).hasMatch())
                        schema.columns[table].insert(first);
                    definition.clear();
                } else {
                    definition += c;
                }
            }
        }
        for (auto it = addColumn.globalMatch(sql); it.hasNext();) {
            const auto m = it.next();
            schema.columns[m.captured(1)].insert(m.captured(2));
        }
    }
    return schema;
}

// The names a literal in ui/ must not be, each with what it is (for the failure message).
QHash<QString, QString> forbiddenNames(const Schema& schema)
{
    static const QStringList edited = {QStringLiteral("workers"), QStringLiteral("enterprises"),
                                       QStringLiteral("vacancies"), QStringLiteral("demand_snapshots"),
                                       QStringLiteral("enterprise_flags")};
    QHash<QString, QString> names;
    for (auto it = schema.columns.cbegin(); it != schema.columns.cend(); ++it)
        for (const QString& column : it.value())
            if (column.contains(u'_') || edited.contains(it.key()))
                names.insert(column, QStringLiteral("a column of ") + it.key());
    for (const QString& table : schema.tables)
        names.insert(table, QStringLiteral("a table"));
    return names;
}

// ui functions whose first parameter is an object name.
QSet<QString> objectNameFunctions(const QStringList& sources)
{
    static const QRegularExpression declared(QStringLiteral(R"(\b(\w+)\(\s*const QString&\s*objectName\b)"));
    QSet<QString> functions{QStringLiteral("setObjectName"), QStringLiteral("setProperty"), QStringLiteral("property")};
    for (const QString& source : sources)
        for (auto it = declared.globalMatch(source); it.hasNext();)
            functions.insert(it.next().captured(1));
    return functions;
}

bool isObjectNameOrWords(const Literal& l, const QSet<QString>& objectNameCalls)
{
    static const QRegularExpression namedObject(QStringLiteral(R"(\bobjectName\b)"));
    static const QRegularExpression firstArgument(
        QStringLiteral(R"(\b(\w+)\(\s*(?:QStringLiteral\(|QLatin1String\(|QString::fromLatin1\()?\s*$)"));
    if (namedObject.match(l.codeLine).hasMatch())
        return true;
    const auto call = firstArgument.match(l.codeLine.left(l.column));
    if (!call.hasMatch())
        return false;
    const QString function = call.captured(1);
    return objectNameCalls.contains(function) || function == QLatin1String("tr") ||
           function == QLatin1String("QT_TR_NOOP");
}

// "file:line: "name" is a table / a column of t" for every leak in `files` (path → source).
QStringList schemaLeaks(const QMap<QString, QString>& files, const QHash<QString, QString>& names)
{
    const QSet<QString> objectNameCalls = objectNameFunctions(files.values());
    QStringList leaks;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        for (const Literal& l : literalsIn(it.value()))
            if (names.contains(l.text) && !isObjectNameOrWords(l, objectNameCalls))
                leaks
                    << QStringLiteral("%1:%2: \"%3\" is %4").arg(it.key()).arg(l.line).arg(l.text, names.value(l.text));
    return leaks;
}

QMap<QString, QString> sourcesUnder(const QString& folder)
{
    QMap<QString, QString> files;
    const QString root = sourceRoot();
    QDirIterator it(root + u'/' + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path.mid(root.size() + 1), readSource(path));
    }
    return files;
}

} // namespace

TEST_CASE("the schema's tables and columns are read from core's schema steps")
{
    const Schema schema = schemaOfCore();
    CHECK(schema.tables.size() > 25);
    for (const char* table : {"workers", "enterprises", "vacancies", "demand_snapshots", "enterprise_flags"})
        CHECK(schema.tables.contains(QLatin1String(table)));
    CHECK(schema.columns.value(QStringLiteral("workers")).contains(QStringLiteral("employment_status_id")));
    CHECK(schema.columns.value(QStringLiteral("workers")).contains(QStringLiteral("import_hash"))); // ADD COLUMN
    CHECK(schema.columns.value(QStringLiteral("vacancies")).contains(QStringLiteral("closed_on")));
    CHECK(schema.columns.value(QStringLiteral("vacancies")).contains(QStringLiteral("status")));
    CHECK_FALSE(schema.columns.value(QStringLiteral("vacancies")).contains(QStringLiteral("UNIQUE")));
}

TEST_CASE("the schema-name check finds leaks and passes object names, words and comments")
{
    const QHash<QString, QString> names = forbiddenNames(schemaOfCore());
    const QString planted = QStringLiteral(R"(
QPushButton* makeButton(const QString& objectName, QWidget* parent);
void f(QVariantMap& v, QWidget* w)
{
    v.insert(QStringLiteral("closed_on"), QDate());                 // a column
    put("status", 1);                                                // a one-word column of vacancies
    stats.rowsIn(QStringLiteral("job_fairs"));                       // a table
    w->setObjectName(QStringLiteral("workers"));                     // an object name
    makeButton(QStringLiteral("note"), w);                           // an object name through a ui function
    if (objectName == QLatin1String("referrals")) {}                 // a page id
    label->setText(tr("workers"));                                   // words
    // QStringLiteral("closed_on") in a comment
    /* "workers" in a block comment */
    count(QStringLiteral("inserted"));                               // a word that is an import_batches column
}
)");
    const QStringList leaks = schemaLeaks({{QStringLiteral("planted.cpp"), planted}}, names);
    INFO(leaks.join(u'\n').toStdString());
    REQUIRE(leaks.size() == 3);
    CHECK(leaks.at(0).startsWith(QStringLiteral("planted.cpp:5: \"closed_on\"")));
    CHECK(leaks.at(1).startsWith(QStringLiteral("planted.cpp:6: \"status\"")));
    CHECK(leaks.at(2).startsWith(QStringLiteral("planted.cpp:7: \"job_fairs\" is a table")));
}

TEST_CASE("ui names no table or column of core's schema")
{
    const QStringList leaks = schemaLeaks(sourcesUnder(QStringLiteral("ui")), forbiddenNames(schemaOfCore()));
    INFO(leaks.join(u'\n').toStdString());
    CHECK(leaks.isEmpty());
}

TEST_CASE("ui names no Qt Sql type: pages hold core::Database and pass its connection on without naming it")
{
    QStringList found;
    const QMap<QString, QString> sources = sourcesUnder(QStringLiteral("ui"));
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        if (it.value().contains(QLatin1String("QSql")))
            found << it.key();
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}
