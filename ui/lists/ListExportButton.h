#pragma once
// ListExportButton: the 导出 button of a list page with its CSV / Excel menu and, for a list that names people,
// the "full ID numbers" box beside it. The page gives the function that writes its list as filtered and sorted on
// screen (core masks and audits); the button asks where to write, asks for the reason when the file requires one
// for full numbers, and reports the rows written or why nothing was. The pages of services, referrals and fairs
// share it, so their exports cannot drift apart.

#include "core/Expected.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QPushButton;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ListExportButton final : public QWidget
{
    Q_OBJECT

public:
    // Writes the list to `path` (CSV or Excel by its end), with full ID numbers when `unmasked` (then with
    // `reason`); the number of rows written.
    using Writer = std::function<core::Expected<qint64>(const QString& path, bool unmasked, const QString& reason)>;

    struct Texts
    {
        QString caption;  // the save dialog's title
        QString baseName; // the file name offered, without its end
        QString button;   // the button's text with its Alt letter; empty: 导出(&X)
    };

    // `name` makes the object names: export<name> (the button), export<name>Csv and export<name>Xlsx (its menu);
    // the box, when `namesPeople`, is exportUnmasked.
    ListExportButton(const QString& name, const Texts& texts, bool namesPeople, Writer writer, QWidget* parent);

    void setDatabase(core::Database* database);
    // The button is enabled while the list has rows.
    void setRows(qint64 rows);
    // A read-only file cannot take the audit entry an unmasked export writes.
    void setReadOnly(bool readOnly);

    QPushButton* button() const { return m_button; }
    QCheckBox* unmaskedCheck() const { return m_unmasked; }

    // Writes the list to `path` without asking (tests, and the menu after its questions); empty on success, else the
    // message (the menu shows it).
    QString exportTo(const QString& path, bool unmasked, const QString& reason = {});

signals:
    void statusMessage(const QString& text);
    void errorOccurred(const QString& message);

private:
    void exportInteractive(bool csv);

    Texts m_texts;
    Writer m_writer;
    core::Database* m_database = nullptr;
    QPushButton* m_button = nullptr;
    QCheckBox* m_unmasked = nullptr;
};

} // namespace jb::ui
