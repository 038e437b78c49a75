// Encoding detection and streaming decoding for imported lists.

#include "core/import/reading/TextDecoding.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace jb::core {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

std::unique_ptr<QStringDecoder> makeDecoder(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return nullptr; // see Utf8Decoder
    case TextEncoding::Gb18030:
        // Not one of Qt's built-in codecs: this needs Qt built with ICU (Debian's is). "GBK" is not accepted
        // by encodingForName, and GB18030 decodes every GBK file anyway.
        return std::make_unique<QStringDecoder>("GB18030");
    case TextEncoding::Utf16LeBom:
        return std::make_unique<QStringDecoder>(QStringDecoder::Utf16LE);
    case TextEncoding::Utf16BeBom:
        return std::make_unique<QStringDecoder>(QStringDecoder::Utf16BE);
    }
    return nullptr;
}

bool isUtf8(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 || encoding == TextEncoding::Utf8Bom;
}

// In GB18030 a byte in 00–2F or 3A–3F is always a character of its own (never a lead, trail or the digit of a
// four-byte sequence), so a decoder has nothing pending after it. CSV has one every few bytes: , " CR LF.
bool endsGb18030Character(char byte)
{
    const auto c = static_cast<unsigned char>(byte);
    return c <= 0x2F || (c >= 0x3A && c <= 0x3F);
}

// Copies the plain ASCII bytes from p[i] on to `out`, eight at a time where it can (IDs, phones, dates and
// commas); returns where the first other byte is, or n.
qsizetype copyAscii(const unsigned char* p, qsizetype i, qsizetype n, char16_t*& out)
{
    while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, p + i, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
        for (int k = 0; k < 8; ++k)
            *out++ = p[i + k];
        i += 8;
    }
    while (i < n && p[i] < 0x80)
        *out++ = p[i++];
    return i;
}

// GB18030's two-byte characters (all of GBK: every Chinese character a list holds) to UTF-16, taken from ICU
// itself once: lead byte 81–FE, trail 40–FE. An entry is 0 where the pair is not a plain one-unit character
// (trail 7F, or something ICU would replace); the table is empty if ICU is missing or answers unexpectedly.
struct GbkTable
{
    static constexpr int kTrails = 0xFE - 0x40 + 1;
    std::vector<char16_t> units; // (lead - 0x81) * kTrails + (trail - 0x40)
};

const GbkTable& gbkTable()
{
    static const GbkTable table = [] {
        GbkTable t;
        QByteArray pairs;
        for (int lead = 0x81; lead <= 0xFE; ++lead)
            for (int trail = 0x40; trail <= 0xFE; ++trail)
                if (trail != 0x7F) {
                    pairs.append(static_cast<char>(lead));
                    pairs.append(static_cast<char>(trail));
                }
        QStringDecoder decoder("GB18030");
        if (!decoder.isValid())
            return t;
        const QString text = decoder.decode(pairs);
        if (decoder.hasError() || text.size() != pairs.size() / 2)
            return t;
        t.units.assign(static_cast<std::size_t>(0xFE - 0x81 + 1) * GbkTable::kTrails, 0);
        qsizetype k = 0;
        for (int lead = 0x81; lead <= 0xFE; ++lead)
            for (int trail = 0x40; trail <= 0xFE; ++trail)
                if (trail != 0x7F) {
                    const char16_t u = text.at(k++).unicode();
                    if (u != kReplacement && !QChar::isSurrogate(u))
                        t.units[static_cast<std::size_t>((lead - 0x81) * GbkTable::kTrails + (trail - 0x40))] = u;
                }
        return t;
    }();
    return table;
}

// Decodes `bytes` if they are only ASCII and two-byte characters of the table, appending to `out`; otherwise
// appends nothing and returns false (four-byte sequences and invalid bytes are left to ICU). Given input that
// starts where ICU has nothing pending, the text is ICU's to the unit: the table is ICU's own answer.
bool decodeGbkPairs(QByteArrayView bytes, std::vector<char16_t>& out)
{
    const GbkTable& table = gbkTable();
    if (table.units.empty())
        return false;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    const std::size_t old = out.size();
    out.resize(old + static_cast<std::size_t>(n));
    char16_t* o = out.data() + old;
    qsizetype i = 0;
    while (i < n) {
        i = copyAscii(p, i, n, o);
        if (i >= n)
            break;
        const unsigned char c = p[i];
        const unsigned char trail = i + 1 < n ? p[i + 1] : 0;
        if (c == 0x80 || c == 0xFF || trail < 0x40 || trail == 0xFF) {
            out.resize(old);
            return false;
        }
        const char16_t u = table.units[static_cast<std::size_t>((c - 0x81) * GbkTable::kTrails + (trail - 0x40))];
        if (u == 0) {
            out.resize(old);
            return false;
        }
        *o++ = u;
        i += 2;
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return true;
}

// Held-back bytes are passed on anyway beyond this, so a file without a single safe byte cannot grow memory.
constexpr qsizetype kMaxCarry = 64 * 1024;

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Utf16LeBom:
        return QStringLiteral("UTF-16LE (BOM)");
    case TextEncoding::Utf16BeBom:
        return QStringLiteral("UTF-16BE (BOM)");
    }
    return QString();
}

std::optional<Bom> detectBom(QByteArrayView head)
{
    const auto byteAt = [&](qsizetype i) { return static_cast<unsigned char>(head.at(i)); };
    if (head.size() >= 3 && byteAt(0) == 0xEF && byteAt(1) == 0xBB && byteAt(2) == 0xBF)
        return Bom{TextEncoding::Utf8Bom, 3};
    if (head.size() >= 2 && byteAt(0) == 0xFF && byteAt(1) == 0xFE)
        return Bom{TextEncoding::Utf16LeBom, 2};
    if (head.size() >= 2 && byteAt(0) == 0xFE && byteAt(1) == 0xFF)
        return Bom{TextEncoding::Utf16BeBom, 2};
    return std::nullopt;
}

qsizetype Utf8Validator::fail(qsizetype at)
{
    m_invalid = true;
    return at < 0 ? 0 : at;
}

// The helpers of feed(), inline in this file: an import validates its whole file before reading it.

inline qsizetype Utf8Validator::skipWhole(const unsigned char* p, qsizetype i, qsizetype n, qsizetype& bad)
{
    for (;;) {
        // Lists are mostly ASCII digits and punctuation: skip eight plain bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            return i;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        // Whole two- and three-byte sequences inside this piece (all of Chinese) in one step; the rest, and
        // sequences cut by the end of the piece, go through the general state machine.
        if (i + 3 >= n)
            return i;
        const bool cont1 = (p[i + 1] & 0xC0) == 0x80;
        if (c >= 0xC2 && c <= 0xDF) {
            if (!cont1) {
                bad = i;
                return i;
            }
            i += 2;
            m_sawNonAscii = true;
        } else if (c >= 0xE1 && c <= 0xEF && c != 0xED) {
            if (!cont1 || (p[i + 2] & 0xC0) != 0x80) {
                bad = i;
                return i;
            }
            i += 3;
            m_sawNonAscii = true;
        } else {
            return i;
        }
    }
}

inline bool Utf8Validator::startSequence(unsigned char c)
{
    m_lower = 0x80;
    m_upper = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        m_needed = 1;
    } else if (c == 0xE0) {
        m_needed = 2;
        m_lower = 0xA0; // shorter forms are overlong
    } else if (c == 0xED) {
        m_needed = 2;
        m_upper = 0x9F; // D800–DFFF are surrogates, not characters
    } else if (c >= 0xE1 && c <= 0xEF) {
        m_needed = 2;
    } else if (c == 0xF0) {
        m_needed = 3;
        m_lower = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) {
        m_needed = 3;
    } else if (c == 0xF4) {
        m_needed = 3;
        m_upper = 0x8F; // nothing above U+10FFFF
    } else {
        return false;
    }
    m_pending = 1;
    return true;
}

inline bool Utf8Validator::continueSequence(unsigned char c)
{
    if (c < m_lower || c > m_upper)
        return false;
    m_lower = 0x80;
    m_upper = 0xBF;
    ++m_pending;
    if (--m_needed == 0) {
        m_pending = 0;
        m_sawNonAscii = true;
    }
    return true;
}

qsizetype Utf8Validator::feed(QByteArrayView bytes)
{
    if (m_invalid)
        return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    qsizetype sequenceStart = -m_pending; // negative: the sequence began in an earlier piece
    while (i < n) {
        if (m_needed == 0) {
            qsizetype bad = -1;
            i = skipWhole(p, i, n, bad);
            if (bad >= 0)
                return fail(bad);
            if (i >= n)
                break;
            sequenceStart = i;
            if (!startSequence(p[i]))
                return fail(sequenceStart);
            ++i;
        } else {
            if (!continueSequence(p[i]))
                return fail(sequenceStart);
            ++i;
        }
    }
    return -1;
}

char16_t* Utf8Decoder::decode(QByteArrayView bytes, char16_t* out)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_needed == 0) {
            i = copyAscii(p, i, n, out);
            if (i >= n)
                break;
            const unsigned char c = p[i]; // 80–FF
            // Whole two- and three-byte sequences in one step (E0 and ED have narrower second bytes: slow path).
            if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
                (p[i + 2] & 0xC0) == 0x80) {
                *out++ = static_cast<char16_t>(((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F));
                i += 3;
                continue;
            }
            if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
                *out++ = static_cast<char16_t>(((c & 0x1F) << 6) | (p[i + 1] & 0x3F));
                i += 2;
                continue;
            }
            m_lower = 0x80;
            m_upper = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                m_needed = 1;
                m_codePoint = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                m_needed = 2;
                m_codePoint = c & 0x0F;
                if (c == 0xE0)
                    m_lower = 0xA0;
                else if (c == 0xED)
                    m_upper = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                m_needed = 3;
                m_codePoint = c & 0x07;
                if (c == 0xF0)
                    m_lower = 0x90;
                else if (c == 0xF4)
                    m_upper = 0x8F;
            } else {
                *out++ = kReplacement; // a stray continuation byte or a byte that never occurs in UTF-8
                m_error = true;
            }
            ++i;
            continue;
        }
        const unsigned char c = p[i];
        if (c < m_lower || c > m_upper) {
            // The bytes so far are a maximal ill-formed subpart: one U+FFFD, and c is read again as a new start.
            *out++ = kReplacement;
            m_error = true;
            m_needed = 0;
            continue;
        }
        m_codePoint = (m_codePoint << 6) | (c & 0x3F);
        m_lower = 0x80;
        m_upper = 0xBF;
        ++i;
        if (--m_needed == 0) {
            if (m_codePoint >= 0x10000) {
                *out++ = QChar::highSurrogate(m_codePoint);
                *out++ = QChar::lowSurrogate(m_codePoint);
            } else {
                *out++ = static_cast<char16_t>(m_codePoint);
            }
        }
    }
    return out;
}

char16_t* Utf8Decoder::finish(char16_t* out)
{
    if (m_needed > 0) {
        *out++ = kReplacement;
        m_error = true;
        m_needed = 0;
    }
    return out;
}

StreamDecoder::StreamDecoder(TextEncoding encoding, bool verifyUtf8)
    : m_encoding(encoding), m_verify(verifyUtf8 && isUtf8(encoding))
{
    setDecoder();
}

void StreamDecoder::setDecoder()
{
    m_decoder = makeDecoder(m_encoding);
    m_utf8 = isUtf8(m_encoding) ? std::make_unique<Utf8Decoder>() : nullptr;
}

void StreamDecoder::decodeInto(QByteArrayView bytes, std::vector<char16_t>& out)
{
    if (bytes.isEmpty())
        return;
    m_totalBytes += bytes.size();
    const std::size_t old = out.size();
    if (m_utf8) {
        out.resize(old + static_cast<std::size_t>(bytes.size()) + 4);
        const char16_t* const end = m_utf8->decode(bytes, out.data() + old);
        out.resize(static_cast<std::size_t>(end - out.data()));
        return;
    }
    // GB18030 pieces start where ICU has nothing pending (see feed()); ICU's own table is then 5× quicker.
    const bool gb18030 = m_encoding == TextEncoding::Gb18030;
    if (gb18030 && m_decoderIdle && decodeGbkPairs(bytes, out))
        return;
    out.resize(old + static_cast<std::size_t>(m_decoder->requiredSpace(bytes.size())));
    QChar* const begin = reinterpret_cast<QChar*>(out.data() + old);
    QChar* const end = m_decoder->appendToBuffer(begin, bytes);
    out.resize(old + static_cast<std::size_t>(end - begin));
    if (gb18030)
        m_decoderIdle = endsGb18030Character(bytes.back());
}

void StreamDecoder::feed(QByteArrayView bytes, std::vector<char16_t>& out)
{
    // Qt's and ICU's stateful decoders do not always treat a broken sequence cut between two calls as they treat
    // it whole (ICU drops the digit in 9B 32 | 32), so they only get input cut where nothing can be pending: the
    // records must not depend on where the chunks fall. Utf8Decoder is exact and needs no such care.
    if (m_utf8) {
        decodeInto(bytes, out);
        return;
    }
    if (m_encoding == TextEncoding::Gb18030) {
        qsizetype last = bytes.size();
        while (last > 0 && !endsGb18030Character(bytes.at(last - 1)))
            --last;
        if (last == 0) {
            m_carry.append(bytes.data(), bytes.size());
            if (m_carry.size() > kMaxCarry) {
                decodeInto(m_carry, out);
                m_carry.clear();
            }
            return;
        }
        qsizetype first = 0;
        while (!endsGb18030Character(bytes.at(first)))
            ++first;
        ++first;
        if (!m_carry.isEmpty()) {
            m_carry.append(bytes.data(), first);
            decodeInto(m_carry, out);
            m_carry.clear();
        } else {
            decodeInto(bytes.first(first), out);
        }
        decodeInto(bytes.sliced(first, last - first), out);
        m_carry = bytes.sliced(last).toByteArray();
        return;
    }
    // UTF-16: whole code units, and never a high surrogate without its low one.
    QByteArrayView input = bytes;
    if (!m_carry.isEmpty()) {
        m_joined = m_carry;
        m_joined.append(bytes.data(), bytes.size());
        input = m_joined;
    }
    qsizetype keep = input.size() % 2;
    if (input.size() - keep >= 2) {
        const auto a = static_cast<unsigned char>(input.at(input.size() - keep - 2));
        const auto b = static_cast<unsigned char>(input.at(input.size() - keep - 1));
        const char16_t unit = m_encoding == TextEncoding::Utf16LeBom ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
        if (QChar::isHighSurrogate(unit))
            keep += 2;
    }
    decodeInto(input.first(input.size() - keep), out);
    m_carry = input.last(keep).toByteArray();
}

bool StreamDecoder::decode(QByteArrayView bytes, std::vector<char16_t>& out)
{
    if (m_failed)
        return false;
    if (!m_verify) {
        feed(bytes, out);
        return true;
    }

    const qsizetype carried = m_carry.size();
    const qsizetype bad = m_validator.feed(bytes);
    QByteArrayView input = bytes;
    if (carried > 0) {
        m_joined = m_carry;
        m_joined.append(bytes.data(), bytes.size());
        input = m_joined;
        m_carry.clear();
    }

    if (bad < 0) {
        // Decode only whole characters, so that a switch to GB18030 never has to undo half of one.
        const qsizetype keep = m_validator.pendingBytes();
        decodeInto(input.first(input.size() - keep), out);
        m_carry = input.last(keep).toByteArray();
        if (m_validator.sawNonAscii())
            m_decodedNonAscii = true;
        return true;
    }

    if (!m_decodedNonAscii) {
        // Only ASCII so far, which reads the same in GB18030: switch without anything to undo.
        m_encoding = TextEncoding::Gb18030;
        m_verify = false;
        setDecoder();
        m_carry.clear(); // it is part of input
        feed(input, out);
        return true;
    }

    // A carried sequence is always the one that failed when bad == 0.
    const qsizetype badInInput = (carried > 0 && bad == 0) ? 0 : carried + bad;
    decodeInto(input.first(badInInput), out);
    m_failed = true;
    return false;
}

void StreamDecoder::finish(std::vector<char16_t>& out)
{
    if (m_failed)
        return;
    if (m_verify && !m_carry.isEmpty()) {
        if (!m_decodedNonAscii) {
            // ASCII then a cut-off sequence: by the rule the file is not UTF-8, so read the rest as GB18030.
            m_encoding = TextEncoding::Gb18030;
            m_verify = false;
            setDecoder(); // m_carry is decoded below, as any bytes held back at the end
        } else {
            out.push_back(kReplacement);
            m_replaced = true;
            m_carry.clear();
            return;
        }
    }
    if (!m_utf8 && !m_carry.isEmpty()) {
        decodeInto(m_carry, out);
        m_carry.clear();
    }
    if (m_utf8) {
        out.resize(out.size() + 1);
        const char16_t* const end = m_utf8->finish(out.data() + out.size() - 1);
        out.resize(static_cast<std::size_t>(end - out.data()));
        return;
    }
    if (m_encoding == TextEncoding::Utf16LeBom || m_encoding == TextEncoding::Utf16BeBom) {
        if (m_totalBytes % 2 != 0) {
            out.push_back(kReplacement);
            m_replaced = true;
        }
        return;
    }
    // A stateful decoder silently keeps a cut-off character: a line break after it forces it out as U+FFFD
    // (and an error flag); the line break itself is not part of the file and is taken back.
    const std::size_t before = out.size();
    decodeInto(QByteArrayView("\n", 1), out);
    if (out.size() > before && out.back() == u'\n')
        out.pop_back();
}

} // namespace jb::core
