#pragma once
// FairFilterBar: the choices above the 招聘会 list — the name search (as the officer types, after a short pause),
// the period (first day from / to; the lowest date means open), the organiser (the home organisation's sub-units),
// form, kind and status — read back as a core::FairFilter.

#include "core/fairs/FairList.h"
#include "ui/lists/ListFilterBar.h"

class QDateEdit;

namespace jb::ui {

class FairFilterBar final : public ListFilterBar
{
    Q_OBJECT

public:
    explicit FairFilterBar(QWidget* parent = nullptr);

    // Fills the drop-downs from `database` (the choices reset to "all"); returns an error message or "".
    QString load(const core::Database& database);
    void clear();
    core::FairFilter filter() const;

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

private:
    QDateEdit* makeDay(const QString& objectName);

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_org = nullptr;
    QComboBox* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
};

} // namespace jb::ui
