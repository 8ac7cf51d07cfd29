/* test_rules.c -- loading rule files: every problem is reported with its
** file, line and column, and a broken file never yields a ruleset. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

static char dir[64];

static void write_rules(const char *body)
{
	char path[128];
	FILE *f;

	snprintf(dir, sizeof dir, "/tmp/xc-rules-XXXXXX");
	cr_assert(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/lexicon", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/user.rules", dir);
	f = fopen(path, "w");
	cr_assert(f);
	fputs(body, f);
	fclose(f);
}

static void cleanup(void)
{
	char cmd[128];

	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	cr_expect_eq(system(cmd), 0);
}

/* load builtin + user; returns status, diagnostics joined by '\n' */
static xc_status load(char *out, size_t cap)
{
	const char *dirs[] = { "rules", dir };
	xc_diags *d;
	xc_ruleset *rs = NULL;
	xc_status st;
	size_t i, k = 0;

	xc_diags_new(&d);
	st = xc_ruleset_load(dirs, 2, d, &rs);
	out[0] = '\0';
	for (i = 0; i < xc_diags_count(d) && k < cap; i++)
		k += (size_t)snprintf(out + k, cap - k, "%s\n", xc_diags_get(d, i));
	if (st == XC_OK)
		cr_expect_not_null(rs);
	else
		cr_expect_null(rs);
	xc_ruleset_free(rs);
	xc_diags_free(d);
	return st;
}

static const struct {
	const char *body;
	const char *diag; /* substring expected in the diagnostics */
} broken[] = {
	{ "rule u.bad\nkind money\npattern (?<cur>\\$)(?<num>[0-9]+\n",
	  "user.rules:3:32: bad regex: missing closing parenthesis" },
	{ "rule u.frag\nkind count\npattern {NOPE}(?<num>[0-9]+)\n",
	  "user.rules:3:9: unknown fragment {NOPE}" },
	{ "rule u.kind\nkind banana\npattern (?<num>[0-9]+)\n",
	  "user.rules:2:6: unknown kind 'banana'" },
	{ "rule u.empty\nkind count\npattern (?<num>[0-9]*)\n",
	  "can match the empty string" },
	{ "rule u.nopat\nkind count\n", "rule 'u.nopat' has no pattern" },
	{ "kind count\n", "user.rules:1:1: 'kind' outside a rule" },
	{ "frobnicate\n", "user.rules:1:1: unknown directive 'frobnicate'" },
	{ "rule money.symbol\nkind money\npattern (?<cur>\\$)(?<num>[0-9]+)\n",
	  "rule 'money.symbol' already defined" },
	{ "rule u.nonum\nkind count\npattern [0-9]+\n",
	  "captures no (?<num>...)" },
	{ "fragment A {B}\nfragment B {A}\nrule u.cyc\nkind count\n"
	  "pattern (?<num>{A})\n", "fragments nest too deeply" },
	{ "rule u.set\nkind count\nset weight=3\npattern (?<num>[0-9]+)\n",
	  "unknown field 'weight'" },
};

Test(rules, reports_every_broken_rule_with_file_line_col)
{
	size_t i;
	char diags[8192];

	for (i = 0; i < sizeof broken / sizeof broken[0]; i++) {
		write_rules(broken[i].body);
		cr_expect_eq(load(diags, sizeof diags), XC_ERULES, "case %zu", i);
		cr_expect(strstr(diags, broken[i].diag) != NULL,
		          "case %zu: want '%s' in:\n%s", i, broken[i].diag, diags);
		cleanup();
	}
}

Test(rules, collects_all_problems_not_just_the_first)
{
	char diags[8192];

	write_rules("rule u.a\nkind money\npattern (\nrule u.b\nkind nope\n"
	            "pattern (?<num>[0-9]+)\nbogus line\n");
	cr_expect_eq(load(diags, sizeof diags), XC_ERULES);
	cr_expect(strstr(diags, "user.rules:3:"));
	cr_expect(strstr(diags, "user.rules:5:"));
	cr_expect(strstr(diags, "user.rules:7:"));
	cleanup();
}

Test(rules, user_rules_extend_the_builtin_set)
{
	char diags[8192];
	const char *dirs[2];
	xc_ruleset *rs = NULL;
	xc_extractor *x = NULL;
	const xc_claim *c;
	size_t n, i;
	int found = 0;
	const char *text = "The stadium holds 4 zorkmids of gold.";

	write_rules("rule u.zork\nkind money\npriority 50\nset cur=ZMD\n"
	            "pattern (?<num>{NUMB})\\s+zorkmids\n"
	            "expect 4 zorkmids => value=4 unit=ZMD\n");
	cr_assert_eq(load(diags, sizeof diags), XC_OK, "%s", diags);
	dirs[0] = "rules";
	dirs[1] = dir;
	cr_assert_eq(xc_ruleset_load(dirs, 2, NULL, &rs), XC_OK);
	cr_assert_eq(xc_extractor_new(rs, &x), XC_OK);
	cr_assert_eq(xc_extract(x, text, strlen(text), &c, &n), XC_OK);
	for (i = 0; i < n; i++)
		if (!strcmp(c[i].rule, "u.zork") && !strcmp(c[i].unit, "ZMD"))
			found = 1;
	cr_expect(found);
	cr_expect_str_neq(xc_ruleset_hash(rs), "");
	xc_extractor_free(x);
	xc_ruleset_free(rs);
	cleanup();
}

Test(rules, builtin_examples_all_pass)
{
	xc_diags *d;
	size_t pass = 0, fail = 0, i;

	xc_diags_new(&d);
	cr_assert_eq(xc_ruleset_test(test_rules(), d, &pass, &fail), XC_OK);
	for (i = 0; i < xc_diags_count(d); i++)
		cr_log_error("%s", xc_diags_get(d, i));
	cr_expect_gt(pass, 100);
	cr_expect_eq(fail, 0);
	xc_diags_free(d);
	test_rules_free();
}

Test(rules, a_failing_example_is_reported_at_its_line)
{
	char path[128];
	const char *dirs[2];
	xc_ruleset *rs = NULL;
	xc_diags *d;
	size_t pass, fail;

	write_rules("rule u.wrong\nkind count\npriority 50\n"
	            "pattern (?<num>[0-9]+) widgets\n"
	            "expect 5 widgets => value=6\n"
	            "reject 7 widgets\n");
	dirs[0] = "rules";
	dirs[1] = dir;
	cr_assert_eq(xc_ruleset_load(dirs, 2, NULL, &rs), XC_OK);
	xc_diags_new(&d);
	cr_assert_eq(xc_ruleset_test(rs, d, &pass, &fail), XC_OK);
	cr_expect_eq(fail, 2);
	snprintf(path, sizeof path, "%s/user.rules:5:1: rule 'u.wrong'", dir);
	cr_expect(strstr(xc_diags_get(d, 0), path), "%s", xc_diags_get(d, 0));
	snprintf(path, sizeof path, "%s/user.rules:6:1: rule 'u.wrong' should not",
	         dir);
	cr_expect(strstr(xc_diags_get(d, 1), path), "%s", xc_diags_get(d, 1));
	xc_diags_free(d);
	xc_ruleset_free(rs);
	cleanup();
}
