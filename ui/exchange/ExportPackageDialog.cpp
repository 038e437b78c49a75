#include "ui/exchange/ExportPackageDialog.h"

#include "core/domain/Clock.h"
#include "core/exchange/PackageExport.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "ui/DialogButtons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace jb::ui {

ExportPackageDialog::ExportPackageDialog(core::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("exportPackageDialog"));
    setWindowTitle(tr("Export package for the organisation above"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The package holds this file's figures for the period, by sub-unit and key group, "
                                "with the year to date and any phase overlapping it, and the fairs held. Send it to "
                                "the organisation above; its file imports it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("packagePeriod"));
    const QDate today = core::Clock::today();
    const QString thisMonth = core::PeriodRepository::monthPeriod(today.year(), today.month()).name;
    if (const auto periods = core::PeriodRepository(m_database.connection()).all())
        for (const core::Period& p : *periods)
            m_period->addItem(QStringLiteral("%1 (%2)").arg(p.label, p.name), p.name);
    for (const QString& name : {thisMonth, QString::number(today.year())})
        if (m_period->findData(name) < 0)
            m_period->addItem(name, name);
    m_period->setCurrentIndex(std::max(0, m_period->findData(thisMonth)));
    form->addRow(tr("Period:"), m_period);
    m_asOf = new QDateEdit(today, this);
    m_asOf->setObjectName(QStringLiteral("packageAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Figures as of:"), m_asOf);
    m_records = new QCheckBox(tr("Add anonymised &referrals and services (no names, ID numbers or phones)"), this);
    m_records->setObjectName(QStringLiteral("packageRecords"));
    form->addRow(QString(), m_records);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("packageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    DialogButtons::giveMnemonics(buttons);
    QPushButton* exportButton = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("packageExport"));
    layout->addWidget(buttons);
    connect(exportButton, &QPushButton::clicked, this, &ExportPackageDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportPackageDialog::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
    m_message->show();
}

void ExportPackageDialog::chooseFileAndExport()
{
    const QString home = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(home).filePath(QStringLiteral("%1.jbpkg").arg(m_period->currentData().toString()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the package as"), suggested,
                                                      tr("JobBridge packages (*.jbpkg);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ExportPackageDialog::exportTo(const QString& path)
{
    core::exchange::ExportOptions options;
    options.period = m_period->currentData().toString();
    options.today = m_asOf->date();
    options.withRecords = m_records->isChecked();
    const auto package = core::exchange::buildPackage(m_database.connection(), options);
    if (!package) {
        showMessage(package.error(), true);
        return false;
    }
    if (const core::Status s = core::exchange::writePackageFile(*package, path); !s) {
        showMessage(s.error(), true);
        return false;
    }
    showMessage(tr("Exported %1 (%2, as of %3) to %4.")
                    .arg(package->orgName, package->main().period.label, package->main().asOf.toString(Qt::ISODate),
                         QDir::toNativeSeparators(path)),
                false);
    return true;
}

} // namespace jb::ui
