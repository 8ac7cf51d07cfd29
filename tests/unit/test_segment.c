/* test_segment.c -- sentence and paragraph boundaries. */
#include <stdlib.h>

#include "helpers.h"
#include "internal.h"

static const struct {
	const char *text;
	const char *sentences[6];
} cases[] = {
	{ "Sales rose. Costs fell.", { "Sales rose.", "Costs fell." } },
	{ "The U.S. Commerce Department approved it. Nvidia agreed.",
	  { "The U.S. Commerce Department approved it.", "Nvidia agreed." } },
	{ "Nvidia Inc. said so. Then it rose.",
	  { "Nvidia Inc. said so.", "Then it rose." } },
	{ "It costs approx. 700,000 yuan. Fine.",
	  { "It costs approx. 700,000 yuan.", "Fine." } },
	{ "See No. 5 on the list. Done.", { "See No. 5 on the list.", "Done." } },
	{ "Budget rose to 13.7 billion. Then more.",
	  { "Budget rose to 13.7 billion.", "Then more." } },
	{ "Headline without a stop\n\nBody text here.",
	  { "Headline without a stop", "Body text here." } },
	{ "Headline line\nBEIJING - body starts.",
	  { "Headline line", "BEIJING - body starts." } },
	{ "a wrapped line that goes\non to the next line.",
	  { "a wrapped line that goes\non to the next line." } },
	{ "He said \"it's done.\" Then left.",
	  { "He said \"it's done.\"", "Then left." } },
	{ "Was it? Yes! Sure.", { "Was it?", "Yes!", "Sure." } },
	{ "J. Smith wrote it. Done.", { "J. Smith wrote it.", "Done." } },
	{ "", { NULL } },
};

Test(segment, splits_sentences_and_keeps_abbreviations_whole)
{
	xc_ruleset *rs = test_rules();
	size_t i, j;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		xc_span *sp = NULL;
		size_t n = 0, cap = 0;
		const char *t = cases[i].text;
		cr_assert_eq(xc_segment(rs, t, strlen(t), &sp, &n, &cap), XC_OK);
		for (j = 0; cases[i].sentences[j]; j++) {
			const char *want = cases[i].sentences[j];
			cr_expect(j < n, "case %zu: missing sentence %zu", i, j);
			if (j >= n)
				break;
			cr_expect(sp[j].end - sp[j].start == strlen(want) &&
			              !memcmp(t + sp[j].start, want, strlen(want)),
			          "case %zu sentence %zu: got '%.*s'", i, j,
			          (int)(sp[j].end - sp[j].start), t + sp[j].start);
		}
		cr_expect_eq(n, j, "case %zu: %zu sentences, want %zu", i, n, j);
		free(sp);
	}
	test_rules_free();
}

/* A text with no full stop (a page of one "sentence", a flattened table)
** is cut at clause breaks into pieces of at most XC_SENTENCE_MAX bytes
** that cover it, so the work per figure stays bounded; no piece cuts a
** number such as "1,200". */
Test(segment, over_long_sentences_are_cut_at_clause_breaks)
{
	xc_ruleset *rs = test_rules();
	const char *unit = "the plant employs 1,200 workers, and output rose ";
	size_t ul = strlen(unit), reps = 3 * XC_SENTENCE_MAX / ul + 1, len = ul * reps;
	char *t = malloc(len + 1);
	xc_span *sp = NULL;
	size_t n = 0, cap = 0, i, covered = 0;

	cr_assert_not_null(t);
	for (i = 0; i < reps; i++)
		memcpy(t + i * ul, unit, ul);
	t[len] = 0;
	cr_assert_eq(xc_segment(rs, t, len, &sp, &n, &cap), XC_OK);
	cr_expect_geq(n, 2);
	for (i = 0; i < n; i++) {
		size_t a = sp[i].start, b = sp[i].end;
		cr_expect_leq(b - a, XC_SENTENCE_MAX, "piece %zu: %zu bytes", i, b - a);
		/* never between the digits of 1,200 */
		cr_expect(!(b < len && t[b - 1] == ',' && t[b] >= '0' && t[b] <= '9'),
		          "piece %zu ends inside a number", i);
		cr_expect(i == 0 || a >= sp[i - 1].end);
		covered += b - a;
	}
	/* only the spaces at the cuts are left out */
	cr_expect_geq(covered + n, len - 1);
	free(sp);
	free(t);
	test_rules_free();
}
