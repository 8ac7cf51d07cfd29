/*
** ctxpass.c -- pairing figures by the words around them.
**
** The group pass compares figures whose attribution named the same subject
** and metric.  Newsrooms word one fact many ways ("a $340 million capital
** plan that replaces 40 miles of pipe", "a $340 million, ten-year plan to
** replace 40 miles of mains"), and a metric lexicon never lists them all.
** This pass takes the figures the group pass left alone -- a subject, but
** no metric, or a metric no other article shares -- and pairs those of the
** same subject, kind and unit in different documents whose statements
** share content words (attribution stores them, claims.context): at least
** two, and at least a third of the smaller set of words, or one word of
** the same meaning when a statement has at most three (the nouns two
** counts count do not make one), or the one word of a one-word
** statement.  Stems are compared
** ("replaces"/"replace", "monthly"/"month"), and words synonym.lex lists
** together count as one ("seat"/"hold").  A count that names nothing may
** pair with any count; counts of two different things never meet in a
** group, nor two figures of one document, nor an amount added to another
** ("a further €5 million") with a total; between two figures of a
** document with the same words, a change pairs with a change ("grew by
** $3 million") and a level with a level.  Paired figures form a group
** named by the words they share, and the group pass compares them as
** usual; every finding says it was paired by words.
**
** Cost: figures are bucketed by subject, kind and unit; buckets larger
** than XC_CTX_BUCKET are skipped (a subject with that many unpaired
** figures needs metric words, not guesses), so the pass stays linear in
** the store's size.
*/
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

#define XC_CTX_BUCKET 64
#define XC_CTX_WORDS 12

typedef struct cand {
	rec *r;
	char stem[XC_CTX_WORDS][16];
	const char *word[XC_CTX_WORDS]; /* as stored, for the group's name */
	size_t wlen[XC_CTX_WORDS];
	char raw[XC_CTX_WORDS][16];    /* the stems, before synonyms */
	size_t n;
	char unit[16];  /* a count's noun as a stem, else "" */
	size_t parent; /* union-find */
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
	const char *p = xc_ck_str(&c->st, k->r->ctx);
	const char *s = xc_ck_str(&c->st, k->r->subj), *se;
	const char *u = xc_ck_str(&c->st, k->r->unit);
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

static size_t find(cand *k, size_t i)
{
	while (k[i].parent != i)
		i = k[i].parent = k[k[i].parent].parent;
	return i;
}

static int cmp_bucket(const void *a, const void *b)
{
	const rec *x = *(rec *const *)a, *y = *(rec *const *)b;
#define K(f) if (x->f != y->f) return x->f < y->f ? -1 : 1
	K(subj);
	K(kind);
	K(cunit);
	K(doc);
	K(ord);
#undef K
	return 0;
}

static bool same_bucket(const rec *a, const rec *b)
{
	return a->subj == b->subj && a->kind == b->kind && a->cunit == b->cunit;
}

/* Counts of different things never pair; a count that names nothing
** ("reached 9.6 million") may pair with any. */
static bool classes_fit(xc_check *c, const rec *a, const rec *b)
{
	const char *ua = xc_ck_str(&c->st, a->unit), *ub = xc_ck_str(&c->st, b->unit);

	return !*ua || !*ub || a->ucls == b->ucls;
}

/* Is r the amount of a change ("grow by $3 million": metric "growth"),
** another fact than a level however alike their words? */
static bool is_change(xc_check *c, const rec *r)
{
	return r->metric && xc_is_change_metric(xc_ck_str(&c->st, r->metric));
}

/* Is r money added to another amount ("a further €5 million": metric
** "added")?  It never pairs with a total.  (A count's "added" comes from
** weaker words such as "new", and is only a metric.) */
static bool added(xc_check *c, const rec *r)
{
	return r->kind == XC_KIND_MONEY && r->metric &&
	       xc_ends_with(xc_ck_str(&c->st, r->metric), "added");
}

typedef struct edge {
	size_t i, j;
	double score;
} edge;

static int cmp_edge(const void *a, const void *b)
{
	const edge *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->i != y->i)
		return x->i < y->i ? -1 : 1;
	return x->j < y->j ? -1 : x->j > y->j;
}

/* Two figures of one document that read differently ("$62" and "$100,000"
** of one sentence; a headline's repeat of a figure reads the same). */
static bool reads_apart(const rec *x, const rec *y)
{
	return x->doc == y->doc && !xc_ck_meets_wide(x, y);
}

/* Would joining the groups of a and b put two figures of one document
** that read differently in one group (a document's two figures sharing
** words are usually two facts -- an average and a median -- never one
** fact to compare; a headline's repeat of a figure is one figure), or
** counts of different things? */
static bool doc_clash(xc_check *c, cand *k, rec **g, size_t n, size_t a,
                      size_t b)
{
	size_t x, y;

	for (x = 0; x < n; x++) {
		if (find(k, x) != a)
			continue;
		for (y = 0; y < n; y++)
			if (find(k, y) == b &&
			    (reads_apart(g[x], g[y]) || !classes_fit(c, g[x], g[y])))
				return true;
	}
	return false;
}

/* Does another group of this bucket have a's name, holding a figure of
** a document whose figure in a's group reads otherwise ("$62" and
** "$100,000" of one sentence)?  The group pass would merge the two; a
** headline's repeat of a figure may merge, it folds. */
static bool taken(cand *k, rec **g, const uint32_t *name, size_t n,
                  size_t a)
{
	size_t i, x, y;

	for (i = 0; i < n; i++) {
		if (i == a || find(k, i) != i || name[i] != name[a])
			continue;
		for (x = 0; x < n; x++)
			for (y = 0; find(k, x) == a && y < n; y++)
				if (find(k, y) == i && reads_apart(g[x], g[y]))
					return true;
	}
	return false;
}

/* Pair the figures of one bucket, best-sharing pairs first, at most one
** figure per document in a group; renames the paired ones' metric and
** appends them to out. */
static xc_status bucket(xc_check *c, rec **g, size_t n, rec **out,
                        size_t *nout)
{
	cand *k = calloc(n, sizeof *k);
	edge *ed = calloc(n * (n - 1) / 2 + 1, sizeof *ed);
	uint32_t *name = calloc(n, sizeof *name);
	size_t i, j, ne = 0;
	xc_status st = XC_OK;

	if (!k || !ed || !name) {
		free(k);
		free(ed);
		free(name);
		return XC_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		k[i].r = g[i];
		k[i].parent = i;
		split(c, &k[i]);
	}
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++) {
			size_t s;
			/* another document; not dated differently */
			if (g[i]->doc == g[j]->doc || !classes_fit(c, g[i], g[j]) ||
			    added(c, g[i]) != added(c, g[j]) ||
			    (g[i]->scope != g[j]->scope &&
			     (xc_ck_relative(c, g[i]->scope) ||
			      xc_ck_relative(c, g[j]->scope))) ||
			    (g[i]->period && g[j]->period &&
			     g[i]->period != g[j]->period))
				continue;
			if (!enough(&k[i], &k[j], &s))
				continue;
			ed[ne].i = i;
			ed[ne].j = j;
			/* Jaccard; a shared date, then both or neither being the
			** amount of a change, then readings that meet, break ties
			** (two figures of one sentence share all their words: "pay
			** $62 a year for every $100,000 of assessed value") */
			ed[ne].score = (double)s / (double)(k[i].n + k[j].n - s) +
			               (g[i]->period && g[i]->period == g[j]->period
			                    ? 0.01 : 0) +
			               (is_change(c, g[i]) == is_change(c, g[j]) ? 0.005
			                                                        : 0) +
			               (xc_ck_meets(g[i]->wlo, g[i]->whi, g[j]->wlo,
			                            g[j]->whi) ? 0.002 : 0);
			ne++;
		}
	qsort(ed, ne, sizeof *ed, cmp_edge);
	for (i = 0; i < ne && !st; i++) {
		size_t a = find(k, ed[i].i), b = find(k, ed[i].j), base, dup;
		xc_buf m;
		if (a == b || doc_clash(c, k, g, n, a, b))
			continue;
		k[b].parent = a;
		if (name[a])
			continue;
		/* the group is named by its first pair's words */
		xc_buf_init(&m, 256);
		xc_buf_add(&m, "words ", 6);
		shared(&k[ed[i].i], &k[ed[i].j], &m, NULL);
		st = m.p ? xc_ck_intern(&c->st, m.p, strlen(m.p), &name[a])
		         : XC_ENOMEM;
		/* another pair of this bucket sharing the same words ("$62 a
		** year for every $100,000 of assessed value" in two articles)
		** is another group: numbered, or the group pass would merge
		** them */
		base = m.len;
		for (dup = 2; !st && taken(k, g, name, n, a); dup++) {
			m.len = base; /* the words, without a previous number */
			st = xc_buf_addf(&m, " (%zu)", dup);
			if (!st)
				st = xc_ck_intern(&c->st, m.p, m.len, &name[a]);
		}
		xc_buf_release(&m);
	}
	for (i = 0; i < n && !st; i++) {
		size_t root = find(k, i);
		bool paired = false;
		for (j = 0; j < n && !paired; j++)
			paired = j != i && find(k, j) == root;
		if (!paired)
			continue;
		g[i]->metric = name[root];
		g[i]->by_ctx = 1;
		g[i]->attributed = 1;
		out[(*nout)++] = g[i];
	}
	free(name);
	free(ed);
	free(k);
	return st;
}

/* Is r a repeat (a headline, the front matter's title) of a figure its
** document states again and the group pass compared?  Then it has spoken
** already. */
static bool repeat_of_compared(xc_check *c, const rec *r)
{
	const doc *d = &c->docs[r->doc];
	size_t k;

	for (k = d->first_rec; k < d->first_rec + d->nrec && k < c->nr; k++) {
		const rec *o = &c->r[k];
		if (o != r && o->attributed == 2 && o->kind == r->kind &&
		    o->cunit == r->cunit && xc_ck_same_reading(o, r))
			return true;
	}
	return false;
}

xc_status xc_ck_context_pass(xc_check *c)
{
	rec **cand_r, **out;
	size_t i, n = 0, nout = 0;
	xc_status st = XC_OK;

	cand_r = malloc((c->nr ? c->nr : 1) * sizeof *cand_r);
	out = malloc((c->nr ? c->nr : 1) * sizeof *out);
	if (!cand_r || !out) {
		free(cand_r);
		free(out);
		return XC_ENOMEM;
	}
	for (i = 0; i < c->nr; i++) {
		rec *r = &c->r[i];
		if (r->subj && r->ctx && r->attributed != 2 &&
		    r->kind <= XC_KIND_QUANTITY && r->kind != XC_KIND_RATIO &&
		    !repeat_of_compared(c, r)) {
			r->ref = 0;
			r->ucls = xc_ck_unit_class(c, r);
			cand_r[n++] = r;
		}
	}
	if (n)
		qsort(cand_r, n, sizeof *cand_r, cmp_bucket);
	for (i = 0; i < n && !st;) {
		size_t e = i + 1;
		while (e < n && same_bucket(cand_r[i], cand_r[e]))
			e++;
		if (e - i >= 2 && e - i <= XC_CTX_BUCKET)
			st = bucket(c, cand_r + i, e - i, out, &nout);
		i = e;
	}
	if (!st && nout) {
		qsort(out, nout, sizeof *out, xc_ck_cmp_key);
		st = xc_ck_group_pass(c, out, nout);
	}
	free(cand_r);
	free(out);
	return st;
}
