#include "ui/exchange/ImportPackagesDialog.h"

#include "core/exchange/PackageImport.h"
#include "core/storage/Database.h"
#include "ui/DialogButtons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace jb::ui {

ImportPackagesDialog::ImportPackagesDialog(core::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("importPackagesDialog"));
    setWindowTitle(tr("Import packages from the organisations below"));
    resize(760, 480);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the packages your sub-units sent. A newer package for the same organisation "
                                "and period replaces the older one; a package that is damaged, from another "
                                "organisation or for a period this file lacks is refused and changes nothing."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_results = new QPlainTextEdit(this);
    m_results->setObjectName(QStringLiteral("packageResults"));
    m_results->setReadOnly(true);
    m_results->setPlaceholderText(tr("What each package changed is listed here."));
    layout->addWidget(m_results, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    DialogButtons::giveMnemonics(buttons);
    QPushButton* choose = buttons->addButton(tr("Choose &packages…"), QDialogButtonBox::ActionRole);
    choose->setObjectName(QStringLiteral("packageChoose"));
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, &ImportPackagesDialog::chooseFilesAndImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportPackagesDialog::chooseFilesAndImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose packages"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("JobBridge packages (*.jbpkg *.json);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

int ImportPackagesDialog::importFiles(const QStringList& paths)
{
    int refused = 0;
    bool written = false;
    QStringList lines;
    for (const core::exchange::FileImport& r : core::exchange::importPackageFiles(m_database.connection(), paths)) {
        lines << QDir::toNativeSeparators(r.path);
        if (r.outcome) {
            written = written || r.outcome->kind != core::exchange::ImportOutcome::Kind::Unchanged;
            for (const QString& line : core::exchange::describeOutcome(*r.outcome))
                lines << QStringLiteral("  ") + line;
        } else {
            ++refused;
            lines << tr("  Refused: %1").arg(r.error.text());
        }
    }
    lines << tr("%n package(s) imported", nullptr, static_cast<int>(paths.size()) - refused) + QStringLiteral(", ") +
                 tr("%n refused", nullptr, refused);
    m_results->appendPlainText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (written)
        emit packagesImported();
    return refused;
}

} // namespace jb::ui
