/*
** cmd_check.c -- `crosscheck check`: run the reconciler over a store and
** write the conflict report (report_*.c) as JSON, Markdown, HTML or CSV.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "report.h"

const char cmd_check_usage[] =
	"usage: crosscheck check [--db FILE] [--rules DIR] [--format json|md|html|csv]\n"
	"                        [-o FILE] [--min-severity S] [--fail-on S]\n"
	"\n"
	"Reconcile the claims in the store and write a report: figures for the\n"
	"same fact that disagree across documents (conflict), differ only within\n"
	"their hedges (compatible_bounds) or only if rounded (rounding_dependent),\n"
	"figures that are not comparable (different period or qualifier), stated\n"
	"arithmetic that does not add up, corroborations with their independent\n"
	"origins, and coverage per document.  Severities: info, low, medium, high.\n"
	"\n"
	"  --format F        json (default; the documented contract), md, html, csv\n"
	"  -o FILE           write the report to FILE instead of standard output\n"
	"                    (whole or not at all; never the store itself)\n"
	"  --min-severity S  leave out findings below S\n"
	"  --fail-on S       exit 1 when a finding of severity S or above exists\n";

static int write_report(const report *rp, const char *fmt, FILE *out)
{
	if (!strcmp(fmt, "json"))
		return report_json(rp, out);
	if (!strcmp(fmt, "md"))
		return report_md(rp, out);
	if (!strcmp(fmt, "html"))
		return report_html(rp, out);
	return report_csv(rp, out);
}

/* Every candidate pair the matcher scored, as TSV (for fitting its
** weights: tools/fit-match.py). */
static int write_pairs(const xc_check *ck, const char *path)
{
	size_t n, i;
	const xc_pair *p = xc_check_pairs(ck, &n);
	FILE *f = fopen(path, "w");

	if (!f) {
		cli_error("cannot write '%s': %s", path, strerror(errno));
		return XC_EXIT_INTERNAL;
	}
	fprintf(f, "story\tpath_a\tstart_a\tend_a\tpath_b\tstart_b\tend_b\t"
	        "weight\tlevels\n");
	for (i = 0; i < n; i++)
		fprintf(f, "%zu\t%s\t%zu\t%zu\t%s\t%zu\t%zu\t%.3f\t%s\n",
		        p[i].story, p[i].path_a, p[i].start_a, p[i].end_a, p[i].path_b,
		        p[i].start_b, p[i].end_b, p[i].weight, p[i].levels);
	if (fclose(f)) {
		cli_error("cannot write '%s': %s", path, strerror(errno));
		return XC_EXIT_INTERNAL;
	}
	return 0;
}

/* The report into path, written whole or not at all: into a temporary
** file beside it, renamed over it once complete, so a failure (a full
** disk) keeps the report that was there. */
static int write_file(const report *rp, const char *fmt, const char *path,
                      const char *db)
{
	size_t n = strlen(path);
	char *tmp;
	FILE *f;
	int fd, rc;
	struct stat sb;
	mode_t um;

	if (cli_is_store_file(path, db)) {
		cli_error("'%s' is the store itself; write the report elsewhere",
		          path);
		return XC_EXIT_USAGE;
	}
	/* a device or pipe ("/dev/stdout") is written as it is */
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		if (!(f = fopen(path, "w"))) {
			cli_error("cannot write '%s': %s", path, strerror(errno));
			return XC_EXIT_INTERNAL;
		}
		rc = write_report(rp, fmt, f);
		if (fclose(f) && !rc)
			rc = XC_EXIT_INTERNAL;
		if (rc)
			cli_error("cannot write '%s': %s", path, strerror(errno));
		return rc;
	}
	if (!(tmp = malloc(n + 16)))
		return XC_EXIT_INTERNAL;
	snprintf(tmp, n + 16, "%s.tmp.XXXXXX", path);
	if ((fd = mkstemp(tmp)) < 0 || !(f = fdopen(fd, "w"))) {
		cli_error("cannot write '%s': %s", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		free(tmp);
		return XC_EXIT_INTERNAL;
	}
	um = umask(0);
	umask(um);
	(void)fchmod(fd, 0666 & ~um);
	rc = write_report(rp, fmt, f);
	if (fflush(f) || ferror(f) || fsync(fd)) {
		cli_error("cannot write '%s': %s", path, strerror(errno));
		rc = XC_EXIT_INTERNAL;
	}
	if (fclose(f) && !rc) {
		cli_error("cannot write '%s': %s", path, strerror(errno));
		rc = XC_EXIT_INTERNAL;
	}
	if (rc == XC_EXIT_OK && rename(tmp, path)) {
		cli_error("cannot write '%s': %s", path, strerror(errno));
		rc = XC_EXIT_INTERNAL;
	}
	if (rc != XC_EXIT_OK)
		unlink(tmp);
	free(tmp);
	return rc;
}

int cmd_check(int argc, char **argv)
{
	const char *db = NULL, *rules = NULL, *fmt = "json", *outp = NULL;
	const char *pairsp = NULL;
	int min_sev = XC_SEV_INFO, fail_on = -1, rc, i;
	cli_checked cc;
	const xc_check *ck;
	report rp;
	FILE *out = stdout;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char **dst = NULL;
		if (!strcmp(a, "--db"))
			dst = &db;
		else if (!strcmp(a, "--rules"))
			dst = &rules;
		else if (!strcmp(a, "--format"))
			dst = &fmt;
		else if (!strcmp(a, "-o") || !strcmp(a, "--output"))
			dst = &outp;
		else if (!strcmp(a, "--pairs"))
			dst = &pairsp;
		else if (!strcmp(a, "--min-severity") || !strcmp(a, "--fail-on")) {
			int v;
			if (i + 1 >= argc)
				return cli_usage("check", "%s needs a value", a);
			v = xc_severity_parse(argv[++i]);
			if (v < 0)
				return cli_usage("check", "unknown severity '%s' (info, "
				                 "low, medium, high)", argv[i]);
			if (a[2] == 'm')
				min_sev = v;
			else
				fail_on = v;
			continue;
		} else
			return cli_usage("check", "unknown argument '%s'", a);
		if (i + 1 >= argc)
			return cli_usage("check", "%s needs a value", a);
		*dst = argv[++i];
	}
	if (strcmp(fmt, "json") && strcmp(fmt, "md") && strcmp(fmt, "html") &&
	    strcmp(fmt, "csv"))
		return cli_usage("check", "unknown format '%s' (json, md, html, csv)",
		                 fmt);
	if ((rc = cli_check_open(rules, db, pairsp ? XC_CHECK_PAIRS : 0, &cc)))
		return rc;
	ck = cc.ck;
	if (pairsp && (rc = write_pairs(ck, pairsp)))
		goto done;
	report_init(&rp, ck, cli_db_path(db), min_sev);
	if (outp) {
		rc = write_file(&rp, fmt, outp, cli_db_path(db));
	} else {
		rc = write_report(&rp, fmt, out); /* main says if stdout failed */
	}
	if (!rc && fail_on >= 0 && report_max_severity(&rp) >= fail_on)
		rc = XC_EXIT_FAIL;
done:
	cli_check_close(&cc);
	return rc;
}
