#ifndef ACTPLOT_SCANLINES_H
#define ACTPLOT_SCANLINES_H
#include <stddef.h>
#include <stdint.h>

// Filters `height` packed rows of `row_bytes` bytes at `rows` in place (each row a filter-type
// byte, then the pixel bytes, `bpp` bytes a pixel), choosing for each row whichever of SUB, UP
// and PAETH leaves the fewest nonzero bytes, ties going to the smaller sum of the bytes'
// magnitudes read as signed (the first row, having none above, chooses between NONE and SUB).
// `scratch` holds 3 * (row_bytes - 1) bytes.
void actplot_filter_rows(uint8_t *rows, size_t row_bytes, size_t height, size_t bpp, uint8_t *scratch);

// Packs and filters an opaque Cairo RGB24 image in one pass, into `height` rows of 1 + 3 * width
// bytes at `out`, each filtered as `actplot_filter_rows` would. A row of the same colours as the
// row above is neither packed nor filtered: UP makes it zeros. `scratch` holds 5 * 3 * width
// bytes.
void actplot_filtered_rgb(const uint8_t *pixels, size_t stride, size_t width, size_t height, uint8_t *out,
                          uint8_t *scratch);

#endif
