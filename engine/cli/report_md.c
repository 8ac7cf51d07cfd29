/*
** report_md.c -- the Markdown report, for pasting into an editor's notes.
*/
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report.h"

static void claim_line(FILE *out, const report *rp, size_t i)
{
	const xc_check_claim *c = &rp->claims[i];
	const xc_check_doc *d = &rp->docs[c->doc];

	fputs("- ", out);
	/* an outlet by name; a plain file by its title, its path given once */
	if (d->outlet || !d->title) {
		cli_md_str(out, d->outlet ? d->outlet : report_doc_name(rp, c->doc));
	} else {
		fputs("\u201c", out);
		cli_md_str(out, d->title);
		fputs("\u201d", out);
	}
	if (d->published) {
		fputs(", ", out);
		cli_md_str(out, d->published);
	}
	fputs(" (", out);
	cli_md_code(out, d->path, 0);
	fprintf(out, " bytes %zu-%zu): \"", c->start, c->end);
	report_marked(out, c, cli_md_text, "**", "**");
	fputs("\"\n", out);
}

/* The stories: the documents that tell each, as the matcher grouped them. */
static void stories_md(FILE *out, const report *rp)
{
	size_t s, i, ns, *first;
	size_t *order = report_story_docs(rp, &first, &ns);

	fprintf(out, "## Stories\n\n");
	for (s = 0; order && s < ns; s++) {
		fprintf(out, "- **S%zu** ", s + 1);
		cli_md_str(out, report_story_label(rp, s));
		fputs(": ", out);
		for (i = first[s]; i < first[s + 1]; i++) {
			if (i > first[s])
				fputs("; ", out);
			cli_md_str(out, report_doc_name(rp, order[i]));
		}
		fputs("\n", out);
	}
	fputs(ns ? "\n" : "None.\n\n", out);
	free(order);
	free(first);
}

int report_md(const report *rp, FILE *out)
{
	size_t i, j, n = 0;

	fprintf(out, "# crosscheck report\n\n");
	fputs("Database ", out);
	cli_md_code(out, rp->db, 0);
	fprintf(out, ": %zu documents. %zu findings: %zu conflicts "
	        "(%zu high, %zu medium), %zu possible conflicts (figures the "
	        "matcher is not sure are one fact), %zu compatible within "
	        "hedges, %zu rounding-dependent, %zu not comparable; %zu "
	        "corroborations.\n\n",
	        rp->ndocs, rp->shown, rp->by_verdict[0],
	        rp->by_severity[XC_SEV_HIGH], rp->by_severity[XC_SEV_MEDIUM],
	        rp->by_verdict[4], rp->by_verdict[1], rp->by_verdict[2],
	        rp->by_verdict[3], rp->nco);
	{
		size_t figs, cmp;
		report_compared(rp, &figs, &cmp);
		fprintf(out, "Of %zu figures read, %zu were compared with a figure "
		        "from another source; %zu were not matched with any (see "
		        "the coverage table).\n\n", figs, cmp, figs - cmp);
	}
	stories_md(out, rp);
	fprintf(out, "## Findings\n\n");
	for (i = 0; i < rp->nf; i++) {
		const xc_finding *f = &rp->f[i];
		if (!report_shown(rp, i))
			continue;
		n++;
		fprintf(out, "### F%zu. %s (`%s`, %s, %s): ", n,
		        report_verdict_words(f), f->verdict,
		        xc_severity_name(f->severity), f->type);
		cli_md_str(out, f->subject);
		if (*f->metric) {
			fputs(", ", out);
			cli_md_str(out, f->metric);
		}
		if (*f->period) {
			fputs(", ", out);
			cli_md_str(out, f->period);
		}
		if (*f->scope) {
			fputs(" (", out);
			cli_md_str(out, f->scope);
			fputs(")", out);
		}
		fprintf(out, "\n\nStory S%zu: ", f->story + 1);
		cli_md_str(out, report_story_label(rp, f->story));
		fputs(".\n\n", out);
		cli_md_str(out, f->explanation);
		if (f->evidence) {
			fputs("\n\nPaired as one fact: ", out);
			cli_md_str(out, f->evidence);
			fputs(".", out);
		}
		fprintf(out, "\n\n%zu article%s, %zu independent origin%s.\n\n",
		        f->articles, f->articles == 1 ? "" : "s", f->origins,
		        f->origins == 1 ? "" : "s");
		for (j = 0; j < f->nclaims; j++)
			claim_line(out, rp, f->claims[j]);
		fputs("\n", out);
	}
	if (!n)
		fputs("None.\n\n", out);
	fprintf(out, "## Corroborations\n\n");
	for (i = 0; i < rp->nco; i++) {
		const xc_corroboration *c = &rp->co[i];
		fputs("- **", out);
		cli_md_str(out, c->subject);
		fputs(", ", out);
		cli_md_str(out, c->metric);
		if (*c->period) {
			fputs(", ", out);
			cli_md_str(out, c->period);
		}
		fputs("**: ", out);
		cli_md_str(out, c->explanation);
		fputs(" Sources: ", out);
		for (j = 0; j < c->nclaims; j++) {
			if (!report_first_of_doc(rp, c, j))
				continue;
			if (j)
				fputs("; ", out);
			cli_md_str(out, report_doc_name(rp, rp->claims[c->claims[j]].doc));
		}
		fputs(".\n", out);
	}
	if (!rp->nco)
		fputs("None.\n", out);
	fprintf(out, "\n## Coverage\n\n| document | numbers seen | excluded | "
	        "unparsed | parsed | attributed | compared |\n|---|---:|---:|---:"
	        "|---:|---:|---:|\n");
	for (i = 0; i < rp->ndocs; i++) {
		const xc_check_doc *d = &rp->docs[i];
		fputs("| ", out);
		cli_md_code(out, d->path, 1);
		fprintf(out, " | %zu | %zu | %zu | %zu | %zu | %zu |\n", d->numbers,
		        d->excluded, d->unparsed, d->claims, d->attributed,
		        d->compared);
	}
	if (rp->nun) {
		fprintf(out, "\nNumbers no rule could read (%zu%s):\n\n", rp->nun,
		        rp->nun > REPORT_UNPARSED_MAX ? "; the first "
		        REPORT_STR(REPORT_UNPARSED_MAX) " here, all in the JSON report"
		                                      : "");
		for (i = 0; i < rp->nun && i < REPORT_UNPARSED_MAX; i++) {
			fputs("- ", out);
			cli_md_code(out, rp->docs[rp->un[i].doc].path, 0);
			fprintf(out, " bytes %zu-%zu: ", rp->un[i].start, rp->un[i].end);
			cli_md_str(out, rp->un[i].text);
			fputs("\n", out);
		}
	}
	return ferror(out) ? XC_EXIT_INTERNAL : XC_EXIT_OK;
}
