#include "core/import/writing/BulkLoad.h"

namespace jb::core {

// ---- SetAsideSchema ---------------------------------------------------------------------------------------------

Status SetAsideSchema::setAsideIndexes(SqliteConnection& db, const std::vector<std::string>& tables)
{
    return setAside(db, "index", tables, "%");
}

Status SetAsideSchema::setAsideTriggers(SqliteConnection& db, const std::vector<std::string>& tables,
                                        const char* namePattern)
{
    return setAside(db, "trigger", tables, namePattern);
}

Status SetAsideSchema::setAside(SqliteConnection& db, const char* type, const std::vector<std::string>& tables,
                                const char* namePattern)
{
    std::vector<std::string> names;
    for (const std::string& table : tables) {
        Expected<SqliteStatement> objects =
            db.prepare("SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL "
                       "AND name LIKE ? ESCAPE '\\' ORDER BY name");
        if (!objects)
            return Status::failure(objects.message());
        objects->bindText(1, type);
        objects->bindText(2, table);
        objects->bindText(3, namePattern);
        while (objects->step()) {
            names.emplace_back(objects->textValue(0));
            m_sql.emplace_back(objects->textValue(1));
        }
        if (objects->failed())
            return Status::failure(objects->error());
    }
    for (const std::string& name : names) {
        const std::string drop = std::string("DROP ") + type + " \"" + name + "\"";
        if (Status s = db.exec(drop.c_str()); !s)
            return s;
    }
    return {};
}

Status SetAsideSchema::restore(SqliteConnection& db)
{
    for (const std::string& sql : m_sql)
        if (Status s = db.exec(sql.c_str()); !s)
            return s;
    m_sql.clear();
    return {};
}

// ---- IdNumberMap -----------------------------------------------------------------------------------------------

std::uint64_t IdNumberMap::encode(const QString& idNumber)
{
    if (idNumber.size() != 18)
        return 0;
    std::uint64_t value = 0;
    for (int i = 0; i < 17; ++i) {
        const char16_t c = idNumber.at(i).unicode();
        if (c < u'0' || c > u'9')
            return 0;
        value = value * 10 + (c - u'0');
    }
    const char16_t check = idNumber.at(17).unicode();
    if (check >= u'0' && check <= u'9')
        value = value * 11 + (check - u'0');
    else if (check == u'X')
        value = value * 11 + 10;
    else
        return 0;
    return value + 1;
}

std::size_t IdNumberMap::slotOf(std::uint64_t key) const
{
    // Fibonacci hashing spreads the (mostly sequential-looking) ID values over the table.
    const std::uint64_t mixed = key * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(mixed >> 20) & (m_keys.size() - 1);
}

void IdNumberMap::grow()
{
    std::vector<std::uint64_t> keys = std::move(m_keys);
    std::vector<std::uint32_t> rowids = std::move(m_rowids);
    const std::size_t capacity = keys.empty() ? std::size_t(1) << 16 : keys.size() * 2;
    m_keys.assign(capacity, 0);
    m_rowids.assign(capacity, 0);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == 0)
            continue;
        std::size_t slot = slotOf(keys[i]);
        while (m_keys[slot] != 0)
            slot = (slot + 1) & (m_keys.size() - 1);
        m_keys[slot] = keys[i];
        m_rowids[slot] = rowids[i];
    }
}

qint64 IdNumberMap::find(const QString& idNumber) const
{
    const std::uint64_t key = encode(idNumber);
    if (key == 0)
        return m_other.value(idNumber);
    if (!m_keys.empty()) {
        for (std::size_t slot = slotOf(key); m_keys[slot] != 0; slot = (slot + 1) & (m_keys.size() - 1))
            if (m_keys[slot] == key)
                return m_rowids[slot];
    }
    return m_other.value(idNumber);
}

void IdNumberMap::insert(const QString& idNumber, qint64 rowid)
{
    const std::uint64_t key = encode(idNumber);
    if (key == 0 || rowid <= 0 || rowid > qint64(UINT32_MAX)) {
        m_other.insert(idNumber, rowid);
        return;
    }
    // Load factor ≤ 1/2: probes stay short.
    if (static_cast<std::size_t>(m_count + 1) * 2 > m_keys.size())
        grow();
    std::size_t slot = slotOf(key);
    while (m_keys[slot] != 0 && m_keys[slot] != key)
        slot = (slot + 1) & (m_keys.size() - 1);
    if (m_keys[slot] == 0)
        ++m_count;
    m_keys[slot] = key;
    m_rowids[slot] = static_cast<std::uint32_t>(rowid);
}

void IdNumberMap::clear()
{
    m_keys = {};
    m_rowids = {};
    m_count = 0;
    m_other.clear();
}

} // namespace jb::core
