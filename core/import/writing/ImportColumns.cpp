#include "core/import/writing/ImportColumns.h"

#include "core/import/checking/Fingerprint.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/import/writing/SqliteConnection.h"

#include <QJsonArray>
#include <algorithm>
#include <cstring>

namespace jb::core {

const QVector<ImportColumn>& workerImportColumns()
{
    // gender and birth_date come from the ID number, the key: every row that is imported provides them.
    static const QVector<ImportColumn> columns = {
        {"name", field::name},
        {"gender", QString()},
        {"birth_date", QString()},
        {"phone", field::phone},
        {"org_id", field::org, true},
        {"hukou_place", field::hukouPlace},
        {"current_place", field::currentPlace},
        {"employment_status_id", field::employmentStatus},
        {"returned_on", field::returnedOn},
        {"return_destination", field::returnDestination},
        {"desired_trade", field::desiredTrade},
        {"desired_place", field::desiredPlace},
        {"expected_wage_min", field::expectedWage},
        {"expected_wage_max", field::expectedWage},
        {"skill_level_id", field::skillLevel},
        {"education_id", field::education},
        {"registered_on", field::registeredOn, true},
        {"last_contact_on", field::lastContactOn},
        {"note", field::note},
    };
    return columns;
}

const QVector<ImportColumn>& enterpriseImportColumns()
{
    static const QVector<ImportColumn> columns = {
        {"name", field::enterpriseName},
        {"credit_code", field::creditCode, true},
        {"org_id", field::org, true},
        {"industry_id", field::industry},
        {"address", field::address},
        {"contact_name", field::contactName},
        {"contact_phone", field::contactPhone},
        {"is_key_enterprise", field::keyEnterprise, true},
    };
    return columns;
}

const QVector<ImportColumn>& vacancyImportColumns()
{
    static const QVector<ImportColumn> columns = {
        {"trade", field::trade},
        {"occupation_group_id", field::occupationGroup},
        {"headcount", field::headcount},
        {"wage_min", field::wage},
        {"wage_max", field::wage},
        {"wage_text", field::wage},
        {"benefits", field::benefits},
        {"education_id", field::education},
        {"age_min", field::ageRange},
        {"age_max", field::ageRange},
        {"skill_level_id", field::skillLevel},
        {"requirements", field::requirements},
        {"work_location", field::workLocation},
        {"employment_form_id", field::employmentForm},
        {"posted_on", field::postedOn, true},
        {"status", field::status, true},
    };
    return columns;
}

const QVector<ImportLink>& workerImportLinks()
{
    static const QVector<ImportLink> links = {
        {"worker_key_groups", "key_group_id", field::keyGroups, "key_group_ids"},
        {"worker_hardships", "category_id", field::hardships, "hardship_ids"},
        {"worker_service_needs", "service_type_id", field::serviceNeeds, "service_need_ids"},
    };
    return links;
}

QSet<QString> restorableColumns(const QString& table)
{
    const QVector<ImportColumn>* columns = nullptr;
    if (table == QLatin1String("workers"))
        columns = &workerImportColumns();
    else if (table == QLatin1String("enterprises"))
        columns = &enterpriseImportColumns();
    else if (table == QLatin1String("vacancies"))
        columns = &vacancyImportColumns();
    if (!columns)
        return {};
    QSet<QString> names{QStringLiteral("updated_at")};
    for (const ImportColumn& c : *columns)
        names.insert(QString::fromLatin1(c.name));
    return names;
}

QVector<int> providedColumns(const QVector<ImportColumn>& columns, const QSet<QString>& provided)
{
    QVector<int> result;
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].field.isEmpty() || provided.contains(columns[i].field))
            result.append(i);
    return result;
}

QByteArray storedRowSelect(const char* table, const QVector<ImportColumn>& columns, const QByteArray& extra)
{
    QByteArray sql = "SELECT t.id, t.import_batch_id, t.updated_at";
    for (const ImportColumn& c : columns)
        sql += QByteArray(", t.") + c.name;
    return sql + extra + " FROM " + table + " AS t";
}

// ---- RowValues -------------------------------------------------------------------------------------------------

RowValues::RowValues(int columns) : m_slots(static_cast<std::size_t>(columns))
{
    m_arena.reserve(1024);
}

void RowValues::clear()
{
    m_arena.clear(); // keeps its capacity: the next row reuses the buffer
    for (Slot& s : m_slots)
        s = Slot();
}

void RowValues::setNull(int i)
{
    m_slots[static_cast<std::size_t>(i)] = Slot();
}

void RowValues::setInt(int i, qint64 value)
{
    Slot& s = m_slots[static_cast<std::size_t>(i)];
    s = Slot();
    s.kind = Kind::Int;
    s.number = value;
}

void RowValues::appendText(int i, const char* utf8, std::size_t length)
{
    Slot& s = m_slots[static_cast<std::size_t>(i)];
    s = Slot();
    s.kind = Kind::Text;
    s.offset = m_arena.size();
    s.length = length;
    m_arena.append(utf8, length);
}

void RowValues::setText(int i, const QString& text)
{
    Slot& s = m_slots[static_cast<std::size_t>(i)];
    s = Slot();
    s.kind = Kind::Text;
    s.offset = m_arena.size();
    appendUtf8(m_arena, text);
    s.length = m_arena.size() - s.offset;
}

void RowValues::setTextOrNull(int i, const QString& text)
{
    if (text.isEmpty())
        setNull(i);
    else
        setText(i, text);
}

void RowValues::setTextRef(int i, const QString& text)
{
    Slot& s = m_slots[static_cast<std::size_t>(i)];
    s = Slot();
    s.kind = Kind::Text;
    s.pending = &text;
}

void RowValues::setTextRefOrNull(int i, const QString& text)
{
    if (text.isEmpty())
        setNull(i);
    else
        setTextRef(i, text);
}

void RowValues::addTo(Fingerprint& fingerprint, const QVector<int>& columns) const
{
    for (int i : columns) {
        const Slot& s = m_slots[static_cast<std::size_t>(i)];
        if (s.kind == Kind::Int)
            fingerprint.add(1, &s.number, sizeof s.number);
        else if (s.pending)
            fingerprint.add(2, s.pending->constData(), static_cast<std::size_t>(s.pending->size()) * sizeof(char16_t));
        else if (s.kind == Kind::Text)
            fingerprint.add(3, m_arena.data() + s.offset, s.length);
        else
            fingerprint.addWord(0);
    }
}

void RowValues::materialize()
{
    for (Slot& s : m_slots) {
        if (!s.pending)
            continue;
        s.offset = m_arena.size();
        appendUtf8(m_arena, *s.pending);
        s.length = m_arena.size() - s.offset;
        s.pending = nullptr;
    }
}

void RowValues::setDate(int i, const QDate& date)
{
    // One calendar conversion for all three parts (year(), month() and day() would make one each).
    int year = 0;
    int month = 0;
    int day = 0;
    if (date.isValid())
        date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        setNull(i);
        return;
    }
    char buffer[10];
    auto put = [&buffer](int at, int value, int digits) {
        for (int d = digits - 1; d >= 0; --d) {
            buffer[at + d] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    buffer[4] = '-';
    put(5, month, 2);
    buffer[7] = '-';
    put(8, day, 2);
    appendText(i, buffer, sizeof buffer);
}

bool RowValues::isEmpty(int i) const
{
    const Slot& s = m_slots[static_cast<std::size_t>(i)];
    if (s.pending)
        return s.pending->isEmpty();
    return s.kind == Kind::Null || (s.kind == Kind::Text && s.length == 0);
}

std::string_view RowValues::text(int i) const
{
    const Slot& s = m_slots[static_cast<std::size_t>(i)];
    if (s.kind != Kind::Text)
        return {};
    return std::string_view(m_arena).substr(s.offset, s.length);
}

void RowValues::bindOne(SqliteStatement& statement, int parameter, int i) const
{
    const Slot& s = m_slots[static_cast<std::size_t>(i)];
    switch (s.kind) {
    case Kind::Null:
        statement.bindNull(parameter);
        break;
    case Kind::Int:
        statement.bindInt(parameter, s.number);
        break;
    case Kind::Text:
        statement.bindText(parameter, text(i));
        break;
    }
}

void RowValues::bind(SqliteStatement& statement, int first, const QVector<int>& columns) const
{
    int parameter = first;
    for (int i : columns)
        bindOne(statement, parameter++, i);
}

bool RowValues::equals(int i, const SqliteStatement& row, int column) const
{
    const Slot& s = m_slots[static_cast<std::size_t>(i)];
    switch (s.kind) {
    case Kind::Null:
        return row.isNull(column);
    case Kind::Int:
        return row.isInteger(column) && row.intValue(column) == s.number;
    case Kind::Text:
        if (row.isNull(column) || row.isInteger(column))
            return false;
        return s.pending ? sameText(row.textValue(column), *s.pending) : row.textValue(column) == text(i);
    }
    return false;
}

void RowValues::copyFrom(int i, const SqliteStatement& row, int column)
{
    if (row.isNull(column)) {
        setNull(i);
    } else if (row.isInteger(column)) {
        setInt(i, row.intValue(column));
    } else {
        const std::string_view stored = row.textValue(column);
        appendText(i, stored.data(), stored.size());
    }
}

// ---- helpers ---------------------------------------------------------------------------------------------------

QJsonObject beforeImage(const SqliteStatement& row, const QVector<ImportColumn>& columns)
{
    QJsonObject image;
    image.insert(QStringLiteral("updated_at"), row.stringValue(2));
    for (int i = 0; i < columns.size(); ++i) {
        const int column = kStoredFirst + i;
        const QString name = QString::fromLatin1(columns[i].name);
        if (row.isNull(column))
            image.insert(name, QJsonValue::Null);
        else if (row.isInteger(column))
            image.insert(name, row.intValue(column));
        else
            image.insert(name, row.stringValue(column));
    }
    return image;
}

namespace {

// Writes `text` as UTF-8 from `o` (room for 3 bytes a UTF-16 unit), returns the end.
char* writeUtf8(char* o, const QString& text)
{
    const auto* p = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = p + text.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            *o++ = static_cast<char>(c);
            continue;
        }
        if (c < 0x800) {
            *o++ = static_cast<char>(0xC0 | (c >> 6));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
            continue;
        }
        if (c >= 0xD800 && c <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
            // A surrogate pair: 2 UTF-16 units → 4 bytes, within the 6 reserved for them.
            c = 0x10000 + ((c - 0xD800) << 10) + (static_cast<char32_t>(*p++) - 0xDC00);
            *o++ = static_cast<char>(0xF0 | (c >> 18));
            *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *o++ = static_cast<char>(0x80 | (c & 0x3F));
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;
        *o++ = static_cast<char>(0xE0 | (c >> 12));
        *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *o++ = static_cast<char>(0x80 | (c & 0x3F));
    }
    return o;
}

} // namespace

void appendUtf8(std::string& out, const QString& text)
{
    // ID numbers, phones, dates: ASCII, one byte each.
    const QChar* const first = text.constData();
    const QChar* const last = first + text.size();
    if (text.size() <= 32 && std::all_of(first, last, [](QChar c) { return c.unicode() < 0x80; })) {
        for (const QChar* c = first; c < last; ++c)
            out.push_back(static_cast<char>(c->unicode()));
        return;
    }
    // Sized for the worst case (3 bytes a UTF-16 unit), written through a pointer: no per-byte checks. A cell
    // goes through a buffer on the stack and is appended, so the string is not zero-filled first (resize() would).
    constexpr qsizetype kStackUnits = 256;
    if (text.size() <= kStackUnits) {
        char buffer[3 * kStackUnits];
        out.append(buffer, static_cast<std::size_t>(writeUtf8(buffer, text) - buffer));
        return;
    }
    const std::size_t start = out.size();
    out.resize(start + 3 * static_cast<std::size_t>(text.size()));
    char* end = writeUtf8(out.data() + start, text);
    out.resize(static_cast<std::size_t>(end - out.data()));
}

void sortedIds(const QVector<qint64>& ids, std::vector<qint64>& out)
{
    out.assign(ids.begin(), ids.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

void parseIdList(std::string_view text, std::vector<qint64>& out)
{
    out.clear();
    qint64 value = 0;
    bool inNumber = false;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            inNumber = true;
        } else if (inNumber) {
            out.push_back(value);
            value = 0;
            inNumber = false;
        }
    }
    if (inNumber)
        out.push_back(value);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

bool sameText(std::string_view utf8, const QString& text)
{
    const auto* u = reinterpret_cast<const unsigned char*>(utf8.data());
    const unsigned char* const uEnd = u + utf8.size();
    const auto* w = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const wEnd = w + text.size();
    while (u < uEnd && w < wEnd) {
        char32_t c = *u;
        int more = 0;
        if (c >= 0xF0) {
            c &= 0x07;
            more = 3;
        } else if (c >= 0xE0) {
            c &= 0x0F;
            more = 2;
        } else if (c >= 0x80) {
            c &= 0x1F;
            more = 1;
        }
        if (uEnd - u <= more)
            return false;
        for (int k = 1; k <= more; ++k)
            c = (c << 6) | (u[k] & 0x3F);
        u += more + 1;
        if (c >= 0x10000) {
            const auto high = static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
            const auto low = static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF));
            if (wEnd - w < 2 || w[0] != high || w[1] != low)
                return false;
            w += 2;
        } else {
            if (*w != c)
                return false;
            ++w;
        }
    }
    return u == uEnd && w == wEnd;
}

} // namespace jb::core
