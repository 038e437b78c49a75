#pragma once
// RecordDetailPanel: what the side panels of the Workers and Enterprises pages share: a bold heading, a hint shown
// while no record is chosen, and tabs whose first tab is a form of read-only fields, some with a button beside the
// value (the reveal buttons that show a masked ID or phone and write the audit log). The pages' panels derive from
// it and fill the fields and the other tabs from their own core detail.

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTreeWidget;
class QVBoxLayout;

namespace jb::ui {

class RecordDetailPanel : public QWidget
{
    Q_OBJECT

public:
    // A referral stage (recommended, interviewed, …) as the officer reads it.
    static QString referralStageName(const QString& stage);

protected:
    // `name` prefixes the object names (`<name>Heading`, `<name>Tabs`; the panel itself is `name`); `emptyHint`
    // is shown while no record is chosen; `blankValue` stands in a field whose value is empty.
    RecordDetailPanel(const QString& name, const QString& emptyHint, const QString& blankValue, QWidget* parent);

    // A field row on the form: a selectable label named `objectName`, with `button` beside it when given.
    void addField(const QString& objectName, const QString& caption, QPushButton* button = nullptr);
    void setField(const QString& objectName, const QString& text);
    // No record: the heading says `heading`, the hint shows and the tabs hide.
    void showNoRecord(const QString& heading);
    // A record: the heading says `heading`, the tabs show.
    void showRecord(const QString& heading);

    // A list for one of the tabs; `nested` shows the expand marks of items with children.
    static QTreeWidget* makeTree(const QString& objectName, const QStringList& header, bool nested, QWidget* parent);
    static QString iso(const QDate& d);
    static bool chineseUi();

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_form = nullptr;
    QScrollArea* m_fields = nullptr; // the form, scrolling; the panel adds it as its first tab

private:
    QString m_blankValue;
};

} // namespace jb::ui
