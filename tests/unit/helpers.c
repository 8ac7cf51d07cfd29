/* helpers.c -- the shared ruleset fixture. */
#include <stdio.h>
#include <stdlib.h>

#include "helpers.h"

static xc_ruleset *rs;
static xc_extractor *x;

xc_ruleset *test_rules(void)
{
	if (!rs) {
		const char *dirs[] = { "rules" };
		xc_diags *d;
		xc_diags_new(&d);
		if (xc_ruleset_load(dirs, 1, d, &rs) != XC_OK) {
			size_t i;
			for (i = 0; i < xc_diags_count(d); i++)
				fprintf(stderr, "%s\n", xc_diags_get(d, i));
			cr_assert_fail("built-in rules failed to load");
		}
		xc_diags_free(d);
		cr_assert_eq(xc_extractor_new(rs, &x), XC_OK);
	}
	return rs;
}

void test_rules_free(void)
{
	xc_extractor_free(x);
	xc_ruleset_free(rs);
	x = NULL;
	rs = NULL;
}

const xc_claim *test_extract(const char *s, size_t *n)
{
	const xc_claim *c;

	test_rules();
	cr_assert_eq(xc_extract(x, s, strlen(s), &c, n), XC_OK);
	return c;
}

const xc_claim *test_find(const char *s, const char *t)
{
	size_t n, i, tl = strlen(t);
	const xc_claim *c = test_extract(s, &n);

	for (i = 0; i < n; i++)
		if (c[i].kind <= XC_KIND_QUANTITY && c[i].end - c[i].start == tl &&
		    !memcmp(s + c[i].start, t, tl))
			return &c[i];
	return NULL;
}

int test_claim_index(const char *s, const char *t)
{
	size_t n, i, tl = strlen(t);
	const xc_claim *c = test_extract(s, &n);

	for (i = 0; i < n; i++)
		if (c[i].kind <= XC_KIND_QUANTITY && c[i].end - c[i].start == tl &&
		    !memcmp(s + c[i].start, t, tl))
			return (int)i;
	return -1;
}

const xc_attr *test_attr(const char *s, const char *published, const char *t)
{
	const xc_attr *a;
	int i = test_claim_index(s, t);

	cr_assert_geq(i, 0, "no claim \"%s\" in: %s", t, s);
	cr_assert_eq(xc_extractor_attribute(x, published, &a), XC_OK);
	return &a[i];
}

const xc_attr *test_attrs(const char *s, const char *published, size_t *n)
{
	const xc_attr *a;

	test_extract(s, n);
	cr_assert_eq(xc_extractor_attribute(x, published, &a), XC_OK);
	return a;
}
