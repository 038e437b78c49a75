#include "ui/safety/FileSafetyDialogs.h"

#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/OpeningCheck.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString describeBackup(const core::BackupInfo& backup)
{
    // The folder is the same for all of them (the dialog names it); the full path is the item's tooltip.
    return RestoreDialog::tr("%1   %2   %3")
        .arg(QLocale().toString(backup.taken, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             QLocale().formattedDataSize(backup.bytes), QFileInfo(backup.path).fileName());
}

} // namespace

const QString ReadOnlyBanner::kWarningStyle =
    QStringLiteral("QFrame#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }");
const QString ReadOnlyBanner::kCheckingStyle =
    QStringLiteral("QFrame#readOnlyBanner { background: #e3f0fb; border-bottom: 1px solid #8ab4dc; }");

ReadOnlyBanner::ReadOnlyBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setStyleSheet(kWarningStyle);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_icon = new QLabel(this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("readOnlyText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    hide();
}

void ReadOnlyBanner::showFor(const core::Database* database)
{
    if (!database || !database->isReadOnly()) {
        m_text->clear();
        hide();
        return;
    }
    // While the file is checked the banner is an information, not a warning: it says what is happening.
    const bool checking = database->isAwaitingCheck();
    setProperty("checking", checking);
    setStyleSheet(checking ? kCheckingStyle : kWarningStyle);
    m_icon->setPixmap(style()
                          ->standardIcon(checking ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning)
                          .pixmap(20, 20));
    m_text->setText(checking ? database->readOnlyReason().text()
                             : tr("Read-only. %1").arg(database->readOnlyReason().text()));
    show();
}

QString ReadOnlyBanner::text() const
{
    return m_text->text();
}

DamagedFileDialog::DamagedFileDialog(const QString& path, const QString& refusal, const core::Backups& backups,
                                     QWidget* parent)
    : QDialog(parent), m_path(path)
{
    setObjectName(QStringLiteral("damagedFileDialog"));
    setWindowTitle(tr("The file is damaged"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>This file is damaged and was not opened.</b> Nothing was written to it."), this);
    layout->addWidget(heading);
    auto* details = wrappedLabel(refusal, this);
    details->setObjectName(QStringLiteral("damageText"));
    layout->addWidget(details);

    const std::optional<core::BackupInfo> good = backups.newestGood(path);
    m_backup = good ? good->path : QString();
    auto* offer = wrappedLabel(
        good
            ? tr("The newest good backup was taken %1:\n%2\nRestoring it puts it in place of "
                 "the damaged file; the damaged file is kept beside it for the record.")
                  .arg(QLocale().toString(good->taken, QStringLiteral("yyyy-MM-dd HH:mm")),
                       QDir::toNativeSeparators(good->path))
            : tr("No good backup of this file was found in %1.").arg(QDir::toNativeSeparators(backups.folderFor(path))),
        this);
    offer->setObjectName(QStringLiteral("backupOffer"));
    layout->addWidget(offer);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (good) {
        QPushButton* restore = buttons->addButton(tr("&Restore This Backup"), QDialogButtonBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreBackupButton"));
        restore->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        accept();
        emit restoreRequested(m_path, m_backup);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

RestoreDialog::RestoreDialog(const QString& path, const core::Backups& backups, QWidget* parent)
    : QDialog(parent), m_path(path)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a Backup"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        wrappedLabel(tr("Backups of %1 in %2, newest first. Restoring one replaces the file; the file "
                        "as it is now is backed up first. A backup is checked before it is restored.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backups.folderFor(path))),
                     this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    for (const core::BackupInfo& backup : backups.list(path)) {
        auto* item = new QListWidgetItem(describeBackup(backup), m_list);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    layout->addWidget(m_list, 1);
    if (m_list->count() == 0)
        layout->addWidget(
            wrappedLabel(tr("No backups yet in %1.").arg(QDir::toNativeSeparators(backups.folderFor(path))), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    m_checkNote = wrappedLabel(QString(), this);
    m_checkNote->setObjectName(QStringLiteral("backupCheckNote"));
    layout->addWidget(m_checkNote);
    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreDialog::checkChosen);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString chosen = selectedBackup();
        if (chosen.isEmpty())
            return;
        accept();
        emit restoreRequested(m_path, chosen);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    resize(640, 360);
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::checkChosen()
{
    m_restore->setEnabled(false);
    m_check.reset(); // cancels the check of the backup chosen before, and waits for it
    m_checking = false;
    const QString backup = selectedBackup();
    if (backup.isEmpty()) {
        m_checkNote->clear();
        return;
    }
    if (const auto known = m_verdicts.constFind(backup); known != m_verdicts.cend()) {
        showVerdict(backup, *known);
        return;
    }
    m_checking = true;
    m_checkNote->setText(tr("Checking the backup…"));
    m_check = std::make_unique<core::BackgroundJob>([this, backup](const std::atomic<bool>& cancelled) {
        const core::Expected<QStringList> problems = core::Database::checkFile(backup, true, &cancelled);
        if (cancelled)
            return;
        const Verdict verdict = !problems             ? Verdict::NotChecked
                                : problems->isEmpty() ? Verdict::Sound
                                                      : Verdict::Damaged;
        // Queued to the dialog's thread; dropped if the dialog is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, backup, verdict] {
                if (verdict != Verdict::NotChecked)
                    m_verdicts.insert(backup, verdict);
                if (selectedBackup() != backup)
                    return; // another backup was chosen meanwhile: its own check is running
                m_checking = false;
                showVerdict(backup, verdict);
            },
            Qt::QueuedConnection);
    });
}

void RestoreDialog::showVerdict(const QString& backup, Verdict verdict)
{
    m_restore->setEnabled(verdict == Verdict::Sound);
    switch (verdict) {
    case Verdict::Sound:
        m_checkNote->setText(tr("Checked: SQLite's integrity check finds nothing wrong with this backup."));
        return;
    case Verdict::Damaged:
        m_checkNote->setText(tr("This backup is damaged and cannot be restored. Choose an older one."));
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem* item = m_list->item(row);
            if (item->data(Qt::UserRole).toString() == backup && !item->text().endsWith(tr(" (damaged)"))) {
                item->setText(item->text() + tr(" (damaged)"));
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            }
        }
        return;
    case Verdict::NotChecked:
        m_checkNote->setText(tr("This backup could not be checked (is it on a disk that is gone?); it cannot be "
                                "restored as it is."));
        return;
    }
}

QString RestoreDialog::selectedBackup() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace jb::ui
