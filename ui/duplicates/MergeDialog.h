#pragma once
// MergeDialog: two records of one possible-duplicate group side by side. The officer picks the record to keep and
// the one to merge into it, then for every field where they differ which value to keep (a radio button per side);
// the dialog says what will move (referrals, services, vacancies, ...) and, when core refuses the merge (two
// vacancies with the same title), why, with Merge disabled. Merge runs core::RecordMerge in one audited
// transaction; a failure is shown in the dialog, which stays open.

#include "core/duplicates/RecordMerge.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;

namespace jb::core {
class Database;
}

namespace jb::ui {

class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    // `labels` (optional, same order as `recordIds`) name the records in the two choosers, e.g. "张三 · 340122****".
    MergeDialog(core::Database& database, core::MergeRecordKind kind, const QVector<qint64>& recordIds,
                QWidget* parent = nullptr, const QStringList& labels = {});

    qint64 survivorId() const;
    qint64 loserId() const;
    // Picks whose value to keep for `field` (as the radio buttons do).
    void choose(const QString& field, core::MergeSide side);
    const core::MergePreview& preview() const { return m_preview; }
    QString refusal() const;

    void accept() override;
    // After `merged`: what was asked and what core did (for the undo stack).
    const core::MergeRequest& appliedRequest() const { return m_request; }
    const core::MergeUndo& appliedUndo() const { return m_undo; }

signals:
    void merged(qint64 survivorId);

private:
    void reloadPreview();
    void clearGrid();

    core::Database& m_database;
    core::MergeRecordKind m_kind;
    core::MergePreview m_preview;
    QComboBox* m_survivor = nullptr;
    QComboBox* m_loser = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_same = nullptr;
    QLabel* m_moves = nullptr;
    QLabel* m_refusal = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<QString, QButtonGroup*> m_choices;
    core::MergeRequest m_request;
    core::MergeUndo m_undo;
};

} // namespace jb::ui
