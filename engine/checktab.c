/*
** checktab.c -- the reconciler's tables, data in each rules directory:
** check/rates.tsv (USD per unit of a currency, by year), check/units.tsv
** (unit conversions) and check/tolerances.tsv (approx and exchange-rate
** tolerances and severity thresholds per metric).  Broken rows are
** reported as path:line:col: message.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static char *slurp_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0;

	if (!f)
		return NULL;
	for (;;) {
		size_t r;
		if (n + 4096 + 1 > cap) {
			char *nb = realloc(buf, cap = cap * 2 + 8192);
			if (!nb) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
		if (r == 0)
			break;
	}
	fclose(f);
	buf[n] = 0;
	*len = n;
	return buf;
}

/* Split a line at tabs into at most max fields (NUL-terminating them). */
static size_t fields(char *line, char **f, size_t max)
{
	size_t n = 0;
	char *p = line;

	while (n < max) {
		char *t = strchr(p, '\t');
		f[n++] = p;
		if (!t)
			break;
		*t = 0;
		p = t + 1;
	}
	return n;
}

static bool num_field(const char *s, double *v)
{
	char *e;
	*v = strtod(s, &e);
	return e != s && *e == 0 && isfinite(*v);
}

xc_status xc_ck_load_table(xc_check *c, const char *dir, const char *name,
                            xc_diags *d, size_t *errors)
{
	char path[4096];
	size_t len, line = 0;
	char *buf, *p, *next;

	snprintf(path, sizeof path, "%s/check/%s", dir, name);
	buf = slurp_file(path, &len);
	if (!buf)
		return XC_OK; /* a rules directory need not have tables */
	for (p = buf; p && *p; p = next) {
		char *f[8];
		size_t nf;
		double v[5];
		next = strchr(p, '\n');
		if (next)
			*next++ = 0;
		line++;
		if (*p == '#' || *p == 0)
			continue;
		if (p[strlen(p) - 1] == '\r')
			p[strlen(p) - 1] = 0;
		nf = fields(p, f, 8);
		if (!strcmp(name, "rates.tsv")) {
			rate *r;
			if (nf != 3 || !num_field(f[1], &v[0]) || !num_field(f[2], &v[1]) ||
			    v[1] <= 0 || strlen(f[0]) >= sizeof r->code) {
				xc_diag_add(d, "%s:%zu:1: expected CODE<TAB>YEAR<TAB>USD "
				            "with a positive rate", path, line);
				(*errors)++;
				continue;
			}
			if (xc_grow(&c->rates, &c->caprates, c->nrates, sizeof *r, 64))
				goto nomem;
			r = &c->rates[c->nrates++];
			strcpy(r->code, f[0]);
			r->year = (int)v[0];
			r->usd = v[1];
		} else if (!strcmp(name, "units.tsv")) {
			uconv *u;
			if (nf != 3 || !num_field(f[2], &v[0]) || v[0] <= 0 ||
			    strlen(f[0]) >= sizeof u->from || strlen(f[1]) >= sizeof u->to) {
				xc_diag_add(d, "%s:%zu:1: expected FROM<TAB>TO<TAB>FACTOR",
				            path, line);
				(*errors)++;
				continue;
			}
			if (xc_grow(&c->uc, &c->capuc, c->nuc, sizeof *u, 32))
				goto nomem;
			u = &c->uc[c->nuc++];
			strcpy(u->from, f[0]);
			strcpy(u->to, f[1]);
			u->factor = v[0];
		} else if (!strcmp(name, "match.tsv")) {
			if (xc_ck_match_row(c, f, nf)) {
				xc_diag_add(d, "%s:%zu:1: expected param<TAB>NAME<TAB>VALUE "
				            "or FIELD<TAB>LEVEL<TAB>M<TAB>U (known names, "
				            "0 < m, u <= 1)", path, line);
				(*errors)++;
			}
		} else {
			tol *t;
			size_t k;
			bool ok = (nf == 5 || nf == 6) && strlen(f[0]) < sizeof t->metric;
			v[4] = 0;
			for (k = 0; ok && k + 1 < nf; k++)
				ok = num_field(f[k + 1], &v[k]) && v[k] >= 0;
			if (!ok || v[2] > v[3]) {
				xc_diag_add(d, "%s:%zu:1: expected METRIC<TAB>APPROX<TAB>"
				            "CONVERSION<TAB>MEDIUM<TAB>HIGH[<TAB>DIGITS] "
				            "(non-negative, medium <= high)", path, line);
				(*errors)++;
				continue;
			}
			if (xc_grow(&c->tols, &c->captols, c->ntols, sizeof *t, 16))
				goto nomem;
			t = &c->tols[c->ntols++];
			strcpy(t->metric, f[0]);
			t->approx = v[0];
			t->conv = v[1];
			t->medium = v[2];
			t->high = v[3];
			t->approx_digits = v[4];
		}
	}
	free(buf);
	return XC_OK;
nomem:
	free(buf);
	return XC_ENOMEM;
}

/* One row of match.tsv; nonzero when it is not one. */
int xc_ck_match_row(xc_check *c, char **f, size_t nf)
{
	double v, m, u;
	int fi, lv;

	if (nf == 3 && !strcmp(f[0], "param") && num_field(f[2], &v)) {
		mparams *p = &c->mp;
		if (!strcmp(f[1], "prior"))
			p->prior = v;
		else if (!strcmp(f[1], "possible"))
			p->possible = v;
		else if (!strcmp(f[1], "threshold"))
			p->threshold = v;
		else if (!strcmp(f[1], "high"))
			p->high = v;
		else if (!strcmp(f[1], "story.threshold"))
			p->story.threshold = v;
		else if (!strcmp(f[1], "story.window_days") && v >= 0 && v < 1e5)
			p->story.window_days = (int)v;
		else if (!strcmp(f[1], "story.name_weight"))
			p->story.name_weight = v;
		else if (!strcmp(f[1], "story.word_weight"))
			p->story.word_weight = v;
		else if (!strcmp(f[1], "story.number_weight"))
			p->story.number_weight = v;
		else
			return 1;
		return 0;
	}
	if (nf == 2 && !strcmp(f[0], "group")) {
		/* group<TAB>field,field,...: evidence that repeats itself */
		int g = 1, k, any = 0;
		char *p = f[1];
		for (k = 0; k < XC_F_N; k++)
			if (c->mp.group[k] >= g)
				g = c->mp.group[k] + 1;
		while (*p) {
			size_t n = strcspn(p, ",");
			char name[32];
			if (!n || n >= sizeof name)
				return 1;
			memcpy(name, p, n);
			name[n] = 0;
			for (k = 0; k < XC_F_N; k++)
				if (!strcmp(xc_ck_feature_name(k), name))
					break;
			if (k == XC_F_N || c->mp.group[k])
				return 1;
			c->mp.group[k] = g;
			any = 1;
			p += n;
			if (*p == ',')
				p++;
		}
		return any ? 0 : 1;
	}
	if (nf != 4 || !num_field(f[2], &m) || !num_field(f[3], &u) ||
	    m <= 0 || u <= 0 || m > 1 || u > 1 ||
	    (fi = xc_ck_feature(f[0], f[1], &lv)) < 0)
		return 1;
	c->mp.w[fi][lv] = log2(m / u);
	return 0;
}

xc_status xc_story_params_load(const char *const *dirs, size_t ndirs,
                               xc_diags *diags, xc_story_params *out)
{
	xc_check *c = calloc(1, sizeof *c);
	size_t i, errors = 0;
	xc_status st = XC_OK;

	if (!c)
		return XC_ENOMEM;
	xc_ck_match_defaults(&c->mp);
	for (i = 0; i < ndirs && !st; i++)
		st = xc_ck_load_table(c, dirs[i], "match.tsv", diags, &errors);
	if (!st && errors)
		st = XC_ERULES;
	*out = c->mp.story;
	xc_check_free(c);
	return st;
}

void xc_ck_match_defaults(mparams *p)
{
	memset(p, 0, sizeof *p);
	p->prior = -4;
	p->possible = 0;
	p->threshold = 3;
	p->high = 8;
	p->story.threshold = 0.2;
	p->story.window_days = 14;
	p->story.name_weight = 3;
	p->story.word_weight = 1;
	p->story.number_weight = 1;
}

const tol *xc_ck_tol_for(const xc_check *c, const char *metric)
{
	static const tol def = { "*", 0.05, 0.03, 0.05, 0.20, 10 };
	const tol *star = &def;
	size_t i;

	/* later directories override earlier ones */
	for (i = c->ntols; i-- > 0;) {
		if (!strcmp(c->tols[i].metric, metric))
			return &c->tols[i];
		if (star == &def && !strcmp(c->tols[i].metric, "*"))
			star = &c->tols[i];
	}
	return star;
}

/* USD per unit of code in year (nearest year listed); 0 when unknown. */
double xc_ck_usd_rate(const xc_check *c, const char *code, int year,
                       int *year_used)
{
	double best = 0;
	int bd = 1 << 30;
	size_t i;

	for (i = c->nrates; i-- > 0;) {
		int d = abs(c->rates[i].year - year);
		if (strcmp(c->rates[i].code, code))
			continue;
		if (d < bd) {
			bd = d;
			best = c->rates[i].usd;
			*year_used = c->rates[i].year;
		}
	}
	return best;
}

