#include "screenshots/AuditScreenshots.h"

#include "core/editing/RecordChange.h"
#include "core/lists/WorkerDetail.h"
#include "core/lists/WorkerListExport.h"
#include "core/lists/WorkerListQuery.h"
#include "core/records/RecordFields.h"
#include "core/settings/SettingsRepository.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/audit/ReasonDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

namespace jb::ui {

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

// What an officer's morning leaves in the log, on the first listed person. Empty, or why it failed.
QString workOnFile(QSqlDatabase db, const QString& exportPath)
{
    core::SettingsRepository settings(db);
    if (const core::Status s = settings.setValue(core::setting::officer, QStringLiteral("王科员")); !s)
        return s.error();
    core::Expected<core::WorkerListQuery> list = core::WorkerListQuery::create(db, core::WorkerFilter{});
    if (!list)
        return list.error();
    const core::Expected<QVector<core::WorkerRow>> first = list->fetch(0, 1);
    if (!first || first->isEmpty())
        return first ? QString() : first.error();
    const qint64 worker = first->first().id;
    const core::Expected<core::RecordChange> edit = core::updateOf(
        db, core::RecordKind::Worker, worker, {{core::fields::worker::phone, QStringLiteral("13905513721")}});
    if (!edit)
        return edit.error();
    if (const auto applied = core::applyRecordChange(db, *edit); !applied)
        return applied.error();
    if (const auto undone = core::applyRecordChange(db, core::invertedChange(*edit, worker)); !undone)
        return undone.error();
    if (const core::Status s = settings.setValue(core::setting::reasonRequiredForReveal, QStringLiteral("1")); !s)
        return s.error();
    const auto shown =
        core::revealWorkerField(db, worker, core::RevealField::ResidentId, QStringLiteral("核对就业登记"));
    if (!shown)
        return shown.error();
    const auto exported = core::WorkerListExport::writeCsv(*list, exportPath, true, QStringLiteral("报送县人社局核对"));
    return exported ? QString() : exported.error();
}

} // namespace

bool AuditScreenshots::render(MainWindow& window, const Save& save, QString& error)
{
    core::Database* original = window.database();
    if (!original)
        return true;
    const QString originalPath = original->path();
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        error = tr("Cannot create a scratch folder for the audit log screenshot.");
        return false;
    }
    const QString copy = scratch.filePath(QStringLiteral("audit.jobbridge"));
    if (const core::Status copied = original->saveCopy(copy); !copied) {
        error = copied.error();
        return false;
    }
    if (!window.openFile(copy)) {
        error = tr("Cannot open the scratch copy %1").arg(QDir::toNativeSeparators(copy));
        return false;
    }
    const bool ok = [&] {
        error = workOnFile(window.database()->connection(), scratch.filePath(QStringLiteral("list.csv")));
        if (!error.isEmpty())
            return false;
        auto* page = qobject_cast<AuditPage*>(window.page(QStringLiteral("audit")));
        if (!page)
            return true;
        window.showPage(QStringLiteral("audit"));
        page->recordsEdited();
        // The export (newest) then the reveal with its reason: choose the reveal.
        page->table()->selectRow(std::min(1, page->model()->rowCount() - 1));
        settle();
        if (!save(window, QStringLiteral("audit-log")))
            return false;
        ReasonDialog dialog(tr("this person's ID number"), &window);
        dialog.reasonEdit()->setText(QStringLiteral("电话回访，核对身份"));
        dialog.show();
        settle();
        const bool saved = save(dialog, QStringLiteral("reason-dialog"));
        dialog.hide();
        return saved;
    }();
    window.openFile(originalPath);
    return ok;
}

} // namespace jb::ui
