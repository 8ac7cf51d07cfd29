/*
** ruletest.c -- running the expect/reject examples written next to each
** rule.  An example is extracted with the WHOLE ruleset (so rules are
** tested as they compete in real use); an "expect" passes when some claim
** made by that rule has every field the example lists, a "reject" passes
** when the rule makes no claim at all.  Failures become diagnostics at the
** example's line.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void describe(const xc_claim *c, const char *text, char *out,
                     size_t cap)
{
	char v[32] = "null", lo[32] = "null", hi[32] = "null";

	if (c->has_value)
		snprintf(v, sizeof v, "%.15g", c->value);
	if (c->has_low)
		snprintf(lo, sizeof lo, "%.15g", c->low);
	if (c->has_high)
		snprintf(hi, sizeof hi, "%.15g", c->high);
	snprintf(out, cap,
	         "text=\"%.*s\" kind=%s value=%s low=%s high=%s unit=%s "
	         "approx=%s precision=%.15g",
	         (int)(c->end - c->start), text + c->start, xc_kind_name(c->kind),
	         v, lo, hi, c->unit, c->approx ? "true" : "false", c->precision);
}

static bool num_field(const char *want, bool has, double got)
{
	char *end;
	double w;

	if (!strcmp(want, "null"))
		return !has;
	w = strtod(want, &end);
	if (*end || end == want)
		return false;
	return has && xc_close(w, got);
}

/* Check one "key=value" against c; *bad is set for unknown keys. */
static bool field_ok(const xc_claim *c, const char *text, const char *k,
                     size_t kl, const char *v, bool *bad)
{
#define K(s) (kl == sizeof(s) - 1 && !memcmp(k, s, kl))
	if (K("value"))
		return num_field(v, c->has_value, c->value);
	if (K("low"))
		return num_field(v, c->has_low, c->low);
	if (K("high"))
		return num_field(v, c->has_high, c->high);
	if (K("precision"))
		return num_field(v, true, c->precision);
	if (K("unit"))
		return !strcmp(v, c->unit);
	if (K("ref"))
		return !strcmp(v, c->ref);
	if (K("kind"))
		return !strcmp(v, xc_kind_name(c->kind));
	if (K("hedge"))
		return !strcmp(v, c->hedge ? c->hedge : "none");
	if (K("approx"))
		return !strcmp(v, c->approx ? "true" : "false");
	if (K("pair"))
		return !strcmp(v, c->pair >= 0 ? "true" : "false");
	if (K("text"))
		return strlen(v) == c->end - c->start &&
		       !memcmp(v, text + c->start, c->end - c->start);
#undef K
	*bad = true;
	return false;
}

/* Does c satisfy every field of the list?  Sets *bad on a syntax error. */
static bool fields_ok(const xc_claim *c, const char *text, const char *f,
                      bool *bad, char *badkey, size_t cap)
{
	const char *p = f;

	while (*p) {
		const char *k, *eq, *v;
		char val[512];
		size_t vl = 0;

		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		k = p;
		eq = strchr(k, '=');
		if (!eq) {
			*bad = true;
			snprintf(badkey, cap, "%s", k);
			return false;
		}
		v = eq + 1;
		if (*v == '"') {
			v++;
			while (v[vl] && v[vl] != '"')
				vl++;
			p = v + vl + (v[vl] == '"');
		} else {
			while (v[vl] && v[vl] != ' ' && v[vl] != '\t')
				vl++;
			p = v + vl;
		}
		if (vl >= sizeof val)
			vl = sizeof val - 1;
		memcpy(val, v, vl);
		val[vl] = '\0';
		if (!field_ok(c, text, k, (size_t)(eq - k), val, bad)) {
			if (*bad)
				snprintf(badkey, cap, "%.*s", (int)(eq - k), k);
			return false;
		}
	}
	return true;
}

/* A citation example: "source=..." and "text=..." are the fields. */
static void test_citation(xc_extractor *x, const xc_rule *r,
                          const xc_example *e, xc_diags *diags, size_t *passed,
                          size_t *failed)
{
	size_t n, k;
	const xc_citation *c = xc_extractor_citations(x, &n);
	const xc_citation *mine = NULL;
	char want[256] = "";
	const char *f = e->fields ? strstr(e->fields, "source=") : NULL;

	if (f) {
		const char *v = f + 7;
		size_t l;
		if (*v == '"') {
			v++;
			l = strcspn(v, "\"");
		} else {
			l = strcspn(v, " \t");
		}
		snprintf(want, sizeof want, "%.*s", (int)l, v);
	}
	for (k = 0; k < n; k++)
		if (c[k].rule == r->id && (!mine || (want[0] &&
		                                     !strcmp(c[k].source, want))))
			mine = &c[k];
	if (e->reject ? mine == NULL
	              : (mine && (!want[0] || !strcmp(mine->source, want)))) {
		(*passed)++;
		return;
	}
	(*failed)++;
	if (e->reject)
		xc_diag_add(diags, "%s:%d:1: citation rule '%s' should not match "
		            "\"%s\" but found \"%s\"", r->path, e->line, r->id, e->text,
		            mine->source);
	else if (!mine)
		xc_diag_add(diags, "%s:%d:1: citation rule '%s' found nothing in "
		            "\"%s\" (citations are looked for only in sentences "
		            "with claims)", r->path, e->line, r->id, e->text);
	else
		xc_diag_add(diags, "%s:%d:1: citation rule '%s' on \"%s\": want "
		            "source \"%s\", got \"%s\"", r->path, e->line, r->id,
		            e->text, want, mine->source);
}

xc_status xc_ruleset_test(const xc_ruleset *rs, xc_diags *diags,
                          size_t *passed, size_t *failed)
{
	xc_extractor *x;
	size_t i, j, k;
	xc_status st;

	*passed = *failed = 0;
	if ((st = xc_extractor_new(rs, &x)))
		return st;
	xc_extractor_want_citations(x, 1);
	for (i = 0; i < rs->nrules; i++) {
		const xc_rule *r = &rs->rules[i];
		for (j = 0; j < r->nex; j++) {
			const xc_example *e = &r->ex[j];
			const xc_claim *cl;
			size_t n, mine = 0;
			bool ok = false, bad = false;
			char badkey[64] = "";
			const xc_claim *first = NULL;

			st = xc_extract(x, e->text, strlen(e->text), &cl, &n);
			if (st) {
				xc_extractor_free(x);
				return st;
			}
			if (r->citation) {
				test_citation(x, r, e, diags, passed, failed);
				continue;
			}
			for (k = 0; k < n; k++) {
				if (cl[k].rule != r->id)
					continue;
				mine++;
				if (!first)
					first = &cl[k];
				if (e->reject)
					continue;
				if (!e->fields || fields_ok(&cl[k], e->text, e->fields, &bad,
				                            badkey, sizeof badkey)) {
					ok = true;
					break;
				}
				if (bad)
					break;
			}
			if (e->reject)
				ok = mine == 0;
			if (ok) {
				(*passed)++;
				continue;
			}
			(*failed)++;
			if (bad) {
				xc_diag_add(diags, "%s:%d:1: rule '%s': bad expected field "
				            "'%s'", r->path, e->line, r->id, badkey);
			} else if (e->reject) {
				char got[512];
				describe(first, e->text, got, sizeof got);
				xc_diag_add(diags, "%s:%d:1: rule '%s' should not match "
				            "\"%s\" but made %s", r->path, e->line, r->id,
				            e->text, got);
			} else if (!first) {
				/* say which rule won instead, if any */
				const char *other = NULL;
				for (k = 0; k < n && !other; k++)
					if (cl[k].kind != XC_KIND_NUMBER)
						other = cl[k].rule;
				xc_diag_add(diags, "%s:%d:1: rule '%s' made no claim in "
				            "\"%s\"%s%s", r->path, e->line, r->id, e->text,
				            other ? "; it went to rule " : "",
				            other ? other : "");
			} else {
				char got[512];
				describe(first, e->text, got, sizeof got);
				xc_diag_add(diags, "%s:%d:1: rule '%s' on \"%s\": want %s, "
				            "got %s", r->path, e->line, r->id, e->text,
				            e->fields, got);
			}
		}
	}
	xc_extractor_free(x);
	return XC_OK;
}
