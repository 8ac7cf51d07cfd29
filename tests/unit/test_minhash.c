/* test_minhash.c -- near-duplicate signatures. */
#include <stdio.h>

#include "helpers.h"

static const char story[] =
	"Chinese artificial intelligence companies amassed $12 billion worth of "
	"Nvidia H20 chips in the first quarter, according to supply-chain data "
	"compiled by a research firm. The stockpile amounts to roughly 1.2 "
	"million chips, the firm estimated, though deliveries lag orders by "
	"several months. The H20 offers about half the performance of the H100, "
	"the firm said, but it remains the most capable Nvidia product that can "
	"be sold in China without a licence.";

static double sim(const char *a, const char *b)
{
	uint32_t x[XC_MINHASH_N], y[XC_MINHASH_N];
	xc_minhash(a, strlen(a), x);
	xc_minhash(b, strlen(b), y);
	return xc_minhash_similarity(x, y);
}

Test(minhash, identical_texts_are_identical)
{
	cr_expect_eq(sim(story, story), 1.0);
}

Test(minhash, case_and_punctuation_do_not_matter)
{
	char up[sizeof story];
	size_t i;
	for (i = 0; i < sizeof story; i++)
		up[i] = (story[i] >= 'a' && story[i] <= 'z') ? story[i] - 32
		        : story[i] == ',' ? ';' : story[i];
	cr_expect_eq(sim(story, up), 1.0);
}

Test(minhash, a_syndicated_copy_is_near_and_another_story_far)
{
	char copy[2048];
	snprintf(copy, sizeof copy, "Metro Courier | Wire. %s Share this story.",
	         story);
	cr_expect_geq(sim(story, copy), 0.6, "copy: %f", sim(story, copy));
	cr_expect_lt(sim(story, "Huawei plans to ship about 650,000 Ascend AI "
	                        "processors this year, up from roughly 450,000 in "
	                        "2024, according to two people at its suppliers."),
	             0.1);
}

Test(minhash, short_and_empty_texts)
{
	uint32_t x[XC_MINHASH_N];
	size_t k;
	xc_minhash("", 0, x);
	for (k = 0; k < XC_MINHASH_N; k++)
		cr_expect_eq(x[k], UINT32_MAX);
	/* fewer than five words: no shingle; two such texts are not copies */
	cr_expect_eq(sim("one two", "one two"), 0.0);
	cr_expect_eq(sim("one two", story), 0.0);
}
