#pragma once
// ListFilterBar: what the filter bars above the worker and enterprise lists share: a search box that searches as
// the officer types (after a short pause; Enter at once), drop-downs whose first item means "all", the sub-unit
// drop-down filled from the organisation tree, and one filterChanged() for any of them — none while the bar is
// being filled or cleared. The page's bar adds its own choices and reads them back as its core filter.

#include <QHash>
#include <QVariant>
#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;
class QTimer;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ListFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchPauseMs = 250;

    QLineEdit* searchBox() const { return m_search; }

    // What the officer chose: the search text, each drop-down's value and each check box, by object name. The page
    // keeps them while the lists are re-read for the same file (after an import, a merge or a package), so a
    // search survives a visit to another page.
    struct Choices
    {
        QString search;
        QHash<QString, QVariant> values;
        QHash<QString, bool> checks;
    };
    Choices choices() const;
    // Chooses `kept` again where the value still exists; no filterChanged() while doing so.
    void choose(const Choices& kept);
    QComboBox* combo(const QString& objectName) const;

signals:
    // The filter changed (a choice at once, the search box after the officer pauses typing).
    void filterChanged();

protected:
    // Drop-downs are `comboLength` characters wide at least.
    ListFilterBar(const QString& objectName, int comboLength, QWidget* parent);

    // Makes the search box (m_search).
    void makeSearch(const QString& objectName, const QString& placeholder, int minimumWidth);
    // A drop-down whose first item, `caption`, means "all".
    QComboBox* addCombo(const QString& objectName, const QString& caption);
    // Adds the home organisation's sub-units to `combo`.
    static void addSubUnits(QComboBox* combo, const core::Database& database);
    // Empties the search box without searching.
    void clearSearch();
    // Emits filterChanged() unless the bar is being filled or cleared.
    void changed();
    // The id chosen in `combo`; none while its first item ("all") is chosen.
    static std::optional<qint64> chosen(const QComboBox* combo);
    static bool chineseUi();

    QLineEdit* m_search = nullptr;
    bool m_loading = false;

private:
    const int m_comboLength;
    QTimer* m_searchPause = nullptr;
};

} // namespace jb::ui
