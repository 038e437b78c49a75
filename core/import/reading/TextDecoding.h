#pragma once
// Turning the bytes of an imported list into text. Chinese Excel writes GBK without a BOM, "CSV UTF-8" with a
// BOM, "Unicode text" as UTF-16 with a BOM; the rule is: BOM if present, else strict UTF-8, else GB18030 (a
// superset of GBK). The classes here let the reader apply that rule while streaming, never holding the file.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <memory>
#include <optional>
#include <vector>

namespace jb::core {

enum class TextEncoding { Utf8, Utf8Bom, Gb18030, Utf16LeBom, Utf16BeBom };

// "UTF-8 (BOM)", "UTF-8", "GB18030", "UTF-16LE (BOM)", "UTF-16BE (BOM)": shown to the officer as is.
QString textEncodingName(TextEncoding encoding);

struct Bom
{
    TextEncoding encoding;
    int length; // bytes to skip
};

// The byte-order mark at the start of `head`, if any. `head` should hold at least 3 bytes unless the file is
// shorter.
std::optional<Bom> detectBom(QByteArrayView head);

// Checks bytes for strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF: the rules of
// Utf8Decoder below) when the bytes arrive in pieces. Its one job is the yes/no answer "is this still UTF-8?".
class Utf8Validator final
{
public:
    // Returns -1 while everything fed so far is valid; else the offset in `bytes` where the invalid sequence
    // starts (0 if it started in an earlier piece). After a failure every later call fails at 0.
    qsizetype feed(QByteArrayView bytes);
    // True if the input may end here, i.e. not in the middle of a multi-byte sequence.
    bool canEnd() const { return !m_invalid && m_needed == 0; }
    bool isValid() const { return !m_invalid; }
    // Bytes of an unfinished sequence at the end of the last piece.
    int pendingBytes() const { return m_pending; }
    // A complete multi-byte sequence has been seen: the text so far is no longer plain ASCII.
    bool sawNonAscii() const { return m_sawNonAscii; }

private:
    qsizetype fail(qsizetype at);
    // feed()'s steps: ASCII and whole sequences skipped from `i` (returns where a byte-by-byte sequence starts, or
    // n; `bad` set to a malformed sequence's start), then the state machine's first and later bytes.
    qsizetype skipWhole(const unsigned char* p, qsizetype i, qsizetype n, qsizetype& bad);
    bool startSequence(unsigned char c);
    bool continueSequence(unsigned char c);

    int m_needed = 0;  // continuation bytes still expected
    int m_pending = 0; // bytes of the current unfinished sequence seen so far
    unsigned char m_lower = 0x80;
    unsigned char m_upper = 0xBF; // allowed range of the next continuation byte (narrower after E0, ED, F0, F4)
    bool m_invalid = false;
    bool m_sawNonAscii = false;
};

// UTF-8 to UTF-16, piece by piece, with its state kept exactly across pieces; each maximal ill-formed subpart
// becomes one U+FFFD (Unicode's recommended practice). Its one job is replacing QStringDecoder for UTF-8: Qt 6.4's
// stateful decoder drops the byte that follows a broken sequence cut between two calls (a line break, say), so
// the records it yields would depend on where the chunks fall.
class Utf8Decoder final
{
public:
    // Writes the text of `bytes` at `out`, which must have room for bytes.size() + 4 code units; returns the end.
    char16_t* decode(QByteArrayView bytes, char16_t* out);
    // End of input: an unfinished sequence becomes U+FFFD. Needs room for one code unit.
    char16_t* finish(char16_t* out);
    bool hasError() const { return m_error; }

private:
    char32_t m_codePoint = 0;
    int m_needed = 0;
    unsigned char m_lower = 0x80;
    unsigned char m_upper = 0xBF;
    bool m_error = false;
};

// Decodes a byte stream to UTF-16, piece by piece, with one encoding for the whole stream. In "verify" mode
// (UTF-8 chosen without having seen the whole file, i.e. a sequential device) it checks every piece and, at the
// first invalid byte, switches to GB18030 if only ASCII has been decoded so far; otherwise earlier text would
// already have been decoded the wrong way, and it fails so the reader can ask for the encoding explicitly.
class StreamDecoder final
{
public:
    StreamDecoder() = default;
    StreamDecoder(TextEncoding encoding, bool verifyUtf8);

    bool isValid() const { return m_utf8 || (m_decoder && m_decoder->isValid()); }
    TextEncoding encoding() const { return m_encoding; }

    // Appends the text of `bytes` to `out`. Returns false when the stream turned out not to be decodable
    // consistently: the text before the offending byte has been appended, later input is refused.
    bool decode(QByteArrayView bytes, std::vector<char16_t>& out);
    // End of input: bytes held back are decoded, and a character cut off by the end becomes U+FFFD.
    void finish(std::vector<char16_t>& out);
    // Some bytes were invalid in the encoding and were replaced by U+FFFD.
    bool hasReplacements() const
    {
        return m_replaced || (m_utf8 && m_utf8->hasError()) || (m_decoder && m_decoder->hasError());
    }
    bool failed() const { return m_failed; }

private:
    void setDecoder();
    void feed(QByteArrayView bytes, std::vector<char16_t>& out);
    void decodeInto(QByteArrayView bytes, std::vector<char16_t>& out);

    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_verify = false;
    bool m_failed = false;
    bool m_replaced = false;
    bool m_decodedNonAscii = false;
    qint64 m_totalBytes = 0; // to spot a UTF-16 file cut in the middle of a code unit
    // On the heap so it never moves: with Qt 6.4.2, a moved ICU-backed decoder (GB18030) never reports
    // hasError() again; the error count evidently stays with the moved-from state that ICU was given.
    std::unique_ptr<QStringDecoder> m_decoder; // GB18030, UTF-16
    std::unique_ptr<Utf8Decoder> m_utf8;       // UTF-8
    Utf8Validator m_validator;
    bool m_decoderIdle = true; // the last GB18030 piece ICU decoded ended where nothing can be pending
    QByteArray m_carry;        // bytes held back until a boundary where the decoder has nothing pending (see feed)
    QByteArray m_joined;
};

} // namespace jb::core
