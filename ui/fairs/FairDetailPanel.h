#pragma once
// FairDetailPanel: the side panel of the 招聘会 page for the chosen fair, in four tabs: the overview (every field,
// the figures counted from the fair's links beside the organiser's reported ones, and the one rule the metrics
// follow; Edit and the status buttons), its enterprises and the posts they brought, the people recorded there, and
// the intentions and contracts reached there. The tabs add records of the lists or create new ones on the spot (a
// new post belongs to the participating enterprise chosen above it). The buttons ask the page to act (FairActions); the
// panel only reads.

#include "core/fairs/FairList.h"
#include "ui/lists/RecordDetailPanel.h"

#include <QVector>

class QPushButton;
class QTreeWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class FairDetailPanel final : public RecordDetailPanel
{
    Q_OBJECT

public:
    enum Tab { Overview, EnterprisesAndPosts, People, Outcomes };

    explicit FairDetailPanel(QWidget* parent = nullptr);

    void setDatabase(core::Database* database) { m_database = database; }
    // A read-only file: every button is disabled.
    void setReadOnly(bool readOnly);
    // Shows fair `fairId` (0: none), read again from core.
    void showFair(qint64 fairId);
    qint64 fairId() const { return m_fairId; }
    // The fair's status as last read (planned when none is shown).
    core::FairStatus status() const { return m_status; }

    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* figures() const { return m_figures; }
    QTreeWidget* enterprises() const { return m_enterprises; }
    QTreeWidget* posts() const { return m_posts; }
    QTreeWidget* people() const { return m_people; }
    QTreeWidget* outcomes() const { return m_outcomes; }
    // The participating enterprise chosen in the enterprises list (0: none).
    qint64 chosenEnterpriseId() const;

signals:
    void failed(const QString& message);
    void editRequested();
    void statusRequested(core::FairStatus to);
    void addEnterpriseRequested();
    void addPostRequested();
    void addPersonRequested();
    void addOutcomeRequested();
    // Records created on the spot: a new enterprise, a new post of the participating enterprise chosen in the
    // enterprises list, a new person registered at the fair.
    void newEnterpriseRequested();
    void newPostRequested(qint64 enterpriseId);
    void newPersonRequested();

private:
    void buildOverview();
    QWidget* buildEnterprisesTab();
    QWidget* buildPeopleTab();
    QWidget* buildOutcomesTab();
    QPushButton* makeButton(const QString& objectName, const QString& text);
    bool showOverview(const core::FairRow& row);
    void showFigures(const core::FairRow& row, const core::FairDetails& details);
    bool showLinks();
    void enableButtons(); // by the status shown and whether the file may be written

    core::Database* m_database = nullptr;
    qint64 m_fairId = 0;
    core::FairStatus m_status = core::FairStatus::Planned;
    QTreeWidget* m_figures = nullptr;
    QTreeWidget* m_enterprises = nullptr;
    QTreeWidget* m_posts = nullptr;
    QTreeWidget* m_people = nullptr;
    QTreeWidget* m_outcomes = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_held = nullptr;
    QPushButton* m_closed = nullptr;
    QPushButton* m_addOutcome = nullptr;
    QPushButton* m_newPost = nullptr;
    QVector<QPushButton*> m_buttons;
    bool m_readOnly = false;
};

} // namespace jb::ui
