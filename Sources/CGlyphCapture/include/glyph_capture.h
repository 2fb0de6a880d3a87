#ifndef ACTPLOT_GLYPH_CAPTURE_H
#define ACTPLOT_GLYPH_CAPTURE_H
#include <pango/pangocairo.h>

/// Called once per glyph a layout draws: the font, the glyph index in it, and the glyph's
/// origin in layout units (Pango units divided by PANGO_SCALE), exactly where
/// pango_cairo_show_layout would put it.
typedef void (*actplot_glyph_sink)(void *context, PangoFont *font, unsigned int glyph, double x, double y);

/// Walks `layout` as a renderer draws it (lines, runs, rise and baseline shifts, ellipsis) and
/// reports every visible glyph to `sink`. Returns 0, or -1 if the renderer could not be made.
int actplot_capture_glyphs(PangoLayout *layout, actplot_glyph_sink sink, void *context);

#endif
