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

const char *xc_lex_find(const xc_lexicon *lx, const char *s, size_t len)
{
	size_t i;

	if (!lx)
		return NULL;
	for (i = 0; i < lx->n; i++)
		if (strlen(lx->e[i].alias) == len && !memcmp(lx->e[i].alias, s, len))
			return lx->e[i].canon;
	for (i = 0; i < lx->n; i++)
		if (strlen(lx->e[i].alias) == len && ieq(lx->e[i].alias, s, len))
			return lx->e[i].canon;
	return NULL;
}

size_t xc_lex_prefix(const xc_lexicon *lx, const char *s, size_t len,
                     const char **canon)
{
	size_t i, best = 0;

	if (!lx)
		return 0;
	for (i = 0; i < lx->n; i++) {
		size_t al = strlen(lx->e[i].alias);
		if (al <= best || al > len || !ieq(lx->e[i].alias, s, al))
			continue;
		if (al < len && xc_is_alnum((unsigned char)s[al]) &&
		    xc_is_alnum((unsigned char)s[al - 1]))
			continue;
		best = al;
		if (canon)
			*canon = lx->e[i].canon;
	}
	return best;
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

	if (!ns)
		return XC_ENOMEM;
	for (i = 0; i < ws->cap; i++) {
		char *w = ws->slot[i];
		size_t h;
		if (!w)
			continue;
		h = word_hash(w, strlen(w)) & (nc - 1);
		while (ns[h])
			h = (h + 1) & (nc - 1);
		ns[h] = w;
	}
	free(ws->slot);
	ws->slot = ns;
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
	ws->n++;
	return XC_OK;
}

bool xc_wordset_has(const xc_wordset *ws, const char *w, size_t len)
{
	char low[64];
	size_t i, h;

	if (!ws->cap || len == 0 || len >= sizeof low)
		return false;
	for (i = 0; i < len; i++)
		low[i] = xc_lower(w[i]);
	h = word_hash(low, len) & (ws->cap - 1);
	while (ws->slot[h]) {
		if (strlen(ws->slot[h]) == len && !memcmp(ws->slot[h], low, len))
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
	ws->slot = NULL;
	ws->cap = ws->n = 0;
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
