/*
** report.c -- what the four report formats share: which findings are
** shown, the summary counts, document names.
*/
#include <stdlib.h>
#include <string.h>

#include "report.h"

const char *const report_verdicts[REPORT_VERDICTS] = {
	"conflict", "compatible_bounds", "rounding_dependent", "not_comparable",
	"possible_conflict"
};

const char *report_verdict_words(const xc_finding *f)
{
	static const char *const words[REPORT_VERDICTS] = {
		"Sources disagree", "Both hedges allow it", "Agree within rounding",
		"Not the same measure", "May disagree (not sure it is one fact)"
	};
	int i;

	if (!strcmp(f->type, "arithmetic") && !strcmp(f->verdict, "conflict"))
		return "Does not add up";
	if (!strcmp(f->type, "conversion") && !strcmp(f->verdict, "conflict"))
		return "Conversion does not fit";
	for (i = 0; i < REPORT_VERDICTS; i++)
		if (!strcmp(f->verdict, report_verdicts[i]))
			return words[i];
	return f->verdict;
}

void report_compared(const report *rp, size_t *figures, size_t *compared)
{
	size_t i;

	*figures = *compared = 0;
	for (i = 0; i < rp->ndocs; i++) {
		*figures += rp->docs[i].claims;
		*compared += rp->docs[i].compared;
	}
}

static int verdict_index(const char *v)
{
	int i;
	for (i = 0; i < REPORT_VERDICTS; i++)
		if (!strcmp(v, report_verdicts[i]))
			return i;
	return 3;
}

const char *report_story_label(const report *rp, size_t story)
{
	const char *l = xc_stories_label(xc_check_stories(rp->ck), story);
	return l ? l : "";
}

void report_init(report *rp, const xc_check *ck, const char *db,
                 int min_severity)
{
	size_t i;

	memset(rp, 0, sizeof *rp);
	rp->ck = ck;
	rp->db = db;
	rp->min_severity = min_severity;
	rp->docs = xc_check_docs(ck, &rp->ndocs);
	rp->claims = xc_check_claims(ck, &rp->nclaims);
	rp->f = xc_check_findings(ck, &rp->nf);
	rp->co = xc_check_corroborations(ck, &rp->nco);
	rp->un = xc_check_unparsed(ck, &rp->nun);
	for (i = 0; i < rp->nf; i++) {
		if (!report_shown(rp, i))
			continue;
		rp->shown++;
		rp->by_verdict[verdict_index(rp->f[i].verdict)]++;
		rp->by_severity[rp->f[i].severity]++;
	}
}

int report_shown(const report *rp, size_t i)
{
	return (int)rp->f[i].severity >= rp->min_severity;
}

int report_max_severity(const report *rp)
{
	int m = -1;
	size_t i;
	for (i = 0; i < rp->nf; i++)
		if (report_shown(rp, i) && (int)rp->f[i].severity > m)
			m = (int)rp->f[i].severity;
	return m;
}

const char *report_doc_name(const report *rp, size_t d)
{
	return rp->docs[d].name;
}

void report_marked(FILE *out, const xc_check_claim *c, report_put put,
                   const char *open, const char *close)
{
	size_t n = strlen(c->sentence), a, b;

	a = c->start >= c->sent_start ? c->start - c->sent_start : 0;
	b = c->end >= c->sent_start ? c->end - c->sent_start : 0;
	if (a > n || b > n || a > b) {
		put(out, c->sentence, n);
		return;
	}
	put(out, c->sentence, a);
	fputs(open, out);
	put(out, c->sentence + a, b - a);
	fputs(close, out);
	put(out, c->sentence + b, n - b);
}

int report_first_of_doc(const report *rp, const xc_corroboration *co,
                        size_t j)
{
	size_t q, dj = rp->claims[co->claims[j]].doc;

	for (q = 0; q < j; q++)
		if (rp->claims[co->claims[q]].doc == dj)
			return 0;
	return 1;
}

size_t *report_story_docs(const report *rp, size_t **first, size_t *ns)
{
	size_t n = xc_stories_count(xc_check_stories(rp->ck)), i;
	size_t *order = malloc((rp->ndocs + 1) * sizeof *order);
	size_t *at = calloc(n + 2, sizeof *at);

	*first = NULL;
	*ns = 0;
	if (!order || !at) {
		free(order);
		free(at);
		return NULL;
	}
	/* a counting sort: documents by story, in document order within it */
	for (i = 0; i < rp->ndocs; i++)
		if (rp->docs[i].story < n)
			at[rp->docs[i].story + 2]++;
	for (i = 2; i < n + 2; i++)
		at[i] += at[i - 1];
	for (i = 0; i < rp->ndocs; i++)
		if (rp->docs[i].story < n)
			order[at[rp->docs[i].story + 1]++] = i;
	*first = at;
	*ns = n;
	return order;
}
