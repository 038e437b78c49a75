#pragma once
// EnterpriseFilterBar: the choices above the enterprise demand list — search box (name or credit code; searches
// as the officer types, after a short pause), county or sub-unit, industry, key enterprise / major project, open
// monitoring flags, with open vacancies — filled from the file's reference lists and organisation tree, and read
// back as a core::EnterpriseFilter.

#include "core/lists/EnterpriseFilter.h"
#include "ui/lists/ListFilterBar.h"

class QCheckBox;
class QComboBox;

namespace jb::ui {

class EnterpriseFilterBar final : public ListFilterBar
{
    Q_OBJECT

public:
    explicit EnterpriseFilterBar(QWidget* parent = nullptr);

    // Fills the drop-downs from `db` (the choices reset to "all"); returns an error message or an empty string.
    QString load(const core::Database& database);
    void clear();
    core::EnterpriseFilter filter() const;

    QCheckBox* openVacanciesBox() const { return m_open; }

private:
    QComboBox* m_org = nullptr;
    QComboBox* m_industry = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_flag = nullptr;
    QCheckBox* m_open = nullptr;
};

} // namespace jb::ui
