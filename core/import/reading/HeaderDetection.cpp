// Delimiter sniffing and header detection for imported lists.

#include "core/import/reading/HeaderDetection.h"

#include "core/validation/Normalize.h"

#include <algorithm>
#include <array>
#include <map>

namespace jb::core {

namespace {

constexpr std::array<char16_t, 4> kCandidates = {u',', u'\t', u';', u'|'}; // order breaks ties
constexpr int kMaxSniffRecords = 200;

struct Score
{
    int agreeing = 0; // records with the most common non-zero count
    int cells = 0;    // that count
};

Score scoreOf(const std::vector<int>& counts)
{
    std::map<int, int> frequency;
    for (const int c : counts)
        if (c > 0)
            ++frequency[c];
    Score best;
    for (const auto& [count, times] : frequency)
        if (times > best.agreeing || (times == best.agreeing && count > best.cells))
            best = Score{times, count};
    return best;
}

} // namespace

DelimiterGuess sniffDelimiter(QStringView sample, bool sampleIsWholeFile)
{
    std::array<std::vector<int>, kCandidates.size()> counts;
    std::array<int, kCandidates.size()> current{};
    bool inQuotes = false;
    int records = 0;
    bool recordHasText = false;

    const auto endRecord = [&] {
        // Empty lines say nothing about the delimiter.
        if (recordHasText) {
            for (std::size_t k = 0; k < kCandidates.size(); ++k)
                counts[k].push_back(current[k]);
            ++records;
        }
        current.fill(0);
        recordHasText = false;
    };

    for (const QChar ch : sample) {
        if (records >= kMaxSniffRecords)
            break;
        const char16_t c = ch.unicode();
        // A doubled quote toggles twice, so this tracks quoting without knowing the delimiter yet.
        if (c == u'"') {
            inQuotes = !inQuotes;
            recordHasText = true;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == u'\n' || c == u'\r') {
            endRecord();
            continue;
        }
        recordHasText = true;
        for (std::size_t k = 0; k < kCandidates.size(); ++k)
            if (c == kCandidates[k])
                ++current[k];
    }
    if (sampleIsWholeFile && !inQuotes && records < kMaxSniffRecords)
        endRecord();

    DelimiterGuess guess;
    guess.recordsExamined = records;
    Score best;
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        const Score s = scoreOf(counts[k]);
        if (s.agreeing > best.agreeing || (s.agreeing == best.agreeing && s.cells > best.cells)) {
            best = s;
            guess.delimiter = QChar(kCandidates[k]);
        }
    }
    return guess;
}

bool isBlankCell(QStringView cell)
{
    for (const QChar ch : cell) {
        const char16_t c = ch.unicode();
        if (c <= 0x20)
            continue;
        if (c < 0x7F)
            return false;
        if (!ch.isSpace() && c != 0xFEFF && c != 0x200B)
            return false;
    }
    return true;
}

int nonBlankCellCount(const QStringList& row)
{
    return static_cast<int>(
        std::count_if(row.cbegin(), row.cend(), [](const QString& cell) { return !isBlankCell(cell); }));
}

int findHeaderRow(const QVector<QStringList>& rows, int maxTitleRows)
{
    std::vector<int> counts;
    counts.reserve(static_cast<std::size_t>(rows.size()));
    int fullest = 0;
    for (const QStringList& row : rows) {
        counts.push_back(nonBlankCellCount(row));
        fullest = std::max(fullest, counts.back());
    }
    const int candidates = std::min(static_cast<int>(rows.size()), std::max(0, maxTitleRows) + 1);
    for (int i = 0; i < candidates; ++i) {
        const int c = counts[static_cast<std::size_t>(i)];
        if (c >= 2 && 2 * c > fullest)
            return i;
    }
    return 0;
}

QString normalizeHeaderCell(QStringView cell)
{
    return normalizeCell(cell);
}

bool isSerialNumberHeader(QStringView normalizedCell)
{
    return normalizeCode(normalizedCell) == QStringLiteral("序号");
}

} // namespace jb::core
