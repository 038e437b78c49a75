#pragma once
// FairOutcomeDialog: records that a person reached an intention, or signed a contract, with a post at a held fair:
// the person among the fair's people, the post among its posts, the kind of outcome and the day (one of the fair's
// days; core refuses any other). The page records it (FairActions) and puts it on the undo stack.

#include "core/fairs/Fair.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace jb::core {
class Database;
}

namespace jb::ui {

class FairOutcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    FairOutcomeDialog(core::Database& database, qint64 fairId, QWidget* parent = nullptr);

    qint64 workerId() const;
    qint64 vacancyId() const;
    core::FairOutcome outcome() const;
    QDate day() const;

    QComboBox* personCombo() const { return m_person; }
    QComboBox* postCombo() const { return m_post; }
    QCheckBox* contractBox() const { return m_contract; }

private:
    QComboBox* m_person = nullptr;
    QComboBox* m_post = nullptr;
    QCheckBox* m_contract = nullptr;
    QDateEdit* m_day = nullptr;
};

} // namespace jb::ui
