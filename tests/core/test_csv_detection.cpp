// Unit tests for the pieces under the CSV reader: strict UTF-8 checking and decoding in pieces, delimiter
// sniffing and the choice of the header row. The reader's own behaviour on files is in test_csv_reader.cpp.

#include "core/import/reading/HeaderDetection.h"
#include "core/import/reading/TextDecoding.h"

#include <QStringDecoder>
#include <catch2/catch.hpp>
#include <utility>
#include <vector>

using namespace jb::core;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList cells(const char* utf8)
{
    return u(utf8).split(QLatin1Char(','));
}

} // namespace

TEST_CASE("sniffDelimiter votes by consistent cell counts", "[csv][detect]")
{
    CHECK(sniffDelimiter(u"a;b;c\nd,e;f;g\nh;i;j\n", true).delimiter == QLatin1Char(';'));
    CHECK(sniffDelimiter(u"a\tb,c\td\n1\t2\t3\n", true).delimiter == QLatin1Char('\t'));
    CHECK(sniffDelimiter(u"\"a;b\",c\n\"d;e\",f\n", true).delimiter == QLatin1Char(','));
    CHECK(sniffDelimiter(u"a|b\n1|2", true).delimiter == QLatin1Char('|'));
    CHECK(sniffDelimiter(u"only one column\nx\n", true).delimiter == QLatin1Char(','));
    // The last, incomplete line is not evidence unless the sample is the whole file.
    CHECK(sniffDelimiter(u"a\n1\n2;3;4;5", false).recordsExamined == 2);
    CHECK(sniffDelimiter(u"a\n1\n2;3;4;5", true).delimiter == QLatin1Char(';'));
}

TEST_CASE("findHeaderRow skips title rows, not data", "[csv][detect]")
{
    const QStringList title = cells("肥东县2024年企业用工需求清单,,,,");
    const QStringList unitAndDate = cells("填报单位：总工会,,,填报日期：2024年3月1日,");
    const QStringList header = cells("序号,姓名,性别,身份证号,手机号");
    const QStringList data = cells("1,张三,男,340122199001011231,");
    CHECK(findHeaderRow({header, data, data}, 10) == 0);
    CHECK(findHeaderRow({title, header, data}, 10) == 1);
    CHECK(findHeaderRow({title, unitAndDate, header, data}, 10) == 2);
    CHECK(findHeaderRow({title, unitAndDate, header, data}, 1) == 0); // too many title rows: give up
    CHECK(findHeaderRow({cells("姓名"), cells("张三")}, 10) == 0);    // one column
    CHECK(isSerialNumberHeader(u"序 号"));
    CHECK_FALSE(isSerialNumberHeader(u"编号"));
}

TEST_CASE("Utf8Validator is strict and works across pieces", "[csv][detect]")
{
    const auto valid = [](std::initializer_list<QByteArray> pieces) {
        Utf8Validator v;
        for (const QByteArray& p : pieces)
            v.feed(p);
        return v.canEnd();
    };
    CHECK(valid({QByteArrayLiteral("plain ascii \xe4\xb8\xad")}));
    CHECK(valid({QByteArrayLiteral("\xe4"), QByteArrayLiteral("\xb8"), QByteArrayLiteral("\xad")}));
    CHECK(valid({QByteArrayLiteral("\xf0\x9f\x98"), QByteArrayLiteral("\x80")}));
    CHECK_FALSE(valid({QByteArrayLiteral("\xe4\xb8")}));         // cut off
    CHECK_FALSE(valid({QByteArrayLiteral("\xc0\x80")}));         // overlong
    CHECK_FALSE(valid({QByteArrayLiteral("\xe0\x80\x80")}));     // overlong
    CHECK_FALSE(valid({QByteArrayLiteral("\xed\xa0\x80")}));     // surrogate
    CHECK_FALSE(valid({QByteArrayLiteral("\xf4\x90\x80\x80")})); // above U+10FFFF
    CHECK_FALSE(valid({QByteArrayLiteral("\xd5\xc5")}));         // GBK 张
    Utf8Validator v;
    CHECK(v.feed(QByteArrayLiteral("abcdefghij\xe4\xb8")) == -1);
    CHECK(v.pendingBytes() == 2);
    CHECK(v.feed(QByteArrayLiteral("xyz")) == 0); // the sequence began in the previous piece
    Utf8Validator w;
    CHECK(w.feed(QByteArrayLiteral("abcdefghijk\xd5\xc5")) == 11);
}

TEST_CASE("Utf8Decoder: strict, one U+FFFD per maximal ill-formed subpart, exact across pieces", "[csv][detect]")
{
    const auto decode = [](const QByteArray& bytes, int piece) {
        Utf8Decoder d;
        std::vector<char16_t> out(static_cast<std::size_t>(bytes.size()) * 2 + 8);
        char16_t* end = out.data();
        for (qsizetype i = 0; i < bytes.size(); i += piece)
            end = d.decode(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(piece, bytes.size() - i)), end);
        end = d.finish(end);
        return QString::fromUtf16(out.data(), end - out.data());
    };
    const QString fffd(QChar(0xFFFD));
    const std::pair<QByteArray, QString> cases[] = {
        {QByteArrayLiteral("abc\xe4\xb8\xad\xc3\xa9\xf0\x9f\x98\x80"), u("abc中é😀")},
        {QByteArrayLiteral("\xc0\x80"), fffd + fffd},            // C0 never occurs
        {QByteArrayLiteral("\xe0\x80\x80"), fffd + fffd + fffd}, // overlong: E0 then two stray bytes
        {QByteArrayLiteral("\xed\xa0\x80"), fffd + fffd + fffd}, // surrogate
        {QByteArrayLiteral("\xf4\x90\x80\x80"), fffd + fffd + fffd + fffd},
        {QByteArrayLiteral("\xe4\xb8"
                           "A"),
         fffd + QStringLiteral("A")}, // a cut sequence is one subpart
        {QByteArrayLiteral("0\xc5\n"), QStringLiteral("0") + fffd + QStringLiteral("\n")},
        {QByteArrayLiteral("\xe4\xb8"), fffd}, // cut off by the end
    };
    for (const auto& [bytes, expected] : cases) {
        for (const int piece : {1, 2, 3, 64}) {
            INFO(bytes.toHex().toStdString() << " in pieces of " << piece);
            CHECK(decode(bytes, piece) == expected);
        }
    }
}

TEST_CASE("GB18030 decodes to ICU's text in any pieces: every two-byte character, four-byte ones, broken bytes",
          "[csv][detect]")
{
    // StreamDecoder reads two-byte characters from a table taken from ICU and leaves the rest to ICU itself; the
    // result must be ICU's one-shot decoding of the whole input, wherever the pieces are cut.
    QByteArray all;
    for (int lead = 0x81; lead <= 0xFE; ++lead) {
        for (int trail = 0x40; trail <= 0xFE; ++trail) {
            if (trail == 0x7F)
                continue;
            all.append(static_cast<char>(lead));
            all.append(static_cast<char>(trail));
            if (trail % 16 == 0)
                all.append(trail % 32 == 0 ? ",\"" : "\r\n"); // CSV punctuation, where pieces may be cut
        }
    }
    const QByteArray mixed = QByteArrayLiteral("张三,\x95\x32\x82\x36,12\r\n"         // 𠮷-like four-byte character
                                               "\xd5\xc5\xff\xc8\xfd,\x81\x7f,\x80\n" // broken: FF, 81 7F, 80
                                               "\xb0\xa1\x81");                       // a lead byte cut by the end
    const QList<QByteArray> inputs = {all, mixed, all + mixed + all};
    for (const QByteArray& bytes : inputs) {
        QStringDecoder icu("GB18030");
        QString expected = icu.decode(bytes);
        expected += icu.decode(QByteArrayView("\n", 1));
        for (const int piece : {1, 3, 7, 64, 65536}) {
            INFO("pieces of " << piece << ", " << bytes.size() << " bytes");
            StreamDecoder decoder(TextEncoding::Gb18030, false);
            std::vector<char16_t> out;
            for (qsizetype i = 0; i < bytes.size(); i += piece)
                REQUIRE(
                    decoder.decode(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(piece, bytes.size() - i)), out));
            decoder.finish(out);
            out.push_back(u'\n');
            CHECK(QString::fromUtf16(out.data(), static_cast<qsizetype>(out.size())) == expected);
            CHECK(decoder.hasReplacements() == icu.hasError());
        }
    }
}
