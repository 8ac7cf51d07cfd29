/*
** report_csv.c -- the CSV report: one row per finding and claim (RFC 4180,
** opens cleanly in a spreadsheet).
*/
#include <string.h>

#include "cli.h"
#include "report.h"

static void cell(FILE *out, const char *v)
{
	int guard;

	if (!v)
		v = "";
	guard = cli_csv_guard(v, strlen(v));
	if (!strpbrk(v, ",\"\r\n")) {
		if (guard)
			fputc('\'', out);
		fputs(v, out);
		return;
	}
	fputc('"', out);
	if (guard)
		fputc('\'', out);
	for (; *v; v++) {
		if (*v == '"')
			fputc('"', out);
		fputc(*v, out);
	}
	fputc('"', out);
}

static void num(FILE *out, int has, double v)
{
	char b[40];
	if (has)
		fputs(cli_num(v, b), out);
}

int report_csv(const report *rp, FILE *out)
{
	size_t i, j, n = 0;

	fputs("finding,verdict,severity,type,subject,metric,period,scope,"
	      "explanation,claim_id,doc,source,published,start,end,text,value,low,"
	      "high,unit,sentence\r\n", out);
	for (i = 0; i < rp->nf; i++) {
		const xc_finding *f = &rp->f[i];
		if (!report_shown(rp, i))
			continue;
		n++;
		for (j = 0; j < f->nclaims; j++) {
			const xc_check_claim *c = &rp->claims[f->claims[j]];
			const xc_check_doc *d = &rp->docs[c->doc];
			const char *fcells[] = { f->verdict,
				xc_severity_name(f->severity), f->type, f->subject,
				f->metric, f->period, f->scope, f->explanation };
			const char *dcells[] = { d->path, report_doc_name(rp, c->doc),
			                         d->published };
			size_t k;
			fprintf(out, "F%zu", n);
			for (k = 0; k < sizeof fcells / sizeof fcells[0]; k++) {
				fputc(',', out);
				cell(out, fcells[k]);
			}
			fprintf(out, ",%lld", (long long)c->id);
			for (k = 0; k < sizeof dcells / sizeof dcells[0]; k++) {
				fputc(',', out);
				cell(out, dcells[k]);
			}
			fprintf(out, ",%zu,%zu,", c->start, c->end);
			cell(out, c->text);
			fputc(',', out);
			num(out, c->has_value, c->value);
			fputc(',', out);
			num(out, c->has_low, c->low);
			fputc(',', out);
			num(out, c->has_high, c->high);
			fputc(',', out);
			cell(out, c->unit);
			fputc(',', out);
			cell(out, c->sentence);
			fputs("\r\n", out);
		}
	}
	return ferror(out) ? XC_EXIT_INTERNAL : XC_EXIT_OK;
}
