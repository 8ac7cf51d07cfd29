/* helpers.c -- the shared ruleset fixture. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

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

void test_db_name(char path[64])
{
	int fd;

	snprintf(path, 64, "/tmp/xc-test-XXXXXX");
	fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	close(fd);
	unlink(path); /* a name for a database that does not exist yet */
}

void test_db_remove(const char *path)
{
	char p[96];

	unlink(path);
	snprintf(p, sizeof p, "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", path);
	unlink(p);
}

static char dbpath[64];

void test_store_drop(void)
{
	test_db_remove(dbpath);
}

xc_store *test_store(const art *a, size_t n)
{
	xc_store *st = NULL;
	xc_extractor *ex;
	size_t i;

	test_db_name(dbpath);
	cr_assert_eq(xc_store_open(dbpath, 0, &st), XC_OK);
	cr_assert_eq(xc_extractor_new(test_rules(), &ex), XC_OK);
	xc_extractor_want_citations(ex, 1);
	for (i = 0; i < n; i++) {
		xc_doc_meta m = { a[i].path, "text", NULL, a[i].outlet, NULL,
		                  a[i].published, NULL, NULL, strlen(a[i].text) };
		xc_doc_claims dc = { 0 };
		uint32_t mh[XC_MINHASH_N];
		char hash[33];
		size_t stored, nl;
		const char *norm;
		cr_assert_eq(xc_extract(ex, a[i].text, strlen(a[i].text),
		                        &dc.claims, &dc.n), XC_OK);
		cr_assert_eq(xc_extractor_attribute(ex, a[i].published, &dc.attrs),
		             XC_OK);
		dc.cites = xc_extractor_citations(ex, &dc.ncites);
		norm = xc_text_norm(xc_extractor_text(ex), &nl);
		xc_minhash(norm, nl, mh);
		dc.minhash = mh;
		xc_content_hash(a[i].text, strlen(a[i].text), hash);
		cr_assert_eq(xc_store_put(st, &m, a[i].text, strlen(a[i].text), hash,
		                          "r", &dc, &stored), XC_OK);
	}
	cr_assert_eq(xc_store_commit(st), XC_OK);
	xc_extractor_free(ex);
	return st;
}
