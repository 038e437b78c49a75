#pragma once
// CriteriaTable: why a candidate scores what it does — every criterion as a row: the criterion, its verdict (the
// word in the verdict's colour), the worker's value and the post's value side by side, the points out of the
// weight; the total below.

#include "core/placement/Matching.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace jb::ui {

class CriteriaTable final : public QWidget
{
    Q_OBJECT

public:
    explicit CriteriaTable(QWidget* parent = nullptr);

    void showCandidate(const core::MatchCandidate& candidate);
    void clear();

    QTableWidget* table() const { return m_table; }
    QString totalText() const;

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace jb::ui
