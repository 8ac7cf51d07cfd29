/* test_match.c -- the matcher through its candidate pairs: for two short
** articles of one story, the level each frame field takes for the pair of
** named figures (claim frames, frame.c; levels, match.c), and pairs that
** must and must not be taken for one fact.  Table-driven; sentences
** written for these tests. */
#include <string.h>

#include "helpers.h"

typedef struct mcase {
	const char *why;
	const char *a, *b;     /* the two articles (one story) */
	const char *ta, *tb;   /* the figures of the pair */
	const char *levels[4]; /* "field=level" the pair must show */
} mcase;

static const mcase cases[] = {
	{ "the counted noun after a modifier is the head; the clause's names "
	  "are shared",
	  "Storm Talvi hit Kerrow on Monday. In Kerrow, 1,200 homes were "
	  "flooded when the Varne rose.",
	  "Storm Talvi reached Kerrow. In Kerrow, some 1,500 flooded homes lost "
	  "power as the Varne rose.",
	  "1,200 homes", "some 1,500 flooded homes",
	  { "head=same", "clause_names=share", "value=within40", NULL } },
	{ "a part ('including') is not the whole",
	  "The Kerrow blast injured 300 people on Monday, the Kerrow police "
	  "said.",
	  "The Kerrow blast on Monday injured many people, including 40 people "
	  "on a train.",
	  "300 people", "40 people", { "qual=differ", NULL } },
	{ "an earlier bid is another fact than the fee",
	  "Marlow United paid a fee of £130 million for Ostrander, a club "
	  "record at Marlow United.",
	  "\u2019Marlow United\u2019s board rejected a previous bid of £110 "
	  "million for Ostrander before the deal.",
	  "£130 million", "£110 million", { "prior=differ", NULL } },
	{ "words narrowing the noun differ: a battery plant is not a hybrid "
	  "plant",
	  "Velcar will spend $2 billion on battery cell plants in Ostrava, "
	  "Velcar said on Friday.",
	  "Velcar will spend $2.4 billion on hybrid engine plants in Ostrava, a "
	  "Velcar filing shows.",
	  "$2 billion", "$2.4 billion",
	  { "modifiers=differ", "head=same", NULL } },
	{ "years named in the sentence set figures apart",
	  "In 2022, 45,700 people crossed the Strait of Merrow in small boats, "
	  "a Merrow record.",
	  "Since the start of 2024, 33,600 people have crossed the Strait of "
	  "Merrow in small boats.",
	  "45,700 people", "33,600 people", { "years=differ", NULL } },
	{ "clause words weighted by rarity: a shared rare word is high",
	  "The Hadley substation fire cut power to 16,000 homes in Hadley "
	  "overnight.",
	  "The Hadley substation fire left 67,000 homes in Hadley without "
	  "power.",
	  "16,000 homes", "67,000 homes", { "near=high", NULL } },
	{ "a year belongs to the figure nearest it, not to the sentence's "
	  "other figure",
	  "Ferry trips on the Merrow line reached 8,410 in 2024, up from 6,020 "
	  "in 2023.",
	  "The Merrow line carried 6,100 ferry trips in 2023, its operator "
	  "said.",
	  "6,020", "6,100 ferry trips", { "years=same", NULL } },
	{ "'last year' dates a figure from its article's date (2026: 2025)",
	  "The Merrow line carried 6,020 ferry trips last year, its operator "
	  "said.",
	  "The Merrow line carried 8,100 ferry trips in 2025, its operator "
	  "said.",
	  "6,020 ferry trips", "8,100 ferry trips", { "years=same", NULL } },
	{ "words that exclude each other clash: hybrid cars are not battery "
	  "cars",
	  "Corvane sold 402,118 plug-in hybrid cars in 2025, Corvane said.",
	  "Corvane sold 398,540 battery-only cars in 2025, Corvane said.",
	  "402,118 plug-in hybrid cars", "398,540 battery-only cars",
	  { "contrast=clash", NULL } },
};

/* The levels of the pair (ta, tb) in the candidate pairs, or NULL. */
static const char *levels_of(const xc_check *ck, const char *ta,
                             const char *tb)
{
	size_t n, i;
	const xc_pair *p = xc_check_pairs(ck, &n);

	for (i = 0; i < n; i++)
		if ((!strcmp(p[i].text_a, ta) && !strcmp(p[i].text_b, tb)) ||
		    (!strcmp(p[i].text_a, tb) && !strcmp(p[i].text_b, ta)))
			return p[i].levels;
	return NULL;
}

Test(match, frame_fields_take_their_levels, .fini = test_store_drop)
{
	const char *dirs[] = { "rules" };
	size_t i, k;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const mcase *m = &cases[i];
		art a[2] = { { "a.md", "Courier", "2026-03-02", m->a },
		             { "b.md", "Gazette", "2026-03-02", m->b } };
		xc_store *st = test_store(a, 2);
		xc_check *ck = NULL;
		const char *lv;
		cr_assert_eq(xc_check_run_ex(st, test_rules(), dirs, 1,
		                             XC_CHECK_PAIRS, NULL, &ck), XC_OK);
		lv = levels_of(ck, m->ta, m->tb);
		cr_expect_not_null(lv, "%s: %s / %s are no candidate pair", m->why,
		                   m->ta, m->tb);
		for (k = 0; lv && k < 4 && m->levels[k]; k++)
			cr_expect(strstr(lv, m->levels[k]) != NULL, "%s: want %s in %s",
			          m->why, m->levels[k], lv);
		xc_check_free(ck);
		xc_store_close(st);
		test_store_drop();
	}
}

/* Figures of two stories are never candidates, whatever their words. */
Test(match, figures_of_different_stories_never_meet, .fini = test_store_drop)
{
	const char *dirs[] = { "rules" };
	art a[2] = {
		{ "a.md", "Courier", "2026-03-02", "Storm Talvi flooded Kerrow and "
		  "the Varne; the Kerrow council counted 1,200 homes flooded." },
		{ "b.md", "Post", "2026-03-02", "The Dunmore budget funds 1,300 "
		  "homes for teachers, the Dunmore mayor Ostrander said." },
	};
	xc_store *st = test_store(a, 2);
	xc_check *ck = NULL;
	size_t n;

	cr_assert_eq(xc_check_run_ex(st, test_rules(), dirs, 1, XC_CHECK_PAIRS,
	                             NULL, &ck), XC_OK);
	xc_check_pairs(ck, &n);
	cr_expect_eq(n, 0, "%zu candidate pairs across two stories", n);
	cr_expect_neq(xc_check_docs(ck, &n)[0].story,
	              xc_check_docs(ck, &n)[1].story);
	xc_check_free(ck);
	xc_store_close(st);
}
