/*
** ctxpass.c -- whether two statements share enough words to be about one
** thing: what `query` uses to relate a sentence's figure to a stored
** figure no metric word names (`check` pairs figures by their frames
** instead: frame.c, match.c).  Statements are the content words attribution
** stored with each claim (claims.context).  Enough is at least two words
** and at least a third of the smaller set, or one word of the same meaning
** when a statement has at most three (the nouns two counts count do not
** make one), or the one word of a one-word statement.  Stems are compared
** ("replaces"/"replace", "monthly"/"month"), and words synonym.lex lists
** together count as one ("seat"/"hold").
*/
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

#define XC_CTX_WORDS 12

typedef struct cand {
	rec *r;
	char stem[XC_CTX_WORDS][16];
	const char *word[XC_CTX_WORDS]; /* as stored, for the group's name */
	size_t wlen[XC_CTX_WORDS];
	char raw[XC_CTX_WORDS][16];    /* the stems, before synonyms */
	size_t n;
	char unit[16];  /* a count's noun as a stem, else "" */
} cand;

/* A crude English stem: enough to match "replaces"/"replaced"/"replace",
** "passes"/"pass", "monthly"/"month", "costs"/"cost". */
static void stem_of(const char *w, size_t n, char out[16])
{
	size_t k;

	if (n > 15)
		n = 15;
	for (k = 0; k < n; k++)
		out[k] = xc_lower(w[k]);
	out[n] = 0;
	if (n > 6 && !strcmp(out + n - 3, "ion"))
		n -= 3; /* "vaccination" / "vaccinated" */
	else if (n > 5 && !strcmp(out + n - 3, "ing"))
		n -= 3;
	else if (n > 4 && !strcmp(out + n - 2, "ed"))
		n -= 2;
	else if (n > 5 && !strcmp(out + n - 2, "ly"))
		n -= 2;
	else if (n > 4 && !strcmp(out + n - 3, "ies"))
		out[n - 3] = 'y', n -= 2;
	else if (n > 4 && !strcmp(out + n - 2, "es") && out[n - 3] == 's')
		n -= 2;
	else if (n > 3 && out[n - 1] == 's' && out[n - 2] != 's')
		n -= 1;
	out[n] = 0;
	if (n > 4 && out[n - 1] == 'e')
		out[n - 1] = 0;
}

/* The stem of a context word, or "=" and its concept when synonym.lex
** lists it ("seats" and "hold" both say capacity). */
static void concept_of(xc_check *c, const char *w, size_t n, char out[16])
{
	const char *syn = c->rs && c->rs->lx_synonym
	                      ? xc_lex_find(c->rs->lx_synonym, w, n) : NULL;

	if (syn) {
		out[0] = '=';
		snprintf(out + 1, 15, "%s", syn);
		return;
	}
	stem_of(w, n, out);
	if (c->rs && c->rs->lx_synonym) {
		/* an inflection of a listed word: "attracts", "seated" */
		const char *s2 = xc_lex_find(c->rs->lx_synonym, out, strlen(out));
		if (s2) {
			out[0] = '=';
			snprintf(out + 1, 15, "%s", s2);
		}
	}
}

/* Split k's context words into stems (or concepts), leaving out those
** that name its subject or, for amounts and quantities, its unit: they
** are the bucket's key already, not evidence that two statements agree.
** (A count's noun stays: a count that names nothing pairs with any.) */
static void split(xc_check *c, cand *k)
{
	const char *p = xc_strtab_str(&c->st, k->r->ctx);
	const char *s = xc_strtab_str(&c->st, k->r->subj), *se;
	const char *u = xc_strtab_str(&c->st, k->r->unit);
	char key[8][16];
	size_t nkey = 0, i;

	k->unit[0] = 0;
	if (*u && k->r->kind == XC_KIND_COUNT)
		stem_of(u, strlen(u), k->unit);
	if (*u && k->r->kind != XC_KIND_COUNT)
		concept_of(c, u, strlen(u), key[nkey++]);
	/* "Westbrook University", "Northgate Water Authority": the name proper
	** is key; "university" or "authority" in a statement is evidence, as
	** the common noun any article uses for it */
	se = xc_ck_org_word(c, s);
	se = se ? se - 1 : s + strlen(s);
	while (s < se && nkey < 8) {
		size_t n = strcspn(s, " ");
		if (n)
			concept_of(c, s, n, key[nkey++]);
		s += n;
		while (*s == ' ')
			s++;
	}
	k->n = 0;
	while (*p && k->n < XC_CTX_WORDS) {
		size_t n = strcspn(p, " ");
		if (n) {
			concept_of(c, p, n, k->stem[k->n]);
			stem_of(p, n, k->raw[k->n]);
			k->word[k->n] = p;
			k->wlen[k->n] = n;
			for (i = 0; i < nkey && strcmp(key[i], k->stem[k->n]); i++)
				;
			if (i == nkey)
				k->n++;
		}
		p += n;
		while (*p == ' ')
			p++;
	}
}

/* Words a and b share: their count, and the first few written into m;
** *concepts counts those shared through synonym.lex. */
/* Is word stem w the noun a or b counts? */
static bool counted(const char *w, const cand *a, const cand *b)
{
	return (a->unit[0] && !strcmp(w, a->unit)) ||
	       (b->unit[0] && !strcmp(w, b->unit));
}

static size_t shared(const cand *a, const cand *b, xc_buf *m,
                     size_t *concepts)
{
	size_t i, j, n = 0;

	if (concepts)
		*concepts = 0;
	for (i = 0; i < a->n; i++) {
		bool hit = false, meant = false;
		for (j = 0; j < b->n; j++) {
			if (strcmp(a->stem[i], b->stem[j]))
				continue;
			hit = true;
			/* the nouns two counts count are no shared meaning of
			** their statements ("58 drivers short" / "45 new drivers
			** hired"); a word of that meaning besides is ("draws
			** 64,000" / "58,000 festivalgoers") */
			if (a->stem[i][0] == '=' &&
			    !(counted(a->raw[i], a, b) && counted(b->raw[j], a, b)))
				meant = true;
		}
		if (!hit)
			continue;
		if (concepts && meant)
			(*concepts)++;
		if (m && n < 4)
			xc_buf_addf(m, "%s%.*s", n ? ", " : "", (int)a->wlen[i],
			            a->word[i]);
		n++;
	}
	return n;
}

/* Is k's only word the noun its count counts ("45 new drivers": driver)? */
static bool noun_only(const cand *k)
{
	return k->n == 1 && k->unit[0] && !strcmp(k->unit, k->raw[0]);
}

/* Do a and b share enough words: two, and a third of the shorter list;
** or, in short statements, one word of the same meaning ("seat 42,000
** fans" / "hold 45,000 spectators"); or all of a one-word statement?
** *s: how many they share. */
static bool enough(const cand *a, const cand *b, size_t *s)
{
	size_t con, small = a->n < b->n ? a->n : b->n;

	*s = shared(a, b, NULL, &con);
	/* "90 collapsed" / "110 that collapsed": a one-word statement shared
	** whole, when that word is not just the noun a count counts */
	return (*s >= 2 && 3 * *s >= small) || (con >= 1 && small <= 3) ||
	       (*s == 1 && small == 1 &&
	        ((!noun_only(a) && !noun_only(b)) || !strcmp(a->unit, b->unit)));
}

size_t xc_ck_words_meet(xc_check *c, const rec *a, const rec *b)
{
	cand x, y;
	size_t s;

	if (!a->ctx || !b->ctx)
		return 0;
	memset(&x, 0, sizeof x);
	memset(&y, 0, sizeof y);
	x.r = (rec *)a;
	y.r = (rec *)b;
	split(c, &x);
	split(c, &y);
	return enough(&x, &y, &s) ? s : 0;
}
