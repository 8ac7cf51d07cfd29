/*
** reconcile.c -- the reconciler: which figures for the same fact disagree
** across documents, which only look different (hedges, rounding, another
** currency), which stated arithmetic does not add up, and how many
** independent origins stand behind each figure.
**
** One pass reads every claim and document (an indexed scan, no joins per
** claim).  Which figures are one fact is the matcher's business (story.c,
** frame.c, match.c): it hands pairs of figures to xc_ck_compare.  Ratios
** are still grouped by their pair of entities: sorted by group key and
** each group compared within itself, its claims folded into figures (the
** same reading of the same number) first; a group with very many figures
** is compared against its neighbours only (XC_MAX_FIGURES).
**
** Readings.  A claim's strict interval is what its words say: [v, v] for
** a point, its bounds for "at least"/"up to"/ranges.  Its wide interval
** adds what printing and hedging allow: half the printed precision ("$14B"
** is 13.5-14.5B; a count printed to the unit, "38 people", is exact), the
** approx tolerance for "about", the conversion
** tolerance for money in another currency.  Two figures whose strict
** intervals meet but whose values differ are compatible_bounds; whose wide
** intervals meet only are rounding_dependent; otherwise a conflict.
*/
#include <ctype.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"


/* ------------------------------------------------------------ tables */


const char *xc_ck_own(xc_check *c, char *s)
{
	if (!s || xc_grow(&c->owned, &c->capowned, c->nowned, sizeof *c->owned,
	                  256)) {
		free(s);
		return NULL;
	}
	c->owned[c->nowned++] = s;
	return s;
}

const char *xc_ck_own_dup(xc_check *c, const char *s)
{
	return s ? xc_ck_own(c, xc_strndup(s, strlen(s))) : NULL;
}

const char *xc_severity_name(xc_severity s)
{
	static const char *const n[] = { "info", "low", "medium", "high" };
	return (unsigned)s < 4 ? n[s] : "info";
}

int xc_severity_parse(const char *s)
{
	int i;
	for (i = 0; i < 4; i++)
		if (s && !strcmp(s, xc_severity_name((xc_severity)i)))
			return i;
	return -1;
}

/* ------------------------------------------------------------ loading */

static char *col_dup(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	return t && *t ? xc_strndup(t, (size_t)sqlite3_column_bytes(s, i)) : NULL;
}

static xc_status sql_err(xc_check *c, xc_diags *d, const char *what)
{
	xc_diag_add(d, "%s: %s", what, sqlite3_errmsg(c->db));
	return XC_EIO;
}

static size_t doc_index(const xc_check *c, int64_t id)
{
	size_t lo = 0, hi = c->ndocs;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (c->docs[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->ndocs && c->docs[lo].id == id ? lo : (size_t)-1;
}

static xc_status load_docs(xc_check *c, xc_diags *d)
{
	sqlite3_stmt *s;
	int rc;

	char sql[1024];

	snprintf(sql, sizeof sql, "SELECT d.id, d.path, d.title, d.outlet, "
	         "d.published, d.url, d.numbers, d.excluded, d.minhash, "
	         "(SELECT count(*) FROM unparsed u WHERE u.doc_id = d.id), d.body, "
	         "(SELECT story FROM doc_story s WHERE s.doc_id = d.id) "
	         "FROM documents d %s%s%s ORDER BY d.id",
	         c->scope ? "WHERE d.id IN (SELECT doc_id FROM claims WHERE " : "",
	         c->scope ? c->scope : "", c->scope ? ")" : "");
	if (sqlite3_prepare_v2(c->db, sql, -1, &s, NULL) != SQLITE_OK)
		return sql_err(c, d, "cannot read documents");
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		doc *x;
		const unsigned char *mh;
		if (xc_grow(&c->docs, &c->capdocs, c->ndocs, sizeof *x, 64)) {
			sqlite3_finalize(s);
			return XC_ENOMEM;
		}
		x = &c->docs[c->ndocs++];
		memset(x, 0, sizeof *x);
		x->id = sqlite3_column_int64(s, 0);
		if (sqlite3_column_type(s, 1) == SQLITE_NULL) {
			/* only a damaged or crafted store has one */
			xc_diag_add(d, "cannot read documents: document %lld has no "
			            "path (the store is damaged; see crosscheck status)",
			            (long long)x->id);
			sqlite3_finalize(s);
			return XC_EIO;
		}
		x->path = col_dup(s, 1);
		x->title = col_dup(s, 2);
		x->outlet = col_dup(s, 3);
		x->published = col_dup(s, 4);
		x->url = col_dup(s, 5);
		x->numbers = (size_t)sqlite3_column_int64(s, 6);
		x->excluded = (size_t)sqlite3_column_int64(s, 7);
		x->unparsed = (size_t)sqlite3_column_int64(s, 9);
		x->dup_of = (size_t)-1;
		x->stored_story = sqlite3_column_type(s, 11) == SQLITE_NULL
		                  ? -1 : sqlite3_column_int64(s, 11);
		/* its text: frames read their sentences, stories its words */
		{
			const void *b = sqlite3_column_blob(s, 10);
			x->blen = (size_t)sqlite3_column_bytes(s, 10);
			if ((x->body = malloc(x->blen + 1))) {
				if (x->blen)
					memcpy(x->body, b, x->blen);
				x->body[x->blen] = 0;
			}
		}
		x->year = x->published ? atoi(x->published) : 0;
		mh = sqlite3_column_blob(s, 8);
		if (mh && sqlite3_column_bytes(s, 8) == XC_MINHASH_N * 4) {
			size_t k;
			for (k = 0; k < XC_MINHASH_N; k++)
				x->mh[k] = (uint32_t)mh[4 * k] |
				           (uint32_t)mh[4 * k + 1] << 8 |
				           (uint32_t)mh[4 * k + 2] << 16 |
				           (uint32_t)mh[4 * k + 3] << 24;
			x->has_mh = true;
		}
		if (!x->path || !x->body) {
			sqlite3_finalize(s);
			return XC_ENOMEM;
		}
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? XC_OK : sql_err(c, d, "cannot read documents");
}

/* The story of every document: clustered afresh over the whole store;
** for a check of part of the store (show, query), the stories the last
** ingest stored for the whole store, so that both pair figures alike. */
static xc_status find_stories(xc_check *c)
{
	xc_story_input *in;
	size_t i;
	xc_status st;

	if (c->scope) {
		for (i = 0; i < c->ndocs && c->docs[i].stored_story >= 0; i++)
			;
		if (i == c->ndocs) {
			for (i = 0; i < c->ndocs; i++)
				c->docs[i].story = (size_t)c->docs[i].stored_story;
			return XC_OK;
		}
	}
	in = c->ndocs ? calloc(c->ndocs, sizeof *in) : NULL;
	if (c->ndocs && !in)
		return XC_ENOMEM;
	for (i = 0; i < c->ndocs; i++) {
		in[i].text = c->docs[i].body ? c->docs[i].body : "";
		in[i].len = c->docs[i].blen;
		in[i].published = c->docs[i].published;
	}
	st = xc_stories_cluster(in, c->ndocs, &c->mp.story, &c->stories);
	free(in);
	for (i = 0; !st && i < c->ndocs; i++)
		c->docs[i].story = xc_stories_of(c->stories, i);
	return st;
}

/* Is a citation source a named origin (The Information, IDC) rather than
** an anonymous or generic one (people familiar, the company)? */
static bool named_source(const char *s)
{
	if (!strncasecmp(s, "the ", 4))
		s += 4;
	return *s >= 'A' && *s <= 'Z';
}

static xc_status load_cites(xc_check *c, xc_diags *d)
{
	sqlite3_stmt *s;
	int rc;

	char sql[1024];

	snprintf(sql, sizeof sql, "SELECT doc_id, start, end, source FROM "
	         "citations %s%s%s ORDER BY doc_id, start",
	         c->scope ? "WHERE doc_id IN (SELECT doc_id FROM claims WHERE " : "",
	         c->scope ? c->scope : "", c->scope ? ")" : "");
	if (sqlite3_prepare_v2(c->db, sql, -1, &s, NULL) != SQLITE_OK)
		return sql_err(c, d, "cannot read citations");
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *src = (const char *)sqlite3_column_text(s, 3);
		size_t di = doc_index(c, sqlite3_column_int64(s, 0));
		cite *x;
		char low[128];
		size_t k, n;
		if (di == (size_t)-1 || !src || !named_source(src))
			continue;
		if (xc_grow(&c->cites, &c->capcites, c->ncites, sizeof *x, 64)) {
			sqlite3_finalize(s);
			return XC_ENOMEM;
		}
		x = &c->cites[c->ncites++];
		x->doc = (uint32_t)di;
		x->start = (size_t)sqlite3_column_int64(s, 1);
		x->end = (size_t)sqlite3_column_int64(s, 2);
		/* origins compare case-insensitively, without "the" */
		if (!strncasecmp(src, "the ", 4))
			src += 4;
		n = strlen(src);
		if (n >= sizeof low)
			n = sizeof low - 1;
		for (k = 0; k < n; k++)
			low[k] = xc_lower(src[k]);
		if (xc_strtab_intern(&c->st, low, n, &x->source)) {
			sqlite3_finalize(s);
			return XC_ENOMEM;
		}
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? XC_OK : sql_err(c, d, "cannot read citations");
}

static uint8_t kind_of(const char *k)
{
	static const char *const names[] = { "money", "count", "percent", "ratio",
	                                     "quantity" };
	uint8_t i;
	for (i = 0; i < 5; i++)
		if (k && !strcmp(k, names[i]))
			return i;
	return XC_KIND_NUMBER;
}

static xc_status load_claims(xc_check *c, xc_diags *d)
{
	sqlite3_stmt *s;
	int rc;
	size_t prev = (size_t)-1, cfrom = 0;

	char sql[1024];

	snprintf(sql, sizeof sql, "SELECT id, doc_id, ord, kind, value, low, "
	         "high, approx, unit, precision, hedge, subject, metric, period, "
	         "scope, ref_subject, pair_ord, rel, rel_a, rel_b, text, "
	         "sentence_start, sentence_end, reading, context, start, end "
	         "FROM claims %s%s "
	         "ORDER BY "
	         "doc_id, "
	         "ord", c->scope ? "WHERE " : "", c->scope ? c->scope : "");
	if (sqlite3_prepare_v2(c->db, sql, -1, &s, NULL) != SQLITE_OK)
		return sql_err(c, d, "cannot read claims");
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		rec *r;
		size_t di = doc_index(c, sqlite3_column_int64(s, 1));
		const char *rel;
		xc_status e = XC_OK;
		size_t ss, se, k;
#define STR(col, dst)                                                        \
	if (!e)                                                              \
		e = xc_strtab_intern(&c->st, (const char *)sqlite3_column_text(s, col),    \
		           (size_t)sqlite3_column_bytes(s, col), &(dst))

		if (di == (size_t)-1)
			continue;
		if (xc_grow(&c->r, &c->capr, c->nr, sizeof *r, 1024)) {
			sqlite3_finalize(s);
			return XC_ENOMEM;
		}
		if (di != prev) {
			c->docs[di].first_rec = c->nr;
			prev = di;
		}
		c->docs[di].nrec++;
		c->docs[di].claims++;
		r = &c->r[c->nr++];
		memset(r, 0, sizeof *r);
		r->outidx = -1;
		r->id = sqlite3_column_int64(s, 0);
		r->doc = (uint32_t)di;
		r->story = c->docs[di].story;
		r->ord = (uint32_t)sqlite3_column_int(s, 2);
		r->kind = kind_of((const char *)sqlite3_column_text(s, 3));
		r->has_v = sqlite3_column_type(s, 4) != SQLITE_NULL;
		r->value = sqlite3_column_double(s, 4);
		r->has_lo = sqlite3_column_type(s, 5) != SQLITE_NULL;
		r->low = sqlite3_column_double(s, 5);
		r->has_hi = sqlite3_column_type(s, 6) != SQLITE_NULL;
		r->high = sqlite3_column_double(s, 6);
		r->approx = (uint8_t)sqlite3_column_int(s, 7);
		STR(8, r->unit);
		r->prec = sqlite3_column_double(s, 9);
		STR(10, r->hedge);
		STR(11, r->subj);
		STR(12, r->metric);
		STR(13, r->period);
		STR(14, r->scope);
		STR(15, r->ref);
		r->pair = sqlite3_column_type(s, 16) == SQLITE_NULL
		              ? -1 : sqlite3_column_int(s, 16);
		rel = (const char *)sqlite3_column_text(s, 17);
		r->rel = !rel ? R_NONE : !strcmp(rel, "change") ? R_CHANGE
		         : !strcmp(rel, "pctof") ? R_PCTOF
		         : !strcmp(rel, "part") ? R_PART
		         : !strcmp(rel, "shares") ? R_SHARES
		         : !strcmp(rel, "times") ? R_TIMES : R_NONE;
		r->rel_a = sqlite3_column_type(s, 18) == SQLITE_NULL
		               ? -1 : sqlite3_column_int(s, 18);
		r->rel_b = sqlite3_column_type(s, 19) == SQLITE_NULL
		               ? -1 : sqlite3_column_int(s, 19);
		STR(20, r->text);
		STR(23, r->reading);
		STR(24, r->ctx);
#undef STR
		if (e) {
			sqlite3_finalize(s);
			return e;
		}
		/* "one in five patients", "half of the voters": a share with no
		** reference is a proportion, compared as the percentage it is */
		if (r->kind == XC_KIND_RATIO && !r->ref && r->has_v &&
		    r->value > 0 && r->value <= 1) {
			r->kind = XC_KIND_PERCENT;
			r->value *= 100;
			r->low *= 100;
			r->high *= 100;
			r->prec *= 100;
			if (!e)
				e = xc_strtab_intern(&c->st, "%", 1, &r->unit);
			if (e) {
				sqlite3_finalize(s);
				return e;
			}
		}
		r->attributed = r->subj && (r->metric || r->ref);
		c->docs[di].attributed += r->attributed;
		/* its origin: a named source cited in its sentence, else its
		** document's (set once documents are clustered) */
		ss = (size_t)sqlite3_column_int64(s, 21);
		se = (size_t)sqlite3_column_int64(s, 22);
		r->ss = (uint32_t)ss;
		r->se = (uint32_t)se;
		r->start = (uint32_t)sqlite3_column_int64(s, 25);
		r->end = (uint32_t)sqlite3_column_int64(s, 26);
		/* claims and citations both come ordered by document */
		while (cfrom < c->ncites && c->cites[cfrom].doc < di)
			cfrom++;
		for (k = cfrom; k < c->ncites && c->cites[k].doc == di; k++)
			if (c->cites[k].start >= ss && c->cites[k].end <= se) {
				r->origin = c->cites[k].source;
				break;
			}
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? XC_OK : sql_err(c, d, "cannot read claims");
}

/* ------------------------------------------------------------ readings */

int xc_ck_year_of(const char *period, int fallback)
{
	const char *p = period;
	if (p[0] == 'F' && p[1] == 'Y')
		p += 2;
	if (strlen(p) >= 4 && xc_is_digit((unsigned char)p[0]) && atoi(p) > 1900)
		return atoi(p);
	return fallback;
}

/* The comparison unit and the strict and wide intervals of r. */
xc_status xc_ck_reading(xc_check *c, rec *r)
{
	const char *unit = xc_strtab_str(&c->st, r->unit);
	const char *metric = xc_strtab_str(&c->st, r->metric);
	const tol *t = xc_ck_tol_for(c, metric);
	double f = 1, half, lo, hi, v;
	const char *cu = unit;
	bool converted = false;
	size_t i;

	if (r->kind == XC_KIND_MONEY && strcmp(unit, "USD")) {
		int used = 0;
		double rx = xc_ck_usd_rate(c, unit, xc_ck_year_of(xc_strtab_str(&c->st, r->period),
		                                        c->docs[r->doc].year ?
		                                        c->docs[r->doc].year : 2025),
		                       &used);
		if (rx > 0) {
			f = rx;
			cu = "USD";
			converted = true;
		}
	} else if (r->kind == XC_KIND_QUANTITY) {
		for (i = 0; i < c->nuc; i++)
			if (!strcmp(c->uc[i].from, unit)) {
				f = c->uc[i].factor;
				cu = c->uc[i].to;
				break;
			}
	}
	/* counts compare whatever noun they count; classes are checked later */
	if (r->kind == XC_KIND_COUNT)
		cu = "";
	if (xc_strtab_intern(&c->st, cu, strlen(cu), &r->cunit))
		return XC_ENOMEM;
	lo = r->has_lo ? r->low * f : -INFINITY;
	hi = r->has_hi ? r->high * f : INFINITY;
	v = r->has_v ? r->value * f : (isfinite(lo) && isfinite(hi) ? (lo + hi) / 2
	                               : isfinite(lo) ? lo : hi);
	r->v = v;
	r->slo = lo;
	r->shi = hi;
	/* "$488,000", "1,240 homes": a whole number of four digits or more
	** written without a scale word may be rounded at its trailing zeros,
	** keeping at least two significant digits (488,000 to the thousand,
	** 2,000 to the hundred; "310 aircraft" is a count) */
	r->rprec = r->prec;
	if (r->prec == 1 && r->has_v && fabs(r->value) >= 1000 &&
	    r->value == floor(r->value)) {
		double a = fabs(r->value), z = 1;
		double lim = pow(10, floor(log10(a)) - 1);
		while (z * 10 <= lim && fmod(a, z * 10) == 0)
			z *= 10;
		r->rprec = z;
	}
	half = r->rprec > 0 ? r->rprec * f / 2 : 0;
	/* a count printed to the unit is exact: "four new schools" is no
	** rounding of 3.5, and three schools do not "round" to four */
	if (r->kind == XC_KIND_COUNT && r->rprec <= 1)
		half = 0;
	r->hlo = lo;
	r->hhi = hi;
	/* "nearly 140,000" is below 140,000: an approximate upper bound
	** widens nowhere (its lower end is open already) */
	if (r->approx && !(isinf(lo) && isfinite(hi))) {
		/* a hedge on a figure printed to its last unit ("some 45,774")
		** allows a few of those units, not a share of the whole */
		double w = t->approx * fabs(v);
		if (t->approx_digits > 0 && r->rprec > 0)
			w = fmin(w, t->approx_digits * r->rprec * f);
		r->hlo = lo - w;
		r->hhi = hi + w;
		half = fmax(half, w);
	}
	/* a stated bound is not rounded: "more than 2 million" is more than
	** 1.8 million whatever the rounding */
	r->wlo0 = r->has_lo && !r->has_hi ? lo : lo - half;
	r->whi0 = r->has_hi && !r->has_lo ? hi : hi + half;
	if (converted)
		half += t->conv * fabs(v);
	r->wlo = r->has_lo && !r->has_hi ? lo : lo - half;
	r->whi = r->has_hi && !r->has_lo ? hi : hi + half;
	return XC_OK;
}

/* ------------------------------------------------------------ formatting */

void xc_ck_fmt_num(xc_buf *b, double v)
{
	double a = fabs(v);
	static const struct { double f; const char *w; } sc[] = {
		{ 1e12, "trillion" }, { 1e9, "billion" }, { 1e6, "million" } };
	size_t i;

	if (!isfinite(v)) {
		xc_buf_addf(b, "%s", v > 0 ? "unbounded" : "-unbounded");
		return;
	}
	for (i = 0; i < 3; i++)
		if (a >= sc[i].f) {
			xc_buf_addf(b, "%.4g %s", v / sc[i].f, sc[i].w);
			return;
		}
	if (a >= 1000 && a == floor(a))
		xc_buf_addf(b, "%.0f", v);
	else if (a >= 1000)
		xc_buf_addf(b, "%.1f", v);
	else
		xc_buf_addf(b, "%.4g", v);
}

void xc_ck_fmt_interval(xc_buf *b, double lo, double hi, const char *unit)
{
	if (isfinite(lo) && isfinite(hi) && lo == hi) {
		xc_ck_fmt_num(b, lo);
	} else if (isfinite(lo) && isfinite(hi)) {
		xc_ck_fmt_num(b, lo);
		xc_buf_add(b, " to ", 4);
		xc_ck_fmt_num(b, hi);
	} else if (isfinite(lo)) {
		xc_buf_add(b, "at least ", 9);
		xc_ck_fmt_num(b, lo);
	} else if (isfinite(hi)) {
		xc_buf_add(b, "at most ", 8);
		xc_ck_fmt_num(b, hi);
	} else {
		xc_buf_add(b, "anything", 8);
	}
	if (unit && *unit)
		xc_buf_addf(b, " %s", unit);
}

/* The unit a reading is shown in: the comparison unit, or for counts the
** thing counted. */
const char *xc_ck_shown_unit(const xc_check *c, const rec *r)
{
	return r->kind == XC_KIND_COUNT ? xc_strtab_str(&c->st, r->unit)
	                                : xc_strtab_str(&c->st, r->cunit);
}

/* How a finding names a document: its outlet, else its file's name (the
** path is given once, in the provenance); a title is no source name. */
const char *xc_ck_doc_name(const doc *d)
{
	const char *slash;

	if (d->outlet)
		return d->outlet;
	slash = strrchr(d->path, '/');
	return slash && slash[1] ? slash + 1 : d->path;
}

/* "The Dispatch says "at least $16 billion": at least 15.5 billion USD" */
void xc_ck_describe(xc_check *c, xc_buf *b, const rec *r)
{
	const char *cu = xc_strtab_str(&c->st, r->cunit);
	double lo = r->wlo, hi = r->whi;

	xc_buf_addf(b, "%s says \"%s\"", xc_ck_doc_name(&c->docs[r->doc]),
	            xc_strtab_str(&c->st, r->text));
	if (r->kind == XC_KIND_RATIO) {
		/* shown as written: subject = v x reference */
		if (r->inv) {
			lo = r->whi > 0 ? 1 / r->whi : 0;
			hi = r->wlo > 0 ? 1 / r->wlo : INFINITY;
		}
		xc_buf_addf(b, " (%s = v x %s)", xc_strtab_str(&c->st, r->inv ? r->ref : r->subj),
		            xc_strtab_str(&c->st, r->inv ? r->subj : r->ref));
		cu = "x";
	} else if (r->cunit != r->unit && r->kind == XC_KIND_MONEY) {
		xc_buf_addf(b, " (in %s at the table rate)", cu);
	} else if (r->cunit != r->unit && r->kind == XC_KIND_QUANTITY) {
		xc_buf_addf(b, " (in %s)", cu);
	}
	if (r->reading)
		xc_buf_addf(b, " (read as %s times as %s; \"%s %s\" is also "
		            "written for %g times)", xc_strtab_str(&c->st, r->text),
		            xc_strtab_str(&c->st, r->reading), xc_strtab_str(&c->st, r->text),
		            xc_strtab_str(&c->st, r->reading),
		            (r->inv ? 1 / r->value : r->value) + 1);
	xc_buf_add(b, ": ", 2);
	xc_ck_fmt_interval(b, lo, hi, r->kind == XC_KIND_COUNT ? xc_strtab_str(&c->st, r->unit)
	                                                 : cu);
	if (r->wlo != r->slo || r->whi != r->shi) {
		xc_buf_add(b, " allowing for ", 14);
		if (r->approx)
			xc_buf_add(b, "the hedge", 9);
		else if (r->rprec > 0) {
			/* "to the billion", "to 0.1 billion", "to 0.01", "to 10" */
			static const struct { double p; const char *w; } pw[] = {
				{ 1e12, "trillion" }, { 1e9, "billion" }, { 1e6, "million" },
				{ 1e3, "thousand" } };
			double p = r->rprec;
			size_t k;
			for (k = 0; k < 4 && p < pw[k].p / 100 * (1 - 1e-9); k++)
				;
			if (k == 3 && p < 1e3 * (1 - 1e-9))
				k = 4;
			if (k < 4 && xc_close(p, pw[k].p))
				xc_buf_addf(b, "rounding to the %s", pw[k].w);
			else if (k < 4)
				xc_buf_addf(b, "rounding to %g %s", p / pw[k].p, pw[k].w);
			else
				xc_buf_addf(b, "rounding to %g", p);
		}
		if (r->cunit != r->unit && r->kind == XC_KIND_MONEY && !r->noconv)
			xc_buf_add(b, " and the exchange rate", 22);
	}
}

/* ------------------------------------------------------------ results */

xc_status xc_ck_add_claim_ref(xc_check *c, rec *r)
{
	if (r->outidx >= 0)
		return XC_OK;
	if (xc_grow(&c->oclaims, &c->capoclaims, c->noclaims,
	            sizeof *c->oclaims, 64))
		return XC_ENOMEM;
	r->outidx = (int64_t)c->noclaims;
	memset(&c->oclaims[c->noclaims], 0, sizeof c->oclaims[0]);
	c->oclaims[c->noclaims].id = r->id; /* filled in later */
	c->noclaims++;
	return XC_OK;
}

/* Append a claim to the index arena, with its side (findings) and stance
** (answers): the three arrays grow together. */
xc_status xc_ck_idx_push(xc_check *c, rec *r, unsigned char side,
                          unsigned char stance)
{
	size_t cap;

	if (xc_ck_add_claim_ref(c, r))
		return XC_ENOMEM;
	cap = c->capside;
	if (xc_grow(&c->side, &cap, c->nidx, 1, 256))
		return XC_ENOMEM;
	c->capside = cap;
	cap = c->capstance;
	if (xc_grow(&c->stance, &cap, c->nidx, 1, 256))
		return XC_ENOMEM;
	c->capstance = cap;
	if (xc_grow(&c->idx, &c->capidx, c->nidx, sizeof *c->idx, 256))
		return XC_ENOMEM;
	c->side[c->nidx] = side;
	c->stance[c->nidx] = stance;
	c->idx[c->nidx++] = (size_t)r->outidx;
	return XC_OK;
}

/* Claim index lists live in one arena; findings keep offsets until the
** end (the arena moves as it grows). */
xc_status xc_ck_add_finding(xc_check *c, const char *verdict,
                             xc_severity sev, const char *type,
                             const rec *key, xc_buf *expl, rec **rs,
                             size_t nrs, size_t nfirst, double gap)
{
	xc_finding *f;
	size_t i;

	if (xc_grow(&c->f, &c->capf, c->nf, sizeof *f, 64))
		return XC_ENOMEM;
	f = &c->f[c->nf];
	memset(f, 0, sizeof *f);
	f->verdict = verdict;
	f->severity = sev;
	f->type = type;
	f->subject = xc_strtab_str(&c->st, key->subj);
	f->metric = xc_strtab_str(&c->st, key->metric);
	if (key->kind == XC_KIND_RATIO && key->ref) {
		/* a ratio finding is about a pair: "Nvidia H20", "ratio to H100" */
		xc_buf m;
		f->subject = xc_strtab_str(&c->st, key->inv ? key->ref : key->subj);
		xc_buf_init(&m, 256);
		xc_buf_addf(&m, "ratio to %s", xc_strtab_str(&c->st, key->inv ? key->subj
		                                                   : key->ref));
		if (!m.p || !(f->metric = xc_ck_own_dup(c, m.p))) {
			xc_buf_release(&m);
			return XC_ENOMEM;
		}
		xc_buf_release(&m);
	}
	f->period = xc_strtab_str(&c->st, key->period);
	f->scope = xc_strtab_str(&c->st, key->scope);
	f->unit = xc_strtab_str(&c->st, key->cunit);
	f->gap = gap;
	f->story = key->story;
	if (!(f->explanation = xc_ck_own_dup(c, expl->p ? expl->p : ""))) {
		return XC_ENOMEM;
	}
	f->claims = (const size_t *)(uintptr_t)c->nidx; /* an offset for now */
	for (i = 0; i < nrs; i++)
		/* two figures: the first nfirst claims are side 0; otherwise one
		** side per claim */
		if (xc_ck_idx_push(c, rs[i], (unsigned char)(nfirst ? i >= nfirst : i), 0))
			return XC_ENOMEM;
	f->nclaims = nrs;
	c->nf++;
	/* figures of two documents in one finding (a ratio path too) have
	** been compared with another source's: the coverage counts them */
	for (i = 1; i < nrs && rs[i]->doc == rs[0]->doc; i++)
		;
	if (i < nrs)
		for (i = 0; i < nrs; i++)
			rs[i]->attributed = 2;
	return XC_OK;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static size_t distinct(uint32_t *v, size_t n)
{
	size_t i, d = 0;
	if (!n)
		return 0;
	qsort(v, n, sizeof *v, cmp_u32);
	for (i = 0; i < n; i++)
		d += i == 0 || v[i] != v[i - 1];
	return d;
}

/* Distinct documents and origins among the claims of two lists (b may be
** NULL).  Sorting keeps it n log n for figures held by thousands of
** documents; without memory it falls back to counting pairwise. */
static void count_sources2(rec **a, size_t na, rec **b, size_t nb,
                           size_t *articles, size_t *origins)
{
	size_t n = na + nb, i, j;
	uint32_t *v = malloc((n ? n : 1) * 2 * sizeof *v);

	if (v) {
		for (i = 0; i < n; i++) {
			const rec *r = i < na ? a[i] : b[i - na];
			v[i] = r->doc;
			v[n + i] = r->origin;
		}
		*articles = distinct(v, n);
		*origins = distinct(v + n, n);
		free(v);
		return;
	}
	*articles = *origins = 0;
	for (i = 0; i < n; i++) {
		const rec *r = i < na ? a[i] : b[i - na];
		bool new_doc = true, new_origin = true;
		for (j = 0; j < i; j++) {
			const rec *q = j < na ? a[j] : b[j - na];
			new_doc &= q->doc != r->doc;
			new_origin &= q->origin != r->origin;
		}
		*articles += new_doc;
		*origins += new_origin;
	}
}

void xc_ck_count_sources(const xc_check *c, rec **rs, size_t n,
                          size_t *articles, size_t *origins)
{
	(void)c;
	count_sources2(rs, n, NULL, 0, articles, origins);
}

/* ------------------------------------------------------------ grouping */

int xc_ck_cmp_key(const void *a, const void *b)
{
	const rec *x = *(rec *const *)a, *y = *(rec *const *)b;
#define K(f) if (x->f != y->f) return x->f < y->f ? -1 : 1
	K(subj);
	K(metric);
	K(ref);
	K(cunit);
	K(doc);
	K(ord);
#undef K
	return 0;
}

static bool same_group(const rec *a, const rec *b)
{
	return a->subj == b->subj && a->metric == b->metric && a->ref == b->ref &&
	       a->cunit == b->cunit;
}


xc_status xc_ck_fig_add(fig *f, rec *r, int32_t idx)
{
	if (xc_grow(&f->m, &f->cap, f->n, sizeof *f->m, 4))
		return XC_ENOMEM;
	if (!f->n)
		f->doc0 = r->doc;
	else if (r->doc != f->doc0)
		f->multi = true;
	f->counted = false;
	f->m[f->n++] = r;
	r->fig = idx;
	return XC_OK;
}

bool xc_ck_same_reading(const rec *a, const rec *b)
{
	return xc_close(a->slo, b->slo) && xc_close(a->shi, b->shi) &&
	       a->approx == b->approx && a->period == b->period &&
	       a->scope == b->scope && a->hedge == b->hedge &&
	       xc_close(a->wlo, b->wlo) && xc_close(a->whi, b->whi);
}

bool xc_ck_meets(double alo, double ahi, double blo, double bhi)
{
	return alo <= bhi * (1 + 1e-9) + 1e-12 && blo <= ahi * (1 + 1e-9) + 1e-12;
}

/* Do two intervals, each wider than a point, meet at their ends only?
** (A point on another interval's end is in it.) */
static bool touch_only(double alo, double ahi, double blo, double bhi)
{
	double lo = fmax(alo, blo), hi = fmin(ahi, bhi);
	double eps = 1e-9 * fmax(fabs(lo), fabs(hi)) + 1e-12;

	return ahi - alo > eps && bhi - blo > eps && hi - lo <= eps;
}

bool xc_ck_meets_hedged(const rec *a, const rec *b)
{
	if (!xc_ck_meets(a->hlo, a->hhi, b->hlo, b->hhi))
		return false;
	/* "about 1,900" and "some 2,100" touch at 1,995 only by the
	** tolerance's own edges: no value both writers could mean */
	return !touch_only(a->hlo, a->hhi, b->hlo, b->hhi) ||
	       xc_ck_meets(a->slo, a->shi, b->slo, b->shi);
}

bool xc_ck_meets_wide(const rec *a, const rec *b)
{
	if (!xc_ck_meets(a->wlo, a->whi, b->wlo, b->whi))
		return false;
	/* they touch at one point: rounding leaves out its interval's upper
	** end (2.15 is printed "2.2"), so "$2.1 billion" and "$2.2 billion"
	** do not meet there; words' own bounds and hedges do */
	return !touch_only(a->wlo, a->whi, b->wlo, b->whi) ||
	       xc_ck_meets_hedged(a, b);
}

/* Do a and b hold figures of one document ("23 arrests" and "31" of one
** article, each perhaps corroborated by others)? */
static bool share_doc(const fig *a, const fig *b)
{
	size_t i, j;

	for (i = 0; i < a->n; i++)
		for (j = 0; j < b->n; j++)
			if (a->m[i]->doc == b->m[j]->doc)
				return true;
	return false;
}

static bool docs_differ(const fig *a, const fig *b)
{
	return a->multi || b->multi || a->doc0 != b->doc0;
}

/* The claims a finding lists: up to XC_LIST_MAX of each figure, one per
** document first (a document's repeats after). */
static rec **collect(const fig *a, const fig *b, size_t *n, size_t *na)
{
	rec **out = malloc((2 * XC_LIST_MAX) * sizeof *out);
	const fig *fs[2] = { a, b };
	size_t i, k = 0, f;

	if (!out)
		return NULL;
	for (f = 0; f < 2; f++) {
		size_t start = k;
		for (i = 0; i < fs[f]->n && k - start < XC_LIST_MAX; i++)
			if (!fs[f]->m[i]->fold)
				out[k++] = fs[f]->m[i];
		for (i = 0; i < fs[f]->n && k - start < XC_LIST_MAX; i++)
			if (fs[f]->m[i]->fold)
				out[k++] = fs[f]->m[i];
		if (f == 0)
			*na = k;
	}
	*n = k;
	return out;
}

double xc_ck_gap_text(xc_check *c, xc_buf *e, const rec *x, const rec *y)
{
	/* the lower reading ends where, or before, the higher one begins */
	const rec *lo = x->whi <= y->wlo * (1 + 1e-9) + 1e-12 ? x : y;
	const rec *hi = lo == x ? y : x;
	double g = hi->wlo - lo->whi;
	double big = fmax(fabs(hi->wlo), fabs(lo->whi));
	const char *u = xc_ck_shown_unit(c, x);

	if (g <= 1e-9 * big + 1e-12) {
		/* "about four hours" and "five-hour" at 270 minutes */
		xc_buf_add(e, "they only touch at ", 19);
		xc_ck_fmt_num(e, hi->wlo);
		xc_buf_addf(e, "%s%s, the edge of both allowances, which neither "
		            "figure reaches", *u ? " " : "", u);
		return 0;
	}
	xc_ck_fmt_num(e, hi->wlo);
	xc_buf_add(e, " - ", 3);
	xc_ck_fmt_num(e, lo->whi);
	xc_buf_add(e, " = ", 3);
	xc_ck_fmt_num(e, g);
	xc_buf_addf(e, "%s%s apart", *u ? " " : "", u);
	return big > 0 ? g / big : 0;
}

void xc_ck_sources_text(xc_check *c, xc_buf *e, fig *f)
{
	if (!f->counted) {
		xc_ck_count_sources(c, f->m, f->n, &f->arts, &f->ors);
		f->counted = true;
	}
	if (f->arts > 1)
		xc_buf_addf(e, " [%zu articles, %zu independent origin%s]", f->arts,
		            f->ors, f->ors == 1 ? "" : "s");
}

/* A scope that sets a figure apart from unqualified ones: a rate ("per
** day": a total is not a rate), or one of scope_apart.lex: a total with
** additions ("bringing the total deal to EUR 70 million" is not the fee
** of EUR 60 million an unqualified figure gives), a height above or below
** a reference ("6 feet above flood stage" is not the level), online
** sales. */
bool xc_ck_set_apart(const xc_check *c, uint32_t scope)
{
	const char *s = scope ? xc_strtab_str(&c->st, scope) : "";

	return !strncmp(s, "per ", 4) ||
	       (*s && c->rs && c->rs->lx_scope_apart &&
	        xc_lex_find(c->rs->lx_scope_apart, s, strlen(s)));
}

bool xc_ck_relative(const xc_check *c, uint32_t scope)
{
	const char *s = scope ? xc_strtab_str(&c->st, scope) : "";

	return !strncmp(s, "above ", 6) || !strncmp(s, "below ", 6);
}

/* A member of f stated in unit u ("$490 million" of "€450 million ($490
** million)"), or NULL. */
static const rec *in_unit(const fig *f, uint32_t u)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (f->m[i]->unit == u)
			return f->m[i];
	return NULL;
}

/* "45,755 a year" against "45,774 in 2022": a yearly rate and the total
** of one calendar year are one measure when the year is the other's
** period (both dated alike, the rate one "per year"). */
static bool year_total(const xc_check *c, const rec *x, const rec *y)
{
	const rec *r = x->scope ? x : y, *o = x->scope ? y : x;
	const char *p = xc_strtab_str(&c->st, o->period);

	if (o->scope || strcmp(xc_strtab_str(&c->st, r->scope), "per year"))
		return false;
	return strlen(p) == 4 && isdigit((unsigned char)p[0]) &&
	       isdigit((unsigned char)p[3]) && (!r->period || r->period == o->period);
}

/* Compare two figures of a group; adds at most one finding. */
xc_status xc_ck_compare(xc_check *c, fig *a, fig *b, bool ratio,
                        bool *compared)
{
	const rec *x = a->rep, *y = b->rep;
	/* money given in two currencies is compared in the one both sides
	** wrote, when there is one: "€450 million ($490 million)" against
	** "$520 million (€480 million)" is 450 against 480 euros, not
	** euros against dollars at a year's average rate */
	rec xs, ys;
	if (!ratio && x->kind == XC_KIND_MONEY && x->unit != y->unit) {
		const rec *o = in_unit(a, y->unit);
		if (o)
			x = o;
		else if ((o = in_unit(b, x->unit)))
			y = o;
	}
	/* two figures in one foreign currency: no exchange rate between
	** them, so none of its tolerance */
	if (!ratio && x->kind == XC_KIND_MONEY && x->unit == y->unit &&
	    x->unit != x->cunit) {
		xs = *x;
		ys = *y;
		xs.wlo = xs.wlo0;
		xs.whi = xs.whi0;
		ys.wlo = ys.wlo0;
		ys.whi = ys.whi0;
		xs.noconv = ys.noconv = 1;
		x = &xs;
		y = &ys;
	}
	const char *per_x = xc_strtab_str(&c->st, x->period), *per_y = xc_strtab_str(&c->st, y->period);
	const char *sc_x = xc_strtab_str(&c->st, x->scope), *sc_y = xc_strtab_str(&c->st, y->scope);
	bool strict = xc_ck_meets(x->slo, x->shi, y->slo, y->shi);
	bool hedged = xc_ck_meets_hedged(x, y);
	bool wide = xc_ck_meets_wide(x, y);
	const tol *t = xc_ck_tol_for(c, xc_strtab_str(&c->st, x->metric));
	xc_buf e;
	rec **rs;
	size_t n, na = 0;
	xc_status st = XC_OK;
	const char *verdict = NULL;
	xc_severity sev = XC_SEV_LOW;
	double gap = 0;

	*compared = false;
	if (!docs_differ(a, b) || (x->ucls && y->ucls && x->ucls != y->ucls))
		return XC_OK;
	/* an undated figure stands for its document's current one: it is not
	** compared with a figure its document dates earlier ("27 cases, up
	** from 19" is "prior"), nor with a dated figure whose document leaves
	** another one of the group undated (that one is compared instead) */
	if ((x->period == 0) != (y->period == 0)) {
		const rec *d = x->period ? x : y;
		const fig *df = x->period ? a : b;
		if (!strcmp(xc_strtab_str(&c->st, d->period), "prior") || df->undated_sib)
			return XC_OK;
	}
	xc_buf_init(&e, 1 << 16);
	if (x->period && y->period && x->period != y->period) {
		/* the same number for two periods may be a mix-up; different
		** numbers for different periods are expected */
		if (!wide)
			return XC_OK;
		xc_buf_addf(&e, "The same figure is dated differently: ");
		xc_ck_describe(c, &e, x);
		xc_buf_addf(&e, " for %s; ", per_x);
		xc_ck_describe(c, &e, y);
		xc_buf_addf(&e, " for %s. Not compared as one fact; check which "
		            "period is right.", per_y);
		verdict = "not_comparable";
		sev = XC_SEV_INFO;
	} else if (x->scope != y->scope && (xc_ck_set_apart(c, x->scope) ||
	                                   xc_ck_set_apart(c, y->scope)) && !ratio &&
	           !year_total(c, x, y) &&
	           !(x->kind == XC_KIND_PERCENT && (!x->scope || !y->scope) &&
	             !strncmp(x->scope ? sc_x : sc_y, "per ", 4))) {
		/* a total next to a rate ("per day"): different measures; a
		** percentage with "per year" on one side only ("annual sales
		** dropped 14%" / "sales fell 11%") is the change of a yearly
		** figure, compared */
		return XC_OK;
	} else if (x->scope != y->scope && (x->scope && y->scope)) {
		if (!wide)
			return XC_OK;
		xc_buf_addf(&e, "The same figure is given for different scopes: ");
		xc_ck_describe(c, &e, x);
		xc_buf_addf(&e, " (%s); ", sc_x);
		xc_ck_describe(c, &e, y);
		xc_buf_addf(&e, " (%s).", sc_y);
		verdict = "not_comparable";
		sev = XC_SEV_INFO;
	} else if (ratio && x->scope != y->scope) {
		/* an unqualified ratio next to a qualified one of the same pair */
		const rec *q = x->scope ? x : y, *u = x->scope ? y : x;
		if (strict || (wide && xc_close(x->v, y->v)))
			return XC_OK;
		xc_ck_describe(c, &e, u);
		xc_buf_addf(&e, " with no qualifier; ");
		xc_ck_describe(c, &e, q);
		xc_buf_addf(&e, " for %s only. The figures differ by a factor of "
		            "%.3g; they measure different things unless the "
		            "unqualified one means %s.", xc_strtab_str(&c->st, q->scope),
		            u->v != 0 && q->v != 0 ? fmax(u->v / q->v, q->v / u->v)
		                                   : 0,
		            xc_strtab_str(&c->st, q->scope));
		verdict = "not_comparable";
		sev = XC_SEV_LOW;
	} else {
		*compared = true;
		if (strict && xc_close(x->v, y->v) && x->approx == y->approx &&
		    x->hedge == y->hedge)
			return XC_OK; /* the same figure: a corroboration */
		if (strict && xc_close(x->v, y->v))
			return XC_OK; /* same number, one hedged: corroboration */
		xc_ck_describe(c, &e, x);
		xc_ck_sources_text(c, &e, a);
		xc_buf_add(&e, "; ", 2);
		xc_ck_describe(c, &e, y);
		xc_ck_sources_text(c, &e, b);
		xc_buf_add(&e, ". ", 2);
		if (hedged) {
			verdict = "compatible_bounds";
			xc_buf_addf(&e, "The figures differ, but the hedges allow both: "
			            "both hold for any value in ");
			xc_ck_fmt_interval(&e, fmax(x->hlo, y->hlo), fmin(x->hhi, y->hhi),
			             xc_strtab_str(&c->st, x->cunit));
			xc_buf_add(&e, ".", 1);
		} else if (wide) {
			verdict = "rounding_dependent";
			xc_buf_addf(&e, "As printed they differ; they agree only if both "
			            "were rounded or hedged, for a value in ");
			xc_ck_fmt_interval(&e, fmax(x->wlo, y->wlo), fmin(x->whi, y->whi),
			             xc_strtab_str(&c->st, x->cunit));
			xc_buf_add(&e, ".", 1);
		} else {
			verdict = "conflict";
			xc_buf_addf(&e, "Even allowing for rounding and hedges the "
			            "readings do not meet: ");
			gap = xc_ck_gap_text(c, &e, x, y);
			sev = gap >= t->high ? XC_SEV_HIGH
			      : gap >= t->medium ? XC_SEV_MEDIUM : XC_SEV_LOW;
			if (gap > 0)
				xc_buf_addf(&e, ", %.1f%% of the larger reading.", 100 * gap);
			else
				xc_buf_add(&e, ".", 1);
		}
		if (x->period != y->period)
			xc_buf_addf(&e, " (Period stated by only one side: %s.)",
			            x->period ? per_x : per_y);
	}
	if (!e.p)
		return XC_ENOMEM;
	rs = collect(a, b, &n, &na);
	if (!rs) {
		xc_buf_release(&e);
		return XC_ENOMEM;
	}
	{
		rec key = *x;
		if (!key.period)
			key.period = y->period;
		if (!key.scope)
			key.scope = y->scope;
		st = xc_ck_add_finding(c, verdict, sev, ratio ? "ratio" : "value", &key, &e,
		                 rs, n, na, gap);
	}
	if (!st) {
		xc_finding *f = &c->f[c->nf - 1];
		count_sources2(a->m, a->n, b->m, b->n, &f->articles, &f->origins);
	}
	free(rs);
	xc_buf_release(&e);
	return st;
}

bool xc_ck_classes_agree(const rec *a, const rec *b)
{
	return !a->ucls || !b->ucls || a->ucls == b->ucls;
}

xc_status xc_ck_corroborate(xc_check *c, fig *figs, size_t nf, bool *linked)
{
	size_t i, j;
	xc_status st = XC_OK;

	/* figures with the same number (one may be hedged) corroborate */
	for (i = 0; i < nf && !st; i++) {
		rec **rs;
		size_t n = 0, cap = 0, arts, ors;
		xc_buf e;
		xc_corroboration *co;
		if (linked[i])
			continue;
		rs = NULL;
		for (j = i; j < nf; j++) {
			const rec *x = figs[i].rep, *y = figs[j].rep;
			size_t k;
			/* a period or scope stated by one side only does not keep
			** the same figure apart (as in compare) */
			if (linked[j] || (x->period && y->period && x->period != y->period) ||
			    (x->scope && y->scope && x->scope != y->scope) ||
			    !xc_ck_classes_agree(x, y) ||
			    !xc_close(x->v, y->v) ||
			    !xc_ck_meets(x->slo, x->shi, y->slo, y->shi))
				continue;
			linked[j] = true;
			for (k = 0; k < figs[j].n; k++) {
				if (xc_grow(&rs, &cap, n, sizeof *rs, 8)) {
					free(rs);
					return XC_ENOMEM;
				}
				rs[n++] = figs[j].m[k];
			}
		}
		xc_ck_count_sources(c, rs, n, &arts, &ors);
		if (arts < 2) {
			free(rs);
			continue;
		}
		{
			/* list one claim per document first, at most 2 x XC_LIST_MAX */
			size_t k = 0, q;
			rec **l = malloc(2 * XC_LIST_MAX * sizeof *l);
			if (!l) {
				free(rs);
				return XC_ENOMEM;
			}
			for (q = 0; q < n && k < 2 * XC_LIST_MAX; q++)
				if (!rs[q]->fold)
					l[k++] = rs[q];
			for (q = 0; q < n && k < 2 * XC_LIST_MAX; q++)
				if (rs[q]->fold)
					l[k++] = rs[q];
			free(rs);
			rs = l;
			n = k;
		}
		xc_buf_init(&e, 1 << 16);
		xc_buf_addf(&e, "%zu articles give ", arts);
		if (figs[i].rep->kind == XC_KIND_RATIO)
			xc_ck_fmt_interval(&e, figs[i].rep->inv ? 1 / figs[i].rep->v
			                                  : figs[i].rep->v,
			             figs[i].rep->inv ? 1 / figs[i].rep->v
			                              : figs[i].rep->v, "x");
		else
			xc_ck_fmt_interval(&e, figs[i].rep->slo, figs[i].rep->shi,
			             xc_strtab_str(&c->st, figs[i].rep->cunit));
		xc_buf_addf(&e, " (\"%s\"); %zu independent origin%s.",
		            xc_strtab_str(&c->st, figs[i].rep->text), ors, ors == 1 ? "" : "s");
		if (xc_grow(&c->co, &c->capco, c->nco, sizeof *co, 32) || !e.p) {
			free(rs);
			xc_buf_release(&e);
			return XC_ENOMEM;
		}
		co = &c->co[c->nco];
		memset(co, 0, sizeof *co);
		co->subject = xc_strtab_str(&c->st, figs[i].rep->subj);
		co->metric = xc_strtab_str(&c->st, figs[i].rep->metric);
		if (figs[i].rep->kind == XC_KIND_RATIO) {
			const rec *q = figs[i].rep;
			xc_buf m;
			co->subject = xc_strtab_str(&c->st, q->inv ? q->ref : q->subj);
			xc_buf_init(&m, 256);
			xc_buf_addf(&m, "ratio to %s", xc_strtab_str(&c->st, q->inv ? q->subj
			                                                 : q->ref));
			co->metric = m.p ? xc_ck_own_dup(c, m.p) : NULL;
			xc_buf_release(&m);
			if (!co->metric) {
				free(rs);
				xc_buf_release(&e);
				return XC_ENOMEM;
			}
		}
		co->period = xc_strtab_str(&c->st, figs[i].rep->period);
		co->unit = xc_strtab_str(&c->st, figs[i].rep->cunit);
		co->figure = xc_strtab_str(&c->st, figs[i].rep->text);
		co->explanation = xc_ck_own_dup(c, e.p);
		co->articles = arts;
		co->origins = ors;
		co->claims = (const size_t *)(uintptr_t)c->nidx;
		for (j = 0; j < n && !st; j++)
			st = xc_ck_idx_push(c, rs[j], 0, 0);
		co->nclaims = n;
		c->nco++;
		free(rs);
		xc_buf_release(&e);
	}
	return st;
}

/* Are a and b one conversion pair ("€450 million ($490 million)")?  One
** figure, whatever the rate: the conversion check judges the rate. */
static bool partners(const rec *a, const rec *b)
{
	return a->doc == b->doc && (a->pair == (int32_t)b->ord ||
	                            b->pair == (int32_t)a->ord);
}

/* A vague range: "dozens of stores", "thousands of websites". */
static bool vague(const rec *r)
{
	return !r->has_v && r->approx;
}

/* How much a claim says about its figure: a period, then being stated in
** its own currency (not as the converted half of a pair), then bounds on
** both sides ("30,950 students" says more than "past 30,000"), then a
** hedge or a range; a vague range ("dozens of stores") says less than
** any figure it holds ("92 stores"); later claims (the body, after the
** headline) win ties. */
static int informative(const rec *r)
{
	bool v = vague(r);

	return (r->period ? 8 : 0) + (r->pair < 0 || r->pair > (int32_t)r->ord
	                              ? 4 : 0) +
	       (r->has_lo && r->has_hi && !v ? 2 : 0) +
	       ((r->hedge || r->approx || !r->has_v) && !v ? 1 : 0);
}

/* Within one group, a document usually repeats a figure (front matter,
** headline, body; "¥100 billion ($13.7 billion)").  Claims of one
** document whose wide readings meet are folded into the most informative
** of them, so each document speaks once per figure; a vague range is
** folded into the document's figure whether or not it holds it
** ("thousands of websites" in a headline, "roughly 14,000 websites" in
** the text: the document says 14,000).  Inconsistencies inside a
** document are the arithmetic checks' business. */
void xc_ck_fold_repeats(rec **g, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		g[i]->fold = NULL;
	for (i = 0; i < n; i++) {
		rec *best;
		if (g[i]->fold)
			continue;
		best = g[i];
		for (j = i + 1; j < n && g[j]->doc == g[i]->doc; j++)
			if (!g[j]->fold && xc_ck_classes_agree(best, g[j]) &&
			    (xc_ck_meets_wide(best, g[j]) || vague(best) ||
			     vague(g[j]) || partners(best, g[j])) &&
			    informative(g[j]) >= informative(best))
				best = g[j];
		for (j = i; j < n && g[j]->doc == g[i]->doc; j++)
			if (g[j] != best && !g[j]->fold && xc_ck_classes_agree(best, g[j]) &&
			    (xc_ck_meets_wide(best, g[j]) || vague(g[j]) ||
			     partners(best, g[j])))
				g[j]->fold = best;
	}
}

xc_status xc_ck_group_pass(xc_check *c, rec **order, size_t n)
{
	size_t i = 0, k, j;
	fig *figs = NULL;
	size_t capf = 0;
	bool *linked = NULL;
	xc_status st = XC_OK;

	while (i < n && !st) {
		size_t e = i + 1, nf = 0;
		bool ratio = order[i]->kind == XC_KIND_RATIO;
		while (e < n && same_group(order[i], order[e]))
			e++;
		xc_ck_fold_repeats(order + i, e - i);
		/* fold the group into figures */
		for (k = i; k < e && !st; k++) {
			order[k]->fig = -1;
			if (order[k]->fold)
				continue;
			for (j = 0; j < nf; j++)
				if (xc_ck_same_reading(figs[j].rep, order[k]))
					break;
			if (j == nf) {
				if (nf >= XC_MAX_FIGURES)
					continue; /* counted as seen, not compared */
				if (xc_grow(&figs, &capf, nf, sizeof *figs, 8)) {
					st = XC_ENOMEM;
					break;
				}
				memset(&figs[nf], 0, sizeof figs[nf]);
				figs[nf].rep = order[k];
				nf++;
			}
			st = xc_ck_fig_add(&figs[j], order[k], (int32_t)j);
		}
		/* a document's repeats of a figure stay with it, as provenance */
		for (k = i; k < e && !st; k++) {
			rec *b = order[k]->fold;
			if (b && b->fig >= 0)
				st = xc_ck_fig_add(&figs[b->fig], order[k], b->fig);
		}
		for (j = 0; j < nf; j++)
			for (k = 0; k < nf && !figs[j].undated_sib; k++)
				figs[j].undated_sib = k != j && !figs[k].rep->period &&
				                      share_doc(&figs[j], &figs[k]);
		for (j = 0; j < nf && !st; j++)
			for (k = j + 1; k < nf && !st; k++) {
				bool cmp = false;
				st = xc_ck_compare(c, &figs[j], &figs[k], ratio, &cmp);
				if (cmp || docs_differ(&figs[j], &figs[k]))
					figs[j].compared = figs[k].compared = true;
			}
		/* compared, or corroborated across documents: spoken for (the
		** words pass must not pair them a second time) */
		for (j = 0; j < nf; j++)
			for (k = 0; (figs[j].compared || figs[j].multi) &&
			            k < figs[j].n; k++)
				figs[j].m[k]->attributed = 2;
		if (!st && nf) {
			free(linked);
			linked = calloc(nf, sizeof *linked);
			st = linked ? xc_ck_corroborate(c, figs, nf, linked) : XC_ENOMEM;
		}
		for (j = 0; j < nf; j++)
			free(figs[j].m);
		i = e;
	}
	free(figs);
	free(linked);
	return st;
}

/* ------------------------------------------------------------ origins */

/* Does document di cite the outlet of document o? */
static bool cites_outlet(const xc_check *c, size_t di, const doc *o)
{
	size_t i, n, k;
	const char *name = o->outlet;
	char low[128];

	if (!name)
		return false;
	if (!strncasecmp(name, "the ", 4))
		name += 4;
	n = strlen(name);
	if (n >= sizeof low)
		return false;
	for (k = 0; k < n; k++)
		low[k] = xc_lower(name[k]);
	low[n] = 0;
	for (i = 0; i < c->ncites; i++)
		if (c->cites[i].doc == di && !strcmp(xc_strtab_str(&c->st, c->cites[i].source),
		                                     low))
			return true;
	return false;
}

/* Near-duplicate documents (MinHash) among those whose claims meet in a
** group count as one origin: the earliest of them (by id). */
xc_status xc_ck_origins(xc_check *c, rec **order, size_t n)
{
	size_t i = 0, j, k;
	uint32_t *ds = NULL;
	size_t cap = 0;

	while (i < n) {
		size_t e = i + 1, nd = 0;
		while (e < n && same_group(order[i], order[e]))
			e++;
		for (k = i; k < e; k++) {
			if (xc_grow(&ds, &cap, nd, sizeof *ds, 16)) {
				free(ds);
				return XC_ENOMEM;
			}
			ds[nd++] = order[k]->doc;
		}
		if (nd > 1) {
			qsort(ds, nd, sizeof *ds, cmp_u32);
			for (j = 0; j < nd && j < 64; j++)
				for (k = j + 1; k < nd && k < 64; k++) {
					doc *a = &c->docs[ds[j]], *b = &c->docs[ds[k]];
					double sim;
					if (ds[j] == ds[k] || !a->has_mh || !b->has_mh ||
					    b->dup_of != (size_t)-1 || a->dup_of != (size_t)-1)
						continue;
					sim = xc_minhash_similarity(a->mh, b->mh);
					if (sim >= XC_DUP_SIMILARITY && a->dup_of == (size_t)-1) {
						/* the original: the one the other cites, else the
						** earlier published, else the first stored */
						size_t oi = ds[j], ci = ds[k];
						if (cites_outlet(c, ds[j], &c->docs[ds[k]]) ||
						    (!cites_outlet(c, ds[k], &c->docs[ds[j]]) &&
						     a->published && b->published &&
						     strcmp(b->published, a->published) < 0)) {
							oi = ds[k];
							ci = ds[j];
						}
						c->docs[ci].dup_of = oi;
						c->docs[ci].dup_sim = sim;
					}
				}
		}
		i = e;
	}
	free(ds);
	/* a document's own origin: its outlet (or path), or its original's */
	for (i = 0; i < c->ndocs; i++) {
		doc *d = &c->docs[i];
		const doc *o = d->dup_of != (size_t)-1 ? &c->docs[d->dup_of] : d;
		const char *name = o->outlet ? o->outlet : o->path;
		char low[128];
		size_t len = strlen(name), q;
		if (!strncasecmp(name, "the ", 4)) {
			name += 4;
			len -= 4;
		}
		if (len >= sizeof low)
			len = sizeof low - 1;
		for (q = 0; q < len; q++)
			low[q] = xc_lower(name[q]);
		if (xc_strtab_intern(&c->st, low, len, &d->origin))
			return XC_ENOMEM;
	}
	for (i = 0; i < c->nr; i++)
		if (!c->r[i].origin)
			c->r[i].origin = c->docs[c->r[i].doc].origin;
	return XC_OK;
}

/* ------------------------------------------------------------ output */

/* What an editor acts on first: conflicts, then possible conflicts, then
** what only looks different. */
static int verdict_rank(const char *v)
{
	static const char *const order[] = { "conflict", "possible_conflict",
	                                     "not_comparable", "rounding_dependent",
	                                     "compatible_bounds" };
	int i;

	for (i = 0; i < 5; i++)
		if (!strcmp(v, order[i]))
			return i;
	return 5;
}

static int cmp_finding(const void *a, const void *b)
{
	const xc_finding *x = a, *y = b;
	int r, vx = verdict_rank(x->verdict), vy = verdict_rank(y->verdict);
	if (vx != vy)
		return vx < vy ? -1 : 1;
	if (x->severity != y->severity)
		return x->severity > y->severity ? -1 : 1;
	/* of equal severity, the surer pairing first */
	if (x->match != y->match)
		return x->match > y->match ? -1 : 1;
	if (strcmp(x->verdict, y->verdict))
		return strcmp(x->verdict, y->verdict);
	if ((r = strcmp(x->type, y->type)))
		return r;
	if ((r = strcmp(x->subject, y->subject)))
		return r;
	if ((r = strcmp(x->metric, y->metric)))
		return r;
	return x->gap > y->gap ? -1 : x->gap < y->gap;
}

static int cmp_corr(const void *a, const void *b)
{
	const xc_corroboration *x = a, *y = b;
	int r = strcmp(x->subject, y->subject);
	return r ? r : strcmp(x->metric, y->metric);
}

static xc_status fill_claims(xc_check *c, xc_diags *d)
{
	sqlite3_stmt *s;
	size_t i;

	if (sqlite3_prepare_v2(c->db, "SELECT c.start, c.end, c.sentence_start, "
	    "c.sentence_end, CAST(substr(CAST(d.body AS BLOB), c.sentence_start "
	    "+ 1, c.sentence_end - c.sentence_start) AS TEXT) FROM claims c JOIN "
	    "documents d ON d.id = c.doc_id WHERE c.id = ?", -1, &s, NULL) !=
	    SQLITE_OK)
		return sql_err(c, d, "cannot read claims");
	for (i = 0; i < c->nr; i++) {
		rec *r = &c->r[i];
		xc_check_claim *o;
		if (r->outidx < 0)
			continue;
		o = &c->oclaims[r->outidx];
		o->id = r->id;
		o->doc = r->doc;
		o->text = xc_strtab_str(&c->st, r->text);
		o->kind = xc_kind_name((xc_kind)r->kind);
		o->unit = xc_strtab_str(&c->st, r->unit);
		o->hedge = xc_strtab_str(&c->st, r->hedge);
		o->subject = xc_strtab_str(&c->st, r->subj);
		o->metric = xc_strtab_str(&c->st, r->metric);
		o->period = xc_strtab_str(&c->st, r->period);
		o->scope = xc_strtab_str(&c->st, r->scope);
		o->ref = xc_strtab_str(&c->st, r->ref);
		o->origin = xc_strtab_str(&c->st, r->origin);
		o->reading = xc_strtab_str(&c->st, r->reading);
		o->value = r->value;
		o->low = r->low;
		o->high = r->high;
		o->precision = r->prec;
		o->has_value = r->has_v;
		o->has_low = r->has_lo;
		o->has_high = r->has_hi;
		o->approx = r->approx;
		o->cmp_low = r->wlo;
		o->cmp_high = r->whi;
		if (r->inv) {
			/* a ratio read the other way round for grouping: shown as
			** written */
			o->subject = xc_strtab_str(&c->st, r->ref);
			o->ref = xc_strtab_str(&c->st, r->subj);
			o->cmp_low = r->whi > 0 ? 1 / r->whi : 0;
			o->cmp_high = r->wlo > 0 ? 1 / r->wlo : INFINITY;
		}
		o->cmp_unit = r->kind == XC_KIND_RATIO ? "x" : xc_strtab_str(&c->st, r->cunit);
		if (r->id < 0 && c->qtext) {
			o->start = r->qs;
			o->end = r->qe;
			o->sent_start = r->qss;
			o->sent_end = r->qse;
			o->sentence = xc_ck_own(c, xc_strndup(c->qtext + r->qss,
			                                r->qse - r->qss));
			if (!o->sentence)
				o->sentence = "";
			continue;
		}
		sqlite3_reset(s);
		sqlite3_bind_int64(s, 1, r->id);
		if (sqlite3_step(s) == SQLITE_ROW) {
			o->start = (size_t)sqlite3_column_int64(s, 0);
			o->end = (size_t)sqlite3_column_int64(s, 1);
			o->sent_start = (size_t)sqlite3_column_int64(s, 2);
			o->sent_end = (size_t)sqlite3_column_int64(s, 3);
			const char *t = (const char *)sqlite3_column_text(s, 4);
			size_t n = t ? (size_t)sqlite3_column_bytes(s, 4) : 0, a, b;
			/* a sentence over several lines (front matter, a headline
			** run into a byline) is shown by the line holding the figure */
			a = o->start > o->sent_start ? o->start - o->sent_start : 0;
			b = o->end > o->sent_start ? o->end - o->sent_start : 0;
			if (t && a <= b && b <= n && memchr(t, '\n', n)) {
				size_t la = a, lb = b;
				while (la > 0 && t[la - 1] != '\n')
					la--;
				while (lb < n && t[lb] != '\n')
					lb++;
				if (lb - la > 7 && !memcmp(t + la, "title: ", 7) && a >= la + 7)
					la += 7; /* the front matter's key is not the story's */
				o->sentence = xc_ck_own(c, xc_strndup(t + la, lb - la));
				o->sent_end = o->sent_start + lb;
				o->sent_start += la;
			} else {
				o->sentence = xc_ck_own_dup(c, t);
			}
		}
		if (!o->sentence)
			o->sentence = "";
	}
	sqlite3_finalize(s);
	return XC_OK;
}

static xc_status fill_unparsed(xc_check *c, xc_diags *d)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(c->db, "SELECT doc_id, start, end, text FROM "
	    "unparsed ORDER BY doc_id, start LIMIT 100000", -1, &s, NULL) !=
	    SQLITE_OK)
		return sql_err(c, d, "cannot read unparsed numbers");
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		size_t di = doc_index(c, sqlite3_column_int64(s, 0));
		xc_unparsed *u;
		if (di == (size_t)-1)
			continue;
		if (xc_grow(&c->un, &c->capun, c->nun, sizeof *u, 64)) {
			sqlite3_finalize(s);
			return XC_ENOMEM;
		}
		u = &c->un[c->nun++];
		u->doc = di;
		u->start = (size_t)sqlite3_column_int64(s, 1);
		u->end = (size_t)sqlite3_column_int64(s, 2);
		u->text = xc_ck_own_dup(c, (const char *)sqlite3_column_text(s, 3));
		if (!u->text) {
			sqlite3_finalize(s);
			return XC_ENOMEM;
		}
	}
	sqlite3_finalize(s);
	return XC_OK;
}

xc_status xc_ck_finish(xc_check *c, xc_diags *d)
{
	size_t i;
	xc_status st;

	if ((st = fill_claims(c, d)) || (!c->scope && (st = fill_unparsed(c, d))))
		return st;
	for (i = 0; i < c->nf; i++) {
		c->f[i].sides = c->side + (uintptr_t)c->f[i].claims;
		c->f[i].claims = c->idx + (uintptr_t)c->f[i].claims;
	}
	for (i = 0; i < c->nco; i++)
		c->co[i].claims = c->idx + (uintptr_t)c->co[i].claims;
	if (c->nf)
		qsort(c->f, c->nf, sizeof *c->f, cmp_finding);
	if (c->nco)
		qsort(c->co, c->nco, sizeof *c->co, cmp_corr);
	for (i = 0; i < c->nans; i++) {
		c->ans[i].stance = c->stance + (uintptr_t)c->ans[i].evidence;
		c->ans[i].evidence = c->idx + (uintptr_t)c->ans[i].evidence;
		c->ans[i].claim = (size_t)c->r[c->ans[i].claim].outidx;
	}
	c->odocs = calloc(c->ndocs ? c->ndocs : 1, sizeof *c->odocs);
	if (!c->odocs)
		return XC_ENOMEM;
	for (i = 0; i < c->nr; i++)
		if (c->r[i].attributed == 2)
			c->docs[c->r[i].doc].compared++;
	for (i = 0; i < c->ndocs; i++) {
		doc *x = &c->docs[i];
		xc_check_doc *o = &c->odocs[i];
		o->id = x->id;
		o->path = x->path;
		o->title = x->title;
		o->outlet = x->outlet;
		o->name = xc_ck_doc_name(x);
		o->published = x->published;
		o->url = x->url;
		o->numbers = x->numbers;
		o->excluded = x->excluded;
		o->unparsed = x->unparsed;
		o->claims = x->claims;
		o->attributed = x->attributed;
		o->compared = x->compared;
		o->story = x->story;
		o->origin = xc_strtab_str(&c->st, x->origin);
		o->dup_of = x->dup_of;
		o->dup_similarity = x->dup_sim;
	}
	return XC_OK;
}

/* ------------------------------------------------------------ entry */

uint32_t xc_ck_unit_class(xc_check *c, const rec *r)
{
	const char *u = xc_strtab_str(&c->st, r->unit);
	const char *k;
	uint32_t id = 0;

	if (r->kind != XC_KIND_COUNT)
		return 0;
	/* counts compare by metric; nouns only when of different classes */
	k = c->rs && c->rs->lx_unitclass && *u
	        ? xc_lex_find(c->rs->lx_unitclass, u, strlen(u)) : NULL;
	/* nouns of one meaning ("fan", "spectator") are one class too */
	if (!k && c->rs && c->rs->lx_synonym && *u)
		k = xc_lex_find(c->rs->lx_synonym, u, strlen(u));
	/* a compound is of its head's class: "dockworker" is a "worker" */
	if (!k && c->rs && c->rs->lx_unitclass) {
		size_t n = strlen(u), j;
		for (j = 3; !k && j + 5 <= n; j++)
			k = xc_lex_find(c->rs->lx_unitclass, u + j, n - j);
	}
	if (!k)
		k = u;
	if (xc_strtab_intern(&c->st, k, strlen(k), &id))
		return 0;
	return id;
}

/* Subjects named in full by some documents ("Kestrel Motors": a name
** ending in a word of orgword.lex, see engine/attrib.c) and by their
** first word alone by others ("Kestrel"): the first word means the full
** name when the claims loaded hold only one such name for it. */
const char *xc_ck_org_word(const xc_check *c, const char *s)
{
	const char *last = strrchr(s, ' ');

	return last && c->rs && c->rs->lx_orgword &&
	               xc_lex_find(c->rs->lx_orgword, last + 1, strlen(last + 1))
	           ? last + 1
	           : NULL;
}

static xc_status resolve_names(xc_check *c)
{
	uint32_t *first, *to;
	size_t i;
	xc_status st = XC_OK;

	if (!c->rs || !c->rs->lx_orgword || !c->nr)
		return XC_OK;
	first = calloc(c->nr, sizeof *first);
	if (!first)
		return XC_ENOMEM;
	for (i = 0; i < c->nr && !st; i++) {
		const char *sj = c->r[i].subj ? xc_strtab_str(&c->st, c->r[i].subj) : "";
		if (xc_ck_org_word(c, sj))
			st = xc_strtab_intern(&c->st, sj, strcspn(sj, " "), &first[i]);
	}
	to = st ? NULL : calloc(c->st.n + 1, sizeof *to);
	if (!st && !to)
		st = XC_ENOMEM;
	for (i = 0; i < c->nr && !st; i++) {
		uint32_t f = first[i];
		if (!f)
			continue;
		if (!to[f])
			to[f] = c->r[i].subj;
		else if (to[f] != c->r[i].subj)
			to[f] = UINT32_MAX; /* two organisations share it */
	}
	for (i = 0; i < c->nr && !st; i++) {
		uint32_t sj = c->r[i].subj;
		if (sj && sj <= c->st.n && to[sj] && to[sj] != UINT32_MAX)
			c->r[i].subj = to[sj];
	}
	free(first);
	free(to);
	return st;
}

/* Allocate a check and load the tables, and the claims (all, or those of
** c->scope) with their documents and citations, with their readings. */
xc_status xc_ck_begin(xc_store *store, const xc_ruleset *rs,
                       const char *const *dirs, size_t ndirs, xc_diags *diags,
                       const char *scope, xc_check **out)
{
	xc_check *c;
	size_t i, errors = 0;
	xc_status st = XC_OK;
	static const char *const tables[] = { "rates.tsv", "units.tsv",
	                                      "tolerances.tsv", "match.tsv" };
	const size_t ntab = sizeof tables / sizeof tables[0];

	*out = NULL;
	c = calloc(1, sizeof *c);
	if (!c)
		return XC_ENOMEM;
	c->db = xc_store_db(store);
	c->rs = rs;
	c->scope = scope;
	xc_ck_match_defaults(&c->mp);
	for (i = 0; i < ndirs * ntab && !st; i++)
		st = xc_ck_load_table(c, dirs[i / ntab], tables[i % ntab], diags,
		                      &errors);
	if (!st && errors)
		st = XC_ERULES;
	/* documents, citations and claims of one snapshot */
	if (!st)
		st = xc_store_snapshot(store, 1);
	if (!st)
		st = load_docs(c, diags);
	if (!st)
		st = find_stories(c);
	if (!st)
		st = load_cites(c, diags);
	if (!st)
		st = load_claims(c, diags);
	xc_store_snapshot(store, 0);
	if (!st)
		st = resolve_names(c);
	for (i = 0; i < c->nr && !st; i++)
		st = xc_ck_reading(c, &c->r[i]);
	if (st) {
		xc_check_free(c);
		return st;
	}
	*out = c;
	return XC_OK;
}

/* Prepare r's group key; false when it takes no part in comparisons.
** Ratios group by the pair of entities: A = v x B is read as B = 1/v x A
** when B sorts first, and compared whatever the metric word was ("half an
** H100", "half the performance"). */
bool xc_ck_keyed(xc_check *c, rec *r)
{
	if (!r->attributed || r->kind > XC_KIND_QUANTITY)
		return false;
	if (r->kind == XC_KIND_RATIO) {
		if (!r->ref)
			return false;
		if (!r->inv && strcmp(xc_strtab_str(&c->st, r->subj), xc_strtab_str(&c->st, r->ref)) > 0 &&
		    r->v > 0) {
			uint32_t t = r->subj;
			double lo = r->slo, wlo = r->wlo, hlo = r->hlo;
			r->subj = r->ref;
			r->ref = t;
			r->inv = 1;
			r->v = 1 / r->v;
			r->slo = r->shi > 0 ? 1 / r->shi : 0;
			r->shi = lo > 0 ? 1 / lo : INFINITY;
			r->hlo = r->hhi > 0 ? 1 / r->hhi : 0;
			r->hhi = hlo > 0 ? 1 / hlo : INFINITY;
			r->wlo = r->whi > 0 ? 1 / r->whi : 0;
			r->whi = wlo > 0 ? 1 / wlo : INFINITY;
		}
		r->metric = 0;
	} else {
		r->ref = 0;
		r->ucls = xc_ck_unit_class(c, r);
	}
	return true;
}

/* The figures the matcher pairs (every claim but ratios, attributed or
** not), with their frames. */
static xc_status match_prepare(xc_check *c, rec **order, size_t *n)
{
	xc_frames *F = NULL;
	size_t i, m = 0;
	xc_status st = xc_frames_new(c, &F);

	for (i = 0; i < c->nr && !st; i++) {
		rec *r = &c->r[i];
		if (r->kind == XC_KIND_RATIO || r->kind > XC_KIND_QUANTITY ||
		    (!r->cunit && r->kind != XC_KIND_COUNT) || !isfinite(r->v))
			continue;
		r->ucls = xc_ck_unit_class(c, r);
		st = xc_frame_of(c, F, r);
		order[m++] = r;
	}
	xc_frames_free(F);
	if (!st)
		st = xc_frames_story_names(c, order, m);
	*n = m;
	return st;
}

/* Group, compare, chain ratios, check arithmetic, collect the results. */
xc_status xc_ck_passes(xc_check *c, xc_diags *diags)
{
	rec **order = NULL;
	size_t i, n = 0;
	xc_status st = XC_OK;

	if (c->nr && !(order = malloc(c->nr * sizeof *order)))
		return XC_ENOMEM;
	for (i = 0; i < c->nr; i++)
		if (xc_ck_keyed(c, &c->r[i]))
			order[n++] = &c->r[i];
	if (n)
		qsort(order, n, sizeof *order, xc_ck_cmp_key);
	st = xc_ck_origins(c, order, n);
	/* ratios by their pair of entities; other figures by the matcher */
	if (!st) {
		size_t m = 0;
		rec **ratios = n ? malloc(n * sizeof *ratios) : NULL;
		if (n && !ratios)
			st = XC_ENOMEM;
		for (i = 0; i < n && !st; i++)
			if (order[i]->kind == XC_KIND_RATIO)
				ratios[m++] = order[i];
		if (!st)
			st = xc_ck_group_pass(c, ratios, m);
		free(ratios);
	}
	if (!st)
		st = match_prepare(c, order, &n);
	if (!st)
		st = xc_ck_match_pass(c, order, n);
	if (!st) {
		/* the ratios again, for their chains */
		n = 0;
		for (i = 0; i < c->nr; i++)
			if (c->r[i].kind == XC_KIND_RATIO && c->r[i].attributed &&
			    c->r[i].ref)
				order[n++] = &c->r[i];
	}
	if (!st) {
		size_t m = 0;
		for (i = 0; i < n; i++)
			if (order[i]->kind == XC_KIND_RATIO)
				order[m++] = order[i];
		st = xc_ck_ratio_paths(c, order, m);
	}
	if (!st)
		st = xc_ck_arithmetic(c);
	if (!st)
		st = xc_ck_finish(c, diags);
	free(order);
	return st;
}

xc_status xc_check_run(xc_store *store, const xc_ruleset *rs,
                       const char *const *dirs, size_t ndirs,
                       xc_diags *diags, xc_check **out)
{
	return xc_check_run_ex(store, rs, dirs, ndirs, 0, diags, out);
}

xc_status xc_check_run_ex(xc_store *store, const xc_ruleset *rs,
                          const char *const *dirs, size_t ndirs,
                          unsigned flags, xc_diags *diags, xc_check **out)
{
	xc_check *c;
	xc_status st = xc_ck_begin(store, rs, dirs, ndirs, diags, NULL, &c);

	*out = NULL;
	if (st)
		return st;
	c->flags = flags;
	if ((st = xc_ck_passes(c, diags))) {
		xc_check_free(c);
		return st;
	}
	*out = c;
	return XC_OK;
}

void xc_check_free(xc_check *c)
{
	size_t i;

	if (!c)
		return;
	xc_stories_free(c->stories);
	free(c->pairs);
	free(c->idf);
	for (i = 0; i < c->ndocs; i++) {
		free(c->docs[i].path);
		free(c->docs[i].title);
		free(c->docs[i].outlet);
		free(c->docs[i].published);
		free(c->docs[i].url);
		free(c->docs[i].body);
	}
	for (i = 0; i < c->nowned; i++)
		free(c->owned[i]);
	free(c->owned);
	free(c->docs);
	free(c->r);
	free(c->cites);
	free(c->rates);
	free(c->uc);
	free(c->tols);
	free(c->odocs);
	free(c->oclaims);
	free(c->f);
	free(c->co);
	free(c->un);
	free(c->idx);
	free(c->side);
	free(c->ans);
	free(c->stance);
	xc_strtab_release(&c->st);
	free(c);
}

const xc_pair *xc_check_pairs(const xc_check *c, size_t *n)
{
	*n = c->npairs;
	return c->pairs;
}

const xc_stories *xc_check_stories(const xc_check *c)
{
	return c->stories;
}

const xc_check_doc *xc_check_docs(const xc_check *c, size_t *n)
{
	*n = c->ndocs;
	return c->odocs;
}

const xc_check_claim *xc_check_claims(const xc_check *c, size_t *n)
{
	*n = c->noclaims;
	return c->oclaims;
}

const xc_finding *xc_check_findings(const xc_check *c, size_t *n)
{
	*n = c->nf;
	return c->f;
}

const xc_corroboration *xc_check_corroborations(const xc_check *c, size_t *n)
{
	*n = c->nco;
	return c->co;
}

const xc_unparsed *xc_check_unparsed(const xc_check *c, size_t *n)
{
	*n = c->nun;
	return c->un;
}

