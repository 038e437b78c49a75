#pragma once
// AuditFilterBar: the filters above the audit log: a search for the record (a person's or an enterprise's name,
// or words of the note), the officer, the kind of action (edit, reveal, unmasked export, merge, undo, import,
// restore) and a date range whose ends may stay open.

#include "core/auditlog/AuditQuery.h"
#include "ui/lists/ListFilterBar.h"

class QDateEdit;

namespace jb::ui {

class AuditFilterBar final : public ListFilterBar
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    // Fills the officer drop-down from `database`'s log; keeps what was chosen where it still exists.
    void load(const core::Database& database);
    void clear();
    core::AuditFilter filter() const;

private:
    QDateEdit* makeDate(const QString& objectName);
    static QDate chosenDate(const QDateEdit* edit);

    QComboBox* m_officer = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace jb::ui
