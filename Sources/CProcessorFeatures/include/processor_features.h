#ifndef ACTPLOT_PROCESSOR_FEATURES_H
#define ACTPLOT_PROCESSOR_FEATURES_H

#include <stdbool.h>

/// Whether the processor, and the system that saves its registers, let actplot use the FMA
/// instruction; read once before `main` (see processor_features.c), false until then.
extern bool actplot_processor_has_fma;

/// Whether AVX2 can be used, as `actplot_processor_has_fma`.
extern bool actplot_processor_has_avx2;

/// The two flags as functions, for Swift, which does not read a mutable C variable outside an
/// isolation domain.
static inline bool actplot_processor_fma(void) { return actplot_processor_has_fma; }
static inline bool actplot_processor_avx2(void) { return actplot_processor_has_avx2; }

#endif
