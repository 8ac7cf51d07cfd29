/* test_text.c -- normalisation and the offset map. */
#include <criterion/criterion.h>
#include <string.h>

#include "crosscheck.h"

static xc_text *norm(const char *s, size_t len)
{
	xc_text *t = NULL;
	cr_assert_eq(xc_text_new(s, len, &t), XC_OK);
	return t;
}

static const struct {
	const char *in, *out;
} folds[] = {
	{ "plain ascii 123", "plain ascii 123" },
	{ "15\xE2\x80\x93" "25%", "15-25%" },            /* en dash */
	{ "a\xE2\x80\x94" "b", "a-b" },                   /* em dash */
	{ "\xE2\x88\x92" "5", "-5" },                     /* minus sign */
	{ "$5\xC2\xA0million", "$5 million" },            /* NBSP */
	{ "5\xE2\x80\xAF" "000", "5 000" },               /* narrow NBSP */
	{ "\xE2\x80\x9Cquoted\xE2\x80\x9D", "\"quoted\"" },
	{ "Nvidia\xE2\x80\x99s", "Nvidia's" },
	{ "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93", "123" }, /* full-width */
	{ "3\xC3\x97 faster", "3x faster" },               /* multiplication */
	{ "soft\xC2\xADhyphen", "softhyphen" },
	{ "caf\xC3\xA9", "caf\xC3\xA9" },                  /* unchanged */
	{ "\xEF\xBF\xA5" "100", "\xC2\xA5" "100" },        /* full-width yen */
	/* terminal escapes are blanked byte for byte: "31m" is no figure */
	{ "up \x1b[31m7%\x1b[0m now", "up      7%     now" },
	{ "a\x1b]0;45 million\x07" "b", "a               b" },
	{ "\x1b[1;32mok", "       ok" },
};

Test(text, folds_typographic_variants_and_nfkc)
{
	size_t i;

	for (i = 0; i < sizeof folds / sizeof folds[0]; i++) {
		xc_text *t = norm(folds[i].in, strlen(folds[i].in));
		size_t n;
		const char *o = xc_text_norm(t, &n);
		cr_expect_eq(n, strlen(folds[i].out), "case %zu: length %zu", i, n);
		cr_expect(!memcmp(o, folds[i].out, n), "case %zu: got '%s'", i, o);
		xc_text_free(t);
	}
}

Test(text, maps_offsets_back_to_original_bytes)
{
	/* "a—$5 million" : em dash is 3 bytes, folded to 1 */
	const char *s = "a\xE2\x80\x94$5\xC2\xA0million";
	xc_text *t = norm(s, strlen(s));
	size_t n;
	const char *o = xc_text_norm(t, &n);

	cr_assert_str_eq(o, "a-$5 million");
	cr_expect_eq(xc_text_orig(t, 0, 0), 0);
	cr_expect_eq(xc_text_orig(t, 1, 0), 1);      /* the dash starts at 1 */
	cr_expect_eq(xc_text_orig(t, 2, 1), 4);      /* end of dash = 4 */
	cr_expect_eq(xc_text_orig(t, 2, 0), 4);      /* '$' */
	cr_expect_eq(xc_text_orig(t, 4, 0), 6);      /* NBSP starts at 6 */
	cr_expect_eq(xc_text_orig(t, 5, 0), 8);      /* 'm' after 2-byte NBSP */
	cr_expect_eq(xc_text_orig(t, n, 1), strlen(s));
	xc_text_free(t);
}

Test(text, removed_characters_map_to_both_sides)
{
	const char *s = "ab\xC2\xAD" "cd"; /* soft hyphen removed */
	xc_text *t = norm(s, strlen(s));

	cr_assert_str_eq(xc_text_norm(t, NULL), "abcd");
	cr_expect_eq(xc_text_orig(t, 2, 1), 2); /* "ab" ends before it */
	cr_expect_eq(xc_text_orig(t, 2, 0), 4); /* "cd" starts after it */
	xc_text_free(t);
}

Test(text, replaces_invalid_utf8_one_per_byte)
{
	const char s[] = "x\xFF\xC3(\xED\xA0\x80y"; /* bad, truncated, surrogate */
	xc_text *t = norm(s, sizeof s - 1);
	size_t n;
	const char *o = xc_text_norm(t, &n);

	cr_expect_eq(xc_text_invalid(t), 5);
	cr_expect_eq(o[0], 'x');
	cr_expect(!memcmp(o + 1, "\xEF\xBF\xBD", 3));
	cr_expect_eq(xc_text_orig(t, n - 1, 0), sizeof s - 2); /* 'y' */
	xc_text_free(t);
}

Test(text, nul_bytes_become_spaces)
{
	const char s[] = "a\0b";
	xc_text *t = norm(s, 3);

	cr_expect(!memcmp(xc_text_norm(t, NULL), "a b", 3));
	xc_text_free(t);
}

/* ASCII is copied eight bytes at a time: a NUL, a non-ASCII character or
** the end of the input at every position of a block must still be seen. */
Test(text, special_bytes_at_every_position_of_a_block)
{
	static const struct {
		const char *b, *o; /* bytes put in, what they become */
	} sp[] = { { "\0", " " }, { "\xE2\x80\x93", "-" }, { "\xFF", "\xEF\xBF\xBD" } };
	size_t k, at, len;

	for (k = 0; k < sizeof sp / sizeof sp[0]; k++)
		for (len = 1; len <= 24; len++)
			for (at = 0; at < len; at++) {
				char in[32], want[32];
				size_t bl = k ? strlen(sp[k].b) : 1, ol = strlen(sp[k].o);
				size_t n, wn = len - 1 + ol, inl = len - 1 + bl;
				xc_text *t;
				const char *o;
				memset(in, 'a', sizeof in);
				memset(want, 'a', sizeof want);
				memcpy(in + at, sp[k].b, bl);
				memcpy(want + at, sp[k].o, ol);
				t = norm(in, inl);
				o = xc_text_norm(t, &n);
				cr_expect_eq(n, wn, "case %zu len %zu at %zu: length %zu", k,
				             len, at, n);
				cr_expect(n == wn && !memcmp(o, want, n),
				          "case %zu len %zu at %zu", k, len, at);
				/* the byte after it maps back past it */
				if (at + 1 < len)
					cr_expect_eq(xc_text_orig(t, at + ol, 0), at + bl);
				xc_text_free(t);
			}
}

Test(text, empty_input)
{
	xc_text *t = norm("", 0);
	size_t n = 99;

	cr_expect_str_eq(xc_text_norm(t, &n), "");
	cr_expect_eq(n, 0);
	xc_text_free(t);
	xc_text_free(NULL);
}

Test(text, detects_binary)
{
	const char bin[] = "PK\x03\x04\0\0binary";
	cr_expect(xc_looks_binary(bin, sizeof bin - 1));
	cr_expect(!xc_looks_binary("plain text\n", 11));
	cr_expect(!xc_looks_binary("", 0));
}
