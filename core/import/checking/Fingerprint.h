#pragma once
// A 64-bit fingerprint of a row's values (the import's change check, see storage/SchemaV6.cpp). Each piece is
// fed with its length, so ("ab", "c") and ("a", "bc") differ; the mixing is MurmurHash2-64's block step with a
// MurmurHash3 finaliser. Equal values always give equal fingerprints; different values collide with a chance of
// about 2^-64 per row. The numbers are stored in files, so this function must never change (change the seed
// in WorkerUpsert instead, which makes every stored fingerprint a mismatch: a slower compare, never a wrong one).

#include <cstdint>
#include <cstring>

namespace jb::core {

class Fingerprint final
{
public:
    explicit Fingerprint(std::uint64_t seed) : m_h(seed ^ kMultiplier) {}

    // `tag` (a small number saying what the bytes are) and the length go in as one word.
    void add(std::uint64_t tag, const void* data, std::size_t length)
    {
        addWord(tag | static_cast<std::uint64_t>(length) << 8);
        const auto* p = static_cast<const unsigned char*>(data);
        for (; length >= 8; p += 8, length -= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            addWord(word);
        }
        if (length > 0) {
            std::uint64_t word = 0;
            for (std::size_t i = 0; i < length; ++i)
                word |= static_cast<std::uint64_t>(p[i]) << (8 * i);
            addWord(word);
        }
    }
    void addWord(std::uint64_t k)
    {
        k *= kMultiplier;
        k ^= k >> 47;
        k *= kMultiplier;
        m_h ^= k;
        m_h *= kMultiplier;
    }
    std::uint64_t value() const
    {
        std::uint64_t h = m_h;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        h ^= h >> 33;
        return h;
    }

private:
    static constexpr std::uint64_t kMultiplier = 0xc6a4a7935bd1e995ULL;
    std::uint64_t m_h;
};

} // namespace jb::core
