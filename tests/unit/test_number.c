/* test_number.c -- the number grammar: digits, words, scales, precision. */
#include <math.h>

#include "helpers.h"

static const struct {
	const char *s;
	double value, precision;
} ok[] = {
	{ "5", 5, 1 },
	{ "400,000", 400000, 1 },
	{ "1,234,567", 1234567, 1 },
	{ "13.7", 13.7, 0.1 },
	{ "16 billion", 16e9, 1e9 },
	{ "13.7 billion", 13700000000.0, 1e8 },
	{ "12B", 12e9, 1e9 },
	{ "5.5bn", 5.5e9, 1e8 },
	{ "400k", 400000, 1000 },
	{ "2.5 lakh crore", 2.5e12, 1e11 },
	{ "1,200 crore", 12e9, 1e7 },
	{ "one", 1, 1 },
	{ "twenty-five", 25, 1 },
	{ "twenty five", 25, 1 },
	{ "one hundred and twenty", 120, 1 },
	{ "three hundred", 300, 100 },
	{ "one million", 1e6, 1e6 },
	{ "a million", 1e6, 1e6 },
	{ "two hundred thousand", 200000, 1e5 },
	{ "a dozen", 12, 12 },
	{ "half", 0.5, 0.5 },
	{ "one-tenth", 0.1, 0.1 },
	{ "two-thirds", 2.0 / 3.0, 1.0 / 3.0 },
	{ "a quarter", 0.25, 0.25 },
	{ "1.2 million", 1.2e6, 1e5 },
	{ "twice", 2, 1 },
	{ "Forty", 40, 1 },
	{ "-9.25", -9.25, 0.01 },
	{ "minus five", -5, 1 },
	{ ".08", 0.08, 0.01 },
	{ "1e10", 1e10, 1e10 },
	{ "12.32e+14", 1.232e15, 1e12 },
	{ "3/4", 0.75, 0.25 },
	{ "2 1/4", 2.25, 0.25 },
	{ "12,34,567", 1234567, 1 },
	{ "one and a half", 1.5, 0.5 },
	{ "half a million", 500000, 500000 },
	{ "a quarter of a million", 250000, 250000 },
	{ "two thirds of a billion", 2e9 / 3, 1e9 / 3 },
	{ "a trillionth", 1e-12, 1e-12 },
	{ "two thousand and two hundred", 2200, 100 },
};

static const char *const bad[] = {
	"", "million", "a", "abc", "1,23", "one two", "a five", "12Q",
	".0E860", "1e999", "one of a million", "of a million",
};

Test(number, parses_digits_words_and_scales)
{
	size_t i;
	xc_ruleset *rs = test_rules();

	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		xc_number n;
		cr_expect_eq(xc_number_parse(rs, ok[i].s, strlen(ok[i].s), &n), XC_OK,
		             "'%s' did not parse", ok[i].s);
		cr_expect(fabs(n.value - ok[i].value) <= 1e-9 * fmax(1, ok[i].value),
		          "'%s': value %.17g", ok[i].s, n.value);
		cr_expect(fabs(n.precision - ok[i].precision) <=
		              1e-9 * fmax(1, ok[i].precision),
		          "'%s': precision %.17g", ok[i].s, n.precision);
	}
	test_rules_free();
}

Test(number, scaled_decimals_are_exact)
{
	xc_number n;
	xc_ruleset *rs = test_rules();

	cr_assert_eq(xc_number_parse(rs, "13.7 billion", 12, &n), XC_OK);
	/* exactly 13700000000, not 13.7 * 1e9 = 13699999999.999998 */
	cr_expect(n.value == 13700000000.0);
	test_rules_free();
}

Test(number, rejects_what_is_not_a_number)
{
	size_t i;
	xc_ruleset *rs = test_rules();

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		xc_number n;
		cr_expect_eq(xc_number_parse(rs, bad[i], strlen(bad[i]), &n),
		             XC_EINVAL, "'%s' should not parse", bad[i]);
	}
	test_rules_free();
}
