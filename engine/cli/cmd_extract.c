/*
** cmd_extract.c -- `crosscheck extract`: print the claims of each file as
** JSON Lines (the public contract, docs/output.md), TSV or a table.
*/
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char cmd_extract_usage[] =
	"usage: crosscheck extract [--rules DIR] [--format jsonl|tsv|table] [--all]\n"
	"                          FILE...\n"
	"\n"
	"Print one line per numeric claim found in each FILE ('-' reads stdin).\n"
	"\n"
	"  --rules DIR   add the rules and lexicons of DIR to the built-in ones\n"
	"  --format F    jsonl (default), tsv, table, or summary (claims per kind\n"
	"                and coverage per document)\n"
	"  --all         also print bare numbers that are not claims (kind number)\n"
	"\n"
	"Offsets are bytes of the original file, end exclusive.  A file that cannot\n"
	"be read, or is binary, is reported on stderr and skipped; the exit code is\n"
	"then 3 after the other files are processed.\n";

enum fmt { F_JSONL, F_TSV, F_TABLE, F_SUMMARY };

/* per-kind counters for --format summary: money..quantity, number, excluded */
typedef struct tally {
	size_t kind[7];
	size_t sentences, docs;
} tally;

static void print_tally(const char *name, const tally *t)
{
	size_t claims = t->kind[0] + t->kind[1] + t->kind[2] + t->kind[3] +
	                t->kind[4];
	size_t seen = claims + t->kind[5] + t->kind[6];

	printf("%-44.44s %6zu %6zu %6zu %6zu %6zu %6zu %6zu %6zu %6zu %6zu\n", name,
	       t->sentences, seen, claims, t->kind[0], t->kind[1], t->kind[2],
	       t->kind[3], t->kind[4], t->kind[6], t->kind[5]);
}

/* keys are written with their punctuation: ",\"value\":" */
static void field_num(jw *w, const char *key, size_t kl, int has, double v)
{
	jw_raw(w, key, kl);
	if (has)
		jw_num(w, v);
	else
		JW_LIT(w, "null");
}

static void field_str(jw *w, const char *key, size_t kl, const char *v)
{
	jw_raw(w, key, kl);
	if (v && *v)
		jw_str(w, v, strlen(v));
	else
		JW_LIT(w, "null");
}

#define KEY(k) ",\"" k "\":", sizeof(",\"" k "\":") - 1

/* One claim as a JSON object on one line; field order is the contract in
** docs/output.md. */
static void print_jsonl(jw *w, const char *doc, size_t doclen,
                        const char *buf, const xc_claim *c, const xc_claim *all)
{
	w->len = 0;
	JW_LIT(w, "{\"doc\":");
	jw_str(w, doc, doclen);
	JW_LIT(w, ",\"start\":");
	jw_uint(w, c->start);
	JW_LIT(w, ",\"end\":");
	jw_uint(w, c->end);
	JW_LIT(w, ",\"text\":");
	jw_str(w, buf + c->start, c->end - c->start);
	field_str(w, KEY("kind"), c->kind == XC_KIND_EXCLUDED ? "number"
	                                                      : xc_kind_name(c->kind));
	field_num(w, KEY("value"), c->has_value, c->value);
	field_num(w, KEY("low"), c->has_low, c->low);
	field_num(w, KEY("high"), c->has_high, c->high);
	if (c->approx)
		JW_LIT(w, ",\"approx\":true");
	else
		JW_LIT(w, ",\"approx\":false");
	field_str(w, KEY("unit"), c->unit);
	field_num(w, KEY("precision"), c->precision > 0, c->precision);
	field_str(w, KEY("hedge"), c->hedge);
	field_str(w, KEY("ref"), c->ref);
	if (c->pair >= 0) {
		JW_LIT(w, ",\"pair\":[");
		jw_uint(w, all[c->pair].start);
		JW_LIT(w, ",");
		jw_uint(w, all[c->pair].end);
		JW_LIT(w, "]");
	} else {
		JW_LIT(w, ",\"pair\":null");
	}
	JW_LIT(w, ",\"sentence_start\":");
	jw_uint(w, c->sent_start);
	JW_LIT(w, ",\"sentence_end\":");
	jw_uint(w, c->sent_end);
	field_str(w, KEY("rule"), c->rule);
	JW_LIT(w, "}\n");
	if (!w->failed)
		fwrite(w->p, 1, w->len, stdout);
}

/* TSV and table cells: tabs and newlines escaped so one claim is one line */
static void put_cell(const char *s, size_t n, int width)
{
	size_t i;
	int w = 0;

	for (i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\t') {
			fputs("\\t", stdout);
			w += 2;
		} else if (c == '\n') {
			fputs("\\n", stdout);
			w += 2;
		} else if (c == '\r') {
			fputs("\\r", stdout);
			w += 2;
		} else if (c == '\\') {
			fputs("\\\\", stdout);
			w += 2;
		} else {
			fputc(c, stdout);
			if (((unsigned char)c & 0xC0) != 0x80)
				w++;
		}
	}
	for (; w < width; w++)
		fputc(' ', stdout);
}

static void print_row(enum fmt f, const char *doc, const char *buf,
                      const xc_claim *c)
{
	char v[40], lo[40], hi[40], pr[40], so[24], eo[24];
	const char *cols[9];
	static const int widths[] = { 8, 8, 9, 16, 16, 16, 6, 10, 0 };
	size_t i;

	snprintf(so, sizeof so, "%zu", c->start);
	snprintf(eo, sizeof eo, "%zu", c->end);
	cols[0] = so;
	cols[1] = eo;
	cols[2] = c->kind == XC_KIND_EXCLUDED ? "number" : xc_kind_name(c->kind);
	cols[3] = c->has_value ? cli_num(c->value, v) : "-";
	cols[4] = c->has_low ? cli_num(c->low, lo) : "-";
	cols[5] = c->has_high ? cli_num(c->high, hi) : "-";
	cols[6] = c->unit[0] ? c->unit : "-";
	cols[7] = c->precision > 0 ? cli_num(c->precision, pr) : "-";
	if (f == F_TSV) {
		put_cell(doc, strlen(doc), 0);
		for (i = 0; i < 8; i++) {
			fputc('\t', stdout);
			fputs(cols[i], stdout);
		}
		printf("\t%s\t%s\t%s\t", c->approx ? "approx" : "", c->rule,
		       c->hedge ? c->hedge : "");
		put_cell(buf + c->start, c->end - c->start, 0);
		fputc('\n', stdout);
		return;
	}
	for (i = 0; i < 8; i++) {
		put_cell(cols[i], strlen(cols[i]), widths[i]);
		fputc(' ', stdout);
	}
	put_cell(buf + c->start, c->end - c->start, 0);
	printf("  [%s]\n", c->rule);
}

int cmd_extract(int argc, char **argv)
{
	const char *rules = NULL;
	enum fmt f = F_JSONL;
	int all = 0, i, rc = XC_EXIT_OK, first;
	xc_ruleset *rs = NULL;
	xc_extractor *x = NULL;
	tally total;
	jw line = { NULL, 0, 0, 0 };

	memset(&total, 0, sizeof total);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			i++;
			break;
		} else if (!strcmp(a, "--rules") || !strcmp(a, "--format")) {
			if (i + 1 >= argc)
				return cli_usage("extract", "option '%s' needs a value", a);
			if (!strcmp(a, "--rules")) {
				rules = argv[++i];
			} else {
				const char *v = argv[++i];
				if (!strcmp(v, "jsonl"))
					f = F_JSONL;
				else if (!strcmp(v, "tsv"))
					f = F_TSV;
				else if (!strcmp(v, "table"))
					f = F_TABLE;
				else if (!strcmp(v, "summary"))
					f = F_SUMMARY;
				else
					return cli_usage("extract", "unknown format '%s' "
					                 "(jsonl, tsv, table, summary)", v);
			}
		} else if (!strcmp(a, "--all")) {
			all = 1;
		} else if (a[0] == '-' && a[1]) {
			return cli_usage("extract", "unknown option '%s'", a);
		} else {
			break;
		}
	}
	if (i >= argc)
		return cli_usage("extract", "no input files");
	first = i;
	if ((rc = cli_load_rules(rules, &rs)))
		return rc;
	if (xc_extractor_new(rs, &x)) {
		xc_ruleset_free(rs);
		cli_error("out of memory");
		return XC_EXIT_INTERNAL;
	}
	if (f == F_SUMMARY)
		printf("%-44s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s\n", "document",
		       "sents", "nums", "claims", "money", "count", "pct", "ratio",
		       "qty", "excl", "bare");
	if (f == F_TSV)
		fputs("doc\tstart\tend\tkind\tvalue\tlow\thigh\tunit\tprecision\t"
		      "approx\trule\thedge\ttext\n", stdout);
	for (; i < argc; i++) {
		const char *path = argv[i];
		size_t pathlen = strlen(path);
		char *buf;
		size_t len, n, k;
		const xc_claim *cl;
		const char *const *dis;
		xc_status st;

		if (cli_read_file(path, &buf, &len)) {
			rc = XC_EXIT_INPUT;
			continue;
		}
		if (xc_looks_binary(buf, len)) {
			cli_error("skipping '%s': binary file, not text", path);
			free(buf);
			rc = XC_EXIT_INPUT;
			continue;
		}
		/* front matter is metadata, not text: only its title line (the
		** headline) is read; offsets stay those of the file */
		cli_blank_front_matter(buf, cli_front_matter_end(buf, len));
		st = xc_extract(x, buf, len, &cl, &n);
		if (st) {
			cli_error("cannot extract from '%s': %s", path, xc_status_str(st));
			free(buf);
			rc = st == XC_ENOMEM ? XC_EXIT_INTERNAL : XC_EXIT_INPUT;
			continue;
		}
		if (xc_extractor_stats(x)->invalid_utf8)
			cli_error("warning: '%s': %zu invalid UTF-8 bytes replaced for "
			          "matching", path, xc_extractor_stats(x)->invalid_utf8);
		for (dis = xc_extractor_disabled(x); dis && *dis; dis++)
			cli_error("warning: '%s': rule '%s' kept hitting the match limit "
			          "and was disabled for this file", path, *dis);
		if (f == F_SUMMARY) {
			tally t;
			memset(&t, 0, sizeof t);
			t.sentences = xc_extractor_stats(x)->sentences;
			for (k = 0; k < n; k++)
				t.kind[cl[k].kind]++;
			print_tally(path, &t);
			for (k = 0; k < 7; k++)
				total.kind[k] += t.kind[k];
			total.sentences += t.sentences;
			total.docs++;
			free(buf);
			continue;
		}
		if (f == F_TABLE && argc - first > 1)
			printf("== %s\n", path);
		for (k = 0; k < n; k++) {
			if (!all && (cl[k].kind == XC_KIND_NUMBER ||
			             cl[k].kind == XC_KIND_EXCLUDED))
				continue;
			if (f == F_JSONL)
				print_jsonl(&line, path, pathlen, buf, &cl[k], cl);
			else
				print_row(f, path, buf, &cl[k]);
		}
		free(buf);
	}
	if (f == F_SUMMARY) {
		char name[64];
		snprintf(name, sizeof name, "total (%zu documents)", total.docs);
		print_tally(name, &total);
	}
	/* a failed standard output is said and exits 5 in main */
	if (line.failed) {
		cli_error("out of memory writing output");
		rc = XC_EXIT_INTERNAL;
	}
	free(line.p);
	xc_extractor_free(x);
	xc_ruleset_free(rs);
	return rc;
}
