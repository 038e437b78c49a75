#pragma once
// DemandSnapshotDialog: records a visit or call to an enterprise (a dated demand snapshot: hiring plan, hired so
// far, gap), or corrects one; its fields are the catalogue's (core/records/RecordFields.h). The gap follows
// plan − hired until the officer types another. Each field is checked as the officer types; OK stays disabled while
// one is invalid (ui/editing/EnterpriseEntryDialog.h). The dialog writes nothing: change() is the Insert or Update,
// applied through ui/editing/EditCommands.h (undoable, audited).

#include "ui/editing/EnterpriseEntryDialog.h"

class QDateEdit;
class QSpinBox;

namespace jb::ui {

class DemandSnapshotDialog final : public EnterpriseEntryDialog
{
    Q_OBJECT

public:
    // `recordId`: the snapshot to correct, 0 = a new visit (dated today).
    DemandSnapshotDialog(core::Database& database, qint64 enterpriseId, qint64 recordId, QWidget* parent = nullptr);

    core::RecordChange change() const;

    QDateEdit* dateEdit() const { return m_date; }
    QSpinBox* plannedBox() const { return m_planned; }
    QSpinBox* hiredBox() const { return m_hired; }
    QSpinBox* gapBox() const { return m_gap; }

private:
    void validate();

    bool m_gapTyped = false;
    QDateEdit* m_date = nullptr;
    QSpinBox* m_planned = nullptr;
    QSpinBox* m_hired = nullptr;
    QSpinBox* m_gap = nullptr;
};

} // namespace jb::ui
