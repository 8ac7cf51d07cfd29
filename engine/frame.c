/*
** frame.c -- claim frames: the evidence of what a figure measures, read
** from its sentence at check time, as fields that can be compared one by
** one (match.c) instead of one hard key:
**   measure  the general measure the nearest measure word names
**            (measure.lex, compared by Snowball stems: "killed", "death
**            toll", "lives" are deaths);
**   head     the counted or measured noun right after the figure
**            ("dock workers" -> worker, "$14 billion of trade" -> trade);
**   near     the content words of its clause around it, stemmed;
**   names    capitalised words of its sentence that the collection never
**            writes in lower case (a headline's "Approval" is no name), less
**            a speaker or cited source ("said Chen", "according to IDC");
**   years    the years its clause names;
**   qual     qualifier classes just before it ("including", "initial",
**            "another") or after it ("in all", "so far"): qualifier.lex.
** The window around a figure stops at the next figure and at a semicolon,
** so one sentence's figures get their own words.
**
** Deliberately not here: deciding that two figures are one fact (match.c),
** and what attribution stored at ingest (subject, metric, period, scope),
** which the frame sits next to.
*/
#include <ctype.h>
#include <stdio.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "check.h"

#define WIN 10        /* words either side of the figure */
#define QUAL_BEFORE 4 /* words before it a qualifier may stand */
#define QUAL_AFTER 6
#define CONTRAST_WIN 4 /* words either side a contrast word may stand */
/* qualifier classes (bits of xc_ck_qual_bit) read after a figure: total,
** sofar, per, net */
#define AFTER_CLASSES ((1u << 2) | (1u << 3) | (1u << 5) | (1u << 8))

typedef struct tok {
	uint32_t a, b;   /* bytes of the body */
	uint8_t type;    /* T_* */
	bool cap;        /* starts with a capital */
	bool open;       /* opens the sentence */
	bool stemmed;    /* stem is set (tok_stem) */
	uint32_t stem;
} tok;

enum { T_WORD, T_NUM, T_STOP, T_COMMA };

/* uint32 ids to uint32 ids, open addressing (0: none) */
typedef struct idmap {
	uint32_t *key, *val;
	size_t nslot, n;
} idmap;

struct xc_frames {
	struct sb_stemmer *sb;
	xc_wordset lower;   /* words the collection writes in lower case */
	/* measure.lex and qualifier.lex by stemmed alias: "kill" -> deaths */
	idmap terms;
	/* contrast.lex by stem: "hybrid" -> drive.hybrid */
	idmap contrast;
	tok *t;
	size_t nt, capt;
};

static size_t slot_of(const idmap *M, uint32_t k)
{
	size_t i = (k * 2654435761u) & (M->nslot - 1);

	while (M->key[i] && M->key[i] != k)
		i = (i + 1) & (M->nslot - 1);
	return i;
}

static xc_status map_put(idmap *M, uint32_t k, uint32_t v)
{
	size_t i;

	if ((M->n + 1) * 2 > M->nslot) {
		size_t ns = M->nslot ? M->nslot * 2 : 512, old = M->nslot;
		uint32_t *ok = M->key, *ov = M->val;
		M->key = calloc(ns, sizeof *M->key);
		M->val = calloc(ns, sizeof *M->val);
		if (!M->key || !M->val) {
			free(M->key);
			free(M->val);
			M->key = ok;
			M->val = ov;
			return XC_ENOMEM;
		}
		M->nslot = ns;
		for (i = 0; i < old; i++)
			if (ok[i]) {
				size_t s = slot_of(M, ok[i]);
				M->key[s] = ok[i];
				M->val[s] = ov[i];
			}
		free(ok);
		free(ov);
	}
	i = slot_of(M, k);
	if (!M->key[i]) {
		M->key[i] = k;
		M->val[i] = v;
		M->n++;
	}
	return XC_OK;
}

static uint32_t map_get(const idmap *M, uint32_t k)
{
	size_t i;

	if (!M->nslot || !k)
		return 0;
	i = slot_of(M, k);
	return M->key[i] == k ? M->val[i] : 0;
}

static void map_free(idmap *M)
{
	free(M->key);
	free(M->val);
}

/* The stem of a word (lower-cased ASCII), interned; 0 when too long. */
static xc_status stem_id(xc_check *c, xc_frames *F, const char *w, size_t n,
                         uint32_t *id)
{
	char low[64];
	size_t i;
	const sb_symbol *s;

	*id = 0;
	if (n == 0 || n >= sizeof low)
		return XC_OK;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	s = sb_stemmer_stem(F->sb, (const sb_symbol *)low, (int)n);
	if (!s)
		return XC_ENOMEM;
	return xc_strtab_intern(&c->st, (const char *)s,
	                    (size_t)sb_stemmer_length(F->sb), id);
}

/* Append the stem w to the phrase buf[0..*n) after a space; false when
** it does not fit in cap bytes. */
static bool join_stem(const xc_check *c, char *buf, size_t cap, size_t *n,
                      uint32_t w)
{
	const char *p = xc_strtab_str(&c->st, w);
	size_t l = strlen(p);

	if (*n + l + 2 >= cap)
		return false;
	if (*n)
		buf[(*n)++] = ' ';
	memcpy(buf + *n, p, l);
	*n += l;
	return true;
}

/* A phrase's stems joined by spaces, interned. */
static xc_status phrase_id(xc_check *c, xc_frames *F, const char *p,
                           uint32_t *id)
{
	char buf[256];
	size_t n = 0;
	xc_status st = XC_OK;

	*id = 0;
	while (*p && !st) {
		size_t k = strcspn(p, " ");
		uint32_t s;
		if (k) {
			if ((st = stem_id(c, F, p, k, &s)) || !s)
				return st;
			if (!join_stem(c, buf, sizeof buf, &n, s))
				return XC_OK;
		}
		p += k;
		while (*p == ' ')
			p++;
	}
	return n ? xc_strtab_intern(&c->st, buf, n, id) : XC_OK;
}

static xc_status load_lex(xc_check *c, xc_frames *F, const xc_lexicon *lx,
                          const char *tag)
{
	size_t i;
	xc_status st = XC_OK;

	for (i = 0; lx && i < lx->n && !st; i++) {
		uint32_t k, v;
		char canon[96];
		snprintf(canon, sizeof canon, "%s%s", tag, lx->e[i].canon);
		if ((st = phrase_id(c, F, lx->e[i].alias, &k)) || !k)
			continue;
		if (!(st = xc_strtab_intern(&c->st, canon, strlen(canon), &v)))
			st = map_put(&F->terms, k, v);
	}
	return st;
}

/* contrast.lex, in a map of its own (a word may be a measure and a
** contrast too): stem id -> alternative id. */
static xc_status load_contrast(xc_check *c, xc_frames *F,
                               const xc_lexicon *lx)
{
	size_t i;
	xc_status st = XC_OK;

	for (i = 0; lx && i < lx->n && !st; i++) {
		uint32_t s, v;
		const char *a = lx->e[i].alias;
		if (strchr(a, ' ') || (st = stem_id(c, F, a, strlen(a), &s)) || !s)
			continue;
		if (!(st = xc_strtab_intern(&c->st, lx->e[i].canon,
		                            strlen(lx->e[i].canon), &v)))
			st = map_put(&F->contrast, s, v);
	}
	return st;
}

static bool letter(unsigned char ch)
{
	return isalpha(ch) || ch >= 0x80;
}

/* Words of all texts written in lower case: a capitalised word found
** among them is no name. */
static xc_status learn_lower(xc_frames *F, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		if (s[i] >= 'a' && s[i] <= 'z' &&
		    (i == 0 || !letter((unsigned char)s[i - 1]))) {
			size_t a = i;
			while (i < n && letter((unsigned char)s[i]))
				i++;
			if (i - a >= 2 && i - a < 40 &&
			    xc_wordset_add(&F->lower, s + a, i - a))
				return XC_ENOMEM;
		} else {
			i++;
		}
	}
	return XC_OK;
}

xc_status xc_frames_new(xc_check *c, xc_frames **out)
{
	xc_frames *F = calloc(1, sizeof *F);
	xc_status st = XC_OK;
	size_t i;

	*out = NULL;
	if (!F)
		return XC_ENOMEM;
	if (!(F->sb = sb_stemmer_new("english", NULL))) {
		free(F);
		return XC_ENOMEM;
	}
	st = load_lex(c, F, c->rs->lx_measure, "");
	if (!st)
		st = load_lex(c, F, c->rs->lx_qualifier, "q:");
	if (!st)
		st = load_contrast(c, F, c->rs->lx_contrast);
	for (i = 0; i < c->ndocs && !st; i++)
		if (c->docs[i].body)
			st = learn_lower(F, c->docs[i].body, c->docs[i].blen);
	if (st) {
		xc_frames_free(F);
		return st;
	}
	*out = F;
	return XC_OK;
}

void xc_frames_free(xc_frames *F)
{
	if (!F)
		return;
	if (F->sb)
		sb_stemmer_delete(F->sb);
	xc_wordset_release(&F->lower);
	map_free(&F->terms);
	map_free(&F->contrast);
	free(F->t);
	free(F);
}

static xc_status tokenize(xc_frames *F, const char *s, size_t a, size_t b)
{
	size_t i = a;
	bool open = true;

	F->nt = 0;
	while (i < b) {
		unsigned char ch = (unsigned char)s[i];
		tok t;
		if (xc_curly_apostrophe(s + i, b - i)) {
			i += 3;
			continue;
		} else if (letter(ch)) {
			t.a = (uint32_t)i;
			/* a curly apostrophe ends the word: "OpenAI’s" is OpenAI */
			while (i < b && !xc_curly_apostrophe(s + i, b - i) &&
			       (letter((unsigned char)s[i]) ||
			                 ((s[i] == '-' || s[i] == '\'') && i + 1 < b &&
			                  letter((unsigned char)s[i + 1]))))
				i++;
			t.type = T_WORD;
			t.cap = isupper(ch);
		} else if (isdigit(ch)) {
			t.a = (uint32_t)i;
			while (i < b && (isalnum((unsigned char)s[i]) ||
			                 ((s[i] == ',' || s[i] == '.') && i + 1 < b &&
			                  isdigit((unsigned char)s[i + 1]))))
				i++;
			t.type = T_NUM;
			t.cap = false;
		} else if (memchr(";()\n,:", ch, 6)) {
			/* a clause ends at a stop; a comma only breaks phrases */
			t.a = (uint32_t)i++;
			t.type = ch == ',' || ch == ':' ? T_COMMA : T_STOP;
			t.cap = false;
		} else {
			i++;
			continue;
		}
		t.b = (uint32_t)i;
		t.open = open;
		t.stemmed = false;
		t.stem = 0;
		open = t.type == T_STOP && s[t.a] == '\n';
		if (xc_grow(&F->t, &F->capt, F->nt, sizeof *F->t, 64))
			return XC_ENOMEM;
		F->t[F->nt++] = t;
	}
	return XC_OK;
}

/* "1977", "2024": 19xx or 20xx */
static bool is_year(const char *s, const tok *t)
{
	return t->type == T_NUM && t->b - t->a == 4 &&
	       (!strncmp(s + t->a, "19", 2) || !strncmp(s + t->a, "20", 2));
}

/* Is the year at token i nearer figure [f0, f1) than any other figure of
** the sentence?  "36,816 crossed in 2024, more than the 29,437 in 2023":
** each year is its nearest figure's. */
static bool year_is_ours(const xc_frames *F, const char *s, size_t i,
                         size_t f0, size_t f1)
{
	size_t own = i < f0 ? f0 - i : i - f1 + 1, k;

	for (k = 0; k < F->nt; k++) {
		const tok *t = &F->t[k];
		size_t d;
		if ((k >= f0 && k < f1) || t->type != T_NUM || is_year(s, t))
			continue;
		d = k < i ? i - k : k - i;
		if (d < own)
			return false;
	}
	return true;
}

static bool word_is(const char *s, const tok *t, const char *w)
{
	size_t n = strlen(w);

	return t->type == T_WORD && t->b - t->a == n && !strncasecmp(s + t->a, w, n);
}

/* A year told relative to the article's date at token i ("last year",
** "a year earlier", "this year"): its offset in years, or 99 for none. */
static int relative_year(const xc_frames *F, const char *s, size_t i)
{
	static const char *const before[] = {"last", "previous", "prior", "this",
	                                     "next", "past", "current", NULL};
	static const int off_before[] = {-1, -1, -1, 0, 1, 0, 0};
	static const char *const after[] = {"earlier", "ago", "before", NULL};
	const tok *t = &F->t[i];
	size_t k;

	if (!word_is(s, t, "year"))
		return 99;
	if (i > 0)
		for (k = 0; before[k]; k++)
			if (word_is(s, &F->t[i - 1], before[k]))
				return off_before[k];
	if (i + 1 < F->nt)
		for (k = 0; after[k]; k++)
			if (word_is(s, &F->t[i + 1], after[k]))
				return -1;
	return 99;
}

static void add_contrast(frame *f, uint32_t v)
{
	size_t q;

	for (q = 0; v && q < f->ncontrast && f->contrast[q] != v; q++)
		;
	if (v && q == f->ncontrast && q < 4)
		f->contrast[f->ncontrast++] = v;
}

/* The contrast.lex alternatives word t says, itself or, hyphenated, by
** its parts ("battery-only", "plug-in"). */
static xc_status contrast_at(xc_check *c, xc_frames *F, const char *s,
                             const tok *t, uint32_t stem, frame *f)
{
	uint32_t part;
	size_t a = t->a;
	xc_status st;

	add_contrast(f, map_get(&F->contrast, stem));
	if (!F->contrast.n || !memchr(s + t->a, '-', t->b - t->a))
		return XC_OK;
	while (a < t->b) {
		const char *h = memchr(s + a, '-', t->b - a);
		size_t e = h ? (size_t)(h - s) : t->b;
		if (e > a) {
			if ((st = stem_id(c, F, s + a, e - a, &part)))
				return st;
			add_contrast(f, map_get(&F->contrast, part));
		}
		a = e + 1;
	}
	return XC_OK;
}

/* The stem of word token i, worked out once per token. */
static xc_status tok_stem(xc_check *c, xc_frames *F, const char *s, size_t i,
                          uint32_t *id)
{
	tok *t = &F->t[i];
	xc_status st = XC_OK;

	if (!t->stemmed) {
		st = stem_id(c, F, s + t->a, t->b - t->a, &t->stem);
		t->stemmed = st == XC_OK;
	}
	*id = t->stem;
	return st;
}

/* The id of the stems of tokens i..i+k-1 joined by spaces, as phrase_id
** interned a lexicon's alias; 0 when one has no stem or no alias reads so
** (looked up, never added: most phrases of a text are in no lexicon). */
static xc_status toks_id(xc_check *c, xc_frames *F, const char *s, size_t i,
                         size_t k, uint32_t *id)
{
	char buf[256];
	size_t n = 0, j;
	xc_status st;

	*id = 0;
	for (j = 0; j < k; j++) {
		uint32_t w;
		if ((st = tok_stem(c, F, s, i + j, &w)) || !w)
			return st;
		if (!join_stem(c, buf, sizeof buf, &n, w))
			return XC_OK;
	}
	*id = xc_strtab_find(&c->st, buf, n);
	return XC_OK;
}

static bool stopword(const xc_check *c, const char *w, size_t n)
{
	return n < 3 || (c->rs->lx_stopword &&
	                 xc_lex_find(c->rs->lx_stopword, w, n));
}

static void add_near(frame *f, uint32_t s)
{
	size_t i;

	for (i = 0; i < f->nnear; i++)
		if (f->near[i] == s)
			return;
	if (f->nnear < XC_FRAME_NEAR)
		f->near[f->nnear++] = s;
}

/* Qualifier classes of the phrase of 1-3 words starting at token i. */
static xc_status qual_at(xc_check *c, xc_frames *F, const char *s, size_t i,
                         size_t lim, uint16_t *bits)
{
	size_t k, n = 0;

	for (k = 0; k < 3 && i + k < lim && F->t[i + k].type == T_WORD; k++) {
		size_t l = F->t[i + k].b - F->t[i + k].a;
		uint32_t id, v;
		xc_status st;
		/* phrases of at most 128 bytes as written */
		if (n + l + 2 >= 128)
			break;
		n += l + (n ? 1 : 0);
		if ((st = toks_id(c, F, s, i, k + 1, &id)))
			return st;
		v = map_get(&F->terms, id);
		if (v) {
			const char *cls = xc_strtab_str(&c->st, v);
			if (!strncmp(cls, "q:", 2)) {
				int b = xc_ck_qual_bit(cls + 2);
				if (b >= 0)
					*bits |= (uint16_t)(1u << b);
			}
		}
	}
	return XC_OK;
}

int xc_ck_qual_bit(const char *cls)
{
	static const char *const names[] = { "part", "initial", "total", "sofar",
	                                     "extra", "per", "estimate", "before",
	                                     "net" };
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(cls, names[i]))
			return (int)i;
	return -1;
}

/* The measure a word or a two-word phrase at token i names, or 0. */
static xc_status measure_at(xc_check *c, xc_frames *F, const char *s,
                            size_t i, size_t lim, uint32_t *m)
{
	const tok *t = &F->t[i];
	uint32_t id, v;
	xc_status st;

	*m = 0;
	if (i + 1 < lim && F->t[i + 1].type == T_WORD) {
		size_t l1 = t->b - t->a, l2 = F->t[i + 1].b - F->t[i + 1].a;
		/* two-word phrases of at most 96 bytes as written */
		if (l1 + l2 + 2 < 96) {
			if ((st = toks_id(c, F, s, i, 2, &id)))
				return st;
			v = map_get(&F->terms, id);
			if (v && strncmp(xc_strtab_str(&c->st, v), "q:", 2)) {
				*m = v;
				return XC_OK;
			}
		}
	}
	if ((st = tok_stem(c, F, s, i, &id)))
		return st;
	v = map_get(&F->terms, id);
	if (v && strncmp(xc_strtab_str(&c->st, v), "q:", 2))
		*m = v;
	return XC_OK;
}

/* Is the name at token i a speaker or a cited source: after "according
** to", or next to a speech verb ("said Chen", "Chen said")? */
static bool speaker(const xc_check *c, const char *s, size_t i, const tok *t,
                    size_t nt)
{
	size_t k;

	for (k = i; k > 0 && k + 4 > i; k--) {
		const tok *p = &t[k - 1];
		if (p->type != T_WORD)
			break;
		if ((p->b - p->a == 2 && !strncasecmp(s + p->a, "to", 2) && k >= 2 &&
		     !strncasecmp(s + t[k - 2].a, "according", 9)) ||
		    (c->rs->lx_speech && xc_lex_find(c->rs->lx_speech, s + p->a,
		                                     p->b - p->a)))
			return true;
		if (!p->cap)
			break;
	}
	for (k = i + 1; k < nt && k < i + 4; k++) {
		const tok *p = &t[k];
		if (p->type != T_WORD)
			break;
		if (c->rs->lx_speech && xc_lex_find(c->rs->lx_speech, s + p->a,
		                                    p->b - p->a))
			return true;
		if (!p->cap)
			break;
	}
	return false;
}

xc_status xc_frame_of(xc_check *c, xc_frames *F, rec *r)
{
	const doc *d = &c->docs[r->doc];
	const char *s = d->body;
	frame *f = &r->fr;
	size_t i, f0 = (size_t)-1, f1 = 0, lo, hi, k;
	size_t mdist = (size_t)-1, nnp = 0;
	uint32_t np[4];        /* the noun phrase after it, as stems */
	bool head_done = false, relyear = false;
	xc_status st;

	memset(f, 0, sizeof *f);
	if (!s || r->se > d->blen || r->ss >= r->se || r->start < r->ss ||
	    r->end > r->se)
		return XC_OK;
	f->headline = r->ss < 200 && memchr(s, '\n', r->se) == NULL;
	if ((st = tokenize(F, s, r->ss, r->se)))
		return st;
	for (i = 0; i < F->nt; i++)
		if (F->t[i].b > r->start && F->t[i].a < r->end) {
			if (f0 == (size_t)-1)
				f0 = i;
			f1 = i + 1;
		}
	if (f0 == (size_t)-1)
		return XC_OK;
	/* the window: to the next figure, a stop, or WIN words */
	lo = f0;
	for (k = 0; lo > 0 && k < WIN; k++) {
		const tok *t = &F->t[lo - 1];
		if (t->type == T_STOP || (t->type == T_NUM && !is_year(s, t)))
			break;
		lo--;
	}
	hi = f1;
	for (k = 0; hi < F->nt && k < WIN; k++) {
		const tok *t = &F->t[hi];
		if (t->type == T_STOP || (t->type == T_NUM && !is_year(s, t)))
			break;
		hi++;
	}
	/* the claim's own words say alternatives too ("918,556 plug-in hybrid
	** cars") */
	for (i = f0; i < f1; i++) {
		uint32_t id;
		if (F->t[i].type != T_WORD)
			continue;
		if ((st = tok_stem(c, F, s, i, &id)) ||
		    (id && (st = contrast_at(c, F, s, &F->t[i], id, f))))
			return st;
	}
	for (i = lo; i < hi; i++) {
		const tok *t = &F->t[i];
		size_t dist = i < f0 ? f0 - i : i >= f1 ? i - f1 + 1 : 0;
		uint32_t id, m;
		if (i >= f0 && i < f1)
			continue;
		if (is_year(s, t)) {
			int y = atoi(s + t->a);
			if (f->nyears < 4 && year_is_ours(F, s, i, f0, f1))
				f->years[f->nyears++] = (uint16_t)y;
			continue;
		}
		if (t->type != T_WORD)
			continue;
		{
			int off = relative_year(F, s, i);
			if (off != 99) {
				relyear = true;
				if (d->year > 0 && f->nyears < 4)
					f->years[f->nyears++] = (uint16_t)(d->year + off);
			}
		}
		/* qualifiers: close before, or after ("in all", "so far") */
		if (i < f0 && f0 - i <= QUAL_BEFORE) {
			if ((st = qual_at(c, F, s, i, f0, &f->qual)))
				return st;
		} else if (i >= f1 && i - f1 < QUAL_AFTER) {
			/* after a figure only the classes written after what they
			** qualify ("in all", "so far", "a day", "after tax"); "up
			** from 19", "including 5 children" speak of the next one */
			uint16_t after = 0;
			if ((st = qual_at(c, F, s, i, hi, &after)))
				return st;
			f->qual |= after & AFTER_CLASSES;
		}
		if (t->cap && !t->open &&
		    !xc_wordset_has(&F->lower, s + t->a, t->b - t->a))
			continue; /* a name: below */
		if (stopword(c, s + t->a, t->b - t->a))
			continue;
		if ((st = tok_stem(c, F, s, i, &id)))
			return st;
		if (id)
			add_near(f, id);
		if (id && dist <= CONTRAST_WIN &&
		    (st = contrast_at(c, F, s, t, id, f)))
			return st;
		if ((st = measure_at(c, F, s, i, hi, &m)))
			return st;
		/* the nearest measure word; after the figure wins a tie ("45,000
		** dockworkers walked out": what is counted) */
		if (m && (dist < mdist || (dist == mdist && i >= f1))) {
			mdist = dist;
			f->measure = m;
		}
		if (m) {
			size_t q;
			for (q = 0; q < f->nmeasures && f->measures[q] != m; q++)
				;
			if (q == f->nmeasures && q < 4)
				f->measures[f->nmeasures++] = m;
		}
		/* the counted noun: the last word of the noun phrase after the
		** figure ("25,000 dock workers walked out" -> worker), past "of"
		** ("$14 billion of trade") */
		if (i >= f1 && !head_done && id) {
			size_t l = t->b - t->a;
			bool verbish = l > 4 && (!strncmp(s + t->b - 2, "ed", 2) ||
			                         !strncmp(s + t->b - 3, "ing", 3));
			if (verbish && f->head)
				head_done = true;
			else if (nnp < 4)
				np[nnp++] = f->head = id;
		}
		if (i >= f1 && f->head && i + 1 < hi &&
		    (F->t[i + 1].type != T_WORD ||
		     stopword(c, s + F->t[i + 1].a, F->t[i + 1].b - F->t[i + 1].a)))
			head_done = true;
		if (i >= f1 && i - f1 >= 3)
			head_done = true;
	}
	/* the measure nearest first */
	if (f->measure && f->nmeasures > 1) {
		size_t q;
		for (q = 1; q < f->nmeasures; q++)
			if (f->measures[q] == f->measure) {
				f->measures[q] = f->measures[0];
				f->measures[0] = f->measure;
			}
	}
	/* a count's counted noun, as extraction read it, is the head */
	if (r->kind == XC_KIND_COUNT && r->unit) {
		const char *u = xc_strtab_str(&c->st, r->unit);
		uint32_t id;
		if (*u && !(st = stem_id(c, F, u, strlen(u), &id)) && id)
			f->head = id;
		if (st)
			return st;
	}
	/* the words that narrow the counted noun ("battery electric
	** vehicles", "league goals"): the noun phrase less its head */
	for (k = 0; k < nnp; k++)
		if (np[k] != f->head && f->nmods < 3)
			f->mods[f->nmods++] = np[k];
	/* no year in its clause: the years of its sentence no other figure
	** stands nearer (unless its clause dates it "last year") */
	for (i = 0; !f->nyears && !relyear && i < F->nt; i++)
		if (is_year(s, &F->t[i]) && f->nyears < 4 && (i < f0 || i >= f1) &&
		    year_is_ours(F, s, i, f0, f1))
			f->years[f->nyears++] = (uint16_t)atoi(s + F->t[i].a);
	/* names of the sentence, less speakers and cited sources */
	for (i = 0; i < F->nt; i++) {
		const tok *t = &F->t[i];
		char low[48];
		size_t n = t->b - t->a, q;
		uint32_t id, j;
		if (t->type != T_WORD || !t->cap || n < 2 || n >= sizeof low ||
		    (i >= f0 && i < f1))
			continue;
		for (q = 0; q < n; q++)
			low[q] = (char)tolower((unsigned char)s[t->a + q]);
		if (xc_wordset_has(&F->lower, low, n) || stopword(c, low, n) ||
		    speaker(c, s, i, F->t, F->nt))
			continue;
		if ((st = xc_strtab_intern(&c->st, low, n, &id)))
			return st;
		for (j = 0; j < f->nnames && f->names[j] != id; j++)
			;
		if (j == f->nnames && f->nnames < XC_FRAME_NAMES)
			f->names[f->nnames++] = id;
		/* and those of its clause: whose figure it is */
		for (j = 0; j < f->ncnames && f->cnames[j] != id; j++)
			;
		if (i >= lo && i < hi && j == f->ncnames && f->ncnames < 4)
			f->cnames[f->ncnames++] = id;
	}
	return XC_OK;
}

static int cmp_story(const void *p, const void *q)
{
	const rec *a = *(rec *const *)p, *b = *(rec *const *)q;

	if (a->story != b->story)
		return a->story < b->story ? -1 : 1;
	return a->ord < b->ord ? -1 : a->ord > b->ord;
}

static int cmp_u32(const void *p, const void *q)
{
	uint32_t a = *(const uint32_t *)p, b = *(const uint32_t *)q;

	return a < b ? -1 : a > b;
}

/* The first index of ids[0..n) (sorted) holding a value above x, or
** (strict) at least x. */
static size_t bound(const uint32_t *ids, size_t n, uint32_t x, bool strict)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strict ? ids[mid] < x : ids[mid] <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* How many of ids[0..n) (sorted) equal x: two binary searches, so a name
** in every figure of a large story costs no more than a rare one. */
static size_t count_of(const uint32_t *ids, size_t n, uint32_t x)
{
	return bound(ids, n, x, false) - bound(ids, n, x, true);
}

static void drop_common(uint32_t *v, uint8_t *nv, const uint32_t *ids,
                        size_t nids, size_t nfig)
{
	size_t i, k = 0;

	for (i = 0; i < *nv; i++)
		if (2 * count_of(ids, nids, v[i]) <= nfig)
			v[k++] = v[i];
	*nv = (uint8_t)k;
}

/* A name in the sentences of most of a story's figures is what the story
** is about ("Northgate Water" in every article on its pipes): sharing it
** says nothing about which figure is which, so it leaves the frames'
** names and clause names.  Stories of fewer than STORY_NAMES_MIN figures
** keep theirs. */
#define STORY_NAMES_MIN 4
xc_status xc_frames_story_names(xc_check *c, rec **v, size_t n)
{
	rec **s;
	uint32_t *ids = NULL;
	size_t i, j, capids = 0;

	(void)c;
	if (!n)
		return XC_OK;
	if (!(s = malloc(n * sizeof *s)))
		return XC_ENOMEM;
	memcpy(s, v, n * sizeof *s);
	qsort(s, n, sizeof *s, cmp_story);
	for (i = 0; i < n; i = j) {
		size_t nids = 0, k;
		for (j = i + 1; j < n && s[j]->story == s[i]->story; j++)
			;
		if (j - i < STORY_NAMES_MIN)
			continue;
		/* each figure counts a name once */
		for (k = i; k < j; k++) {
			size_t q;
			for (q = 0; q < s[k]->fr.nnames; q++) {
				if (xc_grow(&ids, &capids, nids, sizeof *ids, 256)) {
					free(ids);
					free(s);
					return XC_ENOMEM;
				}
				ids[nids++] = s[k]->fr.names[q];
			}
		}
		if (nids)
			qsort(ids, nids, sizeof *ids, cmp_u32);
		for (k = i; k < j; k++) {
			drop_common(s[k]->fr.names, &s[k]->fr.nnames, ids, nids, j - i);
			drop_common(s[k]->fr.cnames, &s[k]->fr.ncnames, ids, nids, j - i);
		}
	}
	free(ids);
	free(s);
	return XC_OK;
}
