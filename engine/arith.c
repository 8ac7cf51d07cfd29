/*
** arith.c -- the reconciler's checks of stated arithmetic: ratio chains
** between entities (A = 0.5 x B and C = 6 x A against a stated C/B), and,
** inside a document, changes, shares of an amount, "N times", parts of a
** total, shares adding past 100%, and conversion pairs against the rates
** and units tables.  Rounding-aware in the style of statcheck: each input
** is widened by half its printed precision; consistent as printed is no
** finding, consistent only within that is rounding_dependent.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static xc_status arith_finding(xc_check *c, const char *verdict,
                               xc_severity sev, const char *type, rec *key,
                               xc_buf *e, rec **rs, size_t n, double gap)
{
	xc_status st;
	if (!e->p)
		return XC_ENOMEM;
	st = xc_ck_add_finding(c, verdict, sev, type, key, e, rs, n, 0, gap);
	if (!st) {
		xc_finding *f = &c->f[c->nf - 1];
		xc_ck_count_sources(c, rs, n, &f->articles, &f->origins);
	}
	return st;
}

/* ------------------------------------------------------------ ratio paths */

/* A ratio claim read in one direction: from = v x to, wide [lo, hi]. */
typedef struct edge {
	rec *r;
	uint32_t from, to;
	double v, lo, hi;
} edge;

static edge edge_of(rec *r, bool inverse)
{
	edge e;
	e.r = r;
	if (!inverse) {
		e.from = r->subj;
		e.to = r->ref;
		e.v = r->v;
		e.lo = r->wlo;
		e.hi = r->whi;
	} else {
		e.from = r->ref;
		e.to = r->subj;
		e.v = 1 / r->v;
		e.lo = r->whi > 0 ? 1 / r->whi : 0;
		e.hi = r->wlo > 0 ? 1 / r->wlo : INFINITY;
	}
	return e;
}

static bool scopes_agree(uint32_t a, uint32_t b)
{
	return !a || !b || a == b;
}

static int cmp_edge(const void *a, const void *b)
{
	const rec *x = *(rec *const *)a, *y = *(rec *const *)b;
	if (x->subj != y->subj)
		return x->subj < y->subj ? -1 : 1;
	if (x->ref != y->ref)
		return x->ref < y->ref ? -1 : 1;
	if (x->scope != y->scope)
		return x->scope < y->scope ? -1 : 1;
	return x->v < y->v ? -1 : x->v > y->v;
}

typedef struct inc {
	uint32_t ent;
	uint32_t e;
} inc;

static int cmp_inc(const void *a, const void *b)
{
	const inc *x = a, *y = b;
	if (x->ent != y->ent)
		return x->ent < y->ent ? -1 : 1;
	return x->e < y->e ? -1 : x->e > y->e;
}

/* Edges of distinct figures are compared; this many per entity at most. */
#define XC_MAX_DEGREE 64

/* Ratio claims are edges between entities (A = 0.5 x B).  Two edges that
** share an entity imply a third (C = 6 x A and A = 0.5 x B give C = 3 x B);
** a claim stating that third edge directly, either way round, is compared
** with the product.  Edges are first reduced to distinct figures and
** indexed by entity, so the work grows with the entities' degrees, not
** with the cube of the number of ratio claims.  Consistent chains and
** triangles already reported are not reported. */
xc_status xc_ck_ratio_paths(xc_check *c, rec **rr, size_t n)
{
	size_t i, j, k, ne = 0, ni = 0, ndone = 0, capdone = 0;
	xc_status st = XC_OK;
	int64_t (*done)[3] = NULL; /* triangles reported, ids sorted */
	rec **E;
	inc *I;

	if (!n)
		return XC_OK;
	E = malloc(n * sizeof *E);
	I = malloc(2 * n * sizeof *I);
	if (!E || !I) {
		free(E);
		free(I);
		return XC_ENOMEM;
	}
	for (i = 0; i < n; i++)
		if (rr[i]->ref && rr[i]->v > 0 && isfinite(rr[i]->v))
			E[ne++] = rr[i];
	if (ne)
		qsort(E, ne, sizeof *E, cmp_edge);
	for (i = 0, k = 0; i < ne; i++) /* one edge per distinct figure */
		if (!k || E[k - 1]->subj != E[i]->subj || E[k - 1]->ref != E[i]->ref ||
		    E[k - 1]->scope != E[i]->scope || !xc_close(E[k - 1]->v, E[i]->v))
			E[k++] = E[i];
	ne = k;
	for (i = 0; i < ne; i++) {
		I[ni].ent = E[i]->subj;
		I[ni++].e = (uint32_t)i;
		I[ni].ent = E[i]->ref;
		I[ni++].e = (uint32_t)i;
	}
	if (ni)
		qsort(I, ni, sizeof *I, cmp_inc);
	for (i = 0; i < ni && !st;) {
		size_t end = i, deg;
		uint32_t mid = I[i].ent;
		while (end < ni && I[end].ent == mid)
			end++;
		deg = end - i < XC_MAX_DEGREE ? end - i : XC_MAX_DEGREE;
		for (j = 0; j < deg && !st; j++)
			for (k = 0; k < deg && !st; k++) {
				rec *r1 = E[I[i + j].e], *r2 = E[I[i + k].e];
				edge p, q;
				double va, lo, hi;
				uint32_t sc, lo_id, hi_id;
				size_t a0, d0;
				if (j == k)
					continue;
				p = edge_of(r1, r1->ref != mid);  /* A -> mid */
				q = edge_of(r2, r2->subj != mid); /* mid -> B */
				if (p.to != mid || q.from != mid || p.from == q.to ||
				    !scopes_agree(r1->scope, r2->scope))
					continue;
				sc = r1->scope ? r1->scope : r2->scope;
				va = p.v * q.v;
				lo = p.lo * q.lo;
				hi = p.hi * q.hi;
				/* direct edges between A and B: E is sorted by (subj, ref)
				** and each edge has subj < ref by name, so look both ways */
				lo_id = p.from;
				hi_id = q.to;
				for (a0 = 0; a0 < 2 && !st; a0++) {
					uint32_t s1 = a0 ? hi_id : lo_id, s2 = a0 ? lo_id : hi_id;
					size_t L = 0, H = ne;
					while (L < H) {
						size_t m = (L + H) / 2;
						if (E[m]->subj < s1 ||
						    (E[m]->subj == s1 && E[m]->ref < s2))
							L = m + 1;
						else
							H = m;
					}
					for (d0 = L; d0 < ne && E[d0]->subj == s1 &&
					             E[d0]->ref == s2 && !st; d0++) {
						rec *d = E[d0];
						edge de;
						xc_buf e;
						rec *rs[3];
						bool inverse = d->subj != p.from;
						double g, big;
						int64_t t[3], x;
						size_t u;
						int a1, b1;
						if (d == r1 || d == r2 || !scopes_agree(d->scope, sc))
							continue;
						de = edge_of(d, inverse);
						if (xc_ck_meets(lo, hi, de.lo, de.hi))
							continue;
						t[0] = r1->id;
						t[1] = r2->id;
						t[2] = d->id;
						for (a1 = 0; a1 < 3; a1++)
							for (b1 = a1 + 1; b1 < 3; b1++)
								if (t[b1] < t[a1]) {
									x = t[a1];
									t[a1] = t[b1];
									t[b1] = x;
								}
						for (u = 0; u < ndone; u++)
							if (!memcmp(done[u], t, sizeof t))
								break;
						if (u < ndone)
							continue; /* this triangle is reported */
						if (xc_grow(&done, &capdone, ndone, sizeof *done, 8)) {
							st = XC_ENOMEM;
							break;
						}
						memcpy(done[ndone++], t, sizeof t);
						xc_buf_init(&e, 1 << 16);
						xc_buf_addf(&e, "%s: %s = %.3g x %s (\"%s\") and %s: "
						            "%s = %.3g x %s (\"%s\") imply %s = %.3g x "
						            "%s (%.3g to %.3g allowing for hedges); %s "
						            "says %s = %.3g x %s (\"%s\"%s, %.3g to "
						            "%.3g). The chain and the direct figure "
						            "disagree.",
						            xc_ck_doc_name(&c->docs[r1->doc]),
						            xc_strtab_str(&c->st, p.from), p.v, xc_strtab_str(&c->st, p.to),
						            xc_strtab_str(&c->st, r1->text),
						            xc_ck_doc_name(&c->docs[r2->doc]),
						            xc_strtab_str(&c->st, q.from), q.v, xc_strtab_str(&c->st, q.to),
						            xc_strtab_str(&c->st, r2->text), xc_strtab_str(&c->st, p.from),
						            va, xc_strtab_str(&c->st, q.to), lo, hi,
						            xc_ck_doc_name(&c->docs[d->doc]),
						            xc_strtab_str(&c->st, p.from), de.v,
						            xc_strtab_str(&c->st, q.to), xc_strtab_str(&c->st, d->text),
						            inverse != d->inv ? ", read the other way "
						            "round" : "", de.lo, de.hi);
						rs[0] = r1;
						rs[1] = r2;
						rs[2] = d;
						g = fmax(de.lo - hi, lo - de.hi);
						big = fmax(fabs(de.hi), fabs(hi));
						{
							rec key = *d;
							key.subj = p.from;
							key.ref = q.to;
							key.inv = 0;
							key.scope = sc;
							st = arith_finding(c, "conflict",
							                   big > 0 && g / big >= 0.2
							                       ? XC_SEV_HIGH : XC_SEV_MEDIUM,
							                   "ratio", &key, &e, rs, 3,
							                   big > 0 ? g / big : 0);
						}
						xc_buf_release(&e);
					}
				}
			}
		i = end;
	}
	free(done);
	free(E);
	free(I);
	return st;
}

/* ------------------------------------------------------------ arithmetic */

static rec *by_ord(xc_check *c, const doc *d, int32_t ord)
{
	size_t i;
	if (ord < 0)
		return NULL;
	for (i = d->first_rec; i < d->first_rec + d->nrec; i++)
		if (c->r[i].ord == (uint32_t)ord)
			return &c->r[i];
	return NULL;
}

/* The interval a printed number stands for: its bounds, widened by half
** its printed precision (and the approx tolerance when hedged). */
static void printed(const xc_check *c, const rec *r, double *lo, double *hi)
{
	const tol *t = xc_ck_tol_for(c, xc_strtab_str(&c->st, r->metric));
	double half = r->prec > 0 ? r->prec / 2 : 0;
	double v = r->has_v ? r->value : r->has_lo ? r->low : r->high;
	if (r->approx)
		half = fmax(half, t->approx * fabs(v));
	*lo = (r->has_lo ? r->low : v) - half;
	*hi = (r->has_hi ? r->high : v) + half;
}

/* Does lo..hi in currency from, converted at the table rates of a year
** from y0 to y1 (with the rate tolerance), meet plo..phi in currency to? */
static bool fits_years(const xc_check *c, const char *from, const char *to,
                       double lo, double hi, double plo, double phi,
                       double conv, int y0, int y1)
{
	size_t i;

	for (i = 0; i < c->nrates; i++) {
		int used = 0;
		double rf, rt;
		if (strcmp(c->rates[i].code, from) || c->rates[i].year < y0 ||
		    c->rates[i].year > y1)
			continue;
		rf = c->rates[i].usd;
		rt = xc_ck_usd_rate(c, to, c->rates[i].year, &used);
		if (rt > 0 && xc_ck_meets(lo * rf / rt * (1 - conv),
		                          hi * rf / rt * (1 + conv), plo, phi))
			return true;
	}
	return false;
}

/* A stated computation that is not exact as printed: consistent only
** within the printed rounding (rounding_dependent), or not at all. */
static xc_status stated(xc_check *c, xc_buf *e, bool in_range, rec *r,
                        rec *a, rec *b)
{
	rec *rs[3] = { r, a, b };
	return arith_finding(c, in_range ? "rounding_dependent" : "conflict",
	                     in_range ? XC_SEV_LOW : XC_SEV_HIGH, "arithmetic", r,
	                     e, rs, 3, 0);
}

xc_status xc_ck_arithmetic(xc_check *c)
{
	size_t di, i;
	xc_status st = XC_OK;

	for (di = 0; di < c->ndocs && !st; di++) {
		doc *d = &c->docs[di];
		for (i = d->first_rec; i < d->first_rec + d->nrec && !st; i++) {
			rec *r = &c->r[i], *a = by_ord(c, d, r->rel_a),
			    *b = by_ord(c, d, r->rel_b);
			xc_buf e;
			rec *rs[3];
			double lo, hi, alo, ahi, blo, bhi, exact;

			if (r->rel == R_CHANGE && a && b && a->has_v && b->has_v &&
			    a->value != 0 && r->has_v) {
				/* stated change r from a (old) to b (new) */
				bool down = strstr(xc_strtab_str(&c->st, r->metric), "decline") != NULL;
				double sgn = down ? -1 : 1;
				printed(c, a, &alo, &ahi);
				printed(c, b, &blo, &bhi);
				printed(c, r, &lo, &hi);
				exact = (b->value - a->value) / a->value * 100;
				{
					double mn = (blo - ahi) / ahi * 100,
					       mx = (bhi - alo) / alo * 100;
					double slo = sgn > 0 ? lo : -hi, shi = sgn > 0 ? hi : -lo;
					bool in_exact = exact >= slo && exact <= shi;
					bool in_range = xc_ck_meets(slo, shi, mn, mx);
					if (in_exact)
						continue; /* consistent as printed */
					xc_buf_init(&e, 1 << 16);
					xc_buf_addf(&e, "Stated change \"%s\" (%s%g%%) from \"%s\" to "
					            "\"%s\": (", xc_strtab_str(&c->st, r->text),
					            sgn > 0 ? "+" : "-", r->value,
					            xc_strtab_str(&c->st, a->text), xc_strtab_str(&c->st, b->text));
					xc_ck_fmt_num(&e, b->value);
					xc_buf_add(&e, " - ", 3);
					xc_ck_fmt_num(&e, a->value);
					xc_buf_add(&e, ") / ", 4);
					xc_ck_fmt_num(&e, a->value);
					xc_buf_addf(&e, " = %+.2f%%. ", exact);
					if (in_range)
						xc_buf_addf(&e, "With the amounts rounded as printed "
						            "the change can be %.2f%% to %.2f%%, which "
						            "includes the stated figure: consistent only "
						            "under rounding.", mn, mx);
					else
						xc_buf_addf(&e, "Even with the amounts rounded as "
						            "printed the change is %.2f%% to %.2f%%; the "
						            "stated %g%% does not fit.", mn, mx,
						            r->value);
					st = stated(c, &e, in_range, r, a, b);
					xc_buf_release(&e);
				}
			} else if (r->rel == R_PCTOF && a && b && a->has_v && b->has_v &&
			           r->has_v) {
				/* r = a% of b */
				printed(c, a, &alo, &ahi);
				printed(c, b, &blo, &bhi);
				printed(c, r, &lo, &hi);
				exact = a->value / 100 * b->value;
				if (exact >= lo && exact <= hi)
					continue;
				xc_buf_init(&e, 1 << 16);
				xc_buf_addf(&e, "\"%s\" of \"%s\" = %g%% x ",
				            xc_strtab_str(&c->st, a->text), xc_strtab_str(&c->st, b->text),
				            a->value);
				xc_ck_fmt_num(&e, b->value);
				xc_buf_add(&e, " = ", 3);
				xc_ck_fmt_num(&e, exact);
				xc_buf_addf(&e, "; the article says \"%s\". ",
				            xc_strtab_str(&c->st, r->text));
				{
					bool in_range = xc_ck_meets(lo, hi, alo / 100 * blo,
					                      ahi / 100 * bhi);
					xc_buf_addf(&e, in_range ? "Consistent only if the inputs "
					            "were rounded." : "It does not add up even "
					            "with rounding.");
					st = stated(c, &e, in_range, r, a, b);
				}
				xc_buf_release(&e);
			} else if (r->rel == R_PART && a && r->unit == a->unit) {
				printed(c, r, &lo, &hi);
				printed(c, a, &alo, &ahi);
				if (lo <= ahi)
					continue;
				xc_buf_init(&e, 1 << 16);
				xc_buf_addf(&e, "\"%s\" is given as part of \"%s\", but it is "
				            "larger: ", xc_strtab_str(&c->st, r->text),
				            xc_strtab_str(&c->st, a->text));
				xc_ck_fmt_num(&e, r->value);
				xc_buf_add(&e, " > ", 3);
				xc_ck_fmt_num(&e, a->value);
				xc_buf_add(&e, ".", 1);
				rs[0] = r;
				rs[1] = a;
				st = arith_finding(c, "conflict", XC_SEV_HIGH, "arithmetic", r,
				                   &e, rs, 2, 0);
				xc_buf_release(&e);
			}
			if (!st && r->rel == R_SHARES && r->rel_a == (int32_t)r->ord) {
				/* the first share of a list: add up the list */
				double sum_lo = 0, sum = 0;
				size_t q, nm = 0;
				rec *ms[XC_LIST_MAX * 2];
				for (q = d->first_rec; q < d->first_rec + d->nrec; q++) {
					rec *m = &c->r[q];
					double mlo, mhi;
					if (m->rel != R_SHARES || m->rel_a != r->rel_a)
						continue;
					printed(c, m, &mlo, &mhi);
					sum_lo += isfinite(mlo) ? mlo : 0;
					sum += m->has_v ? m->value : m->has_lo ? m->low : 0;
					if (nm < sizeof ms / sizeof ms[0])
						ms[nm++] = m;
				}
				if (nm >= 2 && sum_lo > 100) {
					size_t u;
					xc_buf_init(&e, 1 << 16);
					xc_buf_addf(&e, "Shares of one total add up to more than "
					            "100%%: ");
					for (u = 0; u < nm; u++)
						xc_buf_addf(&e, "%s\"%s\"", u ? " + " : "",
						            xc_strtab_str(&c->st, ms[u]->text));
					xc_buf_addf(&e, " = %g%%, and at least %.4g%% even if each "
					            "was rounded up.", sum, sum_lo);
					st = arith_finding(c, "conflict", XC_SEV_HIGH, "arithmetic",
					                   r, &e, ms, nm, 0);
					xc_buf_release(&e);
				}
			}
			if (!st && r->rel == R_TIMES && a && b && a->has_v && b->has_v &&
			    a->unit == b->unit && r->has_v) {
				/* a = r x b, rounding-aware */
				printed(c, a, &alo, &ahi);
				printed(c, b, &blo, &bhi);
				printed(c, r, &lo, &hi);
				exact = r->value * b->value;
				if (!(exact >= alo && exact <= ahi)) {
					bool in_range = xc_ck_meets(alo, ahi, lo * blo, hi * bhi);
					xc_buf_init(&e, 1 << 16);
					xc_buf_addf(&e, "\"%s\" is given as \"%s\" \"%s\": %g x ",
					            xc_strtab_str(&c->st, a->text), xc_strtab_str(&c->st, r->text),
					            xc_strtab_str(&c->st, b->text), r->value);
					xc_ck_fmt_num(&e, b->value);
					xc_buf_add(&e, " = ", 3);
					xc_ck_fmt_num(&e, exact);
					xc_buf_add(&e, ", not ", 6);
					xc_ck_fmt_num(&e, a->value);
					xc_buf_addf(&e, " (%.3g times). %s", a->value / b->value,
					            in_range ? "Consistent only if the figures "
					            "were rounded." : "It does not add up even "
					            "with rounding.");
					st = stated(c, &e, in_range, r, a, b);
					xc_buf_release(&e);
				}
			}
			/* a quantity given in two units, checked in the common one */
			if (!st && r->pair > (int32_t)r->ord &&
			    (b = by_ord(c, d, r->pair)) && r->kind == XC_KIND_QUANTITY &&
			    b->kind == XC_KIND_QUANTITY && r->cunit == b->cunit &&
			    !xc_ck_meets(r->wlo, r->whi, b->wlo, b->whi)) {
				xc_buf_init(&e, 1 << 16);
				xc_buf_addf(&e, "Conversion pair \"%s\" = \"%s\": in %s the "
				            "first is ", xc_strtab_str(&c->st, r->text),
				            xc_strtab_str(&c->st, b->text), xc_strtab_str(&c->st, r->cunit));
				xc_ck_fmt_interval(&e, r->wlo, r->whi, xc_strtab_str(&c->st, r->cunit));
				xc_buf_addf(&e, ", the second ");
				xc_ck_fmt_interval(&e, b->wlo, b->whi, xc_strtab_str(&c->st, b->cunit));
				xc_buf_addf(&e, " (units table rules/check/units.tsv).");
				rs[0] = r;
				rs[1] = b;
				st = arith_finding(c, "conflict", XC_SEV_MEDIUM, "conversion",
				                   r, &e, rs, 2, 0);
				xc_buf_release(&e);
			}
			/* a conversion pair, checked once (from its first claim) */
			if (!st && r->pair > (int32_t)r->ord &&
			    (b = by_ord(c, d, r->pair)) && r->kind == XC_KIND_MONEY &&
			    b->kind == XC_KIND_MONEY) {
				double rlo, rhi, plo, phi;
				int used = 0;
				const char *ur = xc_strtab_str(&c->st, r->unit), *ub = xc_strtab_str(&c->st, b->unit);
				double rr = xc_ck_usd_rate(c, ur, xc_ck_year_of(xc_strtab_str(&c->st, r->period),
				                     d->year ? d->year : 2025), &used);
				double rb = xc_ck_usd_rate(c, ub, used ? used : 2025, &used);
				const tol *t = xc_ck_tol_for(c, xc_strtab_str(&c->st, r->metric));
				if (rr <= 0 || rb <= 0)
					continue;
				printed(c, r, &rlo, &rhi);
				printed(c, b, &plo, &phi);
				/* a writer converts at the day's rate: a dated figure's
				** conversion fits its year's average or the year before's
				** (early in a year the spot rate is near the last one); an
				** undated article's may be of any year the table lists */
				{
					int y = xc_ck_year_of(xc_strtab_str(&c->st, r->period), d->year);
					if (fits_years(c, ur, ub, rlo, rhi, plo, phi, t->conv,
					               y ? y - 1 : 0, y ? y : 9999))
						continue;
				}
				/* r converted into b's currency, with the rate tolerance */
				rlo = rlo * rr / rb * (1 - t->conv);
				rhi = rhi * rr / rb * (1 + t->conv);
				if (xc_ck_meets(rlo, rhi, plo, phi))
					continue;
				xc_buf_init(&e, 1 << 16);
				xc_buf_addf(&e, "Conversion pair \"%s\" = \"%s\": at the table "
				            "rate for %d (1 %s = %g USD, 1 %s = %g USD) \"%s\" is ",
				            xc_strtab_str(&c->st, r->text), xc_strtab_str(&c->st, b->text), used, ur,
				            rr, ub, rb, xc_strtab_str(&c->st, r->text));
				xc_ck_fmt_interval(&e, rlo, rhi, ub);
				xc_buf_addf(&e, " (with %g%% for the rate), but \"%s\" reads ",
				            t->conv * 100, xc_strtab_str(&c->st, b->text));
				xc_ck_fmt_interval(&e, plo, phi, ub);
				xc_buf_addf(&e, ": implied rate 1 %s = %.4g %s.", ur,
				            b->value / r->value, ub);
				rs[0] = r;
				rs[1] = b;
				st = arith_finding(c, "conflict", XC_SEV_MEDIUM, "conversion",
				                   r, &e, rs, 2, 0);
				xc_buf_release(&e);
			}
		}
	}
	return st;
}

