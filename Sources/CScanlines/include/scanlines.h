#ifndef ACTPLOT_SCANLINES_H
#define ACTPLOT_SCANLINES_H
#include <stddef.h>
#include <stdint.h>

// Writes `height` PNG scanlines of an opaque Cairo RGB24 image into `out` (height rows of
// 1 + 3 * width bytes): each a filter-type byte 2 (UP) and the row's R, G, B bytes minus
// those of the row above (the first row as it is, its row above being zeros).
void actplot_up_filtered_rgb(const uint8_t *pixels, size_t stride, size_t width, size_t height, uint8_t *out);

#endif
