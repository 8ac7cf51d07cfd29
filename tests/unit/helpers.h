/* helpers.h -- shared fixtures for the unit tests: one ruleset loaded from
** the repository's rules/ directory (tests run from the repo root). */
#ifndef XC_TEST_HELPERS_H
#define XC_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <string.h>

#include "crosscheck.h"

xc_ruleset *test_rules(void);
void test_rules_free(void);
/* Extract from a C string with the shared ruleset; borrowed claims. */
const xc_claim *test_extract(const char *s, size_t *n);
/* First claim (of kinds money..quantity) whose text equals t, or NULL. */
const xc_claim *test_find(const char *s, const char *t);

/* The attributes of the claim whose text is t in s (published may be
** NULL); fails the test when there is no such claim.  *all and *n, when
** given, receive every claim and attribute of s. */
const xc_attr *test_attr(const char *s, const char *published, const char *t);
/* Every claim's attributes of s (n of them). */
const xc_attr *test_attrs(const char *s, const char *published, size_t *n);
/* Index of the claim with text t in the last extraction, or -1. */
int test_claim_index(const char *s, const char *t);

/* A name for a temporary database that does not exist yet, and removing
** one with its -wal and -shm files. */
void test_db_name(char path[64]);
void test_db_remove(const char *path);

/* A fresh store (a temporary file) holding these articles, extracted,
** attributed and signed as ingest does it; test_store_drop removes it. */
typedef struct art {
	const char *path, *outlet, *published, *text;
} art;
xc_store *test_store(const art *a, size_t n);
void test_store_drop(void);

#endif
