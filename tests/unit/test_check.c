/* test_check.c -- the reconciler over small stores built here: verdicts,
** explanations with their numbers, independence, tables, allocation
** failures. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

static xc_check *run(xc_store *st)
{
	const char *dirs[] = { "rules" };
	xc_check *ck = NULL;
	cr_assert_eq(xc_check_run(st, test_rules(), dirs, 1, NULL, &ck), XC_OK);
	return ck;
}

/* The finding holding claims with texts ta and tb, or NULL. */
static const xc_finding *finding(const xc_check *ck, const char *ta,
                                 const char *tb)
{
	size_t nf, nc, i, j;
	const xc_finding *f = xc_check_findings(ck, &nf);
	const xc_check_claim *c = xc_check_claims(ck, &nc);

	for (i = 0; i < nf; i++) {
		int a = 0, b = 0;
		for (j = 0; j < f[i].nclaims; j++) {
			a |= !strcmp(c[f[i].claims[j]].text, ta);
			b |= !strcmp(c[f[i].claims[j]].text, tb);
		}
		if (a && b)
			return &f[i];
	}
	return NULL;
}

/* The finding of type type holding claims printed as ta and tb, or NULL. */
static const xc_finding *finding_of(const xc_check *ck, const char *type,
                                    const char *ta, const char *tb)
{
	size_t nf, nc, i, j;
	const xc_finding *f = xc_check_findings(ck, &nf);
	const xc_check_claim *c = xc_check_claims(ck, &nc);

	for (i = 0; i < nf; i++) {
		int a = 0, b = 0;
		if (strcmp(f[i].type, type))
			continue;
		for (j = 0; j < f[i].nclaims; j++) {
			a |= !strcmp(c[f[i].claims[j]].text, ta);
			b |= !strcmp(c[f[i].claims[j]].text, tb);
		}
		if (a && b)
			return &f[i];
	}
	return NULL;
}

/* The corroboration of the figure printed as text, or NULL. */
static const xc_corroboration *corroboration(const xc_check *ck,
                                             const char *text)
{
	size_t n, i;
	const xc_corroboration *co = xc_check_corroborations(ck, &n);

	for (i = 0; i < n; i++)
		if (!strcmp(co[i].figure, text))
			return &co[i];
	return NULL;
}

static const art h20[] = {
	{ "a.md", "The Dispatch", "2025-04-16",
	  "ByteDance and Tencent ordered at least $16 billion of Nvidia's H20 "
	  "chips in the first quarter, three people said." },
	{ "b.md", "Harbor Times", "2025-04-18",
	  "Chinese companies amassed $12 billion worth of Nvidia H20 chips in "
	  "the first quarter, according to supply-chain data." },
	{ "c.md", "Ledger Daily", "2025-04-17",
	  "Chinese companies placed more than $12 billion of rush orders for "
	  "Nvidia's H20 processors in the first quarter, Ledger Daily has "
	  "learned." },
};

Test(check, disjoint_readings_conflict_and_say_why, .fini = test_store_drop)
{
	xc_store *st = test_store(h20, 3);
	xc_check *ck = run(st);
	const xc_finding *f = finding(ck, "at least $16 billion", "$12 billion");

	cr_assert_not_null(f);
	cr_expect_str_eq(f->verdict, "conflict");
	cr_expect_str_eq(f->type, "value");
	cr_expect_str_eq(f->subject, "Nvidia H20");
	cr_expect_str_eq(f->metric, "purchases");
	cr_expect_str_eq(f->period, "2025-Q1");
	cr_expect_geq(f->severity, XC_SEV_MEDIUM);
	/* the arithmetic is in the explanation: 16B - 12.5B = 3.5B (a stated
	** bound is not rounded) */
	cr_expect(strstr(f->explanation, "16 billion - 12.5 billion = 3.5 "
	                                 "billion") != NULL, "%s", f->explanation);
	cr_expect_float_eq(f->gap, 3.5 / 16, 1e-9);
	xc_check_free(ck);
	xc_store_close(st);
}

Test(check, hedges_that_allow_both_are_compatible_bounds, .fini = test_store_drop)
{
	xc_store *st = test_store(h20, 3);
	xc_check *ck = run(st);
	const xc_finding *f = finding(ck, "more than $12 billion",
	                              "at least $16 billion");
	cr_assert_not_null(f);
	cr_expect_str_eq(f->verdict, "compatible_bounds");
	cr_expect_eq(f->severity, XC_SEV_LOW);
	xc_check_free(ck);
	xc_store_close(st);
}

Test(check, rounding_and_currencies, .fini = test_store_drop)
{
	static const art a[] = {
		{ "g.md", "Gazette", "2025-06-12", "The Riverton council approved a "
		  "$2.4 billion budget for fiscal 2026 on Wednesday." },
		{ "h.md", "Herald", "2025-06-12", "The Riverton council approved a "
		  "$2.38 billion budget for fiscal 2026 on Wednesday." },
		{ "e.md", "Eastwire", "2025-01-23", "ByteDance will spend \xC2\xA5"
		  "100 billion on AI infrastructure this year." },
		{ "p.md", "Pacific", "2025-01-22", "ByteDance will spend $13.8 "
		  "billion on AI infrastructure in 2025." },
	};
	xc_store *st = test_store(a, 4);
	xc_check *ck = run(st);
	const xc_finding *f = finding(ck, "$2.4 billion", "$2.38 billion");
	size_t nf, i;

	cr_assert_not_null(f);
	cr_expect_str_eq(f->verdict, "rounding_dependent");
	/* the same budget in yuan and in dollars is no conflict */
	f = finding(ck, "\xC2\xA5" "100 billion", "$13.8 billion");
	cr_expect(f == NULL || strcmp(f->verdict, "conflict"),
	          "yuan vs dollars: %s", f ? f->explanation : "");
	xc_check_findings(ck, &nf);
	for (i = 0; i < nf; i++)
		cr_expect_str_neq(xc_check_findings(ck, &nf)[i].verdict, "conflict");
	xc_check_free(ck);
	xc_store_close(st);
}

Test(check, syndicated_copies_are_one_origin, .fini = test_store_drop)
{
	static const char body[] =
		"HONG KONG (Harbor Times) - Chinese companies amassed $12 billion "
		"worth of Nvidia H20 chips in the first quarter, according to "
		"supply-chain data compiled by a research firm.  The stockpile "
		"amounts to roughly 1.2 million chips, the firm estimated.";
	const art a[] = {
		{ "wire.md", "Harbor Times", "2025-04-18", body },
		{ "copy.md", "Metro Courier", "2025-04-18", body },
		{ "own.md", "Signal", "2025-04-19", "Chinese companies amassed $12 "
		  "billion worth of Nvidia H20 chips in the first quarter, "
		  "customs records show." },
	};
	xc_store *st = test_store(a, 3);
	xc_check *ck = run(st);
	size_t i, nd;
	const xc_corroboration *co = corroboration(ck, "$12 billion");
	const xc_check_doc *d = xc_check_docs(ck, &nd);

	cr_assert_not_null(co);
	cr_expect_eq(co->articles, 3);
	cr_expect_eq(co->origins, 2);
	for (i = 0; i < nd; i++)
		if (!strcmp(d[i].path, "copy.md"))
			cr_expect_str_eq(d[nd > 0 ? d[i].dup_of : 0].path, "wire.md");
	xc_check_free(ck);
	xc_store_close(st);
}

Test(check, stated_change_that_does_not_add_up, .fini = test_store_drop)
{
	static const art a[] = {
		{ "x.md", "X", "2025-01-01", "Acme Corp's revenue rose to $16 "
		  "billion in 2025, up from $10 billion, a 25% rise." },
		{ "y.md", "Y", "2025-01-01", "Zenith Corp's revenue rose to $11.7 "
		  "billion in 2025, up from $10 billion, a 17% rise." },
	};
	xc_store *st = test_store(a, 2);
	xc_check *ck = run(st);
	const xc_finding *f = finding(ck, "25%", "$10 billion");

	cr_assert_not_null(f);
	cr_expect_str_eq(f->type, "arithmetic");
	cr_expect_str_eq(f->verdict, "conflict");
	cr_expect(strstr(f->explanation, "+60.00%") != NULL, "%s",
	          f->explanation);
	/* 11.7 / 10 = +17.0%: consistent, so not a finding */
	cr_expect_null(finding(ck, "17%", "$10 billion"));
	xc_check_free(ck);
	xc_store_close(st);
}

Test(check, empty_store_gives_an_empty_report, .fini = test_store_drop)
{
	xc_store *st = test_store(NULL, 0);
	xc_check *ck = run(st);
	size_t n;

	xc_check_findings(ck, &n);
	cr_expect_eq(n, 0);
	xc_check_docs(ck, &n);
	cr_expect_eq(n, 0);
	xc_check_free(ck);
	xc_store_close(st);
}

Test(check, broken_tables_are_reported_with_their_line, .fini = test_store_drop)
{
	char dir[64], sub[96], file[128];
	const char *dirs[2];
	xc_store *st = test_store(h20, 1);
	xc_check *ck = NULL;
	xc_diags *d;
	FILE *f;

	snprintf(dir, sizeof dir, "/tmp/xc-rules-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(sub, sizeof sub, "%s/check", dir);
	cr_assert_eq(mkdir(sub, 0700), 0);
	snprintf(file, sizeof file, "%s/rates.tsv", sub);
	f = fopen(file, "w");
	fputs("# ok\nEUR\t2025\t1.1\nCNY\t2025\tcheap\n", f);
	fclose(f);
	dirs[0] = "rules";
	dirs[1] = dir;
	xc_diags_new(&d);
	cr_expect_eq(xc_check_run(st, test_rules(), dirs, 2, d, &ck), XC_ERULES);
	cr_expect_null(ck);
	cr_assert_eq(xc_diags_count(d), 1);
	cr_expect(strstr(xc_diags_get(d, 0), "rates.tsv:3:1:") != NULL, "%s",
	          xc_diags_get(d, 0));
	xc_diags_free(d);
	unlink(file);
	rmdir(sub);
	rmdir(dir);
	xc_store_close(st);
}

Test(check, shares_times_and_unit_pairs, .fini = test_store_drop)
{
	static const art a[] = {
		{ "s.md", "S", "2025-01-01", "Alibaba accounted for 45% of the "
		  "orders, ByteDance for 40% and Tencent for 25%. Later, Alibaba "
		  "accounted for 50% of the sales and Tencent for 30%. Sales "
		  "reached $2 billion, of which Baidu accounted for 70% and JD for "
		  "35%." },
		{ "t.md", "T", "2025-01-01", "The Acme stockpile is worth $30 billion, "
		  "twice the $10 billion of a year ago. The Acme revenue reached $9 "
		  "billion, three times the $3 billion of 2023." },
		{ "u.md", "U", "2025-08-04", "The Pine fire burned 10,000 acres (2,000 "
		  "hectares). The Oak fire burned more than 13,000 acres (5,400 "
		  "hectares)." },
	};
	xc_store *st = test_store(a, 3);
	xc_check *ck = run(st);
	const xc_finding *f;

	f = finding(ck, "45%", "25%");
	cr_assert_not_null(f);
	cr_expect_str_eq(f->type, "arithmetic");
	cr_expect(strstr(f->explanation, "= 110%") != NULL, "%s", f->explanation);
	cr_expect_null(finding(ck, "50%", "30%")); /* 80% in all: fine */
	/* a figure before the shares does not hide them */
	f = finding(ck, "70%", "35%");
	cr_assert_not_null(f);
	cr_expect(strstr(f->explanation, "= 105%") != NULL, "%s", f->explanation);
	f = finding(ck, "twice", "$30 billion");
	cr_assert_not_null(f);
	cr_expect_str_eq(f->verdict, "conflict");
	cr_expect(strstr(f->explanation, "2 x 10 billion = 20 billion, not 30 "
	                 "billion") != NULL, "%s", f->explanation);
	cr_expect_null(finding(ck, "three times", "$9 billion"));
	f = finding(ck, "10,000 acres", "2,000 hectares");
	cr_assert_not_null(f);
	cr_expect_str_eq(f->type, "conversion");
	cr_expect_null(finding(ck, "more than 13,000 acres", "5,400 hectares"));
	xc_check_free(ck);
	xc_store_close(st);
}

/* A conversion in parentheses is checked at the table rate of its year or
** the year before; an undated article's at the rate of any year the table
** lists, so only a conversion no such rate explains is a conflict. */
Test(check, undated_conversions_fit_any_listed_year, .fini = test_store_drop)
{
	static const art a[] = {
		{ "u.md", "U", NULL, "Talvik Holdings paid a bonus of 150 million "
		  "euros ($162.9 million) to its chief executive." },
		{ "w.md", "W", NULL, "Orsa Bank set aside 80 million euros ($131.2 "
		  "million) for fines." },
		{ "d.md", "D", "2025-06-01", "Merel Group paid 300 million euros "
		  "($325.8 million) for the port, and Brask 100 million euros "
		  "($97 million) for the yard." },
	};
	xc_store *st = test_store(a, 3);
	xc_check *ck = run(st);

	/* 1.086 USD a euro: the 2024 rate, and the article gives no year */
	cr_expect_null(finding_of(ck, "conversion", "150 million euros",
	                          "$162.9 million"));
	/* 1.64 USD a euro: no year's rate */
	cr_expect_not_null(finding_of(ck, "conversion", "80 million euros",
	                              "$131.2 million"));
	/* dated 2025: the 2024 average (1.082) fits, 0.97 fits no year near */
	cr_expect_null(finding_of(ck, "conversion", "300 million euros",
	                          "$325.8 million"));
	cr_expect_not_null(finding_of(ck, "conversion", "100 million euros",
	                              "$97 million"));
	xc_check_free(ck);
	xc_store_close(st);
}

/* Figures no metric word names are paired by their frames (the words of
** their clauses, the counted noun), at most one per document in a pair,
** never on a single shared word of no weight, and the finding says how it
** was paired: its weight and the fields that agreed. */
Test(check, figures_paired_by_their_words, .fini = test_store_drop)
{
	static const art a[] = {
		{ "l.md", "Ledger", "2025-10-02", "Northgate Water will spend the "
		  "money on a $340 million capital plan that replaces pipe under "
		  "old streets. The average pipe in Northgate is 70 years old." },
		{ "p.md", "Post", "2025-10-03", "Northgate Water backed a $340 "
		  "million plan that replaces pipe under the streets. Northgate "
		  "pipes average 67 years in age." },
		{ "q.md", "Quarterly", "2025-10-04", "Northgate Water paid $25 "
		  "million in dividends to the city." },
	};
	xc_store *st = test_store(a, 3);
	xc_check *ck = run(st);
	const xc_finding *f = finding(ck, "70 years", "67 years");
	const xc_corroboration *co;

	cr_assert_not_null(f);
	cr_expect_str_eq(f->verdict, "conflict");
	cr_assert_not_null(f->evidence);
	cr_expect(strstr(f->evidence, "weight ") && strstr(f->evidence, "near "),
	          "%s", f->evidence);
	cr_expect(f->match > 0.5 && f->match < 1, "%g", f->match);
	co = corroboration(ck, "$340 million");
	cr_assert_not_null(co, "the $340 million plan is not corroborated");
	cr_expect_eq(co->articles, 2);
	/* $25 million shares only a word or two of no weight: not paired */
	cr_expect_null(finding(ck, "$25 million", "$340 million"));
	xc_check_free(ck);
	xc_store_close(st);
}

/* Fields that say one thing several ways (a "group" of match.tsv: names,
** clause names, attribution's subject) count once: the evidence of a
** pair lists at most one of them for and one against. */
Test(check, grouped_fields_count_once, .fini = test_store_drop)
{
	static const art a[] = {
		{ "a.md", "Courier", "2026-03-02", "Storm Talvi hit Kerrow on "
		  "Monday. In Kerrow, 1,200 homes were flooded when the Varne "
		  "rose." },
		{ "b.md", "Gazette", "2026-03-02", "Storm Talvi reached Kerrow. In "
		  "Kerrow, some 1,500 flooded homes lost power as the Varne rose." },
	};
	static const char *const grouped[] = { " names ", " clause_names ",
	                                        " subject " };
	xc_store *st = test_store(a, 2);
	xc_check *ck = run(st);
	const xc_finding *f = finding(ck, "1,200 homes", "some 1,500 flooded homes");
	size_t k, listed = 0;

	cr_assert_not_null(f);
	cr_assert_not_null(f->evidence);
	for (k = 0; k < 3; k++)
		listed += strstr(f->evidence, grouped[k]) != NULL;
	cr_expect(listed == 1, "one of names, clause names, subject: %s",
	          f->evidence);
	xc_check_free(ck);
	xc_store_close(st);
}

/* Money given in two currencies is compared in a currency both articles
** wrote, not across currencies at a year's average rate, and the two
** halves of a pair are one figure of their article: one finding. */
Test(check, money_in_two_currencies_compares_like_with_like,
     .fini = test_store_drop)
{
	static const art a[] = {
		{ "f.md", "Food Daily", "2025-09-23", "Sorelle Foods will invest "
		  "\u20ac450 million ($490 million) in a new plant near Lyon." },
		{ "e.md", "Euro Markets", "2025-09-23", "Sorelle Foods will spend "
		  "$520 million (\u20ac480 million) on a factory near Lyon." },
	};
	xc_store *st = test_store(a, 2);
	xc_check *ck = run(st);
	const xc_finding *f = finding(ck, "\u20ac450 million", "$520 million");
	size_t n, i, values = 0;
	const xc_finding *all = xc_check_findings(ck, &n);

	cr_assert_not_null(f);
	cr_expect_str_eq(f->verdict, "conflict");
	cr_expect(strstr(f->explanation, "table rate") == NULL, "%s",
	          f->explanation);
	for (i = 0; i < n; i++)
		values += !strcmp(all[i].type, "value");
	cr_expect_eq(values, 1, "%zu value findings", values);
	xc_check_free(ck);
	xc_store_close(st);
}

/* A headline repeating a figure that is paired by words joins the same
** group: one finding, not one for the headlines and one for the text
** (groups of one bucket sharing their words stay apart only when a
** document reads differently in them). */
Test(check, a_headline_repeat_paired_by_words_is_one_finding,
     .fini = test_store_drop)
{
	static const art a[] = {
		{ "h.md", "Health Desk", "2025-11-10", "Corvexa cuts heart attack "
		  "risk by 23%, trial finds\n\nThe drug Corvexa cut the risk of "
		  "heart attack by 23% in a trial." },
		{ "m.md", "Med Wire", "2025-11-10", "Corvexa lowers heart attacks "
		  "22% in study\n\nCorvexa lowered heart attacks by 22% in a "
		  "trial." },
	};
	xc_store *st = test_store(a, 2);
	xc_check *ck = run(st);
	size_t n, i, k = 0;
	const xc_finding *f = xc_check_findings(ck, &n);

	for (i = 0; i < n; i++)
		k += !strcmp(f[i].verdict, "conflict");
	cr_expect_eq(k, 1, "%zu conflicts", k);
	cr_expect_not_null(finding(ck, "23%", "22%"));
	xc_check_free(ck);
	xc_store_close(st);
}

/* Guard members and soldiers deployed count one thing. */
Test(check, troops_deployed_in_other_words_corroborate, .fini = test_store_drop)
{
	static const art a[] = {
		{ "v.md", "Courier", "2025-04-14", "In Brackton, some 300 National "
		  "Guard members were deployed." },
		{ "s.md", "Wire", "2025-04-14", "The state deployed about 300 "
		  "Guard soldiers in Brackton." },
	};
	xc_store *st = test_store(a, 2);
	xc_check *ck = run(st);
	const xc_corroboration *co =
	    corroboration(ck, "some 300 National Guard members");

	cr_assert_not_null(co);
	cr_expect_eq(co->articles, 2);
	xc_check_free(ck);
	xc_store_close(st);
}

/* A figure two articles corroborate has spoken: the words pass does not
** pair it again under another name. */
Test(check, a_corroborated_figure_is_not_paired_again, .fini = test_store_drop)
{
	static const art a[] = {
		{ "h.md", "Herald", "2025-11-14", "In Velmont, core inflation, "
		  "which strips out food and energy, held at 2.8%." },
		{ "p.md", "Post", "2025-11-14", "In Velmont, core inflation was "
		  "2.8%." },
	};
	xc_store *st = test_store(a, 2);
	xc_check *ck = run(st);
	size_t n, i, k = 0;
	const xc_corroboration *co = xc_check_corroborations(ck, &n);

	for (i = 0; i < n; i++)
		k += !strcmp(co[i].figure, "2.8%");
	cr_expect_eq(k, 1, "2.8%% corroborated %zu times", k);
	xc_check_free(ck);
	xc_store_close(st);
}

/* "one in five" with nothing compared against is a share: it meets a
** percentage of the same thing. */
Test(check, a_share_in_words_meets_a_percentage, .fini = test_store_drop)
{
	static const art a[] = {
		{ "t.md", "Tribune", "2025-10-07", "At Harborview, about 18% of "
		  "patients left before being seen, the authority said." },
		{ "b.md", "Herald", "2025-10-06", "At Harborview, roughly one in "
		  "five patients left without being seen." },
	};
	xc_store *st = test_store(a, 2);
	xc_check *ck = run(st);
	const xc_finding *f = finding(ck, "about 18%", "roughly one in five");

	cr_assert_not_null(f);
	cr_expect_str_neq(f->verdict, "conflict");
	cr_expect(strstr(f->explanation, "17.98 to 22.02 %") != NULL, "%s",
	          f->explanation);
	xc_check_free(ck);
	xc_store_close(st);
}

/* A count that names nothing pairs with one that does ("reached 9.6
** million" / "9.6 million passengers"), never two counts of different
** things. */
Test(check, unnamed_counts_pair_by_words, .fini = test_store_drop)
{
	static const art a[] = {
		{ "c.md", "Courier", "2026-03-11", "The Ashford airport handled 9.6 "
		  "million passengers last year and filed 1,850 noise reports." },
		{ "t.md", "Tribune", "2026-03-12", "At Ashford airport, passenger "
		  "numbers reached 9.6 million last year." },
	};
	xc_store *st = test_store(a, 2);
	xc_check *ck = run(st);
	const xc_corroboration *co;
	size_t n, i, found = 0;

	co = xc_check_corroborations(ck, &n);
	for (i = 0; i < n; i++)
		found += !strcmp(co[i].figure, "9.6 million passengers") ||
		         !strcmp(co[i].figure, "9.6 million");
	cr_expect_eq(found, 1, "9.6 million not corroborated");
	cr_expect_null(finding(ck, "1,850 noise reports", "9.6 million"));
	xc_check_free(ck);
	xc_store_close(st);
}

/* Two articles and what the reconciler must say of them: the finding
** holding texts ta and tb (if set), its verdict, and (if set) its subject
** and a phrase of its explanation; and up to two pairs of texts (none[0]
** and none[1], none[2] and none[3]) that must share no finding. */
typedef struct pcase {
	const char *why;
	art a[2];
	const char *ta, *tb, *verdict, *subject, *expl;
	const char *none[4];
} pcase;

static const pcase pairs[] = {
	{ "words that exclude each other (contrast.lex) part two figures: a "
	  "maker's hybrid cars are not its battery cars, whatever the gap",
	  { { "h.md", "Herald", "2026-01-03", "Corvane sold 402,118 plug-in "
	      "hybrid cars last year, its carmaker said on Friday." },
	    { "t.md", "Times", "2026-01-03", "Corvane sold 398,540 "
	      "battery-only cars last year, the carmaker said." } },
	  NULL, NULL, NULL, NULL, NULL, { "402,118 plug-in hybrid cars",
	  "398,540 battery-only cars" } },
	{ "a hedge on a figure printed to its last unit allows a few of those "
	  "units: 'some 61,212' and 61,190 are two counts that disagree",
	  { { "a.md", "Herald", "2026-02-01", "Some 61,212 visitors came to "
	      "the Lindqvist fair in 2025, the organisers said." },
	    { "b.md", "Times", "2026-02-02", "The Lindqvist fair drew 61,190 "
	      "visitors in 2025." } },
	  "Some 61,212 visitors", "61,190 visitors", "conflict", NULL, NULL,
	  { NULL } },
	{ "a yearly figure ('an annual record of N') dated to a year is that "
	  "year's total: compared with the other article's total for the year",
	  { { "a.md", "Herald", "2026-02-01", "Rail journeys fell to 3,210 in "
	      "2025, below the annual record of 4,118 set in 2023." },
	    { "b.md", "Times", "2026-02-02", "Passengers made 4,186 rail "
	      "journeys in 2023, the best year on record." } },
	  "4,118", "4,186 rail journeys", "conflict", NULL, NULL, { NULL } },
	{ "a vague figure goes with a figure of the same noun only: "
	  "'thousands of firefighters' is no part of '4,100 people' evacuated",
	  { { "a.md", "Herald", "2026-02-01", "Thousands of firefighters "
	      "fought the Calder fire. About 4,100 people left their homes in "
	      "Calder." },
	    { "b.md", "Times", "2026-02-01", "Some 4,600 people were evacuated "
	      "from their homes in Calder." } },
	  "About 4,100 people", "Some 4,600 people", "conflict", NULL, NULL,
	  { "Thousands of firefighters", "Some 4,600 people" } },
	{ "a year belongs to the figure nearest it: the 2024 count pairs with "
	  "the 2024 count, not with the one beside it dated 2023",
	  { { "a.md", "Herald", "2026-02-01", "Ferry crossings reached 8,410 in "
	      "2024, up from 6,020 in 2023." },
	    { "b.md", "Times", "2026-02-02", "In 2024 there were 8,460 ferry "
	      "crossings." } },
	  "8,410", "8,460 ferry crossings", "conflict", NULL, NULL,
	  { "6,020", "8,460 ferry crossings" } },
	{ "a document's exact figure speaks for it, not its vague headline "
	  "('tens of thousands of people', a range)",
	  { { "a.md", "Herald", "2026-05-02", "Tens of thousands of people march "
	      "in Riverton\n\nPolice said 45,000 people marched through "
	      "Riverton." },
	    { "b.md", "Tribune", "2026-05-02", "Organisers said 200,000 people "
	      "marched through Riverton." } },
	  "45,000 people", "200,000 people", "conflict", NULL,
	  "Herald says \"45,000 people\"", { NULL } },
	{ "a total with additions ('bringing the total deal to') is not the fee "
	  "another article gives",
	  { { "s.md", "Sportsdesk", "2026-01-15", "Corvin FC signs Adeyemi for "
	      "record \u20ac65 million\n\nCorvin FC have signed striker Tunde "
	      "Adeyemi for a club-record fee of \u20ac65 million, the club "
	      "announced on Thursday.\n\nCorvin also paid a further \u20ac5 "
	      "million in add-ons, bringing the total deal to \u20ac70 million." },
	    { "f.md", "Football Daily", "2026-01-15", "Adeyemi joins Corvin in "
	      "\u20ac60m deal\n\nTunde Adeyemi has completed his move to Corvin "
	      "FC for \u20ac60 million, a fee that could rise with add-ons." } },
	  NULL, NULL, NULL, NULL, NULL,
	  { "\u20ac70 million", "\u20ac60 million" } },
	{ "an earlier value ('up from 19') meets no undated figure of another "
	  "article; the current one does",
	  { { "h.md", "Herald", "2026-02-20", "Officials in Greenvale confirmed "
	      "27 measles cases, up from 19 a week ago." },
	    { "n.md", "News", "2026-02-21", "The outbreak in Greenvale has "
	      "reached 31 measles cases, officials said." } },
	  "27 measles cases", "31 measles cases", "conflict", NULL, NULL,
	  { "19", "31 measles cases" } },
	{ "a document's most precise statement represents it: 'past 30,000' "
	  "in a headline does not hide '30,950 students'",
	  { { "c.md", "Courier", "2025-09-18", "Westbrook University enrolled "
	      "31,400 students this fall." },
	    { "g.md", "Gazette", "2025-09-19", "Westbrook enrollment climbs past "
	      "30,000\n\nWestbrook University has 30,950 students enrolled for "
	      "the fall semester." } },
	  "31,400 students", "30,950 students", "conflict", NULL, NULL, { NULL } },
	{ "a compound noun counts its head ('dockworkers', 'dock workers'); "
	  "'according to' names a source, not the subject",
	  { { "m.md", "Mercury", "2026-06-09", "About 1,500 dockworkers walked "
	      "off the job at the Port of Calder, according to the Calder "
	      "Chamber of Commerce." },
	    { "g.md", "Gazette", "2026-06-09", "Some 2,100 dock workers at Calder "
	      "stopped work." } },
	  "About 1,500 dockworkers", "Some 2,100 dock workers", "conflict",
	  "Calder", NULL, { NULL } },
	{ "counts of one noun in unlike statements ('58 drivers short', '45 "
	  "new drivers hired') are not paired by that noun",
	  { { "d.md", "Dispatch", "2025-09-02", "Marlow County Public Schools "
	      "is 58 drivers short of the 340 it needs, district spokesperson "
	      "Carla Mendes said." },
	    { "o.md", "Observer", "2025-09-03", "Schools in Marlow face a driver "
	      "shortage. The district raised pay by 12%, and has hired 45 new "
	      "drivers since June." } },
	  NULL, NULL, NULL, NULL, NULL, { "58 drivers", "45 new drivers" } },
	{ "one document's two figures in one sentence are two facts: each pairs "
	  "with the other document's figure of the same date",
	  { { "t.md", "Tribune", "2025-10-07", "Patients at Harborview waited "
	      "an average of 5.2 hours in the emergency department in "
	      "September, up from 4.1 hours a year earlier." },
	    { "b.md", "Herald", "2025-10-06", "Emergency patients at Harborview "
	      "waited 4.8 hours on average in September, compared with 4.1 "
	      "hours in September 2024." } },
	  "5.2 hours", "4.8 hours", "conflict", NULL, NULL,
	  { "5.2 hours", "4.1 hours", "4.8 hours", "4.1 hours" } },
	{ "words of one meaning (synonym.lex) pair figures, and nouns of one "
	  "meaning count one thing",
	  { { "m.md", "Metro", "2025-05-02", "The Harbor Point stadium will "
	      "seat 42,000 fans." },
	    { "c.md", "Beat", "2025-05-03", "The Harbor Point venue will hold "
	      "45,000 spectators." } },
	  "42,000 fans", "45,000 spectators", "conflict", NULL, NULL, { NULL } },
	{ "a count printed to the unit is exact: three schools are no "
	  "rounding of four",
	  { { "c.md", "Courier", "2025-11-05", "The Marren bond will pay for "
	      "four new schools." },
	    { "l.md", "Ledger", "2025-11-05", "In Marren the money will build "
	      "three new schools." } },
	  "four new schools", "three new schools", "conflict", NULL,
	  "4 - 3 = 1 school apart", { NULL } },
	{ "two pairs of one sentence sharing all their words are two groups, "
	  "each figure with its match",
	  { { "c.md", "Courier", "2025-11-05", "In Marren, homeowners will pay "
	      "an estimated $62 a year for every $100,000 of assessed value." },
	    { "l.md", "Ledger", "2025-11-05", "Marren estimates the tax at $62 "
	      "per $100,000 of assessed value each year." } },
	  NULL, NULL, NULL, NULL, NULL,
	  { "an estimated $62", "$100,000", "$100,000", "$62" } },
	{ "a height above a reference is not the level ('6 feet above flood "
	  "stage'); crested and peaked say one thing",
	  { { "v.md", "Courier", "2025-04-14", "The Sallow River crested at "
	      "24.6 feet on Sunday, more than 6 feet above flood stage." },
	    { "s.md", "Wire", "2025-04-14", "The Sallow River peaked at 25.1 "
	      "feet on Sunday." } },
	  "24.6 feet", "25.1 feet", "conflict", NULL, NULL,
	  { "more than 6 feet", "25.1 feet" } },
	{ "roundings that only touch do not meet: 2.15 is printed 2.2, so "
	  "'$2.1 billion' and '$2.2 billion' conflict",
	  { { "d.md", "Deal Street", "2025-09-09", "Halvorsen Group will "
	      "acquire Brightline Software for $2.1 billion." },
	    { "p.md", "Business Post", "2025-09-09", "Halvorsen Group has "
	      "agreed to pay $2.2 billion for Brightline Software." } },
	  "$2.1 billion", "$2.2 billion", "conflict", "Brightline", NULL,
	  { NULL } },
	{ "'nearly 140,000' is below 140,000: 142,000 conflicts with it; fans "
	  "who packed into a festival are its attendance",
	  { { "g.md", "Gazette", "2025-08-05", "The Kestrel Festival drew "
	      "142,000 people over three days." },
	    { "e.md", "Evening Post", "2025-08-05", "Nearly 140,000 music fans "
	      "packed into Fenmoor Park for the Kestrel Festival." } },
	  "142,000 people", "Nearly 140,000 music fans", "conflict",
	  "Kestrel Festival", NULL, { NULL } },
	{ "two tolerances that only touch ('about 1,900' and 'some 2,100' at "
	  "1,995) do not meet",
	  { { "m.md", "Mercury", "2026-06-09", "About 1,900 dockworkers walked "
	      "off the job at the Port of Calder." },
	    { "g.md", "Gazette", "2026-06-09", "Some 2,100 dock workers at Calder "
	      "stopped work." } },
	  "About 1,900 dockworkers", "Some 2,100 dock workers", "conflict",
	  "Calder", NULL, { NULL } },
	{ "a figure inside another's tolerance meets it ('41%' within 'about "
	  "40%')",
	  { { "c.md", "Courier", "2025-11-05", "In Marren, turnout was 41%." },
	    { "l.md", "Ledger", "2025-11-05", "In Marren, turnout was about "
	      "40%." } },
	  "41%", "about 40%", "compatible_bounds", NULL, NULL, { NULL } },
	{ "a whole number may be rounded at its trailing zeros ('$488,000' to "
	  "the thousand)",
	  { { "t.md", "Times", "2025-11-12", "The median price of a home in "
	      "Ridgefield rose to $487,500." },
	    { "j.md", "Journal", "2025-11-12", "In Ridgefield, the median sale "
	      "price rose to $488,000." } },
	  "$487,500", "$488,000", "rounding_dependent", NULL,
	  "rounding to the thousand", { NULL } },
	{ "a stated bound is not rounded: 'more than 2 million' excludes 1.8 "
	  "million",
	  { { "w.md", "Wire", "2025-03-04", "The CloudNest outage affected more "
	      "than 2 million customers." },
	    { "r.md", "Register", "2025-03-04", "The CloudNest outage hit 1.8 "
	      "million users." } },
	  "more than 2 million customers", "1.8 million users", "conflict", NULL,
	  NULL, { NULL } },
	{ "a vague headline folds into its article's figure: the article says "
	  "14,000, which meets 'about 15,000'",
	  { { "w.md", "Wire", "2025-03-04", "CloudNest outage takes down "
	      "thousands of websites\n\nAt CloudNest, roughly 14,000 websites "
	      "went offline." },
	    { "r.md", "Register", "2025-03-04", "At CloudNest, the outage took "
	      "about 15,000 sites offline." } },
	  "thousands of websites", "about 15,000 sites", "compatible_bounds",
	  NULL, "roughly 14,000 websites", { NULL } },
	{ "allowances that only touch ('about four hours' and 'five-hour' at "
	  "270 minutes) do not meet, and the explanation says so",
	  { { "w.md", "Wire", "2025-03-04", "The CloudNest outage lasted about "
	      "four hours." },
	    { "r.md", "Register", "2025-03-04", "At CloudNest, a five-hour "
	      "outage took sites offline." } },
	  "about four hours", "five-hour", "conflict", NULL, "only touch at 270",
	  { NULL } },
	{ "online sales are not all sales: their growth is not compared with "
	  "the total's",
	  { { "r.md", "Retail Daily", "2026-01-15", "US holiday retail sales "
	      "rose 3.8% to $994 billion. US online sales jumped 8.7% to $241 "
	      "billion." },
	    { "m.md", "Market News", "2026-01-15", "US holiday sales grew 3.9% "
	      "last season. US e-commerce sales climbed 8.7% to $241.4 "
	      "billion." } },
	  "3.8%", "3.9%", "conflict", NULL, NULL,
	  { "3.8%", "8.7%", "3.9%", "8.7%" } },
	{ "two figures in one foreign currency bear no exchange-rate "
	  "tolerance: EUR 450 million and EUR 460 million conflict",
	  { { "a.md", "Courrier", "2025-09-23", "Lumen SA will spend \u20ac450 "
	      "million on a plant in Lyon." },
	    { "b.md", "Tribune", "2025-09-23", "Lumen SA will invest \u20ac460 "
	      "million in a plant in Lyon." } },
	  "\u20ac450 million", "\u20ac460 million", "conflict", NULL,
	  "USD allowing for rounding to the million;", { NULL } },
};

Test(check, pairs_of_articles, .fini = test_store_drop)
{
	size_t i, j;

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		const pcase *p = &pairs[i];
		xc_store *st = test_store(p->a, 2);
		xc_check *ck = run(st);
		const xc_finding *f = p->ta ? finding(ck, p->ta, p->tb) : NULL;

		if (p->ta)
			cr_expect_not_null(f, "%s: no finding", p->why);
		if (f)
			cr_expect_str_eq(f->verdict, p->verdict, "%s", p->why);
		/* every value finding says why its figures were paired */
		if (f && !strcmp(f->type, "value"))
			cr_expect(f->evidence && strstr(f->evidence, "weight "),
			          "%s: no pairing evidence", p->why);
		if (f && p->subject)
			cr_expect_str_eq(f->subject, p->subject, "%s", p->why);
		if (f && p->expl)
			cr_expect(strstr(f->explanation, p->expl) != NULL, "%s: %s",
			          p->why, f->explanation);
		for (j = 0; j < 4 && p->none[j]; j += 2)
			cr_expect_null(finding(ck, p->none[j], p->none[j + 1]), "%s",
			               p->why);
		xc_check_free(ck);
		xc_store_close(st);
		test_store_drop();
	}
}
