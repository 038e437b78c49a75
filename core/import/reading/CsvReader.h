#pragma once
// CsvReader: reads the lists officers receive as CSV saved by Excel, one record at a time, without ever holding
// the file in memory. It decides the encoding (BOM, else strict UTF-8, else GB18030), the delimiter and the
// header row (which may sit below title rows), and hands out raw cell text: normalisation and validation belong
// to the importer that calls it.

#include "core/Expected.h"
#include "core/Message.h"
#include "core/import/reading/TextDecoding.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <vector>

class QFile;
class QIODevice;

namespace jb::core {

struct CsvOptions
{
    enum class Encoding { Auto, Utf8, Gb18030 };
    Encoding encoding = Encoding::Auto;
    QChar delimiter;              // null: sniffed from the first records
    int maxTitleRows = 10;        // rows above the header that may be titles
    int maxFieldLength = 1 << 20; // characters; Excel holds at most 32,767 per cell, so more means a lost quote
    int maxColumns = 16384;       // Excel's column limit
    int chunkBytes = 64 * 1024;   // bytes decoded at a time; tests use tiny chunks to hit every boundary
};

struct CsvRecord
{
    qint64 line = 0;    // 1-based physical line where the record starts
    qint64 row = 0;     // 1-based row number as Excel shows it (every record counts, blank ones too)
    QStringList fields; // raw text without the quoting; at least as many cells as the header
};

class CsvReader final
{
public:
    // The device must be open for reading and deliver its data synchronously (QFile, QBuffer, stdin).
    // A seekable device is read twice at most up to the first non-UTF-8 byte, to decide the encoding.
    explicit CsvReader(QIODevice* device, CsvOptions options = {});
    explicit CsvReader(const QString& path, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Decides encoding and delimiter and finds the header row. Fails on an unreadable or empty file.
    Status open();

    TextEncoding encoding() const { return m_decoder.encoding(); }
    QString encodingName() const { return textEncodingName(encoding()); }
    QChar delimiter() const { return m_delimiter; }
    qint64 headerLine() const { return m_headerLine; }
    qint64 headerRow() const { return m_headerRow; }
    // Header cells, half-width and trimmed, trailing empty cells dropped; indexes match CsvRecord::fields.
    QStringList header() const { return m_header; }
    // Columns to skip: row numbers (序号) that Excel users add and that carry no data.
    QVector<int> ignoredColumns() const { return m_ignoredColumns; }
    // The text of the rows above the header, e.g. "肥东县2024年企业用工需求清单".
    QStringList titleRows() const { return m_titleRows; }

    // The next data record that is not blank (a row of empty cells, or with only its 序号 filled).
    // Rows shorter than the header are padded with empty cells; longer rows keep their extra cells except
    // trailing empty ones (Excel pads rows to the widest ever used). False at the end or on an error.
    bool next(CsvRecord& record);

    bool hasError() const { return !m_error.isEmpty(); }
    // Why reading stopped, in the chosen language (errorMessage() to pass it on untranslated).
    QString error() const { return m_error.text(); }
    const Message& errorMessage() const { return m_error; }
    // Set when some bytes were not valid in the chosen encoding and became U+FFFD (first place only).
    QString warning() const { return m_warning.text(); }
    const Message& warningMessage() const { return m_warning; }

    qint64 blankRowsSkipped() const { return m_blankRows; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; } // -1 when the device cannot tell

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    enum class Parse { Record, End, Error };
    enum class Fill { More, End, Error };

    Status decideEncoding();
    Status chooseDelimiter();
    Status findHeader();
    Fill decodeMore();
    Fill refill();
    Parse parseRecord(QStringList& fields);
    // parseRecord's steps: what to do after the text ran out, and after one state's worth of text.
    enum class Step { Next, Record, End, Error };
    Step atTextEnd(bool started);
    Step parseText(QStringList& fields, const char16_t* base, const char16_t* end, const char16_t* p);
    Step unquoted(QStringList& fields, const char16_t* base, const char16_t* end, const char16_t* p);
    Step quoted(const char16_t* base, const char16_t* end, const char16_t* p);
    bool startField(QStringList& fields);
    bool appendToField(const char16_t* from, const char16_t* to);
    void endField();
    void finishRow(QStringList& fields, int fieldCount) const;
    bool hasData(const QStringList& fields, int fieldCount) const;
    void noteReplacements(std::size_t from);
    qint64 lineAt(std::size_t textIndex) const;
    Status failOpen(Message message);

    CsvOptions m_options;
    std::unique_ptr<QFile> m_ownedFile;
    QIODevice* m_device = nullptr;
    bool m_opened = false;

    StreamDecoder m_decoder;
    QByteArray m_head;            // bytes read while looking for a BOM, decoded before anything else
    QByteArray m_bytes;           // read buffer
    std::vector<char16_t> m_text; // decoded text not yet parsed, from m_pos
    std::size_t m_pos = 0;
    bool m_inputEnded = false;
    bool m_prevTextEndedWithCR = false;
    Message m_deferredError;    // input error, raised once the text before it has been parsed
    Message m_headerPhaseError; // parse error met while looking for the header, raised after those rows

    QChar m_delimiter;
    State m_state = State::FieldStart;
    QString* m_field = nullptr;
    int m_fieldCount = 0;
    qsizetype m_fieldLength = 0; // characters of the current field written so far
    bool m_rowHasContent = false;
    bool m_skipLF = false; // a CR ended the last record; a LF right after it belongs to the same line break
    qint64 m_line = 1;     // physical line of the parse position
    qint64 m_rowCount = 0; // records parsed, blank ones included
    qint64 m_recordLine = 0;
    qint64 m_quoteLine = 0;

    std::vector<CsvRecord> m_pending; // rows read while looking for the header, handed out first
    std::size_t m_pendingNext = 0;
    QStringList m_header;
    int m_headerWidth = 0;
    QVector<int> m_ignoredColumns;
    QStringList m_titleRows;
    qint64 m_headerLine = 0;
    qint64 m_headerRow = 0;

    Message m_error;
    Message m_warning;
    qint64 m_blankRows = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = -1;
};

} // namespace jb::core
