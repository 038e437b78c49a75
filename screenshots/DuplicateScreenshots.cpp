#include "screenshots/DuplicateScreenshots.h"

#include "core/duplicates/RecordMerge.h"
#include "core/editing/RecordChange.h"
#include "core/lists/WorkerListQuery.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/duplicates/DuplicateTableModel.h"
#include "ui/duplicates/DuplicatesPage.h"
#include "ui/duplicates/MergeDialog.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTemporaryDir>

namespace jb::ui {

namespace {

// Enters the first listed worker again, without ID; returns the new record's id or 0 (with `error`).
qint64 enterAgain(QSqlDatabase db, QString& error)
{
    core::Expected<core::WorkerListQuery> list = core::WorkerListQuery::create(db, core::WorkerFilter{});
    core::Expected<QVector<core::WorkerRow>> first =
        list ? list->fetch(0, 1) : core::Expected<QVector<core::WorkerRow>>::failure(list.error());
    if (!first || first->isEmpty()) {
        error = first ? QString() : first.error();
        return 0;
    }
    const core::Expected<QVariantMap> loaded = core::loadRecord(db, core::RecordKind::Worker, first->first().id);
    if (!loaded) {
        error = loaded.error();
        return 0;
    }
    QVariantMap edited;
    const QStringList kept = core::RecordMerge::mergeableFields(core::MergeRecordKind::Worker);
    for (auto it = loaded->cbegin(); it != loaded->cend(); ++it)
        if (kept.contains(it.key()))
            edited.insert(it.key(), it.value());
    edited.remove(core::fields::worker::idNumber);
    edited.insert(core::fields::worker::phone, QStringLiteral("13905513721"));
    const core::Expected<qint64> id =
        core::applyRecordChange(db, core::changeBetween(core::RecordKind::Worker, 0, {}, edited));
    if (!id)
        error = id.error();
    return id ? *id : 0;
}

} // namespace

bool DuplicateScreenshots::render(MainWindow& window, const Save& save, QString& error)
{
    core::Database* original = window.database();
    if (!original)
        return true;
    const QString originalPath = original->path();
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        error = tr("Cannot create a scratch folder for the merge screenshot.");
        return false;
    }
    const QString copy = scratch.filePath(QStringLiteral("duplicates.jobbridge"));
    if (const core::Status copied = original->saveCopy(copy); !copied) {
        error = copied.error();
        return false;
    }
    if (!window.openFile(copy)) {
        error = tr("Cannot open the scratch copy %1").arg(QDir::toNativeSeparators(copy));
        return false;
    }
    const bool ok = [&] {
        const qint64 again = enterAgain(window.database()->connection(), error);
        if (again == 0)
            return error.isEmpty(); // an empty list: nothing to show
        window.showPage(QStringLiteral("duplicates"));
        auto* page = qobject_cast<DuplicatesPage*>(window.page(QStringLiteral("duplicates")));
        if (!page)
            return true;
        page->findDuplicates();
        DuplicateTableModel* model = page->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->data(model->index(r, 0), DuplicateTableModel::kIdRole).toLongLong() == again)
                page->table()->selectRow(r);
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        if (!save(window, QStringLiteral("duplicates-found")))
            return false;
        MergeDialog* dialog = page->mergeCurrentGroup();
        if (!dialog)
            return true;
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        const bool saved = save(*dialog, QStringLiteral("merge-dialog"));
        dialog->close();
        return saved;
    }();
    window.openFile(originalPath);
    return ok;
}

} // namespace jb::ui
