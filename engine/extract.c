/*
** extract.c -- running a ruleset over one document.
**
** The text is normalised (text.c) and split into sentences (segment.c).
** Within each sentence a cheap scan finds trigger positions: bytes that
** some rule can start with (digits, currency signs, '~') where the byte
** before does not glue them to an identifier ("H20", "Phi-3"), and word
** starts whose word is a trigger (hedges, number words, currency codes,
** words named by 'trigger' lines).  Only the rules whose first-byte set
** holds that byte are tried there, anchored, highest priority first; the
** best match (priority, then length, then file order) becomes a claim,
** an excluded span or a bare number, and scanning resumes after it.
** Conversion pairs ("¥100 billion ($13.7 billion)") are linked afterwards.
**
** Matches run under match, depth and heap limits; a rule that keeps
** hitting them in one document is disabled for the rest of it, and the
** caller can list it.  This module never prints.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

struct xc_extractor {
	const xc_ruleset *rs;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit;
	xc_text *text;
	xc_span *sent;
	size_t nsent, capsent;
	xc_claim *claims;
	xc_span *nspan; /* normalised span of each claim */
	size_t n, cap;
	xc_extract_stats stats;
	unsigned *strikes;
	bool *disabled;
	const char **disabled_ids;
	size_t ndisabled;
	PCRE2_SIZE *best_ov;
	PCRE2_SIZE *split_ov;      /* ovector rebuilt for a split rule */
	size_t head_q, head_lim, head_e[3];
	size_t ovn;
	size_t skip_until; /* normalised offset consumed by an earlier match */
	size_t core_from, core_at; /* next figure at or after core_from */
	size_t line_start, line_end; /* the line of the current sentence */
	xc_citation *cites;
	size_t ncites, capcites;
	bool want_cites;
	xc_attr *attrs;
	size_t capattrs;
	xc_buf scratch;
};

xc_status xc_extractor_new(const xc_ruleset *rs, xc_extractor **out)
{
	xc_extractor *x;
	uint32_t maxcap = 0;
	size_t i;

	*out = NULL;
	x = calloc(1, sizeof *x);
	if (!x)
		return XC_ENOMEM;
	x->rs = rs;
	for (i = 0; i < rs->nrules; i++) {
		uint32_t c = 0;
		if (rs->rules[i].re)
			pcre2_pattern_info(rs->rules[i].re, PCRE2_INFO_CAPTURECOUNT, &c);
		if (c > maxcap)
			maxcap = c;
	}
	x->ovn = 2 * ((size_t)maxcap + 1);
	x->md = pcre2_match_data_create(maxcap + 1, NULL);
	x->mctx = pcre2_match_context_create(NULL);
	x->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	x->strikes = calloc(rs->nrules + 1, sizeof *x->strikes);
	x->disabled = calloc(rs->nrules + 1, sizeof *x->disabled);
	x->disabled_ids = calloc(rs->nrules + 1, sizeof *x->disabled_ids);
	x->best_ov = calloc(x->ovn, sizeof *x->best_ov);
	x->split_ov = calloc(x->ovn, sizeof *x->split_ov);
	x->head_q = (size_t)-1;
	xc_buf_init(&x->scratch, 4096);
	if (!x->md || !x->mctx || !x->strikes || !x->disabled ||
	    !x->disabled_ids || !x->best_ov || !x->split_ov) {
		xc_extractor_free(x);
		return XC_ENOMEM;
	}
	pcre2_set_match_limit(x->mctx, XC_MATCH_LIMIT);
	pcre2_set_depth_limit(x->mctx, XC_DEPTH_LIMIT);
	pcre2_set_heap_limit(x->mctx, XC_HEAP_LIMIT);
	if (x->jit)
		pcre2_jit_stack_assign(x->mctx, NULL, x->jit);
	*out = x;
	return XC_OK;
}

void xc_extractor_free(xc_extractor *x)
{
	if (!x)
		return;
	pcre2_match_data_free(x->md);
	pcre2_match_context_free(x->mctx);
	pcre2_jit_stack_free(x->jit);
	xc_text_free(x->text);
	free(x->sent);
	free(x->claims);
	free(x->nspan);
	free(x->strikes);
	free(x->disabled);
	free(x->disabled_ids);
	free(x->best_ov);
	free(x->split_ov);
	free(x->cites);
	free(x->attrs);
	xc_buf_release(&x->scratch);
	free(x);
}

const xc_extract_stats *xc_extractor_stats(const xc_extractor *x)
{
	return &x->stats;
}

const xc_text *xc_extractor_text(const xc_extractor *x)
{
	return x->text;
}

void xc_extractor_want_citations(xc_extractor *x, int on)
{
	x->want_cites = on != 0;
}

const xc_citation *xc_extractor_citations(const xc_extractor *x, size_t *n)
{
	*n = x->ncites;
	return x->cites;
}

/* Attribution of a document longer than XC_ATTR_WINDOW, a window of whole
** sentences at a time: each window is attributed as a document of its own
** (its own topic, its own names), with its claims' offsets, conversion
** partners and relations moved to and from it. */
static xc_status attribute_windows(xc_extractor *x, const char *s, size_t len,
                                   const char *published)
{
	size_t si = 0, ci = 0;
	xc_span *sp = malloc(x->nsent * sizeof *sp);
	xc_span *ns = malloc((x->n ? x->n : 1) * sizeof *ns);
	xc_claim *cl = malloc((x->n ? x->n : 1) * sizeof *cl);
	xc_status st = XC_OK;

	if (!sp || !ns || !cl) {
		st = XC_ENOMEM;
		goto out;
	}
	memset(x->attrs, 0, x->n * sizeof *x->attrs);
	for (ci = 0; ci < x->n; ci++)
		x->attrs[ci].rel_a = x->attrs[ci].rel_b = -1;
	ci = 0;
	while (!st && si < x->nsent) {
		size_t ws = x->sent[si].start, we, s1 = si, c1 = ci, k;
		while (s1 < x->nsent && (s1 == si ||
		                         x->sent[s1].end - ws <= XC_ATTR_WINDOW))
			s1++;
		we = s1 < x->nsent ? x->sent[s1].start : len;
		while (c1 < x->n && x->nspan[c1].start < we)
			c1++;
		for (k = si; k < s1; k++) {
			sp[k - si].start = x->sent[k].start - ws;
			sp[k - si].end = x->sent[k].end - ws;
		}
		for (k = ci; k < c1; k++) {
			cl[k - ci] = x->claims[k];
			cl[k - ci].pair = x->claims[k].pair >= (int)ci &&
			                          x->claims[k].pair < (int)c1
			                      ? x->claims[k].pair - (int)ci
			                      : -1;
			ns[k - ci].start = x->nspan[k].start >= ws ? x->nspan[k].start - ws : 0;
			ns[k - ci].end = x->nspan[k].end - ws;
		}
		st = xc_attribute(x->rs, s + ws, we - ws, sp, s1 - si, cl, ns,
		                  c1 - ci, published, x->attrs + ci);
		for (k = ci; !st && k < c1; k++) {
			if (x->attrs[k].rel_a >= 0)
				x->attrs[k].rel_a += (int)ci;
			if (x->attrs[k].rel_b >= 0)
				x->attrs[k].rel_b += (int)ci;
		}
		si = s1;
		ci = c1;
	}
out:
	free(sp);
	free(ns);
	free(cl);
	return st;
}

xc_status xc_extractor_attribute(xc_extractor *x, const char *published,
                                 const xc_attr **attrs)
{
	const char *s;
	size_t len;

	*attrs = NULL;
	if (!x->text)
		return XC_EINVAL;
	if (x->n > x->capattrs) {
		xc_attr *a = realloc(x->attrs, x->n * sizeof *a);
		if (!a)
			return XC_ENOMEM;
		x->attrs = a;
		x->capattrs = x->n;
	}
	xc_status st;
	size_t i, j;

	s = xc_text_norm(x->text, &len);
	*attrs = x->attrs;
	st = len <= XC_ATTR_WINDOW
	         ? xc_attribute(x->rs, s, len, x->sent, x->nsent, x->claims,
	                        x->nspan, x->n, published, x->attrs)
	         : attribute_windows(x, s, len, published);
	/* a figure inside an attribution ("three people familiar with the
	** purchases") counts sources, not the story's metric; both lists are
	** in text order, and a citation holds no other */
	for (i = 0, j = 0; !st && i < x->n; i++) {
		while (j < x->ncites && x->cites[j].end <= x->claims[i].start)
			j++;
		if (j < x->ncites && x->claims[i].start >= x->cites[j].start &&
		    x->claims[i].end <= x->cites[j].end)
			snprintf(x->attrs[i].metric, sizeof x->attrs[i].metric,
			         "sources");
	}
	return st;
}

const char *const *xc_extractor_disabled(const xc_extractor *x)
{
	return x->disabled_ids;
}

/* ------------------------------------------------------------ claims */

static bool grp(const PCRE2_SIZE *ov, int g, size_t *a, size_t *b)
{
	if (g <= 0 || ov[2 * g] == PCRE2_UNSET)
		return false;
	*a = ov[2 * g];
	*b = ov[2 * g + 1];
	return *b > *a;
}

/* Parse "num [scale]" from two groups; exact for decimal scales. */
static bool parse_num(xc_extractor *x, const char *s, size_t a, size_t b,
                      const char *scale, size_t sl, xc_number *out)
{
	xc_buf_reset(&x->scratch);
	if (xc_buf_add(&x->scratch, s + a, b - a))
		return false;
	if (sl && (xc_buf_addc(&x->scratch, ' ') ||
	           xc_buf_add(&x->scratch, scale, sl)))
		return false;
	return xc_number_parse(x->rs, x->scratch.p, x->scratch.len, out) == XC_OK;
}

static void copy_field(char *dst, size_t cap, const char *s, size_t len)
{
	if (len >= cap)
		len = cap - 1;
	memcpy(dst, s, len);
	dst[len] = '\0';
}

/* The word before position e, at or after lo: sets [*a, *b). */
static bool word_before(const char *s, size_t lo, size_t e, size_t *a,
                        size_t *b)
{
	while (e > lo && xc_is_space((unsigned char)s[e - 1]))
		e--;
	*b = e;
	while (e > lo && xc_is_alpha((unsigned char)s[e - 1]))
		e--;
	*a = e;
	return *b > *a && (e == lo || !xc_is_alnum((unsigned char)s[e - 1]));
}

/* Is the word before position e (at or after lo) a change word ("up",
** "rose"; lexicon change.lex)? */
static bool change_word_before(const xc_ruleset *rs, const char *s, size_t lo,
                               size_t e)
{
	size_t a, b;

	return rs->lx_change && word_before(s, lo, e, &a, &b) &&
	       xc_lex_find(rs->lx_change, s + a, b - a) != NULL;
}

/* "rose from $10 million to $20 million", "grew by $3 million to $45
** million": where a figure started and where it ended (or by how much it
** changed and where it ended), two figures rather than a range.  After
** "by", only when the second is at least three times the first: "rise by
** 3% to 5%" is a range of changes. */
static bool change_not_range(const xc_ruleset *rs, const char *s, size_t lo,
                             size_t q, double first, double second)
{
	size_t a, b;

	if (!word_before(s, lo, q, &a, &b))
		return false;
	if (b - a == 2 && !strncasecmp(s + a, "by", 2))
		return second >= 3 * first;
	if (b - a == 4 && !strncasecmp(s + a, "from", 4))
		return change_word_before(rs, s, lo, a);
	return false;
}

/* "a 12% pay rise over three years", "$2 billion over five years": "over"
** before a duration says across it, not more than it -- unless a word of
** the span lexicon's "bound" line comes before ("for over a year", "took
** over three hours").  hs..q is the hedge found before the match. */
static bool over_span(const xc_ruleset *rs, const xc_rule *r,
                      const PCRE2_SIZE *ov, const char *s, size_t lo,
                      size_t hs, size_t q)
{
	size_t a, b, e = q;
	const char *u, *k;

	while (e > hs && xc_is_space((unsigned char)s[e - 1]))
		e--;
	if (r->kind != XC_KIND_QUANTITY || !rs->lx_span || e - hs != 4 ||
	    strncasecmp(s + hs, "over", 4) || !grp(ov, r->g_unit, &a, &b))
		return false;
	u = xc_lex_find(rs->lx_unit, s + a, b - a);
	if (!u || !(k = xc_lex_find(rs->lx_span, u, strlen(u))) ||
	    strcmp(k, "unit"))
		return false;
	if (!word_before(s, lo, hs, &a, &b))
		return true;
	k = xc_lex_find(rs->lx_span, s + a, b - a);
	return !k || strcmp(k, "bound");
}

/* The product of the scale words in [a, b) ("hundreds of thousands" is
** 1e5; "of" and "the" are passed over), 1 when there are none, 0 when a
** word is no scale word. */
static double scale_product(const xc_ruleset *rs, const char *s, size_t a,
                            size_t b)
{
	double m = 1;

	while (a < b) {
		size_t e = a;
		const char *v;
		if (!xc_is_alpha((unsigned char)s[a])) {
			a++;
			continue;
		}
		while (e < b && xc_is_alpha((unsigned char)s[e]))
			e++;
		if (!((e - a == 2 && !strncasecmp(s + a, "of", 2)) ||
		      (e - a == 3 && !strncasecmp(s + a, "the", 3)))) {
			v = rs->lx_scale ? xc_lex_find(rs->lx_scale, s + a, e - a) : NULL;
			if (!v)
				return 0;
			m *= strtod(v, NULL);
		}
		a = e;
	}
	return m;
}

static xc_status push_claim(xc_extractor *x, const xc_rule *r,
                            const PCRE2_SIZE *ov, size_t q, size_t e,
                            const xc_span *sent)
{
	const xc_ruleset *rs = x->rs;
	size_t a, b, sa, sb;
	const char *s = xc_text_norm(x->text, NULL);
	xc_claim *c;
	const char *hedge = NULL;
	bool ok = true;
	size_t q0 = q; /* the match, before a hedge widens it */

	while (e > q && xc_is_space((unsigned char)s[e - 1]))
		e--;
	if (x->n == x->cap) {
		size_t nc = x->cap ? x->cap * 2 : 256;
		xc_claim *ncl = realloc(x->claims, nc * sizeof *ncl);
		xc_span *nsp;
		if (!ncl)
			return XC_ENOMEM;
		x->claims = ncl;
		nsp = realloc(x->nspan, nc * sizeof *nsp);
		if (!nsp)
			return XC_ENOMEM;
		x->nspan = nsp;
		x->cap = nc;
	}
	c = &x->claims[x->n];
	memset(c, 0, sizeof *c);
	c->pair = -1;
	c->rule = r->id;
	c->kind = r->exclude ? XC_KIND_EXCLUDED : r->kind;
	c->start = xc_text_orig(x->text, q, 0);
	c->end = xc_text_orig(x->text, e, 1);
	c->sent_start = xc_text_orig(x->text, sent->start, 0);
	/* an exclusion may run past its sentence to the end of the line */
	c->sent_end = xc_text_orig(x->text, e > sent->end ? e : sent->end, 1);
	x->nspan[x->n] = (xc_span){ q, e };

	/* hedge: leading group, a hedge word right before the match, a
	** trailing group ("or more", "+"), or fixed */
	if (grp(ov, r->g_hedge, &a, &b))
		hedge = xc_hedge(rs, s + a, b - a);
	if (!hedge && !r->exclude) {
		size_t lo = x->skip_until > sent->start ? x->skip_until : sent->start;
		size_t hs = xc_hedge_before(rs, s, lo, q, &hedge);
		if (hs != (size_t)-1 && over_span(rs, r, ov, s, lo, hs, q)) {
			hs = (size_t)-1; /* "a pay rise over three years" */
			hedge = NULL;
		}
		if (hs != (size_t)-1) {
			q = hs;
			c->start = xc_text_orig(x->text, q, 0);
			x->nspan[x->n].start = q;
			if (r->hedged_kind >= 0)
				c->kind = (xc_kind)r->hedged_kind;
		}
	}
	if (!hedge && grp(ov, r->g_hedge2, &a, &b))
		hedge = xc_hedge(rs, s + a, b - a);
	if (!hedge && grp(ov, r->g_plus, &a, &b))
		hedge = "lower";
	if (!hedge && r->set_hedge)
		hedge = r->set_hedge;
	if (grp(ov, r->g_approx, &a, &b))
		c->approx = 1;
	c->hedge = hedge;

	/* the figure: a point, a range, or a fixed value */
	sa = sb = 0;
	grp(ov, r->g_scale, &sa, &sb);
	if (r->g_lo && r->g_hi && grp(ov, r->g_lo, &a, &b)) {
		xc_number lo, hi, lo_bare;
		size_t ha, hb, la = 0, lb = 0;
		bool lo_scaled = grp(ov, r->g_scale_lo, &la, &lb);
		ok = grp(ov, r->g_hi, &ha, &hb) &&
		     parse_num(x, s, ha, hb, s + sa, sb - sa, &hi) &&
		     parse_num(x, s, a, b, s + la, lb - la, &lo_bare);
		if (ok) {
			lo = lo_bare;
			/* carry the scale word to the low end unless that makes it
			** exceed the high end ("700,000 to 2 million") */
			if (!lo_scaled && sb > sa &&
			    parse_num(x, s, a, b, s + sa, sb - sa, &lo) &&
			    lo.value > hi.value)
				lo = lo_bare;
			if (lo.value > hi.value)
				return XC_EINVAL; /* "voted 7-2": a tally, not a range */
			if (change_not_range(rs, s, sent->start, q0, lo.value,
			                     hi.value))
				return XC_EINVAL; /* "rose from 10 to 20" */
			c->low = r->set_offset + lo.value * r->set_factor;
			c->high = r->set_offset + hi.value * r->set_factor;
			if (c->low > c->high) { /* a negative factor turns it round */
				double t = c->low;
				c->low = c->high;
				c->high = t;
			}
			c->has_low = c->has_high = 1;
			c->precision = fabs(fmin(lo.precision, hi.precision) *
			                    r->set_factor);
		}
	} else if (grp(ov, r->g_num, &a, &b)) {
		xc_number v;
		ok = parse_num(x, s, a, b, s + sa, sb - sa, &v);
		if (ok && grp(ov, r->g_minor, &a, &b)) {
			/* "$20 and 43c": the minor part is hundredths */
			xc_number m;
			ok = parse_num(x, s, a, b, NULL, 0, &m) && m.value >= 0 &&
			     m.value < 100;
			if (ok) {
				v.value += m.value / 100;
				v.precision = 0.01;
			}
		}
		if (ok && grp(ov, r->g_den, &a, &b)) {
			/* "one in five": the figure over a denominator, as precise
			** as the denominator's printed unit allows */
			xc_number d;
			ok = parse_num(x, s, a, b, NULL, 0, &d) && d.value >= 1 &&
			     v.value < d.value; /* a share: "12 in six boxes" is not */
			if (ok) {
				double h = d.precision / 2;
				v.precision = v.value / (d.value - h) - v.value / (d.value + h);
				v.value /= d.value;
			}
		}
		if (ok) {
			c->value = r->set_offset + v.value * r->set_factor;
			c->precision = fabs(v.precision * r->set_factor);
			c->has_value = 1;
		}
	} else if (r->has_set_range) {
		/* "hundreds of thousands": the rule's range times the scale words
		** it captured, approximate; printed to the scale */
		double m = scale_product(rs, s, sa, sb);
		ok = m > 0;
		if (ok) {
			c->low = r->set_offset + r->set_low * m * r->set_factor;
			c->high = r->set_offset + r->set_high * m * r->set_factor;
			c->has_low = c->has_high = 1;
			c->approx = 1;
			c->precision = fabs(m * r->set_factor);
		}
	} else if (r->has_set_value) {
		c->value = r->set_offset + r->set_value * r->set_factor;
		c->precision = fabs(r->set_value * r->set_factor);
		c->has_value = 1;
	} else if (!r->exclude) {
		ok = false;
	}
	if (!ok && !r->exclude)
		return XC_EINVAL; /* the rule matched something not a number */

	if (c->has_value) {
		c->low = c->high = c->value;
		c->has_low = c->has_high = 1;
	}
	if (hedge && r->set_factor < 0) {
		/* "more than 60% slower" is at most 0.4 of the other */
		if (!strcmp(hedge, "lower"))
			hedge = "upper";
		else if (!strcmp(hedge, "upper"))
			hedge = "lower";
		else if (!strcmp(hedge, "nearly"))
			hedge = "approx"; /* "nearly 60% slower": about 0.4, or more */
		c->hedge = hedge;
	}
	if (hedge && (c->has_value || (c->has_low && c->has_high))) {
		if (!strcmp(hedge, "lower")) {
			c->has_high = 0;
			c->high = 0;
		} else if (!strcmp(hedge, "upper")) {
			c->has_low = 0;
			c->low = 0;
		} else if (!strcmp(hedge, "nearly")) {
			c->has_low = 0;
			c->low = 0;
			c->approx = 1;
		} else if (!strcmp(hedge, "approx")) {
			c->approx = 1;
		}
	}

	/* unit */
	switch (c->kind) {
	case XC_KIND_MONEY: {
		const char *code = NULL;
		if (grp(ov, r->g_cur, &a, &b))
			code = xc_currency(rs, s + a, b - a);
		if (!code && grp(ov, r->g_cur2, &a, &b))
			code = xc_currency(rs, s + a, b - a);
		if (!code)
			code = r->set_cur ? r->set_cur : "XXX";
		copy_field(c->unit, sizeof c->unit, code, strlen(code));
		break;
	}
	case XC_KIND_PERCENT:
		copy_field(c->unit, sizeof c->unit, r->set_unit ? r->set_unit : "%",
		           strlen(r->set_unit ? r->set_unit : "%"));
		break;
	case XC_KIND_RATIO:
		copy_field(c->unit, sizeof c->unit, r->set_unit ? r->set_unit : "x",
		           strlen(r->set_unit ? r->set_unit : "x"));
		break;
	case XC_KIND_COUNT:
		if (grp(ov, r->g_unit, &a, &b))
			xc_singular(rs, s + a, b - a, c->unit);
		else if (r->set_unit)
			copy_field(c->unit, sizeof c->unit, r->set_unit,
			           strlen(r->set_unit));
		break;
	case XC_KIND_QUANTITY:
		if (grp(ov, r->g_unit, &a, &b)) {
			const char *u = xc_lex_find(rs->lx_unit, s + a, b - a);
			if (u)
				copy_field(c->unit, sizeof c->unit, u, strlen(u));
			else
				copy_field(c->unit, sizeof c->unit, s + a, b - a);
		} else if (r->set_unit) {
			copy_field(c->unit, sizeof c->unit, r->set_unit,
			           strlen(r->set_unit));
		}
		break;
	default:
		break;
	}
	if (grp(ov, r->g_ref, &a, &b))
		copy_field(c->ref, sizeof c->ref, s + a, b - a);

	x->n++;
	x->stats.numbers++;
	if (c->kind == XC_KIND_EXCLUDED)
		x->stats.excluded++;
	else if (c->kind != XC_KIND_NUMBER)
		x->stats.claims++;
	return XC_OK;
}

/* ------------------------------------------------------------ scanning */

static size_t char_floor(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* The left context of q a 'before' pattern sees: the rule's window of
** bytes back, never past the start of the line (\G is where it starts). */
static bool before_ok(xc_extractor *x, const xc_rule *r, const char *s,
                      size_t q)
{
	size_t from = q > x->line_start + r->window ? q - r->window
	                                            : x->line_start;
	int rc;

	from = char_floor(s, from);
	rc = pcre2_match(r->before, (PCRE2_SPTR)s, q, from, PCRE2_NO_UTF_CHECK,
	                 x->md, x->mctx);
	return rc > 0;
}

static void strike(xc_extractor *x, size_t ri)
{
	x->stats.limit_hits++;
	if (++x->strikes[ri] >= XC_LIMIT_STRIKES && !x->disabled[ri]) {
		x->disabled[ri] = true;
		x->disabled_ids[x->ndisabled++] = x->rs->rules[ri].id;
	}
}

static int run(const pcre2_code *re, bool jit, const char *s, size_t lim,
               size_t at, xc_extractor *x)
{
	if (jit)
		return pcre2_jit_match(re, (PCRE2_SPTR)s, lim, at, 0, x->md, x->mctx);
	return pcre2_match(re, (PCRE2_SPTR)s, lim, at, PCRE2_NO_UTF_CHECK, x->md,
	                   x->mctx);
}

/* End of the shared number pattern (AMT or NUMB) at q, or (size_t)-1;
** computed once per position and subject limit. */
static size_t head_end(xc_extractor *x, const char *s, size_t q, size_t lim,
                       int kind)
{
	const xc_ruleset *rs = x->rs;
	int rc;

	if (x->head_q != q || x->head_lim != lim) {
		x->head_q = q;
		x->head_lim = lim;
		x->head_e[XC_SPLIT_AMT] = x->head_e[XC_SPLIT_NUMB] = (size_t)-2;
	}
	if (x->head_e[kind] == (size_t)-2) {
		rc = run(rs->head[kind], rs->head_jit[kind], s, lim, q, x);
		x->head_e[kind] = rc >= 0 ? pcre2_get_ovector_pointer(x->md)[1]
		                          : (size_t)-1;
		if (x->head_e[kind] == q)
			x->head_e[kind] = (size_t)-1;
	}
	return x->head_e[kind];
}

/* The ovector the whole pattern would have given: match [q, tail end),
** the head group [q, he), every other group from the tail. */
static void rebuild_ovector(xc_extractor *x, const xc_rule *r, size_t q,
                            size_t he)
{
	const PCRE2_SIZE *tv = pcre2_get_ovector_pointer(x->md);
	uint32_t tn = pcre2_get_ovector_count(x->md), g;

	x->split_ov[0] = q;
	x->split_ov[1] = tv[1];
	for (g = 1; g <= r->ngroups; g++) {
		bool head = r->head_group && g == (uint32_t)r->head_group;
		int tg = head ? 0 : r->tail_map[g];
		if (head) {
			x->split_ov[2 * g] = q;
			x->split_ov[2 * g + 1] = he;
		} else if (tg > 0 && (uint32_t)tg < tn) {
			x->split_ov[2 * g] = tv[2 * tg];
			x->split_ov[2 * g + 1] = tv[2 * tg + 1];
		} else {
			x->split_ov[2 * g] = x->split_ov[2 * g + 1] = PCRE2_UNSET;
		}
	}
}

/* Try every rule that can start at q; returns the end of the best match
** (0 when none) and its rule in *best. */
static size_t try_at(xc_extractor *x, const char *s, size_t q, size_t lim,
                     size_t xlim, const size_t *skip, size_t nskip,
                     size_t *best)
{
	const xc_ruleset *rs = x->rs;
	unsigned char c = (unsigned char)s[q];
	size_t k, best_end = 0;
	int best_pri = 0;
	bool have = false;

	for (k = 0; k < rs->nby_byte[c]; k++) {
		size_t ri = rs->by_byte[c][k], e;
		const xc_rule *r = &rs->rules[ri];
		int rc;

		if (have && r->priority < best_pri)
			break;
		if (x->disabled[ri])
			continue;
		{
			size_t j;
			for (j = 0; j < nskip && skip[j] != ri; j++)
				;
			if (j < nskip)
				continue; /* its match made no claim: try the next */
		}
		/* an anchored 'before' (\\G...) is cheaper than the pattern */
		if (r->before && r->before_anchored && !before_ok(x, r, s, q))
			continue;
		if (r->split) {
			size_t he = head_end(x, s, q, r->exclude ? xlim : lim, r->split);
			if (he == (size_t)-1)
				continue; /* no number here: no rule of this shape matches */
			if (r->has_peek) {
				size_t j = he, l = r->exclude ? xlim : lim;
				if (r->peek_skip)
					while (j < l && (s[j] == ' ' || s[j] == '\t' ||
					                 s[j] == '\n' || s[j] == '\r' ||
					                 s[j] == '-' || s[j] == '\f' ||
					                 s[j] == '\v'))
						j++;
				if (j < l && !((r->peek[(unsigned char)s[j] / 8] >>
				                ((unsigned char)s[j] % 8)) & 1))
					continue; /* the tail cannot start here */
			}
			rc = run(r->tail, r->tail_jit, s, r->exclude ? xlim : lim, he, x);
			if (rc >= 0)
				rebuild_ovector(x, r, q, he);
		} else {
			rc = run(r->re, r->jit, s, r->exclude ? xlim : lim, q, x);
		}
		if (rc == PCRE2_ERROR_NOMATCH)
			continue;
		if (rc < 0) {
			if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
			    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
				strike(x, ri);
			continue;
		}
		e = r->split ? x->split_ov[1] : pcre2_get_ovector_pointer(x->md)[1];
		if (e <= q || (have && e <= best_end))
			continue;
		{
			/* keep the ovector before 'before' reuses the match data */
			PCRE2_SIZE *ov = r->split ? x->split_ov
			                          : pcre2_get_ovector_pointer(x->md);
			uint32_t n = r->split ? r->ngroups + 1
			                      : pcre2_get_ovector_count(x->md);
			PCRE2_SIZE tmp[2 * 64];
			size_t m = 2 * (size_t)n;
			if (m > x->ovn)
				m = x->ovn;
			if (r->before && !r->before_anchored) {
				if (m > sizeof tmp / sizeof tmp[0])
					m = sizeof tmp / sizeof tmp[0];
				memcpy(tmp, ov, m * sizeof *ov);
				if (!before_ok(x, r, s, q))
					continue;
				ov = tmp;
			}
			memcpy(x->best_ov, ov, m * sizeof *ov);
			if (m < x->ovn)
				memset(x->best_ov + m, 0xFF,
				       (x->ovn - m) * sizeof *x->best_ov);
		}
		have = true;
		best_end = e;
		best_pri = r->priority;
		*best = ri;
	}
	return have ? best_end : 0;
}

/* Position of the next figure (a digit, a currency sign, a number word)
** at or after q in [q, end), or end.  Every claim holds one, so a trigger
** word far from any figure cannot start a claim.  The answer is cached:
** scanning moves forward, so each byte is looked at about once. */
static size_t next_core(xc_extractor *x, const char *s, size_t q,
                        size_t end)
{
	const xc_ruleset *rs = x->rs;
	size_t i;

	if (q >= x->core_from && q <= x->core_at && x->core_at <= end)
		return x->core_at;
	for (i = q; i < end;) {
		unsigned char c = (unsigned char)s[i];
		if (xc_is_digit(c) || c == '$' || (c >= 0x80 && rs->cand_byte[c]))
			break;
		if (xc_is_alpha(c)) {
			size_t w = i;
			while (w < end && xc_is_alpha((unsigned char)s[w]))
				w++;
			if (xc_wordset_maybe(&rs->cores, s + i, w - i) &&
			    xc_wordset_has(&rs->cores, s + i, w - i))
				break;
			i = w;
			continue;
		}
		i++;
	}
	x->core_from = q;
	x->core_at = i;
	return i;
}

/* Does a figure start in [from, from + window] before end? */
static bool core_within(xc_extractor *x, const char *s, size_t from,
                        size_t end, size_t window)
{
	size_t k = next_core(x, s, from, end);

	return k < end && k - from <= window;
}

static bool glued(const char *s, size_t q, size_t start)
{
	unsigned char p;

	if (q == start)
		return false;
	p = (unsigned char)s[q - 1];
	if (xc_is_alnum(p) || p == '_' || p == '.' || p == '/' || p == ':')
		return true;
	/* "Phi-3", "COVID-19" */
	return p == '-' && q - 1 > start && xc_is_alpha((unsigned char)s[q - 2]);
}

static xc_status scan_sentence(xc_extractor *x, const char *s,
                               size_t nlen, const xc_span *sent)
{
	const xc_ruleset *rs = x->rs;
	const uint8_t *cls = rs->cls;
	size_t q = sent->start > x->skip_until ? sent->start : x->skip_until;
	size_t end = sent->end, line_end;
	xc_status st;

	/* the end of the line holding this sentence, cached across sentences
	** so a huge line with many sentences is scanned once */
	if (x->line_end < end) {
		const char *nl = memchr(s + end, '\n', nlen - end);
		size_t ls = sent->start;
		x->line_end = nl ? (size_t)(nl - s) : nlen;
		/* sentences start after the previous line's end, so the line
		** start is at most one line back from here */
		while (ls > 0 && s[ls - 1] != '\n')
			ls--;
		x->line_start = ls;
	}
	line_end = x->line_end;

	while (q < end) {
		unsigned char c;
		size_t next, e, best = 0, lim, xlim;
		bool cand = false;

		while (q < end && cls[(unsigned char)s[q]] == XC_CLS_SKIP)
			q++;
		if (q >= end)
			break;
		c = (unsigned char)s[q];
		next = q + 1;
		switch (cls[c]) {
		case XC_CLS_ALPHA:
			while (next < end && cls[(unsigned char)s[next]] == XC_CLS_ALPHA)
				next++;
			cand = (q == sent->start || !xc_is_alnum((unsigned char)s[q - 1])) &&
			       xc_wordset_maybe(&rs->triggers, s + q, next - q) &&
			       xc_wordset_has(&rs->triggers, s + q, next - q) &&
			       (core_within(x, s, q, end, XC_CORE_WINDOW) ||
			        (rs->always.n &&
			         xc_wordset_has(&rs->always, s + q, next - q)));
			break;
		case XC_CLS_DIGIT:
			while (next < end && xc_is_digit((unsigned char)s[next]))
				next++;
			cand = !glued(s, q, sent->start);
			break;
		default:
			/* a sign or punctuation mark ("$", "~", "(", "-", ".") starts
			** a claim only with a figure right after it */
			cand = core_within(x, s, next, end, XC_SIGN_WINDOW);
			break;
		}
		if (!cand) {
			q = next;
			continue;
		}
		x->stats.candidates++;
		/* claims stay inside their sentence; exclusions may run to the
		** end of the line (a promo line split into "sentences") */
		lim = end - q > XC_MAX_CLAIM ? char_floor(s, q + XC_MAX_CLAIM) : end;
		xlim = line_end - q > XC_MAX_CLAIM ? char_floor(s, q + XC_MAX_CLAIM)
		                                   : line_end;
		/* the best match may still make no claim ("7-2" is no range);
		** then the next best is tried, a few times at most */
		{
			size_t skip[8], nskip = 0;
			st = XC_EINVAL;
			while (nskip < 8 &&
			       (e = try_at(x, s, q, lim, xlim, skip, nskip, &best))) {
				st = push_claim(x, &rs->rules[best], x->best_ov, q, e, sent);
				if (st != XC_EINVAL)
					break;
				skip[nskip++] = best;
			}
			if (st == XC_ENOMEM)
				return st;
			if (st == XC_OK) {
				if (e > x->skip_until)
					x->skip_until = e;
				if (e >= end)
					break;
				q = e;
				continue;
			}
		}
		q = next;
	}
	return XC_OK;
}

/* "more than 20 and less than 35": a lower bound and an upper bound of
** the same kind and unit, joined by the boundgap text, are one range. */
static bool one_sided_low(const xc_claim *c)
{
	return c->has_low && !c->has_high;
}

static bool one_sided_high(const xc_claim *c)
{
	return c->has_high && !c->has_low;
}

static void merge_bounds(xc_extractor *x, const char *s)
{
	size_t i, j;

	if (!x->rs->boundgap)
		return;
	for (i = 0; i + 1 < x->n; i++) {
		xc_claim *a = &x->claims[i], *b = &x->claims[i + 1];
		size_t ga = x->nspan[i].end, gb = x->nspan[i + 1].start;
		bool same_kind = a->kind == b->kind ||
		                 (a->kind == XC_KIND_NUMBER && b->kind == XC_KIND_COUNT) ||
		                 (a->kind == XC_KIND_COUNT && b->kind == XC_KIND_NUMBER);

		if (!same_kind || a->kind == XC_KIND_EXCLUDED ||
		    (strcmp(a->unit, b->unit) && a->unit[0] && b->unit[0]) ||
		    a->sent_start != b->sent_start || gb < ga || gb - ga > 24 ||
		    !((one_sided_low(a) && one_sided_high(b)) ||
		      (one_sided_high(a) && one_sided_low(b))))
			continue;
		if (pcre2_match(x->rs->boundgap, (PCRE2_SPTR)s, gb, ga,
		                PCRE2_NO_UTF_CHECK, x->md, x->mctx) <= 0)
			continue;
		if (one_sided_low(a)) {
			a->high = b->high;
		} else {
			a->low = b->low;
		}
		if ((a->low > a->high) && !xc_close(a->low, a->high))
			continue; /* "more than 40 and less than 10": not a range */
		a->has_low = a->has_high = 1;
		a->has_value = 0;
		a->value = 0;
		a->approx |= b->approx;
		a->end = b->end;
		a->precision = fmin(a->precision, b->precision);
		x->stats.numbers--;
		if (b->kind != XC_KIND_NUMBER)
			x->stats.claims--;
		if (a->kind == XC_KIND_NUMBER) {
			a->kind = XC_KIND_COUNT;
			x->stats.claims++;
		}
		if (!a->unit[0])
			memcpy(a->unit, b->unit, sizeof a->unit);
		x->nspan[i].end = x->nspan[i + 1].end;
		for (j = i + 1; j + 1 < x->n; j++) {
			x->claims[j] = x->claims[j + 1];
			x->nspan[j] = x->nspan[j + 1];
		}
		x->n--;
	}
}

/* Search the citation rules in one sentence; keep non-overlapping matches
** in order.  Citations are looked for only where claims are. */
static xc_status cite_sentence(xc_extractor *x, const char *s,
                               const xc_span *sent)
{
	const xc_ruleset *rs = x->rs;
	size_t i;

	for (i = 0; i < rs->nrules; i++) {
		const xc_rule *r = &rs->rules[i];
		size_t at = sent->start;
		while (r->citation && r->re && at < sent->end) {
			PCRE2_SIZE *ov;
			size_t a, b, sa, sb;
			xc_citation *c;
			int rc = run(r->re, r->jit, s, sent->end, at, x);
			if (rc < 0)
				break;
			ov = pcre2_get_ovector_pointer(x->md);
			a = ov[0];
			b = ov[1];
			at = b > at ? b : at + 1;
			if (!grp(ov, r->g_source, &sa, &sb))
				continue;
			if (xc_grow(&x->cites, &x->capcites, x->ncites,
			            sizeof *x->cites, 32))
				return XC_ENOMEM;
			c = &x->cites[x->ncites++];
			c->start = xc_text_orig(x->text, a, 0);
			c->end = xc_text_orig(x->text, b, 1);
			c->sent_start = xc_text_orig(x->text, sent->start, 0);
			c->sent_end = xc_text_orig(x->text, sent->end, 1);
			c->rule = r->id;
			copy_field(c->source, sizeof c->source, s + sa, sb - sa);
		}
	}
	return XC_OK;
}

static int cmp_cite(const void *a, const void *b)
{
	const xc_citation *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : x->end < y->end;
}

/* Order the citations; drop those inside a longer one and repeats of a
** source already cited in the same sentence. */
static void tidy_cites(xc_extractor *x)
{
	size_t i, j, k = 0;

	if (x->ncites == 0)
		return; /* qsort's pointer must not be NULL, even for 0 items */
	qsort(x->cites, x->ncites, sizeof *x->cites, cmp_cite);
	for (i = 0; i < x->ncites; i++) {
		bool repeat = false;
		if (k && x->cites[i].start < x->cites[k - 1].end)
			continue;
		for (j = k; j > 0 && x->cites[j - 1].sent_start ==
		                         x->cites[i].sent_start; j--)
			if (!strcasecmp(x->cites[j - 1].source, x->cites[i].source))
				repeat = true;
		if (!repeat)
			x->cites[k++] = x->cites[i];
	}
	x->ncites = k;
}

static void link_pairs(xc_extractor *x, const char *s)
{
	size_t i;

	if (!x->rs->pairgap)
		return;
	for (i = 0; i + 1 < x->n; i++) {
		xc_claim *a = &x->claims[i], *b = &x->claims[i + 1];
		size_t ga = x->nspan[i].end, gb = x->nspan[i + 1].start;
		int rc;

		/* money in two currencies, or a quantity in two units ("13,000
		** acres (5,400 hectares)") */
		if (a->kind != b->kind ||
		    (a->kind != XC_KIND_MONEY && a->kind != XC_KIND_QUANTITY) ||
		    a->pair >= 0 || !strcmp(a->unit, b->unit) ||
		    a->sent_start != b->sent_start || gb < ga || gb - ga > 48)
			continue;
		rc = pcre2_match(x->rs->pairgap, (PCRE2_SPTR)s, gb, ga,
		                 PCRE2_NO_UTF_CHECK, x->md, x->mctx);
		if (rc > 0) {
			a->pair = (int)(i + 1);
			b->pair = (int)i;
		}
	}
}

/* "27 measles cases, up from 19 a week ago", "rise from about 210 a day
** to 300", "1,200 buildings, including 110", "23 arrests, compared with
** 28", "58 drivers short of the 340": a bare number compared with a count
** of its sentence -- after a phrase of lexicon/elided.lex, after "to" when
** that count follows "from", after "of the" -- is a count too, of a thing
** left unsaid (its unit stays empty, as the text names none).  Its rule is
** XC_RULE_ELIDED. */
static void elided_counts(xc_extractor *x, const char *s)
{
	size_t i, a, b, a2, b2;

	for (i = 1; i < x->n; i++) {
		xc_claim *c = &x->claims[i];
		const xc_claim *p = &x->claims[i - 1];
		size_t lo = x->nspan[i - 1].end, q = x->nspan[i].start, cs;
		const char *cue = NULL;
		bool is = false;
		/* a whole number: "the end of the quarter" is no count */
		if (c->kind != XC_KIND_NUMBER || p->kind != XC_KIND_COUNT ||
		    !c->has_value || c->value < 1 || c->value != floor(c->value) ||
		    p->sent_start != c->sent_start || q < lo ||
		    !word_before(s, lo, q, &a, &b))
			continue;
		cs = xc_lex_before(x->rs->lx_elided, s, lo, b, &cue);
		if (cs != (size_t)-1) {
			/* "23 arrests, compared with 28"; "27 cases, up from 19" */
			is = strcmp(cue, "change") ||
			     change_word_before(x->rs, s, lo, cs);
		} else if (b - a == 3 && !strncasecmp(s + a, "the", 3)) {
			/* "58 drivers short of the 340 it needs" */
			is = word_before(s, lo, a, &a2, &b2) && b2 - a2 == 2 &&
			     !strncasecmp(s + a2, "of", 2);
		} else if (b - a == 2 && !strncasecmp(s + a, "to", 2) && a - lo < 16) {
			size_t ps = x->nspan[i - 1].start;
			is = word_before(s, ps > 24 ? ps - 24 : 0, ps, &a2, &b2) &&
			     b2 - a2 == 4 && !strncasecmp(s + a2, "from", 4);
		}
		if (!is)
			continue;
		c->kind = XC_KIND_COUNT;
		c->rule = XC_RULE_ELIDED;
		x->stats.claims++;
	}
}

xc_status xc_extract(xc_extractor *x, const char *in, size_t len,
                     const xc_claim **claims, size_t *n)
{
	const char *s;
	size_t nlen, i;
	xc_status st;

	*claims = NULL;
	*n = 0;
	memset(&x->stats, 0, sizeof x->stats);
	x->n = 0;
	x->nsent = 0;
	x->skip_until = 0;
	x->core_from = x->core_at = 0;
	x->head_q = (size_t)-1;
	x->line_start = x->line_end = 0;
	x->ncites = 0;
	for (i = 0; i < x->ndisabled; i++)
		x->disabled_ids[i] = NULL;
	x->ndisabled = 0;
	memset(x->strikes, 0, x->rs->nrules * sizeof *x->strikes);
	memset(x->disabled, 0, x->rs->nrules * sizeof *x->disabled);
	xc_text_free(x->text);
	x->text = NULL;
	if ((st = xc_text_new(in, len, &x->text)))
		return st;
	x->stats.invalid_utf8 = xc_text_invalid(x->text);
	s = xc_text_norm(x->text, &nlen);
	if ((st = xc_segment(x->rs, s, nlen, &x->sent, &x->nsent, &x->capsent)))
		return st;
	x->stats.sentences = x->nsent;
	for (i = 0; i < x->nsent; i++)
	{
		size_t before = x->n, k;
		bool has_claims = false;
		if ((st = scan_sentence(x, s, nlen, &x->sent[i])))
			return st;
		for (k = before; x->want_cites && k < x->n && !has_claims; k++)
			has_claims = x->claims[k].kind <= XC_KIND_QUANTITY;
		if (has_claims && (st = cite_sentence(x, s, &x->sent[i])))
			return st;
	}
	merge_bounds(x, s);
	elided_counts(x, s);
	tidy_cites(x);
	link_pairs(x, s);
	*claims = x->claims;
	*n = x->n;
	return XC_OK;
}
