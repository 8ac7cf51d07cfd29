/*
** match.c -- which figures of different documents are one fact.
**
** Record linkage after Fellegi and Sunter (1969): figures are blocked by
** story, kind and comparison unit; each candidate pair (two documents of
** one story) gets one level per frame field (value gap, measure, counted
** noun, clause words, names, years, qualifiers, and attribution's metric,
** subject and period), and the pair's weight is a prior plus, per field,
** log2(m/u) of its level: m = P(level | one fact), u = P(level | two
** facts).  The weights, the prior and the thresholds are data
** (check/match.tsv, fitted by tools/fit-match.py on labelled pairs).
** Pairs above the "possible" threshold are taken best first, each figure
** paired at most once with each other document (a document's repeats of a
** figure fold into the one taken), and compared by the readings
** (reconcile.c).  A pair below the confident threshold that disagrees is
** a "possible conflict", kept apart for editors to skim.  Every finding
** carries the pair's weight, its probability and the fields that agreed
** and differed.
**
** Deliberately not here: reading frames (frame.c), the verdict on two
** values (reconcile.c), ratios (compared by their pair of entities in
** the group pass) and arithmetic (arith.c).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* Buckets (story, kind, unit) larger than this are split by subject, and
** skipped when still larger: pairs stay local, linear in the store. */
#define XC_MATCH_BUCKET 400

static const char *const feat_names[XC_F_N] = {
	"value", "measure", "head", "near", "names", "years", "qual",
	"metric", "subject", "period", "alone", "clause_names", "modifiers",
	"prior", "contrast"
};

static const char *const level_names[XC_F_N][XC_L_MAX] = {
	{ "within1", "within5", "within15", "within40", "within2x", "beyond" },
	{ "same", "shared", "differ", "one", "none" },
	{ "same", "related", "differ", "missing" },
	{ "high", "mid", "low", "none" },
	{ "share", "differ", "missing" },
	{ "same", "differ", "missing" },
	{ "same", "differ" },
	{ "same", "differ", "missing" },
	{ "same", "differ", "missing" },
	{ "same", "differ", "missing" },
	{ "both", "one", "neither" },
	{ "share", "differ", "one", "none" },
	{ "share", "differ", "one", "none" },
	{ "same", "differ" },
	{ "agree", "clash", "none" },
};

int xc_ck_feature(const char *name, const char *level, int *lv)
{
	int f, l;

	for (f = 0; f < XC_F_N; f++) {
		if (strcmp(feat_names[f], name))
			continue;
		for (l = 0; l < XC_L_MAX && level_names[f][l]; l++)
			if (!strcmp(level_names[f][l], level)) {
				*lv = l;
				return f;
			}
		return -1;
	}
	return -1;
}

const char *xc_ck_feature_name(int f)
{
	return f >= 0 && f < XC_F_N ? feat_names[f] : "";
}

const char *xc_ck_level_name(int f, int l)
{
	return f >= 0 && f < XC_F_N && l >= 0 && l < XC_L_MAX && level_names[f][l]
	       ? level_names[f][l] : "";
}

static bool in_list(const uint32_t *v, size_t n, uint32_t x)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i] == x)
			return true;
	return false;
}

/* Two sets of ids: share one, differ (both given, none shared), one
** given, none given. */
static int sets_level(const uint32_t *a, size_t na, const uint32_t *b,
                      size_t nb)
{
	size_t i;

	if (!na || !nb)
		return na || nb ? 2 : 3;
	for (i = 0; i < na; i++)
		if (in_list(b, nb, a[i]))
			return 0;
	return 1;
}

static int same_diff_missing(uint32_t a, uint32_t b)
{
	return !a || !b ? 2 : a == b ? 0 : 1;
}

/* contrast.lex alternatives: "clash" when one says an alternative of a
** group ("drive.hybrid") and the other another ("drive.battery") and
** neither says the other's, "agree" when they say one, else "none". */
static int contrast_level(const xc_check *c, const frame *x, const frame *y)
{
	size_t i, j;
	int lv = 2;

	for (i = 0; i < x->ncontrast; i++) {
		const char *a = xc_strtab_str(&c->st, x->contrast[i]);
		const char *dot = strchr(a, '.');
		size_t g = dot ? (size_t)(dot - a) : strlen(a);
		if (in_list(y->contrast, y->ncontrast, x->contrast[i])) {
			lv = lv == 2 ? 0 : lv;
			continue;
		}
		for (j = 0; j < y->ncontrast; j++) {
			const char *b = xc_strtab_str(&c->st, y->contrast[j]);
			if (!strncmp(a, b, g) && b[g] == '.' &&
			    !in_list(x->contrast, x->ncontrast, y->contrast[j]))
				return 1;
		}
	}
	return lv;
}

/* The level of each field for the pair a, b. */
void xc_ck_levels(const xc_check *c, const rec *a, const rec *b,
                  int lv[XC_F_N])
{
	const frame *x = &a->fr, *y = &b->fr;
	double r, hi = fmax(fabs(a->v), fabs(b->v));
	size_t i, shared = 0;

	r = hi > 0 ? fabs(a->v - b->v) / hi : 0;
	lv[XC_F_VALUE] = r <= 0.01 ? 0 : r <= 0.05 ? 1 : r <= 0.15 ? 2
	                 : r <= 0.40 ? 3 : r <= 0.5 ? 4 : 5;
	if (x->measure && y->measure) {
		lv[XC_F_MEASURE] = 2;
		if (x->measure == y->measure)
			lv[XC_F_MEASURE] = 0;
		else
			for (i = 0; i < x->nmeasures; i++)
				if (in_list(y->measures, y->nmeasures, x->measures[i]))
					lv[XC_F_MEASURE] = 1;
	} else {
		lv[XC_F_MEASURE] = x->measure || y->measure ? 3 : 4;
	}
	if (!x->head || !y->head)
		lv[XC_F_HEAD] = 3;
	else if (x->head == y->head)
		lv[XC_F_HEAD] = 0;
	else
		lv[XC_F_HEAD] = in_list(y->near, y->nnear, x->head) ||
		                in_list(x->near, x->nnear, y->head) ? 1 : 2;
	{
		/* Dice over the clause words, each weighted by its rarity among
		** the figures' clauses: sharing "substation" says more than
		** sharing "people" */
		double sx = 0, sy = 0, sh = 0;
		for (i = 0; i < x->nnear; i++) {
			double w = c->idf ? c->idf[x->near[i]] : 1;
			sx += w;
			if (in_list(y->near, y->nnear, x->near[i])) {
				sh += w;
				shared++;
			}
		}
		for (i = 0; i < y->nnear; i++)
			sy += c->idf ? c->idf[y->near[i]] : 1;
		double dice = sx + sy > 0 ? 2.0 * sh / (sx + sy) : 0;
		lv[XC_F_NEAR] = dice >= 0.34 ? 0 : dice >= 0.15 ? 1 : shared ? 2 : 3;
	}
	if (!x->nnames || !y->nnames) {
		lv[XC_F_NAMES] = 2;
	} else {
		lv[XC_F_NAMES] = 1;
		for (i = 0; i < x->nnames; i++)
			if (in_list(y->names, y->nnames, x->names[i]))
				lv[XC_F_NAMES] = 0;
	}
	if (!x->nyears || !y->nyears) {
		lv[XC_F_YEARS] = 2;
	} else {
		size_t j;
		lv[XC_F_YEARS] = 1;
		for (i = 0; i < x->nyears; i++)
			for (j = 0; j < y->nyears; j++)
				if (x->years[i] == y->years[j])
					lv[XC_F_YEARS] = 0;
	}
	lv[XC_F_QUAL] = (x->qual & ~XC_QUAL_PRIOR) == (y->qual & ~XC_QUAL_PRIOR)
	                ? 0 : 1;
	/* an earlier, first or estimated figure against one that is not */
	lv[XC_F_PRIOR] = (x->qual & XC_QUAL_PRIOR) == (y->qual & XC_QUAL_PRIOR)
	                 ? 0 : 1;
	lv[XC_F_CNAMES] = sets_level(x->cnames, x->ncnames, y->cnames, y->ncnames);
	lv[XC_F_MODS] = sets_level(x->mods, x->nmods, y->mods, y->nmods);
	lv[XC_F_CONTRAST] = contrast_level(c, x, y);
	lv[XC_F_METRIC] = same_diff_missing(a->metric, b->metric);
	lv[XC_F_SUBJECT] = same_diff_missing(a->subj, b->subj);
	lv[XC_F_PERIOD] = same_diff_missing(a->period, b->period);
	/* the only figure of its kind and unit its document gives in the
	** story: two such are likely one fact */
	lv[XC_F_ALONE] = (a->peers == 1) + (b->peers == 1) == 2 ? 0
	                 : (a->peers == 1) + (b->peers == 1) == 1 ? 1 : 2;
}

/* What each field adds to the weight of a pair with levels lv.  A
** group's fields (match.tsv "group" rows) say one thing several ways
** (names, clause names, attribution's subject): only its strongest
** evidence for and its strongest against count; the others add 0. */
static void contributions(const xc_check *c, const int lv[XC_F_N],
                          double out[XC_F_N])
{
	int pos[XC_F_N + 1], neg[XC_F_N + 1], f;

	for (f = 0; f <= XC_F_N; f++)
		pos[f] = neg[f] = -1;
	for (f = 0; f < XC_F_N; f++) {
		double v = c->mp.w[f][lv[f]];
		int g = c->mp.group[f];
		out[f] = g ? 0 : v;
		if (g && v > 0 && (pos[g] < 0 || v > c->mp.w[pos[g]][lv[pos[g]]]))
			pos[g] = f;
		if (g && v < 0 && (neg[g] < 0 || v < c->mp.w[neg[g]][lv[neg[g]]]))
			neg[g] = f;
	}
	for (f = 1; f <= XC_F_N; f++) {
		if (pos[f] >= 0)
			out[pos[f]] = c->mp.w[pos[f]][lv[pos[f]]];
		if (neg[f] >= 0)
			out[neg[f]] = c->mp.w[neg[f]][lv[neg[f]]];
	}
}

double xc_ck_pair_weight(const xc_check *c, const int lv[XC_F_N])
{
	double w = c->mp.prior, v[XC_F_N];
	int f;

	contributions(c, lv, v);
	for (f = 0; f < XC_F_N; f++)
		w += v[f];
	return w;
}

typedef struct cand {
	rec *a, *b;
	double w;
} cand;

static int cmp_cand(const void *p, const void *q)
{
	const cand *x = p, *y = q;
	if (x->w != y->w)
		return x->w > y->w ? -1 : 1;
	if (x->a->id != y->a->id)
		return x->a->id < y->a->id ? -1 : 1;
	return x->b->id < y->b->id ? -1 : x->b->id > y->b->id;
}

/* Block order: story, kind, comparison unit, then subject, document,
** position. */
static int cmp_block(const void *p, const void *q)
{
	const rec *a = *(rec *const *)p, *b = *(rec *const *)q;
	size_t sa = a->story, sb = b->story;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->cunit != b->cunit)
		return a->cunit < b->cunit ? -1 : 1;
	if (a->doc != b->doc)
		return a->doc < b->doc ? -1 : 1;
	return a->ord < b->ord ? -1 : a->ord > b->ord;
}

/* A vague range ("thousands of websites") of a document that also gives
** a figure of its kind ("roughly 14,000 websites"), whether or not the
** range holds it: the figure speaks for the document. */
static bool outspoken(const xc_check *c, const rec *r)
{
	const doc *d = &c->docs[r->doc];
	size_t q;

	if (r->has_v || !r->approx)
		return false;
	for (q = d->first_rec; q < d->first_rec + d->nrec; q++) {
		const rec *s = &c->r[q];
		if (s != r && s->has_v && s->cunit == r->cunit && s->kind == r->kind &&
		    xc_ck_classes_agree(r, s))
			return true;
	}
	return false;
}

/* Can a and b be one fact at all? */
static bool candidates(const rec *a, const rec *b)
{
	return a->doc != b->doc && xc_ck_classes_agree(a, b) &&
	       isfinite(a->v) && isfinite(b->v) && !a->yields && !b->yields;
}

/* Keep a scored pair for xc_check_pairs. */
static xc_status keep_pair(xc_check *c, const rec *a, const rec *b, double w,
                           const int lv[XC_F_N])
{
	xc_pair *p;
	xc_buf t;
	int f;

	if (xc_grow(&c->pairs, &c->cappairs, c->npairs, sizeof *p, 256))
		return XC_ENOMEM;
	xc_buf_init(&t, 512);
	for (f = 0; f < XC_F_N; f++)
		xc_buf_addf(&t, "%s%s=%s", f ? " " : "", feat_names[f],
		            level_names[f][lv[f]]);
	p = &c->pairs[c->npairs];
	p->story = a->story;
	p->path_a = c->docs[a->doc].path;
	p->path_b = c->docs[b->doc].path;
	p->start_a = a->start;
	p->end_a = a->end;
	p->start_b = b->start;
	p->end_b = b->end;
	p->text_a = xc_strtab_str(&c->st, a->text);
	p->text_b = xc_strtab_str(&c->st, b->text);
	p->weight = w;
	p->levels = t.p ? xc_ck_own_dup(c, t.p) : NULL;
	xc_buf_release(&t);
	if (!p->levels)
		return XC_ENOMEM;
	c->npairs++;
	return XC_OK;
}

static xc_status pairs_of(xc_check *c, rec **g, size_t n, cand **cs,
                          size_t *ncs, size_t *capcs)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++) {
			int lv[XC_F_N];
			double w;
			if (!candidates(g[i], g[j]))
				continue;
			xc_ck_levels(c, g[i], g[j], lv);
			w = xc_ck_pair_weight(c, lv);
			if ((c->flags & XC_CHECK_PAIRS) && keep_pair(c, g[i], g[j], w, lv))
				return XC_ENOMEM;
			if (w < c->mp.possible)
				continue;
			if (xc_grow(cs, capcs, *ncs, sizeof **cs, 256))
				return XC_ENOMEM;
			(*cs)[*ncs].a = g[i];
			(*cs)[*ncs].b = g[j];
			(*cs)[(*ncs)++].w = w;
		}
	return XC_OK;
}

static int cmp_subject(const void *p, const void *q)
{
	const rec *a = *(rec *const *)p, *b = *(rec *const *)q;

	if (a->subj != b->subj)
		return a->subj < b->subj ? -1 : 1;
	if (a->doc != b->doc)
		return a->doc < b->doc ? -1 : 1;
	return a->ord < b->ord ? -1 : a->ord > b->ord;
}

/* One bucket: all pairs, or when too many, pairs within one subject. */
static xc_status bucket(xc_check *c, rec **g, size_t n, cand **cs,
                        size_t *ncs, size_t *capcs)
{
	rec **sub;
	size_t i, k;
	xc_status st = XC_OK;

	if (n <= XC_MATCH_BUCKET)
		return pairs_of(c, g, n, cs, ncs, capcs);
	if (!(sub = malloc(n * sizeof *sub)))
		return XC_ENOMEM;
	/* by subject, in document order within it */
	memcpy(sub, g, n * sizeof *sub);
	qsort(sub, n, sizeof *sub, cmp_subject);
	for (i = 0; i < n && !st; i = k) {
		for (k = i + 1; k < n && sub[k]->subj == sub[i]->subj; k++)
			;
		if (sub[i]->subj && k - i <= XC_MATCH_BUCKET)
			st = pairs_of(c, sub + i, k - i, cs, ncs, capcs);
	}
	free(sub);
	return st;
}

/* Has r been paired with document d (or been folded as a repeat)? */
typedef struct taken {
	uint32_t *docs;
	uint8_t n, cap;
} taken;

static bool took(const taken *t, uint32_t d)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (t->docs[i] == d)
			return true;
	return false;
}

static xc_status take(taken *t, uint32_t d)
{
	if (t->n == t->cap) {
		uint32_t *nd;
		if (t->cap >= 200)
			return XC_OK;
		nd = realloc(t->docs, (t->cap ? t->cap * 2u : 4u) * sizeof *nd);
		if (!nd)
			return XC_ENOMEM;
		t->docs = nd;
		t->cap = (uint8_t)(t->cap ? t->cap * 2 : 4);
	}
	t->docs[t->n++] = d;
	return XC_OK;
}

/* Write the evidence of a pair: its weight, probability and the fields
** that moved it most. */
static void evidence(const xc_check *c, xc_buf *b, const rec *x,
                     const rec *y, double w)
{
	int lv[XC_F_N], f, order[XC_F_N], i, j;
	double p = 1 / (1 + exp2(-w)), cv[XC_F_N];

	xc_ck_levels(c, x, y, lv);
	contributions(c, lv, cv);
	for (f = 0; f < XC_F_N; f++)
		order[f] = f;
	for (i = 1; i < XC_F_N; i++)
		for (j = i; j > 0 && fabs(cv[order[j]]) > fabs(cv[order[j - 1]]); j--) {
			int t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	xc_buf_addf(b, "weight %.1f, p=%.2f:", w, p);
	for (i = 0; i < XC_F_N; i++) {
		double v = cv[order[i]];
		if (fabs(v) < 0.3)
			continue;
		xc_buf_addf(b, " %s %s %+.1f;", feat_names[order[i]],
		            level_names[order[i]][lv[order[i]]], v);
	}
	if (x->fr.measure && x->fr.measure == y->fr.measure)
		xc_buf_addf(b, " measure '%s';", xc_strtab_str(&c->st, x->fr.measure));
	if (b->p && b->len && b->p[b->len - 1] == ';')
		b->p[--b->len] = 0;
}

static size_t uf(size_t *p, size_t x)
{
	while (p[x] != x)
		x = p[x] = p[p[x]];
	return x;
}

xc_status xc_ck_match_pass(xc_check *c, rec **all, size_t n)
{
	cand *cs = NULL;
	size_t ncs = 0, capcs = 0, i, e;
	taken *tk = NULL;
	size_t *par = NULL;
	bool *agree = NULL;
	xc_status st = XC_OK;

	if (!n)
		return XC_OK;
	for (i = 0; i < c->nr; i++)
		c->r[i].yields = outspoken(c, &c->r[i]);
	/* the rarity of each clause word among the figures' clauses */
	free(c->idf);
	if (!(c->idf = calloc(c->st.n + 1, sizeof *c->idf)))
		return XC_ENOMEM;
	for (i = 0; i < n; i++)
		for (e = 0; e < all[i]->fr.nnear; e++)
			c->idf[all[i]->fr.near[e]] += 1;
	for (i = 0; i <= c->st.n; i++)
		c->idf[i] = c->idf[i] > 0 ? (float)log((double)(n + 1) / c->idf[i])
		                          : 0;
	qsort(all, n, sizeof *all, cmp_block);
	for (i = 0; i < n && !st; i = e) {
		size_t k, q;
		for (e = i + 1; e < n && all[e]->story == all[i]->story &&
		                all[e]->kind == all[i]->kind &&
		                all[e]->cunit == all[i]->cunit; e++)
			;
		/* block members sort by document: count each one's peers */
		for (k = i; k < e; k = q) {
			for (q = k + 1; q < e && all[q]->doc == all[k]->doc; q++)
				;
			for (size_t z = k; z < q; z++)
				all[z]->peers = (uint16_t)(q - k > 60000 ? 60000 : q - k);
		}
		st = bucket(c, all + i, e - i, &cs, &ncs, &capcs);
	}
	if (st)
		goto done;
	if (ncs)
		qsort(cs, ncs, sizeof *cs, cmp_cand);
	/* per record (index into c->r): the documents it was paired with */
	if (!(tk = calloc(c->nr, sizeof *tk)) ||
	    !(par = malloc(c->nr * sizeof *par)) ||
	    !(agree = calloc(c->nr, sizeof *agree))) {
		st = XC_ENOMEM;
		goto done;
	}
	for (i = 0; i < c->nr; i++)
		par[i] = i;
	for (i = 0; i < ncs && !st; i++) {
		rec *x = cs[i].a, *y = cs[i].b;
		size_t xi = (size_t)(x - c->r), yi = (size_t)(y - c->r), k;
		fig fa = { 0 }, fb = { 0 };
		bool cmp = false;
		size_t nf0 = c->nf;
		if (took(&tk[xi], y->doc) || took(&tk[yi], x->doc))
			continue;
		st = xc_ck_fig_add(&fa, x, 0);
		if (!st)
			st = xc_ck_fig_add(&fb, y, 1);
		/* each side's repeats of its figure are spoken for too */
		for (k = 0; k < 2 && !st; k++) {
			rec *r = k ? y : x, *o = k ? x : y;
			const doc *d = &c->docs[r->doc];
			size_t q;
			for (q = d->first_rec; q < d->first_rec + d->nrec && !st; q++) {
				rec *s = &c->r[q];
				bool partner = s->pair == (int32_t)r->ord ||
				               r->pair == (int32_t)s->ord;
				/* a vague figure of what this one counts ("thousands
				** of structures" beside "7,000 structures"), not of
				** firefighters or arrests */
				bool vague = s->cunit == r->cunit && s->yields &&
				             s->unit == r->unit;
				if (s == r || (!partner && !vague &&
				               (s->cunit != r->cunit || !xc_close(s->v, r->v))))
					continue;
				st = take(&tk[q], o->doc);
				/* the other half of a conversion pair is the same
				** figure: compared in the currency both sides wrote; a
				** vague headline and the repeats (headline, body) are
				** its provenance */
				if (!st)
					st = xc_ck_fig_add(k ? &fb : &fa, s, (int32_t)k);
				s->fold = r;
			}
		}
		if (!st)
			st = take(&tk[xi], y->doc);
		if (!st)
			st = take(&tk[yi], x->doc);
		if (!st) {
			fa.rep = x;
			fb.rep = y;
			st = xc_ck_compare(c, &fa, &fb, false, &cmp);
		}
		free(fa.m);
		free(fb.m);
		if (st)
			break;
		x->attributed = y->attributed = 2;
		if (c->nf > nf0) {
			xc_finding *f = &c->f[c->nf - 1];
			xc_buf ev;
			bool sure = cs[i].w >= c->mp.threshold;
			xc_buf_init(&ev, 1024);
			evidence(c, &ev, x, y, cs[i].w);
			f->match = 1 / (1 + exp2(-cs[i].w));
			f->evidence = ev.p ? xc_ck_own_dup(c, ev.p) : NULL;
			xc_buf_release(&ev);
			if (!f->evidence) {
				st = XC_ENOMEM;
				break;
			}
			if (!sure && !strcmp(f->verdict, "conflict")) {
				f->verdict = "possible_conflict";
				f->severity = XC_SEV_LOW;
			} else if (!strcmp(f->verdict, "conflict") &&
			           f->severity > XC_SEV_LOW &&
			           cs[i].w < c->mp.high && !x->fr.headline &&
			           !y->fr.headline) {
				/* a sure pair, but not certain, of figures the story
				** does not lead with: one step down */
				f->severity--;
			}
		} else if (cs[i].w >= c->mp.threshold && xc_close(x->v, y->v) &&
		           xc_ck_meets(x->slo, x->shi, y->slo, y->shi)) {
			size_t rx = uf(par, xi), ry = uf(par, yi);
			if (rx != ry)
				par[rx > ry ? rx : ry] = rx < ry ? rx : ry;
			agree[xi] = agree[yi] = true;
		}
	}
	/* agreeing pairs, joined: corroborations */
	for (i = 0; i < c->nr && !st; i++) {
		fig *figs = NULL;
		size_t nf = 0, capf = 0, k;
		bool *linked;
		if (!agree[i] || uf(par, i) != i)
			continue;
		for (k = i; k < c->nr && !st; k++) {
			if (!agree[k] || uf(par, k) != i)
				continue;
			if (xc_grow(&figs, &capf, nf, sizeof *figs, 4)) {
				st = XC_ENOMEM;
				break;
			}
			memset(&figs[nf], 0, sizeof figs[nf]);
			figs[nf].rep = &c->r[k];
			figs[nf].doc0 = c->r[k].doc;
			st = xc_ck_fig_add(&figs[nf], &c->r[k], (int32_t)nf);
			nf++;
		}
		linked = nf ? calloc(nf, sizeof *linked) : NULL;
		if (!st && nf && !linked)
			st = XC_ENOMEM;
		if (!st && nf)
			st = xc_ck_corroborate(c, figs, nf, linked);
		free(linked);
		for (k = 0; k < nf; k++)
			free(figs[k].m);
		free(figs);
	}
done:
	if (tk)
		for (i = 0; i < c->nr; i++)
			free(tk[i].docs);
	free(tk);
	free(par);
	free(agree);
	free(cs);
	return st;
}
