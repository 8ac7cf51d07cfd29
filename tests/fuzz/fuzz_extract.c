/* fuzz_extract.c -- whole-document extraction: every claim must lie inside
** the input, inside its sentence, with start <= end. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static xc_extractor *x;
	const xc_claim *c;
	size_t n, i;

	if (!x && xc_extractor_new(fuzz_rules(), &x) != XC_OK)
		abort();
	if (xc_extract(x, (const char *)data, size, &c, &n) != XC_OK)
		return 0;
	for (i = 0; i < n; i++) {
		if (c[i].start > c[i].end || c[i].end > size)
			abort();
		if (c[i].sent_start > c[i].start || c[i].sent_end < c[i].end)
			abort();
		if (i && c[i].start < c[i - 1].end)
			abort(); /* claims never overlap */
	}
	return 0;
}
