/*
** number.c -- locale-independent parsing of printed numbers.
**
** Accepts digits ("400,000", "13.7", ".5"), digits with a scale word or
** suffix ("16 billion", "12B", "5.5bn", "2.5 lakh crore"), English number
** words ("twenty-five", "one hundred and twenty", "one million", "a dozen")
** and fractions ("half", "one-tenth", "two-thirds").  Words come from the
** numword, scale and frac lexicons, never from C tables.
**
** Values are built from an integer mantissa and a power of ten, so that
** "13.7 billion" is exactly 13700000000 rather than 13.7 * 1e9.  Each result
** keeps the place value of its last printed digit as its precision.
**
** Nothing here uses strtod, atof or the C locale on article text.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* 10^k for |k| <= 22 is exact in a double. */
static double p10(int k)
{
	static const double t[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
	                            1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
	                            1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
	                            1e22 };
	if (k >= 0 && k <= 22)
		return t[k];
	if (k < 0 && k >= -22)
		return 1.0 / t[-k];
	return pow(10.0, k);
}

static double dec_value(int64_t mant, int exp)
{
	if (exp >= 0)
		return (double)mant * p10(exp);
	if (exp >= -22)
		return (double)mant / p10(-exp);
	return (double)mant * pow(10.0, exp);
}

/* Parse the numeric value of a lexicon's canonical form: "1e9", "12",
** "0.5", "1/3".  Rule data, not article text. */
static bool canon_value(const char *c, double *v)
{
	char *end;
	const char *slash = strchr(c, '/');

	if (slash) {
		double a = strtod(c, &end), b;
		if (end != slash)
			return false;
		b = strtod(slash + 1, &end);
		if (*end || b == 0)
			return false;
		*v = a / b;
		return true;
	}
	*v = strtod(c, &end);
	return end != c && *end == '\0';
}

/* Digits with optional thousands groups and decimals.  Returns the bytes
** consumed (0 when s does not start with a number). */
static size_t parse_digits(const char *s, size_t len, int64_t *mant, int *exp)
{
	size_t i = 0, ndig = 0, group = 0, ngroups = 0;
	int64_t m = 0;
	int e = 0, extra = 0;
	bool commas = false, indian = false, spaces = false;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (xc_is_digit(c)) {
			if (m < (INT64_MAX - 9) / 10)
				m = m * 10 + (c - '0');
			else
				extra++;
			ndig++;
			group++;
			i++;
		} else if (c == ',' && ndig > 0 && !spaces &&
		           (commas ? group == 3 : group <= 3) && i + 3 < len &&
		           xc_is_digit((unsigned char)s[i + 1]) &&
		           xc_is_digit((unsigned char)s[i + 2]) &&
		           xc_is_digit((unsigned char)s[i + 3]) &&
		           (i + 4 >= len || !xc_is_digit((unsigned char)s[i + 4]))) {
			commas = true;
			group = 0;
			ngroups++;
			i++;
		} else if (c == ' ' && ndig > 0 && (spaces || !commas) &&
		           (spaces ? group == 3 : group <= 3) && i + 3 < len &&
		           xc_is_digit((unsigned char)s[i + 1]) &&
		           xc_is_digit((unsigned char)s[i + 2]) &&
		           xc_is_digit((unsigned char)s[i + 3]) &&
		           (i + 4 >= len || !xc_is_digit((unsigned char)s[i + 4]))) {
			/* SI grouping with spaces: 1 234 567 (the rules decide when
			** a space joins groups; here it only may) */
			spaces = commas = true;
			group = 0;
			ngroups++;
			i++;
		} else if (c == ',' && ndig > 0 && !(commas && !indian) &&
		           group == (ngroups ? 2u : group) && group <= 2 &&
		           i + 2 < len && xc_is_digit((unsigned char)s[i + 1]) &&
		           xc_is_digit((unsigned char)s[i + 2]) &&
		           (i + 3 >= len || xc_is_digit((unsigned char)s[i + 3]) ||
		            s[i + 3] == ',')) {
			/* Indian grouping, 12,34,567: pairs, then a final three */
			commas = indian = true;
			group = 0;
			ngroups++;
			i++;
		} else {
			break;
		}
	}
	if (commas && group != 3)
		return 0; /* "1,23", or Indian pairs not closed by three digits */
	if (i < len && s[i] == '.' && i + 1 < len && (ndig > 0 || i == 0) &&
	    xc_is_digit((unsigned char)s[i + 1])) {
		i++;
		while (i < len && xc_is_digit((unsigned char)s[i])) {
			if (m < (INT64_MAX - 9) / 10) {
				m = m * 10 + (s[i] - '0');
				e--;
			}
			ndig++;
			i++;
		}
	}
	if (ndig == 0)
		return 0;
	/* scientific notation: 1e10, 12.32e+14, 1.3x10^6 */
	if (i + 1 < len && (s[i] == 'e' || s[i] == 'E' || s[i] == 'x' ||
	                    (s[i] == ' ' && s[i + 1] == 'x'))) {
		size_t j = i + 1;
		if (s[i] != 'e' && s[i] != 'E') {
			j = i + (s[i] == ' ' ? 2 : 1);
			if (j < len && s[j] == ' ')
				j++;
			if (!(j + 2 < len && s[j] == '1' && s[j + 1] == '0' &&
			      s[j + 2] == '^'))
				goto done;
			j += 3;
		}
		int sign = 1, x = 0, nd = 0;
		if (s[j] == '+' || s[j] == '-')
			sign = s[j++] == '-' ? -1 : 1;
		while (j < len && xc_is_digit((unsigned char)s[j]) && nd < 3) {
			x = x * 10 + (s[j++] - '0');
			nd++;
		}
		if (nd > 0 && (j >= len || !xc_is_alnum((unsigned char)s[j]))) {
			e += sign * x;
			i = j;
		}
	}
done:
	*mant = m;
	*exp = e + extra;
	return i;
}

static double lex_num(const xc_lexicon *lx, const char *s, size_t len,
                      bool *ok)
{
	const char *c = xc_lex_find(lx, s, len);
	double v = 0;

	*ok = c && canon_value(c, &v);
	return v;
}

/* Is v an exact power of ten?  Sets *k. */
static bool pow10_of(double v, int *k)
{
	int e;

	for (e = -12; e <= 15; e++)
		if (xc_close(v, p10(e))) {
			*k = e;
			return true;
		}
	return false;
}

xc_status xc_number_parse(const xc_ruleset *rs, const char *s, size_t len,
                          xc_number *out)
{
	size_t i = 0;
	double total = 0, cur = 0, prec = 1, last_scale = 0;
	bool have = false, have_cur = false, after_article = false;
	bool neg = false, and_seen = false, last_frac = false, point = false;
	/* just_and: the last word was "and"; and_frac: a whole was set aside
	** for a fraction ("five and a half"), so a scale word that follows
	** scales both ("five and a half million"); scale_and: "and" came
	** right after a scale word ("3 million and a half": half a million) */
	bool just_and = false, and_frac = false, scale_and = false;
	double place = 1, grp0 = 0;
	double hund_and = 0; /* N of "one hundred and N", while it is last */

	while (len && xc_is_space((unsigned char)s[len - 1]))
		len--;
	while (i < len && xc_is_space((unsigned char)s[i]))
		i++;
	/* a sign: "-5", "minus five", "negative 2" */
	if (i + 1 < len && s[i] == '-' &&
	    (xc_is_digit((unsigned char)s[i + 1]) || s[i + 1] == '.')) {
		neg = true;
		i++;
	} else if ((len - i > 6 && !strncasecmp(s + i, "minus", 5) &&
	            xc_is_space((unsigned char)s[i + 5])) ||
	           (len - i > 9 && !strncasecmp(s + i, "negative", 8) &&
	            xc_is_space((unsigned char)s[i + 8]))) {
		neg = true;
		i += xc_lower(s[i]) == 'm' ? 5 : 8;
	}
	while (i < len) {
		size_t a, b;
		bool ok;
		double v;
		int64_t mant;
		int exp, k;

		bool was_frac = last_frac, was_and = just_and;
		double was_hund_and = hund_and;

		last_frac = false;
		just_and = false;
		hund_and = 0;
		while (i < len && (xc_is_space((unsigned char)s[i]) || s[i] == '-'))
			i++;
		if (i >= len)
			break;
		a = i;
		if (xc_is_digit((unsigned char)s[i]) ||
		    (s[i] == '.' && i + 1 < len &&
		     xc_is_digit((unsigned char)s[i + 1]))) {
			size_t n = parse_digits(s + i, len - i, &mant, &exp);
			size_t j;
			if (n == 0)
				return XC_EINVAL;
			/* a fraction: "3/4", or its second half in "2 1/4" */
			j = i + n;
			while (j < len && s[j] == ' ')
				j++;
			if (j < len && s[j] == '/' && exp == 0) {
				int64_t den = 0;
				j++;
				while (j < len && s[j] == ' ')
					j++;
				if (j >= len || !xc_is_digit((unsigned char)s[j]))
					return XC_EINVAL;
				while (j < len && xc_is_digit((unsigned char)s[j]) &&
				       den < 1000000)
					den = den * 10 + (s[j++] - '0');
				if (den == 0 || (have_cur && total != 0))
					return XC_EINVAL;
				cur = (have_cur ? cur : 0) + (double)mant / (double)den;
				prec = 1.0 / (double)den;
				have = have_cur = true;
				i = j;
				continue;
			}
			if (have_cur)
				return XC_EINVAL;
			i += n;
			/* a suffix glued to the digits: "12B", "400k" */
			b = i;
			while (b < len && xc_is_alpha((unsigned char)s[b]))
				b++;
			if (b > i) {
				v = lex_num(rs->lx_scale, s + i, b - i, &ok);
				if (!ok)
					return XC_EINVAL;
				if (pow10_of(v, &k)) {
					exp += k;
					cur = dec_value(mant, exp);
					prec = p10(exp);
				} else {
					cur = dec_value(mant, exp) * v;
					prec = p10(exp) * v;
				}
				/* "12B" is a complete term */
				if (v >= 1000) {
					total += cur;
					cur = 0;
					last_scale = v;
					have_cur = false;
					have = true;
					i = b;
					continue;
				}
				i = b;
			} else {
				cur = dec_value(mant, exp);
				prec = p10(exp);
			}
			/* a following scale word keeps exactness: 13.7 billion */
			{
				size_t c0 = i, c1;
				while (c0 < len && xc_is_space((unsigned char)s[c0]))
					c0++;
				c1 = c0;
				while (c1 < len && xc_is_alpha((unsigned char)s[c1]))
					c1++;
				if (c1 > c0) {
					v = lex_num(rs->lx_scale, s + c0, c1 - c0, &ok);
					if (ok && pow10_of(v, &k) && v >= 1000) {
						total += dec_value(mant, exp + k);
						prec = p10(exp + k);
						cur = 0;
						last_scale = v;
						have = true;
						have_cur = false;
						i = c1;
						continue;
					}
				}
			}
			have = have_cur = true;
			continue;
		}
		while (i < len && xc_is_alpha((unsigned char)s[i]))
			i++;
		b = i;
		if (b == a)
			return XC_EINVAL; /* punctuation inside a number */
		if (b - a == 5 && !strncasecmp(s + a, "point", 5) && !point) {
			/* spoken decimals: every later digit is a decimal place */
			point = true;
			place = 1;
			if (!have) {
				cur = 0;
				have = have_cur = true;
			}
			/* "1 point 25": the digits after it, as written */
			while (i < len && s[i] == ' ')
				i++;
			if (i < len && xc_is_digit((unsigned char)s[i])) {
				while (i < len && xc_is_digit((unsigned char)s[i])) {
					place /= 10;
					cur += (s[i++] - '0') * place;
				}
				prec = place;
			}
			continue;
		}
		if (point) {
			v = lex_num(rs->lx_num, s + a, b - a, &ok);
			if (ok && v < 10) {
				place /= 10;
				cur += v * place;
				prec = place;
				continue;
			}
			/* a scale word ends the decimals: "two point two million" */
			if (ok || !lex_num(rs->lx_scale, s + a, b - a, &ok) || !ok)
				return XC_EINVAL;
			point = false;
		}
		if ((b - a == 3 && !strncasecmp(s + a, "and", 3)) && have) {
			and_seen = just_and = true;
			if (!have_cur && last_scale >= 1000)
				scale_and = true;
			continue;
		}
		if (b - a == 2 && !strncasecmp(s + a, "of", 2) && have_cur &&
		    was_frac) {
			last_frac = true; /* "a quarter of a million" */
			continue;
		}
		if ((b - a == 1 && xc_lower(s[a]) == 'a') ||
		    (b - a == 2 && !strncasecmp(s + a, "an", 2))) {
			if (have_cur && was_frac) {
				last_frac = true; /* "half a million": of a */
				continue;
			}
			if (have_cur && and_seen) {
				/* "one and a half": a fraction added to the whole */
				total += cur;
				cur = 1;
				after_article = true;
				and_frac = true;
				continue;
			}
			if (have_cur)
				return XC_EINVAL;
			cur = 1;
			prec = 1;
			have_cur = true;
			after_article = true;
			continue;
		}
		v = lex_num(rs->lx_num, s + a, b - a, &ok);
		if (ok) {
			if (after_article)
				return XC_EINVAL; /* "a five" */
			if (have_cur && cur >= 100 && v < 100) {
				cur += v; /* "one hundred twenty" */
				if (was_and)
					hund_and = v;
			} else if (have_cur && v < 10 && cur >= 20 && !was_and &&
			           fmod(cur, 10) == 0 && cur < 100) {
				cur += v; /* "twenty-five" */
			} else if (have_cur && and_seen && cur < 100) {
				total += cur; /* "twenty and three quarters" */
				cur = v;
				and_frac = true;
			} else if (have_cur) {
				return XC_EINVAL;
			} else {
				cur = v;
			}
			prec = 1;
			have = have_cur = true;
			continue;
		}
		v = lex_num(rs->lx_scale, s + a, b - a, &ok);
		if (ok) {
			double base = have_cur ? cur : 1;
			if (!have_cur && !have && v != 100)
				return XC_EINVAL; /* a bare "million" ("hundred
				                  ** thousand" is a hundred thousand) */
			if (v < 1000) {
				cur = base * v; /* hundred, dozen */
				prec *= v;
				have_cur = true;
			} else if (!have_cur && total > 0 && v > last_scale) {
				total *= v; /* "2.5 lakh crore" */
				prec *= v;
				last_scale = v;
			} else if (and_frac) {
				/* "five and a half million": the whole and its
				** fraction, scaled together */
				total = grp0 + (total - grp0 + base) * v;
				prec *= v;
				cur = 0;
				have_cur = false;
				last_scale = v;
			} else {
				total += base * v;
				prec *= v;
				cur = 0;
				have_cur = false;
				last_scale = v;
			}
			if (v >= 1000) {
				grp0 = total;
				and_frac = scale_and = false;
			}
			have = true;
			after_article = false;
			continue;
		}
		v = lex_num(rs->lx_mult, s + a, b - a, &ok);
		if (ok && !have) {
			cur = v; /* "twice", "double": a whole figure */
			prec = 1;
			have = have_cur = true;
			continue;
		}
		v = lex_num(rs->lx_frac, s + a, b - a, &ok);
		if (ok) {
			double base = have_cur ? cur : 1;
			cur = base * v;
			prec = v;
			if (was_hund_and > 0) {
				/* "one hundred and three quarters": 100 + 3/4 */
				cur = base - was_hund_and + was_hund_and * v;
			}
			if (scale_and) {
				/* "3 million and a half": half a million more */
				cur *= last_scale;
				prec *= last_scale;
				scale_and = false;
			}
			have = have_cur = true;
			after_article = false;
			last_frac = true;
			continue;
		}
		if (after_article)
			return XC_EINVAL;
		return XC_EINVAL;
	}
	if (!have || (after_article && cur == 1 && total == 0))
		return XC_EINVAL;
	/* "1e999", ".0E860": no finite figure (found by fuzzing) */
	if (!isfinite(total + cur) || !isfinite(prec) || prec <= 0)
		return XC_EINVAL;
	out->value = neg ? -(total + cur) : total + cur;
	out->precision = prec;
	return XC_OK;
}
