#pragma once
// ExportPackageDialog: File ▸ Export Package for Above… — the home organisation's figures for a period as an
// exchange package for the organisation above (core::exchange::buildPackage), saved where the officer chooses.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ExportPackageDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportPackageDialog(core::Database& database, QWidget* parent = nullptr);

    // Builds the package of the chosen period and writes it to `path`; false (with the reason shown) on failure.
    bool exportTo(const QString& path);

private:
    void chooseFileAndExport();
    void showMessage(const QString& text, bool error);

    core::Database& m_database;
    QComboBox* m_period = nullptr;
    QDateEdit* m_asOf = nullptr;
    QCheckBox* m_records = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace jb::ui
