#pragma once
// WorkerFilterBar: the choices above the worker list — search box (searches as the officer types, after a short
// pause), key group, hardship category, status, service need, sub-unit, returned or not, registration dates —
// filled from the file's reference lists and organisation tree, and read back as a core::WorkerFilter.

#include "core/lists/WorkerFilter.h"
#include "ui/lists/ListFilterBar.h"

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace jb::ui {

class WorkerFilterBar final : public ListFilterBar
{
    Q_OBJECT

public:
    explicit WorkerFilterBar(QWidget* parent = nullptr);

    // Fills the drop-downs from `db` (the choices reset to "all"); returns an error message or an empty string.
    QString load(const core::Database& database);
    void clear();
    core::WorkerFilter filter() const;

private:
    QComboBox* m_keyGroup = nullptr;
    QComboBox* m_hardship = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_serviceNeed = nullptr;
    QComboBox* m_org = nullptr;
    QComboBox* m_returned = nullptr;
    QCheckBox* m_dated = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace jb::ui
