/*
** store.c -- the SQLite claim store.
**
** One database file holds documents (with the text claim offsets refer to
** and their source metadata), their claims, and citations.  The schema is
** engine/schema.sql, compiled in; its version is PRAGMA user_version.  The
** store runs in WAL mode with foreign keys on and a busy timeout, uses
** prepared statements only, and writes in explicit transactions, so a
** killed ingest leaves every document either fully present or absent.
**
** This module does not read files or extract claims: callers hand it the
** text and the claims (see cmd_ingest.c).
*/
#include <errno.h>
#include <sqlite3.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "internal.h"

#define XC_SCHEMA_VERSION 4

/* engine/schema.sql, one string per line (a single literal would pass the
** length a C compiler must support); joined before it is run */
static const char *const schema_lines[] = {
#include "schema.inc"
};

struct xc_store {
	sqlite3 *db;
	sqlite3_stmt *find, *del, *ins_doc, *ins_claim, *ins_cite, *ins_unp;
	sqlite3_stmt *text_queue, *text_del;
	char err[512];
	bool in_tx;
	/* the last lookup, so a put right after it need not look again */
	char *last_path;
	sqlite3_int64 last_id; /* 0: absent */
	int version;
	bool bulk;       /* lookup indexes dropped for a bulk load */
};

static void set_err(xc_store *st, const char *what)
{
	snprintf(st->err, sizeof st->err, "%s: %s", what,
	         st->db ? sqlite3_errmsg(st->db) : "cannot open");
}

struct sqlite3 *xc_store_db(xc_store *st)
{
	return st->db;
}

const char *xc_store_errmsg(const xc_store *st)
{
	return st ? st->err : "out of memory";
}

static xc_status exec(xc_store *st, const char *sql, const char *what)
{
	char *msg = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		snprintf(st->err, sizeof st->err, "%s: %s", what,
		         msg ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return XC_EIO;
	}
	return XC_OK;
}

static xc_status exec_schema(xc_store *st)
{
	xc_buf b;
	size_t i;
	xc_status rc;

	xc_buf_init(&b, 0);
	for (i = 0; i < sizeof schema_lines / sizeof schema_lines[0]; i++)
		xc_buf_add(&b, schema_lines[i], strlen(schema_lines[i]));
	if (!b.p)
		return XC_ENOMEM;
	rc = exec(st, b.p, "cannot create schema");
	xc_buf_release(&b);
	return rc;
}

static int user_version(xc_store *st)
{
	sqlite3_stmt *s;
	int v = -1;

	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) ==
	    SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* The lookup indexes of query, show and claims --subject (also in
** schema.sql).  A bulk load into an empty store builds them at the end. */
#define FACT_INDEXES \
	"CREATE INDEX IF NOT EXISTS claims_fact ON claims(subject, metric, " \
	"period); CREATE INDEX IF NOT EXISTS claims_ref ON claims(ref_subject);"


/* Removes documents' words from the text index before the documents go;
** a document still queued in text_pending is not in it (and a contentless
** index must never be told to delete words it does not hold). */
#define TEXT_DELETE \
	"INSERT INTO main.doc_text(doc_text, rowid, body) SELECT 'delete', id, " \
	"body FROM main.documents WHERE id NOT IN (SELECT doc_id FROM " \
	"main.text_pending) AND "

/* Indexes the text of the queued documents, in one transaction: the
** queue and the index never disagree.  Nothing to do when it is empty. */
static xc_status index_pending(xc_store *st)
{
	sqlite3_stmt *s;
	bool any = false;
	xc_status rc;

	if (sqlite3_prepare_v2(st->db, "SELECT 1 FROM text_pending LIMIT 1", -1,
	                       &s, NULL) != SQLITE_OK) {
		set_err(st, "cannot index document text");
		return XC_EIO;
	}
	any = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	if (!any)
		return XC_OK; /* no write lock taken for nothing */
	if ((rc = exec(st, "BEGIN IMMEDIATE", "cannot index document text")))
		return rc;
	if ((rc = exec(st, "INSERT INTO doc_text(rowid, body) SELECT d.id, "
	               "d.body FROM text_pending p JOIN documents d ON d.id = "
	               "p.doc_id ORDER BY d.id; DELETE FROM text_pending;",
	               "cannot index document text")) ||
	    (rc = exec(st, "COMMIT", "cannot index document text")))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* Upgrades, one per version step, each applied in one transaction with
** the version bump: a database is always at exactly one version. */
static const char *const migrations[] = {
	/* 1 -> 2: coverage counters, near-duplicate signatures, unparsed
	** numbers, canonical ratio references.  Old documents keep zero
	** counters and no signature until re-ingested (--force).  (The text
	** index this step once built is now built by 2 -> 3.) */
	"ALTER TABLE documents ADD COLUMN numbers INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE documents ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE documents ADD COLUMN minhash BLOB;"
	"ALTER TABLE claims ADD COLUMN ref_subject TEXT;"
	"ALTER TABLE claims ADD COLUMN attr_how TEXT;"
	"ALTER TABLE claims ADD COLUMN reading TEXT;"
	"ALTER TABLE claims ADD COLUMN rel TEXT;"
	"ALTER TABLE claims ADD COLUMN rel_a INTEGER;"
	"ALTER TABLE claims ADD COLUMN rel_b INTEGER;"
	"CREATE TABLE IF NOT EXISTS unparsed (doc_id INTEGER NOT NULL "
	"REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL, "
	"end INTEGER NOT NULL, text TEXT NOT NULL);"
	"CREATE INDEX IF NOT EXISTS unparsed_doc ON unparsed(doc_id);"
	"CREATE INDEX IF NOT EXISTS claims_fact ON claims(subject, metric, "
	"period);"
	"CREATE INDEX IF NOT EXISTS claims_ref ON claims(ref_subject);",
	/* 2 -> 3: the text index without positions, filled after a load
	** (text_pending); every document is queued and indexed at open */
	"DROP TABLE IF EXISTS doc_text;"
	"CREATE VIRTUAL TABLE doc_text USING fts5(body, content='', "
	"tokenize='porter unicode61', detail=none);"
	"CREATE TABLE IF NOT EXISTS text_pending (doc_id INTEGER PRIMARY KEY "
	"REFERENCES documents(id) ON DELETE CASCADE);"
	"INSERT INTO text_pending(doc_id) SELECT id FROM documents;"
	/* ... and the claims' context words (empty until re-ingested) */
	"ALTER TABLE claims ADD COLUMN context TEXT;",
	/* 3 -> 4: the stories of the documents (filled by the next ingest) */
	"CREATE TABLE IF NOT EXISTS doc_story (doc_id INTEGER PRIMARY KEY "
	"REFERENCES documents(id) ON DELETE CASCADE, story INTEGER NOT NULL, "
	"label TEXT NOT NULL);",
};

static xc_status migrate(xc_store *st, int from)
{
	xc_status rc = XC_OK;
	int v;

	for (v = from; v < XC_SCHEMA_VERSION && !rc; v++) {
		char bump[64];
		snprintf(bump, sizeof bump, "PRAGMA user_version = %d", v + 1);
		if ((rc = exec(st, "BEGIN IMMEDIATE", "cannot upgrade schema")) ||
		    (rc = exec(st, migrations[v - 1], "cannot upgrade schema")) ||
		    (rc = exec(st, bump, "cannot upgrade schema")) ||
		    (rc = exec(st, "COMMIT", "cannot upgrade schema")))
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	}
	return rc;
}

static xc_status prepare(xc_store *st)
{
	static const struct {
		size_t off;
		const char *sql;
	} q[] = {
		{ offsetof(xc_store, find),
		  "SELECT id, content_hash, rules_hash FROM documents WHERE path = ?" },
		{ offsetof(xc_store, del), "DELETE FROM documents WHERE id = ?" },
		{ offsetof(xc_store, ins_doc),
		  "INSERT INTO documents (path, content_hash, rules_hash, format, "
		  "title, outlet, author, published, url, language, bytes, body, "
		  "ingested_at, numbers, excluded, minhash) VALUES "
		  "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" },
		{ offsetof(xc_store, ins_claim),
		  "INSERT INTO claims (doc_id, ord, start, end, text, kind, value, "
		  "low, high, approx, unit, precision, hedge, ref, pair_ord, "
		  "sentence_start, sentence_end, rule, subject, metric, period, "
		  "scope, ref_subject, attr_how, rel, rel_a, rel_b, reading, context) "
		  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" },
		{ offsetof(xc_store, text_queue),
		  "INSERT INTO text_pending(doc_id) VALUES (?)" },
		{ offsetof(xc_store, text_del), TEXT_DELETE "id = ?1" },
		{ offsetof(xc_store, ins_unp),
		  "INSERT INTO unparsed (doc_id, start, end, text) VALUES (?,?,?,?)" },
		{ offsetof(xc_store, ins_cite),
		  "INSERT INTO citations (doc_id, start, end, source, text) VALUES "
		  "(?,?,?,?,?)" },
	};
	size_t i;

	for (i = 0; i < sizeof q / sizeof q[0]; i++) {
		sqlite3_stmt **dst = (sqlite3_stmt **)((char *)st + q[i].off);
		if (sqlite3_prepare_v3(st->db, q[i].sql, -1, SQLITE_PREPARE_PERSISTENT,
		                       dst, NULL) != SQLITE_OK) {
			set_err(st, "cannot prepare statements");
			return XC_EIO;
		}
	}
	return XC_OK;
}

/* Does the database hold any table, view or index of its own? */
static bool has_tables(xc_store *st)
{
	sqlite3_stmt *s = NULL;
	bool any = true; /* when it cannot be told, refuse */

	if (sqlite3_prepare_v2(st->db, "SELECT 1 FROM sqlite_master LIMIT 1", -1,
	                       &s, NULL) == SQLITE_OK) {
		int rc = sqlite3_step(s);
		any = rc != SQLITE_DONE;
	}
	sqlite3_finalize(s);
	return any;
}

/* Does path have a non-empty -wal file (changes an immutable reader would
** not see)? */
static bool wal_pending(const char *path)
{
	struct stat sb;
	size_t n = strlen(path);
	char *w = malloc(n + 5);
	bool pending;

	if (!w)
		return true;
	memcpy(w, path, n);
	memcpy(w + n, "-wal", 5);
	pending = stat(w, &sb) == 0 && sb.st_size > 0;
	free(w);
	return pending;
}

/* A WAL database on read-only media, or in a folder this account cannot
** write, cannot be read the usual way (the shared-memory file cannot be
** created); opened as immutable it can (with no -wal file there is no
** writer's change it could miss). */
static int reopen_immutable(xc_store *st, const char *path)
{
	xc_buf uri;
	const char *p;

	xc_buf_init(&uri, 0);
	xc_buf_add(&uri, "file:", 5);
	for (p = path; *p; p++) {
		if (*p == '?' || *p == '#' || *p == '%')
			xc_buf_addf(&uri, "%%%02X", (unsigned char)*p);
		else
			xc_buf_addc(&uri, *p);
	}
	xc_buf_add(&uri, "?immutable=1", 12);
	sqlite3_close(st->db);
	st->db = NULL;
	if (!uri.p || sqlite3_open_v2(uri.p, &st->db, SQLITE_OPEN_READONLY |
	                              SQLITE_OPEN_URI, NULL) != SQLITE_OK) {
		xc_buf_release(&uri);
		return -1;
	}
	xc_buf_release(&uri);
	return user_version(st);
}

xc_status xc_store_bulk(xc_store *st, int on)
{
	size_t n = 1;
	sqlite3_stmt *s;

	if (!on) {
		if (st->in_tx && xc_store_commit(st))
			return XC_EIO;
		if (index_pending(st))
			return XC_EIO;
		if (!st->bulk)
			return XC_OK;
		st->bulk = false;
		return exec(st, FACT_INDEXES, "cannot create indexes");
	}
	if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM claims", -1, &s,
	                       NULL) == SQLITE_OK) {
		if (sqlite3_step(s) == SQLITE_ROW)
			n = (size_t)sqlite3_column_int64(s, 0);
		sqlite3_finalize(s);
	}
	if (n)
		return XC_OK; /* indexes on a filled store stay */
	st->bulk = true;
	return exec(st, "DROP INDEX IF EXISTS claims_fact; DROP INDEX IF EXISTS "
	            "claims_ref;", "cannot prepare bulk load");
}

xc_status xc_store_open(const char *path, int readonly, xc_store **out)
{
	xc_store *st = calloc(1, sizeof *st);
	/* a handle is used by one thread at a time (the library's rule for
	** every xc_ handle), so SQLite need not lock around each call */
	int flags = (readonly ? SQLITE_OPEN_READONLY
	                      : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
	            SQLITE_OPEN_NOMUTEX;
	int v;
	xc_status rc;

	*out = st;
	if (!st)
		return XC_ENOMEM;
	{
		/* a folder or device is no store: say which, not "disk I/O" */
		struct stat sb;
		if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
			snprintf(st->err, sizeof st->err, "%s, not a database file",
			         S_ISDIR(sb.st_mode) ? "a directory"
			                             : "a device or pipe");
			return XC_EIO;
		}
	}
	/* say "read-only" plainly rather than SQLite's "unable to open" */
	if (!readonly && access(path, F_OK) == 0 && access(path, W_OK) != 0) {
		snprintf(st->err, sizeof st->err, "cannot write: %s",
		         strerror(errno));
		return XC_EIO;
	}
	if (sqlite3_open_v2(path, &st->db, flags, NULL) != SQLITE_OK) {
		set_err(st, "cannot open database");
		return XC_EIO;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, 5000);
	/* reading the version fails on a file that is not a database */
	v = user_version(st);
	/* a store another account writes, in a folder this one cannot write
	** (the newsroom set-up): no shared-memory file can be made for it */
	if (v < 0 && readonly &&
	    ((sqlite3_errcode(st->db) & 0xFF) == SQLITE_CANTOPEN ||
	     (sqlite3_errcode(st->db) & 0xFF) == SQLITE_READONLY) &&
	    !wal_pending(path))
		v = reopen_immutable(st, path);
	if (v < 0) {
		set_err(st, (sqlite3_errcode(st->db) & 0xFF) == SQLITE_NOTADB
		                ? "not a crosscheck database"
		                : "cannot open database");
		return XC_EIO;
	}
	if (v > XC_SCHEMA_VERSION) {
		snprintf(st->err, sizeof st->err,
		         "database schema version %d is newer than this program "
		         "(%d)", v, XC_SCHEMA_VERSION);
		return XC_EINVAL;
	}
	if (v == 0 && has_tables(st)) {
		/* version 0 with tables of its own: another program's file,
		** left as it is (not even its journal mode is changed) */
		snprintf(st->err, sizeof st->err, "a SQLite database of another "
		         "program (it has tables but no crosscheck schema); give a "
		         "new file");
		return XC_EINVAL;
	}
	if ((rc = exec(st, "PRAGMA foreign_keys = ON", "cannot enable foreign "
	               "keys")))
		return rc;
	if (!readonly) {
		if ((rc = exec(st, "PRAGMA journal_mode = WAL; PRAGMA synchronous = "
		               "NORMAL", "cannot set journal mode")))
			return rc;
		if (v == 0) {
			/* a new database: the schema and its version, atomically */
			if ((rc = exec(st, "BEGIN IMMEDIATE", "cannot create schema")) ||
			    (rc = exec_schema(st)) ||
			    (rc = exec(st, "PRAGMA user_version = "
			               XC_STR(XC_SCHEMA_VERSION), "cannot create "
			               "schema")) ||
			    (rc = exec(st, "COMMIT", "cannot create schema"))) {
				sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
				return rc;
			}
		} else if (v < XC_SCHEMA_VERSION && (rc = migrate(st, v))) {
			return rc;
		}
	} else if (v == 0) {
		snprintf(st->err, sizeof st->err, "empty database (nothing ingested)");
		return XC_ENOTFOUND;
	} else if (v < XC_SCHEMA_VERSION) {
		/* an older database is upgraded even by a reading command when
		** the file may be written; otherwise say how */
		if (access(path, W_OK) == 0) {
			sqlite3_close(st->db);
			st->db = NULL;
			memset(st, 0, sizeof *st);
			free(st);
			return xc_store_open(path, 0, out);
		}
		snprintf(st->err, sizeof st->err, "database schema version %d is "
		         "older than this program (%d) and the file is read-only; "
		         "upgrade a writable copy", v, XC_SCHEMA_VERSION);
		return XC_EINVAL;
	}
	st->version = XC_SCHEMA_VERSION;
	/* a load killed before it rebuilt the lookup indexes or indexed its
	** text left them out: finish its work (nothing to do when done) */
	if (!readonly && ((rc = exec(st, FACT_INDEXES, "cannot create indexes")) ||
	                  (rc = index_pending(st))))
		return rc;
	return prepare(st);
}

void xc_store_close(xc_store *st)
{
	if (!st)
		return;
	if (st->in_tx)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_finalize(st->find);
	sqlite3_finalize(st->del);
	sqlite3_finalize(st->ins_doc);
	sqlite3_finalize(st->ins_claim);
	sqlite3_finalize(st->ins_cite);
	sqlite3_finalize(st->ins_unp);
	sqlite3_finalize(st->text_queue);
	sqlite3_finalize(st->text_del);
	free(st->last_path);
	sqlite3_close(st->db);
	free(st);
}

xc_status xc_store_begin(xc_store *st)
{
	if (st->in_tx)
		return XC_OK;
	if (exec(st, "BEGIN IMMEDIATE", "cannot start a transaction"))
		return XC_EIO;
	st->in_tx = true;
	return XC_OK;
}

xc_status xc_store_commit(xc_store *st)
{
	if (!st->in_tx)
		return XC_OK;
	st->in_tx = false;
	if (exec(st, "COMMIT", "cannot commit")) {
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return XC_EIO;
	}
	return XC_OK;
}

xc_status xc_store_snapshot(xc_store *st, int on)
{
	if (st->in_tx || !sqlite3_get_autocommit(st->db) != !on)
		return XC_OK;
	if (on)
		return exec(st, "BEGIN DEFERRED", "cannot begin reading");
	return exec(st, "COMMIT", "cannot end reading");
}

void xc_store_rollback(xc_store *st)
{
	if (st->in_tx)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_tx = false;
}

void xc_content_hash(const char *s, size_t len, char out[33])
{
	XXH128_hash_t h = XXH3_128bits(s, len);

	snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.high64,
	         (unsigned long long)h.low64);
}

xc_status xc_store_lookup(xc_store *st, const char *path, const char *hash,
                          const char *rules_hash, xc_doc_state *state)
{
	int rc;

	*state = XC_DOC_ABSENT;
	free(st->last_path);
	st->last_path = NULL;
	st->last_id = 0;
	sqlite3_reset(st->find);
	sqlite3_bind_text(st->find, 1, path, -1, SQLITE_STATIC);
	rc = sqlite3_step(st->find);
	/* remembered only inside a write transaction, where nobody else can
	** add or remove the document before the put */
	if (st->in_tx && (rc == SQLITE_ROW || rc == SQLITE_DONE))
		st->last_path = strdup(path);
	if (rc == SQLITE_ROW) {
		st->last_id = sqlite3_column_int64(st->find, 0);
		const char *h = (const char *)sqlite3_column_text(st->find, 1);
		const char *r = (const char *)sqlite3_column_text(st->find, 2);
		if (h && !strcmp(h, hash))
			*state = r && !strcmp(r, rules_hash) ? XC_DOC_SAME
			                                     : XC_DOC_OLD_RULES;
		else
			*state = XC_DOC_CHANGED;
	} else if (rc != SQLITE_DONE) {
		set_err(st, "cannot look up document");
		sqlite3_reset(st->find);
		return XC_EIO;
	}
	sqlite3_reset(st->find);
	return XC_OK;
}

/* Values are bound SQLITE_STATIC (not copied): every statement of
** xc_store_put is stepped before its arguments go, and each use binds
** every parameter again. */
static void bind_opt(sqlite3_stmt *s, int i, const char *v)
{
	if (v && *v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

static void bind_num(sqlite3_stmt *s, int i, int has, double v)
{
	if (has)
		sqlite3_bind_double(s, i, v);
	else
		sqlite3_bind_null(s, i);
}

xc_status xc_store_put(xc_store *st, const xc_doc_meta *m, const char *body,
                       size_t len, const char *hash, const char *rules_hash,
                       const xc_doc_claims *dc, size_t *stored)
{
	/* bound SQLITE_STATIC: lives until the statement has run */
	unsigned char mh[XC_MINHASH_N * 4];
	const xc_claim *claims = dc->claims;
	const xc_citation *cites = dc->cites;
	size_t n = dc->n, ncites = dc->ncites;
	sqlite3_int64 doc, old = 0;
	size_t i, k = 0;
	char now[32];
	time_t t = time(NULL);
	struct tm tm;

	*stored = 0;
	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (xc_store_begin(st))
		return XC_EIO;
	/* a changed document replaces the old one and its claims (cascade);
	** the lookup just before usually told us whether there is one */
	if (st->last_path && !strcmp(st->last_path, m->path)) {
		old = st->last_id;
	} else {
		sqlite3_reset(st->find);
		sqlite3_bind_text(st->find, 1, m->path, -1, SQLITE_STATIC);
		if (sqlite3_step(st->find) == SQLITE_ROW)
			old = sqlite3_column_int64(st->find, 0);
	}
	free(st->last_path);
	st->last_path = NULL;
	if (old) {
		sqlite3_reset(st->text_del);
		sqlite3_bind_int64(st->text_del, 1, old);
		if (sqlite3_step(st->text_del) != SQLITE_DONE) {
			set_err(st, "cannot replace document");
			sqlite3_reset(st->text_del);
			return XC_EIO;
		}
		sqlite3_reset(st->text_del);
		sqlite3_reset(st->del);
		sqlite3_bind_int64(st->del, 1, old);
		if (sqlite3_step(st->del) != SQLITE_DONE) {
			set_err(st, "cannot replace document");
			return XC_EIO;
		}
	}
	sqlite3_reset(st->find);
	sqlite3_reset(st->ins_doc);
	sqlite3_bind_text(st->ins_doc, 1, m->path, -1, SQLITE_STATIC);
	sqlite3_bind_text(st->ins_doc, 2, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st->ins_doc, 3, rules_hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st->ins_doc, 4, m->format ? m->format : "text", -1,
	                  SQLITE_STATIC);
	bind_opt(st->ins_doc, 5, m->title);
	bind_opt(st->ins_doc, 6, m->outlet);
	bind_opt(st->ins_doc, 7, m->author);
	bind_opt(st->ins_doc, 8, m->published);
	bind_opt(st->ins_doc, 9, m->url);
	bind_opt(st->ins_doc, 10, m->language);
	sqlite3_bind_int64(st->ins_doc, 11, (sqlite3_int64)m->bytes);
	/* the body as a blob-compatible text: invalid UTF-8 stays byte-exact */
	sqlite3_bind_text64(st->ins_doc, 12, body, len, SQLITE_STATIC, SQLITE_UTF8);
	sqlite3_bind_text(st->ins_doc, 13, now, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st->ins_doc, 14, (sqlite3_int64)dc->numbers);
	sqlite3_bind_int64(st->ins_doc, 15, (sqlite3_int64)dc->excluded);
	if (dc->minhash) {
		size_t q;
		for (q = 0; q < XC_MINHASH_N; q++) {
			mh[4 * q] = (unsigned char)dc->minhash[q];
			mh[4 * q + 1] = (unsigned char)(dc->minhash[q] >> 8);
			mh[4 * q + 2] = (unsigned char)(dc->minhash[q] >> 16);
			mh[4 * q + 3] = (unsigned char)(dc->minhash[q] >> 24);
		}
		sqlite3_bind_blob(st->ins_doc, 16, mh, sizeof mh, SQLITE_STATIC);
	} else {
		sqlite3_bind_null(st->ins_doc, 16);
	}
	if (sqlite3_step(st->ins_doc) != SQLITE_DONE) {
		set_err(st, "cannot store document");
		sqlite3_reset(st->ins_doc);
		return XC_EIO;
	}
	sqlite3_reset(st->ins_doc);
	doc = sqlite3_last_insert_rowid(st->db);
	/* its words go into the text index at the end of the load */
	sqlite3_reset(st->text_queue);
	sqlite3_bind_int64(st->text_queue, 1, doc);
	if (sqlite3_step(st->text_queue) != SQLITE_DONE) {
		set_err(st, "cannot queue document text");
		sqlite3_reset(st->text_queue);
		return XC_EIO;
	}
	sqlite3_reset(st->text_queue);
	for (i = 0; i < n; i++) {
		const xc_claim *c = &claims[i];
		const xc_attr *a = dc->attrs ? &dc->attrs[i] : NULL;
		sqlite3_stmt *s = st->ins_claim;
		if (c->kind == XC_KIND_NUMBER) {
			/* a number no rule could read: kept for coverage */
			s = st->ins_unp;
			sqlite3_reset(s);
			sqlite3_bind_int64(s, 1, doc);
			sqlite3_bind_int64(s, 2, (sqlite3_int64)c->start);
			sqlite3_bind_int64(s, 3, (sqlite3_int64)c->end);
			sqlite3_bind_text64(s, 4, body + c->start, c->end - c->start,
			                    SQLITE_STATIC, SQLITE_UTF8);
			if (sqlite3_step(s) != SQLITE_DONE) {
				set_err(st, "cannot store unparsed number");
				sqlite3_reset(s);
				return XC_EIO;
			}
			sqlite3_reset(s);
			continue;
		}
		if (c->kind > XC_KIND_QUANTITY)
			continue; /* excluded numbers are only counted */
		sqlite3_reset(s);
		sqlite3_bind_int64(s, 1, doc);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)c->start);
		sqlite3_bind_int64(s, 4, (sqlite3_int64)c->end);
		sqlite3_bind_text64(s, 5, body + c->start, c->end - c->start,
		                    SQLITE_STATIC, SQLITE_UTF8);
		sqlite3_bind_text(s, 6, xc_kind_name(c->kind), -1, SQLITE_STATIC);
		bind_num(s, 7, c->has_value, c->value);
		bind_num(s, 8, c->has_low, c->low);
		bind_num(s, 9, c->has_high, c->high);
		sqlite3_bind_int(s, 10, c->approx);
		bind_opt(s, 11, c->unit);
		bind_num(s, 12, c->precision > 0, c->precision);
		bind_opt(s, 13, c->hedge);
		bind_opt(s, 14, c->ref);
		if (c->pair >= 0)
			sqlite3_bind_int64(s, 15, c->pair);
		else
			sqlite3_bind_null(s, 15);
		sqlite3_bind_int64(s, 16, (sqlite3_int64)c->sent_start);
		sqlite3_bind_int64(s, 17, (sqlite3_int64)c->sent_end);
		sqlite3_bind_text(s, 18, c->rule, -1, SQLITE_STATIC);
		bind_opt(s, 19, a ? a->subject : NULL);
		bind_opt(s, 20, a ? a->metric : NULL);
		bind_opt(s, 21, a ? a->period : NULL);
		bind_opt(s, 22, a ? a->scope : NULL);
		bind_opt(s, 23, a ? a->ref : NULL);
		bind_opt(s, 24, a ? a->how : NULL);
		{
			static const char *const rels[] = { NULL, "change", "pctof",
			                                     "part", "shares", "times" };
			int r = a && a->rel > 0 && a->rel < 6 ? a->rel : 0;
			bind_opt(s, 25, rels[r]);
			if (r && a->rel_a >= 0)
				sqlite3_bind_int(s, 26, a->rel_a);
			else
				sqlite3_bind_null(s, 26);
			if (r && a->rel_b >= 0)
				sqlite3_bind_int(s, 27, a->rel_b);
			else
				sqlite3_bind_null(s, 27);
		}
		bind_opt(s, 28, a ? a->reading : NULL);
		bind_opt(s, 29, a ? a->context : NULL);
		if (sqlite3_step(s) != SQLITE_DONE) {
			set_err(st, "cannot store claim");
			sqlite3_reset(s);
			return XC_EIO;
		}
		k++;
	}
	sqlite3_reset(st->ins_claim);
	for (i = 0; i < ncites; i++) {
		sqlite3_stmt *s = st->ins_cite;
		sqlite3_reset(s);
		sqlite3_bind_int64(s, 1, doc);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)cites[i].start);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)cites[i].end);
		sqlite3_bind_text(s, 4, cites[i].source, -1, SQLITE_STATIC);
		sqlite3_bind_text64(s, 5, body + cites[i].start,
		                    cites[i].end - cites[i].start, SQLITE_STATIC,
		                    SQLITE_UTF8);
		if (sqlite3_step(s) != SQLITE_DONE) {
			set_err(st, "cannot store citation");
			sqlite3_reset(s);
			return XC_EIO;
		}
	}
	sqlite3_reset(st->ins_cite);
	*stored = k;
	return XC_OK;
}

static xc_status query(xc_store *st, const char *sql, const char *const *args,
                       size_t nargs, xc_row_cb cb, void *ctx)
{
	sqlite3_stmt *s;
	size_t i;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		set_err(st, "cannot query");
		return XC_EIO;
	}
	for (i = 0; i < nargs; i++)
		sqlite3_bind_text(s, (int)i + 1, args[i], -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *vals[32];
		size_t lens[32];
		int nc = sqlite3_column_count(s), c;
		if (nc > 32)
			nc = 32;
		for (c = 0; c < nc; c++) {
			vals[c] = (const char *)sqlite3_column_text(s, c);
			lens[c] = (size_t)sqlite3_column_bytes(s, c);
		}
		if (cb(ctx, nc, vals, lens))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		set_err(st, "cannot query");
		sqlite3_finalize(s);
		return XC_EIO;
	}
	sqlite3_finalize(s);
	return XC_OK;
}

xc_status xc_store_body(xc_store *st, const char *path, char **out,
                        size_t *len)
{
	sqlite3_stmt *s;
	xc_status rc = XC_ENOTFOUND;

	*out = NULL;
	*len = 0;
	if (sqlite3_prepare_v2(st->db, "SELECT CAST(body AS BLOB) FROM documents "
	                       "WHERE path = ?", -1, &s, NULL) != SQLITE_OK) {
		set_err(st, "cannot read document");
		return XC_EIO;
	}
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW) {
		const void *b = sqlite3_column_blob(s, 0);
		size_t n = (size_t)sqlite3_column_bytes(s, 0);
		*out = malloc(n + 1);
		if (!*out) {
			rc = XC_ENOMEM;
		} else {
			if (n)
				memcpy(*out, b, n);
			(*out)[n] = 0;
			*len = n;
			rc = XC_OK;
		}
	}
	sqlite3_finalize(s);
	return rc;
}

static xc_status check_with(xc_store *st, const char *pragma, int *ok)
{
	sqlite3_stmt *s;
	const char *r;

	*ok = 0;
	if (sqlite3_prepare_v2(st->db, pragma, -1, &s, NULL) != SQLITE_OK) {
		set_err(st, "cannot check database");
		return XC_EIO;
	}
	if (sqlite3_step(s) == SQLITE_ROW &&
	    (r = (const char *)sqlite3_column_text(s, 0)) && !strcmp(r, "ok"))
		*ok = 1;
	sqlite3_finalize(s);
	return XC_OK;
}

xc_status xc_store_check(xc_store *st, int *ok)
{
	return check_with(st, "PRAGMA integrity_check", ok);
}

xc_status xc_store_quick_check(xc_store *st, int *ok)
{
	return check_with(st, "PRAGMA quick_check(1)", ok);
}

xc_status xc_store_update_stories(xc_store *st, const xc_story_params *p)
{
	sqlite3_stmt *s = NULL, *ins = NULL;
	xc_story_input *in = NULL;
	int64_t *ids = NULL;
	char **bufs = NULL;
	size_t n = 0, cap = 0, i;
	xc_stories *S = NULL;
	xc_status rc = XC_OK;
	int r;

	if (sqlite3_prepare_v2(st->db, "SELECT id, CAST(body AS BLOB), published "
	                       "FROM documents ORDER BY id", -1, &s, NULL) !=
	    SQLITE_OK) {
		set_err(st, "cannot read documents");
		return XC_EIO;
	}
	while ((r = sqlite3_step(s)) == SQLITE_ROW && !rc) {
		const void *b = sqlite3_column_blob(s, 1);
		size_t len = (size_t)sqlite3_column_bytes(s, 1);
		const char *pub = (const char *)sqlite3_column_text(s, 2);
		if (xc_grow(&in, &cap, n, sizeof *in, 256) ||
		    !(ids = realloc(ids, cap * sizeof *ids)) ||
		    !(bufs = realloc(bufs, cap * 2 * sizeof *bufs))) {
			rc = XC_ENOMEM;
			break;
		}
		ids[n] = sqlite3_column_int64(s, 0);
		bufs[2 * n] = xc_strndup(b ? (const char *)b : "", b ? len : 0);
		bufs[2 * n + 1] = pub ? xc_strndup(pub, strlen(pub)) : NULL;
		if (!bufs[2 * n] || (pub && !bufs[2 * n + 1])) {
			free(bufs[2 * n]);
			free(bufs[2 * n + 1]);
			rc = XC_ENOMEM;
			break;
		}
		in[n].text = bufs[2 * n];
		in[n].len = b ? len : 0;
		in[n].published = bufs[2 * n + 1];
		n++;
	}
	if (!rc && r != SQLITE_DONE) {
		set_err(st, "cannot read documents");
		rc = XC_EIO;
	}
	sqlite3_finalize(s);
	if (!rc)
		rc = xc_stories_cluster(in, n, p, &S);
	for (i = 0; i < n; i++) {
		free(bufs[2 * i]);
		free(bufs[2 * i + 1]);
	}
	free(bufs);
	free(in);
	if (!rc && ((rc = exec(st, "BEGIN IMMEDIATE", "cannot store stories")) ||
	            (rc = exec(st, "DELETE FROM doc_story", "cannot store stories"))))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	else if (!rc && sqlite3_prepare_v2(st->db, "INSERT INTO doc_story(doc_id, "
	                                   "story, label) VALUES (?, ?, ?)", -1,
	                                   &ins, NULL) != SQLITE_OK) {
		set_err(st, "cannot store stories");
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		rc = XC_EIO;
	}
	for (i = 0; !rc && i < n; i++) {
		size_t k = xc_stories_of(S, i);
		sqlite3_bind_int64(ins, 1, ids[i]);
		sqlite3_bind_int64(ins, 2, (sqlite3_int64)k);
		sqlite3_bind_text(ins, 3, xc_stories_label(S, k), -1, SQLITE_STATIC);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			set_err(st, "cannot store stories");
			rc = XC_EIO;
		}
		sqlite3_reset(ins);
	}
	sqlite3_finalize(ins);
	if (ins && !rc)
		rc = exec(st, "COMMIT", "cannot store stories");
	if (ins && rc)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	xc_stories_free(S);
	free(ids);
	return rc;
}

xc_status xc_store_sources(xc_store *st, xc_row_cb cb, void *ctx)
{
	return query(st,
	             "SELECT d.id, d.path, d.format, d.title, d.outlet, d.author, "
	             "d.published, d.url, d.bytes, "
	             "(SELECT count(*) FROM claims c WHERE c.doc_id = d.id), "
	             "d.content_hash, d.rules_hash, d.ingested_at "
	             "FROM documents d ORDER BY d.path",
	             NULL, 0, cb, ctx);
}

xc_status xc_store_claims(xc_store *st, const xc_claim_filter *f,
                          xc_row_cb cb, void *ctx)
{
	const char *args[8];
	size_t n = 0;
	char sql[2048], like[1024];
	int k;

	k = snprintf(sql, sizeof sql,
	             "SELECT c.id, d.path, c.start, c.end, c.text, c.kind, c.value, "
	             "c.low, c.high, c.approx, c.unit, c.precision, c.hedge, c.ref, "
	             "c.sentence_start, c.sentence_end, c.rule, "
	             /* byte offsets: cut the body as a blob, read it as text */
	             "CAST(substr(CAST(d.body AS BLOB), c.sentence_start + 1, "
	             "c.sentence_end - c.sentence_start) AS TEXT), "
	             "(SELECT group_concat(t.source, '; ') FROM citations t WHERE "
	             "t.doc_id = c.doc_id AND t.start >= c.sentence_start AND "
	             "t.end <= c.sentence_end), "
	             "c.subject, c.metric, c.period "
	             "FROM claims c JOIN documents d ON d.id = c.doc_id WHERE 1");
	if (f && f->doc) {
		k += snprintf(sql + k, sizeof sql - (size_t)k,
		              " AND (d.path = ? OR CAST(d.id AS TEXT) = ?1)");
		args[n++] = f->doc;
	}
	if (f && f->kind) {
		k += snprintf(sql + k, sizeof sql - (size_t)k, " AND c.kind = ?%zu",
		              n + 1);
		args[n++] = f->kind;
	}
	if (f && f->unit) {
		k += snprintf(sql + k, sizeof sql - (size_t)k, " AND c.unit = ?%zu",
		              n + 1);
		args[n++] = f->unit;
	}
	if (f && f->subject) {
		k += snprintf(sql + k, sizeof sql - (size_t)k, " AND c.subject = "
		              "?%zu COLLATE NOCASE", n + 1);
		args[n++] = f->subject;
	}
	if (f && f->metric) {
		k += snprintf(sql + k, sizeof sql - (size_t)k, " AND c.metric = ?%zu",
		              n + 1);
		args[n++] = f->metric;
	}
	if (f && f->period) {
		k += snprintf(sql + k, sizeof sql - (size_t)k, " AND c.period = ?%zu",
		              n + 1);
		args[n++] = f->period;
	}
	if (f && f->grep) {
		/* a plain substring of the sentence; %, _ and \ are escaped */
		size_t i, j = 0;
		like[j++] = '%';
		for (i = 0; f->grep[i] && j + 3 < sizeof like; i++) {
			char c = f->grep[i];
			if (c == '%' || c == '_' || c == '\\')
				like[j++] = '\\';
			like[j++] = c;
		}
		like[j++] = '%';
		like[j] = '\0';
		k += snprintf(sql + k, sizeof sql - (size_t)k,
		              " AND CAST(substr(CAST(d.body AS BLOB), "
		              "c.sentence_start + 1, c.sentence_end - "
		              "c.sentence_start) AS TEXT) LIKE ?%zu ESCAPE '\\'",
		              n + 1);
		args[n++] = like;
	}
	snprintf(sql + k, sizeof sql - (size_t)k, " ORDER BY d.path, c.start");
	return query(st, sql, args, n, cb, ctx);
}

xc_status xc_store_status(xc_store *st, const char *rules_hash,
                          xc_store_counts *out)
{
	sqlite3_stmt *s;
	static const char sql[] =
		"SELECT (SELECT count(*) FROM documents), "
		"(SELECT count(*) FROM claims), "
		"(SELECT count(*) FROM documents WHERE rules_hash <> ?1), "
		"(SELECT coalesce(sum(bytes), 0) FROM documents)";

	memset(out, 0, sizeof *out);
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		set_err(st, "cannot read status");
		return XC_EIO;
	}
	sqlite3_bind_text(s, 1, rules_hash ? rules_hash : "", -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW) {
		out->documents = (size_t)sqlite3_column_int64(s, 0);
		out->claims = (size_t)sqlite3_column_int64(s, 1);
		out->old_rules = (size_t)sqlite3_column_int64(s, 2);
		out->bytes = (size_t)sqlite3_column_int64(s, 3);
	}
	sqlite3_finalize(s);
	out->schema_version = XC_SCHEMA_VERSION;
	return XC_OK;
}

xc_status xc_store_old_rules(xc_store *st, const char *rules_hash,
                             xc_row_cb cb, void *ctx)
{
	const char *args[1] = { rules_hash };

	return query(st, "SELECT path FROM documents WHERE rules_hash <> ?1 "
	             "ORDER BY path", args, 1, cb, ctx);
}

static xc_status count1(xc_store *st, const char *sql, size_t *out)
{
	sqlite3_stmt *s;
	xc_status rc = XC_OK;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		set_err(st, "cannot merge");
		return XC_EIO;
	}
	if (sqlite3_step(s) == SQLITE_ROW)
		*out = (size_t)sqlite3_column_int64(s, 0);
	else
		rc = XC_EIO;
	sqlite3_finalize(s);
	return rc;
}

xc_status xc_store_merge(xc_store *st, const char *in, xc_merge_counts *n)
{
	sqlite3_stmt *s;
	size_t version = 0, total = 0;
	xc_status rc;
	static const char cols[] =
		"path, content_hash, rules_hash, format, title, outlet, author, "
		"published, url, language, bytes, body, ingested_at";
	static const char ccols[] =
		"ord, start, end, text, kind, value, low, high, approx, unit, "
		"precision, hedge, ref, pair_ord, sentence_start, sentence_end, "
		"rule, subject, metric, period, scope";
	char sql[2048];

	memset(n, 0, sizeof *n);
	/* ATTACH would create a missing file: refuse it first */
	if (access(in, R_OK) != 0) {
		snprintf(st->err, sizeof st->err, "cannot open '%s': %s", in,
		         strerror(errno));
		return XC_EIO;
	}
	{
		/* merging a store into itself would delete what it copies */
		struct stat a, b;
		const char *me = sqlite3_db_filename(st->db, "main");
		if (me && stat(me, &a) == 0 && stat(in, &b) == 0 &&
		    a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
			snprintf(st->err, sizeof st->err, "cannot merge '%s' into "
			         "itself", in);
			return XC_EINVAL;
		}
	}
	if (st->in_tx && xc_store_commit(st))
		return XC_EIO;
	if (sqlite3_prepare_v2(st->db, "ATTACH ? AS src", -1, &s, NULL) !=
	    SQLITE_OK) {
		set_err(st, "cannot attach");
		return XC_EIO;
	}
	sqlite3_bind_text(s, 1, in, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		set_err(st, "cannot open input database");
		sqlite3_finalize(s);
		return XC_EIO;
	}
	sqlite3_finalize(s);
	if (count1(st, "PRAGMA src.user_version", &version) ||
	    version < 1 || version > XC_SCHEMA_VERSION) {
		snprintf(st->err, sizeof st->err, "cannot merge '%s': not a "
		         "crosscheck database of schema version 1..%d", in,
		         XC_SCHEMA_VERSION);
		sqlite3_exec(st->db, "DETACH src", NULL, NULL, NULL);
		return XC_EINVAL;
	}
	/* a damaged shard is refused before anything of it is copied */
	{
		sqlite3_stmt *q = NULL;
		int ok = sqlite3_prepare_v2(st->db, "PRAGMA src.quick_check(1)", -1,
		                            &q, NULL) == SQLITE_OK &&
		         sqlite3_step(q) == SQLITE_ROW &&
		         !strcmp((const char *)sqlite3_column_text(q, 0), "ok");
		sqlite3_finalize(q);
		if (!ok) {
			snprintf(st->err, sizeof st->err, "cannot merge '%s': it fails "
			         "its integrity check (a damaged store)", in);
			sqlite3_exec(st->db, "DETACH src", NULL, NULL, NULL);
			return XC_EINVAL;
		}
	}
	rc = xc_store_begin(st);
	/* the input documents that are new here or differ from ours */
	if (!rc)
		rc = exec(st, "CREATE TEMP TABLE xc_merge AS SELECT s.id AS sid, "
		          "d.id AS did FROM src.documents s LEFT JOIN main.documents d "
		          "ON d.path = s.path WHERE d.id IS NULL OR "
		          "d.content_hash <> s.content_hash OR "
		          "d.rules_hash <> s.rules_hash", "cannot merge");
	if (!rc)
		rc = count1(st, "SELECT count(*) FROM src.documents", &total) ||
		     count1(st, "SELECT count(*) FROM temp.xc_merge WHERE did IS NULL",
		            &n->added) ||
		     count1(st, "SELECT count(*) FROM temp.xc_merge WHERE did IS NOT "
		            "NULL", &n->replaced) ? XC_EIO : XC_OK;
	if (!rc)
		rc = exec(st, TEXT_DELETE "id IN (SELECT did FROM temp.xc_merge "
		          "WHERE did IS NOT NULL)", "cannot merge");
	if (!rc)
		rc = exec(st, "DELETE FROM main.documents WHERE id IN "
		          "(SELECT did FROM temp.xc_merge WHERE did IS NOT NULL)",
		          "cannot merge");
	if (!rc) {
		/* a version-1 input has no counters, signatures or unparsed list */
		const char *dx = version >= 2 ? ", numbers, excluded, minhash" : "";
		snprintf(sql, sizeof sql, "INSERT INTO main.documents (%s%s) SELECT "
		         "%s%s FROM src.documents WHERE id IN (SELECT sid FROM "
		         "temp.xc_merge)", cols, dx, cols, dx);
		rc = exec(st, sql, "cannot merge documents");
	}
	if (!rc)
		rc = exec(st, "INSERT INTO main.text_pending(doc_id) SELECT d.id "
		          "FROM main.documents d JOIN src.documents s ON s.path = "
		          "d.path WHERE s.id IN (SELECT sid FROM temp.xc_merge)",
		          "cannot merge");
	if (!rc) {
		const char *cx = version >= 3 ? ", ref_subject, attr_how, rel, "
		                                "rel_a, rel_b, reading, context"
		                 : version >= 2 ? ", ref_subject, attr_how, rel, "
		                                  "rel_a, rel_b, reading" : "";
		snprintf(sql, sizeof sql, "INSERT INTO main.claims (doc_id, %s%s) "
		         "SELECT nd.id, %s%s FROM src.claims c JOIN src.documents sd "
		         "ON sd.id = c.doc_id JOIN main.documents nd ON nd.path = "
		         "sd.path WHERE c.doc_id IN (SELECT sid FROM temp.xc_merge)",
		         ccols, cx, "c.ord, c.start, c.end, c.text, c.kind, c.value, "
		         "c.low, c.high, c.approx, c.unit, c.precision, c.hedge, c.ref, "
		         "c.pair_ord, c.sentence_start, c.sentence_end, "
		         "c.rule, c.subject, c.metric, c.period, c.scope",
		         version >= 3 ? ", c.ref_subject, c.attr_how, c.rel, "
		                        "c.rel_a, c.rel_b, c.reading, c.context"
		         : version >= 2 ? ", c.ref_subject, c.attr_how, c.rel, "
		                          "c.rel_a, c.rel_b, c.reading" : "");
		rc = exec(st, sql, "cannot merge claims");
	}
	if (!rc)
		rc = exec(st, "INSERT INTO main.citations (doc_id, start, end, "
		          "source, text) SELECT nd.id, c.start, c.end, c.source, "
		          "c.text FROM src.citations c JOIN src.documents sd ON "
		          "sd.id = c.doc_id JOIN main.documents nd ON nd.path = "
		          "sd.path WHERE c.doc_id IN (SELECT sid FROM temp.xc_merge)",
		          "cannot merge citations");
	if (!rc && version >= 2)
		rc = exec(st, "INSERT INTO main.unparsed (doc_id, start, end, text) "
		          "SELECT nd.id, u.start, u.end, u.text FROM src.unparsed u "
		          "JOIN src.documents sd ON sd.id = u.doc_id JOIN "
		          "main.documents nd ON nd.path = sd.path WHERE u.doc_id IN "
		          "(SELECT sid FROM temp.xc_merge)", "cannot merge unparsed");
	if (!rc)
		rc = exec(st, "DROP TABLE temp.xc_merge", "cannot merge");
	if (!rc)
		rc = xc_store_commit(st);
	else
		xc_store_rollback(st);
	sqlite3_exec(st->db, "DROP TABLE IF EXISTS temp.xc_merge", NULL, NULL,
	             NULL);
	sqlite3_exec(st->db, "DETACH src", NULL, NULL, NULL);
	if (!rc)
		rc = index_pending(st);
	if (!rc)
		n->unchanged = total - n->added - n->replaced;
	return rc;
}
