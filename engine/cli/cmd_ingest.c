/*
** cmd_ingest.c -- `crosscheck ingest`: extract the claims of files,
** folders (recursively) and JSONL collections into the claim store.
**
** Idempotent: a document already stored with the same content and rules is
** skipped; a changed one replaces the old copy in the same transaction.
** Documents are committed in batches, so a killed ingest leaves each one
** fully present or absent and a re-run completes the job.
*/
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

const char cmd_ingest_usage[] =
	"usage: crosscheck ingest [--db FILE] [--rules DIR] [--include GLOB]...\n"
	"                         [--exclude GLOB]... [--force] [--jobs N] [--quiet]\n"
	"                         PATH...\n"
	"\n"
	"Extract the claims of each PATH into the claim store.  A PATH is a file,\n"
	"a folder (read recursively), or '-' for stdin.  Formats by extension:\n"
	".md/.markdown (front matter: title, outlet, author, published, url),\n"
	".html/.htm (article text; title, site name, author, date from meta),\n"
	".jsonl/.ndjson (one article per line: id, text, and optional title, url,\n"
	"outlet, published, author), anything else as plain text.\n"
	"\n"
	"  --db FILE        the store (default $CROSSCHECK_DB, else crosscheck.db)\n"
	"  --rules DIR      add the rules and lexicons of DIR to the built-in ones\n"
	"  --include GLOB   in folders, only files whose name matches (repeatable)\n"
	"  --exclude GLOB   in folders, skip files whose name matches (repeatable)\n"
	"  --force          extract again even documents that are unchanged\n"
	"  --jobs N         extract on N threads (default: one per processor;\n"
	"                   documents are stored in input order either way)\n"
	"  --quiet          no progress line and no summary\n"
	"\n"
	"Unchanged documents are skipped; a changed file replaces its old claims.\n"
	"In folders, symbolic links and FIFOs are reported and not read, and the\n"
	"store's own files are left out.  Unreadable, binary or malformed inputs,\n"
	"and documents over 32 MiB, are reported and skipped (exit 3);\n"
	"a database that cannot be opened or written exits 6.\n";

#define BATCH_DOCS 2048
#define BATCH_BYTES (64u << 20)
/* A document (a file, or one JSONL article) longer than this is no news
** article: reported and skipped, so it cannot hold up the ones after it. */
#define DOC_MAX_BYTES ((size_t)32 << 20)

typedef struct ingest {
	xc_store *st;
	cli_pool *pool;
	const char *rules_hash;
	char **include, **exclude;
	int ninclude, nexclude;
	int force, quiet, tty;
	size_t docs_new, docs_same, docs_replaced, docs_skipped, claims;
	size_t docs_empty;     /* documents with no text at all (stored) */
	/* counts of the open batch: they count only once it commits */
	size_t pend_new, pend_replaced, pend_claims;
	size_t batch_docs, batch_bytes, bytes_total, docs_total;
	size_t input_total, input_done; /* bytes of input files, for the ETA */
	int rc;
	int fatal;
	const char *db;
	struct timespec t0, last;
} ingest;

static double since(const struct timespec *a)
{
	struct timespec b;

	clock_gettime(CLOCK_MONOTONIC, &b);
	return (double)(b.tv_sec - a->tv_sec) + (b.tv_nsec - a->tv_nsec) / 1e9;
}

static void progress(ingest *g, int final)
{
	double el;

	if (g->quiet || !g->tty)
		return;
	if (!final && since(&g->last) < 0.5)
		return;
	clock_gettime(CLOCK_MONOTONIC, &g->last);
	el = since(&g->t0);
	fprintf(stderr, "\r%zu documents, %.1f MB, %zu claims, %.1f MB/s",
	        g->docs_total, g->input_done / 1048576.0,
	        g->claims + g->pend_claims,
	        el > 0 ? g->input_done / 1048576.0 / el : 0.0);
	if (g->input_total > g->input_done && g->input_done > 0 && el > 0.5) {
		double eta = el * (double)(g->input_total - g->input_done) /
		             (double)g->input_done;
		fprintf(stderr, ", ETA %dm%02ds", (int)eta / 60, (int)eta % 60);
	}
	fputs("   ", stderr);
	if (final)
		fputc('\n', stderr);
}

static int commit_batch(ingest *g)
{
	g->batch_docs = g->batch_bytes = 0;
	if (xc_store_commit(g->st)) {
		cli_error("'%s': %s", g->db, xc_store_errmsg(g->st));
		g->fatal = 1;
		g->pend_new = g->pend_replaced = g->pend_claims = 0;
		return -1;
	}
	g->docs_new += g->pend_new;
	g->docs_replaced += g->pend_replaced;
	g->claims += g->pend_claims;
	g->pend_new = g->pend_replaced = g->pend_claims = 0;
	return 0;
}

static void skip(ingest *g, const char *path, const char *why)
{
	cli_error("skipping '%s': %s", path, why);
	g->docs_skipped++;
	g->rc = XC_EXIT_INPUT;
}

/* Is the document at path stored with this content and these rules (and
** not to be extracted again)?  Sets *state; -1 on a database error. */
static int unchanged(ingest *g, const char *path, const char *hash,
                     xc_doc_state *state)
{
	if (xc_store_lookup(g->st, path, hash, g->rules_hash, state)) {
		cli_error("'%s': %s", g->db, xc_store_errmsg(g->st));
		g->fatal = 1;
		return -1;
	}
	if (*state == XC_DOC_SAME && !g->force) {
		g->docs_same++;
		return 1;
	}
	return 0;
}

/* Store one extracted document: the pool's callback, in input order. */
static void store_doc(void *ctx, const cli_pool_doc *d)
{
	ingest *g = ctx;
	xc_doc_state state;
	size_t stored;

	if (g->fatal)
		return;
	if (d->status) {
		skip(g, d->meta.path, xc_status_str(d->status));
		return;
	}
	{
		const char *const *dis;
		for (dis = d->disabled; dis && *dis; dis++)
			cli_error("warning: '%s': rule '%s' kept hitting the match "
			          "limit and was disabled for this document",
			          d->meta.path, *dis);
	}
	/* looked up again unless nothing was added since: a document still
	** in flight when this one was added may have had the same path */
	state = (xc_doc_state)d->state;
	if (!d->fresh && unchanged(g, d->meta.path, d->hash, &state))
		return;
	if (xc_store_put(g->st, &d->meta, d->body, d->len, d->hash,
	                 g->rules_hash, &d->dc, &stored)) {
		cli_error("'%s': %s", g->db, xc_store_errmsg(g->st));
		xc_store_rollback(g->st);
		g->fatal = 1;
		return;
	}
	if (state == XC_DOC_ABSENT)
		g->pend_new++;
	else
		g->pend_replaced++;
	g->pend_claims += stored;
	g->batch_docs++;
	g->batch_bytes += d->len;
	if (g->batch_docs >= BATCH_DOCS || g->batch_bytes >= BATCH_BYTES)
		commit_batch(g);
	progress(g, 0);
}

static int blank_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

/* The first non-blank line of a plain text, as a title: at most 200
** bytes and not ending like a sentence of a paragraph; NULL otherwise. */
static char *first_line_title(const char *s, size_t len)
{
	size_t a = 0, b;
	char *t;

	while (a < len && blank_byte((unsigned char)s[a]))
		a++;
	for (b = a; b < len && s[b] != '\n'; b++)
		;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r' || s[b - 1] == '\t'))
		b--;
	if (b == a || b - a > 200 || (s[b - 1] == '.' && b - a > 120))
		return NULL;
	if (!(t = malloc(b - a + 1)))
		return NULL;
	memcpy(t, s + a, b - a);
	t[b - a] = 0;
	return t;
}

/* One document read: skipped when stored unchanged, else handed to the
** pool for extraction (and stored by store_doc). */
static void add_doc(ingest *g, xc_doc_meta *m, const char *body, size_t len)
{
	char hash[33];
	xc_doc_state state;

	if (g->fatal)
		return;
	if (len > DOC_MAX_BYTES) {
		char why[96];
		snprintf(why, sizeof why, "%zu bytes of text, more than the %zu "
		         "MiB a document may have", len, DOC_MAX_BYTES >> 20);
		skip(g, m->path, why);
		return;
	}
	g->docs_total++;
	g->bytes_total += len;
	{
		/* no text at all (an empty file or article): stored, and said */
		size_t k;
		for (k = 0; k < len && blank_byte((unsigned char)body[k]); k++)
			;
		if (k == len)
			g->docs_empty++;
	}
	xc_content_hash(body, len, hash);
	if (unchanged(g, m->path, hash, &state))
		return;
	if (cli_pool_add(g->pool, m, body, len, hash, (int)state))
		skip(g, m->path, "out of memory");
}

static int has_suffix(const char *p, const char *suf)
{
	size_t a = strlen(p), b = strlen(suf);

	return a >= b && !strcasecmp(p + a - b, suf);
}

/* Front matter: "---" on the first line, then "key: value" lines until
** "---".  Values are copied into the fields of m (owned by fm). */
typedef struct front {
	char *title, *outlet, *author, *published, *url;
} front;

static void front_free(front *f)
{
	free(f->title);
	free(f->outlet);
	free(f->author);
	free(f->published);
	free(f->url);
}

static void front_matter(const char *s, size_t len, front *f)
{
	const char *p = s, *end = s + len;

	if (len < 4 || memcmp(s, "---", 3) || (s[3] != '\n' && s[3] != '\r'))
		return;
	p = (const char *)memchr(s, '\n', len) + 1;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *e = eol ? eol : end, *colon, *v;
		size_t kl, vl;
		char **dst = NULL;

		if (e - p >= 3 && !memcmp(p, "---", 3))
			break;
		colon = memchr(p, ':', (size_t)(e - p));
		if (colon) {
			kl = (size_t)(colon - p);
			v = colon + 1;
			while (v < e && (*v == ' ' || *v == '\t'))
				v++;
			vl = (size_t)(e - v);
			while (vl && (v[vl - 1] == '\r' || v[vl - 1] == ' '))
				vl--;
			if (vl >= 2 && ((v[0] == '"' && v[vl - 1] == '"') ||
			                (v[0] == '\'' && v[vl - 1] == '\''))) {
				v++;
				vl -= 2;
			}
#define KEY(k) (kl == sizeof(k) - 1 && !strncasecmp(p, k, kl))
			if (KEY("title"))
				dst = &f->title;
			else if (KEY("outlet") || KEY("source") || KEY("site"))
				dst = &f->outlet;
			else if (KEY("author") || KEY("byline"))
				dst = &f->author;
			else if (KEY("published") || KEY("date"))
				dst = &f->published;
			else if (KEY("url") || KEY("link"))
				dst = &f->url;
#undef KEY
			if (dst && !*dst) {
				*dst = malloc(vl + 1);
				if (*dst) {
					memcpy(*dst, v, vl);
					(*dst)[vl] = '\0';
				}
			}
		}
		if (!eol)
			break;
		p = eol + 1;
	}
}

static const char *jstr(struct json_object *o, const char *k)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, k, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/* One JSON value filling the whole line, or NULL with *why set. */
static struct json_object *parse_line(struct json_tokener *tok, const char *p,
                                      size_t n, const char **why)
{
	struct json_object *o;
	enum json_tokener_error e;

	json_tokener_reset(tok);
	if (n > INT32_MAX) {
		*why = "line too long";
		return NULL;
	}
	o = json_tokener_parse_ex(tok, p, (int)n);
	e = json_tokener_get_error(tok);
	if (!o || e != json_tokener_success) {
		*why = e == json_tokener_continue ? "incomplete JSON"
		                                  : json_tokener_error_desc(e);
		json_object_put(o);
		return NULL;
	}
	if (json_tokener_get_parse_end(tok) < n &&
	    strspn(p + json_tokener_get_parse_end(tok), " \t\r") !=
	        n - json_tokener_get_parse_end(tok)) {
		*why = "text after the JSON value";
		json_object_put(o);
		return NULL;
	}
	if (!json_object_is_type(o, json_type_object)) {
		*why = "not a JSON object";
		json_object_put(o);
		return NULL;
	}
	return o;
}

static void ingest_jsonl(ingest *g, const char *path, const char *buf,
                         size_t len)
{
	const char *p = buf, *end = buf + len;
	size_t lineno = 0;
	struct json_tokener *tok = json_tokener_new();

	if (!tok) {
		skip(g, path, "out of memory");
		return;
	}
	while (p < end && !g->fatal) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *e = eol ? eol : end;
		const char *why = NULL;
		struct json_object *o, *id;
		const char *text, *id_s;
		char idbuf[32], *docpath;
		xc_doc_meta m;

		lineno++;
		g->input_done += (size_t)(e - p) + (eol != NULL);
		if (e == p || (e - p == 1 && *p == '\r')) {
			p = e + 1;
			continue;
		}
		o = parse_line(tok, p, (size_t)(e - p), &why);
		p = eol ? eol + 1 : end;
		if (!o) {
			cli_error("%s:%zu: skipping line: invalid JSON: %s", path, lineno, why);
			g->docs_skipped++;
			g->rc = XC_EXIT_INPUT;
			continue;
		}
		text = jstr(o, "text");
		id_s = NULL;
		if (json_object_object_get_ex(o, "id", &id)) {
			if (json_object_is_type(id, json_type_int)) {
				snprintf(idbuf, sizeof idbuf, "%lld",
				         (long long)json_object_get_int64(id));
				id_s = idbuf;
			} else if (json_object_is_type(id, json_type_string)) {
				id_s = json_object_get_string(id);
			}
		}
		if (!text || !id_s) {
			cli_error("%s:%zu: skipping line: needs \"id\" and \"text\"", path,
			          lineno);
			json_object_put(o);
			g->docs_skipped++;
			g->rc = XC_EXIT_INPUT;
			continue;
		}
		{
			size_t dl = strlen(path) + strlen(id_s) + 2;
			docpath = malloc(dl);
			if (!docpath) {
				json_object_put(o);
				break;
			}
			snprintf(docpath, dl, "%s#%s", path, id_s);
		}
		memset(&m, 0, sizeof m);
		m.path = docpath;
		m.format = "jsonl";
		m.title = jstr(o, "title");
		m.url = jstr(o, "url");
		m.outlet = jstr(o, "outlet");
		m.published = jstr(o, "published");
		m.author = jstr(o, "author");
		m.language = jstr(o, "language");
		{
			/* the text may hold \u0000: take its length from JSON */
			struct json_object *tv;
			json_object_object_get_ex(o, "text", &tv);
			m.bytes = (size_t)json_object_get_string_len(tv);
		}
		add_doc(g, &m, text, m.bytes);
		free(docpath);
		json_object_put(o);
	}
	json_tokener_free(tok);
}

static void ingest_one(ingest *g, const char *path, const char *buf,
                       size_t len);
static int wanted(const ingest *g, const char *name);

static void ingest_file(ingest *g, const char *path)
{
	char *buf;
	size_t len;

	if (cli_read_file(path, &buf, &len)) {
		g->docs_skipped++;
		g->rc = XC_EXIT_INPUT;
		return;
	}
	{
		size_t before = g->input_done;
		ingest_one(g, path, buf, len);
		g->input_done = before + len; /* JSONL advanced it line by line */
	}
	progress(g, 0);
	free(buf);
}

/* Sizes of the files an ingest will read, for the progress line's ETA. */
static size_t input_size(const ingest *g, const char *path, int depth)
{
	struct stat sb;
	size_t total = 0;
	DIR *d;
	struct dirent *e;

	if (!strcmp(path, "-") || stat(path, &sb) != 0)
		return 0;
	if (!S_ISDIR(sb.st_mode))
		return (size_t)sb.st_size;
	if (depth > 64 || !(d = opendir(path)))
		return 0;
	while ((e = readdir(d))) {
		size_t pl;
		char *p;
		if (e->d_name[0] == '.')
			continue;
		pl = strlen(path) + strlen(e->d_name) + 2;
		if (!(p = malloc(pl)))
			break;
		snprintf(p, pl, "%s/%s", path, e->d_name);
		if (lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
			total += input_size(g, p, depth + 1);
		else if (S_ISREG(sb.st_mode) && wanted(g, e->d_name))
			total += (size_t)sb.st_size;
		free(p);
	}
	closedir(d);
	return total;
}

/* One input already in memory (buf is the caller's). */
static void ingest_one(ingest *g, const char *path, const char *buf,
                       size_t len)
{
	xc_doc_meta m;
	front f;

	if (xc_looks_binary(buf, len)) {
		skip(g, path, "binary file, not text");
		return;
	}
	if (has_suffix(path, ".jsonl") || has_suffix(path, ".ndjson")) {
		ingest_jsonl(g, path, buf, len);
		return;
	}
	if (has_suffix(path, ".html") || has_suffix(path, ".htm") ||
	    has_suffix(path, ".xhtml")) {
		xc_html h;
		if (xc_html_text(buf, len, &h)) {
			skip(g, path, "cannot parse HTML");
			return;
		}
		if (h.too_deep) {
			/* its text below the limit was never read: no partial copy */
			skip(g, path, "HTML nested too deeply (elements below a depth "
			     "of 2000 cannot be read)");
			xc_html_release(&h);
			return;
		}
		memset(&m, 0, sizeof m);
		m.path = path;
		m.format = "html";
		m.title = h.title;
		m.outlet = h.outlet;
		m.author = h.author;
		m.published = h.published;
		m.url = h.url;
		m.language = h.language;
		m.bytes = len;
		add_doc(g, &m, h.text, h.len);
		xc_html_release(&h);
		return;
	}
	memset(&m, 0, sizeof m);
	memset(&f, 0, sizeof f);
	m.path = path;
	m.format = (has_suffix(path, ".md") || has_suffix(path, ".markdown"))
	               ? "markdown" : "text";
	front_matter(buf, len, &f);
	/* a plain file's first line is its title (a headline) when it is one */
	if (!f.title) {
		size_t fm = cli_front_matter_end(buf, len);
		f.title = first_line_title(buf + fm, len - fm);
	}
	m.title = f.title;
	m.outlet = f.outlet;
	m.author = f.author;
	m.published = f.published;
	m.url = f.url;
	m.bytes = len;
	add_doc(g, &m, buf, len);
	front_free(&f);
}

static int wanted(const ingest *g, const char *name)
{
	int i, inc = g->ninclude == 0;

	for (i = 0; i < g->ninclude && !inc; i++)
		if (!fnmatch(g->include[i], name, 0))
			inc = 1;
	for (i = 0; i < g->nexclude && inc; i++)
		if (!fnmatch(g->exclude[i], name, 0))
			inc = 0;
	return inc;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Is the file path (named name) one of the store's own files (the
** database, its -wal, -shm or -journal)?  "crosscheck ingest ." must not
** read them as articles.  Only names that start like the store's are
** looked at closely. */
static int store_file(const ingest *g, const char *path, const char *name)
{
	const char *base = strrchr(g->db, '/');

	base = base ? base + 1 : g->db;
	return !strncmp(name, base, strlen(base)) && cli_is_store_file(path, g->db);
}

/* Files of a folder, depth first, in name order (deterministic). */
static void ingest_dir(ingest *g, const char *dir, int depth)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, i;

	if (!d) {
		skip(g, dir, strerror(errno));
		return;
	}
	if (depth > 64) {
		closedir(d);
		skip(g, dir, "folders nested too deeply");
		return;
	}
	while ((e = readdir(d))) {
		char **nn;
		if (e->d_name[0] == '.')
			continue; /* ".", "..", hidden files and .git */
		nn = realloc(names, (n + 1) * sizeof *nn);
		if (!nn)
			break;
		names = nn;
		names[n] = strdup(e->d_name);
		if (names[n])
			n++;
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_name);
	for (i = 0; i < n && !g->fatal; i++) {
		size_t pl = strlen(dir) + strlen(names[i]) + 2;
		char *p = malloc(pl);
		struct stat sb;
		if (p) {
			snprintf(p, pl, "%s/%s", dir, names[i]);
			if (lstat(p, &sb) != 0)
				skip(g, p, strerror(errno));
			else if (S_ISDIR(sb.st_mode))
				ingest_dir(g, p, depth + 1);
			else if (S_ISLNK(sb.st_mode))
				skip(g, p, "a symbolic link (links in folders are not "
				     "followed; name the target to read it)");
			else if (!S_ISREG(sb.st_mode))
				skip(g, p, "not a regular file (a FIFO, socket or device)");
			else if (wanted(g, names[i]) && !store_file(g, p, names[i]))
				ingest_file(g, p);
			free(p);
		}
		free(names[i]);
	}
	for (; i < n; i++)
		free(names[i]);
	free(names);
}

const char *cli_db_path(const char *opt)
{
	const char *env = getenv("CROSSCHECK_DB");

	if (opt)
		return opt;
	return env && *env ? env : "crosscheck.db";
}

static void update_stories(ingest *g, const char *const *dirs, size_t ndirs)
{
	xc_story_params p;
	xc_diags *d = NULL;
	xc_status st = xc_diags_new(&d);
	size_t k;

	if (!st)
		st = xc_story_params_load(dirs, ndirs, d, &p);
	for (k = 0; d && k < xc_diags_count(d); k++)
		fprintf(stderr, "%s\n", xc_diags_get(d, k));
	xc_diags_free(d);
	if (!st)
		st = xc_store_update_stories(g->st, &p);
	if (st == XC_ENOMEM) {
		cli_error("out of memory");
		g->fatal = 1;
	} else if (st == XC_ERULES) {
		cli_error("reconciler tables have errors; stories not stored");
		g->rc = XC_EXIT_RULES;
	} else if (st) {
		cli_error("'%s': %s", g->db, xc_store_errmsg(g->st));
		g->fatal = 1;
	}
}

int cmd_ingest(int argc, char **argv)
{
	const char *db = NULL, *rules = NULL;
	ingest g;
	xc_ruleset *rs = NULL;
	int i, rc = XC_EXIT_OK, jobs = cli_cpus();
	const char *dirs[2];
	size_t ndirs = 0;

	memset(&g, 0, sizeof g);
	g.include = calloc((size_t)argc, sizeof *g.include);
	g.exclude = calloc((size_t)argc, sizeof *g.exclude);
	if (!g.include || !g.exclude) {
		rc = XC_EXIT_INTERNAL;
		goto out;
	}
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			i++;
			break;
		} else if (!strcmp(a, "--db") || !strcmp(a, "--rules") ||
		           !strcmp(a, "--include") || !strcmp(a, "--exclude") ||
		           !strcmp(a, "--jobs") || !strcmp(a, "-j")) {
			if (i + 1 >= argc) {
				rc = cli_usage("ingest", "option '%s' needs a value", a);
				goto out;
			}
			if (!strcmp(a, "--db"))
				db = argv[++i];
			else if (!strcmp(a, "--rules"))
				rules = argv[++i];
			else if (!strcmp(a, "--include"))
				g.include[g.ninclude++] = argv[++i];
			else if (!strcmp(a, "--jobs") || !strcmp(a, "-j")) {
				char *e;
				long n = strtol(argv[++i], &e, 10);
				if (*e || e == argv[i] || n < 1 || n > 64) {
					rc = cli_usage("ingest", "--jobs needs a number from 1 "
					               "to 64, not '%s'", argv[i]);
					goto out;
				}
				jobs = (int)n;
			}
			else
				g.exclude[g.nexclude++] = argv[++i];
		} else if (!strcmp(a, "--force")) {
			g.force = 1;
		} else if (!strcmp(a, "--quiet")) {
			g.quiet = 1;
		} else if (a[0] == '-' && a[1]) {
			rc = cli_usage("ingest", "unknown option '%s'", a);
			goto out;
		} else {
			break;
		}
	}
	if (i >= argc) {
		rc = cli_usage("ingest", "no input paths");
		goto out;
	}
	if ((rc = cli_load_rules_ex(rules, 0, &rs, dirs, &ndirs)))
		goto out;
	g.db = db = cli_db_path(db);
	if (xc_store_open(db, 0, &g.st)) {
		cli_error("'%s': %s", db, xc_store_errmsg(g.st));
		rc = XC_EXIT_STORE;
		goto out;
	}
	{
		/* never add to a damaged store: say so before writing */
		int ok = 0;
		if (xc_store_quick_check(g.st, &ok) || !ok) {
			cli_error("'%s': the store fails its integrity check (see "
			          "crosscheck status); nothing was ingested", db);
			rc = XC_EXIT_STORE;
			goto out;
		}
	}
	if (xc_store_bulk(g.st, 1)) {
		cli_error("'%s': %s", db, xc_store_errmsg(g.st));
		rc = XC_EXIT_STORE;
		goto out;
	}
	if (cli_pool_new(rs, jobs, 1, store_doc, &g, &g.pool)) {
		cli_error("out of memory");
		rc = XC_EXIT_INTERNAL;
		goto out;
	}
	g.rules_hash = xc_ruleset_hash(rs);
	g.tty = isatty(2);
	if (g.tty && !g.quiet) {
		int k;
		for (k = i; k < argc; k++)
			g.input_total += input_size(&g, argv[k], 0);
	}
	clock_gettime(CLOCK_MONOTONIC, &g.t0);
	g.last = g.t0;
	for (; i < argc && !g.fatal; i++) {
		struct stat sb;
		const char *p = argv[i];
		if (strcmp(p, "-") && stat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
			ingest_dir(&g, p, 0);
		else
			ingest_file(&g, p);
	}
	if (g.pool)
		cli_pool_drain(g.pool);
	if (!g.fatal)
		commit_batch(&g);
	else
		xc_store_rollback(g.st);
	if (!g.fatal && xc_store_bulk(g.st, 0)) {
		cli_error("'%s': %s", db, xc_store_errmsg(g.st));
		g.fatal = 1;
	}
	/* the stories of the whole store, for show and query (check over the
	** whole store clusters afresh) */
	if (!g.fatal && (g.docs_new || g.docs_replaced))
		update_stories(&g, dirs, ndirs);
	progress(&g, 1);
	if (!g.quiet) {
		char empty[64] = "";
		if (g.docs_empty)
			snprintf(empty, sizeof empty, " (%zu empty: no text)",
			         g.docs_empty);
		printf("ingested %zu documents%s: %zu new, %zu unchanged, %zu "
		       "replaced, %zu skipped; %zu claims added%s\n",
		       g.docs_new + g.docs_same + g.docs_replaced, empty, g.docs_new,
		       g.docs_same, g.docs_replaced, g.docs_skipped, g.claims,
		       g.fatal ? " (stopped by a database error; what is counted "
		                 "is stored)" : "");
	}
	rc = g.fatal ? XC_EXIT_STORE : g.rc;
out:
	cli_pool_free(g.pool);
	xc_store_close(g.st);
	xc_ruleset_free(rs);
	free(g.include);
	free(g.exclude);
	return rc;
}
