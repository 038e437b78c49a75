#pragma once
// FairEditDialog: adds or edits a job fair. Its fields come from core's field catalogue (RecordKind::JobFair,
// built by RecordForm); as the officer types, core's checkFair says what is wrong field by field, under the
// field, and OK stays disabled while anything is. The page saves the details (addFair / editFair) and puts the
// change on the undo stack; the status is moved by the detail panel's buttons, not here.

#include "core/fairs/Fair.h"

#include <QDialog>
#include <memory>

namespace jb::core {
class Database;
}

namespace jb::ui {

class RecordForm;

class FairEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // `fairId` 0: a new fair (one day, today, organised by the home organisation).
    FairEditDialog(core::Database& database, qint64 fairId, QWidget* parent = nullptr);
    ~FairEditDialog() override;

    qint64 fairId() const;
    // The details as the officer entered them, and the problems core and the dialog find with them.
    core::FairDetails details() const;
    QVector<core::FairIssue> issues() const;
    RecordForm* form() const;

private:
    struct Fields;
    QVariantMap load(QString* error);
    void build(const QVariantMap& values);
    void validate();
    core::FairDetails parse(QVector<core::FairIssue>* problems) const;

    std::unique_ptr<Fields> m;
};

} // namespace jb::ui
