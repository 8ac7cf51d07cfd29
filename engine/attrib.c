/*
** attrib.c -- who and what each claim is about: its subject (entity),
** metric, period, scope and, for ratios, the canonical reference entity.
**
** Everything is looked up in lexicons (rules/lexicon/entity_*.lex,
** metric.lex, change.lex, scope.lex, period.lex, corefer.lex, namestop.lex)
** over a token list of the normalised text.  Text no lexicon covers still
** gets a subject: a capitalised name near the figure, else the name the
** document mentions most (its topic).  The reconciler groups claims on
** these fields, so the rules here aim at being the same across outlets'
** phrasings rather than at being linguistically complete.
**
** Search windows: the claim's clause (its sentence cut at ", ", ";", ":"
** and " - "), then its sentence.  Distances are counted in tokens.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct tok {
	uint32_t a, b;   /* normalised byte span */
	uint32_t stem;   /* b without a possessive "'s" */
	uint32_t sent;   /* sentence index */
	uint8_t cap;     /* starts with an uppercase letter */
	uint8_t first;   /* starts its sentence (or follows a dash/colon) */
	uint8_t digits;  /* all digits */
	uint8_t fm;      /* the front matter's title (repeats the headline) */
	uint8_t alias;   /* some attribution alias starts with this word */
	uint32_t memo;   /* alias words: their row of actx.memo */
} tok;

/* The lexicons phrase_at is asked about, each with a memo per token: a
** document's tokens are looked up once per lexicon, however many claims
** ask about them. */
enum { PL_PRODUCT, PL_ORG, PL_PLACE, PL_METRIC, PL_CHANGE, PL_SCOPE,
       PL_PERIOD, PL_COREFER, PL_N };

typedef struct pmemo {
	const char *canon; /* NULL: no phrase starts here */
	uint8_t k;         /* its length in tokens */
	uint8_t done;
} pmemo;

/* M_NOUN: a capitalised common noun, kept so that it is never a name */
enum { M_PRODUCT, M_ORG, M_PLACE, M_NAME, M_NOUN };

typedef struct mention {
	uint32_t t0, t1; /* tokens [t0, t1) */
	uint8_t type;
	uint8_t valid;   /* names: counted as a name (see name_valid) */
	char id[XC_REF_MAX];
} mention;

/* A period cue: a year, a relative year, a quarter, a fiscal marker... */
enum { P_YEAR, P_REL, P_PART, P_FPART, P_FY, P_BASE, P_DAY, P_EARLIER,
       P_FUT };

typedef struct cue {
	uint32_t t0, t1;
	uint8_t kind;
	int val;         /* year, year offset, quarter (1-4) or half (5-6), weekday */
} cue;

typedef struct actx {
	const xc_ruleset *rs;
	const char *s;
	size_t len;
	tok *t;
	size_t nt, capt;
	pmemo *memo;       /* nalias x PL_N, filled on demand */
	size_t nalias;     /* tokens with alias set */
	mention *m;
	size_t nm, capm;
	cue *c;
	size_t nc, capc;
	int pub_y, pub_m, pub_d; /* 0 when unknown */
	char topic[XC_REF_MAX], topic_org[XC_REF_MAX], topic_place[XC_REF_MAX];
	char buf[160];
	const struct where *ws; /* every claim's context, once located */
	const xc_claim *cl;     /* and the claims */
	size_t nws;
} actx;

/* ---------------------------------------------------------------- tokens */

static bool word_byte(unsigned char c)
{
	return xc_is_alnum(c) || c >= 0x80;
}

static xc_status tokenize(actx *A, const xc_span *sent, size_t nsent)
{
	const char *s = A->s;
	size_t len = A->len, i = 0, si = 0, fm_end = 0, ta = 0, tb = 0;

	/* front matter: only the title's value is text about the story */
	if (len > 4 && !memcmp(s, "---\n", 4)) {
		const char *e = strstr(s + 3, "\n---");
		if (e) {
			const char *ti = strstr(s, "\ntitle:");
			fm_end = (size_t)(e - s) + 4;
			if (ti && ti < e) {
				ta = (size_t)(ti - s) + 7;
				tb = ta;
				while (tb < fm_end && s[tb] != '\n')
					tb++;
			}
		}
	}
	while (i < len) {
		size_t a, b, stem;
		unsigned char c = (unsigned char)s[i];
		tok *t;

		if (!word_byte(c)) {
			i++;
			continue;
		}
		a = i;
		while (i < len) {
			unsigned char d = (unsigned char)s[i];
			if (word_byte(d)) {
				i++;
				continue;
			}
			/* inner joiners: one-tenth, U.S, 1,200, 13.7, year's, R&D */
			if ((d == '-' || d == '\'' || d == '&' ||
			     ((d == '.' || d == ',') && i > a &&
			      (xc_is_digit((unsigned char)s[i - 1]) ||
			       (d == '.' && xc_is_alpha((unsigned char)s[i - 1]) &&
			        i - a == 1)))) &&
			    i + 1 < len && word_byte((unsigned char)s[i + 1])) {
				i++;
				continue;
			}
			break;
		}
		b = i;
		if (fm_end && a < fm_end && (a < ta || b > tb))
			continue;
		stem = b;
		if (b - a > 2 && s[b - 2] == '\'' && (s[b - 1] == 's' || s[b - 1] == 'S'))
			stem = b - 2;
		while (si + 1 < nsent && sent[si].end <= a)
			si++;
		if (xc_grow(&A->t, &A->capt, A->nt, sizeof *A->t, 256))
			return XC_ENOMEM;
		t = &A->t[A->nt++];
		t->a = (uint32_t)a;
		t->b = (uint32_t)b;
		t->stem = (uint32_t)stem;
		t->sent = (uint32_t)si;
		t->cap = c >= 'A' && c <= 'Z';
		t->fm = fm_end && a < fm_end;
		t->alias = xc_wordset_has(&A->rs->attr_first, s + a, b - a) ||
		           (stem != b &&
		            xc_wordset_has(&A->rs->attr_first, s + a, stem - a));
		if (t->alias)
			t->memo = (uint32_t)A->nalias++;
		t->digits = 1;
		for (size_t k = a; k < b; k++)
			if (!xc_is_digit((unsigned char)s[k]) && s[k] != ',' && s[k] != '.')
				t->digits = 0;
		{
			/* first of its sentence, or after a dash, colon, pipe */
			size_t k = a;
			while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '"' ||
			                 s[k - 1] == '\'' || s[k - 1] == '(' ||
			                 s[k - 1] == '*' || s[k - 1] == '#'))
				k--;
			t->first = A->nt == 1 || A->t[A->nt - 2].sent != si ||
			           k == 0 || s[k - 1] == '\n' || s[k - 1] == '-' ||
			           s[k - 1] == ':' || s[k - 1] == '|' ||
			           s[k - 1] == '.' || a == ta;
		}
	}
	return XC_OK;
}

/* Tokens i..i+k-1 joined by single spaces into A->buf (the last one without
** its possessive when stem is set); false when they cross a sentence or a
** gap other than blanks. */
static bool join(actx *A, size_t i, size_t k, bool stem)
{
	size_t n = 0, j;

	if (i + k > A->nt)
		return false;
	for (j = i; j < i + k; j++) {
		const tok *t = &A->t[j];
		size_t e = (stem && j == i + k - 1) ? t->stem : t->b;
		if (j > i) {
			size_t g;
			if (t->sent != A->t[i].sent)
				return false;
			for (g = A->t[j - 1].b; g < t->a; g++)
				if (A->s[g] != ' ' && A->s[g] != '\n')
					return false;
			A->buf[n++] = ' ';
		}
		if (n + (e - t->a) + 2 > sizeof A->buf)
			return false;
		memcpy(A->buf + n, A->s + t->a, e - t->a);
		n += e - t->a;
	}
	A->buf[n] = 0;
	return true;
}

static int lex_slot(const actx *A, const xc_lexicon *lx)
{
	const xc_ruleset *rs = A->rs;
	const xc_lexicon *const by[PL_N] = {
		rs->lx_ent[M_PRODUCT], rs->lx_ent[M_ORG], rs->lx_ent[M_PLACE],
		rs->lx_metric, rs->lx_change, rs->lx_scope, rs->lx_period,
		rs->lx_corefer
	};
	int i;

	for (i = 0; i < PL_N; i++)
		if (by[i] == lx)
			return i;
	return -1;
}

static const char *phrase_find(actx *A, const xc_lexicon *lx, size_t i,
                               size_t *k);

/* The longest lexicon phrase (up to 4 tokens) starting at token i:
** returns its canonical form and sets *k, or NULL. */
static const char *phrase_at(actx *A, const xc_lexicon *lx, size_t i,
                             size_t *k)
{
	int slot;
	pmemo *m;

	if (!lx || i >= A->nt || !A->t[i].alias)
		return NULL; /* no alias starts with this word */
	slot = A->memo ? lex_slot(A, lx) : -1;
	if (slot < 0)
		return phrase_find(A, lx, i, k);
	m = &A->memo[A->t[i].memo * PL_N + (size_t)slot];
	if (!m->done) {
		size_t n = 0;
		m->canon = phrase_find(A, lx, i, &n);
		m->k = (uint8_t)n;
		m->done = 1;
	}
	if (m->canon)
		*k = m->k;
	return m->canon;
}

static const char *phrase_find(actx *A, const xc_lexicon *lx, size_t i,
                               size_t *k)
{
	size_t n, w = 0;
	size_t lens[5]; /* joined lengths of the first n tokens, with spaces */

	for (n = 1; n <= 4 && i + n <= A->nt; n++) {
		w += (n > 1) + A->t[i + n - 1].b - A->t[i + n - 1].a;
		lens[n] = w;
	}
	for (n--; n >= 1; n--) {
		const char *c, *s = A->s + A->t[i].a;
		size_t cut = A->t[i + n - 1].b - A->t[i + n - 1].stem;
		/* no alias that long starting with these letters: no phrase */
		if (!xc_lex_maybe(lx, s, lens[n]) &&
		    !(cut && xc_lex_maybe(lx, s, lens[n] - cut)))
			continue;
		if (!join(A, i, n, false))
			continue;
		if ((c = xc_lex_find(lx, A->buf, strlen(A->buf)))) {
			*k = n;
			return c;
		}
		if (A->t[i + n - 1].stem != A->t[i + n - 1].b && join(A, i, n, true) &&
		    (c = xc_lex_find(lx, A->buf, strlen(A->buf)))) {
			*k = n;
			return c;
		}
	}
	return NULL;
}

static bool is_word(const actx *A, size_t i, const char *w)
{
	size_t n = strlen(w);
	const tok *t = &A->t[i];

	return t->b - t->a == n && !strncasecmp(A->s + t->a, w, n);
}

/* ------------------------------------------------------------- mentions */

static void copy_id(char *dst, size_t cap, const char *s, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, s, n);
	dst[n] = 0;
}

/* Is token i a person's title ("Governor", "Mayor"; title.lex)? */
static bool title(const actx *A, size_t i)
{
	const tok *t = &A->t[i];
	return A->rs->lx_title &&
	       xc_lex_find(A->rs->lx_title, A->s + t->a, t->stem - t->a);
}

/* Does token i start no name: a word of namestop.lex or a title; or the
** first word of a sentence that is a metric word ("Sales of Veltara
** reached...", "Rescue crews pulled...")? */
static bool namestop(actx *A, size_t i)
{
	const tok *t = &A->t[i];
	const char *h = memchr(A->s + t->a, '-', t->stem - t->a);
	/* "July-September": a hyphenated word is known by its first part */
	size_t n = h ? (size_t)(h - (A->s + t->a)) : t->stem - t->a;

	return (A->rs->lx_namestop &&
	        xc_lex_find(A->rs->lx_namestop, A->s + t->a, n)) ||
	       title(A, i) ||
	       (t->first && A->rs->lx_metric &&
	        xc_lex_find(A->rs->lx_metric, A->s + t->a, t->b - t->a));
}

static xc_status add_mention(actx *A, size_t t0, size_t t1, int type,
                             const char *id, size_t idlen)
{
	mention *m;

	if (xc_grow(&A->m, &A->capm, A->nm, sizeof *A->m, 64))
		return XC_ENOMEM;
	m = &A->m[A->nm++];
	m->t0 = (uint32_t)t0;
	m->t1 = (uint32_t)t1;
	m->type = (uint8_t)type;
	m->valid = type != M_NAME;
	copy_id(m->id, sizeof m->id, id, idlen);
	return XC_OK;
}

/* Lexicon entities, then runs of capitalised words no lexicon knows. */
static bool clause_break(const char *s, size_t a, size_t b);

/* Token i looked up whole in lexicon lx: its canonical form, or NULL. */
static const char *tok_lex(const actx *A, const xc_lexicon *lx, size_t i)
{
	return lx ? xc_lex_find(lx, A->s + A->t[i].a, A->t[i].b - A->t[i].a)
	          : NULL;
}

/* Is token i a last word of organisation names ("Motors", "Festival";
** lexicon orgword.lex)? */
static bool orgword(const actx *A, size_t i)
{
	return A->rs->lx_orgword &&
	       xc_lex_find(A->rs->lx_orgword, A->s + A->t[i].a,
	                   A->t[i].stem - A->t[i].a);
}

/* Is name mention m the person quoted rather than what a figure is
** about: "according to the finance director, Tom Becker", "Tom Becker
** said", "Lisa Ortega, one of two members who voted against, said"?  (A
** company that says something is often the subject too, so only names
** no lexicon knows are tested.) */
static bool speaker(const actx *A, const mention *m)
{
	size_t k, sent = A->t[m->t0].sent;

	/* a person's name: two or more words written Xxxx ("AMD said it
	** expects a charge": a company speaking of itself) */
	if (m->t1 - m->t0 < 2)
		return false;
	/* "Sunvale Energy", "Brightwater Terminals": a company's name */
	if (orgword(A, m->t1 - 1))
		return false;
	for (k = m->t0; k < m->t1; k++) {
		const tok *t = &A->t[k];
		if (t->stem - t->a < 2 || A->s[t->a + 1] < 'a' || A->s[t->a + 1] > 'z')
			return false;
	}
	for (k = m->t0 > 8 ? m->t0 - 8 : 0; k < m->t0; k++)
		if (A->t[k].sent == sent && is_word(A, k, "according") &&
		    k + 1 < m->t0 && is_word(A, k + 1, "to"))
			return true;
	k = m->t1;
	/* an appositive between commas: ", the city's budget director," */
	if (k < A->nt && A->t[k].sent == sent && A->s[A->t[k - 1].b] == ',') {
		size_t e = k;
		while (e < A->nt && e < k + 12 && A->t[e].sent == sent &&
		       A->s[A->t[e].b] != ',')
			e++;
		if (e < A->nt && e < k + 12 && A->t[e].sent == sent)
			k = e + 1;
	}
	return k < A->nt && A->t[k].sent == sent &&
	       tok_lex(A, A->rs->lx_speech, k);
}

/* Is token i followed by a preposition and a capitalised word? */
static bool np_head(const actx *A, size_t i)
{
	static const char *const prep[] = { "at", "of", "in", "for", "on",
	                                    "from" };
	size_t k;

	if (i + 2 >= A->nt || A->t[i + 2].sent != A->t[i].sent ||
	    !A->t[i + 2].cap)
		return false;
	for (k = 0; k < sizeof prep / sizeof prep[0]; k++)
		if (is_word(A, i + 1, prep[k]))
			return true;
	return false;
}

static xc_status find_mentions(actx *A)
{
	size_t i = 0, j;

	while (i < A->nt) {
		const tok *t = &A->t[i];
		size_t k = 0;
		int type;
		const char *canon = NULL;

		if (t->cap || xc_is_digit((unsigned char)A->s[t->a])) {
			for (type = 0; type < 3 && !canon; type++)
				canon = phrase_at(A, A->rs->lx_ent[type], i, &k);
			type--;
			if (canon) {
				if (add_mention(A, i, i + k, type, canon, strlen(canon)))
					return XC_ENOMEM;
				i += k;
				continue;
			}
		}
		if (t->cap && !t->digits && t->stem - t->a >= 2 && !namestop(A, i) &&
		    !(t->stem - t->a == 2 && A->s[t->a + 1] >= 'A' &&
		      A->s[t->a + 1] <= 'Z')) {
			size_t e = i + 1, idn;
			char id[XC_REF_MAX];
			size_t of = 0; /* "Port of Calder": the token after "of" */
			for (;;) {
				while (e < A->nt && e - i < 4 && A->t[e].cap &&
				       !A->t[e].digits && !namestop(A, e) &&
				       A->t[e].sent == t->sent &&
				       (A->t[e].a == A->t[e - 1].b + 1 ||
				        /* "Brandt & Co", "Procter & Gamble" */
				        (A->t[e].a == A->t[e - 1].b + 3 &&
				         !memcmp(A->s + A->t[e - 1].b, " & ", 3))) &&
				       A->s[A->t[e - 1].b] == ' ' &&
				       A->t[e - 1].stem == A->t[e - 1].b)
					e++;
				/* "Chamber of Commerce", "University of Elmsworth":
				** one name across "of" */
				if (of || e + 1 >= A->nt || !is_word(A, e, "of") ||
				    A->t[e + 1].sent != t->sent || !A->t[e + 1].cap ||
				    A->t[e + 1].digits || namestop(A, e + 1) ||
				    A->t[e - 1].stem != A->t[e - 1].b)
					break;
				of = e + 1;
				e += 2;
			}
			/* the id: the first word, or two when the first is short
			** ("New York", "Air France"), or what follows "of" after a
			** generic head ("Port of Calder" is Calder); case folded */
			size_t lead = i;
			/* "Hurricane Lira", "Tropical Storm Lira": known by what
			** follows the generic head (namelead.lex) */
			while (!of && lead + 1 < e && A->rs->lx_namelead &&
			       xc_lex_find(A->rs->lx_namelead, A->s + A->t[lead].a,
			                   A->t[lead].b - A->t[lead].a))
				lead++;
			if (of && A->rs->lx_namehead &&
			    xc_lex_find(A->rs->lx_namehead, A->s + t->a, t->b - t->a) &&
			    of == i + 2) {
				copy_id(A->buf, sizeof A->buf, A->s + A->t[of].a,
				        A->t[of].stem - A->t[of].a);
				idn = strlen(A->buf);
			} else if (lead > i) {
				copy_id(A->buf, sizeof A->buf, A->s + A->t[lead].a,
				        A->t[lead].stem - A->t[lead].a);
				idn = strlen(A->buf);
			} else if (e - i >= 2 && !of && orgword(A, e - 1) &&
			           join(A, i, e - i, true)) {
				/* "Kestrel Motors", "Kestrel Festival": the whole name,
				** so that two organisations sharing a first word stay
				** apart ("Kestrel" alone is resolved below) */
				idn = strlen(A->buf);
			} else if (e - i >= 2 && t->stem - t->a <= 3 &&
			           join(A, i, 2, true))
				idn = strlen(A->buf);
			else {
				copy_id(A->buf, sizeof A->buf, A->s + t->a, t->stem - t->a);
				idn = strlen(A->buf);
			}
			copy_id(id, sizeof id, A->buf, idn);
			for (j = 1; id[j]; j++)
				if (id[j - 1] != ' ')
					id[j] = xc_lower(id[j]);
			if (add_mention(A, i, e, M_NAME, id, strlen(id)))
				return XC_ENOMEM;
			/* "Fenwick Mayor Joan Reyes": a title names the place or
			** organisation before it */
			A->m[A->nm - 1].valid = e - i >= 2 || !t->first ||
			                        (e < A->nt && A->t[e].sent == t->sent &&
			                         title(A, e));
			/* "Governor Lena Marsh": an official, never the subject;
			** "a Tarrow Bank executive": a person, not the bank */
			if ((i > 0 && A->t[i - 1].sent == t->sent && title(A, i - 1)) ||
			    (e < A->nt && A->t[e].sent == t->sent && !A->t[e].cap &&
			     A->t[e].a == A->t[e - 1].b + 1 &&
			     tok_lex(A, A->rs->lx_role, e))) {
				A->m[A->nm - 1].type = M_NOUN;
				A->m[A->nm - 1].valid = 0;
			}
			/* "Tuition at Elmsworth", "Shares of Tesla": a sentence's
			** first word heading a phrase about a name is no name */
			if (e == i + 1 && t->first && np_head(A, i))
				A->m[A->nm - 1].type = M_NOUN;
			i = e;
			continue;
		}
		i++;
	}
	/* "Kestrel" (or "Pine Ridge", known as "Pine") in a document that
	** names "Kestrel Motors" (and no other "Kestrel ..." organisation) is
	** Kestrel Motors */
	for (i = 0; i < A->nm; i++) {
		mention *m = &A->m[i];
		const char *full = NULL;
		size_t n = strlen(m->id);
		bool two = false;
		if (m->type != M_NAME || strchr(m->id, ' '))
			continue;
		for (j = 0; j < A->nm; j++) {
			const mention *o = &A->m[j];
			if (o->type != M_NAME || o->t1 - o->t0 < 2 ||
			    strncmp(o->id, m->id, n) || o->id[n] != ' ' ||
			    !orgword(A, o->t1 - 1))
				continue;
			if (full && strcmp(full, o->id))
				two = true;
			full = o->id;
		}
		if (full && !two)
			copy_id(m->id, sizeof m->id, full, strlen(full));
	}
	/* a single capitalised word at a sentence start is a name only when
	** the document uses it twice ("Riverton approves ... RIVERTON -") */
	for (i = 0; i < A->nm; i++) {
		size_t cnt = 0;
		if (A->m[i].valid || A->m[i].type == M_NOUN)
			continue;
		for (j = 0; j < A->nm; j++)
			cnt += A->m[j].type == M_NAME && !A->t[A->m[j].t0].fm &&
			       !strcmp(A->m[j].id, A->m[i].id);
		A->m[i].valid = cnt >= 2 || (cnt == 1 && !A->t[A->m[i].t0].first);
	}
	/* a person is known by the surname the document uses alone: "Tunde
	** Adeyemi ... Adeyemi netted" is Adeyemi (a company's first word is
	** its name already: "Brightwater Terminals ... Brightwater") */
	for (i = 0; i < A->nm; i++) {
		mention *m = &A->m[i];
		const tok *l;
		bool alone = false, first = false;
		if (m->type != M_NAME || m->t1 - m->t0 != 2)
			continue;
		l = &A->t[m->t1 - 1];
		for (j = 0; j < A->nm; j++) {
			const mention *o = &A->m[j];
			size_t n = A->t[o->t0].stem - A->t[o->t0].a;
			if (o->type != M_NAME || o->t1 - o->t0 != 1)
				continue;
			if (n == l->stem - l->a &&
			    !memcmp(A->s + A->t[o->t0].a, A->s + l->a, n))
				alone = true;
			if (!strcmp(o->id, m->id))
				first = true;
		}
		if (alone && !first)
			copy_id(m->id, sizeof m->id, A->s + l->a, l->stem - l->a);
	}
	for (i = 0; i < A->nm; i++)
		if (A->m[i].type == M_NAME && A->m[i].valid && speaker(A, &A->m[i]))
			A->m[i].valid = 0;
	return XC_OK;
}

/* The document's topic: the entity it names most (products count double,
** they are what stories about orders and shipments are about), else its
** most frequent name; topic_org the same among organisations. */
/* Is the first sentence a headline: a line of its own, no final stop,
** and more text after it? */
static bool headline(const actx *A)
{
	size_t i, last = 0;

	for (i = 0; i < A->nt && A->t[i].sent == A->t[0].sent; i++)
		last = i;
	if (i == A->nt)
		return false; /* the whole text is one sentence */
	{
		size_t e = A->t[last].b;
		while (e < A->len && (A->s[e] == ' ' || A->s[e] == '\t'))
			e++;
		return e >= A->len || A->s[e] == '\n';
	}
}

/* Is mention m a place: a lexicon place, or a name with a generic place
** head ("Kelso County", "City of Riverton")? */
static bool placelike(const actx *A, const mention *m)
{
	const tok *f = &A->t[m->t0], *l = &A->t[m->t1 - 1];
	const xc_lexicon *h = A->rs->lx_namehead;

	return m->type == M_PLACE ||
	       (m->type == M_NAME && m->t1 - m->t0 >= 2 && h &&
	        (xc_lex_find(h, A->s + l->a, l->b - l->a) ||
	         xc_lex_find(h, A->s + f->a, f->b - f->a)));
}

static void find_topics(actx *A)
{
	size_t i, j, best = 0, best_org = 0, best_place = 0;

	A->topic[0] = A->topic_org[0] = A->topic_place[0] = 0;
	for (i = 0; i < A->nm; i++) {
		const mention *m = &A->m[i];
		size_t w = 0;
		if (!m->valid)
			continue;
		for (j = 0; j < A->nm; j++)
			if (A->m[j].valid && A->m[j].type == m->type &&
			    !A->t[A->m[j].t0].fm && !strcmp(A->m[j].id, m->id))
				w++;
		if (m->type == M_PRODUCT)
			w *= 2;
		if (w > best) {
			best = w;
			strcpy(A->topic, m->id);
		}
		if ((m->type == M_ORG || (m->type == M_NAME && !best_org)) &&
		    w > best_org) {
			best_org = w;
			strcpy(A->topic_org, m->id);
		}
		if (placelike(A, m) && w > best_place) {
			best_place = w;
			strcpy(A->topic_place, m->id);
		}
	}
	/* no name the document repeats or writes mid-sentence: its headline
	** opens with what it is about ("Greenvale measles outbreak grows to
	** 27 cases", then only "County health officials ...") */
	if (!A->topic[0] && A->nt && headline(A)) {
		for (i = 0; i < A->nm; i++) {
			const mention *m = &A->m[i];
			if (m->type == M_NAME && A->t[m->t0].first &&
			    A->t[m->t0].sent == A->t[0].sent) {
				strcpy(A->topic, m->id);
				break;
			}
		}
	}
}

/* ---------------------------------------------------------------- periods */

static xc_status add_cue(actx *A, size_t t0, size_t t1, int kind, int val)
{
	cue *c;

	if (xc_grow(&A->c, &A->capc, A->nc, sizeof *A->c, 32))
		return XC_ENOMEM;
	c = &A->c[A->nc++];
	c->t0 = (uint32_t)t0;
	c->t1 = (uint32_t)t1;
	c->kind = (uint8_t)kind;
	c->val = val;
	return XC_OK;
}

static xc_status find_cues(actx *A)
{
	static const char *const days[] = {"Monday", "Tuesday", "Wednesday",
	    "Thursday", "Friday", "Saturday", "Sunday"};
	size_t i = 0;

	while (i < A->nt) {
		const tok *t = &A->t[i];
		size_t k = 0;
		const char *p;

		if (t->b - t->a == 4 && t->digits) {
			int y = atoi(A->s + t->a);
			if (y >= 1900 && y <= 2100 && add_cue(A, i, i + 1, P_YEAR, y))
				return XC_ENOMEM;
			i++;
			continue;
		}
		p = phrase_at(A, A->rs->lx_period, i, &k);
		if (!p) {
			i++;
			continue;
		}
		if ((p[0] == 'Y' || p[0] == 'E') && (p[1] == '+' || p[1] == '-')) {
			if (add_cue(A, i, i + k, p[0] == 'E' ? P_EARLIER : P_REL,
			            atoi(p + 1)))
				return XC_ENOMEM;
		} else if ((p[0] == 'Q' || p[0] == 'H') && xc_is_digit((unsigned char)p[1])) {
			if (add_cue(A, i, i + k, P_PART, (p[0] == 'H' ? 4 : 0) + atoi(p + 1)))
				return XC_ENOMEM;
		} else if (p[0] == 'F' && p[1] == 'Q') {
			if (add_cue(A, i, i + k, P_FPART, atoi(p + 2)))
				return XC_ENOMEM;
		} else if (!strcmp(p, "FY")) {
			if (add_cue(A, i, i + k, P_FY, 0))
				return XC_ENOMEM;
		} else if (!strcmp(p, "FUT")) {
			if (add_cue(A, i, i + k, P_FUT, 0))
				return XC_ENOMEM;
		} else if (!strcmp(p, "BASE")) {
			if (add_cue(A, i, i + k, P_BASE, is_word(A, i, "since")))
				return XC_ENOMEM;
		} else if (!strcmp(p, "DAY")) {
			int d;
			for (d = 0; d < 7; d++)
				if (is_word(A, i, days[d]) && A->t[i].cap &&
				    add_cue(A, i, i + k, P_DAY, d))
					return XC_ENOMEM;
		}
		i += k;
	}
	return XC_OK;
}

/* Does day cue c date the report rather than a figure: "the company said
** on Monday", "a plan announced by the mayor on Tuesday" (a speech verb
** of speech.lex within six words before it, in its sentence)? */
static bool report_day(const actx *A, const cue *c)
{
	size_t k, lo = c->t0 > 6 ? c->t0 - 6 : 0;

	for (k = c->t0; k-- > lo && A->t[k].sent == A->t[c->t0].sent;)
		if (tok_lex(A, A->rs->lx_speech, k))
			return true;
	return false;
}

/* Is there a future marker (period.lex FUT: "will", "expect", "is set
** to") before day cue c in its sentence? */
static bool future(const actx *A, const cue *c)
{
	size_t k;

	for (k = 0; k < A->nc; k++)
		if (A->c[k].kind == P_FUT && A->c[k].t1 <= c->t0 &&
		    A->t[A->c[k].t0].sent == A->t[c->t0].sent)
			return true;
	return false;
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* Is cue c the start of a comparison base ("than last year's", "from 38.1
** million in 2023", "since 2023")?  Looks up to three tokens back. */
static bool in_figure(const actx *A, size_t t0, size_t t1);

/* The comparison base marker ("from", "than", "since") a period cue
** follows closely, or NULL: such a period dates the base. */
static const cue *base_of(const actx *A, const cue *c)
{
	size_t i;

	for (i = 0; i < A->nc; i++) {
		const cue *b = &A->c[i];
		size_t k;
		bool joined = true;
		if (b->kind != P_BASE || b->t1 > c->t0 || c->t0 - b->t1 > 6 ||
		    A->t[b->t0].sent != A->t[c->t0].sent)
			continue;
		/* "compared with 4.1 hours in September 2024", but not "since
		** Thursday and was 40% contained on Sunday": one phrase */
		for (k = b->t1; k < c->t0 && joined; k++)
			joined = !is_word(A, k, "and") && !is_word(A, k, "but") &&
			         !is_word(A, k, "while");
		if (!joined || clause_break(A->s, A->t[b->t1 - 1].b, A->t[c->t0].a))
			continue;
		/* "more than 43 million this year": a figure's own hedge */
		if (!in_figure(A, b->t0, b->t1))
			return b;
	}
	return NULL;
}

static bool after_base(const actx *A, const cue *c, bool any_base)
{
	const cue *b = base_of(A, c);

	return b && (any_base || b->val);
}

static size_t tok_dist(size_t t0, size_t t1, size_t c0, size_t c1)
{
	if (t1 <= c0)
		return c0 - t1;
	if (t0 >= c1)
		return t0 - c1;
	return 0;
}

/* Claim context: its tokens [c0, c1), clause [k0, k1), sentence [s0, s1). */
struct where {
	size_t c0, c1, k0, k1, s0, s1;
};
typedef struct where where;

/* Do tokens [t0, t1) lie inside some figure? */
static bool in_figure(const actx *A, size_t t0, size_t t1)
{
	size_t k;

	for (k = 0; k < A->nws; k++)
		if (A->ws[k].c0 <= t0 && t1 <= A->ws[k].c1)
			return true;
	return false;
}

/* Does a claim (not a number ruled out, such as "the second quarter")
** start within tokens [a, b)? */
static bool figure_in(const actx *A, size_t a, size_t b)
{
	size_t k;

	for (k = 0; k < A->nws; k++)
		if (A->ws[k].c0 >= a && A->ws[k].c0 < b &&
		    A->cl[k].kind <= XC_KIND_QUANTITY)
			return true;
	return false;
}

/* The figure's own statement within [*lo, *hi): "and"/"but" part two
** statements when the other part holds a figure too ("X rose 5% and Y
** fell 3%"), not when they join two nouns ("$95 million in severance and
** restructuring charges in the second quarter"). */
static void statement(const actx *A, const where *w, size_t *lo, size_t *hi)
{
	size_t j;

	for (j = w->c0; j > *lo; j--)
		if ((is_word(A, j - 1, "and") || is_word(A, j - 1, "but")) &&
		    (!A->ws || figure_in(A, *lo, j - 1))) {
			*lo = j;
			break;
		}
	for (j = w->c1; j < *hi; j++)
		if ((is_word(A, j, "and") || is_word(A, j, "but")) &&
		    (!A->ws || figure_in(A, j + 1, *hi))) {
			*hi = j;
			break;
		}
}

/* Does another claim (not w's conversion partner: a pair states one
** figure) stand between w and cue c after it? */
static bool other_between(const actx *A, const where *w, const cue *c)
{
	size_t k, me = (size_t)(w - A->ws);

	/* claims are in text order: only those after w and before the cue
	** are looked at (a huge document stays linear) */
	for (k = me + 1; k < A->nws && A->ws[k].c0 < c->t0; k++) {
		const where *o = &A->ws[k];
		if (o->c0 >= o->c1 || A->cl[k].pair == (int)me ||
		    A->cl[me].pair == (int)k)
			continue;
		if (o->c0 >= w->c1 && o->c1 <= c->t0)
			return true;
	}
	return false;
}

static const cue *nearest_cue(const actx *A, const where *w, bool clause,
                              int k1, int k2, bool change)
{
	const cue *best = NULL;
	size_t bd = (size_t)-1, i;
	size_t lo = clause ? w->k0 : w->s0, hi = clause ? w->k1 : w->s1;

	/* "312 aircraft at year end and plans to take 24 more in 2025" */
	statement(A, w, &lo, &hi);

	for (i = 0; i < A->nc; i++) {
		const cue *c = &A->c[i];
		size_t d;
		if ((c->kind != k1 && c->kind != k2 &&
		     !(k1 == P_YEAR && c->kind == P_EARLIER)) ||
		    c->t0 < lo || c->t1 > hi)
			continue;
		{
			/* a base's period dates only the figure inside the base
			** ("from $4 billion in 2023"), never a level stated
			** elsewhere in the sentence ("31,400 students, a 3.1%
			** increase on last year") nor a change */
			const cue *b = base_of(A, c);
			if (b && (change || b->val || w->c0 < b->t1 || w->c1 > c->t0))
				continue;
		}
		/* a change is dated by its end: "spent a year earlier" dates its
		** base */
		if (change && c->kind == P_EARLIER)
			continue;
		/* "a year earlier" dates the figure right before it only: in
		** "$84 million, up 22% from $69 million a year earlier" the $69M;
		** opening its sentence it frames what follows ("A year ago
		** drivers paid $3.41") */
		if (c->kind == P_EARLIER &&
		    ((c->t0 < w->c1 && c->t0 != w->s0) || other_between(A, w, c)))
			continue;
		/* beyond the clause, a cue after the figure with another figure
		** between dates that one: "142,000 people ..., beating the record
		** of 130,000 set in 2023"; "140,000 fans ..., a rise of 9 per
		** cent on 2024" (one before frames them all: "for the second
		** quarter, profit of $84 million, up from $69 million") */
		if (!clause && c->t0 >= w->c1 && other_between(A, w, c))
			continue;
		d = tok_dist(c->t0, c->t1, w->c0, w->c1);
		if (d < bd) {
			bd = d;
			best = c;
		}
	}
	return best;
}

static bool fy_next_to(const actx *A, const cue *c)
{
	size_t i;

	for (i = 0; i < A->nc; i++) {
		const cue *f = &A->c[i];
		if (f->kind == P_FY && ((f->t1 <= c->t0 && c->t0 - f->t1 <= 1) ||
		                        (c->t1 <= f->t0 && f->t0 - c->t1 <= 1)))
			return true;
	}
	return false;
}

static void period_of(const actx *A, const where *w, bool change, char *out,
                      size_t cap)
{
	const cue *y, *q, *d;
	int year = 0;
	bool fiscal = false, fpart = false;

	out[0] = 0;
	y = nearest_cue(A, w, true, P_YEAR, P_REL, change);
	if (!y)
		y = nearest_cue(A, w, false, P_YEAR, P_REL, change);
	q = nearest_cue(A, w, true, P_PART, P_FPART, change);
	if (!q)
		q = nearest_cue(A, w, false, P_PART, P_FPART, change);
	d = nearest_cue(A, w, true, P_DAY, P_DAY, change);
	if (y && y->kind == P_YEAR)
		year = y->val;
	else if (y && y->kind == P_EARLIER && A->pub_y)
		year = A->pub_y + y->val;
	else if (y && A->pub_y)
		year = A->pub_y + y->val;
	if (y)
		fiscal = fy_next_to(A, y);
	if (q) {
		fpart = q->kind == P_FPART;
		if (!year && A->pub_y)
			year = A->pub_y;
	}
	if (d && !y && !q && A->pub_y && !after_base(A, d, false) &&
	    !report_day(A, d)) {
		/* the latest such weekday on or before the published date, or,
		** in a sentence about what will happen ("expect 28,500 runners
		** on Sunday"), the next one on or after it */
		long z = days_from_civil(A->pub_y, A->pub_m, A->pub_d);
		int wd = (int)(((z % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
		int yy, mm, dd;
		if (future(A, d))
			civil_from_days(z + ((d->val - wd + 7) % 7), &yy, &mm, &dd);
		else
			civil_from_days(z - ((wd - d->val + 7) % 7), &yy, &mm, &dd);
		snprintf(out, cap, "%04d-%02d-%02d", yy, mm, dd);
		return;
	}
	if (!year)
		return;
	if (fiscal || fpart)
		snprintf(out, cap, "FY%d", year);
	else
		snprintf(out, cap, "%d", year);
	if (q) {
		size_t n = strlen(out);
		if (q->val >= 5)
			snprintf(out + n, cap - n, "-H%d", q->val - 4);
		else
			snprintf(out + n, cap - n, "-Q%d", q->val);
	}
}

/* -------------------------------------------------------------- metrics */

/* The phrase of lexicon lx nearest to the claim inside [lo, hi): canonical
** form or NULL; ties go to the phrase before the figure unless prefer_after.
** Scanning stops at "and"/"but" when stop_at_and is set. */
static const char *nearest_phrase(actx *A, const xc_lexicon *lx,
                                  const where *w, size_t lo, size_t hi,
                                  bool prefer_after, bool stop_at_and,
                                  size_t *dist)
{
	const char *best = NULL;
	size_t bd = (size_t)-1, i = lo;

	if (!lx)
		return NULL;
	if (stop_at_and) {
		statement(A, w, &lo, &hi);
		i = lo;
	}
	while (i < hi) {
		size_t k = 0, d;
		const char *p = phrase_at(A, lx, i, &k);
		if (!p || i + k > hi) {
			i++;
			continue;
		}
		d = tok_dist(i, i + k, w->c0, w->c1);
		if (d < bd || (d == bd && prefer_after && i >= w->c1)) {
			bd = d;
			best = p;
		}
		i += k;
	}
	if (dist)
		*dist = bd;
	return best;
}

static void set(char *dst, size_t cap, const char *s)
{
	snprintf(dst, cap, "%s", s ? s : "");
}

/* ----------------------------------------------------------- the claims */

static bool same_entity_as_ref(const mention *m, const char *ref)
{
	return ref[0] && !strcmp(m->id, ref);
}

/* Is mention m the source named after "according to" in its sentence
** (with nothing but articles and other names between)? */
static bool cited(const actx *A, const mention *m)
{
	size_t k = m->t0, sent = A->t[m->t0].sent;

	while (k >= 2 && A->t[k - 1].sent == sent &&
	       (is_word(A, k - 1, "the") || A->t[k - 1].cap) &&
	       !is_word(A, k - 1, "to"))
		k--;
	return k >= 2 && A->t[k - 2].sent == sent && is_word(A, k - 1, "to") &&
	       is_word(A, k - 2, "according");
}

/* Does a word of locative.lex stand before token t (after lo), perhaps
** with "the" between? */
static bool locative(const actx *A, size_t t, size_t lo)
{
	size_t k = t;

	if (k <= lo)
		return false;
	if (is_word(A, k - 1, "the") && k - 1 > lo)
		k--;
	return tok_lex(A, A->rs->lx_locative, k - 1) != NULL;
}

/* The mention nearest to the claim in [lo, hi) of one of the types in mask
** (bit per M_*), before and/or after it; NULL when none. */
static const mention *nearest_mention(const actx *A, const where *w,
                                      size_t lo, size_t hi, unsigned mask,
                                      bool before, bool after,
                                      const char *not_ref)
{
	const mention *best = NULL;
	size_t bd = (size_t)-1, i;

	for (i = 0; i < A->nm; i++) {
		const mention *m = &A->m[i];
		size_t d;
		if (!(mask >> m->type & 1) || !m->valid || m->t0 < lo || m->t1 > hi)
			continue;
		if ((m->t1 <= w->c0 && !before) || (m->t0 >= w->c1 && !after))
			continue;
		if (not_ref && same_entity_as_ref(m, not_ref))
			continue;
		if (cited(A, m))
			continue; /* "according to the Chamber of Commerce": a source */
		/* "as fast as the H20", "than the H100": the other side */
		if (m->t0 >= 2 && m->t0 > lo &&
		    (is_word(A, m->t0 - 1, "than") || is_word(A, m->t0 - 1, "as") ||
		     ((is_word(A, m->t0 - 1, "the") || is_word(A, m->t0 - 1, "an")) &&
		      (is_word(A, m->t0 - 2, "than") || is_word(A, m->t0 - 2, "as")))))
			continue;
		/* "packed into Fenmoor Park": a place, not what it is about */
		if (after && !before && m->t0 >= w->c1 && locative(A, m->t0, lo))
			continue;
		d = tok_dist(m->t0, m->t1, w->c0, w->c1);
		if (d < bd) {
			bd = d;
			best = m;
		}
	}
	return best;
}

static bool clause_break(const char *s, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++) {
		char c = s[i];
		if (c == ';' || c == ':' || c == '|')
			return true;
		if ((c == ',' || c == '-') && i + 1 < b && s[i + 1] == ' ')
			return true;
	}
	return false;
}

static void locate(const actx *A, const xc_span *ns, size_t *tlo, where *w)
{
	size_t i = *tlo;

	while (i < A->nt && A->t[i].b <= ns->start)
		i++;
	*tlo = i;
	w->c0 = i;
	while (i < A->nt && A->t[i].a < ns->end)
		i++;
	w->c1 = i;
	if (w->c1 == w->c0) { /* a claim made of symbols only */
		w->c1 = w->c0 < A->nt ? w->c0 + 1 : w->c0;
	}
	{
		size_t si = w->c0 < A->nt ? A->t[w->c0].sent : 0, j;
		j = w->c0;
		while (j > 0 && A->t[j - 1].sent == si)
			j--;
		w->s0 = j;
		j = w->c0;
		while (j < A->nt && A->t[j].sent == si)
			j++;
		w->s1 = j;
		j = w->c0;
		while (j > w->s0 && !clause_break(A->s, A->t[j - 1].b, A->t[j].a))
			j--;
		w->k0 = j;
		j = w->c1 > w->c0 ? w->c1 - 1 : w->c0;
		while (j + 1 < w->s1 && !clause_break(A->s, A->t[j].b, A->t[j + 1].a))
			j++;
		w->k1 = j + 1 < w->s1 ? j + 1 : w->s1;
		if (w->k1 < w->c1)
			w->k1 = w->c1;
	}
}

static void canon_ref(actx *A, const char *ref, char *out, size_t cap)
{
	size_t n = strlen(ref), t;

	out[0] = 0;
	if (!n)
		return;
	if (n > 2 && ref[n - 2] == '\'' && ref[n - 1] == 's')
		n -= 2;
	for (t = 0; t < 3; t++) {
		const char *c = A->rs->lx_ent[t] ? xc_lex_find(A->rs->lx_ent[t], ref, n) : NULL;
		if (c) {
			set(out, cap, c);
			return;
		}
	}
	copy_id(out, cap, ref, n);
}

static bool money_metric(const actx *A, const char *m)
{
	return A->rs->lx_metric_money &&
	       xc_lex_find(A->rs->lx_metric_money, m, strlen(m)) != NULL;
}

/* Can a claim of this kind have metric m?  Counts never take money's
** metrics (metric_money.lex), money and quantities never take counts'
** (metric_count.lex). */
static bool metric_fits(const actx *A, const xc_claim *c, const char *m)
{
	if (c->kind != XC_KIND_MONEY && c->kind != XC_KIND_PERCENT &&
	    money_metric(A, m))
		return false;
	return !((c->kind == XC_KIND_MONEY || c->kind == XC_KIND_QUANTITY) &&
	         A->rs->lx_metric_count &&
	         xc_lex_find(A->rs->lx_metric_count, m, strlen(m)));
}

static bool is_amount(const xc_claim *c);

/* Is the amount at w the price in a model's name, "the $129 A5", "its
** $999 Pixel": after a determiner, right before a product the lexicon
** knows or a capitalised word with a digit (a model number)? */
static bool priced_model(const actx *A, const where *w)
{
	static const char *const det[] = { "the", "its", "a", "an", "their" };
	const tok *t;
	size_t k;
	bool d = false;

	if (w->c0 == 0 || w->c1 >= A->nt ||
	    A->t[w->c1].sent != A->t[w->c0].sent || !A->t[w->c1].cap)
		return false;
	for (k = 0; k < sizeof det / sizeof det[0] && !d; k++)
		d = is_word(A, w->c0 - 1, det[k]);
	if (!d)
		return false;
	for (k = 0; k < A->nm; k++)
		if (A->m[k].t0 == w->c1 && A->m[k].type == M_PRODUCT)
			return true;
	t = &A->t[w->c1];
	for (k = t->a; k < t->b; k++)
		if (xc_is_digit((unsigned char)A->s[k]))
			return true;
	return false;
}

/* The metric of the size of a change: "BASE CHANGE" ("aid growth"), or
** the change alone when nothing names what changed. */
static void set_change(xc_attr *at, const char *base, const char *ch)
{
	snprintf(at->metric, sizeof at->metric, "%s%s%s", base ? base : "",
	         base ? " " : "", ch);
}

/* The token of the change word that makes amount i (context ws[i]) the
** size of a change, or (size_t)-1: "aid will grow by $3 million to $45
** million" (the level follows "to" right after it), "prices fell 12
** cents in two weeks to $3.08" (the word right before it, and the level
** it led to after "to" later in the sentence).  Either way the amount
** is another fact than the level. */
static size_t amount_change_word(const actx *A, const xc_claim *c,
                                 const where *ws, size_t i, size_t n)
{
	const where *w = &ws[i];
	size_t j;

	if (!is_amount(&c[i]) || !A->rs->lx_change)
		return (size_t)-1;
	if (w->c0 >= 2 && i + 1 < n && is_word(A, w->c0 - 1, "by") &&
	    ws[i + 1].s0 == w->s0 && ws[i + 1].c0 == w->c1 + 1 &&
	    is_word(A, w->c1, "to") &&
	    A->t[w->c0 - 2].sent == A->t[w->c0].sent &&
	    tok_lex(A, A->rs->lx_change, w->c0 - 2))
		return w->c0 - 2;
	for (j = i + 1; j < n && ws[j].s0 == w->s0 && c[j].kind != c[i].kind;)
		j++;
	if (w->c0 > w->s0 && j < n && ws[j].s0 == w->s0 &&
	    c[j].kind == c[i].kind && ws[j].c0 > w->c1 &&
	    is_word(A, ws[j].c0 - 1, "to") &&
	    tok_lex(A, A->rs->lx_change, w->c0 - 1))
		return w->c0 - 1;
	return (size_t)-1;
}

/* The metric of claim i (context ws[i]). */
static void metric_of(actx *A, const xc_claim *c, const where *ws, size_t i,
                      size_t n, xc_attr *at)
{
	const xc_ruleset *rs = A->rs;
	const where *w = &ws[i];
	const char *m = nearest_phrase(A, rs->lx_metric, w, w->k0, w->k1, false,
	                               true, NULL);
	size_t j;

	/* "24 water stations support runners": a metric word after a count
	** that is itself a thing counted ("runners", unitclass.lex) names
	** another count, not this one's measure ("420 residents were
	** evacuated" keeps its verb) */
	if (m && c[i].kind == XC_KIND_COUNT && c[i].unit[0] &&
	    !nearest_phrase(A, rs->lx_metric, w, w->k0, w->c1, false, true,
	                    NULL) && rs->lx_unitclass) {
		size_t lo = w->k0, hi = w->k1, t, k = 0;
		statement(A, w, &lo, &hi);
		for (t = w->c1; t < hi; t++)
			if (phrase_at(A, rs->lx_metric, t, &k)) {
				char noun[XC_UNIT_MAX];
				xc_singular(rs, A->s + A->t[t].a,
				            A->t[t].stem - A->t[t].a, noun);
				if (xc_lex_find(rs->lx_unitclass, noun, strlen(noun)))
					m = NULL;
				break;
			}
	}
	at->metric[0] = 0;
	/* an amount that is the size of a change: "BASE growth" */
	{
		size_t k = amount_change_word(A, c, ws, i, n);
		if (k != (size_t)-1) {
			set_change(at, nearest_phrase(A, rs->lx_metric, w, w->s0, w->c0,
			                              false, false, NULL),
			           tok_lex(A, rs->lx_change, k));
			return;
		}
	}
	/* "5% of participants dropped out": a share of something, not the
	** size of a change */
	if (c[i].kind == XC_KIND_PERCENT && rs->lx_change && w->c0 > 0 &&
	    !is_word(A, w->c0 - 1, "to") && !is_word(A, w->c0 - 1, "at") &&
	    !is_word(A, w->c0 - 1, "from") &&
	    !(w->c1 < A->nt && A->t[w->c1].sent == A->t[w->c0].sent &&
	      is_word(A, w->c1, "of"))) {
		const char *ch = nearest_phrase(A, rs->lx_change, w, w->k0, w->k1,
		                                false, false, NULL);
		if (ch) {
			/* the base: what changed is usually named before ("profit
			** rose 22%"), else after, else it is the thing counted by a
			** figure before it */
			const char *base = nearest_phrase(A, rs->lx_metric, w, w->s0,
			                                  w->c0, false, false, NULL);
			/* after it, only in its clause ("a 20% raise, while
			** management has put 9 percent on the table") and before
			** the next figure, which measures something of its own
			** ("by 22 percent among 12,400 participants") */
			if (!base) {
				size_t hi = w->k1;
				if (i + 1 < n && ws[i + 1].s0 == w->s0 && ws[i + 1].c0 < hi &&
				    ws[i + 1].c0 >= w->c1)
					hi = ws[i + 1].c0;
				base = nearest_phrase(A, rs->lx_metric, w, w->s0, hi, false,
				                      false, NULL);
			}
			for (j = i; !base && j-- > 0 && ws[j].s0 == w->s0;)
				if (c[j].kind == XC_KIND_COUNT && c[j].unit[0])
					base = c[j].unit;
			/* "consumer prices rose 3.2%": a rate of change already
			** (metric_rate.lex) */
			if (base && rs->lx_metric_rate &&
			    xc_lex_find(rs->lx_metric_rate, base, strlen(base))) {
				set(at->metric, sizeof at->metric, base);
				return;
			}
			set_change(at, base, ch);
			return;
		}
	}
	if (c[i].kind == XC_KIND_MONEY && priced_model(A, w)) {
		set(at->metric, sizeof at->metric, "price");
		return;
	}
	/* "to produce $45 million in annual cost savings", "$10 million in
	** emergency aid": what an amount is "in" names it, whatever verb
	** stands nearer */
	if (c[i].kind == XC_KIND_MONEY && w->c1 + 1 < A->nt &&
	    A->t[w->c1].sent == A->t[w->c0].sent && is_word(A, w->c1, "in")) {
		size_t t, k = 0;
		for (t = w->c1 + 1; t < w->c1 + 4 && t < A->nt &&
		                    A->t[t].sent == A->t[w->c0].sent; t++) {
			const char *p = phrase_at(A, rs->lx_metric, t, &k);
			if (p && money_metric(A, p)) {
				set(at->metric, sizeof at->metric, p);
				return;
			}
			if (A->s[A->t[t].b] == ',')
				break;
		}
	}
	if (m && !metric_fits(A, &c[i], m))
		m = NULL; /* "40 buses at a cost of $38 million" counts buses */
	if (m) {
		set(at->metric, sizeof at->metric, m);
		return;
	}
	/* no metric in the clause: the nearest one before the figure in its
	** sentence, unless a figure of the same kind stands between them */
	{
		size_t d = 0;
		const char *p = nearest_phrase(A, rs->lx_metric, w, w->s0, w->c0,
		                               false, false, &d);
		if (p && !(c[i].kind == XC_KIND_COUNT && c[i].unit[0]) &&
		    metric_fits(A, &c[i], p)) {
			bool blocked = false;
			for (j = i; j-- > 0 && ws[j].s0 == w->s0;)
				if (c[j].kind == c[i].kind && w->c0 - ws[j].c1 < d)
					blocked = true;
			if (!blocked) {
				set(at->metric, sizeof at->metric, p);
				return;
			}
		}
	}
	if (c[i].kind == XC_KIND_COUNT && c[i].unit[0]) {
		/* "1,900 dockworkers": a compound whose head is a metric word
		** ("workers"), at least six letters after three */
		const tok *t = &A->t[w->c1 - 1];
		size_t len = t->stem - t->a, k;
		for (k = 3; !t->cap && k + 6 <= len; k++) {
			const char *h = xc_lex_find(rs->lx_metric, A->s + t->a + k,
			                            len - k);
			if (h && !money_metric(A, h)) {
				set(at->metric, sizeof at->metric, h);
				return;
			}
		}
		/* "serves about 21,000 students": enrollment (nounmetric.lex) */
		{
			const char *nm = rs->lx_nounmetric
			                 ? xc_lex_find(rs->lx_nounmetric, c[i].unit,
			                               strlen(c[i].unit))
			                 : NULL;
			set(at->metric, sizeof at->metric, nm ? nm : c[i].unit);
		}
		return;
	}
	/* money with no metric word: the noun it modifies, if one follows
	** ("a $95 million expansion", "its $5 billion buyback") */
	if (c[i].kind == XC_KIND_MONEY && w->c1 < w->s1 &&
	    A->t[w->c1].a >= (w->c1 > 0 ? A->t[w->c1 - 1].b : 0)) {
		const tok *t = &A->t[w->c1];
		size_t len = t->stem - t->a, k;
		bool word = len >= 4 && !t->cap && !t->digits;
		size_t h = t->a;
		for (k = t->a; word && k < t->stem; k++)
			word = xc_is_alpha((unsigned char)A->s[k]) || A->s[k] == '-';
		/* "a $340 million, ten-year plan": a duration, not the noun */
		while (h < t->stem && A->s[h] != '-')
			h++;
		if (word && h < t->stem && A->rs->lx_num &&
		    xc_lex_find(A->rs->lx_num, A->s + t->a, h - t->a))
			word = false;
		/* "charges of $95 million, mostly for severance": not across a
		** comma, and an adverb is no noun */
		if (word && len > 2 && A->s[t->a + len - 2] == 'l' &&
		    A->s[t->a + len - 1] == 'y')
			word = false;
		if (word && t->a > 1 && A->s[t->a - 1] == ' ' &&
		    A->s[t->a - 2] != ',' && A->s[t->a - 2] != ';' &&
		    !(A->rs->lx_stopword &&
		      xc_lex_find(A->rs->lx_stopword, A->s + t->a, len)) &&
		    !(A->rs->lx_change &&
		      xc_lex_find(A->rs->lx_change, A->s + t->a, len)) &&
		    !(A->rs->lx_period &&
		      xc_lex_find(A->rs->lx_period, A->s + t->a, len)) &&
		    !(A->rs->lx_scope &&
		      xc_lex_find(A->rs->lx_scope, A->s + t->a, len))) {
			char noun[XC_UNIT_MAX];
			xc_singular(A->rs, A->s + t->a, len, noun);
			set(at->metric, sizeof at->metric, noun);
		}
	}
}

/* Does a phrase of decrement.lex make the count at w a cut from a
** total: "will cut 1,800 jobs", "putting 2,400 employees out of work"? */
static bool cut_from_total(actx *A, const where *w)
{
	const xc_lexicon *lx = A->rs->lx_decrement;
	const char *cn = NULL;
	size_t e = A->t[w->c0].a, t, k = 0;

	while (e > A->t[w->s0].a && A->s[e - 1] == ' ')
		e--;
	if (w->c0 > w->s0 &&
	    xc_lex_before(lx, A->s, A->t[w->s0].a, e, &cn) != (size_t)-1 &&
	    !strcmp(cn, "before"))
		return true;
	for (t = w->c1; t < w->c1 + 2 && t < w->s1; t++)
		if ((cn = phrase_find(A, lx, t, &k)) && !strcmp(cn, "after"))
			return true;
	return false;
}

/* m, or the name before it when m stands in an appositive between
** commas that describes that name ("Marcus Hale, a former executive at
** Tarrow Bank, was sentenced"). */
static const mention *appositive_head(const actx *A, const mention *m)
{
	size_t k, t, sent = A->t[m->t0].sent;
	const mention *p = NULL;

	/* a comma after m, and none between it and the one before it */
	if (A->s[A->t[m->t1 - 1].b] != ',')
		return m;
	for (k = 0; k < A->nm; k++) {
		const mention *o = &A->m[k];
		if (o->t1 <= m->t0 && A->t[o->t0].sent == sent &&
		    (o->type == M_ORG || o->type == M_NAME || o->type == M_PRODUCT) &&
		    o->valid && (!p || o->t1 > p->t1))
			p = o;
	}
	if (!p || A->s[A->t[p->t1 - 1].b] != ',' || m->t0 - p->t1 > 8)
		return m;
	for (t = p->t1; t < m->t0; t++)
		if (A->s[A->t[t].b] == ',')
			return m;
	return p;
}

/* The name after "for" that follows an amount ("$2.2bn for hospital
** software firm Brightline"), a few describing words allowed between. */
static const mention *deal_target(const actx *A, const where *w)
{
	size_t t, k;

	if (w->c1 >= A->nt || A->t[w->c1].sent != A->t[w->c0].sent ||
	    !is_word(A, w->c1, "for"))
		return NULL;
	for (t = w->c1 + 1; t < w->c1 + 6 && t < A->nt &&
	                    A->t[t].sent == A->t[w->c0].sent; t++) {
		for (k = 0; k < A->nm; k++) {
			const mention *m = &A->m[k];
			if (m->t0 == t && m->valid &&
			    (m->type == M_ORG || m->type == M_NAME ||
			     m->type == M_PRODUCT))
				return m;
		}
		if (A->t[t].cap || A->s[A->t[t].b] == ',')
			break; /* a capitalised word no name starts: stop */
	}
	return NULL;
}

static void subject_of(actx *A, const xc_claim *c, const where *w,
                       xc_attr *at)
{
	const mention *m = NULL;
	const char *how = "lexicon";

	if (c->kind == XC_KIND_RATIO) {
		m = nearest_mention(A, w, w->s0, w->s1, 0xf, true, false, at->ref);
		if (!m)
			m = nearest_mention(A, w, w->s0, w->s1, 1u << M_PRODUCT, false,
			                    true, at->ref);
	} else {
		/* "its fleet of 310 aircraft", "the company's shares fell 6%";
		** "the county expects $1.4 million": the document's main
		** organisation, or its main place */
		if (A->rs->lx_corefer && (A->topic_org[0] || A->topic_place[0])) {
			size_t k = 0, j;
			for (j = w->c0 > w->k0 + 5 ? w->c0 - 5 : w->k0; j < w->c0; j++) {
				const char *p = phrase_at(A, A->rs->lx_corefer, j, &k);
				const char *to = !p ? NULL
				                 : !strcmp(p, "place") ? A->topic_place
				                 : A->topic_org;
				if (to && to[0]) {
					set(at->subject, sizeof at->subject, to);
					set(at->how, sizeof at->how, "topic");
					return;
				}
			}
		}
		m = nearest_mention(A, w, w->k0, w->k1, 1u << M_PRODUCT, true, true,
		                    NULL);
		if (!m)
			m = nearest_mention(A, w, w->s0, w->s1, 1u << M_PRODUCT, true,
			                    false, NULL);
		if (!m)
			m = nearest_mention(A, w, w->s0, w->s1, 0xe, true, false, NULL);
		/* after the figure: only in its clause ("a 12 percent increase,
		** against the 7 percent Brightwater has offered" is not about
		** Brightwater) */
		if (!m)
			m = nearest_mention(A, w, w->k0, w->k1, 0xe, false, true, NULL);
		/* "Marcus Hale, a former executive at Tarrow Bank, was
		** sentenced to seven years": the name the appositive describes */
		if (m && m->t1 <= w->c0)
			m = appositive_head(A, m);
		/* "Halvorsen agreed to pay $2.2 billion for Brightline
		** Software": a deal is known by what is bought */
		if (!strcmp(at->metric, "acquisition")) {
			const mention *tg = deal_target(A, w);
			if (tg)
				m = tg;
		}
		/* "The shares rose 6.4% to $87.15 in New York": where they
		** trade, not whose shares they are */
		if (m && m->t0 >= w->c1 && m->t0 > 0 &&
		    is_word(A, m->t0 - 1, "in") &&
		    !strncmp(at->metric, "share price", 11))
			m = NULL;
	}
	if (m) {
		if (m->type == M_NAME)
			how = "name";
		set(at->subject, sizeof at->subject, m->id);
	} else if (A->topic[0] && strcmp(A->topic, at->ref)) {
		set(at->subject, sizeof at->subject, A->topic);
		how = "topic";
	} else {
		how = "";
	}
	set(at->how, sizeof at->how, how);
}

/* ------------------------------------------------------------ relations */

static bool is_amount(const xc_claim *c)
{
	return c->kind == XC_KIND_MONEY || c->kind == XC_KIND_COUNT ||
	       c->kind == XC_KIND_QUANTITY;
}

static bool units_match(const xc_claim *a, const xc_claim *b)
{
	return a->kind == b->kind &&
	       (!strcmp(a->unit, b->unit) ||
	        (a->kind == XC_KIND_COUNT && (!a->unit[0] || !b->unit[0])));
}

/* Does one of the phrases (space-separated words, '|' between phrases)
** end within the max tokens before token t? */
static bool words_before(const actx *A, size_t t, size_t lo, const char *list,
                         size_t max)
{
	const char *p = list;

	while (*p) {
		const char *e = strchr(p, '|');
		size_t n = e ? (size_t)(e - p) : strlen(p), nw = 1, k, j, st;
		char ph[64];
		if (n >= sizeof ph)
			n = sizeof ph - 1;
		memcpy(ph, p, n);
		ph[n] = 0;
		for (k = 0; k < n; k++)
			nw += ph[k] == ' ';
		for (st = t; st-- > lo && t - st <= max + nw;) {
			/* words st..st+nw-1 equal the phrase? */
			const char *q = ph;
			bool ok = st + nw <= t;
			for (j = 0; ok && j < nw; j++) {
				const char *sp = strchr(q, ' ');
				size_t wl = sp ? (size_t)(sp - q) : strlen(q);
				const tok *tk = &A->t[st + j];
				ok = tk->b - tk->a == wl && !strncasecmp(A->s + tk->a, q, wl);
				q = sp ? sp + 1 : q + wl;
			}
			if (ok)
				return true;
		}
		p = e ? e + 1 : p + n;
	}
	return false;
}

/* Stated arithmetic inside the document, for the reconciler to check:
**  - a change: "up 8% from 38.1 million" with the new amount before it
**    ("41.2 million passengers last year, up 8% from 38.1 million");
**  - a share of an amount: "a 25% levy ... a price of $27,000, that works
**    out to $6,750";
**  - a part of a total: "Of the total, 40 billion yuan will go to ...". */
static void find_relations(actx *A, const xc_claim *c, const where *ws,
                           size_t n, xc_attr *at)
{
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		const where *w = &ws[i];
		at[i].rel = XC_REL_NONE;
		at[i].rel_a = at[i].rel_b = -1;
		if (w->c0 >= A->nt)
			continue;
		if (c[i].kind == XC_KIND_PERCENT && !strcmp(c[i].unit, "%") &&
		    xc_is_change_metric(at[i].metric)) {
			/* the old amount: after "from" in the same sentence */
			for (j = 0; j < n; j++)
				if (ws[j].s0 == w->s0 && is_amount(&c[j]) &&
				    ws[j].c0 > 0 && is_word(A, ws[j].c0 - 1, "from"))
					break;
			if (j == n)
				continue;
			/* the new one: the nearest amount of that unit before it, in
			** the same or the previous sentence */
			for (k = j; k-- > 0;) {
				size_t sk = A->t[ws[k].s0].sent, sj = A->t[ws[j].s0].sent;
				if (sj - sk > 1)
					break;
				if ((long)k == c[j].pair || !units_match(&c[k], &c[j]))
					continue;
				at[i].rel = XC_REL_CHANGE;
				at[i].rel_a = (int)j;
				at[i].rel_b = (int)k;
				break;
			}
		} else if (is_amount(&c[i]) &&
		           words_before(A, w->c0, w->k0, "works out to|comes to|"
		                        "amounts to|equal to|equals|that is", 1)) {
			long p = -1, x = -1;
			for (k = i; k-- > 0;) {
				size_t sk = A->t[ws[k].s0].sent, si = A->t[w->s0].sent;
				if (si - sk > 1)
					break;
				if (c[k].kind == XC_KIND_PERCENT && !strcmp(c[k].unit, "%") &&
				    p < 0)
					p = (long)k;
				if (x < 0 && sk == si && units_match(&c[k], &c[i]) &&
				    (long)k != c[i].pair)
					x = (long)k;
			}
			if (p >= 0 && x >= 0) {
				at[i].rel = XC_REL_PCTOF;
				at[i].rel_a = (int)p;
				at[i].rel_b = (int)x;
			}
		} else if (c[i].kind == XC_KIND_RATIO && !at[i].ref[0] &&
		           c[i].has_value && c[i].value > 0) {
			/* "$20 billion, four times the $5 billion of a year ago" */
			long x = -1, y = -1;
			for (k = i; k-- > 0 && ws[k].s0 == w->s0;)
				if (is_amount(&c[k]) && (long)k != c[i].pair) {
					x = (long)k;
					break;
				}
			for (k = i + 1; k < n && ws[k].s0 == w->s0 && ws[k].c0 < w->k1; k++)
				if (is_amount(&c[k])) {
					y = (long)k;
					break;
				}
			if (x >= 0 && y >= 0 && units_match(&c[x], &c[y]) &&
			    ws[y].c0 <= w->c1 + 2) {
				at[i].rel = XC_REL_TIMES;
				at[i].rel_a = (int)x;
				at[i].rel_b = (int)y;
			}
		} else if (is_amount(&c[i]) &&
		           words_before(A, w->c0, w->s0, "of the total|of which|"
		                        "of that|of this", 3)) {
			for (k = i; k-- > 0;) {
				size_t sk = A->t[ws[k].s0].sent, si = A->t[w->s0].sent;
				if (si - sk > 3)
					break;
				if (sk < si && units_match(&c[k], &c[i])) {
					at[i].rel = XC_REL_PART;
					at[i].rel_a = (int)k;
					break;
				}
			}
		}
	}
}

/* Shares of one total listed in one sentence ("Alibaba accounted for 45%
** of the orders, ByteDance for 40% and Tencent for 25%"): when a sentence
** holds a share and other plain percentages, they are linked to the first
** so the reconciler can add them up. */
static void find_shares(actx *A, const xc_claim *c, const where *ws,
                        size_t n, xc_attr *at)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		size_t cnt = 0;
		bool share = false;
		bool first = true;
		if (ws[i].c0 >= A->nt || c[i].kind != XC_KIND_PERCENT ||
		    strcmp(c[i].unit, "%") || at[i].rel != XC_REL_NONE)
			continue;
		/* only from the first percentage of a sentence */
		for (j = i; j-- > 0 && ws[j].s0 == ws[i].s0;)
			if (c[j].kind == XC_KIND_PERCENT)
				first = false;
		if (!first)
			continue;
		for (j = i; j < n && ws[j].s0 == ws[i].s0; j++) {
			if (c[j].kind != XC_KIND_PERCENT || strcmp(c[j].unit, "%") ||
			    xc_is_change_metric(at[j].metric))
				continue;
			cnt++;
			share |= !strcmp(at[j].metric, "share") ||
			         !strcmp(at[j].metric, "market share");
		}
		if (cnt < 2 || !share)
			continue;
		for (j = i; j < n && ws[j].s0 == ws[i].s0; j++)
			if (c[j].kind == XC_KIND_PERCENT && !strcmp(c[j].unit, "%") &&
			    !xc_is_change_metric(at[j].metric) && at[j].rel == XC_REL_NONE) {
				at[j].rel = XC_REL_SHARES;
				at[j].rel_a = (int)i;
			}
	}
}

static bool parse_date(const char *p, int *y, int *m, int *d)
{
	if (!p || strlen(p) < 10 || p[4] != '-' || p[7] != '-')
		return false;
	*y = atoi(p);
	*m = atoi(p + 5);
	*d = atoi(p + 8);
	return *y > 1000 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

/* --------------------------------------------------------- context words */

/* Is token i a word worth comparing: lowercase (or a capitalised first
** word), not a name, number, scale, hedge, period or function word? */
static bool context_word(const actx *A, size_t i)
{
	const tok *t = &A->t[i];
	const xc_ruleset *rs = A->rs;
	const char *w = A->s + t->a;
	size_t n = t->stem - t->a, k;

	if (n < 3 || n > 24 || t->digits || (t->cap && !t->first))
		return false;
	for (k = 0; k < n; k++)
		if (!xc_is_alpha((unsigned char)w[k]) && w[k] != '-')
			return false;
	if ((rs->lx_stopword && xc_lex_find(rs->lx_stopword, w, n)) ||
	    (rs->lx_num && xc_lex_find(rs->lx_num, w, n)) ||
	    (rs->lx_scale && xc_lex_find(rs->lx_scale, w, n)) ||
	    (rs->lx_period && xc_lex_find(rs->lx_period, w, n)) ||
	    (rs->lx_unit && xc_lex_find(rs->lx_unit, w, n)) ||
	    xc_hedge(rs, w, n) || xc_wordset_has(&rs->hedge_ends, w, n))
		return false;
	return true;
}

/* Appends token i's word to the context list out (once, lowercase,
** singular) unless it is full; false when full. */
static bool context_add(actx *A, size_t i, char *out, size_t cap,
                        size_t *used, size_t *n)
{
	char word[XC_UNIT_MAX];
	size_t k, wl;
	const char *p = out;

	if (*n >= 12)
		return false;
	if (!context_word(A, i))
		return true;
	xc_singular(A->rs, A->s + A->t[i].a, A->t[i].stem - A->t[i].a, word);
	wl = strlen(word);
	for (k = 0; k < wl; k++)
		word[k] = xc_lower(word[k]);
	while ((p = strstr(p, word))) {
		if ((p == out || p[-1] == ' ') && (p[wl] == ' ' || p[wl] == 0))
			return true; /* already there */
		p += wl;
	}
	if (*used + wl + 2 > cap)
		return false;
	if (*used)
		out[(*used)++] = ' ';
	memcpy(out + *used, word, wl + 1);
	*used += wl;
	(*n)++;
	return true;
}

/* The content words of claim w's statement into out: the figure's own
** (the thing counted), then outwards, nearest first, so a long sentence
** keeps the words near the figure. */
static void context_of(actx *A, const where *w, char *out, size_t cap)
{
	size_t lo = w->s0, hi = w->s1, used = 0, n = 0, i, d;
	bool room = true;

	out[0] = 0;
	statement(A, w, &lo, &hi);
	for (i = w->c0; i < w->c1 && i < A->nt && room; i++)
		room = context_add(A, i, out, cap, &used, &n);
	for (d = 1; room; d++) {
		bool any = false;
		if (w->c0 >= lo + d) {
			any = true;
			room = context_add(A, w->c0 - d, out, cap, &used, &n);
		}
		if (room && w->c1 - 1 + d < hi) {
			any = true;
			room = context_add(A, w->c1 - 1 + d, out, cap, &used, &n);
		}
		if (!any)
			break;
	}
}

xc_status xc_attribute(const xc_ruleset *rs, const char *s, size_t len,
                       const xc_span *sent, size_t nsent, const xc_claim *c,
                       const xc_span *nspan, size_t n, const char *published,
                       xc_attr *attrs)
{
	actx A;
	where *ws = NULL;
	size_t i, tlo = 0;
	xc_status st = XC_OK;

	memset(&A, 0, sizeof A);
	A.rs = rs;
	A.s = s;
	A.len = len;
	if (n == 0)
		return XC_OK;
	memset(attrs, 0, n * sizeof *attrs);
	if (!parse_date(published, &A.pub_y, &A.pub_m, &A.pub_d))
		A.pub_y = A.pub_m = A.pub_d = 0;
	if ((st = tokenize(&A, sent, nsent)))
		goto out;
	/* without it (no memory) phrases are looked up each time */
	A.memo = calloc(A.nalias ? A.nalias * PL_N : 1, sizeof *A.memo);
	if ((st = find_mentions(&A)) || (st = find_cues(&A)))
		goto out;
	/* a capitalised word inside a figure ("24 GWh", "400,000 H200s") is
	** its unit or the thing counted, not a name near it */
	for (i = 0; i < A.nm; i++)
		if (A.m[i].type == M_NAME) {
			size_t k;
			for (k = 0; k < n; k++)
				if (A.t[A.m[i].t0].a < nspan[k].end &&
				    A.t[A.m[i].t1 - 1].b > nspan[k].start) {
					A.m[i].valid = 0;
					break;
				}
		}
	find_topics(&A);
	ws = calloc(n, sizeof *ws);
	if (!ws) {
		st = XC_ENOMEM;
		goto out;
	}
	for (i = 0; i < n; i++)
		locate(&A, &nspan[i], &tlo, &ws[i]);
	A.ws = ws;
	A.cl = c;
	A.nws = n;
	for (i = 0; i < n; i++) {
		xc_attr *at = &attrs[i];
		const where *w = &ws[i];
		const char *sc;
		bool from = w->c0 > w->s0 && is_word(&A, w->c0 - 1, "from");

		if (c[i].kind > XC_KIND_QUANTITY || w->c0 >= A.nt)
			continue;
		/* "compared with 28 last year": as after "from" (elided.lex) */
		if (!from && w->c0 > w->s0 && rs->lx_elided) {
			const char *cls = NULL;
			if (xc_lex_before(rs->lx_elided, A.s, A.t[w->s0].a,
			                  A.t[w->c0 - 1].b, &cls) != (size_t)-1 &&
			    !strcmp(cls, "compare"))
				from = true;
		}
		if (c[i].kind == XC_KIND_RATIO) {
			canon_ref(&A, c[i].ref, at->ref, sizeof at->ref);
			/* "3x faster": recorded with its reading */
			if (w->c1 < w->s1 && rs->lx_comparative && c[i].value > 1) {
				const tok *t = &A.t[w->c1];
				const char *cmp = xc_lex_find(rs->lx_comparative,
				                              A.s + t->a, t->b - t->a);
				if (cmp)
					set(at->reading, sizeof at->reading, cmp);
			}
		}
		metric_of(&A, c, ws, i, n, at);
		/* "will add 60 beds", "95 new positions": an addition, not the
		** total */
		if (c[i].kind == XC_KIND_COUNT && at->metric[0] && rs->lx_increment) {
			size_t k;
			for (k = w->c0 > w->k0 + 3 ? w->c0 - 3 : w->k0; k < w->c1; k++) {
				const tok *t = &A.t[k];
				if (xc_lex_find(rs->lx_increment, A.s + t->a, t->b - t->a) &&
				    !t->cap) {
					size_t l = strlen(at->metric);
					if (l + 7 < sizeof at->metric)
						memcpy(at->metric + l, " added", 7);
					break;
				}
			}
		}
		/* "will cut 1,800 jobs", "lay off about 1,800 employees": a cut
		** from the total, not the total (decrement.lex) */
		if (c[i].kind == XC_KIND_COUNT && at->metric[0] && rs->lx_decrement &&
		    cut_from_total(&A, w) && strlen(at->metric) + 5 < sizeof at->metric)
			memcpy(at->metric + strlen(at->metric), " cut", 5);
		if (c[i].kind == XC_KIND_MONEY && rs->lx_increment &&
		    w->c0 > w->k0) {
			/* "a further €5 million in add-ons", "an additional $3
			** million": an amount added to another, not a total */
			const char *p = tok_lex(&A, rs->lx_increment, w->c0 - 1);
			if (p && !strcmp(p, "more")) {
				size_t l = strlen(at->metric);
				snprintf(at->metric + l, sizeof at->metric - l, "%sadded",
				         l ? " " : "");
			}
		}
		subject_of(&A, &c[i], w, at);
		period_of(&A, w, xc_is_change_metric(at->metric), at->period,
		          sizeof at->period);
		context_of(&A, w, at->context, sizeof at->context);
		sc = nearest_phrase(&A, rs->lx_scope, w, w->k0, w->k1, true, true,
		                    NULL);
		set(at->scope, sizeof at->scope, sc && strcmp(sc, "-") ? sc : NULL);
		/* "up from $590 million", "compared with 28": an earlier
		** period than the previous figure's, and, when no metric word
		** names it, that figure's subject and metric ("eased to 3.1%
		** from 3.4%" names inflation for both) */
		if (from && i > 0 && ws[i - 1].s0 == w->s0 && attrs[i - 1].metric[0] &&
		    c[i - 1].kind == c[i].kind) {
			if (!nearest_phrase(&A, rs->lx_metric, w, w->k0, w->k1, false,
			                    false, NULL)) {
				set(at->subject, sizeof at->subject, attrs[i - 1].subject);
				set(at->metric, sizeof at->metric, attrs[i - 1].metric);
				set(at->scope, sizeof at->scope, attrs[i - 1].scope);
				set(at->how, sizeof at->how, "inherited");
			}
			if (!at->period[0] || !strcmp(at->period, attrs[i - 1].period))
				set(at->period, sizeof at->period, "prior");
		}
	}
	find_relations(&A, c, ws, n, attrs);
	find_shares(&A, c, ws, n, attrs);
	/* a conversion pair states one figure: one set of attributes */
	for (i = 0; i < n; i++)
		if (c[i].pair > (int)i && (size_t)c[i].pair < n) {
			xc_attr *b = &attrs[c[i].pair];
			memcpy(b->subject, attrs[i].subject, sizeof b->subject);
			memcpy(b->metric, attrs[i].metric, sizeof b->metric);
			memcpy(b->period, attrs[i].period, sizeof b->period);
			memcpy(b->scope, attrs[i].scope, sizeof b->scope);
			memcpy(b->how, attrs[i].how, sizeof b->how);
		}
out:
	free(ws);
	free(A.t);
	free(A.memo);
	free(A.m);
	free(A.c);
	return st;
}
