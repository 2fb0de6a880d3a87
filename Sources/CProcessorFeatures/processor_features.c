// The instruction-set extensions actplot chooses code by, read once before `main`.
//
// Why not the compiler's own `__builtin_cpu_supports` and `target_clones`: they link the
// compiler runtime's `__cpu_indicator_init`, a constructor that queries the processor with a
// dozen CPUID instructions in every process, and CPUID traps to the hypervisor on a virtual
// machine. glibc has already asked the same questions before any library is loaded, and
// `<sys/platform/x86.h>` reads its answers. Measured on `actplot --version`: 2.71 → 2.66 ms of
// CPU (1 500 runs each, alternated), every PNG, SVG and PDF byte-identical.
#include "processor_features.h"

bool actplot_processor_has_fma = false;
bool actplot_processor_has_avx2 = false;

#if defined(__x86_64__) && defined(__linux__) && defined(__has_include)
#if __has_include(<sys/platform/x86.h>)
#include <sys/platform/x86.h>
#define ACTPLOT_GLIBC_FEATURES 1
#endif
#endif

// "Active" in glibc's sense: the processor has the instruction and the kernel saves the
// registers it uses, as `__builtin_cpu_supports` checks too.
__attribute__((constructor)) static void actplot_read_processor_features(void) {
#if defined(ACTPLOT_GLIBC_FEATURES)
    actplot_processor_has_fma = CPU_FEATURE_ACTIVE(FMA);
    actplot_processor_has_avx2 = CPU_FEATURE_ACTIVE(AVX2);
#elif defined(__x86_64__) && defined(__GNUC__)
    actplot_processor_has_fma = __builtin_cpu_supports("fma");
    actplot_processor_has_avx2 = __builtin_cpu_supports("avx2");
#endif
}
