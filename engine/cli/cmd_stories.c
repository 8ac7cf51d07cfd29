/*
** cmd_stories.c -- `crosscheck stories`: the stories of a store, the
** documents the matcher compares with each other (story.c), as a table or
** as JSON (a list of {id, label, documents}).
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report.h"

const char cmd_stories_usage[] =
	"usage: crosscheck stories [--db FILE] [--rules DIR] [--format table|json]\n"
	"\n"
	"List the stories of the store: documents of several outlets about one\n"
	"event or topic, found by the rare names, words and numbers they share.\n"
	"Figures are compared only with figures of the same story.\n"
	"\n"
	"  --format F   table (default): one story a block, its label and\n"
	"               documents; json: a list of objects with id, label and\n"
	"               documents (the paths as ingested)\n";

static int table(const report *rp, FILE *out)
{
	size_t s, i, ns, *first;
	size_t *order = report_story_docs(rp, &first, &ns);

	if (!order)
		return XC_EXIT_INTERNAL;
	fprintf(out, "%-6s %9s  %s\n", "story", "documents", "label / documents");
	for (s = 0; s < ns; s++) {
		fprintf(out, "S%-5zu %9zu  ", s + 1, first[s + 1] - first[s]);
		cli_put_safe(out, report_story_label(rp, s));
		fputc('\n', out);
		for (i = first[s]; i < first[s + 1]; i++) {
			fputs("                   ", out);
			cli_put_safe(out, rp->docs[order[i]].path);
			fputc('\n', out);
		}
	}
	free(order);
	free(first);
	return XC_EXIT_OK;
}

int cmd_stories(int argc, char **argv)
{
	const char *db = NULL, *rules = NULL, *fmt = "table";
	cli_checked cc;
	int i, rc = XC_EXIT_OK;
	report rp;

	for (i = 1; i < argc; i++) {
		const char **dst;
		if (!strcmp(argv[i], "--db"))
			dst = &db;
		else if (!strcmp(argv[i], "--rules"))
			dst = &rules;
		else if (!strcmp(argv[i], "--format"))
			dst = &fmt;
		else
			return cli_usage("stories", "unknown argument '%s'", argv[i]);
		if (i + 1 >= argc)
			return cli_usage("stories", "%s needs a value", argv[i]);
		*dst = argv[++i];
	}
	if (strcmp(fmt, "table") && strcmp(fmt, "json"))
		return cli_usage("stories", "unknown format '%s' (table, json)", fmt);
	if ((rc = cli_check_open(rules, db, 0, &cc)))
		return rc;
	report_init(&rp, cc.ck, cli_db_path(db), XC_SEV_INFO);
	if (!strcmp(fmt, "json")) {
		jw w = { 0 };
		JW_LIT(&w, "[\n");
		report_json_stories(&w, &rp);
		JW_LIT(&w, "]\n");
		if (w.failed)
			rc = XC_EXIT_INTERNAL;
		else
			fwrite(w.p, 1, w.len, stdout);
		free(w.p);
	} else {
		rc = table(&rp, stdout);
	}
	/* a failed standard output is said and exits 5 in main */
	cli_check_close(&cc);
	return rc;
}
