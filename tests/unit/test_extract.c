/* test_extract.c -- what counts as a claim, what does not, provenance
** (offsets, sentences), conversion pairs, and hostile inputs. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include "helpers.h"

#define NA NAN

static const struct {
	const char *sentence, *text;
	xc_kind kind;
	double value, low, high; /* NAN = null */
	const char *unit;
	int approx;
} claims[] = {
	{ "orders of at least $16 billion in Q1", "at least $16 billion",
	  XC_KIND_MONEY, 16e9, 16e9, NA, "USD", 0 },
	{ "more than $12 billion of rush orders", "more than $12 billion",
	  XC_KIND_MONEY, 12e9, 12e9, NA, "USD", 0 },
	{ "it had amassed $12 billion", "$12 billion", XC_KIND_MONEY, 12e9, 12e9,
	  12e9, "USD", 0 },
	{ "S$21.5 billion in reserves", "S$21.5 billion", XC_KIND_MONEY, 21.5e9,
	  21.5e9, 21.5e9, "SGD", 0 },
	{ "between $10 and $20 million", "between $10 and $20 million",
	  XC_KIND_MONEY, NA, 10e6, 20e6, "USD", 0 },
	{ "a budget of 100 billion yuan", "100 billion yuan", XC_KIND_MONEY,
	  100e9, 100e9, 100e9, "CNY", 0 },
	{ "RMB 85 billion", "RMB 85 billion", XC_KIND_MONEY, 85e9, 85e9, 85e9,
	  "CNY", 0 },
	{ "400,000+ Nvidia H200 GPUs", "400,000+ Nvidia H200 GPUs",
	  XC_KIND_COUNT, 400000, 400000, NA, "GPU", 0 },
	{ "requested one million H20 chips", "one million H20 chips",
	  XC_KIND_COUNT, 1e6, 1e6, 1e6, "chip", 0 },
	{ "hired 1,000 engineers", "1,000 engineers", XC_KIND_COUNT, 1000, 1000,
	  1000, "engineer", 0 },
	{ "between 2 and 4.8 million", "between 2 and 4.8 million",
	  XC_KIND_COUNT, NA, 2e6, 4.8e6, "", 0 },
	{ "3-5 million", "3-5 million", XC_KIND_COUNT, NA, 3e6, 5e6, "", 0 },
	{ "5,000 to 10,000 people", "5,000 to 10,000 people", XC_KIND_COUNT, NA,
	  5000, 10000, "person", 0 },
	{ "a 16.5% rise", "16.5%", XC_KIND_PERCENT, 16.5, 16.5, 16.5, "%", 0 },
	{ "50 percent of them", "50 percent", XC_KIND_PERCENT, 50, 50, 50, "%",
	  0 },
	{ "up 0.2 percentage points", "0.2 percentage points", XC_KIND_PERCENT,
	  0.2, 0.2, 0.2, "pp", 0 },
	{ "margins of 15\xE2\x80\x93" "25%", "15\xE2\x80\x93" "25%",
	  XC_KIND_PERCENT, NA, 15, 25, "%", 0 },
	{ "six times the throughput of the H20", "six times", XC_KIND_RATIO, 6,
	  6, 6, "x", 0 },
	{ "twice as fast", "twice", XC_KIND_RATIO, 2, 2, 2, "x", 0 },
	{ "a 42-fold increase", "42-fold", XC_KIND_RATIO, 42, 42, 42, "x", 0 },
	{ "2\xE2\x80\x93" "3\xC3\x97 longer", "2\xE2\x80\x93" "3\xC3\x97",
	  XC_KIND_RATIO, NA, 2, 3, "x", 0 },
	{ "one-tenth of the H100's performance", "one-tenth", XC_KIND_RATIO, 0.1,
	  0.1, 0.1, "x", 0 },
	{ "half the speed of an H100", "half", XC_KIND_RATIO, 0.5, 0.5, 0.5, "x",
	  0 },
	{ "about 20% of the H100's performance", "about 20%", XC_KIND_RATIO, 0.2,
	  0.2, 0.2, "x", 1 },
	{ "80GB of memory", "80GB", XC_KIND_QUANTITY, 80, 80, 80, "GB", 0 },
	{ "a 4nm process", "4nm", XC_KIND_QUANTITY, 4, 4, 4, "nm", 0 },
	{ "takes 2\xE2\x80\x93" "4 hours", "2\xE2\x80\x93" "4 hours",
	  XC_KIND_QUANTITY, NA, 2, 4, "h", 0 },
	{ "lasts 12-18 months", "12-18 months", XC_KIND_QUANTITY, NA, 12, 18,
	  "month", 0 },
	{ "up to 2 million chips", "up to 2 million chips", XC_KIND_COUNT, 2e6,
	  NA, 2e6, "chip", 0 },
	{ "nearly $14 billion", "nearly $14 billion", XC_KIND_MONEY, 14e9, NA,
	  14e9, "USD", 1 },
	{ "about 700,000 units", "about 700,000 units", XC_KIND_COUNT, 700000,
	  700000, 700000, "unit", 1 },
	{ "~$14B", "~$14B", XC_KIND_MONEY, 14e9, 14e9, 14e9, "USD", 1 },
	{ "approx. 700,000 units", "approx. 700,000 units", XC_KIND_COUNT,
	  700000, 700000, 700000, "unit", 1 },
	{ "upwards of 5,000 workers", "upwards of 5,000 workers", XC_KIND_COUNT,
	  5000, 5000, NA, "worker", 0 },
	{ "\xE2\x82\xB9" "1,200 crore", "\xE2\x82\xB9" "1,200 crore",
	  XC_KIND_MONEY, 12e9, 12e9, 12e9, "INR", 0 },
	{ "\xE2\x82\xAC" "9.8 billion", "\xE2\x82\xAC" "9.8 billion",
	  XC_KIND_MONEY, 9.8e9, 9.8e9, 9.8e9, "EUR", 0 },
	/* two one-sided bounds joined into one range */
	{ "more than 40% and less than 60% of votes",
	  "more than 40% and less than 60%", XC_KIND_PERCENT, NA, 40, 60, "%", 0 },
	{ "at most 100 and at least 20 apples", "at most 100 and at least 20 apples",
	  XC_KIND_COUNT, NA, 20, 100, "apple", 0 },
	{ "50 cents more", "50 cents", XC_KIND_MONEY, 0.5, 0.5, 0.5, "USD", 0 },
	{ "it cost 3 dollars 50 cents", "3 dollars 50 cents", XC_KIND_MONEY, 3.5,
	  3.5, 3.5, "USD", 0 },
	{ "a change of -9.25% on the day", "-9.25%", XC_KIND_PERCENT, -9.25, -9.25,
	  -9.25, "%", 0 },
	/* a bare number compared with a count of its sentence is a count of
	** a thing left unsaid (rule count.elided) */
	{ "27 measles cases, up from 19 a week ago", "19", XC_KIND_COUNT, 19, 19,
	  19, "", 0 },
	{ "Flights would rise from about 210 a day to 300.", "300",
	  XC_KIND_COUNT, 300, 300, 300, "", 0 },
	{ "1,200 buildings were damaged, including 110 that collapsed", "110",
	  XC_KIND_COUNT, 110, 110, 110, "", 0 },
	{ "58 drivers short of the 340 it needs", "340", XC_KIND_COUNT, 340, 340,
	  340, "", 0 },
	{ "Police arrested 23 people, compared with 28 last year.", "28",
	  XC_KIND_COUNT, 28, 28, 28, "", 0 },
	{ "The dealer sold 40 cars versus 35 in May.", "35", XC_KIND_COUNT, 35,
	  35, 35, "", 0 },
};

static int same(double want, int has, double got)
{
	if (isnan(want))
		return !has;
	return has && fabs(want - got) <= 1e-9 * fmax(1, fabs(want));
}

Test(extract, finds_each_kind_with_value_interval_and_unit)
{
	size_t i;

	for (i = 0; i < sizeof claims / sizeof claims[0]; i++) {
		const char *s = claims[i].sentence;
		const xc_claim *c = test_find(s, claims[i].text);
		cr_expect_not_null(c, "case %zu: no claim '%s' in '%s'", i,
		                   claims[i].text, s);
		if (!c)
			continue;
		cr_expect_eq(c->kind, claims[i].kind, "case %zu: kind %s", i,
		             xc_kind_name(c->kind));
		cr_expect(same(claims[i].value, c->has_value, c->value),
		          "case %zu: value %g", i, c->value);
		cr_expect(same(claims[i].low, c->has_low, c->low), "case %zu: low %g",
		          i, c->low);
		cr_expect(same(claims[i].high, c->has_high, c->high),
		          "case %zu: high %g", i, c->high);
		cr_expect_str_eq(c->unit, claims[i].unit, "case %zu", i);
		cr_expect_eq(c->approx, (unsigned)claims[i].approx, "case %zu", i);
	}
	test_rules_free();
}

/* Each of these holds numbers and no claim at all. */
static const char *const not_claims[] = {
	"It happened in 2024.",
	"Orders in fiscal 2024 were strong.",
	"Q1 2025 results are due.",
	"The H20, H200 and GB200 NVL72 ship later.",
	"Huawei's 910B and the Ascend 910C compete.",
	"Microsoft's Phi-3 and Meta's Llama 3 are open.",
	"Huawei's CloudMatrix 384 is a rack.",
	"Published on April 16, 2025 at 10:45 a.m.",
	"It was 16 April 2025.",
	"Call +1 (415) 555-0134 now.",
	"Visit https://example.com/2025/16-billion-orders for more.",
	"See https://example.com/a/b/c/d/e/f/g/h/2025/16-billion-orders today.",
	"Which one do you prefer?",
	"The 3rd and 21st entries.",
	"See issue 42 and edition No. 7.",
	"He is playing three-dimensional chess.",
	"ByteDance is one of the largest buyers.",
	"A one-stop shop.",
	"The council voted 7-2 on it.",
	"In the first half of the year profits rose.",
	"It happened in the first three months of the year.",
	"Published 2025-04-16.",
	"Subscribe now and save 50% for 3 months.",
};

Test(extract, years_dates_ids_phones_urls_idioms_are_not_claims)
{
	size_t i, k, n;

	for (i = 0; i < sizeof not_claims / sizeof not_claims[0]; i++) {
		const xc_claim *c = test_extract(not_claims[i], &n);
		for (k = 0; k < n; k++)
			cr_expect(c[k].kind > XC_KIND_QUANTITY,
			          "'%s': unexpected %s claim '%.*s' [%s]", not_claims[i],
			          xc_kind_name(c[k].kind), (int)(c[k].end - c[k].start),
			          not_claims[i] + c[k].start, c[k].rule);
	}
	test_rules_free();
}

/* An elided count is a whole number: a fraction word after "of the" is
** not one ("by the end of the quarter"). */
Test(extract, elided_counts_are_whole_numbers)
{
	static const char *const t =
		"Analysts expect 127,142 GPUs to be delivered by the end of the "
		"quarter.";
	size_t k, n;
	const xc_claim *c = test_extract(t, &n);

	for (k = 0; k < n; k++)
		cr_expect(!(c[k].kind == XC_KIND_COUNT &&
		            !strncmp(t + c[k].start, "quarter", 7)),
		          "'quarter' read as a count [%s]", c[k].rule);
	test_rules_free();
}

Test(extract, offsets_are_bytes_of_the_original_and_text_matches)
{
	/* curly quotes, an em dash and NBSP before the claims */
	const char *s = "\xE2\x80\x9C" "Big\xE2\x80\x9D news \xE2\x80\x94 Nvidia"
	                "\xE2\x80\x99s orders hit\xC2\xA0" "$16\xC2\xA0" "billion.";
	size_t n;
	const xc_claim *c = test_extract(s, &n);
	const char *want = "$16\xC2\xA0" "billion";

	cr_assert_geq(n, 1);
	cr_expect_eq(c[0].end - c[0].start, strlen(want));
	cr_expect(!memcmp(s + c[0].start, want, strlen(want)), "got '%.*s'",
	          (int)(c[0].end - c[0].start), s + c[0].start);
	cr_expect_eq(c[0].sent_start, 0);
	cr_expect_eq(c[0].sent_end, strlen(s));
	test_rules_free();
}

Test(extract, claims_know_their_sentence)
{
	const char *s = "Sales rose. The U.S. firm sold 5,000 trucks. Done.";
	const xc_claim *c = test_find(s, "5,000 trucks");

	cr_assert_not_null(c);
	cr_expect_eq(c->sent_start, 12);
	cr_expect_eq(c->sent_end, 44);
	test_rules_free();
}

Test(extract, conversion_pairs_are_linked)
{
	const char *s = "ByteDance will spend \xC2\xA5" "100 billion ($13.7 billion).";
	size_t n;
	const xc_claim *c = test_extract(s, &n);

	cr_assert_eq(n, 2);
	cr_expect_str_eq(c[0].unit, "CNY");
	cr_expect_str_eq(c[1].unit, "USD");
	cr_expect_eq(c[0].pair, 1);
	cr_expect_eq(c[1].pair, 0);
	cr_expect(fabs(c[1].precision - 1e8) < 1);
	test_rules_free();
}

Test(extract, same_currency_neighbours_are_not_pairs)
{
	size_t n;
	const xc_claim *c = test_extract("$5 million ($6 million)", &n);

	cr_assert_eq(n, 2);
	cr_expect_eq(c[0].pair, -1);
	test_rules_free();
}

Test(extract, invalid_utf8_and_nul_bytes_do_not_break_offsets)
{
	const char s[] = "\xFF\xFEjunk\0 then $5 million.";
	const xc_claim *c;
	size_t n;

	test_rules();
	c = test_extract("", &n);
	cr_expect_eq(n, 0);
	{
		xc_extractor *x;
		cr_assert_eq(xc_extractor_new(test_rules(), &x), XC_OK);
		cr_assert_eq(xc_extract(x, s, sizeof s - 1, &c, &n), XC_OK);
		cr_assert_eq(n, 1);
		cr_expect(!memcmp(s + c[0].start, "$5 million", 10));
		cr_expect_eq(xc_extractor_stats(x)->invalid_utf8, 2);
		xc_extractor_free(x);
	}
	test_rules_free();
}

Test(extract, a_huge_line_is_handled)
{
	size_t len = 8u << 20, i, n;
	char *s = malloc(len + 1);
	const xc_claim *c;

	cr_assert_not_null(s);
	for (i = 0; i < len; i++)
		s[i] = "abc 12 $5 million "[i % 18];
	s[len] = '\0';
	c = test_extract(s, &n);
	cr_expect_gt(n, 400000);
	cr_expect(!memcmp(s + c[1].start, "$5 million", 10));
	free(s);
	test_rules_free();
}

Test(extract, hostile_user_pattern_hits_the_limit_and_is_disabled)
{
	char dir[] = "/tmp/xc-hostile-XXXXXX", path[128], cmd[160];
	const char *dirs[2];
	xc_ruleset *rs = NULL;
	xc_extractor *x = NULL;
	const xc_claim *c;
	size_t n, i;
	const char *const *dis;
	FILE *f;
	char *text;
	clock_t t0;

	cr_assert(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/lexicon", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/evil.rules", dir);
	f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs("rule evil.backtrack\nkind count\npriority 90\n"
	      "pattern (?<num>(?:(?:[0-9]|[0-9a])+)+)[b-z]\n", f);
	fclose(f);
	dirs[0] = "rules";
	dirs[1] = dir;
	cr_assert_eq(xc_ruleset_load(dirs, 2, NULL, &rs), XC_OK);
	cr_assert_eq(xc_extractor_new(rs, &x), XC_OK);
	text = malloc(64 * 40 + 32);
	for (i = 0; i < 64 * 40; i++)
		text[i] = (i % 40) < 37 ? '1' : ' ';
	strcpy(text + 64 * 40, "and $5 million.");
	t0 = clock();
	cr_assert_eq(xc_extract(x, text, strlen(text), &c, &n), XC_OK);
	/* not a timing assertion: the run finishing at all is the point */
	(void)t0;
	dis = xc_extractor_disabled(x);
	cr_assert_not_null(dis[0]);
	cr_expect_str_eq(dis[0], "evil.backtrack");
	cr_expect_gt(xc_extractor_stats(x)->limit_hits, 0);
	cr_expect_eq(c[n - 1].kind, XC_KIND_MONEY); /* the rest still works */
	free(text);
	xc_extractor_free(x);
	xc_ruleset_free(rs);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	cr_expect_eq(system(cmd), 0);
}
