#pragma once
// DemoRandom: the demo generator's own pseudo-random numbers. std:: distributions are implementation-defined, so
// the same seed would give different demo files on GCC, Clang and MSVC; everything here is plain integer arithmetic
// (xoshiro256** seeded through splitmix64) and gives the same sequence on every platform.
//
// WeightedPicker: picks an index with probability proportional to integer weights (binary search over running
// sums), for tables too long to scan linearly.
//
// U64Set: an insert-only open-addressing set of 64-bit keys, to keep generated identifiers unique without a
// node allocation per key (a million resident ID numbers).

#include <QtGlobal>
#include <algorithm>
#include <initializer_list>
#include <vector>

namespace jb::core::demo {

inline quint64 splitMix64(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class DemoRandom final
{
public:
    // `stream` separates the parts of the demo (enterprises, workers, ...) so changing one count does not reshuffle
    // everything generated after it.
    explicit DemoRandom(quint64 seed, quint64 stream = 0)
    {
        quint64 x = seed ^ (0xD1B54A32D192ED03ULL * (stream + 1));
        for (quint64& s : m_s)
            s = splitMix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n); rejection removes the modulo bias. n == 0 gives 0.
    quint64 below(quint64 n)
    {
        if (n <= 1)
            return 0;
        const quint64 threshold = (0 - n) % n;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    // Uniform in [lo, hi], both inclusive; lo when hi < lo.
    int range(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        return lo + static_cast<int>(below(static_cast<quint64>(static_cast<qint64>(hi) - lo + 1)));
    }

    qint64 range64(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + static_cast<qint64>(below(static_cast<quint64>(hi - lo + 1)));
    }

    bool percent(int p) { return static_cast<int>(below(100)) < p; }
    bool perMille(int p) { return static_cast<int>(below(1000)) < p; }

    // Skewed towards lo: the smaller of two (or three) draws, for headcounts, delays and other long tails.
    int skewedLow(int lo, int hi, int draws = 2)
    {
        int v = range(lo, hi);
        for (int i = 1; i < draws; ++i)
            v = std::min(v, range(lo, hi));
        return v;
    }

    // Index into a short weight list, linear scan. Total weight must be > 0.
    int pick(std::initializer_list<int> weights) { return pick(weights.begin(), weights.size()); }
    int pick(const int* weights, size_t count)
    {
        qint64 total = 0;
        for (size_t i = 0; i < count; ++i)
            total += weights[i];
        qint64 r = static_cast<qint64>(below(static_cast<quint64>(total)));
        for (size_t i = 0; i < count; ++i) {
            r -= weights[i];
            if (r < 0)
                return static_cast<int>(i);
        }
        return static_cast<int>(count) - 1;
    }

    // In-place Fisher–Yates shuffle of the first `count` elements.
    template <typename T> void shuffle(T* data, size_t count)
    {
        for (size_t i = count; i > 1; --i)
            std::swap(data[i - 1], data[below(i)]);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4] = {};
};

class WeightedPicker final
{
public:
    WeightedPicker() = default;
    explicit WeightedPicker(const std::vector<qint64>& weights) { reset(weights); }

    void reset(const std::vector<qint64>& weights)
    {
        m_cumulative.clear();
        m_cumulative.reserve(weights.size());
        qint64 total = 0;
        for (qint64 w : weights) {
            total += std::max<qint64>(w, 0);
            m_cumulative.push_back(total);
        }
    }
    bool empty() const { return m_cumulative.empty() || m_cumulative.back() == 0; }
    qint64 total() const { return m_cumulative.empty() ? 0 : m_cumulative.back(); }

    int pick(DemoRandom& rng) const
    {
        const qint64 r = static_cast<qint64>(rng.below(static_cast<quint64>(total())));
        return static_cast<int>(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
    }

private:
    std::vector<qint64> m_cumulative;
};

class U64Set final
{
public:
    explicit U64Set(size_t expected)
    {
        size_t capacity = 64;
        while (capacity < expected * 2)
            capacity *= 2;
        m_slots.assign(capacity, 0);
    }

    // Inserts the key; false if it was already present.
    bool insert(quint64 key)
    {
        const quint64 stored = key + 1; // 0 marks an empty slot
        if (m_size * 10 >= m_slots.size() * 7)
            grow();
        return place(stored);
    }

private:
    bool place(quint64 stored)
    {
        const size_t mask = m_slots.size() - 1;
        quint64 h = stored;
        size_t i = static_cast<size_t>(splitMix64(h)) & mask;
        while (m_slots[i] != 0) {
            if (m_slots[i] == stored)
                return false;
            i = (i + 1) & mask;
        }
        m_slots[i] = stored;
        ++m_size;
        return true;
    }

    void grow()
    {
        std::vector<quint64> old;
        old.swap(m_slots);
        m_slots.assign(old.size() * 2, 0);
        m_size = 0;
        for (quint64 s : old)
            if (s != 0)
                place(s);
    }

    std::vector<quint64> m_slots;
    size_t m_size = 0;
};

} // namespace jb::core::demo
