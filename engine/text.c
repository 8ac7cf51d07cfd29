/*
** text.c -- input normalisation with an offset map back to the original
** bytes.
**
** ASCII passes through untouched (the common case, copied in runs).  Each
** non-ASCII character is folded (typographic dashes, spaces and quotes, the
** multiplication sign) or put through NFKC with utf8proc, one character at
** a time so that every output byte can be traced to the character it came
** from.  Invalid UTF-8 becomes U+FFFD, one per bad byte.  Wherever the
** output bytes differ from the input bytes a segment (norm range -> orig
** range) is recorded; between segments the mapping is the identity, so
** the map costs nothing on clean ASCII text.
**
** This module does not segment sentences or look at words.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "internal.h"

typedef struct seg {
	size_t norm, nlen, orig, olen;
} seg;

struct xc_text {
	xc_buf norm;
	seg *seg;
	size_t nseg, capseg;
	size_t invalid;
	size_t orig_len;
};

/* Decode one UTF-8 character; returns its length, or 0 when invalid
** (utf8proc rejects overlong forms, surrogates and values past U+10FFFF). */
static size_t utf8_decode(const unsigned char *s, size_t len, int32_t *cp)
{
	utf8proc_ssize_t n = utf8proc_iterate(s, (utf8proc_ssize_t)len, cp);

	return n > 0 ? (size_t)n : 0;
}

/* The typographic folds applied before NFKC.  Returns the replacement
** (possibly empty) or NULL when the character is not folded. */
static const char *fold(int32_t cp)
{
	switch (cp) {
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
	case 0x2043:
		return "-";
	case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
	case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008:
	case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
		return " ";
	case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
	case 0x00AD:
		return "";
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x02BC:
		return "'";
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
	case 0x00AB: case 0x00BB:
		return "\"";
	case 0x00D7: case 0x2715: case 0x2716:
		return "x";
	case 0x2028: case 0x2029: case 0x0085:
		return "\n";
	}
	return NULL;
}

static xc_status add_seg(xc_text *t, size_t norm, size_t nlen, size_t orig,
                         size_t olen)
{
	if (xc_grow(&t->seg, &t->capseg, t->nseg, sizeof *t->seg, 64))
		return XC_ENOMEM;
	t->seg[t->nseg++] = (seg){ norm, nlen, orig, olen };
	return XC_OK;
}

/* Append the normalised form of one valid non-ASCII character. */
static xc_status norm_char(xc_text *t, const unsigned char *s, size_t n,
                           int32_t cp, size_t orig)
{
	const char *f = fold(cp);
	unsigned char out[64];
	size_t olen = 0, before = t->norm.len;
	xc_status st;

	if (f) {
		olen = strlen(f);
		memcpy(out, f, olen);
	} else {
		utf8proc_int32_t buf[16];
		int last = 0;
		utf8proc_ssize_t k;

		k = utf8proc_decompose_char(cp, buf, 16,
		                            UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
		                            UTF8PROC_STABLE,
		                            &last);
		if (k <= 0 || k > 16)
			return xc_buf_add(&t->norm, s, n);
		/* compose, then write UTF-8 bytes over the same buffer */
		k = utf8proc_reencode(buf, k, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
		if (k < 0 || (size_t)k > sizeof out)
			return xc_buf_add(&t->norm, s, n);
		memcpy(out, buf, (size_t)k);
		olen = (size_t)k;
		/* vulgar fractions: NFKC gives "1\u20442" for "½"; use a plain
		** slash, and keep "2½" from reading as "21/2" */
		if (olen >= 3) {
			size_t i, j = 0;
			unsigned char tmp[64];
			bool frac = false;
			for (i = 0; i < olen; i++) {
				if (i + 2 < olen && out[i] == 0xE2 && out[i + 1] == 0x81 &&
				    out[i + 2] == 0x84) {
					tmp[j++] = '/';
					i += 2;
					frac = true;
				} else {
					tmp[j++] = out[i];
				}
			}
			if (frac) {
				size_t at = t->norm.len;
				olen = 0;
				if (at > 0 && xc_is_digit((unsigned char)t->norm.p[at - 1]))
					out[olen++] = ' ';
				memcpy(out + olen, tmp, j);
				olen += j;
			}
		}
	}
	if (olen == n && !memcmp(out, s, n))
		return xc_buf_add(&t->norm, s, n);
	st = xc_buf_add(&t->norm, out, olen);
	if (st)
		return st;
	return add_seg(t, before, olen, orig, n);
}

/* The end of the terminal escape sequence that starts at s[i] (ESC):
** CSI "ESC [" parameters, intermediates and a final byte; OSC "ESC ]"
** up to BEL or "ESC \\"; else ESC and one more byte. */
static size_t escape_end(const unsigned char *s, size_t i, size_t len)
{
	size_t j = i + 1;

	if (j >= len)
		return j;
	if (s[j] == '[') {
		for (j++; j < len && s[j] >= 0x30 && s[j] <= 0x3f; j++)
			;
		for (; j < len && s[j] >= 0x20 && s[j] <= 0x2f; j++)
			;
		return j < len && s[j] >= 0x40 && s[j] <= 0x7e ? j + 1 : j;
	}
	if (s[j] == ']') {
		for (j++; j < len && s[j] != 0x07 && s[j] != 0x1b && j - i < 4096; j++)
			;
		if (j < len && s[j] == 0x07)
			return j + 1;
		return j + 1 < len && s[j] == 0x1b && s[j + 1] == '\\' ? j + 2 : j;
	}
	return s[j] < 0x80 ? j + 1 : j;
}

xc_status xc_text_new(const char *s, size_t len, xc_text **out)
{
	const unsigned char *u = (const unsigned char *)s;
	xc_text *t;
	size_t i = 0;
	xc_status st = XC_OK;

	*out = NULL;
	t = calloc(1, sizeof *t);
	if (!t)
		return XC_ENOMEM;
	xc_buf_init(&t->norm, 0);
	t->orig_len = len;
	/* folds rarely grow text: reserve the input size once (plus a little)
	** instead of growing by doubling through a large document */
	if ((st = xc_buf_reserve(&t->norm, len + len / 64 + 16)) ||
	    (st = xc_buf_add(&t->norm, "", 0)))
		goto fail;
	while (i < len) {
		size_t j = i, n;
		int32_t cp;

		/* eight bytes at a time: no high bit, no zero byte, no ESC */
		while (j + 8 <= len) {
			uint64_t v, e;
			memcpy(&v, u + j, 8);
			e = v ^ 0x1b1b1b1b1b1b1b1bull;
			if ((v & 0x8080808080808080ull) ||
			    ((v - 0x0101010101010101ull) & ~v & 0x8080808080808080ull) ||
			    ((e - 0x0101010101010101ull) & ~e & 0x8080808080808080ull))
				break;
			j += 8;
		}
		while (j < len && u[j] < 0x80 && u[j] != 0 && u[j] != 0x1b)
			j++;
		if (j > i && (st = xc_buf_add(&t->norm, s + i, j - i)))
			goto fail;
		i = j;
		if (i >= len)
			break;
		if (u[i] == 0x1b) {
			/* a terminal escape sequence ("ESC[31m") is no text: blanked
			** byte for byte, so "31m" is never 31 million and offsets
			** stay those of the original */
			size_t e = escape_end(u, i, len), k;
			for (k = i; k < e; k++)
				if ((st = xc_buf_addc(&t->norm, ' ')))
					goto fail;
			i = e;
			continue;
		}
		if (u[i] == 0) {
			size_t at = t->norm.len;
			if ((st = xc_buf_addc(&t->norm, ' ')) ||
			    (st = add_seg(t, at, 1, i, 1)))
				goto fail;
			i++;
			continue;
		}
		n = utf8_decode(u + i, len - i, &cp);
		if (n == 0) {
			size_t at = t->norm.len;
			t->invalid++;
			if ((st = xc_buf_add(&t->norm, "\xEF\xBF\xBD", 3)) ||
			    (st = add_seg(t, at, 3, i, 1)))
				goto fail;
			i++;
			continue;
		}
		if ((st = norm_char(t, u + i, n, cp, i)))
			goto fail;
		i += n;
	}
	*out = t;
	return XC_OK;
fail:
	xc_text_free(t);
	return st;
}

void xc_text_free(xc_text *t)
{
	if (!t)
		return;
	xc_buf_release(&t->norm);
	free(t->seg);
	free(t);
}

const char *xc_text_norm(const xc_text *t, size_t *len)
{
	if (len)
		*len = t->norm.len;
	return t->norm.p ? t->norm.p : "";
}

size_t xc_text_invalid(const xc_text *t)
{
	return t->invalid;
}

size_t xc_text_orig(const xc_text *t, size_t off, int is_end)
{
	size_t lo = 0, hi = t->nseg;
	const seg *g;

	/* last segment with norm <= off */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->seg[mid].norm <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* empty segments (removed characters) share a norm offset with the
	** next one: a start offset must land after them, an end before them */
	while (lo > 0 && t->seg[lo - 1].norm == off && is_end)
		lo--;
	if (lo == 0)
		return off;
	g = &t->seg[lo - 1];
	if (off == g->norm)
		return is_end ? g->orig : g->orig + (g->nlen ? 0 : g->olen);
	if (off < g->norm + g->nlen)
		return is_end ? g->orig + g->olen : g->orig;
	return g->orig + g->olen + (off - g->norm - g->nlen);
}

int xc_looks_binary(const char *s, size_t len)
{
	size_t i, n = len < 8192 ? len : 8192, ctl = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0)
			return 1;
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
		    c != '\f' && c != '\v' && c != 0x1B)
			ctl++;
	}
	return n > 0 && ctl * 10 > n;
}
