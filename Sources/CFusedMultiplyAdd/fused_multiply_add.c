// `actplot_fma` is inline, in the header, so that it compiles into its Swift callers; a C target
// needs a source file of its own all the same.
#include "fused_multiply_add.h"
