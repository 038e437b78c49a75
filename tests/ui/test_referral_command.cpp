// ReferralCommand (ui/placement/ReferralCommand.h): a referral change on the window's undo stack, named, undone
// through core's photographs and redone under the same referral id, so a later command that names the referral
// (a move after its start) still applies after undoing and redoing both.

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/UiFixture.h"
#include "ui/placement/ReferralCommand.h"

#include <QSqlQuery>
#include <QUndoStack>

namespace {

struct OneFile
{
    jb::test::UiFixture fx;
    jb::core::PinnedDay day{QDate(2026, 3, 20)};
    std::unique_ptr<jb::core::Database> db;
    QUndoStack stack;
    QStringList failures;

    OneFile()
    {
        auto opened = jb::core::Database::open(fx.createFile(QStringLiteral("referral-command.jobbridge")));
        REQUIRE(opened);
        db = std::move(*opened);
    }
    QVariant value(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0) : QVariant();
    }
    QString stageOf(qint64 id) const
    {
        return value(QStringLiteral("SELECT stage FROM referrals WHERE id = %1").arg(id)).toString();
    }
    jb::core::Expected<jb::core::ReferralChange> apply(const QString& text, const jb::ui::ReferralCommand::Change& c)
    {
        return jb::ui::ReferralCommand::apply(&stack, *db, text, c, [this](const QString& m) { failures << m; });
    }
};

} // namespace

TEST_CASE("A referral started and moved is undone twice and redone twice under the same id", "[referrals][undo]")
{
    OneFile f;
    const qint64 worker = f.value(QStringLiteral("SELECT min(id) FROM workers")).toLongLong();
    const qint64 post = f.value(QStringLiteral("SELECT min(id) FROM vacancies WHERE status = 'open'")).toLongLong();
    REQUIRE(worker > 0);
    REQUIRE(post > 0);

    const auto started = f.apply(QStringLiteral("Refer"), [&] {
        return jb::core::startReferral(f.db->connection(), worker, post, QDate(2026, 3, 2));
    });
    REQUIRE(started.hasValue());
    const qint64 id = started->referralId;
    const auto moved = f.apply(QStringLiteral("Interviewed"), [&] {
        return jb::core::moveReferral(f.db->connection(), id, jb::core::ReferralStage::Interviewed, QDate(2026, 3, 5));
    });
    REQUIRE(moved.hasValue());
    CHECK(f.stack.count() == 2);
    CHECK(f.stack.undoText() == QStringLiteral("Interviewed"));
    CHECK(f.stageOf(id) == QStringLiteral("interviewed"));

    f.stack.undo();
    CHECK(f.stageOf(id) == QStringLiteral("recommended"));
    f.stack.undo();
    CHECK(f.value(QStringLiteral("SELECT count(*) FROM referrals")).toInt() == 0);
    f.stack.redo();
    CHECK(f.stageOf(id) == QStringLiteral("recommended"));
    CHECK(f.value(QStringLiteral("SELECT worker_id || '/' || vacancy_id FROM referrals WHERE id = %1").arg(id))
              .toString() == QStringLiteral("%1/%2").arg(worker).arg(post));
    f.stack.redo();
    CHECK(f.stageOf(id) == QStringLiteral("interviewed"));
    CHECK(f.failures.isEmpty());
    CHECK(f.stack.index() == 2);
}

TEST_CASE("A change core refuses pushes nothing and says why", "[referrals][undo]")
{
    OneFile f;
    const auto refused = f.apply(QStringLiteral("Interviewed"), [&] {
        return jb::core::moveReferral(f.db->connection(), 4242, jb::core::ReferralStage::Interviewed,
                                      QDate(2026, 3, 5));
    });
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.message().sourceText().contains(QStringLiteral("4242")));
    CHECK(f.stack.count() == 0);
}
