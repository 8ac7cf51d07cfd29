/*
** eval.c -- `make eval`: precision, recall and F1 of extraction against the
** hand-written gold annotations in corpus/gold/ (format in its README).
**
** A predicted claim matches a gold claim when their byte spans overlap and
** their kinds agree; each gold claim matches at most one prediction.  On
** matched pairs the fields (value, low, high, unit, approx) and the exact
** span are scored separately.  A prediction that overlaps a gold "none"
** span is also counted as a not-claim violation.
**
** Usage: xc-eval [-v] CORPUS_DIR      (exit 1 when a gold file is invalid)
*/
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crosscheck.h"

#define NK 5 /* money .. quantity */

typedef struct gold {
	int kind; /* 0..4, or -1 for none */
	size_t start, end;
	double value, low, high;
	int has_value, has_low, has_high, approx;
	char unit[64];
	char text[512];
	int used;
} gold;

static const char *const kinds[NK] = { "money", "count", "percent", "ratio",
                                       "quantity" };

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *p;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	p = malloc((size_t)n + 1);
	if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
		free(p);
		p = NULL;
	}
	fclose(f);
	if (p) {
		p[n] = '\0';
		*len = (size_t)n;
	}
	return p;
}

static int kind_index(const char *k)
{
	int i;

	for (i = 0; i < NK; i++)
		if (!strcmp(k, kinds[i]))
			return i;
	return strcmp(k, "none") ? -2 : -1;
}

static int parse_num(const char *v, double *out)
{
	char *end;

	if (!strcmp(v, "null"))
		return 0;
	*out = strtod(v, &end);
	return *end == '\0' ? 1 : -1;
}

/* Read a .gold file and resolve each span in doc.  Returns count or -1. */
static int load_gold(const char *path, const char *doc, size_t dlen,
                     gold **out)
{
	size_t len, from = 0;
	char *buf = slurp(path, &len), *line, *save = NULL;
	gold *g = NULL;
	int n = 0, cap = 0, lineno = 0, bad = 0;

	if (!buf) {
		fprintf(stderr, "xc-eval: cannot read %s\n", path);
		return -1;
	}
	for (line = strtok_r(buf, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *k = line, *t, *f, *hit;
		gold *x;

		lineno++;
		if (!*line || *line == '#')
			continue;
		t = strchr(k, '\t');
		if (!t) {
			fprintf(stderr, "%s:%d: want KIND<TAB>TEXT[<TAB>FIELDS]\n", path,
			        lineno);
			bad = 1;
			continue;
		}
		*t++ = '\0';
		f = strchr(t, '\t');
		if (f)
			*f++ = '\0';
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			g = realloc(g, (size_t)cap * sizeof *g);
		}
		x = &g[n];
		memset(x, 0, sizeof *x);
		x->kind = kind_index(k);
		if (x->kind == -2) {
			fprintf(stderr, "%s:%d: unknown kind '%s'\n", path, lineno, k);
			bad = 1;
			continue;
		}
		snprintf(x->text, sizeof x->text, "%s", t);
		hit = NULL;
		if (from <= dlen) {
			size_t tl = strlen(t), i;
			for (i = from; i + tl <= dlen; i++)
				if (!memcmp(doc + i, t, tl)) {
					hit = (char *)doc + i;
					break;
				}
		}
		if (!hit) {
			fprintf(stderr, "%s:%d: text not found after offset %zu: %s\n",
			        path, lineno, from, t);
			bad = 1;
			continue;
		}
		x->start = (size_t)(hit - doc);
		x->end = x->start + strlen(t);
		from = x->start + 1;
		if (x->kind >= 0) {
			char *tok, *s2 = NULL;
			int vset = 0, lset = 0, hset = 0;
			for (tok = f ? strtok_r(f, " ", &s2) : NULL; tok;
			     tok = strtok_r(NULL, " ", &s2)) {
				char *eq = strchr(tok, '=');
				int r = 0;
				if (!strcmp(tok, "approx")) {
					x->approx = 1;
					continue;
				}
				if (!eq) {
					fprintf(stderr, "%s:%d: bad field '%s'\n", path, lineno,
					        tok);
					bad = 1;
					continue;
				}
				*eq++ = '\0';
				if (!strcmp(tok, "value")) {
					r = parse_num(eq, &x->value);
					x->has_value = r == 1;
					vset = 1;
				} else if (!strcmp(tok, "low")) {
					r = parse_num(eq, &x->low);
					x->has_low = r == 1;
					lset = 1;
				} else if (!strcmp(tok, "high")) {
					r = parse_num(eq, &x->high);
					x->has_high = r == 1;
					hset = 1;
				} else if (!strcmp(tok, "unit")) {
					snprintf(x->unit, sizeof x->unit, "%s", eq);
				} else {
					r = -1;
				}
				if (r < 0) {
					fprintf(stderr, "%s:%d: bad field '%s=%s'\n", path, lineno,
					        tok, eq);
					bad = 1;
				}
			}
			if (vset && x->has_value && !lset && !hset) {
				x->low = x->high = x->value;
				x->has_low = x->has_high = 1;
			}
		}
		n++;
	}
	free(buf);
	if (bad) {
		free(g);
		return -1;
	}
	*out = g;
	return n;
}

static int kind_of(const xc_claim *c)
{
	return c->kind <= XC_KIND_QUANTITY ? (int)c->kind : -1;
}

static int same_num(int ha, double a, int hb, double b)
{
	if (ha != hb)
		return 0;
	return !ha || fabs(a - b) <= 1e-9 * fmax(1, fmax(fabs(a), fabs(b)));
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	const char *dir;
	int verbose = 0, i, bad = 0, ndocs = 0;
	long tp[NK] = { 0 }, np[NK] = { 0 }, ng[NK] = { 0 };
	long fields_ok = 0, exact = 0, matched = 0, nnone = 0, violated = 0;
	long seen = 0, claimed = 0;
	xc_ruleset *rs = NULL;
	xc_extractor *x = NULL;
	xc_diags *d = NULL;
	char rules[4096];
	const char *dirs[1];
	DIR *dd;
	struct dirent *e;
	char **names = NULL;
	size_t nn = 0;

	if (argc > 1 && !strcmp(argv[1], "-v")) {
		verbose = 1;
		argv++;
		argc--;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: xc-eval [-v] CORPUS_DIR\n");
		return 2;
	}
	dir = argv[1];
	snprintf(rules, sizeof rules, "%s/../rules", dir);
	dirs[0] = getenv("CROSSCHECK_RULES") ? getenv("CROSSCHECK_RULES") : rules;
	xc_diags_new(&d);
	if (xc_ruleset_load(dirs, 1, d, &rs)) {
		size_t k;
		for (k = 0; k < xc_diags_count(d); k++)
			fprintf(stderr, "%s\n", xc_diags_get(d, k));
		return 1;
	}
	xc_diags_free(d);
	xc_extractor_new(rs, &x);
	dd = opendir(dir);
	if (!dd) {
		fprintf(stderr, "xc-eval: cannot open %s\n", dir);
		return 1;
	}
	while ((e = readdir(dd))) {
		size_t l = strlen(e->d_name);
		if (l > 3 && (!strcmp(e->d_name + l - 3, ".md") ||
		              (l > 4 && !strcmp(e->d_name + l - 4, ".txt"))) &&
		    strcmp(e->d_name, "README.md")) {
			names = realloc(names, (nn + 1) * sizeof *names);
			names[nn++] = strdup(e->d_name);
		}
	}
	closedir(dd);
	qsort(names, nn, sizeof *names, cmpstr);
	for (i = 0; i < (int)nn; i++) {
		char path[4096], gpath[4096], stem[1024];
		size_t len, n, k;
		char *doc;
		const xc_claim *cl;
		gold *g = NULL;
		int ngold, j;

		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		snprintf(stem, sizeof stem, "%s", names[i]);
		*strrchr(stem, '.') = '\0';
		snprintf(gpath, sizeof gpath, "%s/gold/%s.gold", dir, stem);
		doc = slurp(path, &len);
		if (!doc) {
			fprintf(stderr, "xc-eval: cannot read %s\n", path);
			bad = 1;
			continue;
		}
		ngold = load_gold(gpath, doc, len, &g);
		if (ngold < 0) {
			bad = 1;
			free(doc);
			continue;
		}
		ndocs++;
		xc_extract(x, doc, len, &cl, &n);
		seen += (long)xc_extractor_stats(x)->numbers;
		claimed += (long)xc_extractor_stats(x)->claims;
		for (j = 0; j < ngold; j++) {
			if (g[j].kind >= 0)
				ng[g[j].kind]++;
			else
				nnone++;
		}
		for (k = 0; k < n; k++) {
			int pk = kind_of(&cl[k]), hit = -1, viol = 0;
			if (pk < 0)
				continue;
			np[pk]++;
			for (j = 0; j < ngold; j++) {
				if (cl[k].start >= g[j].end || g[j].start >= cl[k].end)
					continue;
				if (g[j].kind == -1)
					viol = 1;
				else if (g[j].kind == pk && !g[j].used && hit < 0)
					hit = j;
			}
			if (viol) {
				violated++;
				if (verbose)
					printf("NOTCLAIM %s:%zu-%zu %s \"%.*s\" [%s]\n", names[i],
					       cl[k].start, cl[k].end, kinds[pk],
					       (int)(cl[k].end - cl[k].start), doc + cl[k].start,
					       cl[k].rule);
			}
			if (hit < 0) {
				if (verbose && !viol)
					printf("FP %s:%zu-%zu %s \"%.*s\" [%s]\n", names[i],
					       cl[k].start, cl[k].end, kinds[pk],
					       (int)(cl[k].end - cl[k].start), doc + cl[k].start,
					       cl[k].rule);
				continue;
			}
			g[hit].used = 1;
			tp[pk]++;
			matched++;
			if (cl[k].start == g[hit].start && cl[k].end == g[hit].end)
				exact++;
			else if (verbose)
				printf("SPAN %s:%zu-%zu \"%.*s\" gold \"%s\"\n", names[i],
				       cl[k].start, cl[k].end, (int)(cl[k].end - cl[k].start),
				       doc + cl[k].start, g[hit].text);
			if (same_num(cl[k].has_value, cl[k].value, g[hit].has_value,
			             g[hit].value) &&
			    same_num(cl[k].has_low, cl[k].low, g[hit].has_low, g[hit].low) &&
			    same_num(cl[k].has_high, cl[k].high, g[hit].has_high,
			             g[hit].high) &&
			    !strcmp(cl[k].unit, g[hit].unit) &&
			    (int)cl[k].approx == g[hit].approx)
				fields_ok++;
			else if (verbose)
				printf("FIELDS %s:%zu \"%s\" got value=%.15g low=%s%.15g "
				       "high=%s%.15g unit=%s approx=%d\n", names[i],
				       cl[k].start, g[hit].text, cl[k].value,
				       cl[k].has_low ? "" : "null/", cl[k].low,
				       cl[k].has_high ? "" : "null/", cl[k].high, cl[k].unit,
				       cl[k].approx);
		}
		if (verbose)
			for (j = 0; j < ngold; j++)
				if (g[j].kind >= 0 && !g[j].used)
					printf("FN %s:%zu-%zu %s \"%s\"\n", names[i], g[j].start,
					       g[j].end, kinds[g[j].kind], g[j].text);
		free(g);
		free(doc);
	}
	{
		long TP = 0, NP = 0, NG = 0;
		printf("extraction vs %s/gold: %d documents\n", dir, ndocs);
		printf("%-10s %6s %6s %6s %9s %7s %6s\n", "kind", "gold", "pred", "tp",
		       "precision", "recall", "f1");
		for (i = 0; i <= NK; i++) {
			long t = i < NK ? tp[i] : TP, p = i < NK ? np[i] : NP,
			     gg = i < NK ? ng[i] : NG;
			double P = p ? (double)t / (double)p : 0,
			       R = gg ? (double)t / (double)gg : 0,
			       F = P + R > 0 ? 2 * P * R / (P + R) : 0;
			if (i < NK) {
				TP += tp[i];
				NP += np[i];
				NG += ng[i];
			}
			printf("%-10s %6ld %6ld %6ld %9.3f %7.3f %6.3f\n",
			       i < NK ? kinds[i] : "overall", gg, p, t, P, R, F);
		}
		printf("fields correct on matched claims: %ld/%ld (%.1f%%)\n",
		       fields_ok, matched, matched ? 100.0 * fields_ok / matched : 0);
		printf("exact spans on matched claims:    %ld/%ld (%.1f%%)\n", exact,
		       matched, matched ? 100.0 * exact / matched : 0);
		printf("not-claim spans: %ld annotated, %ld claims made on them\n",
		       nnone, violated);
		printf("coverage: %ld numeric spans seen, %ld became claims\n", seen,
		       claimed);
	}
	for (i = 0; i < (int)nn; i++)
		free(names[i]);
	free(names);
	xc_extractor_free(x);
	xc_ruleset_free(rs);
	return bad;
}
