/*
** report.h -- the conflict report of `crosscheck check` in its four
** formats.  The JSON form is the contract (docs/output.md); Markdown, HTML
** and CSV present the same findings for people and spreadsheets.
*/
#ifndef XC_REPORT_H
#define XC_REPORT_H

#include <stdio.h>

#include "crosscheck.h"

typedef struct report {
	const xc_check *ck;
	const char *db;
	int min_severity;
	const xc_check_doc *docs;
	const xc_check_claim *claims;
	const xc_finding *f;
	const xc_corroboration *co;
	const xc_unparsed *un;
	size_t ndocs, nclaims, nf, nco, nun;
	size_t shown;          /* findings at or above min_severity */
	size_t by_verdict[5];  /* report_verdicts order */
	size_t by_severity[4];
} report;

/* Verdicts in summary order: conflict, compatible_bounds,
** rounding_dependent, not_comparable, possible_conflict. */
#define REPORT_VERDICTS 5
extern const char *const report_verdicts[REPORT_VERDICTS];
/* A finding's verdict in plain words for an editor ("Sources disagree"),
** the code (verdict) going in small print beside it. */
const char *report_verdict_words(const xc_finding *f);
/* Figures stored and figures compared with another source's, over the
** documents of the report. */
void report_compared(const report *rp, size_t *figures, size_t *compared);
/* The people-facing reports list at most this many numbers no rule could
** read (page furniture fills the list); JSON and CSV carry all. */
#define REPORT_UNPARSED_MAX 20
#define REPORT_STR_(x) #x
#define REPORT_STR(x) REPORT_STR_(x)

/* The documents by story: the result lists document indexes, those of
** story s at [(*first)[s], (*first)[s + 1]); *ns stories.  Both arrays are
** the caller's (free); NULL when out of memory. */
size_t *report_story_docs(const report *rp, size_t **first, size_t *ns);
/* The label of a story ("Heathrow, Hayes"); "" when unknown. */
const char *report_story_label(const report *rp, size_t story);

void report_init(report *rp, const xc_check *ck, const char *db,
                 int min_severity);
/* Findings at or above min_severity are shown; the highest severity of
** those (or -1 when none). */
int report_shown(const report *rp, size_t i);
int report_max_severity(const report *rp);
/* The name of document d: outlet, else title, else path. */
const char *report_doc_name(const report *rp, size_t d);

/* Write claim c's sentence with its figure between open and close, each
** piece through put (which escapes it for the format).  Offsets that do
** not fit the sentence: the sentence alone, unmarked. */
typedef void (*report_put)(FILE *out, const char *s, size_t n);
void report_marked(FILE *out, const xc_check_claim *c, report_put put,
                   const char *open, const char *close);

/* Whether claim j of a corroboration is the first from its document (the
** sources are listed once each). */
int report_first_of_doc(const report *rp, const xc_corroboration *co,
                        size_t j);

/* One claim of the results as a JSON object (docs/output.md); side < 0
** leaves the "side" member out. */
struct jw;
void report_json_claim(struct jw *w, const report *rp, size_t i, int side);
/* The stories as JSON objects {id, label, documents: [paths]}, one a line,
** without the enclosing brackets. */
void report_json_stories(struct jw *w, const report *rp);

/* Each returns an exit code (0, or 5 when out of memory). */
int report_json(const report *rp, FILE *out);
int report_md(const report *rp, FILE *out);
int report_html(const report *rp, FILE *out);
int report_csv(const report *rp, FILE *out);

#endif
