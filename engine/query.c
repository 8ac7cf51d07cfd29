/*
** query.c -- checking the figures of one sentence against the store
** (crosscheck query) and one stored claim's findings (crosscheck show).
**
** A query does not run the reconciler over the store: the ids of the
** candidate claims (index lookups by subject and metric, related subjects,
** else the full-text index of document bodies) go to a temporary table,
** only those are loaded with their documents, the sentence is appended as
** one more document, and its claims are read and compared as check reads
** and compares documents.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"


const char *xc_stance_name(xc_stance s)
{
	static const char *const n[] = { "agrees", "contradicts", "compatible",
	                                  "rounding", "nearest" };
	return (unsigned)s < 5 ? n[s] : "nearest";
}

const xc_answer *xc_check_answers(const xc_check *c, size_t *n)
{
	*n = c->nans;
	return c->ans;
}

#define FOCUS "id IN (SELECT id FROM temp.xc_focus)"
/* Stored claims a query compares with, per claim of its text and lookup:
** a query answers in well under 100 ms on a store of a million claims; a
** fact stated more often than this is judged on the first ones stored for
** the sentence's period, then for any period. */
#define XC_MAX_CANDIDATES 500

static xc_status focus_reset(sqlite3 *db)
{
	return sqlite3_exec(db, "CREATE TEMP TABLE IF NOT EXISTS xc_focus(id "
	                    "INTEGER PRIMARY KEY); DELETE FROM temp.xc_focus;",
	                    NULL, NULL, NULL) == SQLITE_OK ? XC_OK : XC_EIO;
}

/* Add to the focus the claims the statement selects (texts bound as ?1..);
** *added counts them. */
static xc_status focus_add(sqlite3 *db, const char *sql,
                           const char *const *args, size_t nargs,
                           size_t *added)
{
	sqlite3_stmt *s;
	size_t i;
	int rc;

	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		return XC_EIO;
	for (i = 0; i < nargs; i++)
		sqlite3_bind_text(s, (int)i + 1, args[i], -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return XC_EIO;
	if (added)
		*added += (size_t)sqlite3_changes(db);
	return XC_OK;
}

/* Claims of metric m whose subject starts with the words of prefix p
** ("Nvidia " finds "Nvidia H20"): one index seek per distinct subject, not
** a scan of every claim of every such subject. */
static xc_status focus_longer(sqlite3 *db, const char *p, const char *m,
                              size_t *added)
{
	sqlite3_stmt *s;
	char cur[XC_REF_MAX + 2];
	size_t k;
	xc_status st = XC_OK;

	snprintf(cur, sizeof cur, "%s", p);
	if (sqlite3_prepare_v2(db, "SELECT subject FROM claims WHERE subject > ?1 "
	                       "AND subject < ?2 || '~' ORDER BY subject LIMIT 1",
	                       -1, &s, NULL) != SQLITE_OK)
		return XC_EIO;
	for (k = 0; k < 64 && !st; k++) {
		const char *args[2];
		char next[XC_REF_MAX + 2];
		sqlite3_reset(s);
		sqlite3_bind_text(s, 1, cur, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(s, 2, p, -1, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_ROW)
			break;
		snprintf(next, sizeof next, "%s",
		         (const char *)sqlite3_column_text(s, 0));
		args[0] = next;
		args[1] = m;
		st = focus_add(db, "INSERT OR IGNORE INTO temp.xc_focus(id) SELECT id "
		               "FROM claims WHERE subject = ?1 AND metric = ?2 LIMIT "
		               XC_STR(XC_MAX_CANDIDATES), args, 2, added);
		memcpy(cur, next, sizeof cur);
	}
	sqlite3_finalize(s);
	return st;
}

/* Content words of a text, lowercased, for the full-text fallback: words
** of three letters or more that are not function words. */
static bool function_word(const char *w, size_t n)
{
	static const char *const fw[] = { "the", "and", "for", "with", "that",
		"this", "from", "have", "has", "had", "was", "were", "are", "its",
		"their", "they", "than", "more", "about", "some", "over", "into",
		"also", "said", "says", "will", "would", "could", "been", "which",
		"who", "what", "when", "where", "billion", "million", "thousand",
		"percent", "per", "cent", "year", "least", "most", "nearly", "around",
		"roughly", "almost", "just", "only", "not", "but", "all", NULL };
	size_t i;
	for (i = 0; fw[i]; i++)
		if (strlen(fw[i]) == n && !strncasecmp(fw[i], w, n))
			return true;
	return false;
}

typedef struct words {
	char **w;
	size_t n, cap;
	xc_wordset set; /* the same words, for lookups in constant time */
} words;

static xc_status word_list(const char *s, size_t len, words *out)
{
	size_t i = 0;

	while (i < len) {
		size_t a, k;
		char *w;
		while (i < len && !xc_is_alpha((unsigned char)s[i]))
			i++;
		a = i;
		while (i < len && xc_is_alnum((unsigned char)s[i]))
			i++;
		if (i - a < 3 || i - a > 40 || function_word(s + a, i - a))
			continue;
		/* distinct words by a set: a 100,000-word input stays linear */
		if (!(w = xc_strndup(s + a, i - a)))
			return XC_ENOMEM;
		for (k = 0; w[k]; k++)
			w[k] = xc_lower(w[k]);
		if (xc_wordset_has(&out->set, w, i - a)) {
			free(w);
			continue;
		}
		if (xc_grow(&out->w, &out->cap, out->n, sizeof *out->w, 16) ||
		    xc_wordset_add(&out->set, w, i - a)) {
			free(w);
			return XC_ENOMEM;
		}
		out->w[out->n++] = w;
	}
	return XC_OK;
}

static void words_free(words *w)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		free(w->w[i]);
	free(w->w);
	xc_wordset_release(&w->set);
}

static size_t overlap(const words *q, const char *s, size_t len)
{
	words o = { 0 };
	size_t j, n = 0;

	if (word_list(s, len, &o)) {
		words_free(&o);
		return 0;
	}
	/* both lists are distinct words: count those of o that q has */
	for (j = 0; j < o.n; j++)
		n += xc_wordset_has(&q->set, o.w[j], strlen(o.w[j]));
	words_free(&o);
	return n;
}

/* Documents (at most 200 counted) holding a word: cheap with the limit. */
static size_t doc_freq(sqlite3 *db, const char *w)
{
	sqlite3_stmt *s;
	size_t n = 0;
	char q[96];

	snprintf(q, sizeof q, "\"%s\"", w);
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM (SELECT 1 FROM doc_text "
	                       "WHERE doc_text MATCH ? LIMIT 200)", -1, &s,
	                       NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = (size_t)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n;
}

/* The documents whose text best matches the query's content words, their
** claims of the query claim's kind into the focus.  Words no document has
** are dropped; the rarer ones (fewer than 200 documents) are OR-ed and
** ranked, so a paraphrase sharing most of them comes first while no
** posting list is long; when every word is common, there is no match. */
static xc_status focus_text(sqlite3 *db, const words *q, const char *kind,
                            size_t *added)
{
	size_t df[64], ord[64], n = 0, i, j, rare = 0;
	xc_status st;
	xc_buf m;
	const char *args[2];

	for (i = 0; i < q->n && n < 64; i++) {
		size_t f = doc_freq(db, q->w[i]);
		if (!f)
			continue;
		for (j = n; j > 0 && df[j - 1] > f; j--) {
			df[j] = df[j - 1];
			ord[j] = ord[j - 1];
		}
		df[j] = f;
		ord[j] = i;
		n++;
	}
	if (!n)
		return XC_OK;
	while (rare < n && rare < 8 && df[rare] < 200)
		rare++;
	if (!rare)
		return XC_OK; /* only common words: ranking them all reads most of
		              ** a large store and tells nothing */
	xc_buf_init(&m, 1 << 16);
	for (j = 0; j < rare; j++)
		xc_buf_addf(&m, "%s\"%s\"", j ? " OR " : "", q->w[ord[j]]);
	if (!m.p)
		return XC_ENOMEM;
	args[0] = m.p;
	args[1] = kind;
	st = focus_add(db, "INSERT OR IGNORE INTO temp.xc_focus(id) SELECT c.id "
	               "FROM claims c WHERE c.kind = ?2 AND c.doc_id IN (SELECT "
	               "rowid FROM doc_text WHERE doc_text MATCH ?1 ORDER BY rank "
	               "LIMIT 20)", args, 2, added);
	xc_buf_release(&m);
	return st;
}

static xc_status add_evidence(xc_check *c, rec *r, xc_stance sd)
{
	return xc_ck_idx_push(c, r, 0, (unsigned char)sd);
}

/* How figure f stands to the query's reading q, with the arithmetic. */
static xc_stance stance_of(xc_check *c, const rec *q, const rec *f,
                           xc_buf *e)
{
	bool strict = xc_ck_meets(q->slo, q->shi, f->slo, f->shi);
	bool hedged = xc_ck_meets_hedged(q, f);
	bool wide = xc_ck_meets_wide(q, f);

	xc_ck_describe(c, e, f);
	if (q->period && f->period && q->period != f->period) {
		xc_buf_addf(e, ". Not the same fact: dated %s, the sentence's "
		            "figure %s", xc_strtab_str(&c->st, f->period),
		            xc_strtab_str(&c->st, q->period));
		return XC_NEAREST;
	}
	if (q->kind == XC_KIND_RATIO && q->scope != f->scope &&
	    !(q->scope && f->scope)) {
		/* an unqualified ratio next to a qualified one of the same pair */
		xc_buf_addf(e, ". Not the same measure: %s, the sentence's figure %s",
		            f->scope ? xc_strtab_str(&c->st, f->scope) : "unqualified",
		            q->scope ? xc_strtab_str(&c->st, q->scope) : "unqualified");
		return XC_NEAREST;
	}
	if (q->scope && f->scope && q->scope != f->scope) {
		xc_buf_addf(e, ". Not the same fact: for %s, the sentence's figure "
		            "for %s", xc_strtab_str(&c->st, f->scope), xc_strtab_str(&c->st, q->scope));
		return XC_NEAREST;
	}
	if (strict && xc_close(q->v, f->v)) {
		xc_buf_addf(e, ": the same figure");
		return XC_AGREES;
	}
	if (hedged) {
		xc_buf_addf(e, ": a different figure, but both hold for ");
		xc_ck_fmt_interval(e, fmax(q->hlo, f->hlo), fmin(q->hhi, f->hhi),
		             xc_strtab_str(&c->st, q->cunit));
		return XC_COMPATIBLE;
	}
	if (wide) {
		xc_buf_addf(e, ": they agree only if rounded, for ");
		xc_ck_fmt_interval(e, fmax(q->wlo, f->wlo), fmin(q->whi, f->whi),
		             xc_strtab_str(&c->st, q->cunit));
		return XC_ROUNDING;
	}
	{
		xc_buf_addf(e, ": the readings do not meet (");
		xc_ck_gap_text(c, e, q, f);
		xc_buf_add(e, ")", 1);
	}
	return XC_CONTRADICTS;
}

/* The same subject, or one named by the other's first words ("Nvidia",
** "Nvidia H20"). */
static bool related(const xc_check *c, uint32_t a, uint32_t b)
{
	const char *x = xc_strtab_str(&c->st, a), *y = xc_strtab_str(&c->st, b);
	size_t nx = strlen(x), ny = strlen(y);

	if (a == b)
		return true;
	if (nx > ny) {
		const char *t = x;
		x = y;
		y = t;
		nx = ny;
	}
	return nx && !strncmp(x, y, nx) && y[nx] == ' ';
}

/* Sets *w to 0 when stored figure r has a metric that another document
** of the store gives its subject too (check compares it in that group,
** never by words); else leaves *w. */
static xc_status grouped(xc_check *c, sqlite3 *db, sqlite3_stmt **s,
                         const rec *r, size_t *w)
{
	const char *subj = xc_strtab_str(&c->st, r->subj);
	const char *met = xc_strtab_str(&c->st, r->metric);

	if (!r->metric)
		return XC_OK;
	if (!*s && sqlite3_prepare_v2(db, "SELECT count(*) FROM (SELECT DISTINCT "
	                              "doc_id FROM claims WHERE subject = ?1 AND "
	                              "metric = ?2 LIMIT 2)", -1, s, NULL) != SQLITE_OK)
		return XC_EIO;
	sqlite3_reset(*s);
	sqlite3_bind_text(*s, 1, subj, -1, SQLITE_STATIC);
	sqlite3_bind_text(*s, 2, met, -1, SQLITE_STATIC);
	if (sqlite3_step(*s) == SQLITE_ROW && sqlite3_column_int(*s, 0) > 1)
		*w = 0;
	sqlite3_reset(*s);
	return XC_OK;
}

/* How a query claim's candidates were found. */
enum { M_ATTR, M_TEXT, M_WORDS };

static xc_status answer(xc_check *c, rec *q, rec **cand, size_t n,
                        int by)
{
	fig figs[XC_MAX_FIGURES];
	size_t nf = 0, i, j, count[5] = { 0 };
	rec **agree = NULL;
	size_t nagree = 0, capagree = 0;
	xc_answer *a;
	xc_buf e;
	xc_status st = XC_OK;
	static const char *const order_v[] = { "contradicted", "corroborated",
	                                       "compatible", "rounding_dependent" };

	memset(figs, 0, sizeof figs);
	xc_ck_fold_repeats(cand, n);
	for (i = 0; i < n && !st; i++) {
		cand[i]->fig = -1;
		if (cand[i]->fold)
			continue;
		for (j = 0; j < nf; j++)
			if (xc_ck_same_reading(figs[j].rep, cand[i]))
				break;
		if (j == nf) {
			if (nf == XC_MAX_FIGURES)
				continue;
			figs[nf++].rep = cand[i];
		}
		st = xc_ck_fig_add(&figs[j], cand[i], (int32_t)j);
	}
	for (i = 0; i < n && !st; i++)
		if (cand[i]->fold && cand[i]->fold->fig >= 0)
			st = xc_ck_fig_add(&figs[cand[i]->fold->fig], cand[i], cand[i]->fold->fig);
	if (xc_grow(&c->ans, &c->capans, c->nans, sizeof *c->ans, 8))
		st = XC_ENOMEM;
	if (st)
		goto out;
	a = &c->ans[c->nans++];
	memset(a, 0, sizeof *a);
	a->claim = (size_t)(q - c->r); /* a rec index until xc_ck_finish() */
	a->evidence = (const size_t *)(uintptr_t)c->nidx;
	a->matched_by = !n ? "" : by == M_TEXT ? "text" : by == M_WORDS ? "words"
	                                             : "attribution";
	if ((st = xc_ck_add_claim_ref(c, q)))
		goto out;
	xc_buf_init(&e, 1 << 18);
	xc_buf_addf(&e, "The sentence says \"%s\": ", xc_strtab_str(&c->st, q->text));
	if (q->kind == XC_KIND_RATIO) {
		/* as written: subject = v x reference */
		xc_ck_fmt_interval(&e, q->inv ? (q->whi > 0 ? 1 / q->whi : 0) : q->wlo,
		             q->inv ? (q->wlo > 0 ? 1 / q->wlo : INFINITY) : q->whi,
		             "x");
		xc_buf_addf(&e, " (%s = v x %s%s%s).",
		            xc_strtab_str(&c->st, q->inv ? q->ref : q->subj),
		            xc_strtab_str(&c->st, q->inv ? q->subj : q->ref),
		            q->scope ? ", " : "", xc_strtab_str(&c->st, q->scope));
	} else {
		xc_ck_fmt_interval(&e, q->wlo, q->whi, xc_ck_shown_unit(c, q));
		xc_buf_addf(&e, " (%s%s%s%s%s).", xc_strtab_str(&c->st, q->subj),
		            q->metric ? ", " : "", xc_strtab_str(&c->st, q->metric),
		            q->period ? ", " : "", xc_strtab_str(&c->st, q->period));
	}
	if (by == M_TEXT)
		xc_buf_addf(&e, " No stored fact has its subject and metric; "
		            "these figures were found by the words around them.");
	else if (by == M_WORDS)
		xc_buf_addf(&e, " Figures no metric word ties to it were paired by "
		            "the words of their statements (check that both are "
		            "about one thing).");
	{
		/* contradicting figures first, then agreeing, compatible,
		** rounding, nearest */
		xc_stance sds[XC_MAX_FIGURES];
		xc_buf tmp;
		size_t o, t;
		for (j = 0; j < nf; j++) {
			xc_buf_init(&tmp, 1 << 16);
			sds[j] = stance_of(c, q, figs[j].rep, &tmp);
			xc_buf_release(&tmp);
		}
		for (o = 0, t = 0; t < 5; t++) {
			static const xc_stance ord[] = { XC_CONTRADICTS, XC_AGREES,
			                                 XC_COMPATIBLE, XC_ROUNDING,
			                                 XC_NEAREST };
			for (j = o; j < nf; j++)
				if (sds[j] == ord[t]) {
					fig f = figs[j];
					xc_stance x = sds[j];
					figs[j] = figs[o];
					sds[j] = sds[o];
					figs[o] = f;
					sds[o++] = x;
				}
		}
	}
	for (j = 0; j < nf && !st; j++) {
		xc_stance sd;
		size_t k, listed = 0;
		xc_buf_add(&e, "\n- ", 3);
		sd = stance_of(c, q, figs[j].rep, &e);
		xc_ck_sources_text(c, &e, &figs[j]);
		xc_buf_add(&e, ".", 1);
		count[sd]++;
		for (k = 0; k < figs[j].n && !st; k++) {
			if (sd == XC_AGREES) {
				if (xc_grow(&agree, &capagree, nagree, sizeof *agree, 8))
					st = XC_ENOMEM;
				else
					agree[nagree++] = figs[j].m[k];
			}
			if (listed < XC_LIST_MAX && !st) {
				st = add_evidence(c, figs[j].m[k], sd);
				listed++;
				a->nevidence++;
			}
		}
	}
	if (!nf)
		xc_buf_addf(&e, " The store holds nothing to compare it with.");
	a->verdict = "no_evidence";
	for (i = 0; i < 4; i++) {
		static const xc_stance map[] = { XC_CONTRADICTS, XC_AGREES,
		                                 XC_COMPATIBLE, XC_ROUNDING };
		if (count[map[i]]) {
			a->verdict = order_v[i];
			break;
		}
	}
	xc_ck_count_sources(c, agree, nagree, &a->articles, &a->origins);
	if (count[XC_CONTRADICTS])
		xc_buf_addf(&e, "\nContradicted by %zu figure%s.",
		            count[XC_CONTRADICTS], count[XC_CONTRADICTS] == 1 ? ""
		                                                             : "s");
	if (nagree)
		xc_buf_addf(&e, "%sCorroborated by %zu article%s from %zu "
		            "independent origin%s.", count[XC_CONTRADICTS] ? " " :
		            "\n", a->articles, a->articles == 1 ? "" : "s",
		            a->origins, a->origins == 1 ? "" : "s");
	if (!strcmp(a->verdict, "no_evidence") && count[XC_NEAREST])
		xc_buf_addf(&e, "\nNo figure for the same period and scope; the "
		            "nearest facts are listed.");
	if (!st && !(a->explanation = e.p ? xc_ck_own_dup(c, e.p) : NULL))
		st = XC_ENOMEM;
	xc_buf_release(&e);
out:
	for (j = 0; j < nf; j++)
		free(figs[j].m);
	free(agree);
	return st;
}

xc_status xc_check_query(xc_store *store, const xc_ruleset *rs,
                         const char *const *dirs, size_t ndirs,
                         const char *text, size_t len, const char *date,
                         xc_diags *diags, xc_check **out)
{
	sqlite3 *db = xc_store_db(store);
	xc_extractor *x = NULL;
	const xc_claim *cl;
	const xc_attr *at;
	size_t n, i, j, nq = 0, first_q;
	bool *by_text = NULL;
	xc_check *c = NULL;
	words qw = { 0 };
	rec **cand = NULL;
	struct { rec *r; size_t shared; } *best = NULL; /* per document */
	sqlite3_stmt *sent = NULL; /* a stored claim's sentence */
	sqlite3_stmt *grp_q = NULL; /* how many documents share a metric */
	xc_status st;

	*out = NULL;
	if ((st = xc_extractor_new(rs, &x)))
		return st;
	xc_extractor_want_citations(x, 1);
	if ((st = xc_extract(x, text, len, &cl, &n)) ||
	    (st = xc_extractor_attribute(x, date, &at)))
		goto done;
	if ((st = word_list(text, len, &qw)))
		goto done;
	if (!(by_text = calloc(n ? n : 1, sizeof *by_text))) {
		st = XC_ENOMEM;
		goto done;
	}
	if (focus_reset(db)) {
		st = XC_EIO;
		goto done;
	}
	for (i = 0; i < n && !st; i++) {
		size_t added = 0;
		if (cl[i].kind > XC_KIND_QUANTITY)
			continue;
		if (cl[i].kind == XC_KIND_RATIO && at[i].subject[0] && at[i].ref[0]) {
			const char *args[2] = { at[i].subject, at[i].ref };
			st = focus_add(db, "INSERT OR IGNORE INTO temp.xc_focus(id) "
			               "SELECT id FROM claims WHERE (subject = ?1 AND "
			               "ref_subject = ?2) OR (subject = ?2 AND ref_subject "
			               "= ?1) LIMIT " XC_STR(XC_MAX_CANDIDATES), args, 2,
			               &added);
		} else if (at[i].subject[0] && at[i].metric[0]) {
			const char *args[2] = { at[i].subject, at[i].metric };
			char pre[XC_REF_MAX + 2];
			size_t k;
			const char *args3[3] = { at[i].subject, at[i].metric,
			                         at[i].period };
			/* the same period first, then any */
			if (at[i].period[0])
				st = focus_add(db, "INSERT OR IGNORE INTO temp.xc_focus(id) "
				               "SELECT id FROM claims WHERE subject = ?1 AND "
				               "metric = ?2 AND period = ?3 LIMIT "
				               XC_STR(XC_MAX_CANDIDATES), args3, 3, &added);
			if (!st)
				st = focus_add(db, "INSERT OR IGNORE INTO temp.xc_focus(id) "
				               "SELECT id FROM claims WHERE subject = ?1 AND "
				               "metric = ?2 LIMIT " XC_STR(XC_MAX_CANDIDATES),
				               args, 2, &added);
			/* related subjects: "Nvidia" and its "Nvidia H20", either way
			** (index range scans, not LIKE) */
			snprintf(pre, sizeof pre, "%s ", at[i].subject);
			args[0] = pre;
			if (!st && !added)
				st = focus_longer(db, pre, at[i].metric, &added);
			for (k = strlen(at[i].subject); !st && !added && k-- > 1;)
				if (at[i].subject[k] == ' ') {
					memcpy(pre, at[i].subject, k);
					pre[k] = 0;
					st = focus_add(db, "INSERT OR IGNORE INTO temp.xc_focus"
					               "(id) SELECT id FROM claims WHERE subject = "
					               "?1 AND metric = ?2 LIMIT "
					               XC_STR(XC_MAX_CANDIDATES), args, 2, &added);
				}
		}
		if (!st && at[i].subject[0] && cl[i].kind != XC_KIND_RATIO) {
			/* the subject's other figures of this kind, for pairing by
			** the words around them (a metric word no article shares) */
			const char *args[2] = { at[i].subject, xc_kind_name(cl[i].kind) };
			size_t more = 0;
			st = focus_add(db, "INSERT OR IGNORE INTO temp.xc_focus(id) "
			               "SELECT id FROM claims WHERE subject = ?1 AND kind "
			               "= ?2 LIMIT " XC_STR(XC_MAX_CANDIDATES), args, 2,
			               &more);
		}
		if (!st && !added) {
			by_text[i] = true;
			st = focus_text(db, &qw, xc_kind_name(cl[i].kind), &added);
		}
	}
	if (st)
		goto done;
	if ((st = xc_ck_begin(store, rs, dirs, ndirs, diags, FOCUS, &c)))
		goto done;
	c->qtext = text;
	c->qlen = len;
	/* the query as the last document */
	if (xc_grow(&c->docs, &c->capdocs, c->ndocs, sizeof *c->docs, 8)) {
		st = XC_ENOMEM;
		goto done;
	}
	{
		doc *d = &c->docs[c->ndocs];
		memset(d, 0, sizeof *d);
		d->id = INT64_MAX;
		d->path = xc_strndup("-", 1);
		d->published = date && *date ? xc_strndup(date, strlen(date)) : NULL;
		d->year = d->published ? atoi(d->published) : 0;
		d->dup_of = (size_t)-1;
		d->first_rec = c->nr;
		if (!d->path || (date && *date && !d->published)) {
			c->ndocs++;
			st = XC_ENOMEM;
			goto done;
		}
		c->ndocs++;
	}
	first_q = c->nr;
	for (i = 0; i < n && !st; i++) {
		rec *r;
		const xc_claim *k = &cl[i];
		if (k->kind > XC_KIND_QUANTITY)
			continue;
		if (xc_grow(&c->r, &c->capr, c->nr, sizeof *c->r, 64)) {
			st = XC_ENOMEM;
			break;
		}
		r = &c->r[c->nr++];
		memset(r, 0, sizeof *r);
		r->outidx = -1;
		r->id = -(int64_t)(i + 1);
		r->doc = (uint32_t)(c->ndocs - 1);
		r->ord = (uint32_t)i;
		r->kind = (uint8_t)k->kind;
		r->has_v = k->has_value;
		r->value = k->value;
		r->has_lo = k->has_low;
		r->low = k->low;
		r->has_hi = k->has_high;
		r->high = k->high;
		r->approx = k->approx;
		r->prec = k->precision;
		r->pair = k->pair;
		r->qs = (uint32_t)k->start;
		r->qe = (uint32_t)k->end;
		r->qss = (uint32_t)k->sent_start;
		r->qse = (uint32_t)k->sent_end;
		if (xc_strtab_intern(&c->st, k->unit, strlen(k->unit), &r->unit) ||
		    xc_strtab_intern(&c->st, k->hedge, k->hedge ? strlen(k->hedge) : 0,
		           &r->hedge) ||
		    xc_strtab_intern(&c->st, text + k->start, k->end - k->start, &r->text) ||
		    xc_strtab_intern(&c->st, at[i].subject, strlen(at[i].subject), &r->subj) ||
		    xc_strtab_intern(&c->st, at[i].metric, strlen(at[i].metric), &r->metric) ||
		    xc_strtab_intern(&c->st, at[i].period, strlen(at[i].period), &r->period) ||
		    xc_strtab_intern(&c->st, at[i].scope, strlen(at[i].scope), &r->scope) ||
		    xc_strtab_intern(&c->st, at[i].ref, strlen(at[i].ref), &r->ref) ||
		    xc_strtab_intern(&c->st, "-", 1, &r->origin) ||
		    xc_strtab_intern(&c->st, at[i].reading, strlen(at[i].reading),
		                 &r->reading) ||
		    xc_strtab_intern(&c->st, at[i].context, strlen(at[i].context),
		                 &r->ctx))
			st = XC_ENOMEM;
		r->attributed = 1;
		if (!st)
			st = xc_ck_reading(c, r);
		nq++;
	}
	c->docs[c->ndocs - 1].nrec = nq;
	if (st)
		goto done;
	{
		/* origins of the stored claims (near copies, cited sources) */
		rec **order = malloc((c->nr ? c->nr : 1) * sizeof *order);
		size_t m = 0;
		if (!order) {
			st = XC_ENOMEM;
			goto done;
		}
		for (i = 0; i < c->nr; i++) {
			if (c->r[i].id >= 0)
				c->r[i].attributed = c->r[i].attributed || true;
			if (xc_ck_keyed(c, &c->r[i]) || c->r[i].id >= 0)
				order[m++] = &c->r[i];
		}
		qsort(order, m, sizeof *order, xc_ck_cmp_key);
		st = xc_ck_origins(c, order, m);
		free(order);
	}
	if (!st && !(cand = malloc((c->nr ? c->nr : 1) * sizeof *cand)))
		st = XC_ENOMEM;
	if (!st && !(best = calloc(c->ndocs ? c->ndocs : 1, sizeof *best)))
		st = XC_ENOMEM;
	for (i = first_q; i < c->nr && !st; i++) {
		rec *q = &c->r[i];
		bool text_match = by_text[q->ord]; /* ord: the claim's index */
		size_t m = 0, nw = 0;
		memset(best, 0, c->ndocs * sizeof *best);
		for (j = 0; j < first_q; j++) {
			rec *r = &c->r[j];
			if (r->kind != q->kind || r->cunit != q->cunit ||
			    !xc_ck_classes_agree(q, r))
				continue;
			if (!text_match) {
				if (!related(c, r->subj, q->subj) || r->ref != q->ref)
					continue;
				if (q->kind != XC_KIND_RATIO && r->metric != q->metric) {
					/* another metric word, or none: paired by the words
					** around them as check pairs a figure no metric
					** grouped (none, or one no other article shares), the
					** best-sharing figure of each document, not dated
					** differently */
					size_t w;
					if (r->subj != q->subj ||
					    (q->period && r->period && q->period != r->period) ||
					    !(w = xc_ck_words_meet(c, q, r)) ||
					    w <= best[r->doc].shared)
						continue;
					if ((st = grouped(c, db, &grp_q, r, &w)))
						break;
					if (!w)
						continue;
					best[r->doc].shared = w;
					best[r->doc].r = r;
					continue;
				}
			} else {
				/* by its words, but not another metric or subject */
				if ((q->metric && r->metric && q->metric != r->metric) ||
				    (q->subj && r->subj && !related(c, r->subj, q->subj)))
					continue;
				/* found by its words: the sentence must share two
				** content words with the query */
				size_t ov = 0;
				if (!sent && sqlite3_prepare_v2(db, "SELECT CAST(substr("
				    "CAST(d.body AS BLOB), c.sentence_start + 1, "
				    "c.sentence_end - c.sentence_start) AS TEXT) FROM claims "
				    "c JOIN documents d ON d.id = c.doc_id WHERE c.id = ?", -1,
				    &sent, NULL) != SQLITE_OK) {
					st = XC_EIO;
					break;
				}
				sqlite3_reset(sent);
				sqlite3_bind_int64(sent, 1, r->id);
				if (sqlite3_step(sent) == SQLITE_ROW)
					ov = overlap(&qw,
					             (const char *)sqlite3_column_text(sent, 0),
					             (size_t)sqlite3_column_bytes(sent, 0));
				if (ov < 2)
					continue;
			}
			cand[m++] = r;
		}
		/* a document with a figure of the same metric speaks through it */
		for (j = 0; j < m; j++)
			best[cand[j]->doc].r = NULL;
		for (j = 0; j < c->ndocs; j++)
			if (best[j].r) {
				cand[m++] = best[j].r;
				nw++;
			}
		if (!st)
			st = answer(c, q, cand, m, text_match ? M_TEXT
			                                     : nw ? M_WORDS : M_ATTR);
	}
	if (!st)
		st = xc_ck_finish(c, diags);
done:
	sqlite3_finalize(sent);
	sqlite3_finalize(grp_q);
	free(best);
	free(cand);
	free(by_text);
	words_free(&qw);
	xc_extractor_free(x);
	sqlite3_exec(db, "DELETE FROM temp.xc_focus", NULL, NULL, NULL);
	if (st) {
		xc_check_free(c);
		return st;
	}
	*out = c;
	return XC_OK;
}

xc_status xc_check_claim_findings(xc_store *store, const xc_ruleset *rs,
                                  const char *const *dirs, size_t ndirs,
                                  int64_t claim_id, xc_diags *diags,
                                  xc_check **out, size_t *index)
{
	sqlite3 *db = xc_store_db(store);
	sqlite3_stmt *s;
	char id[32];
	const char *args[1] = { id };
	xc_check *c = NULL;
	xc_status st = XC_OK;
	size_t i;
	bool found = false;

	*out = NULL;
	snprintf(id, sizeof id, "%lld", (long long)claim_id);
	if (sqlite3_prepare_v2(db, "SELECT 1 FROM claims WHERE id = ?", -1, &s,
	                       NULL) != SQLITE_OK)
		return XC_EIO;
	sqlite3_bind_int64(s, 1, claim_id);
	found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	if (!found)
		return XC_ENOTFOUND;
	/* its document, the claims of its fact in any document, and every
	** claim of its story (as the last ingest stored the stories): the
	** matcher pairs figures within a story, as check does */
	if (focus_reset(db) ||
	    focus_add(db, "INSERT OR IGNORE INTO temp.xc_focus(id) SELECT c.id "
	              "FROM claims c WHERE c.doc_id IN (SELECT b.doc_id FROM "
	              "doc_story a JOIN doc_story b ON b.story = a.story WHERE "
	              "a.doc_id = (SELECT doc_id FROM claims WHERE id = "
	              "CAST(?1 AS INTEGER)))", args, 1, NULL) ||
	    focus_add(db, "INSERT OR IGNORE INTO temp.xc_focus(id) SELECT c.id "
	              "FROM claims c JOIN claims q ON q.id = CAST(?1 AS INTEGER) "
	              "WHERE c.doc_id = q.doc_id OR (q.subject IS NOT NULL AND "
	              "c.subject = q.subject AND ((q.metric IS NOT NULL AND "
	              "c.metric = q.metric) OR (q.ref_subject IS NOT NULL AND "
	              "c.ref_subject = q.ref_subject))) OR (q.ref_subject IS NOT "
	              "NULL AND c.subject = q.ref_subject AND c.ref_subject = "
	              "q.subject)", args, 1, NULL))
		return XC_EIO;
	st = xc_ck_begin(store, rs, dirs, ndirs, diags, FOCUS, &c);
	for (i = 0; !st && i < c->nr; i++)
		if (c->r[i].id == claim_id)
			st = xc_ck_add_claim_ref(c, &c->r[i]);
	if (!st)
		st = xc_ck_passes(c, diags);
	sqlite3_exec(db, "DELETE FROM temp.xc_focus", NULL, NULL, NULL);
	if (st) {
		xc_check_free(c);
		return st;
	}
	for (i = 0; i < c->noclaims; i++)
		if (c->oclaims[i].id == claim_id)
			*index = i;
	*out = c;
	return XC_OK;
}
