#pragma once
// WorkerEditDialog: adds a person to the worker needs list or edits one (after a fair or a phone call). Checks as
// the officer types: resident ID (check character, 15-digit upgrade, birth date, not already registered), phone,
// dates, wage range; gender and birth date follow the ID and are shown read-only. Key groups, hardship categories
// and service needs are checkable lists; reference data comes from the file (retired values only where already
// set). The dialog writes nothing: change() is the edit, applied through ui/editing/EditCommands.h.

#include "core/editing/RecordChange.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLayout;
class QVBoxLayout;

namespace jb::core {
class Database;
}

namespace jb::ui {

class WorkerEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // `workerId` is the person to edit, 0 = a new one. Opening an existing person shows the full ID and phone, so it
    // writes the same audited reveal as the detail panel's buttons.
    WorkerEditDialog(core::Database& database, qint64 workerId, QWidget* parent = nullptr);
    ~WorkerEditDialog() override;

    // An Insert for a new person, else an Update carrying only the changed fields (empty when nothing changed).
    core::RecordChange change() const;
    // The name as entered (for the Undo menu's label).
    QString personName() const;

private:
    struct Fields;
    QVariantMap load(core::Database& database, qint64 workerId);
    QLayout* makeColumns(const QVariantMap& values);
    QLayout* makeLists(const QVariantMap& values);
    void finish(QVBoxLayout* layout, QDialogButtonBox* buttons);
    void validate();
    std::unique_ptr<Fields> m;
};

} // namespace jb::ui
