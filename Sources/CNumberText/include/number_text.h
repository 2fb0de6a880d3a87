#ifndef ACTPLOT_NUMBER_TEXT_H
#define ACTPLOT_NUMBER_TEXT_H

#include <stddef.h>

/// Prints `value` with C's `%.*f` (`conversion` 'f'), `%.*e` ('e') or `%.*g` ('g') and
/// `precision` into `buffer` of `size` bytes; returns what snprintf returns.
int actplot_print_double(char *buffer, size_t size, char conversion, int precision, double value);

#endif
