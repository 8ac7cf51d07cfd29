/* test_story.c -- story clustering: documents that share rare names and
** terms are one story, documents of other events are not, dates far apart
** keep stories apart, and labels name the story.  Table-driven. */
#include <string.h>

#include "helpers.h"

static const xc_story_params params = { 0.2, 14, 3, 1, 1 };

typedef struct scase {
	const char *why;
	const char *text[4];
	const char *date[4];
	int story[4];  /* expected partition: equal numbers, one story */
} scase;

static const scase cases[] = {
	{ "two outlets on one storm share its name and places; a budget story "
	  "shares none of them",
	  { "Storm Talvi flooded Kerrow on Monday. The Kerrow council said the "
	    "Varne river rose overnight.",
	    "In Kerrow, Storm Talvi pushed the Varne river over its banks, "
	    "flooding streets.",
	    "The Dunmore city council approved a budget of $2 billion for "
	    "schools and transport.", NULL },
	  { NULL, NULL, NULL, NULL }, { 0, 0, 1, -1 } },
	{ "model names keep their digits: 'H20' links two chip stories",
	  { "Chinese firms amassed Nvidia H20 chips worth billions, Reuters "
	    "reported.",
	    "ByteDance ordered H20 processors from Nvidia in the first "
	    "quarter.", NULL, NULL },
	  { NULL, NULL, NULL, NULL }, { 0, 0, -1, -1 } },
	{ "a curly apostrophe ends a name ('Velcar\u2019s' is Velcar), also at "
	  "the start of a text",
	  { "\u2019Velcar\u2019s Ostrava plant makes the Zephyr, Velcar said.",
	    "The Zephyr is built at the Ostrava plant of Velcar.", NULL, NULL },
	  { NULL, NULL, NULL, NULL }, { 0, 0, -1, -1 } },
	{ "the same names a year apart are two stories",
	  { "Storm Talvi flooded Kerrow and the Varne river rose.",
	    "Storm Talvi flooded Kerrow and the Varne river rose again.",
	    NULL, NULL },
	  { "2024-03-01", "2025-03-01", NULL, NULL }, { 0, 1, -1, -1 } },
};

Test(story, partitions_documents_by_shared_rare_terms)
{
	size_t i, j, k;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const scase *sc = &cases[i];
		xc_story_input in[4];
		xc_stories *s = NULL;
		size_t n = 0;
		for (j = 0; j < 4 && sc->text[j]; j++, n++) {
			in[j].text = sc->text[j];
			in[j].len = strlen(sc->text[j]);
			in[j].published = sc->date[j];
		}
		cr_assert_eq(xc_stories_cluster(in, n, &params, &s), XC_OK);
		for (j = 0; j < n; j++)
			for (k = j + 1; k < n; k++)
				cr_expect_eq(xc_stories_of(s, j) == xc_stories_of(s, k),
				             sc->story[j] == sc->story[k],
				             "%s: documents %zu and %zu", sc->why, j, k);
		for (j = 0; j < xc_stories_count(s); j++)
			cr_expect(xc_stories_label(s, j) && *xc_stories_label(s, j),
			          "%s: story %zu has no label", sc->why, j);
		xc_stories_free(s);
	}
}

Test(story, labels_name_the_story)
{
	xc_story_input in[2] = {
		{ "Storm Talvi flooded Kerrow. The Varne river rose in Kerrow.", 0,
		  NULL },
		{ "In Kerrow, Storm Talvi pushed the Varne over its banks.", 0,
		  NULL },
	};
	xc_stories *s = NULL;

	in[0].len = strlen(in[0].text);
	in[1].len = strlen(in[1].text);
	cr_assert_eq(xc_stories_cluster(in, 2, &params, &s), XC_OK);
	cr_assert_eq(xc_stories_count(s), 1);
	cr_expect(strstr(xc_stories_label(s, 0), "Kerrow") != NULL, "%s",
	          xc_stories_label(s, 0));
	cr_expect_eq(xc_stories_of(s, 2), (size_t)-1);
	xc_stories_free(s);
}

Test(story, empty_collection_has_no_story)
{
	xc_stories *s = NULL;

	cr_assert_eq(xc_stories_cluster(NULL, 0, &params, &s), XC_OK);
	cr_expect_eq(xc_stories_count(s), 0);
	xc_stories_free(s);
}
