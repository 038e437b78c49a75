#pragma once
// ImportPackagesDialog: File ▸ Import Packages from Below… — packages exported by the organisations below this
// file's home (core::exchange::importPackageFiles), each imported or refused on its own; the dialog lists what
// each one changed or why it was refused.

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ImportPackagesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPackagesDialog(core::Database& database, QWidget* parent = nullptr);

    // Imports the files and lists the outcome; returns how many were refused.
    int importFiles(const QStringList& paths);

signals:
    // At least one package was written: pages showing figures should reload.
    void packagesImported();

private:
    void chooseFilesAndImport();

    core::Database& m_database;
    QPlainTextEdit* m_results = nullptr;
};

} // namespace jb::ui
