/*
** evalcheck.c -- `make eval`, second half: score a `crosscheck check
** --format json` report of corpus/ against corpus/gold/conflicts.tsv.
**
**   xc-evalcheck [--strict] GOLD.tsv REPORT.json
**
** Prints conflict recall and precision, verdict accuracy and every gold
** line whose verdict differs.  With --strict FOUND MUSTNOT, exits 1 when
** fewer than FOUND gold conflicts are found or more than MUSTNOT must_not
** pairs are reported as conflicts (make test; the floor is data in
** corpus/gold/conflicts.floor, the figures of the current matcher).
*/
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *sget(json_object *o, const char *k)
{
	json_object *v;
	return json_object_object_get_ex(o, k, &v) ? json_object_get_string(v)
	                                            : NULL;
}

static json_object *aget(json_object *o, const char *k)
{
	json_object *v;
	return json_object_object_get_ex(o, k, &v) ? v : NULL;
}

/* Does a claim object come from the article with this stem and text? */
static int is_claim(json_object *c, const char *stem, const char *text)
{
	const char *doc = sget(c, "doc"), *t = sget(c, "text"), *slash;
	size_t n = strlen(stem);
	if (!doc || !t || strcmp(t, text))
		return 0;
	slash = strrchr(doc, '/');
	doc = slash ? slash + 1 : doc;
	return !strncmp(doc, stem, n) && doc[n] == '.';
}

static char *stems[256];
static size_t nstems;

/* Are all the finding's claims from documents of the gold file? */
static int in_scope(json_object *claims)
{
	size_t i, n = json_object_array_length(claims), q;
	for (i = 0; i < n; i++) {
		json_object *c = json_object_array_get_idx(claims, i);
		int ok = 0;
		for (q = 0; q < nstems && !ok; q++) {
			const char *doc = sget(c, "doc"), *slash;
			size_t m = strlen(stems[q]);
			if (!doc)
				continue;
			slash = strrchr(doc, '/');
			doc = slash ? slash + 1 : doc;
			ok = !strncmp(doc, stems[q], m) && doc[m] == '.';
		}
		if (!ok)
			return 0;
	}
	return 1;
}

static int holds(json_object *claims, const char *sa, const char *ta,
                 const char *sb, const char *tb)
{
	size_t i, j, n = json_object_array_length(claims);
	/* on different sides of the finding (two figures compared), when the
	** report says which side each claim is on */
	for (i = 0; i < n; i++) {
		json_object *c = json_object_array_get_idx(claims, i), *si, *sj;
		if (!is_claim(c, sa, ta))
			continue;
		for (j = 0; j < n; j++) {
			json_object *d = json_object_array_get_idx(claims, j);
			if (j == i || !is_claim(d, sb, tb))
				continue;
			if (!json_object_object_get_ex(c, "side", &si) ||
			    !json_object_object_get_ex(d, "side", &sj) ||
			    json_object_get_int(si) != json_object_get_int(sj))
				return 1;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	int strict = 0, ai = 1;
	long min_found = 0, max_violated = 0;
	FILE *g;
	char line[2048];
	json_object *rep, *findings, *corr, *claims;
	size_t nf, i, gold_conf = 0, found_conf = 0, lines = 0, right = 0,
	       must_not = 0, violated = 0, pred_conf = 0, pred_conf_ok = 0;
	char *used;

	if (argc > 3 && !strcmp(argv[1], "--strict")) {
		strict = 1;
		min_found = strtol(argv[2], NULL, 10);
		max_violated = strtol(argv[3], NULL, 10);
		ai += 3;
	}
	if (argc - ai != 2) {
		fprintf(stderr, "usage: xc-evalcheck [--strict FOUND MUSTNOT] GOLD.tsv REPORT.json\n");
		return 2;
	}
	rep = json_object_from_file(argv[ai + 1]);
	if (!rep || !(findings = aget(rep, "findings")) ||
	    !(corr = aget(rep, "corroborations")) || !(claims = aget(rep, "claims"))) {
		fprintf(stderr, "xc-evalcheck: %s: not a crosscheck report\n",
		        argv[ai + 1]);
		return 2;
	}
	if (!(g = fopen(argv[ai], "r"))) {
		perror(argv[ai]);
		return 2;
	}
	nf = json_object_array_length(findings);
	used = calloc(nf + 1, 1);
	/* the documents this gold file speaks of: precision counts only the
	** findings among them */
	{
		char l2[2048];
		while (fgets(l2, sizeof l2, g)) {
			char *a = l2, *t;
			int k;
			if (l2[0] == '#' || l2[0] == '\n')
				continue;
			for (k = 0; k < 5 && a; k++) {
				t = strchr(a, '\t');
				if (t)
					*t = 0;
				if ((k == 1 || k == 3) && nstems < 256) {
					size_t q;
					for (q = 0; q < nstems && strcmp(stems[q], a); q++)
						;
					if (q == nstems)
						stems[nstems++] = strdup(a);
				}
				a = t ? t + 1 : NULL;
			}
		}
		rewind(g);
	}
	printf("conflict detection vs %s\n", argv[ai]);
	while (fgets(line, sizeof line, g)) {
		char *f[5], *p = line;
		const char *pred = "none";
		int k;
		line[strcspn(line, "\r\n")] = 0;
		if (line[0] == '#' || !line[0])
			continue;
		for (k = 0; k < 5; k++) {
			f[k] = p;
			p = strchr(p, '\t');
			if (!p && k < 4)
				break;
			if (p)
				*p++ = 0;
		}
		if (k < 4) {
			fprintf(stderr, "xc-evalcheck: bad gold line: %s\n", line);
			return 2;
		}
		for (i = 0; i < nf; i++) {
			json_object *fo = json_object_array_get_idx(findings, i);
			if (holds(aget(fo, "claims"), f[1], f[2], f[3], f[4])) {
				pred = sget(fo, "verdict");
				if (!strcmp(f[0], "conflict") && !strcmp(pred, "conflict"))
					used[i] = 1;
				break;
			}
		}
		if (!strcmp(pred, "none")) {
			size_t nc = json_object_array_length(corr), j;
			for (j = 0; j < nc; j++) {
				json_object *co = json_object_array_get_idx(corr, j);
				json_object *idx = aget(co, "claims"), *objs;
				size_t m = json_object_array_length(idx), q;
				objs = json_object_new_array();
				for (q = 0; q < m; q++)
					json_object_array_add(objs, json_object_get(
					    json_object_array_get_idx(claims,
					        (size_t)json_object_get_int(
					            json_object_array_get_idx(idx, q)))));
				if (holds(objs, f[1], f[2], f[3], f[4]))
					pred = "corroborated";
				json_object_put(objs);
				if (!strcmp(pred, "corroborated"))
					break;
			}
		}
		if (!strcmp(f[0], "must_not")) {
			must_not++;
			if (!strcmp(pred, "conflict")) {
				violated++;
				printf("  MUST NOT  %s \"%s\" / %s \"%s\": reported as conflict\n",
				       f[1], f[2], f[3], f[4]);
			}
			continue;
		}
		lines++;
		if (!strcmp(f[0], "conflict")) {
			gold_conf++;
			found_conf += !strcmp(pred, "conflict");
		}
		if (!strcmp(pred, f[0]))
			right++;
		else
			printf("  %-18s got %-18s %s \"%s\" / %s \"%s\"\n", f[0], pred,
			       f[1], f[2], f[3], f[4]);
	}
	fclose(g);
	for (i = 0; i < nf; i++) {
		json_object *fo = json_object_array_get_idx(findings, i);
		if (strcmp(sget(fo, "verdict"), "conflict") ||
		    !in_scope(aget(fo, "claims")))
			continue;
		pred_conf++;
		pred_conf_ok += used[i];
	}
	printf("conflicts: gold %zu, found %zu, recall %.3f; reported %zu, of "
	       "them in gold %zu, precision %.3f\n", gold_conf, found_conf,
	       gold_conf ? (double)found_conf / gold_conf : 1.0, pred_conf,
	       pred_conf_ok, pred_conf ? (double)pred_conf_ok / pred_conf : 1.0);
	printf("verdict accuracy: %zu/%zu (%.1f%%)\n", right, lines,
	       lines ? 100.0 * right / lines : 100.0);
	printf("must-not pairs reported as conflict: %zu of %zu\n", violated,
	       must_not);
	free(used);
	json_object_put(rep);
	if (strict && ((long)violated > max_violated ||
	               (long)found_conf < min_found)) {
		fprintf(stderr, "xc-evalcheck: below the floor: found %zu (at least "
		        "%ld), must-not reported %zu (at most %ld)\n", found_conf,
		        min_found, violated, max_violated);
		return 1;
	}
	return 0;
}
