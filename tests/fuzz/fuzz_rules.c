/* fuzz_rules.c -- the rule-file parser: arbitrary bytes as a user rules
** file must load or fail with diagnostics, never crash. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char dir[64];
	char path[128];
	const char *dirs[2];
	xc_ruleset *rs = NULL;
	xc_diags *d = NULL;
	FILE *f;

	if (!dir[0]) {
		snprintf(dir, sizeof dir, "/tmp/xc-fuzz-rules-%d", (int)getpid());
		mkdir(dir, 0700);
		snprintf(path, sizeof path, "%s/lexicon", dir);
		mkdir(path, 0700);
	}
	snprintf(path, sizeof path, "%s/fuzz.rules", dir);
	f = fopen(path, "wb");
	if (!f)
		return 0;
	fwrite(data, 1, size, f);
	fclose(f);
	dirs[0] = getenv("CROSSCHECK_RULES") ? getenv("CROSSCHECK_RULES") : "rules";
	dirs[1] = dir;
	xc_diags_new(&d);
	if (xc_ruleset_load(dirs, 2, d, &rs) == XC_OK) {
		xc_extractor *x;
		const xc_claim *c;
		size_t n;
		if (xc_extractor_new(rs, &x) == XC_OK) {
			xc_extract(x, "about $16 billion, 120,000 chips", 32, &c, &n);
			xc_extractor_free(x);
		}
	} else if (xc_diags_count(d) == 0) {
		abort(); /* a failed load always says why */
	}
	xc_ruleset_free(rs);
	xc_diags_free(d);
	unlink(path);
	return 0;
}
