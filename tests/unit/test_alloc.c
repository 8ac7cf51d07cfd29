/* test_alloc.c -- allocation failures in extraction: the Nth allocation
** fails, for every N until a run succeeds; each run must return XC_ENOMEM
** (or succeed) without crashing or leaking (ASan checks the leaks).
**
** The library's malloc, calloc and realloc are wrapped at link time
** (-Wl,--wrap, unit tests only); shared libraries are not affected. */
#include <stdlib.h>

#include "helpers.h"
#include "internal.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);

static long fail_at = -1; /* which allocation fails; -1: none */
static long count;

static int should_fail(void)
{
	return fail_at >= 0 && count++ == fail_at;
}

void *__wrap_malloc(size_t n)
{
	return should_fail() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t m)
{
	return should_fail() ? NULL : __real_calloc(n, m);
}

void *__wrap_realloc(void *p, size_t n)
{
	return should_fail() ? NULL : __real_realloc(p, n);
}

Test(alloc, extraction_survives_every_failed_allocation)
{
	const char *text = "\xE2\x80\x9C" "Big\xE2\x80\x9D: ByteDance will spend "
	                   "\xC2\xA5" "100 billion ($13.7 billion), up 16.5%. "
	                   "About 700,000 chips, according to The Information.";
	xc_ruleset *rs = test_rules();
	long n;
	int succeeded = 0;

	for (n = 0; n < 10000 && !succeeded; n++) {
		xc_extractor *x = NULL;
		const xc_claim *c;
		size_t k;
		xc_status st;

		count = 0;
		fail_at = n;
		st = xc_extractor_new(rs, &x);
		if (st == XC_OK) {
			xc_extractor_want_citations(x, 1);
			st = xc_extract(x, text, strlen(text), &c, &k);
			if (st == XC_OK && count <= n)
				succeeded = 1; /* no allocation left to fail */
		}
		fail_at = -1;
		cr_assert(st == XC_OK || st == XC_ENOMEM,
		          "allocation %ld: status %d", n, (int)st);
		xc_extractor_free(x);
	}
	cr_expect(succeeded, "extraction never finished");
	cr_expect_gt(n, 3);
	test_rules_free();
}

Test(alloc, rule_loading_survives_failed_allocations)
{
	const char *dirs[] = { "rules" };
	long total, n, step;

	/* count the allocations of a successful load first */
	count = 0;
	fail_at = 1L << 40;
	{
		xc_ruleset *rs = NULL;
		cr_assert_eq(xc_ruleset_load(dirs, 1, NULL, &rs), XC_OK);
		xc_ruleset_free(rs);
	}
	total = count;
	fail_at = -1;
	cr_assert_gt(total, 100);
	/* then fail allocations spread over the whole load */
	for (n = 0, step = 1; n < total; n += step, step += step / 2 + 1) {
		xc_ruleset *rs = NULL;
		xc_diags *d = NULL;
		xc_status st;
		cr_assert_eq(xc_diags_new(&d), XC_OK);
		count = 0;
		fail_at = n;
		st = xc_ruleset_load(dirs, 1, d, &rs);
		fail_at = -1;
		cr_expect(st == XC_OK || st == XC_ENOMEM || st == XC_ERULES,
		          "allocation %ld of %ld: status %d", n, total, (int)st);
		cr_expect(st == XC_OK ? rs != NULL : rs == NULL);
		xc_ruleset_free(rs);
		xc_diags_free(d);
	}
}

Test(alloc, grow_doubles_and_keeps_the_array_when_realloc_fails)
{
	int *a = NULL;
	size_t cap = 0, n;

	for (n = 0; n < 9; n++) {
		cr_assert_eq(xc_grow(&a, &cap, n, sizeof *a, 4), XC_OK);
		a[n] = (int)n * 10;
	}
	cr_expect_eq(cap, 16); /* 4, 8, 16 */
	cr_expect_eq(xc_grow(&a, &cap, 15, sizeof *a, 4), XC_OK); /* room */
	cr_expect_eq(cap, 16);

	count = 0;
	fail_at = 0;
	cr_expect_eq(xc_grow(&a, &cap, 16, sizeof *a, 4), XC_ENOMEM);
	fail_at = -1;
	cr_expect_eq(cap, 16);
	cr_expect_eq(a[8], 80); /* still the old, intact array */

	/* a size whose doubling overflows is refused before realloc */
	cap = (size_t)-1 / 4;
	cr_expect_eq(xc_grow(&a, &cap, cap, 4, 4), XC_ENOMEM);
	free(a);
}

Test(alloc, attribution_and_reconciler_survive_failed_allocations,
     .fini = test_store_drop)
{
	static const art a[] = {
		{ "a.md", "The Dispatch", "2025-04-16", "ByteDance ordered at least "
		  "$16 billion of Nvidia's H20 chips in the first quarter, up from $10 "
		  "billion, a 25% rise. The H20 offers about half the performance of "
		  "the H100." },
		{ "b.md", "Harbor Times", "2025-04-18", "HONG KONG (Harbor Times) - "
		  "Companies amassed $12 billion worth of Nvidia H20 chips in the first "
		  "quarter. The H20 delivers one-tenth of the H100's training "
		  "performance. \xC2\xA5" "100 billion ($13.7 billion)." },
	};
	const char *dirs[] = { "rules" };
	xc_store *st = test_store(a, 2);
	xc_ruleset *rs = test_rules();
	long n;
	int done_attr = 0, done_check = 0;

	for (n = 0; n < 100000 && !(done_attr && done_check); n++) {
		xc_extractor *x = NULL;
		xc_check *ck = NULL;
		const xc_claim *c;
		const xc_attr *at;
		size_t k;
		xc_status s;

		if (!done_attr && xc_extractor_new(rs, &x) == XC_OK &&
		    xc_extract(x, a[0].text, strlen(a[0].text), &c, &k) == XC_OK) {
			count = 0;
			fail_at = n;
			s = xc_extractor_attribute(x, "2025-04-16", &at);
			fail_at = -1;
			cr_assert(s == XC_OK || s == XC_ENOMEM, "attribute: %d", s);
			done_attr = s == XC_OK;
		}
		xc_extractor_free(x);
		if (!done_check) {
			count = 0;
			fail_at = n;
			s = xc_check_run(st, rs, dirs, 1, NULL, &ck);
			fail_at = -1;
			cr_assert(s == XC_OK || s == XC_ENOMEM, "check: %d", s);
			cr_assert(s == XC_OK || ck == NULL);
			done_check = s == XC_OK;
			xc_check_free(ck);
		}
	}
	cr_expect(done_attr && done_check);
	xc_store_close(st);
}
