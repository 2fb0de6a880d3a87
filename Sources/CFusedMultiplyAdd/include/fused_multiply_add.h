#ifndef ACTPLOT_FUSED_MULTIPLY_ADD_H
#define ACTPLOT_FUSED_MULTIPLY_ADD_H

#include <math.h>

#include "processor_features.h"

/// a·b + c rounded once, as C's `fma`, inlined as the processor's instruction where it has one.
///
/// Double-word arithmetic (`DoubleWord` in ActivationMath) needs several fused multiply-adds for
/// every product. A binary built for every x86-64 processor cannot assume the FMA instruction, so
/// each became a call into libm through its procedure linkage table, and the caller had to save
/// its floating-point registers around it: 23 calls in every double-word eˣ. Here the instruction
/// is written inline and chosen by the processor's feature bits, read once at start-up
/// (`actplot_processor_has_fma`); without FMA, C's `fma` gives the same correctly rounded
/// result, so the numbers do not depend on the machine. Measured on the 16 benchmark figures:
/// 426.6 → 420.1 million instructions and 64.2 → 62.4 ms of CPU (40 runs alternated,
/// −2.7 ± 0.7 %), every file byte-identical; a build for Haswell and later had saved about 3 %,
/// but would stop on older processors.
static inline __attribute__((always_inline)) double actplot_fma(double a, double b, double c) {
#if defined(__x86_64__) && !defined(__FMA__) && defined(__GNUC__)
    if (__builtin_expect(actplot_processor_has_fma, 1)) {
        __asm__("vfmadd231sd %2, %1, %0" : "+x"(c) : "x"(a), "x"(b));
        return c;
    }
#endif
    return fma(a, b, c);
}

#endif
