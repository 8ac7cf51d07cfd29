/* test_nojit.c -- rules loaded without JIT (crosscheck query) find exactly
** what the JIT-compiled ones find: every rule example passes, and every
** corpus article gives the same claims. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "helpers.h"

static xc_ruleset *load_nojit(void)
{
	const char *dirs[] = { "rules" };
	xc_ruleset *rs = NULL;
	cr_assert_eq(xc_ruleset_load_ex(dirs, 1, XC_LOAD_NO_JIT, NULL, &rs), XC_OK);
	return rs;
}

Test(nojit, every_rule_example_passes)
{
	xc_ruleset *rs = load_nojit();
	xc_diags *d;
	size_t passed = 0, failed = 0, i;

	xc_diags_new(&d);
	cr_assert_eq(xc_ruleset_test(rs, d, &passed, &failed), XC_OK);
	for (i = 0; i < xc_diags_count(d) && i < 5; i++)
		cr_log_error("%s", xc_diags_get(d, i));
	cr_expect_eq(failed, 0, "%zu of %zu examples fail without JIT", failed,
	             passed + failed);
	cr_expect_gt(passed, 200);
	xc_diags_free(d);
	xc_ruleset_free(rs);
}

Test(nojit, corpus_claims_are_identical)
{
	xc_ruleset *rs = load_nojit();
	xc_extractor *a, *b;
	DIR *dir = opendir("corpus");
	struct dirent *e;
	size_t files = 0;

	cr_assert_not_null(dir);
	cr_assert_eq(xc_extractor_new(test_rules(), &a), XC_OK);
	cr_assert_eq(xc_extractor_new(rs, &b), XC_OK);
	while ((e = readdir(dir))) {
		char path[512], *buf;
		size_t len, na, nb, i;
		const xc_claim *ca, *cb;
		FILE *f;
		if (!strstr(e->d_name, ".md") || !strcmp(e->d_name, "README.md"))
			continue;
		snprintf(path, sizeof path, "corpus/%s", e->d_name);
		f = fopen(path, "rb");
		cr_assert_not_null(f);
		buf = malloc(1 << 20);
		len = fread(buf, 1, 1 << 20, f);
		fclose(f);
		cr_assert_eq(xc_extract(a, buf, len, &ca, &na), XC_OK);
		cr_assert_eq(xc_extract(b, buf, len, &cb, &nb), XC_OK);
		cr_expect_eq(na, nb, "%s: %zu claims with JIT, %zu without", path, na,
		             nb);
		for (i = 0; i < na && i < nb; i++) {
			cr_expect(ca[i].start == cb[i].start && ca[i].end == cb[i].end &&
			          ca[i].kind == cb[i].kind && !strcmp(ca[i].unit, cb[i].unit),
			          "%s: claim %zu differs", path, i);
			cr_expect(ca[i].value == cb[i].value || (!ca[i].has_value &&
			          !cb[i].has_value), "%s: claim %zu value", path, i);
		}
		free(buf);
		files++;
	}
	closedir(dir);
	cr_expect_geq(files, 17);
	xc_extractor_free(a);
	xc_extractor_free(b);
	xc_ruleset_free(rs);
}
