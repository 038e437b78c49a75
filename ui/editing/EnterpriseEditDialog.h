#pragma once
// EnterpriseEditDialog: adds or edits one enterprise of the demand list (name, credit code, industry, organisation,
// address, contact, key-enterprise and major-project flags, note), checking each field as the officer types. OK
// stays disabled while a field is invalid; a credit code that fails its check character is a warning only.
// The dialog writes nothing: change() is the edit, applied through ui/editing/EditCommands.h (undoable, audited).

#include "core/editing/RecordChange.h"

#include <QDialog>
#include <memory>

namespace jb::core {
class Database;
}

namespace jb::ui {

class EnterpriseEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // `recordId` is the enterprise to edit, 0 = a new one. `enterpriseId` is the same enterprise (or 0); the
    // three record dialogs share one signature.
    EnterpriseEditDialog(core::Database& database, qint64 enterpriseId, qint64 recordId, QWidget* parent = nullptr);
    ~EnterpriseEditDialog() override;

    // The difference between the record as loaded and as edited: an Insert for a new record, else an Update
    // carrying only the changed fields (empty when nothing changed).
    core::RecordChange change() const;

private:
    struct Fields;
    void validate();
    std::unique_ptr<Fields> m;
};

} // namespace jb::ui
