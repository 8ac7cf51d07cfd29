/*
** story.c -- stories: the documents of a collection clustered into the
** events or topics several outlets covered, so that figures are compared
** only with figures of the same story (record linkage's "blocking").
**
** Each document becomes a TF-IDF vector over its rare terms: names (a word
** written capitalised inside a sentence and never in lower case anywhere
** in the collection: "Medog", "Heathrow"; a capitalised word the collection
** also writes in lower case, "Approval" in a headline, is not a name),
** long content words ("substation", "earthquake") and numbers written the
** same way ("495,570").  Names weigh more than words.  Two documents whose
** vectors' cosine clears the threshold are linked, candidates coming from
** an inverted index over each document's strongest terms (linear in the
** collection for bounded posting lists); the stories are the connected
** components, except that two documents both dated more than a window apart
** are never linked.  Threshold, window and weights are the caller's (data
** in rules/check/match.tsv).  Story ids follow the first document of each
** story, so output does not depend on hashing.
**
** Deliberately not here: reading documents (the caller gives the texts),
** SQL, and any notion of what a figure measures (frame.c, match.c).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define STORY_TOP 40    /* terms kept per document vector */
#define STORY_INDEX 12  /* of those, the ones that find candidates */
#define STORY_POST 32   /* longest posting list kept */
#define STORY_CAND 32   /* candidate partners kept per document */

/* What the collection does with a term (indexed by its interned id). */
typedef struct sterm {
	char *shown;    /* as first written capitalised, for labels */
	uint32_t df;
	bool lower;     /* written in lower case somewhere */
	bool capmid;    /* capitalised inside a sentence somewhere */
	bool number;
	uint32_t last;  /* the document it was last counted in, + 1 */
	uint32_t pos;   /* and its entry there */
} sterm;

typedef struct tf {
	uint32_t term;
	float w;
} tf;

struct xc_stories {
	size_t ndocs, nstories;
	size_t *of;          /* story of each document */
	char **label;        /* per story */
};

typedef struct vocab {
	xc_strtab words;  /* folded terms */
	sterm *t;         /* per id; t[0] unused */
	size_t cap;
} vocab;

static xc_status vocab_id(vocab *v, const char *s, size_t n, uint32_t *id)
{
	size_t have = v->words.n;
	xc_status st = xc_strtab_intern(&v->words, s, n, id);

	if (st)
		return st;
	if (v->words.n > have) {
		size_t k = have;
		if (xc_grow(&v->t, &v->cap, v->words.n, sizeof *v->t, 256))
			return XC_ENOMEM;
		for (; k < v->words.n; k++)
			memset(&v->t[k], 0, sizeof v->t[k]);
	}
	return XC_OK;
}

static void vocab_free(vocab *v)
{
	size_t i;

	for (i = 0; i < v->words.n; i++)
		free(v->t[i].shown);
	free(v->t);
	xc_strtab_release(&v->words);
}

static bool is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Does the word at a open a sentence (or a line: headlines)? */
static bool opens_sentence(const char *s, size_t a)
{
	while (a > 0) {
		unsigned char c = (unsigned char)s[a - 1];
		if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' ||
		    c == '[' || c == 0x9c /* end of a curly quote */ ||
		    c == 0x80 || c == 0xe2)
			a--;
		else
			return c == '.' || c == '!' || c == '?' || c == '\n' ||
			       c == '\r' || c == ':' || c == '-' || c == '|';
	}
	return true;
}

/* The terms of one text, counted: tfs[0..*n) (term ids may repeat; the
** caller merges). */
typedef struct dterms {
	tf *v;
	size_t n, cap;
	int day;        /* days since 1970 of its date, or INT32_MIN */
	uint32_t id;    /* its index */
} dterms;

static xc_status add_term(vocab *voc, dterms *d, const char *w, size_t n,
                          bool cap, bool mid, bool number, const char *shown)
{
	uint32_t id;
	xc_status st = vocab_id(voc, w, n, &id);
	sterm *t;

	if (st)
		return st;
	t = &voc->t[id];
	t->number = number;
	if (!cap && !number)
		t->lower = true;
	if (cap && mid) {
		t->capmid = true;
		if (!t->shown) {
			if (!(t->shown = malloc(n + 1)))
				return XC_ENOMEM;
			memcpy(t->shown, shown, n);
			t->shown[n] = 0;
		}
	}
	/* counted once per document: its entry, if the document has one */
	if (t->last == d->id + 1) {
		d->v[t->pos].w += 1;
		return XC_OK;
	}
	if (xc_grow(&d->v, &d->cap, d->n, sizeof *d->v, 64))
		return XC_ENOMEM;
	t->last = d->id + 1;
	t->pos = (uint32_t)d->n;
	d->v[d->n].term = id;
	d->v[d->n].w = 1;
	d->n++;
	return XC_OK;
}

static xc_status scan_text(vocab *voc, dterms *d, const char *s, size_t len)
{
	size_t i = 0;
	char w[64];
	xc_status st = XC_OK;

	while (i < len && !st) {
		unsigned char c = (unsigned char)s[i];
		if (xc_curly_apostrophe(s + i, len - i)) {
			i += 3;
		} else if (is_letter(c)) {
			size_t a = i, n = 0;
			bool cap = c >= 'A' && c <= 'Z', ascii = true;
			/* model names keep their digits: "H20", "A5", "Qwen-2" */
			/* a curly apostrophe ends the word: "OpenAI’s" is OpenAI */
			while (i < len && !xc_curly_apostrophe(s + i, len - i) &&
			       (is_letter((unsigned char)s[i]) ||
			                   (cap && s[i] >= '0' && s[i] <= '9') ||
			                   (s[i] == '-' && i + 1 < len &&
			                    (is_letter((unsigned char)s[i + 1]) ||
			                     (cap && s[i + 1] >= '0' &&
			                      s[i + 1] <= '9'))))) {
				unsigned char b = (unsigned char)s[i];
				if (b >= 0x80)
					ascii = false;
				if (n < sizeof w - 1)
					w[n++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
				i++;
			}
			/* a short word in lower case is no term, but it says that
			** its capitalised form ("Fire") is no name */
			if (!cap && n >= 3 && n < 6) {
				uint32_t id;
				if ((st = vocab_id(voc, w, n, &id)))
					break;
				voc->t[id].lower = true;
				continue;
			}
			/* names of three letters and more; other words of six */
			if (n >= sizeof w - 1 || (!cap && n < 6) || n < 3 ||
			    (cap && !ascii && n < 4))
				continue;
			st = add_term(voc, d, w, n, cap, cap && !opens_sentence(s, a),
			              false, s + a);
		} else if (c >= '0' && c <= '9') {
			size_t n = 0;
			while (i < len && ((s[i] >= '0' && s[i] <= '9') ||
			                   ((s[i] == ',' || s[i] == '.') && i + 1 < len &&
			                    s[i + 1] >= '0' && s[i + 1] <= '9'))) {
				if (n < sizeof w - 1)
					w[n++] = s[i];
				i++;
			}
			/* "495,570", "1.938": written the same way; years and
			** small counts are too common to tell stories apart */
			if (n >= 5 && n < sizeof w - 1)
				st = add_term(voc, d, w, n, false, false, true, w);
		} else {
			i++;
		}
	}
	return st;
}

static int cmp_tf_term(const void *a, const void *b)
{
	const tf *x = a, *y = b;
	return x->term < y->term ? -1 : x->term > y->term;
}

static int cmp_tf_w(const void *a, const void *b)
{
	const tf *x = a, *y = b;
	return x->w > y->w ? -1 : x->w < y->w ? 1
	       : x->term < y->term ? -1 : x->term > y->term;
}

/* Merge repeats into counts (sorted by term). */
/* Sort a document's terms: insertion sort for the short lists of news
** paragraphs (qsort's set-up dominates there), qsort for long ones.  The
** orders are total (term ids are unique in a document), so both agree. */
static void sort_tf(tf *v, size_t n, int (*cmp)(const void *, const void *))
{
	size_t i, j;

	if (n > 64) {
		qsort(v, n, sizeof *v, cmp);
		return;
	}
	for (i = 1; i < n; i++) {
		tf x = v[i];
		for (j = i; j > 0 && cmp(&v[j - 1], &x) > 0; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

static int parse_day(const char *s)
{
	int y, m, dd;
	static const int cum[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273,
	                           304, 334 };

	if (!s || strlen(s) < 10 || s[4] != '-' || s[7] != '-')
		return INT32_MIN;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	dd = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1900 || y > 2200 || m < 1 || m > 12 || dd < 1 || dd > 31)
		return INT32_MIN;
	return (y - 1970) * 365 + (y - 1969) / 4 + cum[m - 1] +
	       (m > 2 && y % 4 == 0) + dd - 1;
}

static double cosine(const dterms *a, const dterms *b)
{
	/* both sorted by term */
	size_t i = 0, j = 0;
	double s = 0;

	while (i < a->n && j < b->n) {
		if (a->v[i].term == b->v[j].term)
			s += (double)a->v[i++].w * b->v[j++].w;
		else if (a->v[i].term < b->v[j].term)
			i++;
		else
			j++;
	}
	return s;
}

/* Is candidate a weaker than b (a smaller dot product; ties: the later
** document)? */
static bool weaker(const float *acc, uint32_t a, uint32_t b)
{
	return acc[a] < acc[b] || (acc[a] == acc[b] && a > b);
}

static size_t uf_find(size_t *p, size_t x)
{
	while (p[x] != x)
		x = p[x] = p[p[x]];
	return x;
}

static xc_status make_labels(xc_stories *S, const vocab *voc, dterms *d)
{
	size_t s, i, k;
	xc_status st = XC_OK;
	tf *acc = NULL;
	size_t nacc = 0, cap = 0;

	for (s = 0; s < S->nstories && !st; s++) {
		xc_buf b;
		nacc = 0;
		for (i = 0; i < S->ndocs; i++) {
			if (S->of[i] != s)
				continue;
			for (k = 0; k < d[i].n; k++) {
				const sterm *t = &voc->t[d[i].v[k].term];
				if (!t->capmid || t->lower || !t->shown)
					continue;
				if (xc_grow(&acc, &cap, nacc, sizeof *acc, 64)) {
					free(acc);
					return XC_ENOMEM;
				}
				acc[nacc++] = d[i].v[k];
			}
		}
		if (nacc) {
			size_t j, m = 0;
			qsort(acc, nacc, sizeof *acc, cmp_tf_term);
			for (j = 1; j < nacc; j++) {
				if (acc[j].term == acc[m].term)
					acc[m].w += acc[j].w;
				else
					acc[++m] = acc[j];
			}
			nacc = m + 1;
			qsort(acc, nacc, sizeof *acc, cmp_tf_w);
		}
		xc_buf_init(&b, 256);
		for (k = 0; k < nacc && k < 3; k++)
			xc_buf_addf(&b, "%s%s", k ? ", " : "", voc->t[acc[k].term].shown);
		if (!nacc)
			xc_buf_addf(&b, "story %zu", s + 1);
		if (!b.p || !(S->label[s] = strdup(b.p)))
			st = XC_ENOMEM;
		xc_buf_release(&b);
	}
	free(acc);
	return st;
}

xc_status xc_stories_cluster(const xc_story_input *in, size_t n,
                             const xc_story_params *p, xc_stories **out)
{
	vocab voc = { 0 };
	dterms *d = NULL;
	size_t i, k, *parent = NULL, *idmap = NULL;
	tf **post = NULL;        /* per term: (document, its weight) */
	float *acc = NULL;
	uint32_t *touched = NULL;
	size_t *npost = NULL, *cappost = NULL;
	xc_stories *S = NULL;
	xc_status st = XC_OK;

	*out = NULL;
	if (!(S = calloc(1, sizeof *S)) || (n && !(d = calloc(n, sizeof *d))) ||
	    (n && !(S->of = calloc(n, sizeof *S->of))) ||
	    (n && !(parent = calloc(n, sizeof *parent))) ||
	    (n && !(idmap = calloc(n, sizeof *idmap)))) {
		st = XC_ENOMEM;
		goto done;
	}
	S->ndocs = n;
	for (i = 0; i < n && !st; i++) {
		d[i].id = (uint32_t)i;
		st = scan_text(&voc, &d[i], in[i].text, in[i].len);
		d[i].day = parse_day(in[i].published);
		for (k = 0; k < d[i].n; k++)
			voc.t[d[i].v[k].term].df++;
	}
	if (st)
		goto done;
	/* weights: (1 + log tf) x idf x the kind's weight, top terms, unit
	** length */
	for (i = 0; i < n; i++) {
		double norm = 0;
		size_t m = 0;
		for (k = 0; k < d[i].n; k++) {
			const sterm *t = &voc.t[d[i].v[k].term];
			bool name = t->capmid && !t->lower;
			double idf = log((double)(n + 1) / t->df);
			double kw = t->number ? p->number_weight
			            : name ? p->name_weight : t->lower ? p->word_weight : 0;
			/* a capitalised word that is no name (sentence openers) */
			double w = (1 + log(d[i].v[k].w)) * idf * kw;
			if (w <= 0 || t->df < 2)
				continue; /* a term no other document has links nothing */
			d[i].v[m].term = d[i].v[k].term;
			d[i].v[m++].w = (float)w;
		}
		d[i].n = m;
		sort_tf(d[i].v, d[i].n, cmp_tf_w);
		if (d[i].n > STORY_TOP)
			d[i].n = STORY_TOP;
		for (k = 0; k < d[i].n; k++)
			norm += (double)d[i].v[k].w * d[i].v[k].w;
		norm = norm > 0 ? sqrt(norm) : 1;
		for (k = 0; k < d[i].n; k++)
			d[i].v[k].w = (float)(d[i].v[k].w / norm);
	}
	/* candidates: documents sharing one of their strongest terms, at most
	** STORY_CAND per document, those with the largest dot product over
	** the shared indexed terms (a lower bound of the cosine) */
	if (voc.words.n && (!(post = calloc(voc.words.n, sizeof *post)) ||
	              !(npost = calloc(voc.words.n, sizeof *npost)) ||
	              !(cappost = calloc(voc.words.n, sizeof *cappost)))) {
		st = XC_ENOMEM;
		goto done;
	}
	for (i = 0; i < n; i++)
		parent[i] = i;
	if (n && (!(acc = calloc(n, sizeof *acc)) ||
	          !(touched = malloc(n * sizeof *touched)))) {
		st = XC_ENOMEM;
		goto done;
	}
	for (i = 0; i < n && !st; i++) {
		size_t nt = 0, q, nh;
		uint32_t heap[STORY_CAND];
		for (k = 0; k < d[i].n && k < STORY_INDEX; k++) {
			uint32_t t = d[i].v[k].term;
			size_t j;
			for (j = 0; j < npost[t] && j < STORY_POST; j++) {
				tf o = post[t][j];
				if (acc[o.term] == 0)
					touched[nt++] = o.term;
				acc[o.term] += o.w * d[i].v[k].w;
			}
			if (npost[t] < STORY_POST) {
				if (xc_grow(&post[t], &cappost[t], npost[t], sizeof **post, 4)) {
					st = XC_ENOMEM;
					break;
				}
				post[t][npost[t]].term = (uint32_t)i;
				post[t][npost[t]++].w = d[i].v[k].w;
			}
		}
		/* the STORY_CAND strongest partners: a min-heap of them */
		nh = 0;
		for (q = 0; q < nt; q++) {
			uint32_t o = touched[q];
			size_t z;
			if (nh < STORY_CAND) {
				z = nh++;
			} else if (weaker(acc, heap[0], o)) {
				z = 0; /* replace the weakest, then sift down */
				for (;;) {
					size_t l = 2 * z + 1, r = l + 1, m = z;
					if (l < nh && weaker(acc, heap[l], heap[m]))
						m = l;
					if (r < nh && weaker(acc, heap[r], heap[m]))
						m = r;
					if (m == z)
						break;
					heap[z] = heap[m];
					z = m;
				}
				heap[z] = o;
				continue;
			} else {
				continue;
			}
			while (z > 0 && weaker(acc, o, heap[(z - 1) / 2])) {
				heap[z] = heap[(z - 1) / 2];
				z = (z - 1) / 2;
			}
			heap[z] = o;
		}
		/* link: the cosine over whole vectors (by term order), for
		** partners not already in its story; stories are the connected
		** components, whatever order the links come in */
		sort_tf(d[i].v, d[i].n, cmp_tf_term);
		for (q = 0; q < nh; q++) {
			const dterms *a = &d[heap[q]], *b = &d[i];
			size_t ra = uf_find(parent, heap[q]), rb = uf_find(parent, i);
			bool far = a->day != INT32_MIN && b->day != INT32_MIN &&
			           abs(a->day - b->day) > p->window_days;
			if (ra == rb || far || cosine(a, b) < p->threshold)
				continue;
			parent[ra > rb ? ra : rb] = ra < rb ? ra : rb;
		}
		for (q = 0; q < nt; q++)
			acc[touched[q]] = 0;
	}
	if (st)
		goto done;
	/* number stories by their first document */
	for (i = 0; i < n; i++)
		idmap[i] = (size_t)-1;
	for (i = 0; i < n; i++) {
		size_t r = uf_find(parent, i);
		if (idmap[r] == (size_t)-1)
			idmap[r] = S->nstories++;
		S->of[i] = idmap[r];
	}
	if (S->nstories && !(S->label = calloc(S->nstories, sizeof *S->label))) {
		st = XC_ENOMEM;
		goto done;
	}
	st = make_labels(S, &voc, d);
done:
	for (i = 0; i < n && d; i++)
		free(d[i].v);
	for (i = 0; post && i < voc.words.n; i++)
		free(post[i]);
	free(post);
	free(acc);
	free(touched);
	free(npost);
	free(cappost);
	free(d);
	free(parent);
	free(idmap);
	vocab_free(&voc);
	if (st) {
		xc_stories_free(S);
		return st;
	}
	*out = S;
	return XC_OK;
}

size_t xc_stories_count(const xc_stories *s)
{
	return s ? s->nstories : 0;
}

size_t xc_stories_of(const xc_stories *s, size_t doc)
{
	return s && doc < s->ndocs ? s->of[doc] : (size_t)-1;
}

const char *xc_stories_label(const xc_stories *s, size_t story)
{
	return s && story < s->nstories ? s->label[story] : NULL;
}

void xc_stories_free(xc_stories *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; s->label && i < s->nstories; i++)
		free(s->label[i]);
	free(s->label);
	free(s->of);
	free(s);
}
