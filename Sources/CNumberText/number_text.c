// C's printf conversions of one double, called with fixed arguments.
//
// Swift reaches a variadic C function only through `withVaList`, which boxes each argument
// as a `CVarArg` existential and casts it back at run time: in the 16-figure benchmark the
// 842 tick labels cost 9.5 million instructions, 11 000 a number (callgrind), most of them
// in those casts. Called here with plain arguments, snprintf does the same printing for
// about a tenth of that.
#include "number_text.h"

#include <stdio.h>

int actplot_print_double(char *buffer, size_t size, char conversion, int precision, double value) {
    switch (conversion) {
    case 'f':
        return snprintf(buffer, size, "%.*f", precision, value);
    case 'e':
        return snprintf(buffer, size, "%.*e", precision, value);
    case 'g':
        return snprintf(buffer, size, "%.*g", precision, value);
    default:
        return -1;
    }
}
