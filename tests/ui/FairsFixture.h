#pragma once
// A demo county file with 30 fairs (as of today), opened in a main window at 1366×768 on the 招聘会 page: what the
// fairs page's tests drive.

#include "core/demo/DemoGenerator.h"
#include "core/fairs/FairList.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/fairs/FairDetailPanel.h"
#include "ui/fairs/FairTableModel.h"
#include "ui/fairs/FairsPage.h"

#include <QLabel>
#include <QSqlQuery>
#include <QTableView>
#include <memory>

namespace jb::test {

struct DemoFairs
{
    UiFixture fx;
    QString path;
    std::unique_ptr<jb::ui::MainWindow> window;
    jb::ui::FairsPage* page = nullptr;

    DemoFairs()
    {
        path = fx.createFile(QStringLiteral("fairs.jobbridge"), QStringLiteral("340122"), false);
        {
            auto db = jb::core::Database::open(path);
            REQUIRE(db);
            jb::core::DemoOptions options;
            options.workers = 300;
            options.enterprises = 40;
            options.fairs = 30;
            options.today = QDate::currentDate();
            REQUIRE(jb::core::generateDemo((*db)->connection(), options));
        }
        window = std::make_unique<jb::ui::MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        page = qobject_cast<jb::ui::FairsPage*>(window->page(QStringLiteral("fairs")));
        REQUIRE(page);
        REQUIRE(window->openFile(path));
        REQUIRE(window->showPage(QStringLiteral("fairs")));
    }

    qint64 scalar(const QString& sql) const { return value(sql).toLongLong(); }
    QVariant value(const QString& sql) const
    {
        auto db = jb::core::Database::open(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }
    qint64 coreCount(const jb::core::FairFilter& filter) const
    {
        auto db = jb::core::Database::open(path);
        REQUIRE(db);
        const jb::core::Expected<qint64> n = jb::core::countFairs((*db)->connection(), filter);
        REQUIRE(n.hasValue());
        return *n;
    }
    QString countText() const { return jb::test::child<QLabel>(page, QStringLiteral("fairCount"))->text(); }
    // Chooses the listed fair (held or closed: outcomes need one that is not planned) with the fewest enterprises,
    // so that some enterprise of the file is not at it yet, and returns its id.
    qint64 chooseFair()
    {
        jb::ui::FairTableModel* model = page->model();
        auto cell = [model](int r, jb::ui::FairTableModel::Column c) {
            return model->data(model->index(r, static_cast<int>(c)));
        };
        const QString planned = jb::core::fairStatusName(jb::core::FairStatus::Planned).text();
        int chosen = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (cell(r, jb::ui::FairTableModel::Column::Status).toString() == planned)
                continue;
            if (chosen < 0 || cell(r, jb::ui::FairTableModel::Column::Enterprises).toLongLong() <
                                  cell(chosen, jb::ui::FairTableModel::Column::Enterprises).toLongLong())
                chosen = r;
        }
        REQUIRE(chosen >= 0);
        page->table()->selectRow(chosen);
        REQUIRE(page->detail()->fairId() == model->fairId(chosen));
        return model->fairId(chosen);
    }
};

} // namespace jb::test
