#pragma once
// MatchView: matching both ways on screen (issue 13). The officer chooses a worker (by name or the last digits of
// the ID number, shown masked) to rank the open posts for, or a post to rank the workers looking for work; narrows
// to the home county or to hardship cases and sets how many to show. The candidates list gives each score; for the
// candidate chosen, every criterion is a row with its verdict in words and colour and the worker's and the post's
// values side by side, then the total. 推荐 (Alt+R, Enter or a double-click) turns the match into a referral through
// ReferralCommand (undoable), and the candidate leaves the list as already referred. A trade synonym can be added
// (undoable). A standalone widget: the 推荐就业 page shows it as a tab.

#include "core/placement/Matching.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace jb::core {
class Database;
}

namespace jb::ui {

class CriteriaTable;

class MatchView final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { PostsForWorker, WorkersForPost };

    explicit MatchView(QWidget* parent = nullptr);

    void showFile(core::Database& database);
    void clearFile();
    void setReadOnly(bool readOnly);
    void setUndoStack(QUndoStack* stack);

    // Ranks the open posts for `workerId` / the workers for `vacancyId` (the promise list's 推荐岗位).
    void showWorker(qint64 workerId);
    void showPost(qint64 vacancyId);
    // Runs the matching again (after an edit, undo or redo).
    void refresh();

    Mode mode() const;
    const QVector<core::MatchCandidate>& candidates() const { return m_candidates; }
    // Refers the chosen candidate; the referral's id, 0 when refused (the reason went to errorOccurred).
    qint64 referChosen();

signals:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);
    void workerOpenRequested(qint64 workerId);

protected:
    // A change made while the view was hidden (an edit, undo or redo elsewhere) is read when it is shown again.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildChooser();
    QWidget* buildFilters();
    QWidget* buildResults();
    void searchSubjects();
    void subjectChosen();
    void showCandidates();
    void candidateChosen();
    void updateActions();
    void addSynonym();
    void openWorker();
    QString subjectText(qint64 id) const;
    const core::MatchCandidate* chosenCandidate() const;

    core::Database* m_database = nullptr;
    QUndoStack* m_stack = nullptr;
    bool m_readOnly = false;
    bool m_outdated = false; // the undo stack moved while hidden
    qint64 m_subject = 0;    // the worker or the post matched for
    QString m_subjectText;
    QVector<core::MatchCandidate> m_candidates;

    QRadioButton* m_forWorker = nullptr;
    QRadioButton* m_forPost = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_matches = nullptr;
    QLabel* m_subjectLabel = nullptr;
    QCheckBox* m_county = nullptr;
    QCheckBox* m_hardship = nullptr;
    QSpinBox* m_top = nullptr;
    QTableWidget* m_list = nullptr;
    CriteriaTable* m_criteria = nullptr;
    QPushButton* m_refer = nullptr;
    QPushButton* m_openWorker = nullptr;
    QPushButton* m_synonym = nullptr;
};

} // namespace jb::ui
