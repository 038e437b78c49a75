#pragma once
// RowWindows: the few windows of rows a long list's table model keeps (workers, enterprises): a row is read by
// asking core for its whole window (kWindowRows rows) the first time the view shows it; the least recently read
// windows are dropped beyond kCachedWindows, so scrolling to the end reads the last window only.

#include "core/Expected.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <functional>

namespace jb::ui {

template <typename Row> class RowWindows final
{
public:
    static constexpr int kWindowRows = 200;
    static constexpr int kCachedWindows = 12;
    using Fetch = std::function<core::Expected<QVector<Row>>(qint64 offset, int limit)>;

    void clear()
    {
        m_windows.clear();
        m_order.clear();
    }
    int loaded() const { return static_cast<int>(m_windows.size()); }

    // Row `r` (reading its window through `fetch` when needed); nullptr and `*error` set when core fails.
    const Row* row(qint64 r, const Fetch& fetch, QString* error)
    {
        const qint64 window = r / kWindowRows;
        auto it = m_windows.find(window);
        if (it == m_windows.end()) {
            core::Expected<QVector<Row>> rows = fetch(window * kWindowRows, kWindowRows);
            if (!rows) {
                if (error)
                    *error = rows.error();
                return nullptr;
            }
            if (m_windows.size() >= kCachedWindows && !m_order.isEmpty())
                m_windows.remove(m_order.takeFirst());
            it = m_windows.insert(window, std::move(*rows));
        }
        m_order.removeOne(window);
        m_order.append(window);
        const int inWindow = static_cast<int>(r - window * kWindowRows);
        return inWindow < it->size() ? &it->at(inWindow) : nullptr;
    }

private:
    QHash<qint64, QVector<Row>> m_windows; // by window number
    QVector<qint64> m_order;               // least recently read first
};

} // namespace jb::ui
