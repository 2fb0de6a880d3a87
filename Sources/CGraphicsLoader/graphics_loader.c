// Loads the graphics libraries when actplot first draws, not when the process starts.
//
// Linked as NEEDED, Cairo and Pango bring about 35 more shared libraries (GLib, HarfBuzz,
// FreeType, fontconfig, X11, ...) that the dynamic loader maps and relocates before main runs,
// though `list` or `--version` draws nothing: a C program that only prints takes 0.5 ms of CPU,
// 5.5 ms linked against them; `actplot --version` took 8.2 ms, 5.8 ms with these stubs (perf
// stat, 30 runs each, on the 2-core benchmark machine). glibc has no lazy loading of NEEDED
// libraries, so the functions actplot calls are defined here as stubs (stubs.c, generated
// from the headers by scripts/graphics_stubs.py) that forward to the real ones, which are looked
// up once with dlopen and dlsym. The package links with --as-needed, so a library whose
// functions are all stubbed is no longer NEEDED. The stubs are hidden: libraries loaded later
// still call each other directly, never through them.
//
// Why not a ready-made lazy-loading library: Debian ships none (Implib.so generates assembly
// per architecture; this is portable C, and each stub's signature is checked against the header).
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "graphics_loader_private.h"

// In the order their dependencies need: each is opened RTLD_GLOBAL so that the later ones, and
// the modules Pango and fontconfig load themselves, find the earlier ones' symbols.
static const char *const libraries[] = {
    "libglib-2.0.so.0", "libgobject-2.0.so.0", "libfontconfig.so.1",
    "libcairo.so.2",    "libpango-1.0.so.0",   "libpangocairo-1.0.so.0",
};
#define LIBRARY_COUNT (sizeof libraries / sizeof libraries[0])

static void *handles[LIBRARY_COUNT];
static void *functions[ACTPLOT_GRAPHICS_FUNCTION_COUNT];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;  // written once under `once`, read after it
static char failure[512];

static void load(void) {
    for (size_t i = 0; i < LIBRARY_COUNT; i++) {
        handles[i] = dlopen(libraries[i], RTLD_NOW | RTLD_GLOBAL);
        if (handles[i] == NULL) {
            const char *reason = dlerror();
            snprintf(failure, sizeof failure,
                     "cannot load %s, which actplot draws with (install Debian's libcairo2 and "
                     "libpangocairo-1.0-0): %s",
                     libraries[i], reason ? reason : "no reason given");
            return;
        }
    }
    for (int f = 0; f < ACTPLOT_GRAPHICS_FUNCTION_COUNT; f++) {
        const char *name = actplot_graphics_function_names[f];
        void *function = NULL;
        for (size_t i = LIBRARY_COUNT; i-- > 0 && function == NULL;) function = dlsym(handles[i], name);
        if (function == NULL) {
            snprintf(failure, sizeof failure,
                     "the installed Cairo and Pango lack %s; actplot needs Cairo 1.16 and Pango 1.50 "
                     "or later",
                     name);
            return;
        }
        functions[f] = function;
    }
    __atomic_store_n(&loaded, 1, __ATOMIC_RELEASE);
}

int actplot_graphics_load(char *message, size_t capacity) {
    pthread_once(&once, load);
    if (loaded) return 1;
    if (message != NULL && capacity > 0) snprintf(message, capacity, "%s", failure);
    return 0;
}

void *actplot_graphics_symbol(int index) {
    // Every drawing path calls actplot_graphics_load first and reports a failure as an error;
    // reaching a stub without the libraries is a bug, stopped here with the reason rather than
    // a jump through a null pointer, with the status the command gives a missing font or
    // library (69, sysexits' "unavailable").
    if (__builtin_expect(!__atomic_load_n(&loaded, __ATOMIC_ACQUIRE), 0) && !actplot_graphics_load(NULL, 0)) {
        static const char prefix[] = "actplot: error: ";
        (void)!write(STDERR_FILENO, prefix, sizeof prefix - 1);
        (void)!write(STDERR_FILENO, failure, strlen(failure));
        (void)!write(STDERR_FILENO, "\n", 1);
        _exit(69);
    }
    return functions[index];
}
