// Streaming CSV reading for imported lists: bytes are decoded 64 KiB at a time and parsed straight into the
// caller's record, whose strings keep their capacity from row to row, so a million rows cost no million
// allocations and memory stays at a few chunks whatever the file size.

#include "core/import/reading/CsvReader.h"

#include "core/import/reading/HeaderDetection.h"

#include <QFile>
#include <QIODevice>
#include <algorithm>
#include <utility>

namespace jb::core {

namespace {

constexpr qint64 kHeadBytes = 4; // enough for any BOM
constexpr qint64 kPrescanBytes = 256 * 1024;
constexpr int kSniffLines = 100;               // the delimiter is guessed from this many lines at most
constexpr std::size_t kSniffChars = 64 * 1024; // or from this much text, whichever is less
constexpr int kHeaderLookahead = 5;            // rows read past the last possible header to see the table's width
constexpr int kMaxTitleRowsLimit = 1000;

Message readFailed(const QIODevice& device)
{
    return JB_TR("Import", "Reading the file failed: %1").arg(device.errorString());
}

} // namespace

CsvReader::CsvReader(QIODevice* device, CsvOptions options) : m_options(std::move(options)), m_device(device) {}

CsvReader::CsvReader(const QString& path, CsvOptions options)
    : m_options(std::move(options)), m_ownedFile(std::make_unique<QFile>(path)), m_device(m_ownedFile.get())
{
}

CsvReader::~CsvReader() = default;

Status CsvReader::failOpen(Message message)
{
    m_error = message;
    return Status::failure(std::move(message));
}

Status CsvReader::open()
{
    if (m_opened)
        return Status();
    if (m_ownedFile && !m_ownedFile->isOpen() && !m_ownedFile->open(QIODevice::ReadOnly)) {
        return failOpen(JB_TR("Import", "Cannot open the file %1: %2")
                            .arg(m_ownedFile->fileName())
                            .arg(m_ownedFile->errorString()));
    }
    if (!m_device || !m_device->isReadable())
        return failOpen(JB_TR("Import", "The file is not open for reading"));

    m_options.chunkBytes = std::max(1, m_options.chunkBytes);
    m_options.maxFieldLength = std::max(1, m_options.maxFieldLength);
    m_options.maxColumns = std::max(1, m_options.maxColumns);
    m_options.maxTitleRows = std::clamp(m_options.maxTitleRows, 0, kMaxTitleRowsLimit);
    if (!m_device->isSequential())
        m_totalBytes = m_device->size() - m_device->pos();

    if (Status s = decideEncoding(); !s)
        return s;
    if (Status s = chooseDelimiter(); !s)
        return s;
    if (Status s = findHeader(); !s)
        return s;
    m_opened = true;
    return Status();
}

Status CsvReader::decideEncoding()
{
    const qint64 start = m_device->isSequential() ? 0 : m_device->pos();
    m_head.resize(kHeadBytes);
    qint64 got = 0;
    while (got < kHeadBytes) {
        const qint64 n = m_device->read(m_head.data() + got, kHeadBytes - got);
        if (n < 0)
            return failOpen(readFailed(*m_device));
        if (n == 0)
            break;
        got += n;
    }
    m_head.resize(got);
    m_bytesRead = got;

    const std::optional<Bom> bom = detectBom(m_head);
    TextEncoding encoding = TextEncoding::Utf8;
    bool verify = false;
    switch (m_options.encoding) {
    case CsvOptions::Encoding::Auto:
        if (bom) {
            encoding = bom->encoding;
            m_head.remove(0, bom->length);
        } else if (m_device->isSequential()) {
            // Cannot look ahead: check while reading (see StreamDecoder).
            verify = true;
        } else {
            // One bad byte anywhere makes the whole file GB18030, and records decoded before it cannot be taken
            // back: so look at the bytes first. A GBK file fails within its first Chinese character, so the
            // full pass is only paid by files that really are UTF-8.
            Utf8Validator validator;
            validator.feed(m_head);
            QByteArray buffer(kPrescanBytes, Qt::Uninitialized);
            while (validator.isValid()) {
                const qint64 n = m_device->read(buffer.data(), kPrescanBytes);
                if (n < 0)
                    return failOpen(readFailed(*m_device));
                if (n == 0)
                    break;
                validator.feed(QByteArrayView(buffer.constData(), n));
            }
            if (!validator.canEnd())
                encoding = TextEncoding::Gb18030;
            if (!m_device->seek(start + got))
                return failOpen(readFailed(*m_device));
        }
        break;
    case CsvOptions::Encoding::Utf8:
        if (bom && bom->encoding == TextEncoding::Utf8Bom) {
            encoding = TextEncoding::Utf8Bom;
            m_head.remove(0, bom->length);
        }
        break;
    case CsvOptions::Encoding::Gb18030:
        encoding = TextEncoding::Gb18030;
        break;
    }

    m_decoder = StreamDecoder(encoding, verify);
    if (!m_decoder.isValid())
        return failOpen(
            JB_TR("Import", "This Qt build cannot decode %1 (it needs ICU)").arg(textEncodingName(encoding)));
    m_bytes.resize(m_options.chunkBytes);
    return Status();
}

CsvReader::Fill CsvReader::decodeMore()
{
    if (m_inputEnded)
        return Fill::End;
    const std::size_t before = m_text.size();
    bool ok = true;
    if (!m_head.isEmpty()) {
        ok = m_decoder.decode(m_head, m_text);
        m_head.clear();
    } else {
        const qint64 n = m_device->read(m_bytes.data(), m_options.chunkBytes);
        if (n < 0) {
            m_deferredError = readFailed(*m_device);
            m_inputEnded = true;
            return Fill::End;
        }
        if (n == 0) {
            m_inputEnded = true;
            m_decoder.finish(m_text);
            noteReplacements(before);
            return m_text.size() > before ? Fill::More : Fill::End;
        }
        m_bytesRead += n;
        ok = m_decoder.decode(QByteArrayView(m_bytes.constData(), n), m_text);
    }
    noteReplacements(before);
    if (!ok) {
        m_inputEnded = true;
        m_deferredError = JB_TR("Import", "From line %1 the file is not valid UTF-8 although the text before it is; "
                                          "choose the file's encoding (GB18030 or UTF-8) when importing")
                              .arg(lineAt(m_text.size()));
    }
    return Fill::More;
}

void CsvReader::noteReplacements(std::size_t from)
{
    if (!m_warning.isEmpty() || !m_decoder.hasReplacements())
        return;
    const auto bad = std::find(m_text.begin() + static_cast<std::ptrdiff_t>(from), m_text.end(), char16_t(0xFFFD));
    const std::size_t at = static_cast<std::size_t>(bad - m_text.begin());
    m_warning = JB_TR("Import", "Near line %1 of the file some bytes are not valid %2 and were replaced by �; if "
                                "the text looks garbled, choose another encoding when importing")
                    .arg(lineAt(at))
                    .arg(encodingName());
}

qint64 CsvReader::lineAt(std::size_t textIndex) const
{
    const auto first = m_text.begin() + static_cast<std::ptrdiff_t>(std::min(m_pos, m_text.size()));
    const auto last = m_text.begin() + static_cast<std::ptrdiff_t>(std::min(textIndex, m_text.size()));
    return m_line + (first < last ? std::count(first, last, u'\n') : 0);
}

CsvReader::Fill CsvReader::refill()
{
    // Called when every decoded character has been parsed.
    if (!m_text.empty())
        m_prevTextEndedWithCR = m_text.back() == u'\r';
    m_text.clear();
    m_pos = 0;
    for (;;) {
        if (decodeMore() == Fill::End) {
            if (!m_text.empty())
                return Fill::More;
            if (!m_deferredError.isEmpty()) {
                m_error = m_deferredError;
                return Fill::Error;
            }
            return Fill::End;
        }
        if (!m_text.empty())
            return Fill::More;
    }
}

Status CsvReader::chooseDelimiter()
{
    if (!m_options.delimiter.isNull()) {
        const char16_t d = m_options.delimiter.unicode();
        if (d == u'"' || d == u'\n' || d == u'\r')
            return failOpen(JB_TR("Import", "The delimiter cannot be a quote or a line break"));
        m_delimiter = m_options.delimiter;
        return Status();
    }

    // The sample must not depend on how the bytes were chunked: the first kSniffLines lines, cut at kSniffChars.
    std::size_t scanned = 0;
    int lines = 0;
    std::size_t cut = 0;
    bool ended = false;
    for (;;) {
        const std::size_t limit = std::min(m_text.size(), kSniffChars);
        for (; scanned < limit && cut == 0; ++scanned)
            if (m_text[scanned] == u'\n' && ++lines == kSniffLines)
                cut = scanned + 1;
        if (cut != 0 || m_text.size() > kSniffChars)
            break;
        if (decodeMore() == Fill::End) {
            ended = true;
            break;
        }
    }
    const std::size_t sampleSize = cut != 0 ? cut : std::min(m_text.size(), kSniffChars);
    const bool whole = cut == 0 && ended && m_text.size() <= kSniffChars;
    m_delimiter = sniffDelimiter(QStringView(m_text.data(), static_cast<qsizetype>(sampleSize)), whole).delimiter;
    return Status();
}

Status CsvReader::findHeader()
{
    const std::size_t wanted = static_cast<std::size_t>(m_options.maxTitleRows + 1 + kHeaderLookahead);
    while (m_pending.size() < wanted) {
        CsvRecord record;
        const Parse result = parseRecord(record.fields);
        if (result == Parse::End)
            break;
        if (result == Parse::Error) {
            // Hand out the rows before the damage first, then report it.
            m_headerPhaseError = m_error;
            m_error = Message();
            break;
        }
        if (!m_rowHasContent) {
            ++m_blankRows;
            continue;
        }
        record.line = m_recordLine;
        record.row = m_rowCount;
        finishRow(record.fields, m_fieldCount);
        m_pending.push_back(std::move(record));
    }
    if (m_pending.empty()) {
        if (!m_headerPhaseError.isEmpty())
            return failOpen(m_headerPhaseError);
        return failOpen(JB_TR("Import", "The file has no content: it is empty or has only blank rows"));
    }

    QVector<QStringList> rows;
    rows.reserve(static_cast<qsizetype>(m_pending.size()));
    for (const CsvRecord& r : m_pending)
        rows.append(r.fields);
    const int headerIndex = findHeaderRow(rows, m_options.maxTitleRows);
    const auto headerAt = static_cast<std::size_t>(headerIndex);

    for (std::size_t i = 0; i < headerAt; ++i) {
        QStringList cells;
        for (const QString& cell : m_pending[i].fields)
            if (!isBlankCell(cell))
                cells.append(normalizeHeaderCell(cell));
        m_titleRows.append(cells.join(QLatin1Char(' ')));
    }

    const CsvRecord& headerRecord = m_pending[headerAt];
    for (const QString& cell : headerRecord.fields)
        m_header.append(normalizeHeaderCell(cell));
    while (!m_header.isEmpty() && m_header.last().isEmpty())
        m_header.removeLast();
    m_headerWidth = static_cast<int>(m_header.size());
    for (int i = 0; i < m_headerWidth; ++i)
        if (isSerialNumberHeader(m_header.at(i)))
            m_ignoredColumns.append(i);
    m_headerLine = headerRecord.line;
    m_headerRow = headerRecord.row;
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(headerAt + 1));
    return Status();
}

bool CsvReader::next(CsvRecord& record)
{
    if (!m_opened || hasError())
        return false;
    while (m_pendingNext < m_pending.size()) {
        CsvRecord& pending = m_pending[m_pendingNext++];
        const int count = static_cast<int>(pending.fields.size());
        if (!hasData(pending.fields, count)) {
            ++m_blankRows;
            continue;
        }
        record = std::move(pending);
        finishRow(record.fields, count);
        return true;
    }
    if (!m_pending.empty()) {
        m_pending = {};
        m_pendingNext = 0;
    }
    if (!m_headerPhaseError.isEmpty()) {
        m_error = m_headerPhaseError;
        return false;
    }

    for (;;) {
        const Parse result = parseRecord(record.fields);
        if (result != Parse::Record)
            return false;
        if (!m_rowHasContent || (!m_ignoredColumns.isEmpty() && !hasData(record.fields, m_fieldCount))) {
            ++m_blankRows;
            continue;
        }
        record.line = m_recordLine;
        record.row = m_rowCount;
        finishRow(record.fields, m_fieldCount);
        return true;
    }
}

bool CsvReader::hasData(const QStringList& fields, int fieldCount) const
{
    for (int i = 0; i < fieldCount; ++i)
        if (!m_ignoredColumns.contains(i) && !isBlankCell(fields.at(i)))
            return true;
    return false;
}

void CsvReader::finishRow(QStringList& fields, int fieldCount) const
{
    // Cells past the header that are empty are Excel's padding, not data.
    int count = fieldCount;
    while (count > m_headerWidth && isBlankCell(fields.at(count - 1)))
        --count;
    const int target = std::max(count, m_headerWidth);
    for (int i = fieldCount; i < std::min(target, static_cast<int>(fields.size())); ++i)
        if (!fields.at(i).isEmpty())
            fields[i].resize(0); // stale text from an earlier row; resize keeps the capacity
    while (fields.size() < target)
        fields.append(QString());
    if (fields.size() > target)
        fields.erase(fields.begin() + target, fields.end());
}

bool CsvReader::startField(QStringList& fields)
{
    if (m_fieldCount >= m_options.maxColumns) {
        m_error = JB_TR("Import", "Row %1 (line %2 of the file) has more than %3 columns")
                      .arg(m_rowCount)
                      .arg(m_recordLine)
                      .arg(m_options.maxColumns);
        return false;
    }
    // The string keeps the previous row's text and capacity; appendToField overwrites it from m_fieldLength 0.
    if (m_fieldCount < fields.size()) {
        m_field = &fields[m_fieldCount];
    } else {
        fields.append(QString());
        m_field = &fields.last();
    }
    m_fieldLength = 0;
    ++m_fieldCount;
    return true;
}

void CsvReader::endField()
{
    if (m_fieldLength != m_field->size())
        m_field->resize(m_fieldLength);
}

bool CsvReader::appendToField(const char16_t* from, const char16_t* to)
{
    if (from == to)
        return true;
    const auto length = static_cast<qsizetype>(to - from);
    if (!m_rowHasContent && !isBlankCell(QStringView(from, to)))
        m_rowHasContent = true;
    if (m_fieldLength + length > m_options.maxFieldLength) {
        m_error = JB_TR("Import", "A cell in row %1 (line %2 of the file) is longer than %3 characters; probably a "
                                  "quote is never closed")
                      .arg(m_rowCount)
                      .arg(m_recordLine)
                      .arg(m_options.maxFieldLength);
        return false;
    }
    // One resize (no allocation once the string has grown to the column's usual width, unless the caller kept
    // a copy) and a copy: cheaper than clear-and-append, which matters at twelve million cells.
    m_field->resize(m_fieldLength + length);
    std::copy(from, to, reinterpret_cast<char16_t*>(m_field->data()) + m_fieldLength);
    m_fieldLength += length;
    return true;
}

// The helpers of parseRecord, one per state, kept inline in this file: parseRecord runs once per cell on lists of
// up to twelve million cells.

inline CsvReader::Step CsvReader::atTextEnd(bool started)
{
    const Fill fill = refill();
    if (fill == Fill::Error)
        return Step::Error;
    if (fill == Fill::More)
        return Step::Next;
    if (!started)
        return Step::End;
    if (m_state == State::Quoted) {
        m_error = JB_TR("Import", "The quote opened in row %1 (line %2 of the file) is never closed, so nothing after "
                                  "it can be read; check that row in Excel")
                      .arg(m_rowCount)
                      .arg(m_quoteLine);
        return Step::Error;
    }
    endField();
    return Step::Record; // the last record has no line break after it
}

inline CsvReader::Step CsvReader::unquoted(QStringList& fields, const char16_t* base, const char16_t* end,
                                           const char16_t* p)
{
    // A quote inside an unquoted cell is plain text (12" screen), as Excel reads it.
    const char16_t delimiter = m_delimiter.unicode();
    const char16_t* q = p;
    while (q < end && *q != delimiter && *q != u'\n' && *q != u'\r')
        ++q;
    if (!appendToField(p, q))
        return Step::Error;
    m_pos = static_cast<std::size_t>(q - base);
    if (q == end)
        return Step::Next;
    ++m_pos;
    endField();
    if (*q == delimiter) {
        if (!startField(fields))
            return Step::Error;
        m_state = State::FieldStart;
        return Step::Next;
    }
    ++m_line;
    m_skipLF = *q == u'\r';
    return Step::Record;
}

inline CsvReader::Step CsvReader::quoted(const char16_t* base, const char16_t* end, const char16_t* p)
{
    const char16_t* q = p;
    for (; q < end && *q != u'"'; ++q) {
        // Excel writes a bare LF inside a cell; CRLF and CR are counted as one line break too.
        if (*q == u'\r') {
            ++m_line;
        } else if (*q == u'\n') {
            const bool afterCR = q > base ? q[-1] == u'\r' : m_prevTextEndedWithCR;
            if (!afterCR)
                ++m_line;
        }
    }
    if (!appendToField(p, q))
        return Step::Error;
    m_pos = static_cast<std::size_t>(q - base);
    if (q == end)
        return Step::Next;
    ++m_pos;
    m_state = State::QuoteInQuoted;
    return Step::Next;
}

inline CsvReader::Step CsvReader::parseText(QStringList& fields, const char16_t* base, const char16_t* end,
                                            const char16_t* p)
{
    switch (m_state) {
    case State::FieldStart:
        if (*p == u'"') {
            m_state = State::Quoted;
            m_quoteLine = m_line;
            ++m_pos;
            return Step::Next;
        }
        m_state = State::Unquoted;
        return unquoted(fields, base, end, p);
    case State::Unquoted:
        return unquoted(fields, base, end, p);
    case State::Quoted:
        return quoted(base, end, p);
    case State::QuoteInQuoted:
        if (*p == u'"') {
            if (!appendToField(p, p + 1))
                return Step::Error;
            ++m_pos;
            m_state = State::Quoted;
            return Step::Next;
        }
        // `"abc"def`: Excel ends the quoted part and keeps the rest of the cell as plain text.
        m_state = State::Unquoted;
        return Step::Next;
    }
    return Step::Error;
}

CsvReader::Parse CsvReader::parseRecord(QStringList& fields)
{
    m_fieldCount = 0;
    m_field = nullptr;
    m_rowHasContent = false;
    m_state = State::FieldStart;
    bool started = false;

    for (;;) {
        Step step = Step::Next;
        if (m_pos == m_text.size()) {
            step = atTextEnd(started);
        } else {
            const char16_t* const base = m_text.data();
            const char16_t* const p = base + m_pos;
            if (!started) {
                if (m_skipLF) {
                    m_skipLF = false;
                    if (*p == u'\n') {
                        ++m_pos;
                        continue;
                    }
                }
                started = true;
                ++m_rowCount;
                m_recordLine = m_line;
                if (!startField(fields))
                    return Parse::Error;
            }
            step = parseText(fields, base, base + m_text.size(), p);
        }
        switch (step) {
        case Step::Next:
            continue;
        case Step::Record:
            return Parse::Record;
        case Step::End:
            return Parse::End;
        case Step::Error:
            return Parse::Error;
        }
    }
}

} // namespace jb::core
