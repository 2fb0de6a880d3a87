#ifndef ACTPLOT_CDEFLATE_SHIM_H
#define ACTPLOT_CDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
