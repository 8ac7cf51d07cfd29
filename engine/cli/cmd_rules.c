/*
** cmd_rules.c -- `crosscheck rules test|lint|list`.
*/
#include <stdio.h>
#include <string.h>

#include "cli.h"

const char cmd_rules_usage[] =
	"usage: crosscheck rules test [--rules DIR]\n"
	"       crosscheck rules lint [--rules DIR]\n"
	"       crosscheck rules list [--rules DIR] [--expand]\n"
	"\n"
	"  test   run every rule's expect/reject examples; failures are printed\n"
	"         as file:line:col: message and the exit code is 1\n"
	"  lint   load and compile every rule; each problem is printed as\n"
	"         file:line:col: message and the exit code is 4\n"
	"  list   print id, kind and location of every rule; with --expand,\n"
	"         also the pattern with its fragments expanded\n"
	"\n"
	"  --rules DIR   add the rules and lexicons of DIR to the built-in ones\n";

int cmd_rules(int argc, char **argv)
{
	const char *sub, *rules = NULL;
	xc_ruleset *rs = NULL;
	int i, rc, expand = 0;

	if (argc < 2)
		return cli_usage("rules", "no subcommand (test, lint, list)");
	sub = argv[1];
	for (i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--rules") && i + 1 < argc)
			rules = argv[++i];
		else if (!strcmp(argv[i], "--expand"))
			expand = 1;
		else
			return cli_usage("rules", "unexpected argument '%s'", argv[i]);
	}
	if (strcmp(sub, "test") && strcmp(sub, "lint") && strcmp(sub, "list"))
		return cli_usage("rules", "unknown subcommand '%s'", sub);
	if ((rc = cli_load_rules(rules, &rs)))
		return rc;
	if (!strcmp(sub, "lint")) {
		printf("%zu rules, no problems\n", xc_ruleset_count(rs));
	} else if (!strcmp(sub, "list")) {
		size_t k;
		for (k = 0; k < xc_ruleset_count(rs); k++)
		{
			printf("%-28s %-9s %s\n", xc_ruleset_rule_id(rs, k),
			       xc_ruleset_rule_kind(rs, k), xc_ruleset_rule_where(rs, k));
			if (expand)
				printf("    %s\n", xc_ruleset_rule_pattern(rs, k));
		}
	} else {
		xc_diags *d = NULL;
		size_t pass = 0, fail = 0, k;
		if (xc_diags_new(&d) || xc_ruleset_test(rs, d, &pass, &fail)) {
			cli_error("out of memory");
			xc_diags_free(d);
			xc_ruleset_free(rs);
			return XC_EXIT_INTERNAL;
		}
		for (k = 0; k < xc_diags_count(d); k++)
			fprintf(stderr, "%s\n", xc_diags_get(d, k));
		printf("rule examples: %zu passed, %zu failed\n", pass, fail);
		xc_diags_free(d);
		rc = fail ? XC_EXIT_FAIL : XC_EXIT_OK;
	}
	xc_ruleset_free(rs);
	return rc;
}
