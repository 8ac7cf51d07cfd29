/*
** cli.h -- shared pieces of the crosscheck command-line tool.  The tool
** uses only the public library header; everything here is about argv,
** files, rule directories and output.
*/
#ifndef XC_CLI_H
#define XC_CLI_H

#include <stdio.h>
#include <string.h>

#include "crosscheck.h"

/* Exit codes, documented in docs/cli.md. */
enum {
	XC_EXIT_OK = 0,       /* success */
	XC_EXIT_FAIL = 1,     /* the check failed: rule tests, lint errors */
	XC_EXIT_USAGE = 2,    /* bad command line */
	XC_EXIT_INPUT = 3,    /* some input could not be read or was skipped */
	XC_EXIT_RULES = 4,    /* rule files have errors */
	XC_EXIT_INTERNAL = 5, /* out of memory or another internal error */
	XC_EXIT_STORE = 6     /* the database could not be opened or written */
};

typedef struct xc_command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
	const char *usage; /* full help text */
} xc_command;

int cmd_extract(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_sources(int argc, char **argv);
int cmd_claims(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_stories(int argc, char **argv);

extern const char cmd_extract_usage[];
extern const char cmd_rules_usage[];
extern const char cmd_ingest_usage[];
extern const char cmd_sources_usage[];
extern const char cmd_claims_usage[];
extern const char cmd_status_usage[];
extern const char cmd_merge_usage[];
extern const char cmd_check_usage[];
extern const char cmd_query_usage[];
extern const char cmd_show_usage[];
extern const char cmd_stories_usage[];

/* The store to use: --db, else $CROSSCHECK_DB, else ./crosscheck.db. */
const char *cli_db_path(const char *opt);

/* The end of a leading front-matter block ("---" line, key: value lines,
** "---" line) of s: the offset after its closing line, or 0 when s has
** none. */
size_t cli_front_matter_end(const char *s, size_t len);
/* Is path the store db or one of its files (-wal, -shm, -journal), by
** name or by the file it is? */
int cli_is_store_file(const char *path, const char *db);

/* Blank (spaces, line breaks kept) the front matter s[0..end) but its
** "title:" line: metadata yields no claims, a headline does. */
void cli_blank_front_matter(char *s, size_t end);

/* Markdown for a string from a document: as paragraph text (every
** character Markdown or inline HTML gives a meaning escaped, line breaks
** and control characters as spaces), or as a code span (a fence longer
** than any run of backticks in it; in a table, pipes escaped). */
void cli_md_text(FILE *out, const char *s, size_t n);
void cli_md_str(FILE *out, const char *s);
void cli_md_code(FILE *out, const char *s, int in_table);
/* s[0..n) for a terminal, on one line (cli_put_safe, breaks as spaces). */
void cli_put_line_safe(FILE *out, const char *s, size_t n);

/* Write s for a terminal: control characters (C0, DEL, C1) from a
** document are shown escaped (\x1b, \u0085), so they cannot move the
** cursor or forge output lines. */
void cli_put_safe(FILE *out, const char *s);

/* Does CSV cell v[0..n) need a leading apostrophe so that a spreadsheet
** reads it as text, not a formula?  OWASP's rule: it begins with =, +,
** -, @, tab or carriage return, and is not a plain number ("-3.5"). */
int cli_csv_guard(const char *v, size_t n);

/* A reconciled store: the rules, the store (read-only) and the check. */
typedef struct cli_checked {
	xc_ruleset *rs;
	xc_store *st;
	xc_check *ck;
} cli_checked;

/* Load the rules (built-in plus user_dir), open the store db and run the
** reconciler with flags (XC_CHECK_*), printing every problem.  Returns
** XC_EXIT_OK with *out filled (cli_check_close frees it), or the exit
** code of what failed, *out then empty. */
int cli_check_open(const char *rules, const char *db, unsigned flags,
                   cli_checked *out);
void cli_check_close(cli_checked *c);

/* Print "crosscheck: <msg>" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Usage error: message, hint, returns XC_EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Load built-in rules plus an optional user directory; prints every
** diagnostic.  Returns XC_EXIT_OK or XC_EXIT_RULES. */
int cli_load_rules(const char *user_dir, xc_ruleset **rs);
/* The same with xc_ruleset_load_ex flags; dirs (room for 2), when not
** NULL, receives the directories loaded and *ndirs their number. */
int cli_load_rules_ex(const char *user_dir, unsigned flags, xc_ruleset **rs,
                      const char **dirs, size_t *ndirs);
/* The built-in rules directory found for this binary, or NULL. */
const char *cli_builtin_rules(void);

/* Documents extracted on worker threads and stored in order (pool.c).
** Each document added is copied; its extraction (claims, citations,
** coverage counters, MinHash signature, attribution) runs on a worker, and
** the store callback receives it on the adding thread, in the order the
** documents were added, with everything valid until the callback returns.
** jobs <= 1: no threads, each document is extracted and stored at once. */
typedef struct cli_pool_doc {
	xc_doc_meta meta;
	const char *body;
	size_t len;
	char hash[33];
	int state;         /* the caller's, carried through (xc_doc_state) */
	int fresh;         /* no document was added since this one: a lookup
	                   ** made when it was added still holds */
	xc_status status;  /* of extraction or attribution; dc is valid if OK */
	xc_doc_claims dc;
	const char *const *disabled; /* rules disabled on it (match limit) */
} cli_pool_doc;
typedef struct cli_pool cli_pool;
typedef void (*cli_pool_store_fn)(void *ctx, const cli_pool_doc *d);
int cli_pool_new(const xc_ruleset *rs, int jobs, int citations,
                 cli_pool_store_fn store, void *ctx, cli_pool **out);
/* May first hand the oldest document to the callback (when every slot is
** in use).  -1: out of memory, the document was not added. */
int cli_pool_add(cli_pool *p, const xc_doc_meta *m, const char *body,
                 size_t len, const char *hash, int state);
/* Hands every document still in flight to the callback. */
void cli_pool_drain(cli_pool *p);
/* Waits for the workers; documents not drained are dropped. */
void cli_pool_free(cli_pool *p);
/* The number of processors online (at least 1). */
int cli_cpus(void);

/* Read a whole file ("-" is stdin) into a malloc'd buffer.  On failure
** prints a message naming the file and returns -1. */
int cli_read_file(const char *path, char **buf, size_t *len);

/* JSON output helpers (jsonw.c): a growable line buffer, strings escaped as
** usual, numbers as integers when whole, else to 15 digits.  On
** allocation failure `failed` is set and further appends are ignored. */
typedef struct jw {
	char *p;
	size_t len, cap;
	int failed;
} jw;

void jw_grow(jw *w, size_t need);
static inline void jw_raw(jw *w, const char *s, size_t n)
{
	if (w->len + n > w->cap)
		jw_grow(w, n);
	if (w->failed)
		return;
	memcpy(w->p + w->len, s, n);
	w->len += n;
}
/* a string literal, its length known at compile time */
#define JW_LIT(w, lit) jw_raw((w), (lit), sizeof(lit) - 1)
void jw_cstr(jw *w, const char *s);
void jw_uint(jw *w, unsigned long long v);
void jw_str(jw *w, const char *s, size_t n);
void jw_num(jw *w, double v);

/* Format a number for output: integers without a fraction, others with
** up to 15 significant digits.  buf must hold 40 bytes. */
const char *cli_num(double v, char *buf);

#endif
