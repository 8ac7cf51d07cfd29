/*
** main.c -- the crosscheck command table.  Each command lives in its own
** cmd_*.c file and uses only the public library header.
*/
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char main_usage[] =
	"usage: crosscheck <command> [options] [args]\n"
	"\n"
	"Find numeric claims in news text and check them against each other.\n"
	"\n"
	"commands:\n"
	"  extract   print the numeric claims found in files\n"
	"  ingest    extract files and folders into the claim store\n"
	"  sources   list the documents in the store\n"
	"  claims    list the claims in the store\n"
	"  status    say what the store holds and check it\n"
	"  merge     combine stores built by separate ingest runs\n"
	"  stories   list the stories: documents the matcher compares\n"
	"  check     reconcile the claims and write a conflict report\n"
	"  query     check the figures of one sentence against the store\n"
	"  show      show one stored claim and its findings\n"
	"  rules     test, lint or list the extraction rules\n"
	"  help      show help for a command\n"
	"\n"
	"options:\n"
	"  -h, --help     show this help\n"
	"  --version      show the version\n"
	"\n"
	"Exit codes: 0 ok, 1 check failed, 2 usage error, 3 input error,\n"
	"4 rule errors, 5 internal error, 6 database error.  See docs/cli.md.\n";

static const xc_command commands[] = {
	{ "extract", cmd_extract, "print the numeric claims found in files",
	  cmd_extract_usage },
	{ "rules", cmd_rules, "test, lint or list the extraction rules",
	  cmd_rules_usage },
	{ "ingest", cmd_ingest, "extract files and folders into the claim store",
	  cmd_ingest_usage },
	{ "sources", cmd_sources, "list the documents in the store",
	  cmd_sources_usage },
	{ "claims", cmd_claims, "list the claims in the store", cmd_claims_usage },
	{ "status", cmd_status, "say what the store holds and check it",
	  cmd_status_usage },
	{ "merge", cmd_merge, "combine stores built by separate ingest runs",
	  cmd_merge_usage },
	{ "stories", cmd_stories, "list the stories: documents the matcher compares",
	  cmd_stories_usage },
	{ "check", cmd_check, "reconcile the claims and write a conflict report",
	  cmd_check_usage },
	{ "query", cmd_query, "check the figures of one sentence against the store",
	  cmd_query_usage },
	{ "show", cmd_show, "show one stored claim and its findings",
	  cmd_show_usage },
};

static const xc_command *find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static int help(int argc, char **argv)
{
	const xc_command *c;

	if (argc < 2) {
		fputs(main_usage, stdout);
		return XC_EXIT_OK;
	}
	if (!strcmp(argv[1], "help")) {
		fputs("usage: crosscheck help [COMMAND]\n", stdout);
		return XC_EXIT_OK;
	}
	c = find(argv[1]);
	if (!c)
		return cli_usage("", "unknown command '%s'", argv[1]);
	fputs(c->usage, stdout);
	return XC_EXIT_OK;
}

/* Whatever a command printed must have reached its reader: a full disk
** or closed pipe on stdout is an error (exit 5), not a silent success. */
static int flushed(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		/* said here only, for every command */
		fprintf(stderr, "crosscheck: cannot write standard output: %s\n",
		        strerror(errno));
		if (rc == XC_EXIT_OK || rc == XC_EXIT_FAIL)
			rc = XC_EXIT_INTERNAL;
	}
	return rc;
}

int main(int argc, char **argv)
{
	const xc_command *c;
	int i;

	if (argc < 2)
		return cli_usage("", "no command given");
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))
		return help(1, argv);
	if (!strcmp(argv[1], "--version")) {
		printf("crosscheck %s\n", XC_VERSION);
		return flushed(XC_EXIT_OK);
	}
	if (!strcmp(argv[1], "help"))
		return flushed(help(argc - 1, argv + 1));
	c = find(argv[1]);
	if (!c)
		return cli_usage("", "unknown command '%s'", argv[1]);
	for (i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			fputs(c->usage, stdout);
			return flushed(XC_EXIT_OK);
		}
	}
	return flushed(c->run(argc - 1, argv + 1));
}
