#pragma once
// OfficerNameDialog: asked on the first run, when a file is first opened for writing: whose name the audit log and
// the imports record. The name is the user's, kept in the program's settings (core/domain/Officer.h), so it follows
// the officer from file to file and another officer on another PC is recorded under their own name; Settings
// changes it later. The operating-system user is offered, and is what the log records if the officer puts it off
// ("Later": asked again at the next start).

#include <QDialog>

class QLineEdit;

namespace jb::ui {

class AppSettings;

class OfficerNameDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OfficerNameDialog(QWidget* parent = nullptr);
    QString name() const;
    QLineEdit* nameEdit() const { return m_name; }

    // Whether the user has named no officer yet (so the window asks).
    static bool needed(const AppSettings& settings);
    // Stores `name` as the user's and names the officer of this process with it.
    static void store(AppSettings& settings, const QString& name);

private:
    QLineEdit* m_name = nullptr;
};

} // namespace jb::ui
