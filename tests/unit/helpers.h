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

#endif
