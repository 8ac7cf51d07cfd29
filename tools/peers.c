/*
** peers.c -- `make peers`: run other numeric extractors' public test
** suites through crosscheck and print pass rates per file.
**
** Reads, at run time and never copied into the repository:
**   PEERS/recognizers-text/specs/NAME.json  (Microsoft Recognizers-Text, MIT)
**   PEERS/duckling/NAME.en.jsonl            (Duckling corpora, BSD-3)
** Only the cases within crosscheck's claim kinds are run: numbers,
** percentages, currency, number ranges and measured quantities.
**
** A case passes when every expected figure is found: a span (any kind but
** an exclusion; with `extract --all` semantics) that overlaps the expected
** text where the suite gives offsets, with the same value (or the same low
** and high for ranges), the same kind for percent/currency/quantity files,
** and for currency the same ISO code when the suite's unit name maps to
** one.  A case expecting nothing passes when nothing is found.
**
** Usage: xc-peers [-v] PEERS_DIR   (-v lists failing cases; exit 0 even
** when cases fail, 2 on usage)
*/
#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crosscheck.h"

enum want { W_ANY, W_PERCENT, W_MONEY, W_QUANTITY, W_RANGE };

typedef struct tally {
	const char *name;
	int run, pass;
} tally;

static xc_extractor *X;
static int verbose;

static void show_fail(const char *suite, const char *text)
{
	if (verbose)
		printf("FAIL %s: %s\n", suite, text);
}

static int close_to(double a, double b)
{
	return fabs(a - b) <= 1e-6 * fmax(1, fmax(fabs(a), fabs(b)));
}

static const char *iso(const char *unit)
{
	static const struct {
		const char *name, *code;
	} m[] = {
		{ "Dollar", "USD" }, { "United States dollar", "USD" },
		{ "Euro", "EUR" }, { "Chinese yuan", "CNY" }, { "Pound", "GBP" },
		{ "British pound", "GBP" }, { "Canadian dollar", "CAD" },
		{ "Japanese yen", "JPY" }, { "Australian dollar", "AUD" },
		{ "Rupee", "INR" }, { "Indian rupee", "INR" },
		{ "Singapore dollar", "SGD" }, { "Hong Kong dollar", "HKD" },
		{ "Swiss franc", "CHF" }, { "South Korean won", "KRW" },
		{ "USD", "USD" }, { "EUR", "EUR" }, { "GBP", "GBP" }, { "INR", "INR" },
		{ "CAD", "CAD" }, { "AUD", "AUD" }, { "JPY", "JPY" }, { "CNY", "CNY" },
		{ "SGD", "SGD" }, { "NZD", "NZD" }, { "KRW", "KRW" }, { "CHF", "CHF" },
		{ "\xE2\x82\xAC", "EUR" }, { "\xC2\xA3", "GBP" },
	};
	size_t i;

	for (i = 0; unit && i < sizeof m / sizeof m[0]; i++)
		if (!strcmp(unit, m[i].name))
			return m[i].code;
	return NULL;
}

static int kind_ok(const xc_claim *c, enum want w)
{
	switch (w) {
	case W_PERCENT: return c->kind == XC_KIND_PERCENT;
	case W_MONEY: return c->kind == XC_KIND_MONEY;
	case W_QUANTITY: return c->kind == XC_KIND_QUANTITY ||
	                        c->kind == XC_KIND_COUNT;
	default: return c->kind != XC_KIND_EXCLUDED;
	}
}

/* Is an expected figure found?  start/end < 0 when the suite gives none.
** has_lo/has_hi describe a range; otherwise value is a point. */
static int found(const xc_claim *c, size_t n, long start, long end,
                 enum want w, double value, int has_value, int has_lo,
                 double lo, int has_hi, double hi, const char *code)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const xc_claim *k = &c[i];
		if (!kind_ok(k, w))
			continue;
		if (start >= 0 && ((long)k->start > end || (long)k->end <= start))
			continue;
		if (code && strcmp(code, k->unit))
			continue;
		if (has_lo || has_hi) {
			if (has_lo && !(k->has_low && close_to(k->low, lo)))
				continue;
			if (has_hi && !(k->has_high && close_to(k->high, hi)))
				continue;
			return 1;
		}
		if (!has_value)
			return 1;
		if (k->has_value && close_to(k->value, value))
			return 1;
		/* a hedged point still states its figure as a bound */
		if (!k->has_value && ((k->has_low && close_to(k->low, value)) ||
		                      (k->has_high && close_to(k->high, value))))
			return 1;
	}
	return 0;
}

/* Figures of the suite's kind: a currency suite expecting nothing is not
** failed by a plain number, nor a range suite by a point. */
static size_t figures(const xc_claim *c, size_t n, enum want w)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (kind_ok(&c[i], w) &&
		    (w != W_RANGE || (c[i].has_low && c[i].has_high && !c[i].has_value)))
			k++;
	return k;
}

/* Suites give amounts in minor units ("50 cents" = 50 Cent); crosscheck
** states them in the major unit (USD 0.50).  Returns the major currency
** and sets *scale, or NULL for other units. */
static const char *minor_unit(const char *unit, double *scale)
{
	static const struct {
		const char *name, *code;
	} m[] = { { "Cent", "USD" }, { "cent", "USD" }, { "Pence", "GBP" },
	          { "pence", "GBP" }, { "Penny", "GBP" }, { "penny", "GBP" },
	          { "\xC2\xA2", "USD" }, { "c", "USD" }, { "p", "GBP" } };
	size_t i;

	for (i = 0; unit && i < sizeof m / sizeof m[0]; i++)
		if (!strcmp(unit, m[i].name)) {
			*scale = 0.01;
			return m[i].code;
		}
	return NULL;
}

/* The suite counts offsets in UTF-16 code units (.NET strings); claims
** are in bytes.  The byte offset of code unit u of UTF-8 text s. */
static long byte_offset(const char *s, long u)
{
	long b = 0, k = 0;

	while (s[b] && k < u) {
		unsigned char c = (unsigned char)s[b];
		int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		k += len == 4 ? 2 : 1;
		while (len-- && s[b])
			b++;
	}
	return b;
}

/* "(20,35]" -> lo/hi; an empty side is unbounded */
static void parse_range(const char *v, int *hl, double *lo, int *hh,
                        double *hi)
{
	const char *comma = strchr(v, ',');
	char *end;

	*hl = *hh = 0;
	if (!comma)
		return;
	*lo = strtod(v + 1, &end);
	*hl = end != v + 1;
	*hi = strtod(comma + 1, &end);
	*hh = end != comma + 1;
}

typedef struct json_object jv;

static jv *get(jv *o, const char *k)
{
	jv *v = NULL;

	if (!o || !json_object_is_type(o, json_type_object) ||
	    !json_object_object_get_ex(o, k, &v))
		return NULL;
	return v;
}

static const char *str(jv *v)
{
	return v && json_object_is_type(v, json_type_string)
	           ? json_object_get_string(v) : NULL;
}

static double num_of(jv *j, int *ok)
{
	*ok = 1;
	if (j && (json_object_is_type(j, json_type_int) ||
	          json_object_is_type(j, json_type_double)))
		return json_object_get_double(j);
	if (str(j)) {
		char *end;
		const char *s = str(j);
		double v = strtod(s, &end);
		if (end != s && (*end == '\0' || *end == '%'))
			return v;
	}
	*ok = 0;
	return 0;
}

static void run_recognizers(const char *path, enum want w, tally *t)
{
	jv *root = json_object_from_file(path);
	size_t i, ncases;

	if (!root || !json_object_is_type(root, json_type_array)) {
		printf("%-40s  (not found: %s)\n", t->name, path);
		json_object_put(root);
		return;
	}
	ncases = json_object_array_length(root);
	for (i = 0; i < ncases; i++) {
		jv *c = json_object_array_get_idx(root, i);
		const char *in = str(get(c, "Input"));
		jv *res = get(c, "Results");
		const xc_claim *cl;
		size_t n, k, nres;
		int ok = 1;

		if (!in || !res || !json_object_is_type(res, json_type_array))
			continue;
		nres = json_object_array_length(res);
		if (xc_extract(X, in, strlen(in), &cl, &n))
			continue;
		t->run++;
		if (nres == 0) {
			if (figures(cl, n, w) == 0)
				t->pass++;
			else
				show_fail(t->name, in);
			continue;
		}
		for (k = 0; k < nres; k++) {
			jv *r = json_object_array_get_idx(res, k);
			jv *rs = get(r, "Resolution");
			long st = byte_offset(in, (long)json_object_get_int64(get(r, "Start")));
			long en = byte_offset(in, (long)json_object_get_int64(get(r, "End")));
			int has_v = 0, hl = 0, hh = 0;
			double v = 0, lo = 0, hi = 0;
			const char *code = NULL;
			jv *val = get(rs, "value");
			if (w == W_RANGE && str(val)) {
				parse_range(str(val), &hl, &lo, &hh, &hi);
			} else if (val) {
				v = num_of(val, &has_v);
			}
			if (w == W_MONEY && rs) {
				const char *u = str(get(rs, "unit"));
				double sc = 1;
				code = minor_unit(u, &sc);
				if (code)
					v *= sc;
				else
					code = iso(u);
			}
			if (!found(cl, n, st, en, w, v, has_v, hl, lo, hh, hi, code)) {
				ok = 0;
				break;
			}
		}
		t->pass += ok;
		if (!ok)
			show_fail(t->name, in);
	}
	json_object_put(root);
}

static void run_duckling(const char *path, enum want w, tally *t)
{
	FILE *f = fopen(path, "r");
	char line[8192];

	if (!f) {
		printf("%-40s  (not found: %s)\n", t->name, path);
		return;
	}
	while (fgets(line, sizeof line, f)) {
		jv *row = json_tokener_parse(line);
		const char *text, *set, *kind, *unit, *locale;
		const xc_claim *cl;
		size_t n;
		int ok, has_v = 0, hl = 0, hh = 0;
		double v = 0, lo = 0, hi = 0;
		const char *code = NULL;

		if (!row)
			continue;
		text = str(get(row, "text"));
		set = str(get(row, "set"));
		kind = str(get(row, "kind"));
		unit = str(get(row, "unit"));
		locale = str(get(row, "locale"));
		if (!text || !set || !strcmp(set, "latent") ||
		    xc_extract(X, text, strlen(text), &cl, &n)) {
			json_object_put(row);
			continue; /* latent rows are bare numbers: not claims */
		}
		t->run++;
		if (!strcmp(set, "negative")) {
			size_t i;
			ok = 1;
			for (i = 0; i < n; i++)
				if (kind_ok(&cl[i], w) && cl[i].kind != XC_KIND_NUMBER)
					ok = 0;
			t->pass += ok;
			if (!ok)
				show_fail(t->name, text);
			json_object_put(row);
			continue;
		}
		if (kind && !strcmp(kind, "interval")) {
			jv *from = get(row, "from");
			jv *to = get(row, "to");
			if (from)
				lo = num_of(from, &hl);
			if (to)
				hi = num_of(to, &hh);
		} else {
			v = num_of(get(row, "value"), &has_v);
		}
		if (w == W_MONEY && unit) {
			double sc = 1;
			if ((code = minor_unit(unit, &sc))) {
				v *= sc;
				lo *= sc;
				hi *= sc;
			} else if (locale && !strcmp(locale, "EN")) {
				code = !strcmp(unit, "$") ? "USD" : iso(unit);
			}
		}
		ok = found(cl, n, -1, -1, w, v, has_v, hl, lo, hh, hi, code);
		t->pass += ok;
		if (!ok)
			show_fail(t->name, text);
		json_object_put(row);
	}
	fclose(f);
}

int main(int argc, char **argv)
{
	static const struct {
		const char *file, *group;
		int duck;
		enum want w;
	} suites[] = {
		{ "recognizers-text/specs/NumberModel.json", "numbers", 0, W_ANY },
		{ "recognizers-text/specs/PercentModel.json", "percents", 0, W_PERCENT },
		{ "recognizers-text/specs/CurrencyModel.json", "money", 0, W_MONEY },
		{ "recognizers-text/specs/NumberRangeModel.json", "ranges", 0, W_RANGE },
		{ "recognizers-text/specs/DimensionModel.json", "quantities", 0,
		  W_QUANTITY },
		{ "recognizers-text/specs/TemperatureModel.json", "quantities", 0,
		  W_QUANTITY },
		{ "duckling/numeral.en.jsonl", "numbers", 1, W_ANY },
		{ "duckling/amount_of_money.en.jsonl", "money", 1, W_MONEY },
		{ "duckling/quantity.en.jsonl", "quantities", 1, W_QUANTITY },
		{ "duckling/distance.en.jsonl", "quantities", 1, W_QUANTITY },
		{ "duckling/volume.en.jsonl", "quantities", 1, W_QUANTITY },
		{ "duckling/temperature.en.jsonl", "quantities", 1, W_QUANTITY },
	};
	static const char *const groups[] = { "numbers", "percents", "money",
	                                      "ranges", "quantities" };
	const char *rules = getenv("CROSSCHECK_RULES");
	const char *dirs[1];
	xc_ruleset *rs;
	size_t i, g;

	if (argc > 1 && !strcmp(argv[1], "-v")) {
		verbose = 1;
		argv++;
		argc--;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: xc-peers [-v] PEERS_DIR\n");
		return 2;
	}
	dirs[0] = rules ? rules : "rules";
	if (xc_ruleset_load(dirs, 1, NULL, &rs) || xc_extractor_new(rs, &X)) {
		fprintf(stderr, "xc-peers: cannot load rules from %s\n", dirs[0]);
		return 1;
	}
	printf("%-42s %6s %6s %7s\n", "suite file", "cases", "passed", "rate");
	{
		tally t[sizeof suites / sizeof suites[0]];
		for (i = 0; i < sizeof suites / sizeof suites[0]; i++) {
			char path[4096];
			snprintf(path, sizeof path, "%s/%s", argv[1], suites[i].file);
			t[i].name = suites[i].file;
			t[i].run = t[i].pass = 0;
			if (suites[i].duck)
				run_duckling(path, suites[i].w, &t[i]);
			else
				run_recognizers(path, suites[i].w, &t[i]);
			if (t[i].run)
				printf("%-42s %6d %6d %6.1f%%\n", t[i].name, t[i].run,
				       t[i].pass, 100.0 * t[i].pass / t[i].run);
		}
		printf("\n%-42s %6s %6s %7s\n", "by kind", "cases", "passed", "rate");
		for (g = 0; g < sizeof groups / sizeof groups[0]; g++) {
			int run = 0, pass = 0;
			for (i = 0; i < sizeof suites / sizeof suites[0]; i++)
				if (!strcmp(suites[i].group, groups[g])) {
					run += t[i].run;
					pass += t[i].pass;
				}
			if (run)
				printf("%-42s %6d %6d %6.1f%%\n", groups[g], run, pass,
				       100.0 * pass / run);
		}
	}
	xc_extractor_free(X);
	xc_ruleset_free(rs);
	return 0;
}
