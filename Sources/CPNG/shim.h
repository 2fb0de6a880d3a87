#ifndef ACTPLOT_CPNG_SHIM_H
#define ACTPLOT_CPNG_SHIM_H
#include <png.h>
#include <setjmp.h>
#include <string.h>

/* libpng reports errors by longjmp, which Swift cannot catch, so the calls that may fail live in
   this one C function that owns the setjmp. Rows are already in PNG byte order (RGB or RGBA). */

typedef void (*actplot_png_write_fn)(void *context, const unsigned char *bytes, size_t count);

typedef struct {
    actplot_png_write_fn write;
    void *context;
    char message[200];
} actplot_png_sink;

static void actplot_png_on_write(png_structp png, png_bytep bytes, png_size_t count) {
    actplot_png_sink *sink = (actplot_png_sink *)png_get_io_ptr(png);
    sink->write(sink->context, bytes, count);
}

static void actplot_png_on_flush(png_structp png) { (void)png; }

static void actplot_png_on_error(png_structp png, png_const_charp message) {
    actplot_png_sink *sink = (actplot_png_sink *)png_get_error_ptr(png);
    strncpy(sink->message, message ? message : "unknown libpng error", sizeof sink->message - 1);
    sink->message[sizeof sink->message - 1] = 0;
    png_longjmp(png, 1);
}

static void actplot_png_on_warning(png_structp png, png_const_charp message) { (void)png; (void)message; }

/* Writes a width x height 8-bit image whose row y starts at pixels + y * stride, with `channels`
   3 (RGB) or 4 (RGBA). Returns 1 on success, 0 with sink->message set on failure. */
static inline int actplot_png_write(
    const unsigned char *pixels, int width, int height, size_t stride, int channels,
    int level, int filters, actplot_png_sink *sink) {
    sink->message[0] = 0;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, sink, actplot_png_on_error, actplot_png_on_warning);
    if (!png) { strcpy(sink->message, "out of memory"); return 0; }
    png_infop info = png_create_info_struct(png);
    if (!info) { png_destroy_write_struct(&png, NULL); strcpy(sink->message, "out of memory"); return 0; }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return 0;
    }
    png_set_write_fn(png, sink, actplot_png_on_write, actplot_png_on_flush);
    png_set_compression_level(png, level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 channels == 4 ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_write_info(png, info);
    for (int y = 0; y < height; y++) png_write_row(png, pixels + (size_t)y * stride);
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return 1;
}

#endif
