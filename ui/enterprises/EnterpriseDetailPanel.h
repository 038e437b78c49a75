#pragma once
// EnterpriseDetailPanel: the side panel of the Enterprises page: every field of the chosen enterprise (contact
// phone masked, with a button that shows it and writes the audit log), its vacancies (add, edit, close, reopen),
// the dated demand snapshots with a small chart of plan / hired / gap over time ("record a visit"), the monitoring
// flags (add, edit, resolve) and the referrals made to it. Every edit is undoable and audited: the dialogs' edits
// go through ui/editing/EditCommands.h, closing, reopening and resolving are core's operations
// (core/editing/VacancyClosing.h, FlagResolution.h, dated by core::Clock) whose applied change the undo stack
// inverts; the panel then emits edited() and the page re-reads.

#include "core/Expected.h"
#include "ui/lists/RecordDetailPanel.h"

#include <QDate>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace jb::core {
class Database;
struct EnterpriseDetail;
struct RecordChange;
} // namespace jb::core

namespace jb::ui {

class EnterpriseDetailPanel final : public RecordDetailPanel
{
    Q_OBJECT

public:
    explicit EnterpriseDetailPanel(QWidget* parent = nullptr);

    void setDatabase(core::Database* database) { m_database = database; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    // A read-only file: the buttons that write are disabled and a double-click opens no editor.
    void setReadOnly(bool readOnly);
    // Shows enterprise `id` (0: none); re-reads it when it is already shown.
    void showEnterprise(qint64 id);
    qint64 enterpriseId() const { return m_id; }

    // The actions behind the buttons (dialogs open non-modally; tests accept them).
    void revealPhone();
    void editEnterprise();
    void addVacancy();
    void editVacancy();
    void closeVacancy();
    void reopenVacancy();
    void recordVisit();
    void correctVisit();
    void addFlag();
    void editFlag();
    void resolveFlag();
    // Applies an edit; true when it was applied.
    bool apply(const core::RecordChange& change, const QString& text);

    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* vacancies() const { return m_vacancies; }
    QTreeWidget* snapshots() const { return m_snapshots; }
    QTreeWidget* flags() const { return m_flags; }
    QTreeWidget* referrals() const { return m_referrals; }
    QChartView* chart() const { return m_chart; }

signals:
    void failed(const QString& message);
    void revealed();
    void edited();
    // "Refer a person…" for the chosen vacancy; a referral chosen in the referrals tab (double-click or Enter).
    void referRequested(qint64 vacancyId, const QString& title);
    void referralOpenRequested(qint64 referralId);

private:
    void addVacanciesTab();
    void showDetails(const core::EnterpriseDetail& d);
    void showVacancies(const core::EnterpriseDetail& d);
    void showSnapshots(const core::EnterpriseDetail& d);
    void showFlags(const core::EnterpriseDetail& d);
    void showReferrals(const core::EnterpriseDetail& d);
    void showChart(const QVector<QDate>& days, const QVector<QVector<int>>& values);
    qint64 currentId(QTreeWidget* tree) const;
    bool writable() const { return m_database && !m_readOnly; }
    template <typename Dialog> void openEditor(qint64 recordId, const QString& text);
    // Puts a change core has applied (closing, reopening, resolving) on the undo stack, or shows why it was refused.
    void pushApplied(const core::Expected<core::RecordChange>& applied, const QString& text);

    core::Database* m_database = nullptr;
    QUndoStack* m_undoStack = nullptr;
    qint64 m_id = 0;
    QPushButton* m_revealPhone = nullptr;
    QTreeWidget* m_vacancies = nullptr;
    QTreeWidget* m_snapshots = nullptr;
    QTreeWidget* m_flags = nullptr;
    QTreeWidget* m_referrals = nullptr;
    QChartView* m_chart = nullptr;
    QVector<QPushButton*> m_writingButtons;
    bool m_readOnly = false;
};

} // namespace jb::ui
