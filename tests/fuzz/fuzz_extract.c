/* fuzz_extract.c -- whole-document extraction and attribution: every claim
** must lie inside the input, inside its sentence, with start <= end; every
** attribute string is terminated and every stated-arithmetic link points
** at a claim of the document. */
#include <string.h>

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
	{
		const xc_attr *a;
		if (xc_extractor_attribute(x, size > 10 && data[0] & 1 ?
		                           (const char *)"2025-04-16" : NULL,
		                           &a) != XC_OK)
			return 0;
		for (i = 0; i < n; i++) {
			if (memchr(a[i].subject, 0, sizeof a[i].subject) == NULL ||
			    memchr(a[i].metric, 0, sizeof a[i].metric) == NULL ||
			    memchr(a[i].period, 0, sizeof a[i].period) == NULL ||
			    memchr(a[i].scope, 0, sizeof a[i].scope) == NULL)
				abort();
			if (a[i].rel && (a[i].rel_a < -1 || a[i].rel_a >= (int)n ||
			                 a[i].rel_b < -1 || a[i].rel_b >= (int)n))
				abort();
		}
	}
	return 0;
}
