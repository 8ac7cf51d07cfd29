/*
** internal.h -- declarations shared by the library's modules, never
** installed.  The CLI must not include this file: it uses crosscheck.h only.
*/
#ifndef XC_INTERNAL_H
#define XC_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdbool.h>
#include <string.h>

#include "crosscheck.h"

/* ------------------------------------------------------------ buffers */

/* A growable byte buffer with a hard cap (curl's dynbuf).  Always
** NUL-terminated when len > 0.  Owned by whoever holds the struct. */
typedef struct xc_buf {
	char *p;
	size_t len, cap, max;
} xc_buf;

void xc_buf_init(xc_buf *b, size_t max);
void xc_buf_release(xc_buf *b);
xc_status xc_buf_add(xc_buf *b, const void *s, size_t n);
xc_status xc_buf_addc(xc_buf *b, char c);
xc_status xc_buf_addf(xc_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void xc_buf_reset(xc_buf *b);
/* Make room for n more bytes without changing the content. */
xc_status xc_buf_reserve(xc_buf *b, size_t n);

/* Room for one more element in the array *arrp (a pointer to any array
** pointer) of n used and *cap allocated elements of size bytes: doubles it
** from first when full.  XC_ENOMEM leaves array and *cap untouched. */
xc_status xc_grow(void *arrp, size_t *cap, size_t n, size_t size,
                  size_t first);

/* Add a message to diags; ignored when d is NULL.  Returns XC_ENOMEM only
** when the message itself could not be stored. */
xc_status xc_diag_add(xc_diags *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Order the messages added since index from by path, line and column. */
void xc_diags_sort_from(xc_diags *d, size_t from);

/* ------------------------------------------------------------ strings */

/* Interned strings (strtab.c): id 0 is "" (and NULL); the table owns its
** copies until xc_strtab_release.  Zero-initialise before use. */
typedef struct xc_strtab {
	char **s;
	size_t n, cap;      /* ids in use are 1..n-1 */
	uint32_t *slot;
	size_t nslot;
} xc_strtab;

xc_status xc_strtab_intern(xc_strtab *t, const char *s, size_t n, uint32_t *id);
/* The id of s[0..n) when it is interned, else 0 (nothing is added). */
uint32_t xc_strtab_find(const xc_strtab *t, const char *s, size_t n);
/* The string of id; "" for 0 or an id out of range.  Borrowed. */
const char *xc_strtab_str(const xc_strtab *t, uint32_t id);
void xc_strtab_release(xc_strtab *t);

/* ------------------------------------------------------------ lexicons */

/* A lexicon file: lines of "canonical|alias|alias...".  Every alias (and the
** canonical form itself) maps to the canonical form. */
typedef struct xc_lex_entry {
	char *alias;
	char *canon;
	size_t alen;
	size_t next;       /* next entry with the same folded alias, +1 */
} xc_lex_entry;

typedef struct xc_lexicon {
	char *name;        /* file stem: "hedge", "cur_symbol" */
	xc_lex_entry *e;
	size_t n, cap;
	size_t *slot;      /* hash of case-folded aliases -> entry index + 1 */
	size_t nslot;
	uint64_t lens[27 * 27]; /* by first two letters: alias lengths present
	                        ** (bit 63: 63 bytes or longer) */
} xc_lexicon;

/* Build the lookup index once all entries are in; XC_ENOMEM on failure. */
xc_status xc_lex_index(xc_lexicon *lx);
/* Exact lookup first, then ASCII case-insensitive.  Borrowed or NULL. */
const char *xc_lex_find(const xc_lexicon *lx, const char *s, size_t len);

/* A set of lowercase ASCII words (trigger words).  lens[] remembers, per
** first letter, which word lengths occur, so most words are rejected
** without hashing. */
typedef struct xc_wordset {
	char **slot;
	uint8_t *len;
	size_t cap, n;
	uint64_t lens[27 * 27]; /* by first two letters: lengths present */
} xc_wordset;

xc_status xc_wordset_add(xc_wordset *ws, const char *w, size_t len);
bool xc_wordset_has(const xc_wordset *ws, const char *w, size_t len);

/* The prefilter slot of a word: its first two letters, case-folded. */
static inline size_t xc_letter_class(char c)
{
	unsigned char u = (unsigned char)(c | 0x20);
	return u >= 'a' && u <= 'z' ? (size_t)(u - 'a') : 26;
}
static inline size_t xc_word_class(const char *w, size_t len)
{
	return xc_letter_class(w[0]) * 27 + (len > 1 ? xc_letter_class(w[1]) : 26);
}
/* Does s[0..n) start with a right single quotation mark (U+2019, the
** apostrophe of "OpenAI’s")? */
static inline bool xc_curly_apostrophe(const char *s, size_t n)
{
	return n >= 3 && (unsigned char)s[0] == 0xe2 &&
	       (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x99;
}
/* Does s end with suf? */
static inline bool xc_ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);
	return n >= k && !strcmp(s + n - k, suf);
}
/* Is metric m the change of something ("passengers growth", "price
** decline"), another fact than its level? */
static inline bool xc_is_change_metric(const char *m)
{
	return xc_ends_with(m, "growth") || xc_ends_with(m, "decline");
}
/* False when no alias of lx is len bytes long and starts with the first
** two letters of w (no hashing); true means "maybe". */
static inline bool xc_lex_maybe(const xc_lexicon *lx, const char *w,
                                size_t len)
{
	return len && (lx->lens[xc_word_class(w, len)] >> (len < 63 ? len : 63)) & 1;
}
/* False when w is certainly not in ws (no hashing); true means "maybe". */
static inline bool xc_wordset_maybe(const xc_wordset *ws, const char *w,
                                    size_t len)
{
	return len < 64 && (ws->lens[xc_word_class(w, len)] >> len) & 1;
}
void xc_wordset_release(xc_wordset *ws);

/* ------------------------------------------------------------ rules */

typedef struct xc_example {
	char *text;      /* the example sentence */
	char *fields;    /* "value=... low=..." or NULL */
	int line;
	bool reject;
} xc_example;

typedef struct xc_rule {
	char *id;
	char *where;     /* "path:line" of the rule line */
	char *path;
	int line;
	xc_kind kind;
	bool exclude;    /* consumes the span, makes no claim */
	bool citation;   /* searched in claim sentences, makes a citation */
	int hedged_kind; /* kind when a hedge precedes the match, or -1 */
	int priority;
	int order;       /* load order, the last tie-breaker */
	char *pattern_src;       /* as written */
	char *pattern_exp;       /* with fragments expanded */
	int pattern_line;        /* line | column << 20 */
	char *before_src;
	int before_line;         /* line | column << 20 */
	pcre2_code *re;
	pcre2_code *before;      /* matched as "(?:before)\z" on left context */
	bool jit;                /* re was JIT-compiled: call pcre2_jit_match */
	/* A rule written "(?<num>{AMT})TAIL" (or {NUMB}, or <lo>) is matched
	** as the shared, atomic number pattern once per position and then
	** its tail from the number's end: the same matches, much less work.
	** split is 0 (no), XC_SPLIT_AMT or XC_SPLIT_NUMB; head_group is the
	** group number the number would have had in re. */
	int split;
	pcre2_code *tail;
	bool tail_jit;
	int head_group;
	int *tail_map;           /* re group number -> tail group, 0 = head */
	/* peek: bytes the tail's first non-blank character can be; a cheap
	** necessary condition checked before running the tail */
	uint8_t peek[32];
	bool has_peek, peek_skip;
	uint32_t ngroups;
	bool before_anchored;    /* before starts with \G: cheap, check it first */
	unsigned window;         /* bytes of left context 'before' sees */
	/* fixed fields from "set" lines */
	char *set_unit;
	char *set_cur;
	char *set_hedge;
	char *triggers;          /* words from 'trigger' lines, space-separated */
	char *figures;           /* words from 'figure' lines: figures too */
	double set_value;
	bool has_set_value;
	/* 'set low= high=': a vague figure's range, times the scale words
	** the rule captures ("hundreds of thousands" is 1-10 x 1e5) */
	double set_low, set_high;
	bool has_set_range;
	double set_factor;       /* multiplies value and bounds; 1 by default */
	double set_offset;       /* then added: "60% slower" is 1 - 0.01 x 60 */
	uint8_t first[32];       /* bytes a match can start with */
	bool first_any;
	xc_example *ex;
	size_t nex, capex;
	/* capture group numbers, 0 when absent */
	int g_hedge, g_hedge2, g_num, g_scale, g_cur, g_cur2, g_lo, g_hi,
	    g_scale_lo, g_unit, g_plus, g_ref, g_approx, g_minor, g_source,
	    g_den;
} xc_rule;

struct xc_ruleset {
	xc_rule *rules;
	size_t nrules, caprules;
	xc_lexicon *lex;
	size_t nlex, caplex;
	xc_wordset triggers;
	xc_wordset cores;        /* words that are figures: one, million, half */
	xc_wordset always;       /* trigger words of exclusions: tried anywhere */
	xc_wordset hedge_ends;   /* last words of hedges: than, least, about */
	/* by first byte: indexes of rules that can start there, in the order
	** they must be tried */
	uint16_t *by_byte[256];
	uint16_t nby_byte[256];
	bool cand_byte[256];     /* non-letter bytes that start a candidate */
	uint8_t cls[256];        /* XC_CLS_* of each byte, for the scan loop */
	pcre2_code *pairgap;     /* text between a conversion pair */
	pcre2_code *boundgap;    /* text joining a lower and an upper bound */
	pcre2_code *head[3];     /* {AMT} and {NUMB} alone, for split rules */
	bool head_jit[3];        /* head[i] was JIT-compiled */
	char hash[17];
	/* well-known lexicons, borrowed pointers into lex[] (may be NULL) */
	const xc_lexicon *lx_hedge, *lx_hedge_post, *lx_scale, *lx_num, *lx_frac, *lx_unit,
	    *lx_abbrev, *lx_plural, *lx_mult;
	/* attribution (attrib.c): entities by type, metrics, change words,
	** scopes, period words, words that do not start a name */
	xc_wordset attr_first;   /* first words of every attribution alias */
	const xc_lexicon *lx_ent[3], *lx_metric, *lx_change, *lx_scope,
	    *lx_period, *lx_namestop, *lx_corefer, *lx_unitclass,
	    *lx_metric_money, *lx_stopword, *lx_increment, *lx_comparative,
	    *lx_synonym, *lx_speech, *lx_namehead, *lx_span, *lx_orgword, *lx_elided, *lx_locative,
	    *lx_title, *lx_role, *lx_metric_rate,
	    *lx_nounmetric, *lx_metric_count, *lx_scope_apart,
	    *lx_decrement, *lx_namelead, *lx_measure, *lx_qualifier,
	    *lx_contrast;
	const xc_lexicon *lx_cur[8];
	size_t nlx_cur;
};

enum { XC_CLS_SKIP = 0, XC_CLS_ALPHA, XC_CLS_DIGIT, XC_CLS_CAND };
enum { XC_SPLIT_NONE = 0, XC_SPLIT_AMT, XC_SPLIT_NUMB };

/* Match limits that keep a hostile pattern or text from hanging a run. */
#define XC_MATCH_LIMIT 200000u
#define XC_DEPTH_LIMIT 2000u
#define XC_HEAP_LIMIT 20000u /* KiB */
/* A claim never spans more than this many bytes of normalised text. */
#define XC_MAX_CLAIM 512
/* A sentence longer than this many bytes is split at clause breaks
** (segment.c); real sentences are far shorter. */
#define XC_SENTENCE_MAX 2000
/* A trigger word is tried only when a figure starts this close after it. */
#define XC_CORE_WINDOW 24
/* ... and a sign or punctuation mark only when one starts this close. */
#define XC_SIGN_WINDOW 8
/* After this many match-limit hits in one document a rule is disabled. */
#define XC_LIMIT_STRIKES 8

/* Lexicon lookups used by extraction. */
const char *xc_currency(const xc_ruleset *rs, const char *s, size_t len);
const char *xc_hedge(const xc_ruleset *rs, const char *s, size_t len);

/* The longest alias of lx ending exactly at e (any case), starting at or
** after lo and not inside a word: its start, its class in *canon; or
** (size_t)-1. */
size_t xc_lex_before(const xc_lexicon *lx, const char *s, size_t lo,
                     size_t e, const char **canon);

/* A hedge ("more than", "About", "~") ending right before q, at or after
** lo: word hedges need whitespace before q, symbol hedges may touch it.
** Returns the hedge's start, or (size_t)-1; its class goes to *canon. */
size_t xc_hedge_before(const xc_ruleset *rs, const char *s, size_t lo,
                       size_t q, const char **canon);

/* Singular of a counted noun into out (size XC_UNIT_MAX). */
void xc_singular(const xc_ruleset *rs, const char *s, size_t len, char *out);

/* ------------------------------------------------------------ sentences */

typedef struct xc_span {
	size_t start, end;
} xc_span;

/* Split normalised text into sentences (offsets into it).  The array is
** appended to *out (grown with realloc; caller frees). */
xc_status xc_segment(const xc_ruleset *rs, const char *s, size_t len,
                     xc_span **out, size_t *n, size_t *cap);

/* ------------------------------------------------------------ attribution */

/* Fill attrs[i] for each claim c[i] (normalised spans nspan[i]) of the
** normalised text s, split into sentences sent[].  published anchors
** relative periods; NULL or "" when unknown. */
xc_status xc_attribute(const xc_ruleset *rs, const char *s, size_t len,
                       const xc_span *sent, size_t nsent, const xc_claim *c,
                       const xc_span *nspan, size_t n, const char *published,
                       xc_attr *attrs);

/* ------------------------------------------------------------ store */

/* The store's SQLite handle, for the reconciler's read-only queries. */
struct sqlite3;
struct sqlite3 *xc_store_db(xc_store *st);
/* Read everything that follows from one snapshot (on), until off: a check
** run while an ingest replaces documents sees the store before or after
** each document, never half of it.  No-op inside a write transaction. */
xc_status xc_store_snapshot(xc_store *st, int on);

/* ------------------------------------------------------------ misc */

static inline bool xc_is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
static inline bool xc_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}
static inline bool xc_is_alnum(unsigned char c)
{
	return xc_is_alpha(c) || xc_is_digit(c);
}
static inline bool xc_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}
static inline char xc_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

/* A macro's value as a string literal: "LIMIT " XC_STR(N). */
#define XC_STR_(x) #x
#define XC_STR(x) XC_STR_(x)

/* Relative comparison of doubles; never use == on parsed figures. */
bool xc_close(double a, double b);

char *xc_strndup(const char *s, size_t n);

#endif /* XC_INTERNAL_H */
