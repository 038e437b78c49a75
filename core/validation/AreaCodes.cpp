// Loads and answers questions about GB/T 2260 division codes.

#include "core/validation/AreaCodes.h"

#include <QFile>
#include <algorithm>

// A resource compiled into a static library is only registered if something calls its init function; the name
// is the one given to qt_add_resources in core/CMakeLists.txt. Q_INIT_RESOURCE must be used outside a namespace.
static void initReferenceResources()
{
    Q_INIT_RESOURCE(jb_reference);
}

namespace jb::core {

namespace {

// Column positions in history.csv, after the header
// 代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码.
enum HistoryColumn { Code, Province, Prefecture, Name, LevelColumn, StatusColumn, FirstYear, LastYear, ColumnCount };

bool isSixDigits(const QString& code)
{
    if (code.size() != 6)
        return false;
    return std::all_of(code.cbegin(), code.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

AreaCodes::Level levelFromPattern(const QString& code)
{
    if (code.endsWith(QLatin1String("0000")))
        return AreaCodes::Level::Province;
    if (code.endsWith(QLatin1String("00")))
        return AreaCodes::Level::Prefecture;
    return AreaCodes::Level::County;
}

std::optional<AreaCodes::Level> levelFromName(const QString& name)
{
    if (name == QStringLiteral("省级"))
        return AreaCodes::Level::Province;
    if (name == QStringLiteral("地级"))
        return AreaCodes::Level::Prefecture;
    if (name == QStringLiteral("县级"))
        return AreaCodes::Level::County;
    return std::nullopt;
}

QStringList splitLines(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.remove(QLatin1Char('\r'));
    return text.split(QLatin1Char('\n'));
}

Message lineError(const QString& file, int line, const Message& problem)
{
    return JB_TR("Validation", "Division code table %1, line %2: %3; reinstall the program or replace the data file")
        .arg(file)
        .arg(line)
        .arg(problem);
}

bool newerThan(const AreaCodes::Division& a, const AreaCodes::Division& b)
{
    if (a.lastYear != b.lastYear)
        return a.lastYear > b.lastYear;
    return a.firstYear > b.firstYear;
}

} // namespace

Status AreaCodes::readDivisions(const QByteArray& divisions)
{
    const QString file = QStringLiteral("divisions-2024.txt");
    const QStringList lines = splitLines(divisions);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int space = line.indexOf(QLatin1Char(' '));
        const QString code = line.left(space);
        const QString name = space < 0 ? QString() : line.mid(space + 1).trimmed();
        if (!isSixDigits(code) || name.isEmpty())
            return Status::failure(lineError(file, i + 1, JB_TR("Validation", "expected \"six-digit-code name\"")));
        Division d;
        d.code = code;
        d.name = name;
        d.level = levelFromPattern(code);
        d.inForce = true;
        m_current.insert(code, d);
    }
    if (m_current.isEmpty())
        return Status::failure(lineError(file, 1, JB_TR("Validation", "the table holds no codes")));
    return {};
}

Status AreaCodes::readHistory(const QByteArray& history)
{
    const QStringList lines = splitLines(history);
    for (int i = 1; i < lines.size(); ++i) { // line 0 is the header
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList f = lines.at(i).split(QLatin1Char(','));
        const auto level = f.size() >= ColumnCount ? levelFromName(f.at(LevelColumn)) : std::nullopt;
        if (f.size() < ColumnCount || !isSixDigits(f.at(Code)) || !level)
            return Status::failure(lineError(QStringLiteral("history.csv"), i + 1,
                                             JB_TR("Validation", "wrong column count, code or level")));
        Division d;
        d.code = f.at(Code);
        d.name = f.at(Name);
        d.level = *level;
        d.firstYear = f.at(FirstYear).toInt();
        d.lastYear = f.at(LastYear).toInt();
        // The 2024 list is the authority on what is in force; history only adds names and years.
        d.inForce = f.at(StatusColumn) == QStringLiteral("在用") && m_current.contains(d.code);
        d.provinceName = f.at(Province);
        if (d.level != Level::Province && f.at(Prefecture) != QStringLiteral("直辖"))
            d.prefectureName = f.at(Prefecture);
        if (d.inForce) {
            Division& cur = m_current[d.code];
            cur.level = d.level;
            cur.firstYear = d.firstYear;
            cur.provinceName = d.provinceName;
            cur.prefectureName = d.prefectureName;
            d.name = cur.name;
        }
        m_history[d.code].append(d);
    }
    for (auto& rows : m_history)
        std::sort(rows.begin(), rows.end(), [](const Division& a, const Division& b) {
            return a.firstYear != b.firstYear ? a.firstYear < b.firstYear : a.lastYear < b.lastYear;
        });
    return {};
}

void AreaCodes::buildTree(const QStringList& currentCodes)
{
    for (const QString& code : currentCodes) {
        Division& d = m_current[code];
        if (d.level == Level::Province) {
            m_provinceCodes.append(code);
            d.provinceName = d.name;
            continue;
        }
        const QString parent = parentCode(code);
        if (!parent.isEmpty())
            m_children[parent].append(code);
        // Without a history row, borrow the names from the tree so fullName still works.
        if (d.provinceName.isEmpty()) {
            const auto province = m_current.constFind(code.left(2) + QStringLiteral("0000"));
            if (province != m_current.cend())
                d.provinceName = province->name;
            if (d.level == Level::Prefecture)
                d.prefectureName = d.name;
            else if (parent != code.left(2) + QStringLiteral("0000"))
                d.prefectureName = m_current.value(parent).name;
        }
    }
}

Expected<AreaCodes> AreaCodes::fromData(const QByteArray& divisions, const QByteArray& history)
{
    AreaCodes codes;
    if (Status s = codes.readDivisions(divisions); !s)
        return Expected<AreaCodes>::failure(s.message());
    if (Status s = codes.readHistory(history); !s)
        return Expected<AreaCodes>::failure(s.message());

    QStringList currentCodes = codes.m_current.keys();
    std::sort(currentCodes.begin(), currentCodes.end());
    codes.buildTree(currentCodes);
    // What an ID's address code says, once per code: an import checks a million IDs from a few hundred codes.
    QStringList everyCode = currentCodes;
    for (auto it = codes.m_history.cbegin(); it != codes.m_history.cend(); ++it)
        if (!codes.m_current.contains(it.key()))
            everyCode.append(it.key());
    for (const QString& code : std::as_const(everyCode)) {
        const std::optional<Division> d = codes.anyByCode(code);
        codes.m_addresses.insert(
            code, AddressFacts{codes.fullName(code), !codes.m_current.contains(code), d ? d->lastYear : 0});
    }
    return codes;
}

const AreaCodes::AddressFacts* AreaCodes::address(const QString& code) const
{
    const auto it = m_addresses.constFind(code);
    return it == m_addresses.cend() ? nullptr : &*it;
}

Expected<AreaCodes> AreaCodes::fromFiles(const QString& divisionsPath, const QString& historyPath)
{
    QFile divisions(divisionsPath);
    QFile history(historyPath);
    for (QFile* f : {&divisions, &history}) {
        if (!f->open(QIODevice::ReadOnly))
            return Expected<AreaCodes>::failure(
                JB_TR("Validation", "Cannot read the division code table %1 (%2); reinstall the program")
                    .arg(f->fileName())
                    .arg(f->errorString()));
    }
    return fromData(divisions.readAll(), history.readAll());
}

const AreaCodes& AreaCodes::instance()
{
    // A function-local static is initialised exactly once even with concurrent callers.
    static const AreaCodes codes = [] {
        initReferenceResources();
        auto loaded =
            fromFiles(QStringLiteral(":/reference/divisions-2024.txt"), QStringLiteral(":/reference/history.csv"));
        if (loaded)
            return std::move(loaded.value());
        AreaCodes empty;
        empty.m_loadError = loaded.message();
        return empty;
    }();
    return codes;
}

std::optional<AreaCodes::Division> AreaCodes::current(const QString& code) const
{
    const auto it = m_current.constFind(code);
    if (it == m_current.cend())
        return std::nullopt;
    return *it;
}

bool AreaCodes::isKnownAddressCode(const QString& code) const
{
    return m_current.contains(code) || m_history.contains(code);
}

std::optional<AreaCodes::Division> AreaCodes::anyByCode(const QString& code) const
{
    if (auto d = current(code))
        return d;
    const auto it = m_history.constFind(code);
    if (it == m_history.cend() || it->isEmpty())
        return std::nullopt;
    return *std::max_element(it->cbegin(), it->cend(),
                             [](const Division& a, const Division& b) { return newerThan(b, a); });
}

QVector<AreaCodes::Division> AreaCodes::history(const QString& code) const
{
    return m_history.value(code);
}

QString AreaCodes::parentCode(const QString& code) const
{
    const auto it = m_current.constFind(code);
    if (it == m_current.cend() || it->level == Level::Province)
        return {};
    const QString province = code.left(2) + QStringLiteral("0000");
    if (it->level == Level::County) {
        const QString prefecture = code.left(4) + QStringLiteral("00");
        if (prefecture != code && m_current.contains(prefecture))
            return prefecture;
    }
    return m_current.contains(province) ? province : QString();
}

QVector<AreaCodes::Division> AreaCodes::children(const QString& code) const
{
    QVector<Division> out;
    const QStringList codes = m_children.value(code);
    out.reserve(codes.size());
    for (const QString& c : codes)
        out.append(m_current.value(c));
    return out;
}

QVector<AreaCodes::Division> AreaCodes::provinces() const
{
    QVector<Division> out;
    out.reserve(m_provinceCodes.size());
    for (const QString& c : m_provinceCodes)
        out.append(m_current.value(c));
    return out;
}

QString AreaCodes::fullName(const QString& code) const
{
    const auto d = anyByCode(code);
    if (!d)
        return {};
    if (d->level == Level::Province)
        return d->name;
    QString name = d->provinceName;
    // A prefecture names itself in the prefecture column; cities like 东莞市 would otherwise appear twice.
    if (d->level == Level::County && !d->prefectureName.isEmpty())
        name += d->prefectureName;
    return name + d->name;
}

} // namespace jb::core
