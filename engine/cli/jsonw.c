/*
** jsonw.c -- writing JSON strings and numbers straight to a stream.
**
** A JSON library builds a tree of objects per value, which made JSON Lines
** output of claims cost more than extracting them (about 7 us per claim).
** Claims have a fixed shape, so their writer prints fields directly and
** only needs string escaping: short escapes for \b \f \n \r \t, \uXXXX
** for other control characters, UTF-8 passed through, '/' not escaped
** (the output the first, library-based writer gave, byte for byte).
** Invalid UTF-8 becomes U+FFFD, since JSON text must be UTF-8.  Output is
** built in a growable line buffer and written with one fwrite per line.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "cli.h"

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t utf8_valid(const unsigned char *s, size_t n)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t l = utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp);

	return l > 0 ? (size_t)l : 0;
}

void jw_grow(jw *w, size_t need)
{
	size_t nc;
	char *np;

	if (w->len + need <= w->cap || w->failed)
		return;
	nc = w->cap ? w->cap : 4096;
	while (nc < w->len + need)
		nc *= 2;
	np = realloc(w->p, nc);
	if (!np) {
		w->failed = 1;
		return;
	}
	w->p = np;
	w->cap = nc;
}

void jw_cstr(jw *w, const char *s)
{
	jw_raw(w, s, strlen(s));
}

void jw_uint(jw *w, unsigned long long v)
{
	char buf[24];
	size_t i = sizeof buf;

	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	jw_raw(w, buf + i, sizeof buf - i);
}

void jw_str(jw *w, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, run = 0;

	jw_raw(w, "\"", 1);
	while (i < n) {
		unsigned char c = s[i];
		size_t l;
		const char *esc;
		char ubuf[8];

		if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
			i++;
			run++;
			continue;
		}
		if (c >= 0x80 && (l = utf8_valid(s + i, n - i)) > 0) {
			i += l;
			run += l;
			continue;
		}
		jw_raw(w, (const char *)s + i - run, run);
		run = 0;
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		default:
			if (c < 0x20) {
				snprintf(ubuf, sizeof ubuf, "\\u%04X", c);
				esc = ubuf;
			} else {
				esc = "\xEF\xBF\xBD"; /* invalid UTF-8 byte */
			}
		}
		jw_cstr(w, esc);
		i++;
	}
	jw_raw(w, (const char *)s + i - run, run);
	jw_raw(w, "\"", 1);
}

void jw_num(jw *w, double v)
{
	char buf[40];

	/* integers as integers; others with 15 significant digits, as
	** a 15-digit %g prints them */
	if (v >= 0 && v < 9007199254740992.0 && v == (double)(long long)v) {
		jw_uint(w, (unsigned long long)v);
		return;
	}
	if (v > -9007199254740992.0 && v < 0 && v == (double)(long long)v) {
		jw_raw(w, "-", 1);
		jw_uint(w, (unsigned long long)-v);
		return;
	}
	/* most figures have a few decimals ("16.5", "0.01"): print them from
	** integers, which gives the same text as %.15g without its cost */
	{
		double a = fabs(v), p = 1;
		int k;
		for (k = 1; k <= 9 && a < 1e6; k++) {
			double t;
			p *= 10;
			t = a * p;
			if (t < 9007199254740992.0 && fabs(t - floor(t + 0.5)) < 1e-7 &&
			    fabs(floor(t + 0.5) / p - a) <= a * 1e-15) {
				unsigned long long n = (unsigned long long)floor(t + 0.5);
				unsigned long long ip = n / (unsigned long long)p;
				unsigned long long fp = n % (unsigned long long)p;
				char frac[16];
				int d;
				if (fp == 0)
					break; /* not really fractional: use %.15g */
				if (v < 0)
					jw_raw(w, "-", 1);
				jw_uint(w, ip);
				jw_raw(w, ".", 1);
				for (d = k - 1; d >= 0; d--) {
					frac[d] = (char)('0' + fp % 10);
					fp /= 10;
				}
				while (k > 1 && frac[k - 1] == '0')
					k--;
				jw_raw(w, frac, (size_t)k);
				return;
			}
		}
	}
	snprintf(buf, sizeof buf, "%.15g", v);
	if (!strpbrk(buf, ".eEn"))
		strcat(buf, ".0");
	jw_cstr(w, buf);
}
