#pragma once
// WorkerFilterBar: the choices above the worker list — search box (searches as the officer types, after a short
// pause), key group, hardship category, status, service need, sub-unit, returned or not, registration dates —
// filled from the file's reference lists and organisation tree, and read back as a core::WorkerFilter.

#include "core/lists/WorkerFilter.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace jb::ui {

class WorkerFilterBar final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchPauseMs = 250;

    explicit WorkerFilterBar(QWidget* parent = nullptr);

    // Fills the drop-downs from `db` (the choices reset to "all"); returns an error message or an empty string.
    QString load(QSqlDatabase db);
    void clear();
    core::WorkerFilter filter() const;

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* combo(const QString& objectName) const;

signals:
    // The filter changed (a choice at once, the search box after the officer pauses typing).
    void filterChanged();

private:
    QComboBox* addCombo(const QString& objectName, const QString& caption);
    static std::optional<qint64> chosen(const QComboBox* combo);

    QLineEdit* m_search = nullptr;
    QTimer* m_searchPause = nullptr;
    QComboBox* m_keyGroup = nullptr;
    QComboBox* m_hardship = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_serviceNeed = nullptr;
    QComboBox* m_org = nullptr;
    QComboBox* m_returned = nullptr;
    QCheckBox* m_dated = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    bool m_loading = false;
};

} // namespace jb::ui
