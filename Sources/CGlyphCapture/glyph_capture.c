// A PangoRenderer that records glyphs instead of drawing them.
//
// The direct SVG writer places each glyph itself; Pango's public API gives glyph strings per
// run, but where a run sits (superscript rise and baseline shift, ellipsis, bidi order) is
// worked out inside pango_renderer_draw_layout. Subclassing the renderer, as pango-cairo
// does, gets exactly the positions Cairo draws at, with no second copy of that logic.
#include "glyph_capture.h"

typedef struct {
    PangoRenderer parent;
    actplot_glyph_sink sink;
    actplot_run_sink runs;
    void *context;
} CaptureRenderer;

typedef struct {
    PangoRendererClass parent_class;
} CaptureRendererClass;

static GType capture_renderer_get_type(void);
G_DEFINE_TYPE(CaptureRenderer, capture_renderer, PANGO_TYPE_RENDERER)

// Mirrors pango_cairo_renderer_show_text_glyphs: a glyph's origin is the run's origin plus
// the advances before it plus its own offsets; empty glyphs (spaces) draw nothing.
static void capture_draw_glyphs(PangoRenderer *renderer, PangoFont *font, PangoGlyphString *glyphs, int x, int y) {
    CaptureRenderer *self = (CaptureRenderer *)renderer;
    int advance = 0;
    for (int i = 0; i < glyphs->num_glyphs; i++) {
        PangoGlyphInfo *info = &glyphs->glyphs[i];
        if (info->glyph != PANGO_GLYPH_EMPTY && !(info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
            double gx = (double)(x + advance + info->geometry.x_offset) / PANGO_SCALE;
            double gy = (double)(y + info->geometry.y_offset) / PANGO_SCALE;
            self->sink(self->context, font, info->glyph, gx, gy);
        }
        advance += info->geometry.width;
    }
}

// Mirrors pango_cairo_renderer_draw_glyph_item: one cluster per step of the item's cluster
// iterator, empty and unknown glyphs not counted, as cairo_show_text_glyphs wants them.
static void capture_draw_glyph_item(PangoRenderer *renderer, const char *text, PangoGlyphItem *item, int x, int y) {
    CaptureRenderer *self = (CaptureRenderer *)renderer;
    PangoGlyphString *glyphs = item->glyphs;
    if (self->runs != NULL && text == NULL) {
        // Every run opens a segment, so each glyph is drawn in its own run's font.
        self->runs(self->context, NULL, 0, NULL, 0, 0);
    } else if (self->runs != NULL) {
        int backward = (item->item->analysis.level & 1) != 0;
        int *clusters = g_new(int, 2 * glyphs->num_glyphs);
        int count = 0;
        PangoGlyphItemIter iter;
        if (pango_glyph_item_iter_init_start(&iter, item, text)) {
            do {
                int bytes = iter.end_index - iter.start_index;
                int shown = backward ? iter.start_glyph - iter.end_glyph : iter.end_glyph - iter.start_glyph;
                int low = MIN(iter.start_glyph, iter.end_glyph + 1), high = MAX(iter.start_glyph + 1, iter.end_glyph);
                for (int i = low; i < high; i++) {
                    PangoGlyph glyph = glyphs->glyphs[i].glyph;
                    if (glyph == PANGO_GLYPH_EMPTY || (glyph & PANGO_GLYPH_UNKNOWN_FLAG)) shown--;
                }
                clusters[2 * count] = bytes;
                clusters[2 * count + 1] = shown;
                count++;
            } while (pango_glyph_item_iter_next_cluster(&iter));
        }
        self->runs(self->context, text + item->item->offset, item->item->length, clusters, count, backward);
        g_free(clusters);
    }
    capture_draw_glyphs(renderer, item->item->analysis.font, glyphs, x, y);
}

static void capture_renderer_init(CaptureRenderer *self) {
    self->sink = NULL;
    self->runs = NULL;
    self->context = NULL;
}

static void capture_renderer_class_init(CaptureRendererClass *klass) {
    PANGO_RENDERER_CLASS(klass)->draw_glyphs = capture_draw_glyphs;
    PANGO_RENDERER_CLASS(klass)->draw_glyph_item = capture_draw_glyph_item;
}

int actplot_capture_glyphs(PangoLayout *layout, actplot_glyph_sink sink, actplot_run_sink runs, void *context) {
    // The fixed-argument form: the command reaches GLib through forwarding stubs, which cannot
    // forward a variable argument list (see CGraphicsLoader).
    CaptureRenderer *renderer = (CaptureRenderer *)g_object_new_with_properties(capture_renderer_get_type(), 0, NULL, NULL);
    if (renderer == NULL) return -1;
    renderer->sink = sink;
    renderer->runs = runs;
    renderer->context = context;
    pango_renderer_draw_layout((PangoRenderer *)renderer, layout, 0, 0);
    g_object_unref(renderer);
    return 0;
}
