/* fuzz_text.c -- normalisation: the output is valid UTF-8 (normalising it
** again finds nothing invalid) and the offset map is monotonic, within the
** input, and maps the end of the output to the end of the input. */
#include <string.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	xc_text *t, *t2;
	size_t n, i, prev = 0;
	const char *s;

	if (xc_text_new((const char *)data, size, &t) != XC_OK)
		return 0;
	s = xc_text_norm(t, &n);
	for (i = 0; i <= n; i++) {
		size_t o = xc_text_orig(t, i, 0);
		if (o > size || o < prev)
			abort();
		prev = o;
	}
	/* the end of the output is the end of the input (as a start offset;
	** as an end offset it stops before trailing removed characters) */
	if (xc_text_orig(t, n, 0) != size || xc_text_orig(t, n, 1) > size)
		abort();
	if (xc_text_new(s, n, &t2) != XC_OK)
		abort();
	if (xc_text_invalid(t2) != 0)
		abort();
	xc_text_free(t2);
	xc_text_free(t);
	return 0;
}
