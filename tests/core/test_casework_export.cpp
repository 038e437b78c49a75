// The casework lists written to files (core/lists/ReferralListExport, PromiseListExport, ListExport): the referral
// list exports in the list's order with the filter applied, the promise list as given with each person's ID number
// and phone; both masked unless asked, an unmasked export audited; CSV cells keep numbers in full.

#include "PlacementTestSupport.h"
#include "core/lists/ListExport.h"
#include "core/lists/PromiseListExport.h"
#include "core/lists/ReferralListExport.h"
#include "core/placement/ReferralList.h"
#include "core/placement/ReferralPipeline.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

#include <QFile>

using namespace jb::test::placement;

namespace {

QStringList csvLines(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

qint64 referralOf(PlacementCounty& c, qint64 worker, qint64 post, const QDate& on)
{
    const Expected<ReferralChange> r = startReferral(c.db(), worker, post, on);
    INFO(r.error().toStdString());
    REQUIRE(r.hasValue());
    return r->referralId;
}

} // namespace

TEST_CASE("The referral list exports in the list's order, masked by default; unmasked is audited", "[placement][lists]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("referral-export.jobbridge"));
    PinnedDay day(QDate(2026, 9, 30));
    const qint64 wang = c.worker(QStringLiteral("王芳"), QStringLiteral("2026-01-01"), c.townA, 1);
    const qint64 li = c.worker(QStringLiteral("李强"), QStringLiteral("2026-01-01"), c.townB, 2);
    const qint64 plant = c.enterprise(QStringLiteral("皖能电子"), c.townA);
    const qint64 fitter = c.post(plant, QStringLiteral("装配工"), 5);
    const qint64 clerk = c.post(plant, QStringLiteral("仓管员"), 5);
    const qint64 first = referralOf(c, wang, fitter, QDate(2026, 9, 1));
    const qint64 second = referralOf(c, li, clerk, QDate(2026, 9, 20));
    REQUIRE(moveReferral(c.db(), first, ReferralStage::Interviewed, QDate(2026, 9, 5)).hasValue());
    const QString wangId =
        scalar(c.db(), QStringLiteral("SELECT id_number FROM workers WHERE id = %1").arg(wang)).toString();
    const auto audited = [&] {
        return count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND "
                                            "table_name = 'referrals'"));
    };

    const QString masked = dir.file(QStringLiteral("referrals.csv"));
    const Expected<qint64> rows = ReferralListExport::writeCsv(c.db(), {}, {}, masked, false);
    REQUIRE(rows.hasValue());
    CHECK(*rows == 2);
    const QStringList lines = csvLines(masked);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == ReferralListExport::header().join(QLatin1Char(',')));
    // The list's default order: the latest stage day first.
    CHECK(lines.at(1).startsWith(QString::number(second) + QLatin1Char(',')));
    CHECK(lines.at(2).startsWith(QString::number(first) + QLatin1Char(',')));
    CHECK(lines.at(2).contains(maskResidentId(wangId)));
    CHECK(lines.at(2).contains(QStringLiteral("2026-09-05")));
    CHECK(lines.at(2).contains(referralStageName(ReferralStage::Interviewed).text()));
    CHECK_FALSE(lines.join(QString()).contains(wangId));
    CHECK(audited() == 0);

    ReferralFilter onePlace;
    onePlace.stage = ReferralListStage::Interviewed;
    const QString full = dir.file(QStringLiteral("full.csv"));
    const Expected<qint64> one = ReferralListExport::writeCsv(c.db(), onePlace, {}, full, true, QStringLiteral("回访"));
    REQUIRE(one.hasValue());
    CHECK(*one == 1);
    const QStringList fullLines = csvLines(full);
    REQUIRE(fullLines.size() == 2);
    CHECK(fullLines.at(1).contains(wangId));
    CHECK(audited() == 1);
    const QString note =
        scalar(c.db(), QStringLiteral("SELECT note FROM audit_log WHERE action = 'export_unmasked'")).toString();
    CHECK(note.contains(QStringLiteral("回访")));
    CHECK(note.contains(QStringLiteral("stage=")));
}

TEST_CASE("The promise list exports its rows with ID numbers and phones, masked by default; unmasked is audited",
          "[placement][promise][lists]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("promise-export.jobbridge"));
    PinnedDay day(QDate(2026, 3, 20));
    const qint64 zhao = c.worker(QStringLiteral("赵敏"), QStringLiteral("2026-03-10"));
    const qint64 qian = c.worker(QStringLiteral("钱进"), QStringLiteral("2026-03-16"));
    c.hardship(zhao);
    c.hardship(qian);
    c.worker(QStringLiteral("不在名单"), QStringLiteral("2026-03-10")); // no hardship category: not on the list
    execBound(c.db(), QStringLiteral("UPDATE workers SET phone = ? WHERE id = ?"),
              {QStringLiteral("13955512345"), zhao});
    const qint64 post = c.post(c.enterprise(QStringLiteral("合力叉车")), QStringLiteral("叉车司机"));
    REQUIRE(startReferral(c.db(), qian, post, QDate(2026, 3, 18)).hasValue());
    const Expected<PromiseList> list = promiseList(c.db(), QDate(2026, 3, 20));
    REQUIRE(list.hasValue());
    REQUIRE(list->entries.size() == 2);
    const QString zhaoId =
        scalar(c.db(), QStringLiteral("SELECT id_number FROM workers WHERE id = %1").arg(zhao)).toString();
    const auto audited = [&] {
        return count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND "
                                            "table_name = 'workers'"));
    };

    const QString masked = dir.file(QStringLiteral("promise.csv"));
    const QString filter = PromiseListExport::describe(*list, {}, QStringLiteral("all"));
    const Expected<qint64> rows = PromiseListExport::writeCsv(c.db(), list->entries, masked, false, filter);
    REQUIRE(rows.hasValue());
    CHECK(*rows == 2);
    const QStringList lines = csvLines(masked);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == PromiseListExport::header().join(QLatin1Char(',')));
    // The list's order (overdue first): 赵敏 registered on the 10th is due on the 17th, three days late.
    const QString overdue = promiseStateName(PromiseState::Overdue).text();
    CHECK(lines.at(1) == QStringLiteral("赵敏,%1,%2,%3,-3,2026-03-10,2026-03-17,,0,0,%4,0")
                             .arg(maskResidentId(zhaoId), maskPhone(QStringLiteral("13955512345")), overdue,
                                  JB_TR("Placement", "No").text()));
    CHECK(lines.at(2).startsWith(QStringLiteral("钱进,")));
    CHECK(lines.at(2).contains(QStringLiteral(",2026-03-16,2026-03-23,2026-03-18,1,1,")));
    CHECK_FALSE(lines.join(QString()).contains(zhaoId));
    CHECK_FALSE(lines.join(QString()).contains(QStringLiteral("13955512345")));
    CHECK(audited() == 0);

    const QString full = dir.file(QStringLiteral("full.csv"));
    const Expected<qint64> one =
        PromiseListExport::writeCsv(c.db(), {list->entries.first()}, full, true, filter, QStringLiteral("电话回访"));
    REQUIRE(one.hasValue());
    CHECK(*one == 1);
    const QStringList fullLines = csvLines(full);
    REQUIRE(fullLines.size() == 2);
    CHECK(fullLines.at(1).contains(zhaoId + QStringLiteral(",13955512345,")));
    CHECK(audited() == 1);
    const QString note =
        scalar(c.db(), QStringLiteral("SELECT note FROM audit_log WHERE action = 'export_unmasked'")).toString();
    CHECK(note.contains(QStringLiteral("电话回访")));
    CHECK(note.contains(QStringLiteral("today=2026-03-20")));
}

TEST_CASE("A CSV cell keeps a number in full and a day as YYYY-MM-DD", "[lists]")
{
    CHECK(CsvListSink::cellText(QVariant(300000.0)) == QStringLiteral("300000"));
    CHECK(CsvListSink::cellText(QVariant(1234.5)) == QStringLiteral("1234.5"));
    CHECK(CsvListSink::cellText(QVariant(0.1)) == QStringLiteral("0.1"));
    CHECK(CsvListSink::cellText(QVariant(qint64(12345678901))) == QStringLiteral("12345678901"));
    CHECK(CsvListSink::cellText(QVariant(QDate(2026, 3, 1))) == QStringLiteral("2026-03-01"));
    CHECK(CsvListSink::cellText(QVariant()).isEmpty());
}
