#pragma once
// FlagDialog: adds a monitoring flag to an enterprise — wage arrears (with the amount owed and the people
// affected), staff attrition (people affected) or labour-relations risk — dated, or edits one (including the day
// it was resolved). Fields are checked as the officer types; OK stays disabled while one is invalid
// (ui/editing/EnterpriseEntryDialog.h). The dialog writes nothing: change() is the Insert or Update, applied
// through ui/editing/EditCommands.h (undoable, audited).

#include "ui/editing/EnterpriseEntryDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace jb::ui {

class FlagDialog final : public EnterpriseEntryDialog
{
    Q_OBJECT

public:
    // `recordId`: the flag to edit, 0 = a new flag (dated today).
    FlagDialog(core::Database& database, qint64 enterpriseId, qint64 recordId, QWidget* parent = nullptr);

    core::RecordChange change() const;
    QVariantMap values() const override;

    QComboBox* kindBox() const { return m_kind; }
    QDoubleSpinBox* amountBox() const { return m_amount; }
    QSpinBox* peopleBox() const { return m_people; }
    QCheckBox* resolvedBox() const { return m_resolved; }

private:
    void validate();

    QComboBox* m_kind = nullptr;
    QDateEdit* m_flaggedOn = nullptr;
    QCheckBox* m_resolved = nullptr;
    QDateEdit* m_resolvedOn = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QSpinBox* m_people = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace jb::ui
