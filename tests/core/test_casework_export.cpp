// The casework lists written to files (core/placement/ReferralListExport, core/lists/ListExport): the referral list
// exports in the list's order with the filter applied, ID numbers masked unless asked, an unmasked export audited;
// CSV cells keep numbers in full.

#include "PlacementTestSupport.h"
#include "core/lists/ListExport.h"
#include "core/lists/ReferralListExport.h"
#include "core/placement/ReferralList.h"
#include "core/placement/ReferralPipeline.h"
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

TEST_CASE("A CSV cell keeps a number in full and a day as YYYY-MM-DD", "[lists]")
{
    CHECK(CsvListSink::cellText(QVariant(300000.0)) == QStringLiteral("300000"));
    CHECK(CsvListSink::cellText(QVariant(1234.5)) == QStringLiteral("1234.5"));
    CHECK(CsvListSink::cellText(QVariant(0.1)) == QStringLiteral("0.1"));
    CHECK(CsvListSink::cellText(QVariant(qint64(12345678901))) == QStringLiteral("12345678901"));
    CHECK(CsvListSink::cellText(QVariant(QDate(2026, 3, 1))) == QStringLiteral("2026-03-01"));
    CHECK(CsvListSink::cellText(QVariant()).isEmpty());
}
