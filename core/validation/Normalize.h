#pragma once
// Cleans up what officers paste or import from Excel before any validator looks at it: full-width characters,
// invisible characters and stray spaces are the commonest reasons a correct value is rejected.

#include <QString>
#include <QStringView>

namespace jb::core {

// Full-width ASCII (U+FF01–U+FF5E) becomes its ASCII twin and the ideographic space U+3000 a plain space.
// CJK punctuation with no ASCII twin (、。《》) is left alone so names and addresses keep their meaning.
QString toHalfWidth(QStringView s);

// toHalfWidth plus: zero-width characters and BOMs removed, every kind of whitespace (NBSP, tabs, line breaks
// inside a cell) turned into one plain space, and the result trimmed.
QString normalizeCell(QStringView s);

// normalizeCell with every space removed: for codes and numbers, which officers often type in groups
// ("340122 1990 0101 1231").
QString normalizeCode(QStringView s);

// Brackets officers put around units and notes in headers and cells: ( [ 【 〔 and their closers
// (full-width （ ） become half-width in normalizeCell first).
bool isOpeningBracket(QChar c);
bool isClosingBracket(QChar c);
// "期望月薪(元/月)" → "期望月薪": the text outside any brackets.
QString removeBracketed(QStringView text);

} // namespace jb::core
