/*
** cmd_list.c -- `crosscheck sources` and `crosscheck claims`: listings of
** the claim store as a table, JSON Lines or CSV (RFC 4180, opens cleanly
** in a spreadsheet).
*/
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char cmd_sources_usage[] =
	"usage: crosscheck sources [--db FILE] [--format table|jsonl|csv]\n"
	"\n"
	"List the documents in the store, ordered by path, with their metadata\n"
	"and claim counts.\n";

const char cmd_claims_usage[] =
	"usage: crosscheck claims [--db FILE] [--doc PATH|ID] [--kind K] [--unit U]\n"
	"                         [--grep TEXT] [--subject S] [--metric M]\n"
	"                         [--period P] [--format table|jsonl|csv]\n"
	"\n"
	"List stored claims, ordered by document and offset.  --grep keeps the\n"
	"claims whose sentence contains TEXT (a plain substring); --subject,\n"
	"--metric and --period select by attribution (\"Nvidia H20\", \"purchases\",\n"
	"\"2025-Q1\"; the subject case-insensitively).\n";

enum lfmt { L_TABLE, L_JSONL, L_CSV };

typedef struct listing {
	enum lfmt f;
	const char *const *names;
	const char *numeric; /* per column: 'n' number, 'b' boolean, else text */
	const int *table_cols;
	int ntable;
	int header_done;
	int ncols;
	size_t rows;
	jw line;
} listing;

static void csv_cell(jw *w, const char *v, size_t n)
{
	size_t i;

	int guard;

	if (!v)
		return;
	guard = cli_csv_guard(v, n);
	if (!memchr(v, ',', n) && !memchr(v, '"', n) && !memchr(v, '\n', n) &&
	    !memchr(v, '\r', n)) {
		if (guard)
			jw_raw(w, "'", 1);
		jw_raw(w, v, n);
		return;
	}
	jw_raw(w, "\"", 1);
	if (guard)
		jw_raw(w, "'", 1);
	for (i = 0; i < n; i++) {
		if (v[i] == '"')
			jw_raw(w, "\"", 1);
		jw_raw(w, v + i, 1);
	}
	jw_raw(w, "\"", 1);
}

static void table_cell(jw *w, const char *v, size_t n, int width)
{
	size_t i;
	int col = 0;

	if (!v) {
		v = "-";
		n = 1;
	}
	for (i = 0; i < n; i++) {
		char c = v[i];
		if (c == '\n' || c == '\t' || c == '\r')
			c = ' ';
		/* a document's control characters never reach the terminal */
		if ((unsigned char)c < 0x20 || c == 0x7f) {
			char esc[8];
			snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)c);
			jw_raw(w, esc, 4);
			col += 4;
			continue;
		}
		jw_raw(w, &c, 1);
		if (((unsigned char)c & 0xC0) != 0x80)
			col++;
	}
	while (col++ < width)
		jw_raw(w, " ", 1);
}

/* A CSV or table header even when no row follows. */
static void csv_header(listing *l)
{
	jw *w = &l->line;
	int c;

	if (l->header_done || l->f == L_JSONL)
		return;
	w->len = 0;
	if (l->f == L_TABLE) {
		for (c = 0; c < l->ntable; c++) {
			const char *nm = l->names[l->table_cols[c]];
			table_cell(w, nm, strlen(nm),
			           c + 1 < l->ntable ? (c == 0 ? 6 : 12) : 0);
			if (c + 1 < l->ntable)
				jw_raw(w, " ", 1);
		}
		jw_raw(w, "\n", 1);
	} else {
		for (c = 0; c < l->ncols; c++) {
			if (c)
				jw_raw(w, ",", 1);
			jw_cstr(w, l->names[c]);
		}
		jw_raw(w, "\r\n", 2);
	}
	if (!w->failed)
		fwrite(w->p, 1, w->len, stdout);
	l->header_done = 1;
}

static int row(void *ctx, int nc, const char *const *v, const size_t *len)
{
	listing *l = ctx;
	jw *w = &l->line;
	int c;

	csv_header(l);
	w->len = 0;
	if (l->f == L_CSV) {
		for (c = 0; c < nc; c++) {
			size_t n = len[c];
			if (c)
				jw_raw(w, ",", 1);
			if (v[c] && l->numeric[c] == 'n' && n > 2 &&
			    !memcmp(v[c] + n - 2, ".0", 2))
				n -= 2; /* REAL 16.0 reads as 16 */
			csv_cell(w, v[c], n);
		}
		jw_raw(w, "\r\n", 2);
	} else if (l->f == L_JSONL) {
		jw_raw(w, "{", 1);
		for (c = 0; c < nc; c++) {
			if (c)
				jw_raw(w, ",", 1);
			jw_str(w, l->names[c], strlen(l->names[c]));
			jw_raw(w, ":", 1);
			if (!v[c])
				jw_cstr(w, "null");
			else if (l->numeric[c] == 'n')
				jw_raw(w, v[c], len[c] > 2 && !memcmp(v[c] + len[c] - 2, ".0",
				                                      2) ? len[c] - 2 : len[c]);
			else if (l->numeric[c] == 'b')
				jw_cstr(w, strcmp(v[c], "0") ? "true" : "false");
			else
				jw_str(w, v[c], len[c]);
		}
		jw_raw(w, "}\n", 2);
	} else {
		for (c = 0; c < l->ntable; c++) {
			int k = l->table_cols[c];
			int width = c + 1 < l->ntable ? (c == 0 ? 6 : 12) : 0;
			if (k < nc) {
				size_t n = len[k];
				if (v[k] && l->numeric[k] == 'n' && n > 2 &&
				    !memcmp(v[k] + n - 2, ".0", 2))
					n -= 2;
				table_cell(w, v[k], n, width);
			}
			if (c + 1 < l->ntable)
				jw_raw(w, " ", 1);
		}
		jw_raw(w, "\n", 1);
	}
	if (!w->failed)
		fwrite(w->p, 1, w->len, stdout);
	l->rows++;
	return 0;
}

/* Shared option parsing: --db and --format; the rest goes to *extra. */
static int parse(const char *cmd, int argc, char **argv, const char **db,
                 enum lfmt *f, const char **keys, const char **vals, int nkeys)
{
	int i, k;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (i + 1 >= argc || a[0] != '-' || a[1] != '-')
			return cli_usage(cmd, "unexpected argument '%s'", a);
		if (!strcmp(a, "--db")) {
			*db = argv[++i];
			continue;
		}
		if (!strcmp(a, "--format")) {
			const char *v = argv[++i];
			if (!strcmp(v, "table"))
				*f = L_TABLE;
			else if (!strcmp(v, "jsonl"))
				*f = L_JSONL;
			else if (!strcmp(v, "csv"))
				*f = L_CSV;
			else
				return cli_usage(cmd, "unknown format '%s' (table, jsonl, "
				                 "csv)", v);
			continue;
		}
		for (k = 0; k < nkeys; k++)
			if (!strcmp(a, keys[k])) {
				vals[k] = argv[++i];
				break;
			}
		if (k == nkeys)
			return cli_usage(cmd, "unknown option '%s'", a);
	}
	return XC_EXIT_OK;
}

static int open_store(const char *db, xc_store **st)
{
	db = cli_db_path(db);
	if (xc_store_open(db, 1, st)) {
		cli_error("'%s': %s", db, xc_store_errmsg(*st));
		xc_store_close(*st);
		*st = NULL;
		return XC_EXIT_STORE;
	}
	return XC_EXIT_OK;
}

/* What a listing shows, and how to fetch its rows from the store. */
typedef struct listing_spec {
	const char *const *names;
	int ncols;
	const char *numeric;
	const int *table_cols;
	int ntable;
	xc_status (*fetch)(xc_store *st, const char *const *opts, listing *l);
} listing_spec;

static int run_listing(const char *cmd, int argc, char **argv,
                       const listing_spec *spec, const char **keys, int nkeys)
{
	const char *vals[8] = { NULL };
	const char *db = NULL;
	enum lfmt f = L_TABLE;
	listing l;
	xc_store *st;
	int rc;

	if ((rc = parse(cmd, argc, argv, &db, &f, keys, vals, nkeys)))
		return rc;
	if ((rc = open_store(db, &st)))
		return rc;
	memset(&l, 0, sizeof l);
	l.f = f;
	l.names = spec->names;
	l.ncols = spec->ncols;
	l.numeric = spec->numeric;
	l.table_cols = spec->table_cols;
	l.ntable = spec->ntable;
	if (spec->fetch(st, vals, &l)) {
		cli_error("%s", xc_store_errmsg(st));
		rc = XC_EXIT_STORE;
	} else {
		csv_header(&l);
	}
	free(l.line.p);
	xc_store_close(st);
	return rc;
}

static xc_status fetch_sources(xc_store *st, const char *const *opts,
                               listing *l)
{
	(void)opts;
	return xc_store_sources(st, row, l);
}

int cmd_sources(int argc, char **argv)
{
	static const char *const names[] = { "id", "path", "format", "title",
		"outlet", "author", "published", "url", "bytes", "claims",
		"content_hash", "rules_hash", "ingested_at" };
	static const int table[] = { 0, 9, 4, 6, 1 };
	static const listing_spec spec = { names, 13, "ntttttttnnttt", table, 5,
	                                   fetch_sources };

	return run_listing("sources", argc, argv, &spec, NULL, 0);
}

static xc_status fetch_claims(xc_store *st, const char *const *opts,
                              listing *l)
{
	xc_claim_filter filt = { opts[0], opts[1], opts[2], opts[3], opts[4],
	                         opts[5], opts[6] };

	return xc_store_claims(st, &filt, row, l);
}

int cmd_claims(int argc, char **argv)
{
	static const char *const names[] = { "id", "doc", "start", "end", "text",
		"kind", "value", "low", "high", "approx", "unit", "precision",
		"hedge", "ref", "sentence_start", "sentence_end", "rule", "sentence",
		"cited", "subject", "metric", "period" };
	/* the id first: what show takes */
	static const int table[] = { 0, 1, 2, 5, 6, 10, 4 };
	static const char *keys[] = { "--doc", "--kind", "--unit", "--grep",
	                              "--subject", "--metric", "--period" };
	static const listing_spec spec = { names, 22, "ntnnttnnnbtnttnntttttt",
	                                   table, 7, fetch_claims };

	return run_listing("claims", argc, argv, &spec, keys, 7);
}

const char cmd_status_usage[] =
	"usage: crosscheck status [--db FILE] [--rules DIR]\n"
	"\n"
	"Say what the store holds: documents, claims, bytes, whether the database\n"
	"passes SQLite's integrity check, and which documents were extracted with\n"
	"rules other than the current ones (re-run ingest with --force).  Exit 1\n"
	"when the integrity check fails.\n";

static int print_path(void *ctx, int nc, const char *const *v,
                      const size_t *len)
{
	(void)ctx;
	(void)len;
	if (nc > 0 && v[0])
		printf("  %s\n", v[0]);
	return 0;
}

int cmd_status(int argc, char **argv)
{
	static const char *keys[] = { "--rules" };
	const char *vals[1] = { NULL };
	const char *db = NULL;
	enum lfmt f = L_TABLE;
	xc_store *st;
	xc_ruleset *rs = NULL;
	xc_store_counts n;
	int rc, ok = 0;

	if ((rc = parse("status", argc, argv, &db, &f, keys, vals, 1)))
		return rc;
	if ((rc = cli_load_rules(vals[0], &rs)))
		return rc;
	if ((rc = open_store(db, &st))) {
		xc_ruleset_free(rs);
		return rc;
	}
	if (xc_store_status(st, xc_ruleset_hash(rs), &n) ||
	    xc_store_check(st, &ok)) {
		cli_error("%s", xc_store_errmsg(st));
		xc_store_close(st);
		xc_ruleset_free(rs);
		return XC_EXIT_STORE;
	}
	printf("database:   %s (schema version %d)\n", cli_db_path(db),
	       n.schema_version);
	printf("documents:  %zu (%.1f MB)\n", n.documents, n.bytes / 1048576.0);
	printf("claims:     %zu\n", n.claims);
	printf("integrity:  %s\n", ok ? "ok" : "FAILED");
	printf("rules:      %s; %zu documents extracted with other rules\n",
	       xc_ruleset_hash(rs), n.old_rules);
	if (n.old_rules)
		xc_store_old_rules(st, xc_ruleset_hash(rs), print_path, NULL);
	xc_store_close(st);
	xc_ruleset_free(rs);
	return ok ? XC_EXIT_OK : XC_EXIT_FAIL;
}

const char cmd_merge_usage[] =
	"usage: crosscheck merge OUT.db IN.db...\n"
	"\n"
	"Combine stores built by separate ingest runs (a shard per machine or per\n"
	"core) into OUT.db, created if needed.  A document already in OUT.db with\n"
	"the same content and rules is left alone; a different one at the same\n"
	"path is replaced.  Each input is merged in one transaction; an input that\n"
	"fails its integrity check, or OUT.db itself, is refused.\n";

int cmd_merge(int argc, char **argv)
{
	xc_store *st = NULL;
	int i, rc = XC_EXIT_OK;

	if (argc < 3)
		return cli_usage("merge", "need OUT.db and at least one IN.db");
	if (xc_store_open(argv[1], 0, &st)) {
		cli_error("'%s': %s", argv[1], xc_store_errmsg(st));
		xc_store_close(st);
		return XC_EXIT_STORE;
	}
	for (i = 2; i < argc; i++) {
		xc_merge_counts n;
		if (xc_store_merge(st, argv[i], &n)) {
			cli_error("%s", xc_store_errmsg(st));
			rc = XC_EXIT_STORE;
			continue;
		}
		printf("%s: %zu added, %zu replaced, %zu unchanged\n", argv[i],
		       n.added, n.replaced, n.unchanged);
	}
	xc_store_close(st);
	return rc;
}
