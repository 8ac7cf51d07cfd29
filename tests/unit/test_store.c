/* test_store.c -- the claim store: creation, idempotency, replacement,
** version checks, refusing files that are not databases. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "helpers.h"
#include "internal.h"

static char path[64];

static void fresh(void)
{
	test_db_name(path);
}

static void cleanup(void)
{
	test_db_remove(path);
}

static int count_rows(void *ctx, int nc, const char *const *v, const size_t *l)
{
	(void)nc;
	(void)v;
	(void)l;
	(*(int *)ctx)++;
	return 0;
}

static void put(xc_store *st, const char *docpath, const char *text,
                const char *rules, size_t *stored)
{
	const xc_claim *c;
	size_t n;
	char hash[33];
	xc_doc_meta m = { docpath, "text", "A title", "Outlet", NULL, NULL, NULL,
	                  NULL, strlen(text) };

	xc_doc_claims dc = { 0 };

	c = test_extract(text, &n);
	dc.claims = c;
	dc.n = n;
	xc_content_hash(text, strlen(text), hash);
	cr_assert_eq(xc_store_put(st, &m, text, strlen(text), hash, rules, &dc,
	                          stored), XC_OK, "%s",
	             xc_store_errmsg(st));
	cr_assert_eq(xc_store_commit(st), XC_OK);
}

Test(store, creates_schema_and_stores_claims)
{
	xc_store *st = NULL;
	size_t stored;
	int rows = 0, ok = 0;
	xc_store_counts n;

	fresh();
	cr_assert_eq(xc_store_open(path, 0, &st), XC_OK, "%s", xc_store_errmsg(st));
	put(st, "a.txt", "They ordered $16 billion of chips, about 120,000 units.",
	    "r1", &stored);
	cr_expect_eq(stored, 2);
	cr_assert_eq(xc_store_claims(st, NULL, count_rows, &rows), XC_OK);
	cr_expect_eq(rows, 2);
	cr_assert_eq(xc_store_status(st, "r1", &n), XC_OK);
	cr_expect_eq(n.documents, 1);
	cr_expect_eq(n.claims, 2);
	cr_expect_eq(n.old_rules, 0);
	cr_assert_eq(xc_store_check(st, &ok), XC_OK);
	cr_expect(ok);
	xc_store_close(st);
	cleanup();
	test_rules_free();
}

Test(store, lookup_tells_same_changed_and_old_rules)
{
	xc_store *st = NULL;
	size_t stored;
	xc_doc_state s;
	char h1[33], h2[33];
	const char *t1 = "Sales hit $5 million.", *t2 = "Sales hit $6 million.";

	fresh();
	cr_assert_eq(xc_store_open(path, 0, &st), XC_OK);
	xc_content_hash(t1, strlen(t1), h1);
	xc_content_hash(t2, strlen(t2), h2);
	cr_assert_eq(xc_store_lookup(st, "a.txt", h1, "r1", &s), XC_OK);
	cr_expect_eq(s, XC_DOC_ABSENT);
	put(st, "a.txt", t1, "r1", &stored);
	xc_store_lookup(st, "a.txt", h1, "r1", &s);
	cr_expect_eq(s, XC_DOC_SAME);
	xc_store_lookup(st, "a.txt", h1, "r2", &s);
	cr_expect_eq(s, XC_DOC_OLD_RULES);
	xc_store_lookup(st, "a.txt", h2, "r1", &s);
	cr_expect_eq(s, XC_DOC_CHANGED);
	xc_store_close(st);
	cleanup();
	test_rules_free();
}

Test(store, a_changed_document_replaces_its_claims)
{
	xc_store *st = NULL;
	size_t stored;
	int rows = 0;
	xc_claim_filter f = { "a.txt", NULL, NULL, NULL, NULL, NULL, NULL };
	xc_store_counts n;

	fresh();
	cr_assert_eq(xc_store_open(path, 0, &st), XC_OK);
	put(st, "a.txt", "Up 5% to $3 million and 400 engineers.", "r1", &stored);
	cr_expect_eq(stored, 3);
	put(st, "a.txt", "Up 7% to $4 million.", "r1", &stored);
	cr_expect_eq(stored, 2);
	xc_store_claims(st, &f, count_rows, &rows);
	cr_expect_eq(rows, 2);
	xc_store_status(st, "r1", &n);
	cr_expect_eq(n.documents, 1);
	cr_expect_eq(n.claims, 2);
	xc_store_close(st);
	cleanup();
	test_rules_free();
}

Test(store, paths_and_values_with_quotes_are_data)
{
	xc_store *st = NULL;
	size_t stored;
	int rows = 0;
	const char *p = "it's \"x\"; DROP TABLE claims; --.txt";
	xc_claim_filter f = { NULL, NULL, NULL, "'; DROP", NULL, NULL, NULL };

	fresh();
	cr_assert_eq(xc_store_open(path, 0, &st), XC_OK);
	put(st, p, "It's \"$5 million\"'; DROP TABLE claims; -- said.", "r1",
	    &stored);
	cr_expect_eq(stored, 1);
	xc_store_claims(st, &f, count_rows, &rows);
	cr_expect_eq(rows, 1);
	f.grep = "100%_";
	rows = 0;
	xc_store_claims(st, &f, count_rows, &rows);
	cr_expect_eq(rows, 0); /* % and _ are literal, not wildcards */
	xc_store_close(st);
	cleanup();
	test_rules_free();
}

Test(store, refuses_files_that_are_not_databases)
{
	xc_store *st = NULL;
	FILE *f;

	fresh();
	f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs("this is not a database, just some text that is long enough", f);
	fclose(f);
	cr_expect_neq(xc_store_open(path, 0, &st), XC_OK);
	cr_expect(strstr(xc_store_errmsg(st), "database") != NULL, "%s",
	          xc_store_errmsg(st));
	xc_store_close(st);
	cleanup();
}

Test(store, refuses_a_newer_schema)
{
	xc_store *st = NULL;
	char cmd[160];

	fresh();
	cr_assert_eq(xc_store_open(path, 0, &st), XC_OK);
	xc_store_close(st);
	/* pretend a later crosscheck wrote it */
	snprintf(cmd, sizeof cmd, "sqlite3 %s 'PRAGMA user_version = 99' "
	         "2>/dev/null || true", path);
	if (system(cmd) != 0 || access("/usr/bin/sqlite3", X_OK) != 0) {
		cleanup();
		cr_skip_test("the sqlite3 shell is not installed");
	}
	st = NULL;
	cr_expect_eq(xc_store_open(path, 0, &st), XC_EINVAL);
	cr_expect(strstr(xc_store_errmsg(st), "newer") != NULL, "%s",
	          xc_store_errmsg(st));
	xc_store_close(st);
	cleanup();
}

Test(store, read_only_open_of_a_missing_database_fails_cleanly)
{
	xc_store *st = NULL;

	fresh();
	cr_expect_neq(xc_store_open(path, 1, &st), XC_OK);
	cr_expect(access(path, F_OK) != 0); /* nothing was created */
	xc_store_close(st);
	cleanup();
}

/* A reader's snapshot (what check reads through) holds still while another
** connection adds a document, and sees it once the snapshot ends. */
Test(store, a_snapshot_does_not_see_a_write_made_during_it)
{
	xc_store *w = NULL, *r = NULL;
	size_t stored;
	int rows = 0;

	fresh();
	cr_assert_eq(xc_store_open(path, 0, &w), XC_OK, "%s", xc_store_errmsg(w));
	put(w, "a.txt", "They ordered $16 billion of chips.", "r1", &stored);
	cr_assert_eq(xc_store_open(path, 1, &r), XC_OK, "%s", xc_store_errmsg(r));
	cr_assert_eq(xc_store_snapshot(r, 1), XC_OK);
	cr_assert_eq(xc_store_claims(r, NULL, count_rows, &rows), XC_OK);
	cr_expect_eq(rows, 1);
	put(w, "b.txt", "They ordered $12 billion of chips.", "r1", &stored);
	rows = 0;
	cr_assert_eq(xc_store_claims(r, NULL, count_rows, &rows), XC_OK);
	cr_expect_eq(rows, 1, "the snapshot saw a write made during it");
	cr_assert_eq(xc_store_snapshot(r, 0), XC_OK);
	rows = 0;
	cr_assert_eq(xc_store_claims(r, NULL, count_rows, &rows), XC_OK);
	cr_expect_eq(rows, 2);
	xc_store_close(r);
	xc_store_close(w);
	cleanup();
	test_rules_free();
}
