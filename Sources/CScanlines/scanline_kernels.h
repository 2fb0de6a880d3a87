// The scanline kernels, written for the vectorizer; included twice by scanlines.c, with `KERNEL`
// naming each copy (an AVX2 one and one for any processor), hence no include guard.

// Four pixels at a time: one 16-byte load, a shuffle that keeps R, G and B of each (Cairo's
// native-endian pixels are B, G, R, A in memory), and a 16-byte store of which 12 count; the next
// store overwrites the rest, and the row's last pixels go one by one so that nothing is written
// past it (on big-endian machines, where the bytes are A, R, G, B, only the one-by-one loop
// runs). Measured on the 16 benchmark figures: 21 million instructions, against 26 million
// for the one-by-one loop alone, which the vectorizer turns into longer sequences of shuffles.
static void KERNEL(pack_row)(const uint8_t *restrict row, size_t width, uint8_t *restrict out) {
    typedef uint8_t bytes16 __attribute__((vector_size(16)));
    size_t x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; x + 6 <= width; x += 4) {
        bytes16 four;
        memcpy(&four, row + 4 * x, 16);
        bytes16 rgb = __builtin_shufflevector(four, four, 2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, 0, 0, 0, 0);
        memcpy(out + 3 * x, &rgb, 16);
    }
#endif
    for (; x < width; x++) {
        uint32_t p;
        memcpy(&p, row + 4 * x, 4);
        out[3 * x] = (uint8_t)(p >> 16);
        out[3 * x + 1] = (uint8_t)(p >> 8);
        out[3 * x + 2] = (uint8_t)p;
    }
}

// How many of the n bytes of `a` differ from those of `b` (a row of zeros, to count nonzero bytes).
static size_t KERNEL(differing_bytes)(const uint8_t *restrict a, const uint8_t *restrict b, size_t n) {
    size_t total = 0;
    for (size_t start = 0; start < n; start += CHUNK) {
        size_t end = n - start < CHUNK ? n : start + CHUNK;
        uint8_t z = 0;
        for (size_t i = start; i < end; i++) z += a[i] != b[i];
        total += z;
    }
    return total;
}

// The sum of the bytes' magnitudes, each read as a signed byte, of `cur` minus `up`.
static uint64_t KERNEL(magnitude)(const uint8_t *restrict cur, const uint8_t *restrict up, size_t n) {
    uint64_t total = 0;
    for (size_t start = 0; start < n; start += CHUNK) {
        size_t end = n - start < CHUNK ? n : start + CHUNK;
        uint16_t m = 0;
        for (size_t i = start; i < end; i++) {
            int8_t d = (int8_t)(uint8_t)(cur[i] - up[i]);
            m += (uint16_t)(d < 0 ? -d : d);
        }
        total += m;
    }
    return total;
}

static void KERNEL(sub_filter)(const uint8_t *restrict cur, size_t n, size_t bpp, uint8_t *restrict out) {
    for (size_t i = 0; i < bpp && i < n; i++) out[i] = cur[i];
    for (size_t i = bpp; i < n; i++) out[i] = (uint8_t)(cur[i] - cur[i - bpp]);
}

// PAETH predicts each byte from the one to its left (a), above (b) and above-left (c): whichever
// is nearest to a + b - c, ties going to a, then b. For the first pixel a = c = 0, which leaves b.
// The distances are taken in bytes without overflow: |b - c| and |a - c| directly, and
// |a + b - 2c| as their sum (saturated at 255, which compares alike) when b - c and a - c have
// the same sign, else their difference. The loop has no branches the vectorizer cannot turn
// into selects. Bytes `from` up to `to` are written.
static void KERNEL(paeth_filter)(const uint8_t *restrict cur, const uint8_t *restrict up, size_t from, size_t to, size_t bpp,
                         uint8_t *restrict out) {
    size_t i = from;
    for (; i < bpp && i < to; i++) out[i] = (uint8_t)(cur[i] - up[i]);
    for (; i < to; i++) {
        uint8_t a = cur[i - bpp], b = up[i], c = up[i - bpp];
        uint8_t pa = b > c ? (uint8_t)(b - c) : (uint8_t)(c - b);
        uint8_t pb = a > c ? (uint8_t)(a - c) : (uint8_t)(c - a);
        uint8_t sum = (uint8_t)(pa + pb);
        sum = sum < pa ? 255 : sum;
        uint8_t difference = pa > pb ? (uint8_t)(pa - pb) : (uint8_t)(pb - pa);
        uint8_t pc = (b >= c) == (a >= c) ? sum : difference;
        uint8_t predicted = ((pa <= pb) & (pa <= pc)) ? a : (pb <= pc ? b : c);
        out[i] = (uint8_t)(cur[i] - predicted);
    }
}

// `dest` may be `cur` itself (filtering in place).
static void KERNEL(up_filter)(uint8_t *dest, const uint8_t *cur, const uint8_t *restrict up, size_t n) {
    for (size_t i = 0; i < n; i++) dest[i] = (uint8_t)(cur[i] - up[i]);
}

// Sets a bit for each block of 8 pixels (the last may be shorter) in which two rows of Cairo
// RGB24 pixels differ in colour (the top byte is undefined), 64 blocks a word; returns how many
// blocks there are. A block is one 32-byte comparison: its lanes are folded into one word, which
// the vectorizer turns into a single test.
static size_t KERNEL(differing_blocks)(const uint32_t *restrict a, const uint32_t *restrict b, size_t width,
                               uint64_t *restrict bits) {
    typedef uint32_t words8 __attribute__((vector_size(32)));
    typedef uint64_t longs4 __attribute__((vector_size(32)));
    const words8 mask = {0x00FFFFFFu, 0x00FFFFFFu, 0x00FFFFFFu, 0x00FFFFFFu,
                         0x00FFFFFFu, 0x00FFFFFFu, 0x00FFFFFFu, 0x00FFFFFFu};
    size_t whole = width / 8, blocks = (width + 7) / 8;
    for (size_t w = 0; 64 * w < blocks; w++) {
        uint64_t word = 0;
        size_t end = 64 * w + 64 < whole ? 64 * w + 64 : whole;
        for (size_t k = 64 * w; k < end; k++) {
            words8 x, y;
            memcpy(&x, a + 8 * k, 32);
            memcpy(&y, b + 8 * k, 32);
            longs4 d = (longs4)((x ^ y) & mask);
            word |= (uint64_t)((d[0] | d[1] | d[2] | d[3]) != 0) << (k - 64 * w);
        }
        if (whole < blocks && whole >= 64 * w && whole < 64 * w + 64) {
            uint32_t d = 0;
            for (size_t x = whole * 8; x < width; x++) d |= (a[x] ^ b[x]) & 0x00FFFFFFu;
            word |= (uint64_t)(d != 0) << (whole - 64 * w);
        }
        bits[w] = word;
    }
    return blocks;
}

// SUB's nonzero bytes of `row` from `from` up to `to` (SUB reads the byte `bpp` to the left,
// 0 before the row), counted in 8-bit lanes as `differing_bytes` does.
static size_t KERNEL(sub_nonzero)(const uint8_t *restrict row, size_t from, size_t to, size_t bpp) {
    size_t total = 0, i = from;
    for (; i < to && i < bpp; i++) total += row[i] != 0;
    for (size_t start = i; start < to; start += CHUNK) {
        size_t end = to - start < CHUNK ? to : start + CHUNK;
        uint8_t z = 0;
        for (size_t j = start; j < end; j++) z += row[j] != row[j - bpp];
        total += z;
    }
    return total;
}
