/*
** report_json.c -- the JSON report, the documented contract of `crosscheck
** check` (docs/output.md, schema "crosscheck-report/1").
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report.h"

static void key(jw *w, const char *k)
{
	jw_str(w, k, strlen(k));
	JW_LIT(w, ":");
}

static void qstr(jw *w, const char *v)
{
	jw_str(w, v, strlen(v));
}

static void kstr(jw *w, const char *k, const char *v)
{
	key(w, k);
	if (v && *v)
		qstr(w, v);
	else
		JW_LIT(w, "null");
	JW_LIT(w, ",");
}

static void knum(jw *w, const char *k, int has, double v)
{
	key(w, k);
	if (has && isfinite(v))
		jw_num(w, v);
	else
		JW_LIT(w, "null");
	JW_LIT(w, ",");
}

static void kuint(jw *w, const char *k, size_t v)
{
	key(w, k);
	jw_uint(w, v);
	JW_LIT(w, ",");
}

static void end_obj(jw *w)
{
	if (w->len && w->p[w->len - 1] == ',')
		w->len--;
	JW_LIT(w, "}");
}

void report_json_claim(jw *w, const report *rp, size_t i, int side)
{
	const xc_check_claim *c = &rp->claims[i];
	JW_LIT(w, "{");
	kuint(w, "claim", i);
	if (side >= 0)
		kuint(w, "side", (size_t)side);
	if (c->id >= 0)
		kuint(w, "id", (size_t)c->id);
	else
		kstr(w, "id", NULL); /* a claim of the query's text */
	kstr(w, "doc", rp->docs[c->doc].path);
	kuint(w, "doc_index", c->doc);
	kstr(w, "source", report_doc_name(rp, c->doc));
	kuint(w, "start", c->start);
	kuint(w, "end", c->end);
	kstr(w, "text", c->text);
	kstr(w, "kind", c->kind);
	knum(w, "value", c->has_value, c->value);
	knum(w, "low", c->has_low, c->low);
	knum(w, "high", c->has_high, c->high);
	key(w, "approx");
	if (c->approx)
		JW_LIT(w, "true,");
	else
		JW_LIT(w, "false,");
	knum(w, "precision", c->precision > 0, c->precision);
	kstr(w, "unit", c->unit);
	kstr(w, "hedge", c->hedge);
	kstr(w, "subject", c->subject);
	kstr(w, "metric", c->metric);
	kstr(w, "period", c->period);
	kstr(w, "scope", c->scope);
	kstr(w, "ref", c->ref);
	kstr(w, "origin", c->origin);
	kstr(w, "reading", c->reading);
	kuint(w, "sentence_start", c->sent_start);
	kuint(w, "sentence_end", c->sent_end);
	kstr(w, "sentence", c->sentence);
	key(w, "compared_as");
	JW_LIT(w, "{");
	knum(w, "low", 1, c->cmp_low);
	knum(w, "high", 1, c->cmp_high);
	kstr(w, "unit", c->cmp_unit);
	end_obj(w);
	end_obj(w);
}

static void flush(jw *w, FILE *out)
{
	fwrite(w->p, 1, w->len, out);
	w->len = 0;
}

void report_json_stories(jw *w, const report *rp)
{
	size_t s, i, ns, *first;
	size_t *order = report_story_docs(rp, &first, &ns);

	if (!order) {
		w->failed = 1;
		return;
	}
	for (s = 0; s < ns; s++) {
		JW_LIT(w, "{");
		kuint(w, "id", s + 1);
		kstr(w, "label", report_story_label(rp, s));
		key(w, "documents");
		JW_LIT(w, "[");
		for (i = first[s]; i < first[s + 1]; i++) {
			const char *p = rp->docs[order[i]].path;
			if (i > first[s])
				JW_LIT(w, ",");
			jw_str(w, p, strlen(p));
		}
		JW_LIT(w, "]");
		end_obj(w);
		jw_cstr(w, s + 1 < ns ? ",\n" : "\n");
	}
	free(order);
	free(first);
}

int report_json(const report *rp, FILE *out)
{
	jw w = { 0 };
	size_t i, j, k, nf = 0, tot[6] = { 0 };

	JW_LIT(&w, "{");
	kstr(&w, "schema", "crosscheck-report/1");
	kstr(&w, "generator", "crosscheck " XC_VERSION);
	kstr(&w, "database", rp->db);
	key(&w, "summary");
	JW_LIT(&w, "{");
	kuint(&w, "documents", rp->ndocs);
	kuint(&w, "findings", rp->shown);
	for (i = 0; i < REPORT_VERDICTS; i++)
		kuint(&w, report_verdicts[i], rp->by_verdict[i]);
	key(&w, "by_severity");
	JW_LIT(&w, "{");
	for (i = 4; i-- > 0;)
		kuint(&w, xc_severity_name((xc_severity)i), rp->by_severity[i]);
	end_obj(&w);
	JW_LIT(&w, ",");
	kuint(&w, "corroborations", rp->nco);
	end_obj(&w);
	JW_LIT(&w, ",\n");
	key(&w, "documents");
	JW_LIT(&w, "[\n");
	for (i = 0; i < rp->ndocs; i++) {
		const xc_check_doc *d = &rp->docs[i];
		JW_LIT(&w, "{");
		kuint(&w, "doc_index", i);
		kstr(&w, "doc", d->path);
		kstr(&w, "title", d->title);
		kstr(&w, "outlet", d->outlet);
		kstr(&w, "published", d->published);
		kstr(&w, "url", d->url);
		kstr(&w, "origin", d->origin);
		kstr(&w, "near_copy_of", d->dup_of != (size_t)-1
		                             ? rp->docs[d->dup_of].path : NULL);
		knum(&w, "similarity", d->dup_of != (size_t)-1, d->dup_similarity);
		kuint(&w, "story", d->story + 1);
		end_obj(&w);
		jw_cstr(&w, i + 1 < rp->ndocs ? ",\n" : "\n");
		flush(&w, out);
	}
	JW_LIT(&w, "],\n");
	key(&w, "stories");
	JW_LIT(&w, "[\n");
	report_json_stories(&w, rp);
	JW_LIT(&w, "],\n");
	key(&w, "claims");
	JW_LIT(&w, "[\n");
	for (i = 0; i < rp->nclaims; i++) {
		report_json_claim(&w, rp, i, -1);
		jw_cstr(&w, i + 1 < rp->nclaims ? ",\n" : "\n");
		flush(&w, out);
	}
	JW_LIT(&w, "],\n");
	key(&w, "findings");
	JW_LIT(&w, "[\n");
	for (i = 0; i < rp->nf; i++) {
		const xc_finding *f = &rp->f[i];
		char id[32];
		if (!report_shown(rp, i))
			continue;
		if (nf++)
			JW_LIT(&w, ",\n");
		snprintf(id, sizeof id, "F%zu", nf);
		JW_LIT(&w, "{");
		kstr(&w, "id", id);
		kstr(&w, "verdict", f->verdict);
		kstr(&w, "severity", xc_severity_name(f->severity));
		kstr(&w, "type", f->type);
		kstr(&w, "subject", f->subject);
		kstr(&w, "metric", f->metric);
		kstr(&w, "period", f->period);
		kstr(&w, "scope", f->scope);
		kstr(&w, "unit", f->unit);
		kuint(&w, "story", f->story + 1);
		kstr(&w, "explanation", f->explanation);
		kuint(&w, "articles", f->articles);
		kuint(&w, "origins", f->origins);
		knum(&w, "gap", f->gap > 0, f->gap);
		knum(&w, "match", f->match > 0, f->match);
		kstr(&w, "pairing", f->evidence);
		key(&w, "claims");
		JW_LIT(&w, "[");
		for (j = 0; j < f->nclaims; j++) {
			if (j)
				JW_LIT(&w, ",");
			report_json_claim(&w, rp, f->claims[j], f->sides[j]);
		}
		JW_LIT(&w, "]");
		end_obj(&w);
		flush(&w, out);
	}
	JW_LIT(&w, "\n],\n");
	key(&w, "corroborations");
	JW_LIT(&w, "[\n");
	for (i = 0; i < rp->nco; i++) {
		const xc_corroboration *c = &rp->co[i];
		JW_LIT(&w, "{");
		kstr(&w, "subject", c->subject);
		kstr(&w, "metric", c->metric);
		kstr(&w, "period", c->period);
		kstr(&w, "unit", c->unit);
		kstr(&w, "figure", c->figure);
		kstr(&w, "explanation", c->explanation);
		kuint(&w, "articles", c->articles);
		kuint(&w, "origins", c->origins);
		key(&w, "claims");
		JW_LIT(&w, "[");
		for (j = 0; j < c->nclaims; j++) {
			if (j)
				JW_LIT(&w, ",");
			jw_uint(&w, c->claims[j]);
		}
		JW_LIT(&w, "]");
		end_obj(&w);
		jw_cstr(&w, i + 1 < rp->nco ? ",\n" : "\n");
		flush(&w, out);
	}
	JW_LIT(&w, "],\n");
	key(&w, "coverage");
	JW_LIT(&w, "{");
	key(&w, "documents");
	JW_LIT(&w, "[\n");
	for (i = 0; i < rp->ndocs; i++) {
		const xc_check_doc *d = &rp->docs[i];
		size_t v[6] = { d->numbers, d->excluded, d->unparsed, d->claims,
		                d->attributed, d->compared };
		static const char *const names[] = { "numbers_seen", "excluded",
		                                     "unparsed", "parsed", "attributed",
		                                     "compared" };
		JW_LIT(&w, "{");
		kstr(&w, "doc", d->path);
		for (k = 0; k < 6; k++) {
			kuint(&w, names[k], v[k]);
			tot[k] += v[k];
		}
		end_obj(&w);
		jw_cstr(&w, i + 1 < rp->ndocs ? ",\n" : "\n");
		flush(&w, out);
	}
	JW_LIT(&w, "],");
	key(&w, "totals");
	JW_LIT(&w, "{");
	{
		static const char *const names[] = { "numbers_seen", "excluded",
		                                     "unparsed", "parsed", "attributed",
		                                     "compared" };
		for (k = 0; k < 6; k++)
			kuint(&w, names[k], tot[k]);
	}
	end_obj(&w);
	JW_LIT(&w, ",\n");
	key(&w, "unparsed");
	JW_LIT(&w, "[\n");
	for (i = 0; i < rp->nun; i++) {
		JW_LIT(&w, "{");
		kstr(&w, "doc", rp->docs[rp->un[i].doc].path);
		kuint(&w, "start", rp->un[i].start);
		kuint(&w, "end", rp->un[i].end);
		kstr(&w, "text", rp->un[i].text);
		end_obj(&w);
		jw_cstr(&w, i + 1 < rp->nun ? ",\n" : "\n");
		flush(&w, out);
	}
	JW_LIT(&w, "]}}\n");
	flush(&w, out);
	free(w.p);
	return w.failed ? XC_EXIT_INTERNAL : XC_EXIT_OK;
}
