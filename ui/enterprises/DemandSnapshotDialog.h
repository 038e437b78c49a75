#pragma once
// DemandSnapshotDialog: records a visit or call to an enterprise (a dated demand snapshot: hiring plan, hired so
// far, gap), or corrects one. The gap follows plan − hired until the officer types another. Each field is checked
// as the officer types (core/editing/RecordValidation.h); OK stays disabled while one is invalid. The dialog
// writes nothing: change() is the Insert or Update, applied through ui/editing/EditCommands.h (undoable, audited).

#include "core/editing/RecordChange.h"

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace jb::core {
class Database;
}

namespace jb::ui {

class DemandSnapshotDialog final : public QDialog
{
    Q_OBJECT

public:
    // `recordId`: the snapshot to correct, 0 = a new visit (dated today).
    DemandSnapshotDialog(core::Database& database, qint64 enterpriseId, qint64 recordId, QWidget* parent = nullptr);

    core::RecordChange change() const;
    QVariantMap values() const;

    QDateEdit* dateEdit() const { return m_date; }
    QSpinBox* plannedBox() const { return m_planned; }
    QSpinBox* hiredBox() const { return m_hired; }
    QSpinBox* gapBox() const { return m_gap; }

private:
    void validate();

    core::Database& m_database;
    qint64 m_enterpriseId = 0;
    qint64 m_recordId = 0;
    QVector<core::FieldValue> m_loaded;
    bool m_gapTyped = false;
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_planned = nullptr;
    QSpinBox* m_hired = nullptr;
    QSpinBox* m_gap = nullptr;
    QLineEdit* m_officer = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jb::ui
