// libFuzzer target for the CSV reader: any bytes with any options must neither crash nor hang, records must
// keep the reader's promises (lines and rows increase, rows are at least as wide as the header, cells respect
// the length limit), and on a seekable device the size of the decoding chunks must not change the result.
// Built by -DJB_FUZZ=ON (tests/CMakeLists.txt); run by tests/fuzz/run.sh. The first input byte chooses the options.

#include "core/import/reading/CsvReader.h"

#include <QBuffer>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace jb::core;

namespace {

// A device that cannot seek, like stdin: exercises the encoding decision made while streaming.
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

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", what);
        std::abort();
    }
}

// Everything observable except where a decoding warning points: with a genuine U+FFFD in the text the first
// replacement in a big chunk can be that one, so only the warning's presence is compared (and only without an
// error, see below).
QString run(QIODevice& device, const CsvOptions& options)
{
    CsvReader reader(&device, options);
    const Status status = reader.open();
    if (!status)
        return QStringLiteral("open failed: ") + status.error();
    require(reader.headerLine() >= 1 && reader.headerRow() >= 1, "header position");
    const qsizetype width = reader.header().size();
    QString out = reader.encodingName() + QChar(reader.delimiter()) + reader.header().join(QChar(0x1F)) +
                  reader.titleRows().join(QChar(0x1F)) + QString::number(reader.headerLine()) + QLatin1Char('\n');
    CsvRecord record;
    qint64 lastLine = reader.headerLine();
    qint64 lastRow = reader.headerRow();
    while (reader.next(record)) {
        require(record.line > lastLine, "lines increase");
        require(record.row > lastRow, "rows increase");
        require(record.fields.size() >= width, "rows padded to the header");
        for (const QString& field : record.fields)
            require(field.size() <= options.maxFieldLength, "field length limit");
        lastLine = record.line;
        lastRow = record.row;
        out += QString::number(record.line) + QLatin1Char('/') + QString::number(record.row) + QLatin1Char(':') +
               record.fields.join(QChar(0x1F)) + QLatin1Char('\n');
    }
    if (!device.isSequential() && !reader.hasError())
        require(reader.bytesRead() == reader.totalBytes(), "all bytes read");
    // After an error, how far the bytes were decoded (and so whether a bad byte was met) depends on the chunk.
    const bool warned = !reader.hasError() && !reader.warning().isEmpty();
    out += reader.error() + QString::number(reader.blankRowsSkipped()) + (warned ? u'!' : u'-');
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::uint8_t flags = data[0];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    CsvOptions options;
    switch (flags & 3) {
    case 1:
        options.encoding = CsvOptions::Encoding::Utf8;
        break;
    case 2:
        options.encoding = CsvOptions::Encoding::Gb18030;
        break;
    default:
        break;
    }
    if (flags & 4)
        options.delimiter = QLatin1Char(";,\t|"[(flags >> 3) & 3]);
    options.maxTitleRows = (flags & 0x20) ? 1 : 10;
    options.maxFieldLength = 512; // small limits keep every input fast and exercise the limit errors
    options.maxColumns = 64;

    QBuffer whole;
    whole.setData(bytes);
    whole.open(QIODevice::ReadOnly);
    const QString expected = run(whole, options);

    CsvOptions tiny = options;
    tiny.chunkBytes = 1 + ((flags >> 6) & 3) * 2; // 1, 3, 5 or 7 bytes
    QBuffer chunked;
    chunked.setData(bytes);
    chunked.open(QIODevice::ReadOnly);
    const QString actual = run(chunked, tiny);
    if (actual != expected) {
        const auto visible = [](QString s) { return s.replace(QChar(0), QStringLiteral("\\0")).toUtf8(); };
        std::fprintf(stderr, "chunk size changed the result:\n--- 64 KiB\n%s\n--- %d bytes\n%s\n",
                     visible(expected).constData(), tiny.chunkBytes, visible(actual).constData());
        std::abort();
    }

    // May legitimately differ from the seekable result (see StreamDecoder); must keep its promises.
    SequentialBuffer stream(bytes);
    run(stream, tiny);
    return 0;
}
