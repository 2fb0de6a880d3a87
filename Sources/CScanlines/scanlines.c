// Packs Cairo's 32-bit pixels into PNG rows and filters each row with the filter that suits it.
//
// Written in C so that the compiler's vectorizer turns the repacking and the three filters into
// shuffles and byte arithmetic, 16 or 32 bytes at a time, with an AVX2 copy of the kernels taken
// where the processor has it (see `CHOOSE` below).
//
// Why a filter per row, and this choice: measured on the 16 benchmark figures (1200×480), UP
// everywhere gave 402.6 kB of PNG and choosing per row among SUB, UP and PAETH by the fewest
// nonzero bytes 390.3 kB, with the same deflate (in a C model of it, libpng's rule, the smallest
// sum of magnitudes, did 0.1 % worse, and adding NONE and AVERAGE to the candidates nothing).
// Horizontal lines and text favour SUB or PAETH; most other rows repeat the row above, which UP
// turns into zeros. The three candidates are computed only where the row differs from the row
// above; for an opaque image, whose rows are packed and filtered a row at a time while the row
// is in the cache, only there is the row packed, and SUB's count over the whole row is carried
// from the row above and corrected there (see `filter_rgb`).
#include "scanlines.h"

#include <stdbool.h>
#include <string.h>

#include "processor_features.h"

enum { FILTER_NONE = 0, FILTER_SUB = 1, FILTER_UP = 2, FILTER_PAETH = 4 };

// Rows are compared by their nonzero bytes first; the sum of magnitudes (libpng's measure) only
// breaks ties, so it is computed only then. Counts are kept in 8-bit lanes, so that the
// vectorizer handles 32 bytes a step: a chunk of 128 bytes counts at most 128, and its sum of
// magnitudes (at most 128 each) fits in 16 bits.
enum { CHUNK = 128 };

// The kernels the vectorizer works on (scanline_kernels.h) are compiled twice, for AVX2 and for
// any x86-64 processor, and `CHOOSE` picks one by the processor's features at each call. The
// compiler's `target_clones` would pick the same, but links a start-up cost into every process
// (see processor_features.c).
#if defined(__x86_64__) && defined(__clang__)
#define KERNEL(name) name##_avx2
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#include "scanline_kernels.h"
#pragma clang attribute pop
#undef KERNEL
#define CHOOSE(name) (actplot_processor_has_avx2 ? name##_avx2 : name##_any)
#else
#define CHOOSE(name) name##_any
#endif
#define KERNEL(name) name##_any
#include "scanline_kernels.h"
#undef KERNEL

// Finds the first and one past the last byte at which `a` and `b` differ; false when they are
// equal. Whole blocks of 32 bytes are compared first (a fixed-size memcmp, which compilers
// inline as vector compares), then single bytes.
static bool differing_span(const uint8_t *a, const uint8_t *b, size_t n, size_t *first, size_t *end) {
    size_t i = 0;
    while (i + 32 <= n && memcmp(a + i, b + i, 32) == 0) i += 32;
    while (i < n && a[i] == b[i]) i++;
    if (i == n) return false;
    size_t j = n;
    while (j >= i + 32 && memcmp(a + j - 32, b + j - 32, 32) == 0) j -= 32;
    while (a[j - 1] == b[j - 1]) j--;
    *first = i;
    *end = j;
    return true;
}

// The filter types of the three candidates, in the order ties go: SUB, UP, PAETH.
static const uint8_t candidate_types[3] = {FILTER_SUB, FILTER_UP, FILTER_PAETH};

// Which candidate leaves the fewest nonzero bytes (`counts`), a tie going to the smaller sum of
// magnitudes, then to the earlier candidate; `magnitude(context, k)` is asked only on a tie.
static int choose_filter(const size_t counts[3], uint64_t (*magnitude)(void *context, int filter), void *context) {
    int best = 0;
    uint64_t best_magnitude = UINT64_MAX;  // computed on the first tie
    for (int k = 1; k < 3; k++) {
        if (counts[k] > counts[best]) continue;
        if (counts[k] == counts[best]) {
            if (best_magnitude == UINT64_MAX) best_magnitude = magnitude(context, best);
            uint64_t m = magnitude(context, k);
            if (m >= best_magnitude) continue;
            best_magnitude = m;
        } else {
            best_magnitude = UINT64_MAX;
        }
        best = k;
    }
    return best;
}

// Working memory for `filter_row`: SUB's and PAETH's rows, and a row of zeros.
typedef struct {
    uint8_t *sub, *paeth, *zeros;
} candidates;

// A row, the row above and the span where they differ, for `span_magnitude`.
typedef struct {
    const candidates *c;
    const uint8_t *cur, *up;
    size_t n, first, end, paeth_end;
} row_span;

// The sum of magnitudes of SUB (0, over the whole row), UP (1) or PAETH (2) for `filter_row`.
static uint64_t span_magnitude(void *context, int filter) {
    const row_span *r = context;
    if (filter == 0) return CHOOSE(magnitude)(r->c->sub, r->c->zeros, r->n);
    if (filter == 1) return CHOOSE(magnitude)(r->cur + r->first, r->up + r->first, r->end - r->first);
    return CHOOSE(magnitude)(r->c->paeth + r->first, r->c->zeros, r->paeth_end - r->first);
}

// Writes the filter-type byte at `dest[0]` and the filtered row of `cur` (n bytes, `bpp` a
// pixel) from `dest[1]`, with `up` the unfiltered row above, or null for the first row. `dest + 1`
// may be `cur` itself.
static void filter_row(const uint8_t *cur, const uint8_t *up, size_t n, size_t bpp, uint8_t *dest,
                       const candidates *c) {
    uint8_t *out = dest + 1;
    if (up == NULL) {
        CHOOSE(sub_filter)(cur, n, bpp, c->sub);
        size_t sub_count = CHOOSE(differing_bytes)(c->sub, c->zeros, n), none_count = CHOOSE(differing_bytes)(cur, c->zeros, n);
        if (sub_count < none_count ||
            (sub_count == none_count && CHOOSE(magnitude)(c->sub, c->zeros, n) <= CHOOSE(magnitude)(cur, c->zeros, n))) {
            dest[0] = FILTER_SUB;
            memcpy(out, c->sub, n);
        } else {
            dest[0] = FILTER_NONE;
            if (out != cur) memcpy(out, cur, n);
        }
        return;
    }
    // Outside the span where the row differs from the row above, UP and PAETH leave zeros
    // (PAETH's reach extends one pixel right, through a and c); only SUB needs the whole row.
    size_t first, end;
    if (!differing_span(cur, up, n, &first, &end)) {
        dest[0] = FILTER_UP;
        memset(out, 0, n);
        return;
    }
    size_t paeth_end = end + bpp < n ? end + bpp : n;
    CHOOSE(sub_filter)(cur, n, bpp, c->sub);
    CHOOSE(paeth_filter)(cur, up, first, paeth_end, bpp, c->paeth);
    size_t counts[3] = {
        CHOOSE(differing_bytes)(c->sub, c->zeros, n), CHOOSE(differing_bytes)(cur + first, up + first, end - first),
        CHOOSE(differing_bytes)(c->paeth + first, c->zeros + first, paeth_end - first)};
    row_span span = {c, cur, up, n, first, end, paeth_end};
    int best = choose_filter(counts, span_magnitude, &span);
    dest[0] = candidate_types[best];
    if (best == 0) {
        memcpy(out, c->sub, n);
    } else if (best == 1) {
        memset(out, 0, first);
        CHOOSE(up_filter)(out + first, cur + first, up + first, end - first);
        memset(out + end, 0, n - end);
    } else {
        memset(out, 0, first);
        memcpy(out + first, c->paeth + first, paeth_end - first);
        memset(out + paeth_end, 0, n - paeth_end);
    }
}

void actplot_filter_rows(uint8_t *rows, size_t row_bytes, size_t height, size_t bpp, uint8_t *scratch) {
    if (row_bytes < 1 || height == 0) return;
    size_t n = row_bytes - 1;
    candidates c = {scratch, scratch + n, scratch + 2 * n};
    memset(c.zeros, 0, n);
    // Bottom up, so that the row above is still unfiltered when a row reads it.
    for (size_t y = height; y-- > 0;) {
        uint8_t *row = rows + y * row_bytes;
        filter_row(row + 1, y > 0 ? row + 1 - row_bytes : NULL, n, bpp, row, &c);
    }
}

// The byte ranges of a packed row where it may differ from the row above: runs of differing
// blocks, a run carried over a gap of one block. Runs are then at least two blocks (48 bytes)
// apart, so the windows `filter_islands` reads and writes around them, a pixel to either side,
// never overlap. Returns the number of ranges written to `islands` as start and end pairs.
// Found from the bits a word at a time, without a branch per block.
static size_t islands_of(uint64_t *bits, size_t blocks, size_t width, uint32_t *islands) {
    size_t words = (blocks + 63) / 64, count = 0;
    // A clear bit between two set ones joins them; the neighbours of a word's end bits are in
    // the next and previous words.
    uint64_t before = 0;
    for (size_t w = 0; w < words; w++) {
        uint64_t word = bits[w], next = w + 1 < words ? bits[w + 1] : 0;
        uint64_t left = word << 1 | before >> 63, right = word >> 1 | next << 63;
        before = word;
        bits[w] = word | (left & right);
    }
    size_t k = 0;
    while (k < blocks) {
        // The next set bit from k, then the next clear one after it.
        size_t w = k / 64;
        uint64_t rest = bits[w] & (~(uint64_t)0 << (k % 64));
        while (rest == 0 && ++w < words) rest = bits[w];
        if (rest == 0) break;
        size_t first = 64 * w + (size_t)__builtin_ctzll(rest);
        uint64_t clear = ~bits[w] & (~(uint64_t)0 << (first % 64));
        while (clear == 0 && ++w < words) clear = ~bits[w];
        size_t end = clear == 0 ? blocks : 64 * w + (size_t)__builtin_ctzll(clear);
        if (end > blocks) end = blocks;
        size_t end_pixel = 8 * end < width ? 8 * end : width;
        islands[2 * count] = (uint32_t)(3 * 8 * first);
        islands[2 * count + 1] = (uint32_t)(3 * end_pixel);
        count++;
        k = end;
    }
    return count;
}

// The opaque loop's state: the current row packed, the row above where they differ, PAETH's
// bytes, a row of zeros, SUB's row, and the islands of the current row.
typedef struct {
    uint8_t *row, *up, *paeth, *zeros, *sub;
    uint64_t *bits;
    uint32_t *islands;
    size_t island_count;
    // SUB's count of nonzero bytes over the whole current row, carried from row to row.
    size_t sub_count;
    // Bytes of a packed row, and a pixel.
    size_t n, bpp;
} rgb_state;

// The sum of magnitudes of the current row filtered with SUB (0, over the whole row), UP (1)
// or PAETH (2, its bytes already in `st->paeth`), for breaking a tie.
static uint64_t island_magnitude(void *context, int filter) {
    rgb_state *st = context;
    size_t n = st->n, bpp = st->bpp;
    if (filter == 0) {
        CHOOSE(sub_filter)(st->row, n, bpp, st->sub);
        return CHOOSE(magnitude)(st->sub, st->zeros, n);
    }
    uint64_t total = 0;
    for (size_t k = 0; k < st->island_count; k++) {
        size_t s = st->islands[2 * k], e = st->islands[2 * k + 1], pe = e + bpp < n ? e + bpp : n;
        total += filter == 1 ? CHOOSE(magnitude)(st->row + s, st->up + s, e - s) : CHOOSE(magnitude)(st->paeth + s, st->zeros + s, pe - s);
    }
    return total;
}

// Filters row y > 0 of an opaque image whose differing ranges are `st->islands` and whose row
// above `st->up` holds around them, writing the filter type and n bytes at `dest`. The choice is
// `filter_row`'s: SUB, UP and PAETH leave zeros wherever the row and the row above agree (PAETH
// one pixel further right), so their counts and magnitudes over the islands are those over the
// row, and SUB's count changes only there.
static void filter_islands(rgb_state *st, uint8_t *dest) {
    size_t n = st->n, bpp = st->bpp;
    uint8_t *out = dest + 1;
    size_t up_count = 0, paeth_count = 0;
    ptrdiff_t sub_change = 0;
    for (size_t k = 0; k < st->island_count; k++) {
        size_t s = st->islands[2 * k], e = st->islands[2 * k + 1], pe = e + bpp < n ? e + bpp : n;
        up_count += CHOOSE(differing_bytes)(st->row + s, st->up + s, e - s);
        CHOOSE(paeth_filter)(st->row, st->up, s, pe, bpp, st->paeth);
        paeth_count += CHOOSE(differing_bytes)(st->paeth + s, st->zeros + s, pe - s);
        // Bytes before `s` agree, and SUB's window of the row above starts `bpp` before it.
        sub_change += (ptrdiff_t)CHOOSE(sub_nonzero)(st->row, s, pe, bpp) - (ptrdiff_t)CHOOSE(sub_nonzero)(st->up, s, pe, bpp);
    }
    st->sub_count = (size_t)((ptrdiff_t)st->sub_count + sub_change);
    size_t counts[3] = {st->sub_count, up_count, paeth_count};
    int best = choose_filter(counts, island_magnitude, st);
    dest[0] = candidate_types[best];
    if (best == 0) {
        CHOOSE(sub_filter)(st->row, n, bpp, out);
        return;
    }
    memset(out, 0, n);
    for (size_t k = 0; k < st->island_count; k++) {
        size_t s = st->islands[2 * k], e = st->islands[2 * k + 1], pe = e + bpp < n ? e + bpp : n;
        if (best == 1) {
            CHOOSE(up_filter)(out + s, st->row + s, st->up + s, e - s);
        } else {
            memcpy(out + s, st->paeth + s, pe - s);
        }
    }
}
// The loop of both `actplot_filtered_rgb` and `actplot_filter_rgb_in_place`: row y goes to
// `held` while y < `held_rows`, else to `out`; the held rows go to `out` once row `held_rows` is
// done (or at the end), when the pixels they cover are no longer read.
//
// Only the blocks of pixels that differ from the row above are packed and filtered: the packed
// row is kept from row to row and changes only there. On the 16 benchmark figures 85 % of rows
// differ from the row above, but only in a few places (a curve crossing each panel, a glyph).
// Packing and filtering took 68 million instructions (callgrind, zeroing aside) when every such
// row was packed and SUB computed over it whole, and take 42 million this way; the whole run's
// CPU time fell by 1.8 % (80 runs alternated).
static void filter_rgb(const uint8_t *pixels, size_t stride, size_t width, size_t height, uint8_t *out,
                       uint8_t *scratch, uint8_t *held, size_t held_rows) {
    size_t n = width * 3, row_bytes = n + 1;
    if (height == 0) return;
    size_t blocks = (width + 7) / 8, words = (blocks + 63) / 64;
    uintptr_t aligned = ((uintptr_t)(scratch + 5 * n) + 7) & ~(uintptr_t)7;
    uint64_t *bits = (uint64_t *)aligned;
    uint32_t *islands = (uint32_t *)(bits + words);
    rgb_state st = {scratch, scratch + n, scratch + 2 * n, scratch + 3 * n, scratch + 4 * n, bits, islands, 0, 0, n, 3};
    memset(st.zeros, 0, n);
    for (size_t y = 0; y < height; y++) {
        const uint8_t *source = pixels + y * stride;
        uint8_t *dest = y < held_rows ? held + y * row_bytes : out + y * row_bytes;
        if (y == 0) {
            // No row above: NONE or SUB, as `filter_row` chooses.
            CHOOSE(pack_row)(source, width, st.row);
            CHOOSE(sub_filter)(st.row, n, 3, st.sub);
            size_t sub_count = CHOOSE(differing_bytes)(st.sub, st.zeros, n), none_count = CHOOSE(differing_bytes)(st.row, st.zeros, n);
            st.sub_count = sub_count;
            if (sub_count < none_count ||
                (sub_count == none_count && CHOOSE(magnitude)(st.sub, st.zeros, n) <= CHOOSE(magnitude)(st.row, st.zeros, n))) {
                dest[0] = FILTER_SUB;
                memcpy(dest + 1, st.sub, n);
            } else {
                dest[0] = FILTER_NONE;
                memcpy(dest + 1, st.row, n);
            }
        } else {
            size_t count = CHOOSE(differing_blocks)((const uint32_t *)source, (const uint32_t *)(source - stride), width, st.bits);
            st.island_count = islands_of(st.bits, count, width, st.islands);
            if (st.island_count == 0) {
                // The packed row equals the row above. UP makes it zeros, and so does SUB where
                // the row is all black, which then wins the tie as in `filter_row` (its first
                // byte tells, so the whole row is looked at only then).
                bool black = (st.row[0] | st.row[1] | st.row[2]) == 0 && CHOOSE(differing_bytes)(st.row, st.zeros, n) == 0;
                dest[0] = black ? FILTER_SUB : FILTER_UP;
                memset(dest + 1, 0, n);
            } else {
                for (size_t k = 0; k < st.island_count; k++) {
                    size_t s = st.islands[2 * k], e = st.islands[2 * k + 1], pe = e + 3 < n ? e + 3 : n;
                    size_t from = s >= 3 ? s - 3 : 0;
                    memcpy(st.up + from, st.row + from, pe - from);
                    CHOOSE(pack_row)(source + 4 * (s / 3), (e - s) / 3, st.row + s);
                }
                filter_islands(&st, dest);
            }
        }
        // Once: after row `held_rows`, or after the last row of a shorter image.
        if (held_rows > 0 && (y == held_rows || (y + 1 == height && y < held_rows)))
            memcpy(out, held, (held_rows < height ? held_rows : height) * row_bytes);
    }
}

size_t actplot_rgb_scratch_bytes(size_t width) {
    size_t blocks = (width + 7) / 8;
    return 15 * width + 8 + 8 * ((blocks + 63) / 64) + 8 * blocks;
}

void actplot_filtered_rgb(const uint8_t *pixels, size_t stride, size_t width, size_t height, uint8_t *out,
                          uint8_t *scratch) {
    filter_rgb(pixels, stride, width, height, out, scratch, NULL, 0);
}

size_t actplot_rows_held_in_place(size_t stride, size_t width) {
    size_t row_bytes = 3 * width + 1;
    if (stride <= row_bytes) return 0;
    return (row_bytes + (stride - row_bytes) - 1) / (stride - row_bytes);
}

bool actplot_filter_rgb_in_place(uint8_t *pixels, size_t stride, size_t width, size_t height, uint8_t *scratch,
                                 uint8_t *held, size_t held_capacity) {
    size_t rows = actplot_rows_held_in_place(stride, width);
    if (rows == 0 || rows > held_capacity) return false;
    filter_rgb(pixels, stride, width, height, pixels, scratch, held, rows);
    return true;
}
