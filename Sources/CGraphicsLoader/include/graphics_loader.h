#ifndef ACTPLOT_GRAPHICS_LOADER_H
#define ACTPLOT_GRAPHICS_LOADER_H
#include <stddef.h>

// Loads Cairo, Pango, GLib and fontconfig, once per process, and looks up every function
// actplot calls. Returns 1 when they are all there; otherwise 0, with one line naming the
// library or function that is missing written into `message` (at most `capacity` bytes).
// Safe to call from any thread and any number of times.
int actplot_graphics_load(char *message, size_t capacity);

#endif
