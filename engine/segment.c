/*
** segment.c -- sentence and paragraph segmentation of normalised text.
**
** Boundaries: a blank line always ends a sentence (paragraphs, headlines
** followed by a blank line); a single line break ends one unless the line
** clearly continues (it ends in a lowercase letter, digit or comma and the
** next line starts in lowercase); '.', '!' and '?' (with any closing quotes
** or brackets) end one when whitespace and a capital, digit, quote or
** bracket follow, except after an abbreviation from the abbrev lexicon
** ("U.S.", "Inc.", "approx.", "No.") or an initial ("J.").  A dot between
** digits ("13.7") never ends a sentence because no space follows it.
**
** This module does not normalise text or find numbers.
*/
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static xc_status push1(xc_span **out, size_t *n, size_t *cap, const char *s,
                       size_t a, size_t b)
{
	while (a < b && xc_is_space((unsigned char)s[a]))
		a++;
	while (b > a && xc_is_space((unsigned char)s[b - 1]))
		b--;
	if (a >= b)
		return XC_OK;
	if (xc_grow(out, cap, *n, sizeof **out, 64))
		return XC_ENOMEM;
	(*out)[(*n)++] = (xc_span){ a, b };
	return XC_OK;
}

/* Where to cut an over-long sentence s[a..lim): after the last ';', else
** the last ", " (not "1,200"), else the last space of its final quarter;
** else at lim, moved back to the start of a UTF-8 character. */
static size_t cut_at(const char *s, size_t a, size_t lim)
{
	size_t lo = a + (lim - a) * 3 / 4, i;

	for (i = lim; i > lo; i--)
		if (s[i - 1] == ';')
			return i;
	for (i = lim; i > lo; i--)
		if (s[i - 1] == ',' && xc_is_space((unsigned char)s[i]))
			return i;
	for (i = lim; i > lo; i--)
		if (xc_is_space((unsigned char)s[i - 1]))
			return i;
	for (i = lim; i > a && ((unsigned char)s[i] & 0xc0) == 0x80; i--)
		;
	return i > a ? i : lim;
}

/* A sentence of more than XC_SENTENCE_MAX bytes (a page with no full
** stop, a table flattened to one line) is split at clause breaks, so
** the work per figure stays bounded whatever the document. */
static xc_status push(xc_span **out, size_t *n, size_t *cap, const char *s,
                      size_t a, size_t b)
{
	xc_status st;

	while (b - a > XC_SENTENCE_MAX) {
		size_t c = cut_at(s, a, a + XC_SENTENCE_MAX);
		if ((st = push1(out, n, cap, s, a, c)))
			return st;
		a = c;
	}
	return push1(out, n, cap, s, a, b);
}

/* Is the token ending with the '.' at s[dot] an abbreviation? */
static bool abbrev_before(const xc_ruleset *rs, const char *s, size_t start,
                          size_t dot)
{
	size_t a = dot, i;
	bool letters_and_dots = true;

	while (a > start && !xc_is_space((unsigned char)s[a - 1]) &&
	       s[a - 1] != '(' && s[a - 1] != '"')
		a--;
	if (dot + 1 - a == 2 && s[a] >= 'A' && s[a] <= 'Z')
		return true; /* an initial */
	if (xc_lex_find(rs->lx_abbrev, s + a, dot + 1 - a))
		return true;
	/* "e.g.", "U.K.", "a.m.": single letters separated by dots */
	for (i = a; i <= dot; i++) {
		bool letter = xc_is_alpha((unsigned char)s[i]);
		bool want_letter = ((i - a) % 2) == 0;
		if (letter != want_letter || (!letter && s[i] != '.')) {
			letters_and_dots = false;
			break;
		}
	}
	return letters_and_dots && dot + 1 - a >= 4;
}

static bool opens_sentence(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || xc_is_digit(c) || c == '"' ||
	       c == '\'' || c == '(' || c == '[' || c == '$' || c >= 0x80;
}

static bool line_continues(const char *s, size_t start, size_t nl,
                           size_t len)
{
	size_t a = nl, b = nl + 1;
	unsigned char p, q;

	while (a > start && (s[a - 1] == ' ' || s[a - 1] == '\t' ||
	                     s[a - 1] == '\r'))
		a--;
	while (b < len && (s[b] == ' ' || s[b] == '\t'))
		b++;
	if (a == start || b >= len)
		return false;
	{
		/* a rule or front-matter fence ("---", "===") ends its line */
		size_t k = a;
		while (k > start && s[k - 1] != '\n' &&
		       (s[k - 1] == '-' || s[k - 1] == '=' || s[k - 1] == '*'))
			k--;
		if (a - k >= 3 && (k == start || s[k - 1] == '\n'))
			return false;
	}
	p = (unsigned char)s[a - 1];
	q = (unsigned char)s[b];
	return ((p >= 'a' && p <= 'z') || xc_is_digit(p) || p == ',' ||
	        p == ';' || p == '-') &&
	       ((q >= 'a' && q <= 'z') || xc_is_digit(q) || q == '$' ||
	        q == '(');
}

xc_status xc_segment(const xc_ruleset *rs, const char *s, size_t len,
                     xc_span **out, size_t *n, size_t *cap)
{
	static const unsigned char stop[256] = { ['\n'] = 1, ['.'] = 1,
	                                         ['!'] = 1, ['?'] = 1 };
	size_t i, start = 0;
	xc_status st;

	for (i = 0; i < len; i++) {
		unsigned char c;

		/* 8 bytes at a time while none of them can end a sentence */
		while (i + 8 <= len && !(stop[(unsigned char)s[i]] |
		                         stop[(unsigned char)s[i + 1]] |
		                         stop[(unsigned char)s[i + 2]] |
		                         stop[(unsigned char)s[i + 3]] |
		                         stop[(unsigned char)s[i + 4]] |
		                         stop[(unsigned char)s[i + 5]] |
		                         stop[(unsigned char)s[i + 6]] |
		                         stop[(unsigned char)s[i + 7]]))
			i += 8;
		while (i < len && !stop[(unsigned char)s[i]])
			i++;
		if (i >= len)
			break;
		c = (unsigned char)s[i];

		if (c == '\n') {
			size_t j = i + 1;
			while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
				j++;
			if ((j < len && s[j] == '\n') ||
			    !line_continues(s, start, i, len)) {
				if ((st = push(out, n, cap, s, start, i)))
					return st;
				start = i + 1;
			}
			continue;
		}
		if (c == '.' || c == '!' || c == '?') {
			size_t e = i + 1, j;
			while (e < len && (s[e] == '"' || s[e] == '\'' || s[e] == ')' ||
			                   s[e] == ']' || s[e] == '.' || s[e] == '!' ||
			                   s[e] == '?'))
				e++;
			if (e >= len || !(s[e] == ' ' || s[e] == '\t'))
				continue;
			j = e;
			while (j < len && (s[j] == ' ' || s[j] == '\t'))
				j++;
			if (j < len && !opens_sentence((unsigned char)s[j]))
				continue;
			if (c == '.' && e == i + 1 && abbrev_before(rs, s, start, i))
				continue;
			if ((st = push(out, n, cap, s, start, e)))
				return st;
			start = e;
			i = e - 1;
		}
	}
	return push(out, n, cap, s, start, len);
}
