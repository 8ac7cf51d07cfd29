/* fuzz_number.c -- the number grammar on arbitrary bytes. */
#include <math.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	xc_number n;

	if (xc_number_parse(fuzz_rules(), (const char *)data, size, &n) == XC_OK &&
	    (isnan(n.value) || n.precision < 0))
		abort();
	return 0;
}
