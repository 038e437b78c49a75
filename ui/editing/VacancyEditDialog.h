#pragma once
// VacancyEditDialog: adds or edits one vacancy (岗位) of an enterprise (title, trade, occupation group, headcount,
// wage range, benefits, requirements, location, employment form, posted on, status and closed on), checking each
// field as the officer types; OK stays disabled while a field is invalid (wages min ≤ max, headcount ≥ 0, dates).
// The dialog writes nothing: change() is the edit, applied through ui/editing/EditCommands.h (undoable, audited).

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

class VacancyEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // `enterpriseId` owns the vacancy; `recordId` is the vacancy to edit, 0 = a new one.
    VacancyEditDialog(core::Database& database, qint64 enterpriseId, qint64 recordId, QWidget* parent = nullptr);
    ~VacancyEditDialog() override;

    // The difference between the record as loaded and as edited: an Insert for a new record, else an Update
    // carrying only the changed fields (empty when nothing changed).
    core::RecordChange change() const;

private:
    struct Fields;
    QVariantMap load(QVBoxLayout* layout);
    QLayout* makeColumns(const QVariantMap& values);
    void finish(QVBoxLayout* layout, QDialogButtonBox* buttons);
    void statusChosen();
    void validate();
    std::unique_ptr<Fields> m;
};

} // namespace jb::ui
