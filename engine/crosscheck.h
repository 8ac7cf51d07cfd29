/*
** crosscheck.h -- the public interface of the crosscheck library.
**
** crosscheck finds numeric claims in news text ("at least $16 billion",
** "one-tenth of the H100's performance", "about 700,000 chips") and keeps,
** for each, the exact byte span in the original input, the parsed value, the
** interval implied by hedges and ranges, the printed precision, the unit and
** the rule that produced it.
**
** This header is the specification.  Conventions, stated once:
**
**  - Every exported symbol starts with xc_ (macros XC_).
**  - Functions that can fail return xc_status; objects come back through an
**    out-parameter.  xc_*_free(NULL) is always a no-op.
**  - Text comes in as (const char *s, size_t len); it need not be
**    NUL-terminated and may hold invalid UTF-8 or NUL bytes.
**  - Pointers returned by the library are BORROWED unless said otherwise:
**    each function documents until when they stay valid.
**  - The library never prints, never exits and never reads the environment.
**  - A compiled xc_ruleset is immutable once loaded and may be shared by
**    several xc_extractor objects (one per thread).
*/
#ifndef CROSSCHECK_H
#define CROSSCHECK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define XC_VERSION "0.1.0"

/* ---------------------------------------------------------------- status */

typedef enum xc_status {
	XC_OK = 0,
	XC_ENOMEM,    /* an allocation failed */
	XC_EIO,       /* a file could not be opened or read (see errno) */
	XC_EINVAL,    /* bad argument */
	XC_ERULES,    /* rule files had errors; diagnostics say which */
	XC_ELIMIT,    /* an input exceeded a hard limit */
	XC_EBINARY,   /* input looks binary, not text */
	XC_ENOTFOUND  /* a named thing does not exist */
} xc_status;

/* A static, lowercase description of st; never NULL. */
const char *xc_status_str(xc_status st);

/* ----------------------------------------------------------- diagnostics */

/* A list of messages of the form "path:line:col: message".  Rule loading
** collects all of them instead of stopping at the first. */
typedef struct xc_diags xc_diags;

xc_status xc_diags_new(xc_diags **out);
void xc_diags_free(xc_diags *d);
size_t xc_diags_count(const xc_diags *d);
/* Borrowed; valid until d is freed or cleared. */
const char *xc_diags_get(const xc_diags *d, size_t i);
void xc_diags_clear(xc_diags *d);

/* ------------------------------------------------------------------ text */

/* A normalised view of an input with a map back to original byte offsets.
**
** Normalisation: invalid UTF-8 becomes U+FFFD; non-ASCII characters go
** through NFKC and a fold of typographic variants (dashes and minus signs
** to '-', no-break and thin spaces to ' ', curly quotes to straight ones,
** the multiplication sign to 'x'); ASCII passes through unchanged. */
typedef struct xc_text xc_text;

xc_status xc_text_new(const char *s, size_t len, xc_text **out);
void xc_text_free(xc_text *t);
/* The normalised bytes (NUL-terminated, valid UTF-8).  Borrowed from t. */
const char *xc_text_norm(const xc_text *t, size_t *len);
/* Map a normalised offset to an original one.  A start offset maps to the
** first original byte of the character; an end offset (is_end != 0) maps
** past the last original byte of the character before it. */
size_t xc_text_orig(const xc_text *t, size_t norm_off, int is_end);
/* Number of invalid UTF-8 sequences replaced. */
size_t xc_text_invalid(const xc_text *t);

/* True when the first bytes of s look like binary data (NUL bytes or a
** high share of control characters) rather than text. */
int xc_looks_binary(const char *s, size_t len);

/* --------------------------------------------------------------- numbers */

/* A number as it was printed: its value and the place value of its last
** printed digit ("13.7" -> 0.1; "400,000" -> 1; "one million" -> 1e6). */
typedef struct xc_number {
	double value;
	double precision;
} xc_number;

typedef struct xc_ruleset xc_ruleset;

/* Parse a printed number in digits ("1,234.5", "13.7") or English words
** ("twenty-five", "one million", "one-tenth", "half", "a dozen"), with an
** optional scale word or suffix ("16 billion", "$12B" style "12B").  Number
** and scale words come from the ruleset's lexicons.  Locale independent.
** Returns XC_EINVAL when s is not a number. */
xc_status xc_number_parse(const xc_ruleset *rs, const char *s, size_t len,
                          xc_number *out);

/* ----------------------------------------------------------------- rules */

/* Load every *.rules file and lexicons/ of each directory, in the order
** given (later directories add rules and lexicon entries; a rule id defined
** twice is an error).  On XC_ERULES *out is NULL and diags holds every
** problem found.  diags may be NULL. */
xc_status xc_ruleset_load(const char *const *dirs, size_t ndirs,
                          xc_diags *diags, xc_ruleset **out);
/* As xc_ruleset_load, with flags:
**   XC_LOAD_NO_JIT  do not JIT-compile the patterns.  Loading takes a
**                   fraction of the time (JIT compilation is most of it),
**                   matching is slower: for checking a sentence or two
**                   (crosscheck query), not for collections. */
#define XC_LOAD_NO_JIT 1u
xc_status xc_ruleset_load_ex(const char *const *dirs, size_t ndirs,
                             unsigned flags, xc_diags *diags,
                             xc_ruleset **out);
void xc_ruleset_free(xc_ruleset *rs);

size_t xc_ruleset_count(const xc_ruleset *rs);
/* Borrowed strings, valid while rs lives. */
const char *xc_ruleset_rule_id(const xc_ruleset *rs, size_t i);
const char *xc_ruleset_rule_kind(const xc_ruleset *rs, size_t i);
const char *xc_ruleset_rule_where(const xc_ruleset *rs, size_t i);
/* The rule's pattern with every {FRAGMENT} expanded, as compiled. */
const char *xc_ruleset_rule_pattern(const xc_ruleset *rs, size_t i);
/* A hash of every loaded rule and lexicon byte (hex, 16 chars), so a store
** can tell which documents were extracted with older rules. */
const char *xc_ruleset_hash(const xc_ruleset *rs);

/* ---------------------------------------------------------------- claims */

typedef enum xc_kind {
	XC_KIND_MONEY,
	XC_KIND_COUNT,
	XC_KIND_PERCENT,
	XC_KIND_RATIO,
	XC_KIND_QUANTITY,
	XC_KIND_NUMBER,   /* a bare number that is not a claim (--all) */
	XC_KIND_EXCLUDED  /* a number ruled out (year, date, model id...) */
} xc_kind;

const char *xc_kind_name(xc_kind k);

#define XC_UNIT_MAX 32
#define XC_REF_MAX 64

/* One claim.  Offsets are byte offsets into the ORIGINAL input, end
** exclusive.  Intervals: has_low/has_high say whether a bound exists. */
/* The rule id of a bare number made a count because it is compared with a
** count of its sentence ("27 cases, up from 19"): no rule file's. */
#define XC_RULE_ELIDED "count.elided"

typedef struct xc_claim {
	size_t start, end;
	size_t sent_start, sent_end;
	xc_kind kind;
	double value;      /* valid when has_value; ranges have none */
	double low, high;
	double precision;  /* place value of the last printed digit */
	unsigned has_value : 1;
	unsigned has_low : 1;
	unsigned has_high : 1;
	unsigned approx : 1;
	int pair;          /* index of the conversion partner, or -1 */
	const char *rule;  /* rule id; borrowed from the ruleset, or
	                   ** XC_RULE_ELIDED */
	const char *hedge; /* canonical hedge class or NULL; from the ruleset */
	char unit[XC_UNIT_MAX]; /* ISO 4217, "%", "pp", "x", noun or symbol */
	char ref[XC_REF_MAX];   /* ratio reference entity, or "" */
} xc_claim;

/* Counters of one extraction, for coverage figures. */
typedef struct xc_extract_stats {
	size_t sentences;
	size_t candidates;   /* trigger positions looked at */
	size_t numbers;      /* numeric spans found (claims + bare + excluded) */
	size_t claims;       /* spans of kinds money..quantity */
	size_t excluded;
	size_t limit_hits;   /* rule matches stopped by the match limit */
	size_t invalid_utf8;
} xc_extract_stats;

typedef struct xc_extractor xc_extractor;

/* An extractor holds the per-call scratch (match data, buffers).  It
** borrows rs, which must outlive it.  Not thread-safe; make one per thread.
** A loaded ruleset is never written to: extractors on several threads may
** share one. */
xc_status xc_extractor_new(const xc_ruleset *rs, xc_extractor **out);
void xc_extractor_free(xc_extractor *x);

/* Extract the claims of one document.  On success *claims points to *n
** claims ordered by start offset, borrowed from x and valid until the next
** call on x or xc_extractor_free.  All kinds are returned, including
** XC_KIND_NUMBER and XC_KIND_EXCLUDED; callers filter. */
xc_status xc_extract(xc_extractor *x, const char *s, size_t len,
                     const xc_claim **claims, size_t *n);
/* Counters of the last xc_extract call. */
const xc_extract_stats *xc_extractor_stats(const xc_extractor *x);
/* The normalised text of the last call (borrowed, as above). */
const xc_text *xc_extractor_text(const xc_extractor *x);
/* Rules disabled during the last call because they kept hitting the match
** limit (a hostile pattern); borrowed rule ids, NULL-terminated list. */
const char *const *xc_extractor_disabled(const xc_extractor *x);

/* An attribution found in a sentence that holds claims: "according to The
** Information", "IDC said", "people familiar with the matter".  Offsets are
** into the original input; source is the origin as written. */
typedef struct xc_citation {
	size_t start, end;
	size_t sent_start, sent_end;
	const char *rule;  /* borrowed from the ruleset */
	char source[96];
} xc_citation;

/* Whether xc_extract also looks for citations (off by default: searching
** every claim sentence costs about a quarter of extraction time). */
void xc_extractor_want_citations(xc_extractor *x, int on);
/* The citations of the last xc_extract call, in order; borrowed like the
** claims.  Empty unless citations were asked for. */
const xc_citation *xc_extractor_citations(const xc_extractor *x, size_t *n);

/* Who and what a claim is about, derived from lexicons in rules/lexicon/
** (entity_*.lex, metric.lex, change.lex, scope.lex, period.lex) with a
** generic fallback for text no lexicon covers (capitalised names near the
** figure, the name the document mentions most).  "" means unknown. */
typedef struct xc_attr {
	char subject[XC_REF_MAX]; /* "Nvidia H20", "ByteDance", "Riverton" */
	char ref[XC_REF_MAX];     /* ratios: the canonical reference entity */
	char metric[48];          /* "purchases", "spending growth" */
	char period[24];          /* "2025", "2025-Q1", "FY2026", "prior" */
	char scope[32];           /* "training", "per unit", "worldwide" */
	char how[16];             /* how the subject was found: lexicon,
	                          ** name, topic, inherited */
	char reading[16];         /* ratios: "faster" when a comparative
	                          ** follows ("3x faster", read as 3 times
	                          ** as fast, not 1 + 3), else "" */
	/* stated arithmetic this claim takes part in (indexes of claims of the
	** same document, -1 when unused):
	**   XC_REL_CHANGE  this percentage is the change from rel_a to rel_b
	**   XC_REL_PCTOF   this amount is percentage rel_a of amount rel_b
	**   XC_REL_PART    this amount is a part of the total rel_a
	**   XC_REL_SHARES  this percentage is one of the shares of one total
	**                  listed in its sentence; rel_a is the first of them
	**   XC_REL_TIMES   this ratio says amount rel_a = ratio x amount rel_b */
	int rel, rel_a, rel_b;
	/* the content words of its statement (lowercase, singular, nearest
	** first, space-separated): how the reconciler pairs figures no metric
	** word names ("a $340 million capital plan that replaces 40 miles of
	** pipe" -> "capital plan replaces pipe ...") */
	char context[96];
} xc_attr;

enum { XC_REL_NONE, XC_REL_CHANGE, XC_REL_PCTOF, XC_REL_PART, XC_REL_SHARES,
       XC_REL_TIMES };

/* Attribution reads a document this many bytes of normalised text at a
** time, in whole sentences: an article is one window; a longer file (a
** dump of many articles, a 100 MB line) is read as a run of documents
** of about this size, each with its own topic and names, so that its
** cost grows with its size, not with its square. */
#define XC_ATTR_WINDOW ((size_t)128 << 10)

/* Attribute the claims of the last xc_extract call.  published is the
** document's date ("2025-04-16..."; NULL or "" when unknown) and anchors
** relative periods ("this year", "the first quarter").  *attrs is parallel
** to the claims and borrowed like them. */
xc_status xc_extractor_attribute(xc_extractor *x, const char *published,
                                 const xc_attr **attrs);

/* ------------------------------------------------------------ rule tests */

/* Run every expect/reject example of every rule.  Each failure is added to
** diags as "path:line:1: message".  *passed and *failed count examples. */
xc_status xc_ruleset_test(const xc_ruleset *rs, xc_diags *diags,
                          size_t *passed, size_t *failed);

/* ------------------------------------------------------------------ html */

/* The article text and metadata of an HTML page.  All strings are owned by
** the struct (NULL when absent); free them with xc_html_release. */
typedef struct xc_html {
	char *text;   /* NUL-terminated UTF-8; claim offsets refer to it */
	size_t len;
	char *title, *outlet, *author, *published, *url, *language;
	int too_deep; /* elements nested past the reader's limit were not read */
} xc_html;

xc_status xc_html_text(const char *s, size_t len, xc_html *out);
void xc_html_release(xc_html *h);

/* ----------------------------------------------------------------- store */

/* The SQLite claim store (schema: engine/schema.sql, docs/schema.md).
** A store handle is not thread-safe. */
typedef struct xc_store xc_store;

typedef enum xc_doc_state {
	XC_DOC_ABSENT,     /* no document at this path */
	XC_DOC_SAME,       /* same content, extracted with the same rules */
	XC_DOC_OLD_RULES,  /* same content, extracted with other rules */
	XC_DOC_CHANGED     /* different content at the same path */
} xc_doc_state;

/* Source metadata of a document; NULL or "" fields are stored as NULL.
** Strings are borrowed for the duration of the call. */
typedef struct xc_doc_meta {
	const char *path;   /* unique key: path as given, "FILE#ID" for JSONL */
	const char *format; /* text | markdown | html | jsonl */
	const char *title, *outlet, *author, *published, *url, *language;
	size_t bytes;       /* size of the original input */
} xc_doc_meta;

/* Open (creating it and its schema if needed) a store.  On failure *out
** may still be set so xc_store_errmsg can say why; always xc_store_close
** it.  A database newer than this program is refused (XC_EINVAL). */
xc_status xc_store_open(const char *path, int readonly, xc_store **out);
void xc_store_close(xc_store *st);
/* The last error, e.g. "cannot open database: unable to open database
** file"; borrowed until the next call on st. */
const char *xc_store_errmsg(const xc_store *st);

/* Explicit transactions: writes between begin and commit land together;
** a killed process leaves none of them. */
xc_status xc_store_begin(xc_store *st);
xc_status xc_store_commit(xc_store *st);
void xc_store_rollback(xc_store *st);

/* A bulk load: on an empty store, drop the lookup indexes (subject,
** metric; ratio reference) so inserts are cheaper, and build them when
** called again with on = 0 (which commits).  Does nothing on a filled
** store.  If the process dies in between, the next writable open builds
** them. */
xc_status xc_store_bulk(xc_store *st, int on);

/* Content hash (XXH3-128, 32 hex digits and a NUL) of a document. */
void xc_content_hash(const char *s, size_t len, char out[33]);

/* What the store holds at path, compared with the given hashes. */
xc_status xc_store_lookup(xc_store *st, const char *path, const char *hash,
                          const char *rules_hash, xc_doc_state *state);
/* Everything extraction found in one document, for xc_store_put.  attrs
** (parallel to claims) and minhash may be NULL. */
typedef struct xc_doc_claims {
	const xc_claim *claims;
	const xc_attr *attrs;
	size_t n;
	const xc_citation *cites;
	size_t ncites;
	size_t numbers;           /* numeric spans seen (coverage) */
	size_t excluded;          /* of which ruled out: years, dates, ids */
	const uint32_t *minhash;  /* XC_MINHASH_N values (xc_minhash) */
} xc_doc_claims;

/* Store a document and its claims (kinds money..quantity; bare numbers go
** to the unparsed list, excluded ones are only counted), replacing any
** document at the same path.  Starts a transaction if none is open; the
** caller commits (in batches).  body is the text the claims' offsets
** refer to.  *stored counts claims. */
xc_status xc_store_put(xc_store *st, const xc_doc_meta *m, const char *body,
                       size_t len, const char *hash, const char *rules_hash,
                       const xc_doc_claims *dc, size_t *stored);

/* ------------------------------------------------------------- minhash */

#define XC_MINHASH_N 64

/* A MinHash signature (one-permutation hashing, 64 bins) of the word
** 5-shingles of s (ASCII case folded), so that near-duplicate (syndicated)
** articles can be found: the share of equal bins among those filled in
** either signature estimates their Jaccard similarity.  A text of fewer
** than five words has an empty signature (all UINT32_MAX), whose
** similarity to anything is 0. */
void xc_minhash(const char *s, size_t len, uint32_t out[XC_MINHASH_N]);
double xc_minhash_similarity(const uint32_t *a, const uint32_t *b);

/* Rows of a listing, as text (NULL for SQL NULL); return non-zero to stop. */
typedef int (*xc_row_cb)(void *ctx, int ncols, const char *const *vals,
                         const size_t *lens);

/* Documents ordered by path: id, path, format, title, outlet, author,
** published, url, bytes, claims, content_hash, rules_hash, ingested_at. */
xc_status xc_store_sources(xc_store *st, xc_row_cb cb, void *ctx);

typedef struct xc_claim_filter {
	const char *doc;   /* path or numeric id */
	const char *kind;
	const char *unit;
	const char *grep;  /* substring of the sentence */
	const char *subject, *metric, *period; /* attribution, exact (subject
	                   ** case-insensitive) */
} xc_claim_filter;

/* Claims ordered by document path and offset: id, doc, start, end, text,
** kind, value, low, high, approx, unit, precision, hedge, ref,
** sentence_start, sentence_end, rule, sentence, cited (the sources cited
** in its sentence, "; "-separated), subject, metric, period. */
xc_status xc_store_claims(xc_store *st, const xc_claim_filter *f,
                          xc_row_cb cb, void *ctx);

typedef struct xc_store_counts {
	size_t documents, claims, bytes;
	size_t old_rules;      /* documents extracted with other rules */
	int schema_version;
} xc_store_counts;

/* Totals of the store; documents whose rules hash differs from rules_hash
** are counted as extracted with older (or other) rules. */
xc_status xc_store_status(xc_store *st, const char *rules_hash,
                          xc_store_counts *out);
/* Paths of the documents extracted with rules other than rules_hash. */
xc_status xc_store_old_rules(xc_store *st, const char *rules_hash,
                             xc_row_cb cb, void *ctx);

typedef struct xc_merge_counts {
	size_t added, replaced, unchanged;
} xc_merge_counts;

/* Copy into st the documents (with claims and citations) of the store at
** in that st lacks or holds with other content or rules, in one
** transaction: merging the same input twice adds nothing. */
xc_status xc_store_merge(xc_store *st, const char *in, xc_merge_counts *n);

/* The stored text of the document at path (malloc'd, NUL-terminated; the
** caller frees it); XC_ENOTFOUND when there is none. */
xc_status xc_store_body(xc_store *st, const char *path, char **out,
                        size_t *len);

/* PRAGMA integrity_check: *ok is 1 when the database is sound. */
xc_status xc_store_check(xc_store *st, int *ok);
/* The same, quicker (PRAGMA quick_check: no index contents compared),
** before writing to a store: about a second per 100 MB. */
xc_status xc_store_quick_check(xc_store *st, int *ok);

/* ------------------------------------------------------------ reconcile */

/* Stories (story.c): the documents of a collection clustered into the
** events or topics several outlets covered, by the rare names, words and
** numbers they share (TF-IDF cosine, linked above a threshold, never across
** dates more than a window apart).  Figures are compared only within a
** story. */
typedef struct xc_stories xc_stories;

typedef struct xc_story_input {
	const char *text;      /* the document's text (borrowed for the call) */
	size_t len;
	const char *published; /* "YYYY-MM-DD..." or NULL */
} xc_story_input;

typedef struct xc_story_params {
	double threshold;      /* cosine that links two documents */
	int window_days;       /* dated documents further apart never link */
	double name_weight, word_weight, number_weight;
} xc_story_params;

/* Cluster in[0..n).  Story ids count from 0 in the order of each story's
** first document.  *out is the caller's (xc_stories_free). */
xc_status xc_stories_cluster(const xc_story_input *in, size_t n,
                             const xc_story_params *p, xc_stories **out);
size_t xc_stories_count(const xc_stories *s);
/* The story of document i, or (size_t)-1 when out of range. */
size_t xc_stories_of(const xc_stories *s, size_t doc);
/* Its most weighty names ("Heathrow, Hayes"); borrowed until free. */
const char *xc_stories_label(const xc_stories *s, size_t story);
void xc_stories_free(xc_stories *s);

/* Cluster every document of the store into stories (parameters p) and
** store each document's story (table doc_story), replacing what was there;
** one transaction.  Called at the end of an ingest. */
xc_status xc_store_update_stories(xc_store *st, const xc_story_params *p);
/* The story parameters of the rules directories (check/match.tsv rows
** param story.*; defaults where absent).  Problems go to diags as
** "path:line:col: message" and return XC_ERULES. */
xc_status xc_story_params_load(const char *const *dirs, size_t ndirs,
                               xc_diags *diags, xc_story_params *out);

/* The reconciler (crosscheck check) reads every claim of a store, clusters
** the documents into stories, pairs the figures of different documents of
** one story that measure one fact (claim frames scored Fellegi-Sunter
** style; ratios by their pair of entities), compares the values of each
** pair, checks the arithmetic documents state (changes, shares, parts,
** conversion pairs) and counts independent origins.  Tables it reads from
** each rules directory: check/rates.tsv, check/units.tsv,
** check/tolerances.tsv, check/match.tsv. */
typedef struct xc_check xc_check;

typedef enum xc_severity {
	XC_SEV_INFO, XC_SEV_LOW, XC_SEV_MEDIUM, XC_SEV_HIGH
} xc_severity;

const char *xc_severity_name(xc_severity s);
/* -1 when s is not a severity name. */
int xc_severity_parse(const char *s);

/* One document, with its coverage figures. */
typedef struct xc_check_doc {
	int64_t id;
	const char *path, *title, *outlet, *published, *url;
	const char *name;   /* how findings name it: its outlet, else its file */
	size_t numbers;     /* numeric spans seen */
	size_t excluded;    /* of which ruled out: years, dates, ids */
	size_t unparsed;    /* of which no rule could read */
	size_t claims;      /* claims stored */
	size_t attributed;  /* claims with a subject and a metric */
	size_t compared;    /* claims compared with another document's */
	const char *origin; /* the origin it counts as (outlet or cited) */
	size_t dup_of;      /* the document it nearly copies, or (size_t)-1 */
	double dup_similarity;
	size_t story;       /* its story: xc_stories_label(xc_check_stories()) */
} xc_check_doc;

/* A claim that takes part in a finding or a corroboration. */
typedef struct xc_check_claim {
	int64_t id;
	size_t doc;         /* index into the documents */
	size_t start, end, sent_start, sent_end; /* bytes of the document text */
	const char *text, *sentence, *kind, *unit, *hedge;
	const char *subject, *metric, *period, *scope, *ref;
	const char *origin; /* the independent origin it counts as */
	const char *reading;/* ratios: the comparative after a multiple */
	double value, low, high, precision;
	int has_value, has_low, has_high, approx;
	double cmp_low, cmp_high; /* the interval compared, in cmp_unit */
	const char *cmp_unit;
} xc_check_claim;

typedef struct xc_finding {
	const char *verdict;  /* conflict | possible_conflict (a pair the
	                      ** matcher is not sure of) | compatible_bounds |
	                      ** rounding_dependent | not_comparable */
	xc_severity severity;
	const char *type;     /* value | ratio | arithmetic | conversion */
	const char *subject, *metric, *period, *scope, *unit;
	const char *explanation; /* plain words with the arithmetic */
	const size_t *claims;    /* indexes into the claims */
	const unsigned char *sides; /* per claim: which figure it states
	                          ** (0, 1; arithmetic: 0 the stated result,
	                          ** 1 and 2 its inputs) */
	size_t nclaims;
	size_t articles, origins;
	double gap;              /* conflicts: relative gap, else 0 */
	double match;            /* value findings: the probability that the
	                         ** two figures are one fact (0 otherwise) */
	const char *evidence;    /* why they were paired: weight, probability,
	                         ** the fields that agreed and differed; NULL */
	size_t story;            /* the story of its (first) figure */
} xc_finding;

/* The same figure for one fact from several documents. */
typedef struct xc_corroboration {
	const char *subject, *metric, *period, *unit, *figure;
	const char *explanation;
	const size_t *claims;
	size_t nclaims, articles, origins;
} xc_corroboration;

typedef struct xc_unparsed {
	size_t doc, start, end;
	const char *text;
} xc_unparsed;

/* Run the reconciler over a store.  dirs are the rules directories (the
** tables above are read from DIR/check/ when present); problems in them go
** to diags as "path:line:col: message" and make it fail with XC_ERULES. */
xc_status xc_check_run(xc_store *st, const xc_ruleset *rs,
                       const char *const *dirs, size_t ndirs,
                       xc_diags *diags, xc_check **out);
void xc_check_free(xc_check *c);

/* Flags of xc_check_run_ex. */
#define XC_CHECK_PAIRS 1u  /* keep every candidate pair the matcher scored */

/* A candidate pair of figures the matcher scored (XC_CHECK_PAIRS): two
** documents of one story, and how each field compared. */
typedef struct xc_pair {
	size_t story;
	const char *path_a, *path_b;          /* documents as ingested */
	size_t start_a, end_a, start_b, end_b; /* claim bytes */
	const char *text_a, *text_b;
	double weight;                        /* log2-odds of one fact */
	const char *levels;                   /* "value=within5 measure=same ..." */
} xc_pair;

xc_status xc_check_run_ex(xc_store *st, const xc_ruleset *rs,
                          const char *const *dirs, size_t ndirs,
                          unsigned flags, xc_diags *diags, xc_check **out);
/* The candidate pairs (only with XC_CHECK_PAIRS), borrowed from c. */
const xc_pair *xc_check_pairs(const xc_check *c, size_t *n);
/* The stories of the checked documents (documents in xc_check_docs
** order); borrowed from c. */
const xc_stories *xc_check_stories(const xc_check *c);

/* Results, borrowed from c.  Findings are ordered by severity (highest
** first), then type, subject and metric; corroborations by subject. */
const xc_check_doc *xc_check_docs(const xc_check *c, size_t *n);
const xc_check_claim *xc_check_claims(const xc_check *c, size_t *n);
const xc_finding *xc_check_findings(const xc_check *c, size_t *n);
const xc_corroboration *xc_check_corroborations(const xc_check *c,
                                                size_t *n);
const xc_unparsed *xc_check_unparsed(const xc_check *c, size_t *n);

/* ------------------------------------------------------------ query */

/* What the store says about one claim of a sentence (crosscheck query). */
typedef enum xc_stance {
	XC_AGREES,        /* the same figure */
	XC_CONTRADICTS,   /* the readings do not meet */
	XC_COMPATIBLE,    /* different figures, the hedges allow both */
	XC_ROUNDING,      /* they agree only if rounded */
	XC_NEAREST        /* the same fact for another period or scope */
} xc_stance;

const char *xc_stance_name(xc_stance s);

typedef struct xc_answer {
	size_t claim;          /* the sentence's claim: index into the claims */
	const char *verdict;   /* corroborated | contradicted | compatible |
	                       ** rounding_dependent | no_evidence */
	const char *matched_by;/* attribution | text | words | "" (nothing) */
	const char *explanation;
	const size_t *evidence;        /* stored claims: indexes into claims */
	const unsigned char *stance;   /* per evidence claim, an xc_stance */
	size_t nevidence;
	size_t articles, origins;      /* behind the agreeing figures */
} xc_answer;

/* Check the claims of one sentence (or short text) against the store:
** extracted and attributed with rs (date anchors "this year"; NULL when
** unknown), matched with the store's facts by subject and metric (an
** indexed lookup), else by text similarity (the store's full-text index),
** and compared as `check` compares documents.  The query's text is the
** last document (path "-").  An empty answer list means the text holds no
** claim. */
xc_status xc_check_query(xc_store *st, const xc_ruleset *rs,
                         const char *const *dirs, size_t ndirs,
                         const char *text, size_t len, const char *date,
                         xc_diags *diags, xc_check **out);
const xc_answer *xc_check_answers(const xc_check *c, size_t *n);

/* The findings one stored claim takes part in: the reconciler run over its
** fact (same subject and metric, or the same pair of entities) and its
** document.  XC_ENOTFOUND when there is no such claim; *index is the
** claim's index in the results' claims. */
xc_status xc_check_claim_findings(xc_store *st, const xc_ruleset *rs,
                                  const char *const *dirs, size_t ndirs,
                                  int64_t claim_id, xc_diags *diags,
                                  xc_check **out, size_t *index);

#ifdef __cplusplus
}
#endif
#endif /* CROSSCHECK_H */
