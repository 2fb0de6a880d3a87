#ifndef ACTPLOT_GLYPH_CAPTURE_H
#define ACTPLOT_GLYPH_CAPTURE_H
#include <pango/pangocairo.h>

/// Called once per glyph a layout draws: the font, the glyph index in it, and the glyph's
/// origin in layout units (Pango units divided by PANGO_SCALE), exactly where
/// pango_cairo_show_layout would put it.
typedef void (*actplot_glyph_sink)(void *context, PangoFont *font, unsigned int glyph, double x, double y);

/// Called before the glyphs of each run (one font, one direction), with what a PDF needs to
/// keep the run's text: its UTF-8 bytes, and its clusters as pairs of byte and glyph counts
/// (`clusters[2 * i]` bytes map to `clusters[2 * i + 1]` of the run's visible glyphs), in the
/// order `cairo_show_text_glyphs` takes them; `backward` for a right-to-left run. A run without
/// text comes with `text` NULL and no clusters.
typedef void (*actplot_run_sink)(void *context, const char *text, int length, const int *clusters, int count, int backward);

/// Walks `layout` as a renderer draws it (lines, runs, rise and baseline shifts, ellipsis) and
/// reports every visible glyph to `sink`, and each run first to `runs` when it is not NULL.
/// Returns 0, or -1 if the renderer could not be made.
int actplot_capture_glyphs(PangoLayout *layout, actplot_glyph_sink sink, actplot_run_sink runs, void *context);

#endif
