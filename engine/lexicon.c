/*
** lexicon.c -- word lists loaded from the files in rules/lexicon/: lookups by
** alias, longest-prefix matching, the trigger word set, and the few
** lexicon-driven helpers extraction needs (currency codes, hedge classes,
** singular nouns).  Loading the files is rules.c's job; this module only
** answers questions about lists already in memory.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "internal.h"

static bool ieq(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (xc_lower(a[i]) != xc_lower(b[i]))
			return false;
	return true;
}

/* Hash of the ASCII case-folded bytes. */
static size_t fold_hash(const char *s, size_t len)
{
	char low[256];
	size_t i;

	if (len > sizeof low)
		len = sizeof low;
	for (i = 0; i < len; i++)
		low[i] = xc_lower(s[i]);
	return (size_t)XXH3_64bits(low, len);
}

xc_status xc_lex_index(xc_lexicon *lx)
{
	size_t i, ns = 16;

	while (ns < lx->n * 2)
		ns *= 2;
	free(lx->slot);
	lx->slot = calloc(ns, sizeof *lx->slot);
	if (!lx->slot)
		return XC_ENOMEM;
	lx->nslot = ns;
	memset(lx->lens, 0, sizeof lx->lens);
	/* insert in reverse so each chain lists entries in file order */
	for (i = lx->n; i-- > 0;) {
		xc_lex_entry *e = &lx->e[i];
		size_t h = fold_hash(e->alias, e->alen) & (ns - 1);
		if (e->alen)
			lx->lens[xc_word_class(e->alias, e->alen)] |=
				(uint64_t)1 << (e->alen < 63 ? e->alen : 63);
		while (lx->slot[h]) {
			xc_lex_entry *o = &lx->e[lx->slot[h] - 1];
			if (o->alen == e->alen && ieq(o->alias, e->alias, e->alen))
				break;
			h = (h + 1) & (ns - 1);
		}
		e->next = lx->slot[h];
		lx->slot[h] = i + 1;
	}
	return XC_OK;
}

const char *xc_lex_find(const xc_lexicon *lx, const char *s, size_t len)
{
	size_t h, k;
	const char *ci = NULL;

	if (!lx || !lx->nslot || !xc_lex_maybe(lx, s, len))
		return NULL;
	h = fold_hash(s, len) & (lx->nslot - 1);
	while ((k = lx->slot[h])) {
		const xc_lex_entry *e = &lx->e[k - 1];
		if (e->alen == len && ieq(e->alias, s, len)) {
			/* the chain of this folded alias, in file order */
			for (; k; k = lx->e[k - 1].next) {
				e = &lx->e[k - 1];
				if (!memcmp(e->alias, s, len))
					return e->canon;
				if (!ci)
					ci = e->canon;
			}
			return ci;
		}
		h = (h + 1) & (lx->nslot - 1);
	}
	return NULL;
}

/* ---- trigger words: open addressing over lowercase ASCII words */

static size_t word_hash(const char *w, size_t len)
{
	return (size_t)XXH3_64bits(w, len);
}

static xc_status ws_grow(xc_wordset *ws)
{
	size_t nc = ws->cap ? ws->cap * 2 : 256, i;
	char **ns = calloc(nc, sizeof *ns);
	uint8_t *nl = calloc(nc, 1);

	if (!ns || !nl) {
		free(ns);
		free(nl);
		return XC_ENOMEM;
	}
	for (i = 0; i < ws->cap; i++) {
		char *w = ws->slot[i];
		size_t h;
		if (!w)
			continue;
		h = word_hash(w, ws->len[i]) & (nc - 1);
		while (ns[h])
			h = (h + 1) & (nc - 1);
		ns[h] = w;
		nl[h] = ws->len[i];
	}
	free(ws->slot);
	free(ws->len);
	ws->slot = ns;
	ws->len = nl;
	ws->cap = nc;
	return XC_OK;
}

xc_status xc_wordset_add(xc_wordset *ws, const char *w, size_t len)
{
	char low[64];
	size_t i, h;

	if (len == 0 || len >= sizeof low)
		return XC_OK;
	for (i = 0; i < len; i++)
		low[i] = xc_lower(w[i]);
	if (ws->cap && xc_wordset_has(ws, low, len))
		return XC_OK;
	if ((ws->n + 1) * 2 > ws->cap && ws_grow(ws))
		return XC_ENOMEM;
	h = word_hash(low, len) & (ws->cap - 1);
	while (ws->slot[h])
		h = (h + 1) & (ws->cap - 1);
	ws->slot[h] = xc_strndup(low, len);
	if (!ws->slot[h])
		return XC_ENOMEM;
	ws->len[h] = (uint8_t)len;
	ws->lens[xc_word_class(low, len)] |= (uint64_t)1 << len;
	ws->n++;
	return XC_OK;
}

bool xc_wordset_has(const xc_wordset *ws, const char *w, size_t len)
{
	char low[64];
	size_t i, h;

	if (!ws->cap || len == 0 || len >= sizeof low ||
	    !xc_wordset_maybe(ws, w, len))
		return false;
	for (i = 0; i < len; i++)
		low[i] = xc_lower(w[i]);
	h = word_hash(low, len) & (ws->cap - 1);
	while (ws->slot[h]) {
		if (ws->len[h] == len && !memcmp(ws->slot[h], low, len))
			return true;
		h = (h + 1) & (ws->cap - 1);
	}
	return false;
}

void xc_wordset_release(xc_wordset *ws)
{
	size_t i;

	for (i = 0; i < ws->cap; i++)
		free(ws->slot[i]);
	free(ws->slot);
	free(ws->len);
	memset(ws, 0, sizeof *ws);
}

/* ---- helpers over the well-known lexicons */

const char *xc_currency(const xc_ruleset *rs, const char *s, size_t len)
{
	size_t i;
	const char *c;

	for (i = 0; i < rs->nlx_cur; i++)
		if ((c = xc_lex_find(rs->lx_cur[i], s, len)))
			return c;
	return NULL;
}

const char *xc_hedge(const xc_ruleset *rs, const char *s, size_t len)
{
	const char *c;
	size_t i, j = 0;
	char norm[64];

	/* collapse runs of spaces so "more  than" finds "more than" */
	for (i = 0; i < len && j + 1 < sizeof norm; i++) {
		if (xc_is_space((unsigned char)s[i])) {
			if (j && norm[j - 1] == ' ')
				continue;
			norm[j++] = ' ';
		} else {
			norm[j++] = s[i];
		}
	}
	while (j && norm[j - 1] == ' ')
		j--;
	c = xc_lex_find(rs->lx_hedge, norm, j);
	return c ? c : xc_lex_find(rs->lx_hedge_post, norm, j);
}

size_t xc_lex_before(const xc_lexicon *lx, const char *s, size_t lo,
                     size_t e, const char **canon)
{
	size_t i, best = (size_t)-1, best_len = 0;

	if (!lx)
		return best;
	for (i = 0; i < lx->n; i++) {
		const xc_lex_entry *a = &lx->e[i];
		size_t st;
		if (a->alen <= best_len || a->alen > e - lo)
			continue;
		st = e - a->alen;
		if (!ieq(s + st, a->alias, a->alen))
			continue;
		if (xc_is_alnum((unsigned char)a->alias[0]) && st > lo &&
		    xc_is_alnum((unsigned char)s[st - 1]))
			continue; /* "layover 5" is not "over 5" */
		best = st;
		best_len = a->alen;
		*canon = a->canon;
	}
	return best;
}

size_t xc_hedge_before(const xc_ruleset *rs, const char *s, size_t lo,
                       size_t q, const char **canon)
{
	size_t e = q, best;

	if (!rs->lx_hedge)
		return (size_t)-1;
	while (e > lo && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	/* cheap reject: the word before must end some hedge ("than", "about");
	** hedges ending in a symbol ("~", "approx.") are always looked at */
	if (e > lo && xc_is_alpha((unsigned char)s[e - 1])) {
		size_t w = e;
		while (w > lo && xc_is_alpha((unsigned char)s[w - 1]))
			w--;
		if (!xc_wordset_has(&rs->hedge_ends, s + w, e - w))
			return (size_t)-1;
		if (e == q)
			return (size_t)-1; /* "about5": a word hedge needs a blank */
	}
	best = xc_lex_before(rs->lx_hedge, s, lo, e, canon);
	if (best != (size_t)-1 && !strcmp(*canon, "none")) {
		*canon = NULL; /* "the past 5 years": no "past 5" */
		return (size_t)-1;
	}
	return best;
}

void xc_singular(const xc_ruleset *rs, const char *s, size_t len, char *out)
{
	const char *c;
	size_t n = len;

	if (n >= XC_UNIT_MAX)
		n = XC_UNIT_MAX - 1;
	if ((c = xc_lex_find(rs->lx_plural, s, len))) {
		snprintf(out, XC_UNIT_MAX, "%s", c);
		return;
	}
	memcpy(out, s, n);
	out[n] = '\0';
	if (n > 4 && !strcmp(out + n - 3, "ies")) {
		out[n - 3] = 'y';
		out[n - 2] = '\0';
	} else if (n > 4 && (!strcmp(out + n - 4, "ches") ||
	                     !strcmp(out + n - 4, "shes") ||
	                     !strcmp(out + n - 4, "sses") ||
	                     !strcmp(out + n - 3, "xes"))) {
		out[n - 2] = '\0';
	} else if (n > 2 && out[n - 1] == 's' && out[n - 2] != 's' &&
	           out[n - 2] != '\'') {
		out[n - 1] = '\0';
	}
}
