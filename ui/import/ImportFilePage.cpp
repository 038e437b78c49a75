#include "ui/import/ImportFilePage.h"

#include "core/import/ImportJob.h"
#include "ui/import/ImportWizard.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace jb::ui {

ImportFilePage::ImportFilePage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file and the list"));
    setSubTitle(tr("Lists saved from Excel as \"CSV (comma delimited)\" (GBK) or \"CSV UTF-8\" are both read; title "
                   "rows above the header are recognised and skipped."));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(14);

    auto* fileBox = new QGroupBox(tr("File"), this);
    auto* fileRow = new QHBoxLayout(fileBox);
    m_path = new QLineEdit(fileBox);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("The CSV file to import"));
    m_path->setClearButtonEnabled(true);
    fileRow->addWidget(m_path, 1);
    auto* browseButton = new QPushButton(tr("&Browse…"), fileBox);
    browseButton->setObjectName(QStringLiteral("browseFile"));
    fileRow->addWidget(browseButton);
    layout->addWidget(fileBox);

    auto* kindBox = new QGroupBox(tr("Which list is it?"), this);
    auto* kindLayout = new QVBoxLayout(kindBox);
    m_workers =
        new QRadioButton(tr("Worker needs list: one person per row (name, resident ID, key groups, needs)"), kindBox);
    m_workers->setObjectName(QStringLiteral("kindWorkers"));
    m_vacancies = new QRadioButton(
        tr("Enterprise demand list: one vacancy per row, each naming its enterprise (title, headcount, wage)"),
        kindBox);
    m_vacancies->setObjectName(QStringLiteral("kindVacancies"));
    m_workers->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_workers);
    group->addButton(m_vacancies);
    kindLayout->addWidget(m_workers);
    kindLayout->addWidget(m_vacancies);
    layout->addWidget(kindBox);

    auto* note = new QLabel(tr("Nothing is written to the file until the last step, and every import can be undone "
                               "afterwards on the Import page."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const core::ImportKind kind = m_vacancies->isChecked() ? core::ImportKind::Vacancies : core::ImportKind::Workers;
    if (const core::Status opened = m_wizard.openList(path, kind); !opened) {
        m_error->setText(opened.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

void ImportFilePage::browse()
{
    // The folder of the file named, else the last folder a list came from, else Documents, else home: always an
    // existing folder, so the dialog never takes a missing one's name for a file name.
    QStringList candidates;
    if (!m_path->text().trimmed().isEmpty())
        candidates << QFileInfo(m_path->text().trimmed()).absolutePath();
    candidates << m_wizard.startFolder() << QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
               << QDir::homePath();
    QString start;
    for (const QString& folder : std::as_const(candidates)) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
            start = folder;
            break;
        }
    }
    // open(), not exec(): the wizard's event loop keeps running while the officer looks for the file.
    auto* dialog =
        new QFileDialog(this, tr("Choose a list to import"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->selectFile(QString()); // an empty file name, whatever the platform dialog would suggest
    dialog->setObjectName(QStringLiteral("chooseFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        setFilePath(path);
        m_wizard.noteFolderUsed(QFileInfo(path).absolutePath());
    });
    dialog->open();
}

} // namespace jb::ui
