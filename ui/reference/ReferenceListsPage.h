#pragma once
// ReferenceListsPage (基础数据): the editable reference lists. The officer picks a list, sees its values with how
// many records use each, and adds, renames, retires (or brings back) and deletes values. Core refuses to delete a
// value in use and says where it is used; the refusal is shown on the page. Every change is audited by core and
// goes on the window's undo stack (ReferenceCommand), named by what it did.

#include "core/domain/ReferenceItem.h"
#include "ui/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace jb::ui {

class ReferenceValueModel;

class ReferenceListsPage final : public Page
{
    Q_OBJECT

public:
    explicit ReferenceListsPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void recordsEdited() override;
    void readOnlyChanged() override;

    ReferenceValueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* listBox() const { return m_list; }
    QLabel* message() const { return m_message; }

    // The actions behind the buttons, without their dialogs (the buttons ask for the names first). Each returns
    // core's refusal, also shown on the page, or "" on success.
    QString addValue(const QString& nameZh, const QString& nameEn);
    QString renameCurrent(const QString& nameZh, const QString& nameEn);
    QString toggleRetiredCurrent();
    QString deleteCurrent();

signals:
    // Values changed: filters and forms elsewhere show the lists.
    void referenceChanged();

private:
    void reloadValues(qint64 selectItem = 0);
    void updateButtons();
    QString finish(const QString& error, const QString& done, qint64 selectItem);
    bool askNames(const QString& title, QString& nameZh, QString& nameEn);
    // Puts a change just made on the undo stack: the value `before` (none for an add) and as now stored (none, 0,
    // after a delete).
    void pushChange(std::optional<core::ReferenceItem> before, qint64 afterId, const QString& text);
    void showChanged(const QString& list, qint64 itemId);

    core::Database* m_database = nullptr;
    bool m_changing = false;
    QComboBox* m_list = nullptr;
    ReferenceValueModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace jb::ui
