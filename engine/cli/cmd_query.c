/*
** cmd_query.c -- `crosscheck query`: what the store says about the figures
** of one sentence, and `crosscheck show`: one stored claim in its
** paragraph with every finding it takes part in.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "report.h"

const char cmd_query_usage[] =
	"usage: crosscheck query [--db FILE] [--rules DIR] [--format text|json|md]\n"
	"                        [--date YYYY-MM-DD] SENTENCE...|-\n"
	"\n"
	"Check the figures of a sentence against the store.  Each claim of the\n"
	"sentence is attributed (subject, metric, period) like an ingested one,\n"
	"matched with the stored facts of the same subject and metric (else with\n"
	"stored sentences that share its words) and given a verdict:\n"
	"corroborated (by N independent origins), contradicted (by which sources,\n"
	"with their figures), compatible (the hedges allow both), rounding_dependent\n"
	"or no_evidence, with the quotes, the sources and the arithmetic.  Facts\n"
	"for another period or qualifier are listed as nearest, with the reason.\n"
	"--date (default: the latest date of the articles the sentence is checked\n"
	"against, else today) dates \"this year\" and \"the first quarter\".\n"
	"'-' reads the text from standard input.\n";

const char cmd_show_usage[] =
	"usage: crosscheck show [--db FILE] [--rules DIR] [--format text|json|md]\n"
	"                       CLAIM_ID\n"
	"\n"
	"Show one stored claim (ids as in `crosscheck claims`) in its paragraph\n"
	"with the figure marked, its source, and every finding it takes part in.\n";

enum qfmt { Q_TEXT, Q_JSON, Q_MD };

typedef struct qopts {
	const char *db, *rules, *date;
	enum qfmt f;
	char **rest;
	int nrest;
} qopts;

static int parse_opts(const char *cmd, int argc, char **argv, qopts *o)
{
	int i;

	memset(o, 0, sizeof *o);
	o->rest = calloc((size_t)argc + 1, sizeof *o->rest);
	if (!o->rest)
		return XC_EXIT_INTERNAL;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char **dst = NULL;
		if (!strcmp(a, "--")) {
			for (i++; i < argc; i++)
				o->rest[o->nrest++] = argv[i];
			break;
		}
		if (!strcmp(a, "--db"))
			dst = &o->db;
		else if (!strcmp(a, "--rules"))
			dst = &o->rules;
		else if (!strcmp(a, "--date") && !strcmp(cmd, "query"))
			dst = &o->date;
		else if (!strcmp(a, "--format")) {
			const char *v;
			if (i + 1 >= argc)
				return cli_usage(cmd, "--format needs a value");
			v = argv[++i];
			if (!strcmp(v, "text"))
				o->f = Q_TEXT;
			else if (!strcmp(v, "json"))
				o->f = Q_JSON;
			else if (!strcmp(v, "md"))
				o->f = Q_MD;
			else
				return cli_usage(cmd, "unknown format '%s' (text, json, md)",
				                 v);
			continue;
		} else if (a[0] == '-' && a[1] == '-') {
			return cli_usage(cmd, "unknown option '%s'", a);
		} else {
			o->rest[o->nrest++] = argv[i];
			continue;
		}
		if (i + 1 >= argc)
			return cli_usage(cmd, "%s needs a value", a);
		*dst = argv[++i];
	}
	return XC_EXIT_OK;
}

/* Load rules without JIT (one sentence: loading dominates) and open the
** store read-only. */
static int setup(const qopts *o, xc_ruleset **rs, xc_store **st,
                 const char **dirs, size_t *ndirs)
{
	int rc;

	*st = NULL;
	if ((rc = cli_load_rules_ex(o->rules, XC_LOAD_NO_JIT, rs, dirs, ndirs)))
		return rc;
	if (xc_store_open(cli_db_path(o->db), 1, st)) {
		cli_error("'%s': %s", cli_db_path(o->db), xc_store_errmsg(*st));
		xc_store_close(*st);
		*st = NULL;
		xc_ruleset_free(*rs);
		*rs = NULL;
		return XC_EXIT_STORE;
	}
	return XC_EXIT_OK;
}

static int run_failed(xc_status s, xc_diags *d, const char *db)
{
	size_t i;
	for (i = 0; i < xc_diags_count(d); i++)
		fprintf(stderr, "%s\n", xc_diags_get(d, i));
	if (s == XC_ERULES) {
		cli_error("reconciler tables have errors");
		return XC_EXIT_RULES;
	}
	if (s == XC_ENOMEM) {
		cli_error("out of memory");
		return XC_EXIT_INTERNAL;
	}
	cli_error("'%s': cannot read the store", db);
	return XC_EXIT_STORE;
}

/* Sentence text on one line: newlines as spaces. */
/* Where a figure comes from: outlet, date, path and bytes, escaped for
** Markdown or for a terminal (every string is a document's). */
static void source_line(FILE *out, const report *rp, const xc_check_claim *c,
                        int md)
{
	const xc_check_doc *d = &rp->docs[c->doc];

	if (md) {
		cli_md_str(out, report_doc_name(rp, c->doc));
		if (d->published) {
			fputs(", ", out);
			cli_md_str(out, d->published);
		}
		fputs(" (", out);
		cli_md_code(out, d->path, 0);
	} else {
		cli_put_safe(out, report_doc_name(rp, c->doc));
		if (d->published) {
			fputs(", ", out);
			cli_put_safe(out, d->published);
		}
		fputs(" (", out);
		cli_put_safe(out, d->path);
	}
	fprintf(out, " bytes %zu-%zu)", c->start, c->end);
}

/* A document's string, for Markdown or a terminal. */
static void put_text(FILE *out, const char *s, size_t n, int md)
{
	if (md)
		cli_md_text(out, s, n);
	else
		cli_put_line_safe(out, s, n);
}

static void put_str(FILE *out, const char *s, int md)
{
	if (s)
		put_text(out, s, strlen(s), md);
}

/* A text that may hold document strings (explanations quote outlets and
** figures), as Markdown or for a terminal; indent after each line break. */
static void put_block(FILE *out, const char *e, int md, const char *indent)
{
	const char *nl;

	for (;;) {
		nl = strchr(e, '\n');
		if (md)
			cli_md_text(out, e, nl ? (size_t)(nl - e) : strlen(e));
		else
			cli_put_line_safe(out, e, nl ? (size_t)(nl - e) : strlen(e));
		if (!nl)
			break;
		fputc('\n', out);
		fputs(indent, out);
		e = nl + 1;
	}
}

static void print_text(FILE *out, const report *rp, const xc_answer *a,
                       size_t na, int md)
{
	size_t i, j;

	for (i = 0; i < na; i++) {
		const xc_check_claim *q = &rp->claims[a[i].claim];
		if (md) {
			fputs("### \"", out);
			cli_md_str(out, q->text);
			fprintf(out, "\": %s\n\n", a[i].verdict);
		} else {
			fprintf(out, "%s\"", i ? "\n" : "");
			cli_put_safe(out, q->text);
			fprintf(out, "\": %s", a[i].verdict);
		}
		if (!md && a[i].articles && !strcmp(a[i].verdict, "corroborated"))
			fprintf(out, " (%zu article%s, %zu independent origin%s)",
			        a[i].articles, a[i].articles == 1 ? "" : "s",
			        a[i].origins, a[i].origins == 1 ? "" : "s");
		if (!md) {
			fputs("\n  about: ", out);
			cli_put_safe(out, *q->subject ? q->subject : "(no subject)");
			if (*q->metric) {
				fputs(", ", out);
				cli_put_safe(out, q->metric);
			}
			if (*q->period) {
				fputs(", ", out);
				cli_put_safe(out, q->period);
			}
			if (*q->scope) {
				fputs(", ", out);
				cli_put_safe(out, q->scope);
			}
			fputs("\n", out);
		}
		/* the explanation, indented */
		fputs(md ? "" : "  ", out);
		put_block(out, a[i].explanation, md, md ? "" : "  ");
		fputs(md ? "\n\n" : "\n", out);
		for (j = 0; j < a[i].nevidence; j++) {
			const xc_check_claim *c = &rp->claims[a[i].evidence[j]];
			if (md) {
				fprintf(out, "- *%s* ", xc_stance_name(
				        (xc_stance)a[i].stance[j]));
				source_line(out, rp, c, 1);
				fputs(": \"", out);
				report_marked(out, c, cli_md_text, "**", "**");
				fputs("\"\n", out);
			} else {
				fprintf(out, "  [%s] ", xc_stance_name(
				        (xc_stance)a[i].stance[j]));
				source_line(out, rp, c, 0);
				fputs("\n    \"", out);
				report_marked(out, c, cli_put_line_safe, "[[", "]]");
				fputs("\"\n", out);
			}
		}
		if (md)
			fputs("\n", out);
	}
}

static int print_json(FILE *out, const report *rp, const char *text,
                      size_t len, const xc_answer *a, size_t na)
{
	jw w = { 0 };
	size_t i, j;

	JW_LIT(&w, "{\"schema\":\"crosscheck-query/1\",\"text\":");
	jw_str(&w, text, len);
	JW_LIT(&w, ",\"answers\":[");
	for (i = 0; i < na; i++) {
		if (i)
			JW_LIT(&w, ",");
		JW_LIT(&w, "\n{\"claim\":");
		report_json_claim(&w, rp, a[i].claim, -1);
		JW_LIT(&w, ",\"verdict\":");
		jw_str(&w, a[i].verdict, strlen(a[i].verdict));
		JW_LIT(&w, ",\"matched_by\":");
		if (*a[i].matched_by)
			jw_str(&w, a[i].matched_by, strlen(a[i].matched_by));
		else
			JW_LIT(&w, "null");
		JW_LIT(&w, ",\"explanation\":");
		jw_str(&w, a[i].explanation, strlen(a[i].explanation));
		JW_LIT(&w, ",\"articles\":");
		jw_uint(&w, a[i].articles);
		JW_LIT(&w, ",\"origins\":");
		jw_uint(&w, a[i].origins);
		JW_LIT(&w, ",\"evidence\":[");
		for (j = 0; j < a[i].nevidence; j++) {
			const char *sn = xc_stance_name((xc_stance)a[i].stance[j]);
			if (j)
				JW_LIT(&w, ",");
			JW_LIT(&w, "{\"stance\":");
			jw_str(&w, sn, strlen(sn));
			JW_LIT(&w, ",\"claim\":");
			report_json_claim(&w, rp, a[i].evidence[j], -1);
			JW_LIT(&w, "}");
		}
		JW_LIT(&w, "]}");
	}
	JW_LIT(&w, "]}\n");
	if (!w.failed)
		fwrite(w.p, 1, w.len, out);
	free(w.p);
	return w.failed ? XC_EXIT_INTERNAL : XC_EXIT_OK;
}

/* The text of the query: the arguments joined by spaces, or stdin. */
static int query_text(const qopts *o, char **text, size_t *len)
{
	size_t n = 0;
	int i;

	if (o->nrest == 1 && !strcmp(o->rest[0], "-"))
		return cli_read_file("-", text, len) ? XC_EXIT_INPUT : XC_EXIT_OK;
	for (i = 0; i < o->nrest; i++)
		n += strlen(o->rest[i]) + 1;
	*text = malloc(n + 1);
	if (!*text)
		return XC_EXIT_INTERNAL;
	n = 0;
	for (i = 0; i < o->nrest; i++) {
		size_t l = strlen(o->rest[i]);
		if (i)
			(*text)[n++] = ' ';
		memcpy(*text + n, o->rest[i], l);
		n += l;
	}
	(*text)[n] = 0;
	*len = n;
	return XC_EXIT_OK;
}


/* The latest date (YYYY-MM-DD) of the documents whose figures answer a
** query, into out (left as it is when none has one). */
static void latest_evidence_date(const xc_check *ck, char out[16])
{
	size_t na, nc, nd, i, j;
	const xc_answer *a = xc_check_answers(ck, &na);
	const xc_check_claim *c = xc_check_claims(ck, &nc);
	const xc_check_doc *docs = xc_check_docs(ck, &nd);

	for (i = 0; i < na; i++)
		for (j = 0; j < a[i].nevidence; j++) {
			size_t k = a[i].evidence[j];
			const char *p = k < nc && c[k].doc < nd ? docs[c[k].doc].published
			                                       : NULL;
			if (p && strlen(p) >= 10 && p[4] == '-' && p[7] == '-' &&
			    p[0] >= '0' && p[0] <= '9' && strncmp(p, out, 10) > 0) {
				memcpy(out, p, 10);
				out[10] = 0;
			}
		}
}

/* show: the most of a paragraph printed either side of a figure */
#define SHOW_CONTEXT 500

/* "2025-02-28" yes; "2025-02-30", "2025-13-45", "25-1-1" no. */
static int calendar_date(const char *s)
{
	static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	                              30, 31 };
	int y, m, d, k;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (k = 0; k < 10; k++)
		if (k != 4 && k != 7 && (s[k] < '0' || s[k] > '9'))
			return 0;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	/* 29 February only in a leap year */
	return !(m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
}

int cmd_query(int argc, char **argv)
{
	qopts o;
	xc_ruleset *rs = NULL;
	xc_store *st = NULL;
	xc_check *ck = NULL;
	xc_diags *d = NULL;
	const char *dirs[2];
	size_t ndirs, len = 0, na;
	char *text = NULL, today[16];
	const xc_answer *a;
	report rp;
	xc_status s;
	int rc;

	if ((rc = parse_opts("query", argc, argv, &o)))
		goto done;
	if (!o.nrest) {
		rc = cli_usage("query", "need a sentence (or - for standard input)");
		goto done;
	}
	if (o.date && !calendar_date(o.date)) {
		rc = cli_usage("query", "--date wants a calendar date YYYY-MM-DD, "
		               "not '%s'", o.date);
		goto done;
	}
	if ((rc = query_text(&o, &text, &len)))
		goto done;
	if ((rc = setup(&o, &rs, &st, dirs, &ndirs)))
		goto done;
	if (!o.date) {
		/* the sentence is read as of the articles it is checked against
		** ("the first quarter" is theirs): a first reading with no date
		** finds them, the latest of their dates dates the sentence;
		** else today */
		today[0] = 0;
		if (xc_diags_new(&d)) {
			rc = XC_EXIT_INTERNAL;
			goto done;
		}
		if (!xc_check_query(st, rs, dirs, ndirs, text, len, "", d, &ck))
			latest_evidence_date(ck, today);
		xc_check_free(ck);
		ck = NULL;
		xc_diags_free(d);
		d = NULL;
		if (!*today) {
			time_t t = time(NULL);
			struct tm tm;
			gmtime_r(&t, &tm);
			strftime(today, sizeof today, "%Y-%m-%d", &tm);
		}
		o.date = today;
	}
	if (xc_diags_new(&d)) {
		rc = XC_EXIT_INTERNAL;
		goto done;
	}
	s = xc_check_query(st, rs, dirs, ndirs, text, len, o.date, d, &ck);
	if (s) {
		rc = run_failed(s, d, cli_db_path(o.db));
		goto done;
	}
	report_init(&rp, ck, cli_db_path(o.db), 0);
	a = xc_check_answers(ck, &na);
	if (o.f == Q_JSON)
		rc = print_json(stdout, &rp, text, len, a, na);
	else if (!na)
		printf("No numeric claim found in the text: nothing to check.\n");
	else
		print_text(stdout, &rp, a, na, o.f == Q_MD);
done:
	free(o.rest);
	free(text);
	xc_diags_free(d);
	xc_check_free(ck);
	xc_store_close(st);
	xc_ruleset_free(rs);
	return rc;
}

/* The paragraph of body around [start, end): between blank lines. */
static void paragraph(const char *b, size_t n, size_t start, size_t end,
                      size_t *pa, size_t *pb)
{
	size_t a = start < n ? start : n, z = end < n ? end : n;
	while (a > 0 && !(b[a - 1] == '\n' && a >= 2 && b[a - 2] == '\n'))
		a--;
	while (z < n && !(b[z] == '\n' && z + 1 < n && b[z + 1] == '\n'))
		z++;
	*pa = a;
	*pb = z;
}

int cmd_show(int argc, char **argv)
{
	qopts o;
	xc_ruleset *rs = NULL;
	xc_store *st = NULL;
	xc_check *ck = NULL;
	xc_diags *d = NULL;
	const char *dirs[2];
	size_t ndirs, idx = 0, i, j, nf, nshown = 0;
	const xc_finding *f;
	const xc_check_claim *c;
	char *end, *body = NULL;
	long long id;
	report rp;
	xc_status s;
	int rc;

	if ((rc = parse_opts("show", argc, argv, &o)))
		goto done;
	if (o.nrest != 1) {
		rc = cli_usage("show", "need one claim id");
		goto done;
	}
	errno = 0;
	id = strtoll(o.rest[0], &end, 10);
	if (*end || end == o.rest[0] || errno || id <= 0) {
		rc = cli_usage("show", "not a claim id: '%s'", o.rest[0]);
		goto done;
	}
	if ((rc = setup(&o, &rs, &st, dirs, &ndirs)))
		goto done;
	if (xc_diags_new(&d)) {
		rc = XC_EXIT_INTERNAL;
		goto done;
	}
	s = xc_check_claim_findings(st, rs, dirs, ndirs, id, d, &ck, &idx);
	if (s == XC_ENOTFOUND) {
		cli_error("no claim %lld in '%s' (see crosscheck claims)", id,
		          cli_db_path(o.db));
		rc = XC_EXIT_INPUT;
		goto done;
	}
	if (s) {
		rc = run_failed(s, d, cli_db_path(o.db));
		goto done;
	}
	report_init(&rp, ck, cli_db_path(o.db), 0);
	c = &rp.claims[idx];
	f = xc_check_findings(ck, &nf);
	if (o.f == Q_JSON) {
		jw w = { 0 };
		size_t shown = 0;
		JW_LIT(&w, "{\"schema\":\"crosscheck-show/1\",\"claim\":");
		report_json_claim(&w, &rp, idx, -1);
		JW_LIT(&w, ",\"findings\":[");
		for (i = 0; i < nf; i++) {
			for (j = 0; j < f[i].nclaims && f[i].claims[j] != idx; j++)
				;
			if (j == f[i].nclaims)
				continue;
			if (shown++)
				JW_LIT(&w, ",");
			JW_LIT(&w, "\n{\"verdict\":");
			jw_str(&w, f[i].verdict, strlen(f[i].verdict));
			JW_LIT(&w, ",\"severity\":");
			jw_cstr(&w, "\"");
			jw_cstr(&w, xc_severity_name(f[i].severity));
			JW_LIT(&w, "\",\"type\":");
			jw_str(&w, f[i].type, strlen(f[i].type));
			JW_LIT(&w, ",\"explanation\":");
			jw_str(&w, f[i].explanation, strlen(f[i].explanation));
			JW_LIT(&w, ",\"claims\":[");
			for (j = 0; j < f[i].nclaims; j++) {
				if (j)
					JW_LIT(&w, ",");
				report_json_claim(&w, &rp, f[i].claims[j], f[i].sides[j]);
			}
			JW_LIT(&w, "]}");
		}
		JW_LIT(&w, "]}\n");
		if (!w.failed)
			fwrite(w.p, 1, w.len, stdout);
		rc = w.failed ? XC_EXIT_INTERNAL : XC_EXIT_OK;
		free(w.p);
		goto done;
	}
	{
		size_t len = 0, pa, pb;
		const xc_check_doc *doc = &rp.docs[c->doc];
		const char *open = o.f == Q_MD ? "**" : "[[";
		const char *close = o.f == Q_MD ? "**" : "]]";
		int md = o.f == Q_MD;
		printf("%sclaim %lld: \"", md ? "### " : "", id);
		put_str(stdout, c->text, md);
		printf("\" (%s", c->kind);
		if (*c->unit) {
			fputs(", ", stdout);
			put_str(stdout, c->unit, md);
		}
		printf(")\n%s", md ? "\n" : "");
		fputs("about: ", stdout);
		put_str(stdout, *c->subject ? c->subject : "(no subject)", md);
		if (*c->metric) {
			fputs(", ", stdout);
			put_str(stdout, c->metric, md);
		}
		if (*c->period) {
			fputs(", ", stdout);
			put_str(stdout, c->period, md);
		}
		printf("\n");
		printf("source: ");
		source_line(stdout, &rp, c, md);
		if (doc->title) {
			fputs(", \"", stdout);
			put_str(stdout, doc->title, md);
			fputs("\"", stdout);
		}
		printf("\n\n");
		if (!xc_store_body(st, doc->path, &body, &len) && c->end <= len) {
			int cut_a = 0, cut_b = 0;
			paragraph(body, len, c->start, c->end, &pa, &pb);
			/* a headline in front matter: its own line, less its key */
			if (c->start < cli_front_matter_end(body, len)) {
				const char *nl;
				while (pa < c->start &&
				       (nl = memchr(body + pa, '\n', c->start - pa)))
					pa = (size_t)(nl - body) + 1;
				if (c->start - pa >= 6 && !strncasecmp(body + pa, "title:", 6))
					pa += 6;
				while (pa < c->start && body[pa] == ' ')
					pa++;
				nl = memchr(body + c->end, '\n', len - c->end);
				if (nl && (size_t)(nl - body) < pb)
					pb = (size_t)(nl - body);
			}
			/* a paragraph, never a whole document: about SHOW_CONTEXT
			** bytes either side of the figure, cut at a space */
			if (c->start - pa > SHOW_CONTEXT) {
				pa = c->start - SHOW_CONTEXT;
				while (pa < c->start && body[pa] != ' ')
					pa++;
				cut_a = 1;
			}
			if (pb > c->end && pb - c->end > SHOW_CONTEXT) {
				pb = c->end + SHOW_CONTEXT;
				while (pb > c->end && body[pb] != ' ')
					pb--;
				cut_b = 1;
			}
			printf("%s%s", md ? "> " : "  ", cut_a ? "..." : "");
			put_text(stdout, body + pa, c->start - pa, md);
			fputs(open, stdout);
			put_text(stdout, body + c->start, c->end - c->start, md);
			fputs(close, stdout);
			put_text(stdout, body + c->end, pb > c->end ? pb - c->end : 0, md);
			printf("%s\n\n", cut_b ? "..." : "");
		}
	}
	for (i = 0; i < nf; i++) {
		for (j = 0; j < f[i].nclaims && f[i].claims[j] != idx; j++)
			;
		if (j == f[i].nclaims)
			continue;
		nshown++;
		printf("%s%s (%s, %s)%s: ", o.f == Q_MD ? "- **" : "finding: ",
		       f[i].verdict, xc_severity_name(f[i].severity), f[i].type,
		       o.f == Q_MD ? "**" : "");
		put_block(stdout, f[i].explanation, o.f == Q_MD, "  ");
		fputs("\n", stdout);
		for (j = 0; j < f[i].nclaims; j++) {
			const xc_check_claim *k = &rp.claims[f[i].claims[j]];
			if (f[i].claims[j] == idx)
				continue;
			printf("  %s", o.f == Q_MD ? "- " : "with ");
			source_line(stdout, &rp, k, o.f == Q_MD);
			fputs(": \"", stdout);
			put_str(stdout, k->text, o.f == Q_MD);
			fputs("\"\n", stdout);
		}
	}
	if (!nshown)
		printf("It takes part in no finding.\n");
done:
	free(o.rest);
	free(body);
	xc_diags_free(d);
	xc_check_free(ck);
	xc_store_close(st);
	xc_ruleset_free(rs);
	return rc;
}
