#pragma once
// FairPicker: picks one existing record to link to a fair — an enterprise, a post, a person — by typing part of
// its name: a search box, the first matches core's list queries return, OK once one is chosen. The page says how
// to search (FairPickers.h); the picker only shows the matches.

#include <QDialog>
#include <QVector>
#include <functional>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QDialogButtonBox;
class QVBoxLayout;

namespace jb::ui {

class FairPicker final : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 id = 0;
        QString text;
    };
    // The matches for what the officer typed, or an error message.
    using Search = std::function<QVector<Choice>(const QString& text, QString* error)>;
    static constexpr int kMatches = 50;

    FairPicker(const QString& objectName, const QString& title, const QString& placeholder, Search search,
               QWidget* parent = nullptr);

    // A check box above the buttons for a choice that goes with the pick (a post's public-welfare mark).
    QCheckBox* addOption(const QString& objectName, const QString& text);
    // The record chosen; 0 when none.
    qint64 chosenId() const;
    QLineEdit* searchBox() const { return m_search; }
    QListWidget* matches() const { return m_list; }

private:
    void refresh();

    Search m_searchFor;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace jb::ui
