#pragma once
// The columns an import may write, per table, and the field of the file that controls each: the writer compares
// and updates exactly these, records them as before-images, and undo restores exactly these (nothing else can
// be named in a before-image). RowValues holds one row's values as UTF-8 in one reused buffer, so a million rows
// cost no million small allocations, and compares them with a stored row without building QStrings.

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVector>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jb::core {

class SqliteStatement;
class Fingerprint;

struct ImportColumn
{
    const char* name;           // SQL column
    QString field;              // the import field (FieldCatalog key) that fills it; empty: always filled
    bool keepWhenEmpty = false; // NOT NULL with a meaningful value: an empty cell on an update keeps the stored one
};

// A many-to-many list of a worker (key groups, hardship categories, service needs).
struct ImportLink
{
    const char* table;
    const char* valueColumn; // the reference_items id column; the owner column is worker_id
    QString field;
    const char* jsonKey; // name of the id list in a before-image
};

const QVector<ImportColumn>& workerImportColumns();
const QVector<ImportColumn>& enterpriseImportColumns();
const QVector<ImportColumn>& vacancyImportColumns();
const QVector<ImportLink>& workerImportLinks();

// The columns of `table` that a before-image may restore (updated_at included); empty for other tables.
QSet<QString> restorableColumns(const QString& table);

// Indexes of the columns a file with these fields provides (always-filled columns included).
QVector<int> providedColumns(const QVector<ImportColumn>& columns, const QSet<QString>& provided);

// "SELECT id, import_batch_id, updated_at, <columns><extra> FROM <table> AS t": the stored row a match is
// compared with. Column i of the list is result column kStoredFirst + i; `extra` (", (SELECT ...)") may follow.
inline constexpr int kStoredFirst = 3;
QByteArray storedRowSelect(const char* table, const QVector<ImportColumn>& columns, const QByteArray& extra = {});

// One row's values, in the order of a column list. Text is kept as UTF-8 in one buffer reused row after row.
class RowValues final
{
public:
    explicit RowValues(int columns = 0);

    void clear();
    int size() const { return static_cast<int>(m_slots.size()); }

    void setNull(int i);
    void setInt(int i, qint64 value);
    template <typename T> void setInt(int i, const std::optional<T>& value)
    {
        if (value)
            setInt(i, static_cast<qint64>(*value));
        else
            setNull(i);
    }
    void setText(int i, const QString& text);       // empty text is stored as '' (NOT NULL DEFAULT '' columns)
    void setTextOrNull(int i, const QString& text); // empty text is stored as NULL (nullable columns)
    // The same without converting yet: `text` must outlive this row. A row found equal to the stored one is then
    // compared straight from UTF-16 and never converted; materialize() converts before binding.
    void setTextRef(int i, const QString& text);
    void setTextRefOrNull(int i, const QString& text);
    void materialize();
    void setDate(int i, const QDate& date); // 'YYYY-MM-DD'; invalid → NULL

    bool isEmpty(int i) const; // NULL or ''
    std::string_view text(int i) const;
    bool isNull(int i) const { return m_slots[static_cast<std::size_t>(i)].kind == Kind::Null; }

    // Binds the values of `columns` (indexes into this row) to parameters first, first + 1, ...
    // The text stays in this object: do not change it before the statement has run. Call materialize() first.
    void bind(SqliteStatement& statement, int first, const QVector<int>& columns) const;
    void bindOne(SqliteStatement& statement, int parameter, int i) const;
    // Whether value i equals result column `column` of the current row of `row`.
    bool equals(int i, const SqliteStatement& row, int column) const;
    // Takes result column `column` of `row` as value i (to keep a stored value).
    void copyFrom(int i, const SqliteStatement& row, int column);
    // Feeds the values of `columns` to `fingerprint` as they are now (before materialize(): text set by reference
    // goes in as UTF-16, text set by value as UTF-8; the same column is always set the same way).
    void addTo(Fingerprint& fingerprint, const QVector<int>& columns) const;

private:
    enum class Kind { Null, Int, Text };
    struct Slot
    {
        Kind kind = Kind::Null;
        qint64 number = 0;
        std::size_t offset = 0;
        std::size_t length = 0;
        const QString* pending = nullptr; // Text not yet converted to UTF-8
    };
    void appendText(int i, const char* utf8, std::size_t length);

    std::string m_arena;
    std::vector<Slot> m_slots;
};

// The before-image of a stored row: every listed column (kStoredFirst + i) plus updated_at, as JSON.
QJsonObject beforeImage(const SqliteStatement& row, const QVector<ImportColumn>& columns);

// Appends the UTF-8 form of `text` to `out` (unpaired surrogates become U+FFFD).
void appendUtf8(std::string& out, const QString& text);

// A sorted, duplicate-free id list, and the same list parsed from SQLite's group_concat text ("3,1,2"), into
// `out` (reused row after row: no allocation once it has grown).
void sortedIds(const QVector<qint64>& ids, std::vector<qint64>& out);
void parseIdList(std::string_view text, std::vector<qint64>& out);

// Whether UTF-8 bytes and UTF-16 text hold the same characters (no conversion, no allocation).
bool sameText(std::string_view utf8, const QString& text);

} // namespace jb::core
