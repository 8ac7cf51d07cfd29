/*
** check.h -- what the reconciler (reconcile.c) and the query (query.c)
** share: the records, figures and results of a check, and the readings,
** explanations and passes both use.  Private to the library.
*/
#ifndef XC_CHECK_H
#define XC_CHECK_H

#include <sqlite3.h>

#include "internal.h"

#define XC_MAX_FIGURES 48
#define XC_DUP_SIMILARITY 0.4
/* claims listed per figure in a finding (all are counted) */
#define XC_LIST_MAX 12


typedef struct rate {
	char code[8];
	int year;
	double usd;
} rate;

typedef struct uconv {
	char from[16], to[16];
	double factor;
} uconv;

typedef struct tol {
	char metric[48];
	double approx, conv, medium, high;
	double approx_digits; /* cap of approx, in units of the last printed digit */
} tol;

/* ------------------------------------------------------------ frames */

#define XC_FRAME_NEAR 14
#define XC_FRAME_NAMES 8

/* What a figure measures, as comparable fields (frame.c).  Ids are
** interned strings of the check. */
typedef struct frame {
	uint32_t measure;    /* measure.lex class of the nearest measure word */
	uint32_t measures[4];/* every measure class of its clause, nearest first */
	uint8_t nmeasures;
	uint32_t head;       /* stem of the counted or measured noun */
	uint32_t near[XC_FRAME_NEAR]; /* stems of its clause's content words */
	uint32_t names[XC_FRAME_NAMES]; /* names of its sentence (lower case) */
	uint16_t years[4];   /* years its clause names */
	uint32_t cnames[4];  /* of those, the names of its clause */
	uint32_t mods[3];    /* stems narrowing the head ("battery electric") */
	uint16_t qual;       /* qualifier classes, bits of xc_ck_qual_bit */
	uint32_t contrast[4];/* contrast.lex alternatives said close to it */
	uint8_t nnear, nnames, nyears, ncnames, nmods, ncontrast;
	uint8_t headline;    /* stated in the document's first line */
} frame;

typedef struct xc_frames xc_frames;

/* The fields of a pair compared by the matcher (match.c) and the most
** levels one has. */
enum { XC_F_VALUE, XC_F_MEASURE, XC_F_HEAD, XC_F_NEAR, XC_F_NAMES,
       XC_F_YEARS, XC_F_QUAL, XC_F_METRIC, XC_F_SUBJECT, XC_F_PERIOD,
       XC_F_ALONE, XC_F_CNAMES, XC_F_MODS, XC_F_PRIOR, XC_F_CONTRAST,
       XC_F_N };
#define XC_L_MAX 6

/* The matcher's data (check/match.tsv): log2(m/u) per field and level,
** the prior log2-odds, thresholds, and the story parameters. */
typedef struct mparams {
	double w[XC_F_N][XC_L_MAX];
	int group[XC_F_N]; /* fields of one group (1, 2, ...) count once: the
	                   ** strongest evidence for and against; 0: alone */
	double prior;
	double possible;   /* pairs below this weight are not compared */
	double threshold;  /* at or above: a confident pair */
	double high;       /* at or above: severity as the gap says */
	xc_story_params story;
} mparams;

/* ------------------------------------------------------------ records */

enum { R_NONE, R_CHANGE, R_PCTOF, R_PART, R_SHARES, R_TIMES };

typedef struct rec {
	int64_t id;
	uint32_t doc, ord;
	uint32_t subj, metric, period, scope, ref, unit, ucls, hedge, text;
	uint32_t reading;      /* ratios: "faster" in "3x faster" */
	uint32_t ctx;          /* its statement's content words (attribution) */
	uint32_t origin;
	int32_t pair;          /* ord of the conversion partner or -1 */
	uint8_t kind, approx, has_v, has_lo, has_hi, rel, attributed;
	int32_t rel_a, rel_b;
	double value, low, high, prec;
	double rprec;          /* the rounding allowed: prec, or the place of
	                       ** trailing zeros ("488,000": the thousand) */
	double slo, shi;       /* strict interval, comparison unit */
	double hlo, hhi;       /* hedged: strict plus the approx tolerance */
	double wlo, whi;       /* wide interval */
	double wlo0, whi0;     /* the same without the exchange-rate tolerance
	                       ** (two figures in one currency) */
	uint8_t noconv;        /* compared without it (a copy in compare) */
	uint8_t inv;           /* a ratio read the other way round (B = 1/v x A) */
	double v;              /* value (or midpoint) in comparison unit */
	uint32_t cunit;        /* comparison unit */
	int64_t outidx;        /* index in the report's claims, or -1 */
	struct rec *fold;      /* the claim of its document it repeats */
	int32_t fig;           /* its figure in the group being compared */
	uint32_t qs, qe, qss, qse; /* a query's claim: offsets in its text */
	uint32_t start, end, ss, se; /* its bytes and its sentence's in the body */
	size_t story;          /* its document's story */
	uint16_t peers;        /* figures of its document in its block (match.c) */
	uint8_t yields;        /* a vague range its document's figure speaks
	                       ** for (match.c) */
	frame fr;              /* what it measures (frame.c) */
} rec;

typedef struct doc {
	int64_t id;
	char *path, *title, *outlet, *published, *url;
	size_t numbers, excluded, unparsed, claims, attributed, compared;
	uint32_t mh[XC_MINHASH_N];
	bool has_mh;
	int year;
	size_t dup_of;
	double dup_sim;
	uint32_t origin;
	size_t first_rec, nrec;  /* its records, contiguous (sorted by doc) */
	char *body;              /* its text, for frames and stories */
	size_t blen;
	size_t story;            /* its story (story.c) */
	int64_t stored_story;    /* as the last ingest stored it, or -1 */
} doc;

typedef struct cite {
	uint32_t doc;
	size_t start, end;
	uint32_t source;
} cite;

struct xc_check {
	xc_strtab st;
	doc *docs;
	size_t ndocs, capdocs;
	rec *r;
	size_t nr, capr;
	cite *cites;
	size_t ncites, capcites;
	rate *rates;
	size_t nrates, caprates;
	uconv *uc;
	size_t nuc, capuc;
	tol *tols;
	size_t ntols, captols;
	const xc_ruleset *rs;
	/* results */
	xc_check_doc *odocs;
	xc_check_claim *oclaims;
	size_t noclaims, capoclaims;
	xc_finding *f;
	size_t nf, capf;
	xc_corroboration *co;
	size_t nco, capco;
	xc_unparsed *un;
	size_t nun, capun;
	size_t *idx;            /* claim index lists of findings, one arena */
	size_t nidx, capidx;
	unsigned char *side;    /* parallel to idx */
	size_t capside;
	char **owned;           /* strings the results point to */
	size_t nowned, capowned;
	sqlite3 *db;
	const char *scope;      /* NULL, or an SQL condition on claims: load
	                        ** only those and their documents */
	xc_answer *ans;
	size_t nans, capans;
	unsigned char *stance;  /* parallel to idx, for answers */
	size_t capstance;
	const char *qtext;      /* the query's text (borrowed) */
	size_t qlen;
	mparams mp;             /* the matcher's weights (check/match.tsv) */
	unsigned flags;         /* XC_CHECK_* */
	xc_pair *pairs;         /* XC_CHECK_PAIRS: every candidate pair */
	size_t npairs, cappairs;
	xc_stories *stories;
	float *idf;             /* per interned string: rarity among the
	                        ** figures' clause words (match.c) */
};

/* A figure: claims of one group read the same way. */
typedef struct fig {
	rec **m;
	size_t n, cap;
	rec *rep;       /* first member: the reading */
	uint32_t doc0;  /* the first member's document */
	bool multi;     /* members from more than one document */
	bool compared;
	bool counted;   /* arts and ors hold the counts of the members */
	bool undated_sib; /* one of its documents has an undated figure in the
	                  ** group */
	size_t arts, ors;
} fig;


/* The last word of subject s when it names an organisation in full
** ("Motors" of "Kestrel Motors"; a word of orgword.lex after a space),
** else NULL. */
const char *xc_ck_org_word(const xc_check *c, const char *s);
const char *xc_ck_own(xc_check *c, char *s);
const char *xc_ck_own_dup(xc_check *c, const char *s);

/* Allocate a check; load its tables, and the claims (all, or those the
** SQL condition scope selects) with their documents and citations and
** readings. */
xc_status xc_ck_begin(xc_store *store, const xc_ruleset *rs,
                      const char *const *dirs, size_t ndirs, xc_diags *diags,
                      const char *scope, xc_check **out);
/* The reading of r: comparison unit, strict, hedged and wide intervals. */
xc_status xc_ck_reading(xc_check *c, rec *r);
/* Prepare r's group key; false when it takes no part in comparisons. */
bool xc_ck_keyed(xc_check *c, rec *r);
/* Group, compare, chain ratios, check arithmetic, collect the results. */
xc_status xc_ck_passes(xc_check *c, xc_diags *diags);
/* Independent origins of the claims (near copies, cited sources). */
xc_status xc_ck_origins(xc_check *c, rec **order, size_t n);
/* Fill the results' claims and documents, order findings. */
xc_status xc_ck_finish(xc_check *c, xc_diags *d);

bool xc_ck_meets(double alo, double ahi, double blo, double bhi);
/* Do the hedged readings (bounds plus approx tolerance) of a and b meet?
** Touching at one point only counts when their strict readings meet. */
bool xc_ck_meets_hedged(const rec *a, const rec *b);
/* Do the wide readings (after rounding and hedges) of a and b meet?
** Touching at one point only counts when their hedged readings meet. */
bool xc_ck_meets_wide(const rec *a, const rec *b);
bool xc_ck_same_reading(const rec *a, const rec *b);
bool xc_ck_classes_agree(const rec *a, const rec *b);
/* A qualifier that sets a figure apart from unqualified ones: a rate
** ("per day"), a total with additions ("with ..."), a height above or
** below a reference ("above flood stage"); scope.lex. */
bool xc_ck_set_apart(const xc_check *c, uint32_t scope);
/* Of those, a height above or below a reference: never implied, so two
** figures are not paired by words across it (a rate often is: "earning
** under $35,000" is a yearly income too). */
bool xc_ck_relative(const xc_check *c, uint32_t scope);
void xc_ck_fold_repeats(rec **g, size_t n);
xc_status xc_ck_fig_add(fig *f, rec *r, int32_t idx);
void xc_ck_count_sources(const xc_check *c, rec **rs, size_t n,
                         size_t *articles, size_t *origins);

/* qsort order of records by group key, then document and position. */
int xc_ck_cmp_key(const void *a, const void *b);

/* Explanations */
void xc_ck_fmt_num(xc_buf *b, double v);
void xc_ck_fmt_interval(xc_buf *b, double lo, double hi, const char *unit);
void xc_ck_describe(xc_check *c, xc_buf *b, const rec *r);
/* " [N articles, M independent origins]" for a figure of several
** articles (counted once per figure) */
void xc_ck_sources_text(xc_check *c, xc_buf *e, fig *f);
const char *xc_ck_shown_unit(const xc_check *c, const rec *r);
/* Two readings that do not meet: write "HI - LO = GAP UNIT apart" (or,
** when they only touch, where) and return the gap as a share of the
** larger reading (0 when they touch). */
double xc_ck_gap_text(xc_check *c, xc_buf *e, const rec *x, const rec *y);

/* Results: the claim in the output, and index lists with their sides
** (findings) and stances (answers). */
xc_status xc_ck_add_claim_ref(xc_check *c, rec *r);
xc_status xc_ck_idx_push(xc_check *c, rec *r, unsigned char side,
                         unsigned char stance);

/* Tables (checktab.c) */
xc_status xc_ck_load_table(xc_check *c, const char *dir, const char *name,
                           xc_diags *d, size_t *errors);
const tol *xc_ck_tol_for(const xc_check *c, const char *metric);
/* One row of check/match.tsv (fields f[0..nf)); nonzero when malformed. */
int xc_ck_match_row(xc_check *c, char **f, size_t nf);
void xc_ck_match_defaults(mparams *p);
/* USD per unit of code in year (nearest year listed); 0 when unknown. */
double xc_ck_usd_rate(const xc_check *c, const char *code, int year,
                      int *year_used);
int xc_ck_year_of(const char *period, int fallback);
const char *xc_ck_doc_name(const doc *d);

/* Findings (reconcile.c); arithmetic and ratio chains (arith.c) */
xc_status xc_ck_add_finding(xc_check *c, const char *verdict,
                            xc_severity sev, const char *type,
                            const rec *key, xc_buf *expl, rec **rs,
                            size_t nrs, size_t nfirst, double gap);
xc_status xc_ck_ratio_paths(xc_check *c, rec **rr, size_t n);
/* Compare the records of order[0..n) group by group (sorted by
** xc_ck_cmp_key): findings and corroborations.  Ratios only: other
** figures are paired by the matcher (match.c). */
xc_status xc_ck_group_pass(xc_check *c, rec **order, size_t n);
/* How many stored context words a and b share when they share enough to
** be about one thing, else 0 (ctxpass.c; used by query). */
size_t xc_ck_words_meet(xc_check *c, const rec *a, const rec *b);
/* The class of a count's counted noun (unitclass.lex), 0 for other kinds. */
uint32_t xc_ck_unit_class(xc_check *c, const rec *r);
xc_status xc_ck_arithmetic(xc_check *c);

/* Frames (frame.c): the stemmer, the measure and qualifier lexicons by
** stem, and the words the collection writes in lower case. */
xc_status xc_frames_new(xc_check *c, xc_frames **out);
void xc_frames_free(xc_frames *f);
/* Fill r->fr from its sentence in its document's body. */
xc_status xc_frame_of(xc_check *c, xc_frames *f, rec *r);
/* Drop from the frames of v[0..n) the names most figures of their story
** share (what the story is about). */
xc_status xc_frames_story_names(xc_check *c, rec **v, size_t n);
/* Qualifier bits of a figure that is not the current one: before,
** initial, estimate (bits 7, 1, 6 of xc_ck_qual_bit). */
#define XC_QUAL_PRIOR ((1u << 7) | (1u << 1) | (1u << 6))
/* The bit of a qualifier class ("part", "initial", ...), or -1. */
int xc_ck_qual_bit(const char *cls);

/* Matching (match.c): pair the figures of different documents of one
** story by their frames (Fellegi-Sunter weights from check/match.tsv),
** keep confident one-to-one pairs, compare them. */
xc_status xc_ck_match_pass(xc_check *c, rec **order, size_t n);
/* The level of each field for a pair, and the pair's weight. */
void xc_ck_levels(const xc_check *c, const rec *a, const rec *b,
                  int lv[XC_F_N]);
double xc_ck_pair_weight(const xc_check *c, const int lv[XC_F_N]);
/* A field by name and one of its levels (*lv); -1 when unknown. */
int xc_ck_feature(const char *name, const char *level, int *lv);
const char *xc_ck_feature_name(int f);
const char *xc_ck_level_name(int f, int l);
/* Compare two figures (at most one finding; *compared when the values
** were set against each other); corroborate figures with one number. */
xc_status xc_ck_compare(xc_check *c, fig *a, fig *b, bool ratio,
                        bool *compared);
xc_status xc_ck_corroborate(xc_check *c, fig *figs, size_t nf, bool *linked);

#endif
