#ifndef ACTPLOT_SCANLINES_H
#define ACTPLOT_SCANLINES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Filters `height` packed rows of `row_bytes` bytes at `rows` in place (each row a filter-type
// byte, then the pixel bytes, `bpp` bytes a pixel), choosing for each row whichever of SUB, UP
// and PAETH leaves the fewest nonzero bytes, ties going to the smaller sum of the bytes'
// magnitudes read as signed (the first row, having none above, chooses between NONE and SUB).
// `scratch` holds 3 * (row_bytes - 1) bytes.
void actplot_filter_rows(uint8_t *rows, size_t row_bytes, size_t height, size_t bpp, uint8_t *scratch);

// Packs and filters an opaque Cairo RGB24 image in one pass, into `height` rows of 1 + 3 * width
// bytes at `out`, each filtered as `actplot_filter_rows` would. Only the pixels that differ from
// the row above are packed and filtered: a row of the same colours is UP's zeros. `scratch`
// holds `actplot_rgb_scratch_bytes(width)` bytes.
void actplot_filtered_rgb(const uint8_t *pixels, size_t stride, size_t width, size_t height, uint8_t *out,
                          uint8_t *scratch);

// The scratch `actplot_filtered_rgb` and `actplot_filter_rgb_in_place` need for `width` pixels.
size_t actplot_rgb_scratch_bytes(size_t width);

// How many leading rows `actplot_filter_rgb_in_place` holds aside for an image of `width` pixels
// a row, `stride` bytes apart: the smallest k with (k + 1) * (3 * width + 1) <= k * stride, from
// which on the filtered row k ends before pixel row k begins. 0 when there is none (a row of one
// pixel, whose filtered row is as long as its pixels).
size_t actplot_rows_held_in_place(size_t stride, size_t width);

// `actplot_filtered_rgb` with the rows written over the pixels themselves, from `pixels` on, so
// that a figure needs no second buffer as large as its image. A filtered row is shorter than a
// pixel row (1 + 3 * width bytes against `stride` >= 4 * width), so from row k on (see
// `actplot_rows_held_in_place`) it ends before the pixels it was made from; the first k rows wait
// in `held`, room for `held_capacity` rows, until the pixels under them have been read. Returns
// false, and touches nothing, when the image has no such k or `held` has room for fewer rows.
bool actplot_filter_rgb_in_place(uint8_t *pixels, size_t stride, size_t width, size_t height, uint8_t *scratch,
                                 uint8_t *held, size_t held_capacity);

#endif
