/* fuzz.h -- fuzz targets share one ruleset, loaded from $CROSSCHECK_RULES
** or ./rules on first use and kept for the process (a fuzzer calls the
** target millions of times). */
#ifndef XC_FUZZ_H
#define XC_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "crosscheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline const xc_ruleset *fuzz_rules(void)
{
	static xc_ruleset *rs;
	if (!rs) {
		const char *d = getenv("CROSSCHECK_RULES");
		const char *dirs[] = { d ? d : "rules" };
		if (xc_ruleset_load(dirs, 1, NULL, &rs) != XC_OK)
			abort();
	}
	return rs;
}

#endif
