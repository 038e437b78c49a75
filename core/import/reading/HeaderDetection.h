#pragma once
// Finding the shape of a list saved from Excel: which character separates the cells, which row holds the
// column names (Excel sheets often start with a merged title row such as "肥东县2024年企业用工需求清单"), and which
// columns are only row numbers (序号). Pure functions on text, so they are tested without files.

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace jb::core {

struct DelimiterGuess
{
    QChar delimiter = QLatin1Char(',');
    int recordsExamined = 0;
};

// Guesses the delimiter among comma, tab, semicolon and vertical bar: the one that splits the most records of
// the sample into the same number of cells (quoted text is ignored). Only complete records count, the last
// one too when `sampleIsWholeFile`. With no evidence at all the answer is a comma (a one-column list).
DelimiterGuess sniffDelimiter(QStringView sample, bool sampleIsWholeFile);

// Non-blank cells in a row (spaces of any width do not count).
int nonBlankCellCount(const QStringList& row);

// True if the cell holds nothing but whitespace (including the ideographic space and BOMs).
bool isBlankCell(QStringView cell);

// Index of the header among the first non-blank rows: the first of the first `maxTitleRows + 1` rows that has at
// least two non-blank cells and more than half as many as the fullest row. Title rows have one cell (a merged
// title) or two (unit and date); the header names every column. If no row qualifies (a one-column list) the
// first row is the header.
int findHeaderRow(const QVector<QStringList>& rows, int maxTitleRows);

// Header cell as the column mapper should see it: half-width, whitespace collapsed, trimmed.
QString normalizeHeaderCell(QStringView cell);

// True for a row-number column such as "序号" or "序 号" (Excel users pad short names with spaces).
bool isSerialNumberHeader(QStringView normalizedCell);

} // namespace jb::core
