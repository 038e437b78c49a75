// Tests for the streaming CSV reader: one fixture per thing Excel does to a list (tests/data/csv, written by
// make_fixtures.py), edge cases built in memory, and every file read again in tiny chunks, which must change
// nothing: that is how records, quotes and characters cut at a chunk boundary are tested.

#include "core/import/reading/CsvReader.h"
#include "support/MessageChecks.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <catch2/catch.hpp>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

using namespace jb::core;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A device that cannot seek, like stdin: the reader must decide the encoding while streaming.
class SequentialBuffer final : public QIODevice
{
public:
    explicit SequentialBuffer(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min(max, static_cast<qint64>(m_data.size()) - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, static_cast<std::size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

struct Result
{
    bool opened = false;
    QString encoding;
    QChar delimiter;
    qint64 headerLine = 0;
    qint64 headerRow = 0;
    QStringList header;
    QVector<int> ignored;
    QStringList titles;
    std::vector<CsvRecord> records;
    jb::test::HeldMessage error;
    jb::test::HeldMessage warning;
    qint64 blanks = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

Result readAll(CsvReader& reader)
{
    Result r;
    r.opened = static_cast<bool>(reader.open());
    r.encoding = reader.encodingName();
    r.delimiter = reader.delimiter();
    r.headerLine = reader.headerLine();
    r.headerRow = reader.headerRow();
    r.header = reader.header();
    r.ignored = reader.ignoredColumns();
    r.titles = reader.titleRows();
    CsvRecord record;
    while (reader.next(record))
        r.records.push_back(record);
    r.error = {reader.errorMessage()};
    r.warning = {reader.warningMessage()};
    r.blanks = reader.blankRowsSkipped();
    r.bytesRead = reader.bytesRead();
    r.totalBytes = reader.totalBytes();
    return r;
}

Result readFixture(const char* name, CsvOptions options = {})
{
    CsvReader reader(jb::test::fixturePath(QStringLiteral("csv/") + QString::fromUtf8(name)), options);
    return readAll(reader);
}

Result readBytes(const QByteArray& bytes, CsvOptions options = {}, bool sequential = false)
{
    if (sequential) {
        SequentialBuffer device(bytes);
        CsvReader reader(&device, options);
        return readAll(reader);
    }
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, options);
    return readAll(reader);
}

// Everything the caller can observe, as one string, so two reads can be compared and a difference is shown.
std::string describe(const Result& r)
{
    QString s = QStringLiteral("opened=%1 enc=%2 delim=%3 header@%4/%5 [%6] ignored=%7 titles=[%8]\n")
                    .arg(r.opened)
                    .arg(r.encoding)
                    .arg(int(r.delimiter.unicode()))
                    .arg(r.headerLine)
                    .arg(r.headerRow)
                    .arg(r.header.join(QLatin1Char('|')))
                    .arg(r.ignored.size() == 1 ? r.ignored.first() : -int(r.ignored.size()))
                    .arg(r.titles.join(QLatin1Char('|')));
    for (const CsvRecord& rec : r.records)
        s += QStringLiteral("%1/%2: %3\n").arg(rec.line).arg(rec.row).arg(rec.fields.join(QStringLiteral("¦")));
    s += QStringLiteral("error=%1\nwarning=%2\nblanks=%3 read=%4\n")
             .arg(r.error.message.sourceText(), r.warning.message.sourceText())
             .arg(r.blanks)
             .arg(r.bytesRead);
    return s.toStdString();
}

QStringList cells(const char* utf8, char separator = ',')
{
    return u(utf8).split(QLatin1Char(separator));
}

const char* const kFixtures[] = {
    "gbk_title_serial.csv", "utf8_bom.csv",          "utf8_no_bom.csv",
    "lf_only.csv",          "semicolon.csv",         "tab.csv",
    "vertical_bar.csv",     "embedded_newlines.csv", "blank_rows.csv",
    "two_title_rows.csv",   "utf8_fails_midway.csv", "unterminated_quote.csv",
    "full_width.csv",       "gb18030_four_byte.csv", "utf16le_tab.txt",
    "cr_only.csv",
};

} // namespace

TEST_CASE("GBK list from Chinese Excel: GB18030, title row above the header, 序号 ignored", "[csv]")
{
    const Result r = readFixture("gbk_title_serial.csv");
    REQUIRE(r.opened);
    CHECK(r.encoding == QStringLiteral("GB18030"));
    CHECK(r.delimiter == QLatin1Char(','));
    CHECK(r.headerLine == 2);
    CHECK(r.header == cells("序号,企业名称,统一社会信用代码,岗位,招聘人数,月薪"));
    CHECK(r.ignored == QVector<int>{0});
    CHECK(r.titles == QStringList{u("肥东县2024年企业用工需求清单")});
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].fields == cells("1,合肥某某机械有限公司,91340122MA2N0X1234,焊工,5,4000-6000"));
    CHECK(r.records[1].fields[1] == u("肥东县店埠镇,东风食品厂"));
    CHECK(r.records[2].line == 5);
    CHECK(r.blanks == 2);
    CHECK(r.error.isEmpty());
    CHECK(r.warning.isEmpty());
    CHECK(r.bytesRead == r.totalBytes);
    CHECK(r.totalBytes == QFile(jb::test::fixturePath(QStringLiteral("csv/gbk_title_serial.csv"))).size());
}

TEST_CASE("UTF-8 with a BOM, without a BOM and with LF-only line ends give the same records", "[csv]")
{
    const Result bom = readFixture("utf8_bom.csv");
    const Result plain = readFixture("utf8_no_bom.csv");
    const Result lf = readFixture("lf_only.csv");
    CHECK(bom.encoding == QStringLiteral("UTF-8 (BOM)"));
    CHECK(plain.encoding == QStringLiteral("UTF-8"));
    CHECK(bom.header.first() == u("姓名")); // the BOM is not part of the first name
    REQUIRE(bom.records.size() == 2);
    CHECK(bom.records[1].fields == cells("李四,女,340122198512120022,13900002222"));
    CHECK(bom.records[1].line == 3);
    for (const Result* other : {&plain, &lf}) {
        REQUIRE(other->records.size() == bom.records.size());
        CHECK(other->header == bom.header);
        for (std::size_t i = 0; i < bom.records.size(); ++i) {
            CHECK(other->records[i].fields == bom.records[i].fields);
            CHECK(other->records[i].line == bom.records[i].line);
        }
    }
}

TEST_CASE("The delimiter is sniffed: semicolon, tab, vertical bar; a full-width comma is text", "[csv]")
{
    struct Case
    {
        const char* file;
        char16_t delimiter;
        const char* secondCell;
    };
    const Case cases[] = {
        {"semicolon.csv", u';', "合肥市,肥东县"},
        {"tab.csv", u'\t', "合肥市,肥东县,店埠镇"},
        {"vertical_bar.csv", u'|', "会电焊,有证"},
        {"full_width.csv", u',', "张三"},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const Result r = readFixture(c.file);
        CHECK(r.delimiter == QChar(c.delimiter));
        REQUIRE(r.records.size() == 2);
        CHECK(r.records[0].fields.size() == r.header.size());
        CHECK(r.records[0].fields[1] == u(c.secondCell));
    }
    CHECK(readFixture("semicolon.csv").records[1].fields[1] == u("店埠镇;东风路"));
}

TEST_CASE("Line breaks inside quoted cells and doubled quotes", "[csv]")
{
    const Result r = readFixture("embedded_newlines.csv");
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[0].fields[1] == u("第一行\n第二行"));
    CHECK(r.records[1].fields[1] == u("他说\"你好\""));
    CHECK(r.records[2].fields[1] == u("多行\n\n三行, 含逗号"));
    CHECK(r.records[3].fields[1] == u("\"引号开头"));
    // Lines count physical lines (for the file), rows count records (as Excel numbers them).
    CHECK(r.records[0].line == 2);
    CHECK(r.records[1].line == 4);
    CHECK(r.records[2].line == 5);
    CHECK(r.records[3].line == 8);
    CHECK(r.records[3].row == 5);
    CHECK(r.records[3].fields[2] == QStringLiteral("13600004444"));
}

TEST_CASE("Blank rows, rows of delimiters and spaces, and trailing blank rows are skipped and counted", "[csv]")
{
    const Result r = readFixture("blank_rows.csv");
    CHECK(r.headerLine == 2);
    CHECK(r.header == cells("姓名,性别,手机号"));
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].row == 3);
    CHECK(r.records[1].row == 7);
    CHECK(r.records[1].fields == cells("李四,女,13900002222"));
    CHECK(r.blanks == 7);
}

TEST_CASE("Header below two title rows; a row with only its 序号 filled is blank", "[csv]")
{
    const Result r = readFixture("two_title_rows.csv");
    CHECK(r.headerLine == 3);
    CHECK(r.header == cells("序号,姓名,性别,身份证号,手机号"));
    CHECK(r.ignored == QVector<int>{0});
    CHECK(r.titles ==
          QStringList{u("肥东县2024年劳动者求职需求清单"), u("填报单位:肥东县总工会 填报日期:2024年3月1日")});
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1].fields == cells("2,李四,女,340122198512120022,13900002222"));
    CHECK(r.blanks == 1);
}

TEST_CASE("Strict UTF-8 failing late in the file makes the whole file GB18030", "[csv]")
{
    for (const int chunk : {1, 7, 64, 64 * 1024}) {
        INFO("chunk " << chunk);
        CsvOptions options;
        options.chunkBytes = chunk;
        const Result r = readFixture("utf8_fails_midway.csv", options);
        CHECK(r.encoding == QStringLiteral("GB18030"));
        REQUIRE(r.records.size() == 41);
        CHECK(r.records[0].fields == cells("1,石志强,专业,13800000001"));
        CHECK(r.records[39].fields[1] == u("王小明"));
        CHECK(r.warning.isEmpty());
    }
    // The trap is real: read as UTF-8, the early names are different text, and the bad bytes are reported.
    CsvOptions utf8;
    utf8.encoding = CsvOptions::Encoding::Utf8;
    const Result forced = readFixture("utf8_fails_midway.csv", utf8);
    REQUIRE(forced.records.size() == 41);
    CHECK(forced.records[0].fields[1] != u("石志强"));
    CHECK(forced.warning.contains(QStringLiteral("文件第 41 行")));
    CHECK(forced.warning.contains(QStringLiteral("line 41")));
}

TEST_CASE("A device that cannot seek: switch to GB18030 when only ASCII came before, else report", "[csv]")
{
    const QByteArray gbk = jb::test::readAll(jb::test::fixturePath(QStringLiteral("csv/gbk_title_serial.csv")));
    for (const int chunk : {1, 3, 64 * 1024}) {
        INFO("chunk " << chunk);
        CsvOptions options;
        options.chunkBytes = chunk;
        CHECK(describe(readBytes(gbk, options, true)) == describe(readBytes(gbk, options)));
    }

    const QByteArray late = jb::test::readAll(jb::test::fixturePath(QStringLiteral("csv/utf8_fails_midway.csv")));
    CsvOptions small;
    small.chunkBytes = 64;
    const Result mixed = readBytes(late, small, true);
    CHECK(mixed.records.size() == 39); // rows before line 41, where the first non-UTF-8 byte is
    CHECK(mixed.error.contains(QStringLiteral("文件第 41 行")));
    CHECK(mixed.error.contains(QStringLiteral("line 41")));
    // Within one chunk nothing has been handed out yet, so the reader can still switch.
    const Result whole = readBytes(late, {}, true);
    CHECK(whole.error.isEmpty());
    CHECK(whole.encoding == QStringLiteral("GB18030"));
    CHECK(whole.records.size() == 41);
    CHECK(whole.totalBytes == -1);
}

TEST_CASE("An unterminated quote is reported with its row and line, after the rows before it", "[csv]")
{
    const Result r = readFixture("unterminated_quote.csv");
    REQUIRE(r.opened);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].fields == cells("张三,正常"));
    CHECK(r.error.contains(QStringLiteral("第 3 行")));
    CHECK(r.error.contains(QStringLiteral("row 3 (line 3 of the file)")));

    // When the header itself is broken there is nothing to read.
    const Result header = readBytes(QByteArrayLiteral("\"name,phone\r\n1,2\r\n"));
    CHECK_FALSE(header.opened);
    CHECK(header.error.contains(QStringLiteral("row 1")));
}

TEST_CASE("Full-width characters: header cells are made half-width, data cells stay raw", "[csv]")
{
    const Result r = readFixture("full_width.csv");
    CHECK(r.header == QStringList{u("序 号"), u("姓 名"), u("手机号(必填)"), u("地址")});
    CHECK(r.ignored == QVector<int>{0});
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields[2] == u("１３８００００１１１１"));
    CHECK(r.records[0].fields[3] == u("合肥市，肥东县"));
}

TEST_CASE("GB18030 four-byte characters, UTF-16 from Excel's Unicode text, CR-only line ends", "[csv]")
{
    const Result gb = readFixture("gb18030_four_byte.csv");
    CHECK(gb.encoding == QStringLiteral("GB18030"));
    REQUIRE(gb.records.size() == 2);
    CHECK(gb.records[0].fields[0] == u("吉𠮷"));
    CHECK(gb.records[1].fields[0] == u("刘䶮"));

    const Result utf16 = readFixture("utf16le_tab.txt");
    CHECK(utf16.encoding == QStringLiteral("UTF-16LE (BOM)"));
    CHECK(utf16.delimiter == QLatin1Char('\t'));
    REQUIRE(utf16.records.size() == 1);
    CHECK(utf16.records[0].fields == cells("张三,13800001111"));

    const Result cr = readFixture("cr_only.csv");
    REQUIRE(cr.records.size() == 2);
    CHECK(cr.records[1].fields == cells("李四,13900002222"));
    CHECK(cr.records[1].line == 3);
}

TEST_CASE("Reading in tiny chunks or from a sequential device changes nothing", "[csv]")
{
    for (const char* name : kFixtures) {
        const QByteArray bytes =
            jb::test::readAll(jb::test::fixturePath(QStringLiteral("csv/") + QString::fromUtf8(name)));
        const std::string expected = describe(readBytes(bytes));
        for (const int chunk : {1, 2, 3, 5, 16, 4096}) {
            INFO(name << " in chunks of " << chunk);
            CsvOptions options;
            options.chunkBytes = chunk;
            CHECK(describe(readBytes(bytes, options)) == expected);
            if (std::strcmp(name, "utf8_fails_midway.csv") != 0) // see the sequential test above
                CHECK(describe(readBytes(bytes, options, true)) == expected);
        }
    }
}

TEST_CASE("Short rows are padded, long rows keep their extra cells but not Excel's empty padding", "[csv]")
{
    const Result r = readBytes(QByteArrayLiteral("a,b,c\r\n1\r\n1,2,3,4\r\n1,2,3,,,\r\n1,2,3,,5,\r\n1,,\r\n"));
    REQUIRE(r.records.size() == 5);
    CHECK(r.records[0].fields == QStringList{QStringLiteral("1"), QString(), QString()});
    CHECK(r.records[1].fields.size() == 4);
    CHECK(r.records[2].fields.size() == 3);
    CHECK(r.records[3].fields == cells("1,2,3,,5"));
    CHECK(r.records[4].fields == QStringList{QStringLiteral("1"), QString(), QString()});
}

TEST_CASE("Quotes inside a cell are text; text after a closing quote is kept, as Excel reads it", "[csv]")
{
    const Result r = readBytes(QByteArrayLiteral("a,b,c\r\n12\" screen,\"abc\"def,\"\"\r\n"));
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].fields == QStringList{QStringLiteral("12\" screen"), QStringLiteral("abcdef"), QString()});
}

TEST_CASE("Limits: a cell too long or too many columns stop the read with the row named", "[csv]")
{
    CsvOptions options;
    options.maxFieldLength = 10;
    const Result longCell = readBytes(QByteArrayLiteral("a,b\r\n1,2\r\n3,\"12345678901\r\n"), options);
    CHECK(longCell.records.size() == 1);
    CHECK(longCell.error.contains(QStringLiteral("row 3 (line 3 of the file)")));
    CHECK(longCell.error.contains(QStringLiteral("10")));

    CsvOptions narrow;
    narrow.maxColumns = 3;
    const Result wide = readBytes(QByteArrayLiteral("a,b,c\r\n1,2,3\r\n1,2,3,4\r\n"), narrow);
    CHECK(wide.records.size() == 1);
    CHECK(wide.error.contains(QStringLiteral("more than 3 columns")));
}

TEST_CASE("Empty, blank-only and missing files do not open, with a bilingual reason", "[csv]")
{
    for (const QByteArray& bytes :
         {QByteArray(), QByteArrayLiteral("\xef\xbb\xbf"), QByteArrayLiteral(",,,\r\n\r\n ,\r\n")}) {
        const Result r = readBytes(bytes);
        CHECK_FALSE(r.opened);
        CHECK(r.error.contains(QStringLiteral("没有任何内容")));
        CHECK(r.error.contains(QStringLiteral("no content")));
    }
    const Result missing = readFixture("no_such_file.csv");
    CHECK_FALSE(missing.opened);
    CHECK(missing.error.contains(QStringLiteral("no_such_file.csv")));
    CHECK(missing.error.contains(QStringLiteral("无法打开文件")));
}

TEST_CASE("Options override detection: encoding, delimiter; a quote cannot be the delimiter", "[csv]")
{
    CsvOptions gb;
    gb.encoding = CsvOptions::Encoding::Gb18030;
    CHECK(describe(readFixture("gbk_title_serial.csv", gb)) == describe(readFixture("gbk_title_serial.csv")));

    CsvOptions semicolon;
    semicolon.delimiter = QLatin1Char(';');
    const Result oneColumn = readFixture("utf8_no_bom.csv", semicolon);
    CHECK(oneColumn.header == QStringList{u("姓名,性别,身份证号,手机号")});

    CsvOptions quote;
    quote.delimiter = QLatin1Char('"');
    CHECK_FALSE(readFixture("utf8_no_bom.csv", quote).opened);
}

TEST_CASE("Bytes invalid in the encoding become U+FFFD with a warning naming the line", "[csv]")
{
    const Result bad = readBytes(QByteArrayLiteral("a,b\r\nx,y\r\n\xff,z\r\n"));
    CHECK(bad.encoding == QStringLiteral("GB18030"));
    REQUIRE(bad.records.size() == 2);
    CHECK(bad.records[1].fields[0] == QString(QChar(0xFFFD)));
    CHECK(bad.warning.contains(QStringLiteral("line 3")));

    // A file cut in the middle of a character: the stateful decoder must not swallow it silently.
    const Result cut = readBytes(QByteArrayLiteral("a,b\r\n1,\xd5"));
    REQUIRE(cut.records.size() == 1);
    CHECK(cut.records[0].fields[1] == QString(QChar(0xFFFD)));
    CHECK_FALSE(cut.warning.isEmpty());
}

TEST_CASE("Broken sequences cut by a chunk boundary read as they do whole (Qt and ICU would not)", "[csv]")
{
    // Found by fuzzing. Qt 6.4's UTF-8 decoder drops the LF after a lead byte cut from its sequence (30 C5 | 0A);
    // ICU drops the digit in a cut GB18030 four-byte prefix (9B 32 | 32). Either would change the records.
    const QByteArray inputs[] = {
        QByteArrayLiteral("\xef\xbb\xbf"
                          "a,b\r\n0\xc5\n1,2\r\n\xd0\xd5\xc3\xfb,\xe8\x82\r\n"),
        QByteArrayLiteral("a,b\r\n\xd5\xc5,\x9b\x32\x32\x32\x32\r\n\x81\x30\x81,\xd5"),
        QByteArrayLiteral("\xff\xfe"
                          "a\0,\0b\0\n\0=\xd8\n\0x\0"), // UTF-16LE with a lone high surrogate
    };
    for (const QByteArray& bytes : inputs) {
        const std::string expected = describe(readBytes(bytes));
        for (const int chunk : {1, 2, 3, 4, 5, 6, 7}) {
            INFO("chunk " << chunk << "\n" << expected);
            CsvOptions options;
            options.chunkBytes = chunk;
            CHECK(describe(readBytes(bytes, options)) == expected);
        }
    }
    const Result utf8 = readBytes(inputs[0], [] {
        CsvOptions o;
        o.chunkBytes = 7;
        return o;
    }());
    REQUIRE(utf8.records.size() == 3);
    CHECK(utf8.records[0].fields[0] == u("0\uFFFD"));
    CHECK(utf8.records[2].fields[0] == u("\uFFFD\uFFFD\uFFFD\uFFFD")); // one per maximal ill-formed subpart
}

TEST_CASE("Progress: bytesRead grows to totalBytes", "[csv]")
{
    QByteArray bytes = QByteArrayLiteral("name,phone\r\n");
    for (int i = 0; i < 2000; ++i)
        bytes += "someone,13800001111\r\n";
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.chunkBytes = 1024;
    CsvReader reader(&device, options);
    REQUIRE(reader.open());
    CHECK(reader.totalBytes() == bytes.size());
    CHECK(reader.bytesRead() < reader.totalBytes());
    qint64 last = reader.bytesRead();
    bool grew = true;
    CsvRecord record;
    int rows = 0;
    while (reader.next(record)) {
        grew = grew && reader.bytesRead() >= last;
        last = reader.bytesRead();
        ++rows;
    }
    CHECK(grew);
    CHECK(rows == 2000);
    CHECK(reader.bytesRead() == reader.totalBytes());
}

// Not run by default: ./jb_core_tests "[csv-bench]". A worker list of JB_CSV_BENCH_ROWS rows (default 1,000,000;
// 12 columns, 1% with a line break and a comma in a quoted cell, 5% with a quoted comma) is generated, at
// JB_CSV_BENCH_FILE if set (and kept, so a second run measures reading alone), then read and timed.
TEST_CASE("Benchmark: read a large GB18030 worker list", "[.bench][csv-bench]")
{
    jb::test::ScratchDir dir;
    QString path = qEnvironmentVariable("JB_CSV_BENCH_FILE");
    if (path.isEmpty())
        path = dir.file(QStringLiteral("workers.csv"));
    if (!QFile::exists(path)) {
        const int rows = qEnvironmentVariableIsSet("JB_CSV_BENCH_ROWS")
                             ? qEnvironmentVariableIntValue("JB_CSV_BENCH_ROWS")
                             : 1000000;
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        QStringEncoder encoder("GB18030");
        QString batch =
            u("姓名,性别,身份证号,手机号,户籍地,现居住地,重点群体,就业状态,求职意向,期望月薪,登记日期,备注\r\n");
        for (int i = 0; i < rows; ++i) {
            const QString note =
                i % 100 == 7 ? u("\"需要技能培训,\n希望在县内就业\"") : (i % 20 == 3 ? u("\"焊工,电工\"") : u("无"));
            batch += u("张三丰,男,34012219900101%1,138%2,安徽省合肥市肥东县,合肥市肥东县店埠镇,农民工,失业,电焊工,4000-"
                       "6000,2024/2/23,%3\r\n")
                         .arg(i % 10000, 4, 10, QLatin1Char('0'))
                         .arg(i, 8, 10, QLatin1Char('0'))
                         .arg(note);
            if (batch.size() > 1 << 20 || i + 1 == rows) {
                out.write(encoder.encode(batch));
                batch.clear();
            }
        }
    }
    QElapsedTimer timer;
    timer.start();
    CsvReader reader(path);
    REQUIRE(reader.open());
    CsvRecord record;
    qint64 rows = 0;
    qint64 chars = 0;
    while (reader.next(record)) {
        ++rows;
        chars += record.fields.at(11).size();
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    REQUIRE_FALSE(reader.hasError());
    std::cout << "CSV bench: " << rows << " rows, " << reader.totalBytes() / (1024 * 1024) << " MiB, "
              << reader.encodingName().toStdString() << ", " << seconds << " s, " << static_cast<qint64>(rows / seconds)
              << " rows/s (" << chars << " note chars)" << std::endl;
    CHECK(rows > 0);
}
