#ifndef ACTPLOT_GRAPHICS_LOADER_PRIVATE_H
#define ACTPLOT_GRAPHICS_LOADER_PRIVATE_H
// Shared by graphics_loader.c and the generated stubs.c.
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <fontconfig/fontconfig.h>
#include "graphics_loader.h"

// How many functions stubs.c forwards; scripts/graphics_stubs.py keeps it in step.
#define ACTPLOT_GRAPHICS_FUNCTION_COUNT 141

// Marks a stub for the generator; expands to nothing.
#define ACTPLOT_STUB(index, name)

extern const char *const actplot_graphics_function_names[ACTPLOT_GRAPHICS_FUNCTION_COUNT];

// The library's own function for stub `index`, loading the libraries on first use.
void *actplot_graphics_symbol(int index);

#endif
