/*
** benchgen.c -- writes a deterministic news-like corpus for `make bench`
** from the sentence templates in tools/bench-templates.txt: the same seed
** and size always give the same bytes.
**
** Usage: xc-benchgen TEMPLATES MEGABYTES > corpus.txt
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 0x9E3779B97F4A7C15ull;

static uint64_t next(void)
{
	/* xorshift64*: small, fast, deterministic across platforms */
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return state * 2685821657736338717ull;
}

static const char *pick(const char *const *v, size_t n)
{
	return v[next() % n];
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const char *const orgs[] = { "ByteDance", "Alibaba", "Tencent",
	"Nvidia", "Huawei", "Baidu", "Riverton City Council", "Skyward Air",
	"Northwind Energy", "Helios Bank" };
static const char *const people[] = { "Mei Lin", "Tom Okafor", "Dana Whitfield",
	"Priya Natarajan", "Kenji Mori", "Alma Torres" };
static const char *const cities[] = { "BEIJING", "SHANGHAI", "SINGAPORE",
	"WASHINGTON", "SHENZHEN", "RIVERTON" };
static const char *const products[] = { "H20", "H200", "Ascend 910C",
	"GB200 NVL72", "CloudMatrix 384", "Phi-3" };
static const char *const nouns[] = { "chips", "GPUs", "passengers",
	"engineers", "homes", "servers", "vehicles", "orders" };
static const char *const hedges[] = { "about", "more than", "at least",
	"nearly", "roughly", "up to", "over", "some", "~" };
static const char *const ratios[] = { "half", "one-tenth", "a third",
	"two-thirds", "a quarter" };
static const char *const words[] = { "first", "second", "third", "fourth" };
static const char *const curs[] = { "$", "¥", "€", "£", "S$", "US$" };
static const char *const scales[] = { " billion", " million", "bn", "B",
	" trillion", "" };

static void slot(const char *name, size_t len, FILE *out)
{
#define IS(s) (len == sizeof(s) - 1 && !memcmp(name, s, len))
	if (IS("ORG"))
		fputs(pick(orgs, N(orgs)), out);
	else if (IS("PERSON"))
		fputs(pick(people, N(people)), out);
	else if (IS("CITY"))
		fputs(pick(cities, N(cities)), out);
	else if (IS("PRODUCT"))
		fputs(pick(products, N(products)), out);
	else if (IS("NOUN"))
		fputs(pick(nouns, N(nouns)), out);
	else if (IS("HEDGE"))
		fputs(pick(hedges, N(hedges)), out);
	else if (IS("RATIO"))
		fputs(pick(ratios, N(ratios)), out);
	else if (IS("WORD"))
		fputs(pick(words, N(words)), out);
	else if (IS("MONEY"))
		fprintf(out, "%s%u.%u%s", pick(curs, N(curs)),
		        (unsigned)(next() % 500 + 1), (unsigned)(next() % 10),
		        pick(scales, N(scales)));
	else if (IS("COUNT"))
		fprintf(out, "%u,%03u", (unsigned)(next() % 900 + 1),
		        (unsigned)(next() % 1000));
	else if (IS("PCT"))
		fprintf(out, "%u.%u%%", (unsigned)(next() % 60), (unsigned)(next() % 10));
	else if (IS("YEAR"))
		fprintf(out, "%u", (unsigned)(2015 + next() % 12));
	else if (IS("NUM"))
		fprintf(out, "%u", (unsigned)(next() % 40 + 2));
	else
		fprintf(out, "{%.*s}", (int)len, name);
#undef IS
}

int main(int argc, char **argv)
{
	FILE *f;
	char line[4096];
	char **tpl = NULL;
	size_t ntpl = 0, target, written = 0;
	long mb;

	if (argc != 3 || (mb = strtol(argv[2], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: xc-benchgen TEMPLATES MEGABYTES\n");
		return 2;
	}
	f = fopen(argv[1], "r");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	while (fgets(line, sizeof line, f)) {
		size_t l = strlen(line);
		if (line[0] == '#' || l < 2)
			continue;
		if (line[l - 1] == '\n')
			line[--l] = '\0';
		{
			/* "N|template": weight N */
			char *bar = strchr(line, '|'), *t = line;
			long w = 1, k;
			if (bar && bar > line && strspn(line, "0123456789") ==
			                             (size_t)(bar - line)) {
				w = strtol(line, NULL, 10);
				t = bar + 1;
			}
			for (k = 0; k < w; k++) {
				tpl = realloc(tpl, (ntpl + 1) * sizeof *tpl);
				tpl[ntpl++] = strdup(t);
			}
		}
	}
	fclose(f);
	if (!ntpl)
		return 1;
	target = (size_t)mb << 20;
	while (written < target) {
		int i, nsent = 3 + (int)(next() % 4);
		char buf[16384];
		FILE *m = fmemopen(buf, sizeof buf, "w");
		long pos;
		if (!m)
			return 1;
		for (i = 0; i < nsent; i++) {
			const char *t = tpl[next() % ntpl], *p;
			for (p = t; *p; p++) {
				const char *e;
				if (*p == '{' && (e = strchr(p, '}'))) {
					slot(p + 1, (size_t)(e - p - 1), m);
					p = e;
				} else {
					fputc(*p, m);
				}
			}
			fputc(i + 1 < nsent ? ' ' : '\n', m);
		}
		fputc('\n', m);
		pos = ftell(m);
		fclose(m);
		fwrite(buf, 1, (size_t)pos, stdout);
		written += (size_t)pos;
	}
	{
		size_t i;
		for (i = 0; i < ntpl; i++)
			free(tpl[i]);
		free(tpl);
	}
	return 0;
}
