/*
** report_html.c -- the HTML report: one self-contained file (inline CSS,
** no scripts, no network), every piece of article text escaped.
*/
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report.h"

static void esc_n(FILE *out, const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(s[i], out);
		}
	}
}

static void esc(FILE *out, const char *s)
{
	if (s)
		esc_n(out, s, strlen(s));
}

static const char css[] =
	"body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
	"padding:0 1rem;color:#222}h1{font-size:1.6rem}h2{margin-top:2rem;"
	"border-bottom:1px solid #ddd}.summary{display:flex;gap:.6rem;flex-wrap:"
	"wrap}.summary div{border:1px solid #ddd;border-radius:6px;padding:.4rem "
	".8rem}.summary b{display:block;font-size:1.4rem}.finding{border:1px solid"
	" #ddd;border-left:6px solid #999;border-radius:6px;padding:.6rem 1rem;"
	"margin:1rem 0}.sev-high{border-left-color:#c0392b}.sev-medium{"
	"border-left-color:#e67e22}.sev-low{border-left-color:#f1c40f}.sev-info{"
	"border-left-color:#7f8c8d}.tag{font-size:.8rem;border-radius:4px;padding:"
	"0 .4rem;background:#eee;margin-right:.3rem}.expl{margin:.4rem 0}"
	"blockquote{margin:.3rem 0 .3rem 1rem;color:#333}.src{font-size:.85rem;"
	"color:#555}mark{background:#ffe58a;padding:0 .1rem}table{border-collapse:"
	"collapse;font-size:.9rem}td,th{border:1px solid #ddd;padding:.2rem .5rem;"
	"text-align:right}td:first-child,th:first-child{text-align:left}"
	/* a phone's width: long paths and ids break, tables shrink */
	"body,code,td,th{overflow-wrap:anywhere}table{max-width:100%}"
	"@media (max-width:40rem){body{margin:1rem auto;padding:0 .5rem}"
	"td,th{padding:.1rem .25rem;font-size:.75rem}"
	".finding{padding:.5rem .6rem}blockquote{margin-left:.4rem}}";

/* The stories: the documents that tell each. */
static void stories_html(FILE *out, const report *rp)
{
	size_t s, i, ns, *first;
	size_t *order = report_story_docs(rp, &first, &ns);

	fputs("<h2>Stories</h2>\n<ul id=stories>\n", out);
	for (s = 0; order && s < ns; s++) {
		fprintf(out, "<li><b>S%zu</b> ", s + 1);
		esc(out, report_story_label(rp, s));
		fputs(": ", out);
		for (i = first[s]; i < first[s + 1]; i++) {
			if (i > first[s])
				fputs("; ", out);
			esc(out, report_doc_name(rp, order[i]));
		}
		fputs("</li>\n", out);
	}
	fputs("</ul>\n", out);
	free(order);
	free(first);
}

int report_html(const report *rp, FILE *out)
{
	size_t i, j, n = 0;

	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	      "<meta name=\"viewport\" content=\"width=device-width\">"
	      "<title>crosscheck report</title><style>", out);
	fputs(css, out);
	fputs("</style></head><body>\n<h1>crosscheck report</h1>\n<p class=src>"
	      "Database <code>", out);
	esc(out, rp->db);
	fprintf(out, "</code>, %zu documents.</p>\n<div class=summary id=summary>"
	        "<div><b>%zu</b>findings</div><div><b>%zu</b>conflicts</div>"
	        "<div><b>%zu</b>high</div><div><b>%zu</b>possible conflicts</div>"
	        "<div><b>%zu</b>compatible within "
	        "hedges</div><div><b>%zu</b>rounding-dependent</div><div><b>%zu"
	        "</b>not comparable</div><div><b>%zu</b>corroborations</div>"
	        "</div>\n", rp->ndocs, rp->shown,
	        rp->by_verdict[0], rp->by_severity[XC_SEV_HIGH], rp->by_verdict[4],
	        rp->by_verdict[1], rp->by_verdict[2], rp->by_verdict[3], rp->nco);
	{
		size_t figs, cmp;
		report_compared(rp, &figs, &cmp);
		fprintf(out, "<p class=compared>Of %zu figures read, %zu were "
		        "compared with a figure from another source; %zu were not "
		        "matched with any (see the coverage table).</p>\n", figs, cmp,
		        figs - cmp);
	}
	stories_html(out, rp);
	fputs("<h2>Findings</h2>\n", out);
	for (i = 0; i < rp->nf; i++) {
		const xc_finding *f = &rp->f[i];
		if (!report_shown(rp, i))
			continue;
		n++;
		fprintf(out, "<section class=\"finding sev-%s\" id=\"F%zu\" "
		        "data-verdict=\"%s\" data-severity=\"%s\"><div><b>F%zu</b> "
		        "<b class=words>%s</b> <small class=tag>%s</small>"
		        "<span class=tag>%s</span>"
		        "<span class=tag>%s</span> <b>", xc_severity_name(f->severity),
		        n, f->verdict, xc_severity_name(f->severity), n,
		        report_verdict_words(f), f->verdict,
		        xc_severity_name(f->severity), f->type);
		esc(out, f->subject);
		fputs("</b>", out);
		if (*f->metric) {
			fputs(" · ", out);
			esc(out, f->metric);
		}
		if (*f->period) {
			fputs(" · ", out);
			esc(out, f->period);
		}
		if (*f->scope) {
			fputs(" · ", out);
			esc(out, f->scope);
		}
		fprintf(out, "</div>\n<p class=src>Story S%zu: ", f->story + 1);
		esc(out, report_story_label(rp, f->story));
		fputs("</p><p class=expl>", out);
		esc(out, f->explanation);
		if (f->evidence) {
			fputs("</p><p class=src>Paired as one fact: ", out);
			esc(out, f->evidence);
		}
		fprintf(out, "</p><p class=src>%zu article%s, %zu independent "
		        "origin%s</p>\n", f->articles, f->articles == 1 ? "" : "s",
		        f->origins, f->origins == 1 ? "" : "s");
		for (j = 0; j < f->nclaims; j++) {
			const xc_check_claim *c = &rp->claims[f->claims[j]];
			const xc_check_doc *d = &rp->docs[c->doc];
			fputs("<blockquote>", out);
			report_marked(out, c, esc_n, "<mark>", "</mark>");
			fputs("<div class=src>", out);
			/* an outlet by name; a plain file by its title alone, its
			** path given once below */
			if (d->outlet || !d->title)
				esc(out, report_doc_name(rp, c->doc));
			if (d->title) {
				fputs(d->outlet ? ", <i>" : "<i>", out);
				esc(out, d->title);
				fputs("</i>", out);
			}
			if (d->published) {
				fputs(", ", out);
				esc(out, d->published);
			}
			fputs(" — <code>", out);
			esc(out, d->path);
			fprintf(out, "</code> bytes %zu–%zu</div></blockquote>\n",
			        c->start, c->end);
		}
		fputs("</section>\n", out);
	}
	if (!n)
		fputs("<p>None.</p>\n", out);
	fputs("<h2>Corroborations</h2>\n<ul id=corroborations>\n", out);
	for (i = 0; i < rp->nco; i++) {
		const xc_corroboration *c = &rp->co[i];
		fputs("<li><b>", out);
		esc(out, c->subject);
		fputs(" · ", out);
		esc(out, c->metric);
		if (*c->period) {
			fputs(" · ", out);
			esc(out, c->period);
		}
		fputs("</b>: ", out);
		esc(out, c->explanation);
		fputs(" <span class=src>(", out);
		for (j = 0; j < c->nclaims; j++) {
			if (!report_first_of_doc(rp, c, j))
				continue;
			if (j)
				fputs("; ", out);
			esc(out, report_doc_name(rp, rp->claims[c->claims[j]].doc));
		}
		fputs(")</span></li>\n", out);
	}
	fputs("</ul>\n<h2>Sources and coverage</h2>\n<table id=coverage><tr>"
	      "<th>document</th><th>outlet</th><th>date</th><th>numbers seen</th>"
	      "<th>excluded</th><th>unparsed</th><th>parsed</th><th>attributed"
	      "</th><th>compared</th></tr>\n", out);
	for (i = 0; i < rp->ndocs; i++) {
		const xc_check_doc *d = &rp->docs[i];
		fputs("<tr><td><code>", out);
		esc(out, d->path);
		fputs("</code></td><td>", out);
		esc(out, d->outlet);
		if (d->dup_of != (size_t)-1) {
			fputs(" (near copy of ", out);
			esc(out, report_doc_name(rp, d->dup_of));
			fputs(")", out);
		}
		fputs("</td><td>", out);
		esc(out, d->published);
		fprintf(out, "</td><td>%zu</td><td>%zu</td><td>%zu</td><td>%zu</td>"
		        "<td>%zu</td><td>%zu</td></tr>\n", d->numbers, d->excluded,
		        d->unparsed, d->claims, d->attributed, d->compared);
	}
	fputs("</table>\n", out);
	if (rp->nun) {
		fprintf(out, "<h3>Numbers no rule could read (%zu%s)</h3>\n<ul>\n",
		        rp->nun, rp->nun > REPORT_UNPARSED_MAX ? "; the first "
		        REPORT_STR(REPORT_UNPARSED_MAX) " here, all in the JSON report"
		                                               : "");
		for (i = 0; i < rp->nun && i < REPORT_UNPARSED_MAX; i++) {
			fputs("<li><code>", out);
			esc(out, rp->docs[rp->un[i].doc].path);
			fprintf(out, "</code> bytes %zu–%zu: ", rp->un[i].start,
			        rp->un[i].end);
			esc(out, rp->un[i].text);
			fputs("</li>\n", out);
		}
		fputs("</ul>\n", out);
	}
	fputs("</body></html>\n", out);
	return ferror(out) ? XC_EXIT_INTERNAL : XC_EXIT_OK;
}
