#pragma once
// OfficerNameDialog: asked once, when a file that names no officer is opened for writing: whose name the audit log
// and the imports record (the `officer` setting, changeable later in Settings). The operating-system user is
// offered, and is what the log records if the officer skips the question.

#include <QDialog>

class QLineEdit;

namespace jb::core {
class Database;
}

namespace jb::ui {

class OfficerNameDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OfficerNameDialog(QWidget* parent = nullptr);
    QString name() const;
    QLineEdit* nameEdit() const { return m_name; }

    // Whether `database` names no officer yet (so the window asks).
    static bool needed(const core::Database& database);
    // Stores `name` as the file's officer (audited like any setting); the error, or empty.
    static QString store(core::Database& database, const QString& name);

private:
    QLineEdit* m_name = nullptr;
};

} // namespace jb::ui
