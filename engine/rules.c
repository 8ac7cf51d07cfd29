/*
** rules.c -- loading and compiling rule sets.
**
** A rule directory holds *.rules files and a lexicon/ folder of *.lex
** files (format in rules/README.md).  Loading reads every file of every
** directory in order, collects ALL problems as "path:line:col: message"
** diagnostics, expands {FRAGMENT} references (user fragments and one
** generated per lexicon), compiles each pattern with PCRE2 (UTF, UCP,
** anchored, JIT when available) and builds the dispatch tables extraction
** uses: for each first byte, the rules that can start with it.
**
** This module does not run rules on text (extract.c) or check examples
** (ruletest.c).  A loaded ruleset is immutable.
*/
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>

#include "internal.h"

typedef struct fragment {
	char *name;
	char *src;
	char *where;
} fragment;

typedef struct loader {
	xc_ruleset *rs;
	xc_diags *d;
	fragment *frag;
	size_t nfrag, capfrag;
	int errors;
	XXH3_state_t *hash;
	char *pairgap_src;
	char *pairgap_where;
	char *boundgap_src;
	char *boundgap_where;
	bool no_jit;
} loader;

static int err(loader *L, const char *path, int line, int col,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int err(loader *L, const char *path, int line, int col,
               const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	xc_diag_add(L->d, "%s:%d:%d: %s", path, line, col, msg);
	L->errors++;
	return -1;
}

/* ------------------------------------------------------------ files */

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	xc_buf b;
	char tmp[65536];
	size_t n;

	if (!f)
		return NULL;
	xc_buf_init(&b, 64u << 20);
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		if (xc_buf_add(&b, tmp, n)) {
			xc_buf_release(&b);
			fclose(f);
			errno = EFBIG;
			return NULL;
		}
	if (ferror(f)) {
		xc_buf_release(&b);
		fclose(f);
		return NULL;
	}
	fclose(f);
	if (!b.p && xc_buf_add(&b, "", 0))
		return NULL;
	*len = b.len;
	return b.p;
}

static int cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir ending with ext; NULL-terminated, caller frees. */
static char **list_dir(const char *dir, const char *ext, int *eno)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **v = NULL;
	size_t n = 0, cap = 0, el = strlen(ext);

	*eno = 0;
	if (!d) {
		*eno = errno;
		return NULL;
	}
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l <= el || strcmp(e->d_name + l - el, ext) || e->d_name[0] == '.')
			continue;
		if (n + 2 > cap) {
			char **nv;
			cap = cap ? cap * 2 : 16;
			nv = realloc(v, cap * sizeof *nv);
			if (!nv)
				break;
			v = nv;
		}
		v[n] = strdup(e->d_name);
		if (v[n])
			n++;
	}
	closedir(d);
	if (!v) {
		v = calloc(1, sizeof *v);
		return v;
	}
	v[n] = NULL;
	qsort(v, n, sizeof *v, cmpstr);
	return v;
}

static void free_list(char **v)
{
	size_t i;

	if (!v)
		return;
	for (i = 0; v[i]; i++)
		free(v[i]);
	free(v);
}

static char *join(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *p = malloc(la + lb + 2);

	if (!p)
		return NULL;
	memcpy(p, a, la);
	p[la] = '/';
	memcpy(p + la + 1, b, lb + 1);
	return p;
}

/* ------------------------------------------------------------ lexicons */

static xc_lexicon *lexicon_named(xc_ruleset *rs, const char *name)
{
	size_t i;

	for (i = 0; i < rs->nlex; i++)
		if (!strcmp(rs->lex[i].name, name))
			return &rs->lex[i];
	if (xc_grow(&rs->lex, &rs->caplex, rs->nlex, sizeof *rs->lex, 16))
		return NULL;
	memset(&rs->lex[rs->nlex], 0, sizeof rs->lex[0]);
	rs->lex[rs->nlex].name = strdup(name);
	if (!rs->lex[rs->nlex].name)
		return NULL;
	return &rs->lex[rs->nlex++];
}

static int lex_add(xc_lexicon *lx, const char *alias, size_t al,
                   const char *canon, size_t cl)
{
	if (xc_grow(&lx->e, &lx->cap, lx->n, sizeof *lx->e, 32))
		return -1;
	lx->e[lx->n].alias = xc_strndup(alias, al);
	lx->e[lx->n].alen = al;
	lx->e[lx->n].next = 0;
	lx->e[lx->n].canon = xc_strndup(canon, cl);
	if (!lx->e[lx->n].alias || !lx->e[lx->n].canon) {
		free(lx->e[lx->n].alias);
		free(lx->e[lx->n].canon);
		return -1;
	}
	lx->n++;
	return 0;
}

static void trim(const char **a, const char **b)
{
	while (*a < *b && xc_is_space((unsigned char)**a))
		(*a)++;
	while (*b > *a && xc_is_space((unsigned char)(*b)[-1]))
		(*b)--;
}

static void load_lexicon(loader *L, const char *path, const char *stem)
{
	size_t len, line = 0;
	char *buf = slurp(path, &len);
	const char *p, *end;
	xc_lexicon *lx;

	if (!buf) {
		err(L, path, 0, 0, "cannot read lexicon: %s", strerror(errno));
		return;
	}
	XXH3_64bits_update(L->hash, buf, len);
	lx = lexicon_named(L->rs, stem);
	if (!lx) {
		free(buf);
		err(L, path, 0, 0, "out of memory");
		return;
	}
	for (p = buf, end = buf + len; p < end;) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *a = p, *b = eol ? eol : end, *canon, *canon_end, *q;
		line++;
		p = eol ? eol + 1 : end;
		trim(&a, &b);
		if (a == b || *a == '#')
			continue;
		canon = a;
		canon_end = memchr(a, '|', (size_t)(b - a));
		if (!canon_end)
			canon_end = b;
		{
			const char *ca = canon, *cb = canon_end;
			trim(&ca, &cb);
			if (ca == cb) {
				err(L, path, (int)line, 1, "empty canonical form");
				continue;
			}
			canon = ca;
			canon_end = cb;
		}
		/* a line without '|' is a word that stands for itself; otherwise
		** the canonical form is a value or class, not an alias */
		if (canon_end == b &&
		    lex_add(lx, canon, (size_t)(canon_end - canon), canon,
		            (size_t)(canon_end - canon))) {
			err(L, path, (int)line, 1, "out of memory");
			break;
		}
		q = canon_end;
		while (q < b) {
			const char *s = q + 1, *e;
			if (*q != '|') {
				q = memchr(q, '|', (size_t)(b - q));
				if (!q)
					break;
				continue;
			}
			e = memchr(s, '|', (size_t)(b - s));
			if (!e)
				e = b;
			q = e;
			trim(&s, &e);
			if (s == e) {
				err(L, path, (int)line, (int)(s - a + 1), "empty alias");
				continue;
			}
			if (lex_add(lx, s, (size_t)(e - s), canon,
			            (size_t)(canon_end - canon))) {
				err(L, path, (int)line, 1, "out of memory");
				break;
			}
		}
	}
	free(buf);
}

/* ------------------------------------------------------------ rule files */

static xc_rule *new_rule(loader *L, const char *id, size_t idl,
                         const char *path, int line)
{
	xc_ruleset *rs = L->rs;
	xc_rule *r;
	size_t i;
	char where[4096];

	for (i = 0; i < rs->nrules; i++)
		if (strlen(rs->rules[i].id) == idl &&
		    !memcmp(rs->rules[i].id, id, idl)) {
			err(L, path, line, 6, "rule '%.*s' already defined at %s",
			    (int)idl, id, rs->rules[i].where);
			return NULL;
		}
	if (xc_grow(&rs->rules, &rs->caprules, rs->nrules,
	            sizeof *rs->rules, 32))
		return NULL;
	r = &rs->rules[rs->nrules];
	memset(r, 0, sizeof *r);
	r->id = xc_strndup(id, idl);
	snprintf(where, sizeof where, "%s:%d", path, line);
	r->where = strdup(where);
	r->path = strdup(path);
	r->line = line;
	r->kind = XC_KIND_NUMBER;
	r->hedged_kind = -1;
	r->window = 32;
	r->set_factor = 1;
	r->order = (int)rs->nrules;
	if (!r->id || !r->where || !r->path) {
		free(r->id);
		free(r->where);
		free(r->path);
		return NULL;
	}
	rs->nrules++;
	return r;
}

static int add_example(xc_rule *r, const char *a, const char *b, int line,
                       bool reject)
{
	xc_example *e;
	const char *arrow = NULL, *p;

	if (xc_grow(&r->ex, &r->capex, r->nex, sizeof *r->ex, 4))
		return -1;
	e = &r->ex[r->nex];
	memset(e, 0, sizeof *e);
	if (!reject)
		for (p = a; p + 4 <= b; p++)
			if (!memcmp(p, " => ", 4))
				arrow = p;
	if (arrow) {
		const char *fa = arrow + 4, *fb = b;
		trim(&fa, &fb);
		e->fields = xc_strndup(fa, (size_t)(fb - fa));
		b = arrow;
		trim(&a, &b);
	}
	e->text = xc_strndup(a, (size_t)(b - a));
	e->line = line;
	e->reject = reject;
	if (!e->text || (arrow && !e->fields)) {
		free(e->text);
		free(e->fields);
		return -1;
	}
	r->nex++;
	return 0;
}

static bool parse_kind(const char *s, size_t n, xc_rule *r)
{
	static const struct {
		const char *name;
		xc_kind k;
		bool exclude;
	} kinds[] = {
		{ "money", XC_KIND_MONEY, false },
		{ "count", XC_KIND_COUNT, false },
		{ "percent", XC_KIND_PERCENT, false },
		{ "ratio", XC_KIND_RATIO, false },
		{ "quantity", XC_KIND_QUANTITY, false },
		{ "number", XC_KIND_NUMBER, false },
		{ "exclude", XC_KIND_EXCLUDED, true },
		{ "citation", XC_KIND_NUMBER, false },
	};
	size_t i;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strlen(kinds[i].name) == n && !memcmp(kinds[i].name, s, n)) {
			r->kind = kinds[i].k;
			r->exclude = kinds[i].exclude;
			r->citation = !strcmp(kinds[i].name, "citation");
			return true;
		}
	return false;
}

static void set_field(loader *L, xc_rule *r, const char *path, int line,
                      int col, const char *a, const char *b)
{
	const char *eq = memchr(a, '=', (size_t)(b - a));
	size_t kl;
	char *v;

	if (!eq || eq == a || eq + 1 >= b) {
		err(L, path, line, col, "'set' wants KEY=VALUE");
		return;
	}
	kl = (size_t)(eq - a);
	v = xc_strndup(eq + 1, (size_t)(b - eq - 1));
	if (!v)
		return;
	if (kl == 4 && !memcmp(a, "unit", 4)) {
		free(r->set_unit);
		r->set_unit = v;
	} else if (kl == 3 && !memcmp(a, "cur", 3)) {
		free(r->set_cur);
		r->set_cur = v;
	} else if (kl == 5 && !memcmp(a, "hedge", 5)) {
		free(r->set_hedge);
		r->set_hedge = v;
	} else if ((kl == 5 && !memcmp(a, "value", 5)) ||
	           (kl == 6 && !memcmp(a, "factor", 6)) ||
	           (kl == 6 && !memcmp(a, "offset", 6)) ||
	           (kl == 3 && !memcmp(a, "low", 3)) ||
	           (kl == 4 && !memcmp(a, "high", 4))) {
		char *end;
		double d = strtod(v, &end);
		if (*end || end == v)
			err(L, path, line, col + (int)kl + 1, "not a number: '%s'", v);
		else if (kl == 3) {
			r->set_low = d;
			r->has_set_range = true;
		} else if (kl == 4) {
			r->set_high = d;
			r->has_set_range = true;
		} else if (kl == 5) {
			r->set_value = d;
			r->has_set_value = true;
		} else if (a[0] == 'o') {
			r->set_offset = d;
		} else {
			r->set_factor = d;
		}
		free(v);
	} else {
		err(L, path, line, col, "unknown field '%.*s' (unit, cur, hedge, "
		    "value, factor, offset)", (int)kl, a);
		free(v);
	}
}

static void load_rules(loader *L, const char *path)
{
	size_t len;
	int line = 0;
	char *buf = slurp(path, &len);
	const char *p, *end;
	xc_rule *r = NULL;
	bool in_rule = false;

	if (!buf) {
		err(L, path, 0, 0, "cannot read rule file: %s", strerror(errno));
		return;
	}
	XXH3_64bits_update(L->hash, buf, len);
	for (p = buf, end = buf + len; p < end;) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *a = p, *b = eol ? eol : end, *w, *arg;
		size_t wl;
		int col;

		line++;
		p = eol ? eol + 1 : end;
		if (b > a && b[-1] == '\r')
			b--;
		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		if (a == b || *a == '#')
			continue;
		{
			const char *ls = a;
			while (ls > buf && ls[-1] != '\n')
				ls--;
			col = (int)(a - ls) + 1;
		}
		w = a;
		while (a < b && *a != ' ' && *a != '\t')
			a++;
		wl = (size_t)(a - w);
		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		arg = a;
#define IS(s) (wl == sizeof(s) - 1 && !memcmp(w, s, wl))
		if (IS("fragment")) {
			const char *n = arg, *ne = arg;
			fragment *f;
			char where[4096];
			while (ne < b && (xc_is_alnum((unsigned char)*ne) || *ne == '_'))
				ne++;
			if (ne == n || !(*n >= 'A' && *n <= 'Z')) {
				err(L, path, line, (int)(n - w) + col,
				    "fragment name must be UPPER_CASE");
				continue;
			}
			a = ne;
			while (a < b && (*a == ' ' || *a == '\t'))
				a++;
			if (a == b) {
				err(L, path, line, (int)(a - w) + col,
				    "fragment '%.*s' has no pattern", (int)(ne - n), n);
				continue;
			}
			if (xc_grow(&L->frag, &L->capfrag, L->nfrag,
			            sizeof *L->frag, 32))
				break;
			f = &L->frag[L->nfrag];
			f->name = xc_strndup(n, (size_t)(ne - n));
			f->src = xc_strndup(a, (size_t)(b - a));
			snprintf(where, sizeof where, "%s:%d", path, line);
			f->where = strdup(where);
			if (f->name && f->src && f->where) {
				L->nfrag++;
			} else {
				free(f->name);
				free(f->src);
				free(f->where);
				err(L, path, line, col, "out of memory");
			}
			in_rule = false;
			continue;
		}
		if (IS("rule")) {
			const char *ie = b;
			if (arg == b) {
				err(L, path, line, col, "'rule' needs an id");
				in_rule = false;
				continue;
			}
			r = new_rule(L, arg, (size_t)(ie - arg), path, line);
			in_rule = r != NULL;
			continue;
		}
		if (IS("pairgap") || IS("boundgap")) {
			char **src = IS("pairgap") ? &L->pairgap_src : &L->boundgap_src;
			char **wh = IS("pairgap") ? &L->pairgap_where
			                          : &L->boundgap_where;
			char where[4096];
			free(*src);
			free(*wh);
			*src = xc_strndup(arg, (size_t)(b - arg));
			snprintf(where, sizeof where, "%s:%d:%d", path, line,
			         (int)(arg - w) + col);
			*wh = strdup(where);
			continue;
		}
		if (!in_rule) {
			if (!IS("kind") && !IS("priority") && !IS("before") &&
			    !IS("hedged") && !IS("window") &&
			    !IS("pattern") && !IS("set") && !IS("trigger") &&
			    !IS("figure") && !IS("expect") && !IS("reject"))
				err(L, path, line, col, "unknown directive '%.*s'",
				    (int)wl, w);
			else if (r == NULL || !in_rule)
				err(L, path, line, col, "'%.*s' outside a rule", (int)wl,
				    w);
			continue;
		}
		if (IS("hedged")) {
			xc_rule tmp = *r;
			if (!parse_kind(arg, (size_t)(b - arg), &tmp) || tmp.exclude)
				err(L, path, line, (int)(arg - w) + col,
				    "'hedged' wants a claim kind (money, count, percent, "
				    "ratio, quantity)");
			else
				r->hedged_kind = (int)tmp.kind;
		} else if (IS("kind")) {
			if (!parse_kind(arg, (size_t)(b - arg), r))
				err(L, path, line, (int)(arg - w) + col,
				    "unknown kind '%.*s' (money, count, percent, ratio, "
				    "quantity, number, exclude, citation)", (int)(b - arg), arg);
		} else if (IS("window")) {
			char *e2;
			char *tmp = xc_strndup(arg, (size_t)(b - arg));
			long v = tmp ? strtol(tmp, &e2, 10) : 0;
			if (!tmp || *e2 || e2 == tmp || v < 1 || v > 1024)
				err(L, path, line, (int)(arg - w) + col,
				    "window must be an integer in 1..1024 (bytes)");
			else
				r->window = (unsigned)v;
			free(tmp);
		} else if (IS("priority")) {
			char *e2;
			char *tmp = xc_strndup(arg, (size_t)(b - arg));
			long v = tmp ? strtol(tmp, &e2, 10) : 0;
			if (!tmp || *e2 || e2 == tmp || v < -1000 || v > 1000)
				err(L, path, line, (int)(arg - w) + col,
				    "priority must be an integer in -1000..1000");
			else
				r->priority = (int)v;
			free(tmp);
		} else if (IS("pattern") || IS("before")) {
			char **dst = IS("pattern") ? &r->pattern_src : &r->before_src;
			if (arg == b) {
				err(L, path, line, col, "'%.*s' needs a regex", (int)wl, w);
				continue;
			}
			if (*dst) {
				err(L, path, line, col, "rule '%s' has two '%.*s' lines",
				    r->id, (int)wl, w);
				continue;
			}
			*dst = xc_strndup(arg, (size_t)(b - arg));
			/* line in the low 20 bits, the regex's column above them */
			if (IS("pattern"))
				r->pattern_line = line | ((int)(arg - w + col) << 20);
			else
				r->before_line = line | ((int)(arg - w + col) << 20);
		} else if (IS("set")) {
			const char *s = arg, *e;
			while (s < b) {
				e = s;
				while (e < b && *e != ' ' && *e != '\t')
					e++;
				set_field(L, r, path, line, (int)(s - w) + col, s, e);
				s = e;
				while (s < b && (*s == ' ' || *s == '\t'))
					s++;
			}
		} else if (IS("trigger") || IS("figure")) {
			char **to = IS("trigger") ? &r->triggers : &r->figures;
			size_t old = *to ? strlen(*to) : 0;
			char *nt = realloc(*to, old + (size_t)(b - arg) + 2);
			if (nt) {
				if (old)
					nt[old++] = ' ';
				memcpy(nt + old, arg, (size_t)(b - arg));
				nt[old + (size_t)(b - arg)] = '\0';
				*to = nt;
			} else {
				err(L, path, line, col, "out of memory");
			}
		} else if (IS("expect") || IS("reject")) {
			if (arg == b)
				err(L, path, line, col, "'%.*s' needs an example", (int)wl,
				    w);
			else if (add_example(r, arg, b, line, IS("reject")))
				err(L, path, line, col, "out of memory");
		} else {
			err(L, path, line, col, "unknown directive '%.*s'", (int)wl, w);
		}
#undef IS
	}
	free(buf);
}

/* ------------------------------------------------------------ fragments */

static const fragment *find_frag(loader *L, const char *n, size_t nl)
{
	size_t i;

	for (i = 0; i < L->nfrag; i++)
		if (strlen(L->frag[i].name) == nl && !memcmp(L->frag[i].name, n, nl))
			return &L->frag[i];
	return NULL;
}

/* A lexicon as a regex: its aliases factored into a prefix trie, so that
** PCRE2 tests one branch per next character instead of every alias in turn
** ("about|above|almost" becomes "a(?:b(?:out|ove)|lmost)").  Greedy
** optional tails keep the longest alias first.  Characters are grouped by
** whole UTF-8 sequences; regex metacharacters are escaped; a space matches
** any run of whitespace. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t utf8_len(const char *s)
{
	unsigned char c = (unsigned char)*s;
	size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1, i;

	for (i = 1; i < n; i++)
		if (!s[i])
			return i;
	return n;
}

static void emit_char(xc_buf *b, const char *s, size_t n)
{
	if (n == 1 && *s == ' ') {
		xc_buf_add(b, "\\s+", 3);
	} else if (n == 1 && strchr("\\^$.|?*+()[]{}/#-", *s)) {
		xc_buf_addc(b, '\\');
		xc_buf_addc(b, *s);
	} else {
		xc_buf_add(b, s, n);
	}
}

/* Emit the trie of sorted, distinct strings al[0..n), all sharing the
** first `depth` bytes already emitted. */
static void emit_trie(xc_buf *b, const char **al, size_t n, size_t depth)
{
	size_t i = 0, groups = 0, j;
	bool ends = false;

	/* an alias that ends here makes the rest optional */
	if (n && al[0][depth] == '\0') {
		ends = true;
		al++;
		n--;
	}
	if (n == 0)
		return;
	/* count groups by the next character */
	for (i = 0; i < n; i = j) {
		size_t cl = utf8_len(al[i] + depth);
		for (j = i + 1; j < n && !strncmp(al[j] + depth, al[i] + depth, cl);
		     j++)
			;
		groups++;
	}
	if (groups > 1 || ends)
		xc_buf_add(b, "(?:", 3);
	for (i = 0; i < n; i = j) {
		size_t cl = utf8_len(al[i] + depth);
		for (j = i + 1; j < n && !strncmp(al[j] + depth, al[i] + depth, cl);
		     j++)
			;
		if (i)
			xc_buf_addc(b, '|');
		emit_char(b, al[i] + depth, cl);
		emit_trie(b, al + i, j - i, depth + cl);
	}
	if (groups > 1 || ends)
		xc_buf_addc(b, ')');
	if (ends)
		xc_buf_addc(b, '?');
}

static char *lexicon_regex(const xc_lexicon *lx)
{
	const char **al = malloc((lx->n + 1) * sizeof *al);
	xc_buf b;
	size_t i, n = 0;

	if (!al)
		return NULL;
	for (i = 0; i < lx->n; i++)
		al[i] = lx->e[i].alias;
	qsort(al, lx->n, sizeof *al, cmp_str);
	for (i = 0; i < lx->n; i++)
		if (!n || strcmp(al[i], al[n - 1]))
			al[n++] = al[i];
	xc_buf_init(&b, 0);
	xc_buf_add(&b, "(?:", 3);
	if (n)
		emit_trie(&b, al, n, 0);
	else
		xc_buf_add(&b, "(*FAIL)", 7);
	xc_buf_addc(&b, ')');
	free(al);
	return b.p;
}

/* Expand {NAME} references.  Returns a malloc'd string or NULL with a
** diagnostic.  *map_col receives, for error reporting, the column offset
** of the first expansion (or -1 if none) so PCRE2 offsets before it map
** back to the source. */
static char *expand(loader *L, const char *src, const char *path, int line,
                    int col, int depth, size_t *first_exp)
{
	xc_buf b;
	const char *p = src;

	if (depth > 16) {
		err(L, path, line, col, "fragments nest too deeply (a cycle?)");
		return NULL;
	}
	xc_buf_init(&b, 1u << 20);
	*first_exp = (size_t)-1;
	while (*p) {
		const char *n, *e;
		const fragment *f;
		char *sub;
		size_t dummy;

		if (*p == '\\' && p[1]) {
			xc_buf_add(&b, p, 2);
			p += 2;
			continue;
		}
		if (*p != '{' || !(p[1] >= 'A' && p[1] <= 'Z')) {
			xc_buf_addc(&b, *p++);
			continue;
		}
		n = p + 1;
		e = n;
		while (*e && (xc_is_alnum((unsigned char)*e) || *e == '_'))
			e++;
		if (*e != '}') {
			xc_buf_addc(&b, *p++);
			continue;
		}
		f = find_frag(L, n, (size_t)(e - n));
		if (!f) {
			err(L, path, line, col + (int)(p - src),
			    "unknown fragment {%.*s}", (int)(e - n), n);
			xc_buf_release(&b);
			return NULL;
		}
		if (*first_exp == (size_t)-1)
			*first_exp = (size_t)(p - src);
		sub = expand(L, f->src, path, line, col + (int)(p - src), depth + 1,
		             &dummy);
		if (!sub) {
			xc_buf_release(&b);
			return NULL;
		}
		xc_buf_add(&b, "(?:", 3);
		xc_buf_add(&b, sub, strlen(sub));
		xc_buf_addc(&b, ')');
		free(sub);
		p = e + 1;
	}
	if (!b.p)
		xc_buf_add(&b, "", 0);
	return b.p;
}

static pcre2_code *compile(loader *L, const char *src, const char *wrap_pre,
                           const char *wrap_post, uint32_t opts,
                           const char *path, int line, int col, char **keep)
{
	size_t first_exp;
	char *exp = expand(L, src, path, line, col, 0, &first_exp);
	xc_buf w;
	int ec;
	PCRE2_SIZE eo;
	pcre2_code *re;
	size_t pre = strlen(wrap_pre);

	if (!exp)
		return NULL;
	xc_buf_init(&w, 0);
	xc_buf_add(&w, wrap_pre, pre);
	xc_buf_add(&w, exp, strlen(exp));
	xc_buf_add(&w, wrap_post, strlen(wrap_post));
	free(exp);
	if (!w.p) {
		err(L, path, line, col, "out of memory");
		return NULL;
	}
	re = pcre2_compile((PCRE2_SPTR)w.p, w.len,
	                   PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C | opts,
	                   &ec, &eo, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		size_t at = eo >= pre ? eo - pre : 0;
		pcre2_get_error_message(ec, msg, sizeof msg);
		if (first_exp == (size_t)-1 || at < first_exp)
			err(L, path, line, col + (int)at, "bad regex: %s", msg);
		else
			err(L, path, line, col,
			    "bad regex: %s (at offset %zu of the pattern with its "
			    "fragments expanded)", msg, at);
	} else if (!L->no_jit) {
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	}
	if (keep && re) {
		*keep = w.p;
		return re;
	}
	xc_buf_release(&w);
	return re;
}

static void add_lexicon_fragments(loader *L)
{
	xc_ruleset *rs = L->rs;
	size_t i, j;

	for (i = 0; i < rs->nlex; i++) {
		fragment *f;
		char name[128];
		char where[256];

		for (j = 0; rs->lex[i].name[j] && j + 1 < sizeof name; j++) {
			char c = rs->lex[i].name[j];
			name[j] = c == '-' ? '_' :
			          (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
		}
		name[j] = '\0';
		if (find_frag(L, name, j)) {
			const fragment *o = find_frag(L, name, j);
			xc_diag_add(L->d, "%s:1: fragment {%s} is the name of a "
			            "lexicon", o->where, name);
			L->errors++;
			continue;
		}
		if (xc_grow(&L->frag, &L->capfrag, L->nfrag,
		            sizeof *L->frag, 32))
			return;
		f = &L->frag[L->nfrag];
		snprintf(where, sizeof where, "lexicon %s", rs->lex[i].name);
		f->name = strdup(name);
		f->src = lexicon_regex(&rs->lex[i]);
		f->where = strdup(where);
		if (f->name && f->src && f->where)
			L->nfrag++;
	}
}

/* ------------------------------------------------------------ compile */

static int group(pcre2_code *re, const char *name)
{
	int n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);

	return n > 0 ? n : 0;
}

static void first_bytes(xc_rule *r)
{
	uint8_t *bm = NULL;
	uint32_t type = 0, unit = 0;

	pcre2_pattern_info(r->re, PCRE2_INFO_FIRSTBITMAP, &bm);
	pcre2_pattern_info(r->re, PCRE2_INFO_FIRSTCODETYPE, &type);
	memset(r->first, 0, sizeof r->first);
	r->first_any = false;
	if (type == 1) {
		pcre2_pattern_info(r->re, PCRE2_INFO_FIRSTCODEUNIT, &unit);
		r->first[unit / 8] |= (uint8_t)(1u << (unit % 8));
		if (xc_is_alpha((unsigned char)unit)) {
			unit ^= 0x20;
			r->first[unit / 8] |= (uint8_t)(1u << (unit % 8));
		}
		if (bm) {
			size_t i;
			for (i = 0; i < 32; i++)
				r->first[i] |= bm[i];
		}
	} else if (bm) {
		memcpy(r->first, bm, 32);
	} else {
		r->first_any = true;
	}
}

static bool matches_empty(pcre2_code *re, const char *s)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	int rc;
	bool empty = false;

	if (!md)
		return false;
	rc = pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL);
	if (rc >= 0)
		empty = pcre2_get_ovector_pointer(md)[1] ==
		        pcre2_get_ovector_pointer(md)[0];
	pcre2_match_data_free(md);
	return empty;
}

/* "(?<num>{AMT})rest" or "(?<lo>{NUMB})rest": compile the rest alone, and
** map every group of the full pattern to its number in the rest. */
/* The peek set of a tail: the bytes its first character after any blanks
** or dashes can be.  Found by asking PCRE2, for every printable ASCII byte
** c and a few blank/dash prefixes, whether a subject "prefix c" could be
** extended into a match (PCRE2_PARTIAL_HARD): if no prefix can, no text
** whose first non-blank byte is c can match either.  Tails that can match
** the empty string, or hold a positive lookbehind (which would look at the
** number before the tail), get no peek set. */
static void tail_peek(xc_rule *r, const char *expanded)
{
	/* blanks match \s (one is enough for \s+), a newline stands for a
	** wrapped line; a tail that needs a literal space is covered by " " */
	static const char *const pre[] = { "", " ", "\n", "-", " -", "- ",
	                                   " - " };
	pcre2_match_data *md;
	int c, rc;
	size_t p;

	/* a positive lookbehind at the start of the tail would look at the
	** number: the probes cannot stand in for it */
	if (!expanded || (strstr(expanded, "(?<=") &&
	                  (size_t)(strstr(expanded, "(?<=") - expanded) < 16))
		return;
	md = pcre2_match_data_create_from_pattern(r->tail, NULL);
	if (!md)
		return;
	rc = pcre2_match(r->tail, (PCRE2_SPTR) "", 0, 0, PCRE2_PARTIAL_HARD, md,
	                 NULL);
	if (rc >= 0) {
		pcre2_match_data_free(md);
		return; /* the tail may be empty */
	}
	/* control bytes and non-ASCII are always allowed */
	memset(r->peek, 0, sizeof r->peek);
	for (c = 0; c < 256; c++)
		if (c <= 0x20 || c >= 0x7F)
			r->peek[c / 8] |= (uint8_t)(1u << (c % 8));
	for (c = 0x21; c < 0x7F; c++) {
		if (c == '-')
			continue;
		for (p = 0; p < sizeof pre / sizeof pre[0]; p++) {
			char probe[8];
			size_t n = strlen(pre[p]);
			memcpy(probe, pre[p], n);
			probe[n++] = (char)c;
			rc = pcre2_match(r->tail, (PCRE2_SPTR)probe, n, 0,
			                 PCRE2_PARTIAL_HARD, md, NULL);
			if (rc >= 0 || rc == PCRE2_ERROR_PARTIAL) {
				r->peek[c / 8] |= (uint8_t)(1u << (c % 8));
				break;
			}
		}
	}
	pcre2_match_data_free(md);
	r->has_peek = true;
	r->peek_skip = true;
}

static void split_rule(loader *L, xc_rule *r, int line, int col)
{
	static const struct {
		const char *prefix;
		int kind;
		int group; /* the head is a capture group of its own */
	} heads[] = {
		{ "(?<num>{AMT})", XC_SPLIT_AMT, 1 },
		{ "(?<num>{NUMB})", XC_SPLIT_NUMB, 1 },
		{ "(?<lo>{AMT})", XC_SPLIT_AMT, 1 },
		{ "(?<lo>{NUMB})", XC_SPLIT_NUMB, 1 },
		{ "{AMT}", XC_SPLIT_AMT, 0 },
		{ "{NUMB}", XC_SPLIT_NUMB, 0 },
	};
	size_t i, pl;
	uint32_t count = 0, namecount = 0, entry = 0, k;
	PCRE2_SPTR table;
	pcre2_code *tail;
	int head_group;
	char *tail_exp = NULL;

	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if (!strncmp(r->pattern_src, heads[i].prefix,
		             strlen(heads[i].prefix)))
			break;
	if (i == sizeof heads / sizeof heads[0] ||
	    !L->rs->head[heads[i].kind])
		return;
	pl = strlen(heads[i].prefix);
	/* the head group, if any, is group 1: the prefix opens the pattern */
	head_group = heads[i].group ? 1 : 0;
	tail = compile(L, r->pattern_src + pl, "", "", PCRE2_ANCHORED, r->path,
	               line, col + (int)pl, &tail_exp);
	if (!tail)
		return;
	pcre2_pattern_info(r->re, PCRE2_INFO_CAPTURECOUNT, &count);
	r->tail_map = calloc((size_t)count + 1, sizeof *r->tail_map);
	if (!r->tail_map) {
		pcre2_code_free(tail);
		free(tail_exp);
		return;
	}
	/* groups after the head keep their order: group g of the full
	** pattern is group g - 1 of the tail; names confirm it */
	pcre2_pattern_info(r->re, PCRE2_INFO_NAMECOUNT, &namecount);
	pcre2_pattern_info(r->re, PCRE2_INFO_NAMEENTRYSIZE, &entry);
	pcre2_pattern_info(r->re, PCRE2_INFO_NAMETABLE, &table);
	for (k = (uint32_t)head_group + 1; k <= count; k++)
		r->tail_map[k] = (int)k - head_group;
	for (k = 0; k < namecount; k++) {
		const PCRE2_UCHAR *e = table + (size_t)k * entry;
		int g = (e[0] << 8) | e[1];
		int tg = pcre2_substring_number_from_name(tail, e + 2);
		if ((!head_group || g != head_group) && tg > 0 && g <= (int)count)
			r->tail_map[g] = tg;
	}
	r->ngroups = count;
	r->head_group = head_group;
	r->split = heads[i].kind;
	r->tail = tail;
	tail_peek(r, tail_exp);
	free(tail_exp);
	{
		size_t js = 0;
		r->tail_jit = pcre2_pattern_info(tail, PCRE2_INFO_JITSIZE, &js) == 0 &&
		              js > 0;
	}
}

static void compile_rule(loader *L, xc_rule *r)
{
	int pline = r->pattern_line & 0xFFFFF, pcol = r->pattern_line >> 20;
	int bline = r->before_line & 0xFFFFF, bcol = r->before_line >> 20;
	size_t minlen = 0;

	if (!r->pattern_src) {
		err(L, r->path, r->line, 1, "rule '%s' has no pattern", r->id);
		return;
	}
	r->re = compile(L, r->pattern_src, "", "", r->citation ? 0 : PCRE2_ANCHORED,
	                r->path, pline, pcol, &r->pattern_exp);
	if (r->before_src)
		r->before = compile(L, r->before_src, "(?:", ")\\z", 0, r->path,
		                    bline, bcol, NULL);
	if (!r->re)
		return;
	/* PCRE2 cannot see a minimum length through subroutine calls, so
	** also try the pattern on empty subjects */
	pcre2_pattern_info(r->re, PCRE2_INFO_MINLENGTH, &minlen);
	if (minlen == 0 && (matches_empty(r->re, "") || matches_empty(r->re, " "))) {
		err(L, r->path, pline, pcol,
		    "pattern of rule '%s' can match the empty string", r->id);
		return;
	}
	r->g_source = group(r->re, "source");
	if (r->citation) {
		size_t js = 0;
		if (!r->g_source)
			err(L, r->path, pline, pcol, "citation rule '%s' captures no "
			    "(?<source>...)", r->id);
		r->jit = pcre2_pattern_info(r->re, PCRE2_INFO_JITSIZE, &js) == 0 &&
		         js > 0;
		return; /* searched per sentence, never dispatched by first byte */
	}
	first_bytes(r);
	split_rule(L, r, pline, pcol);
	{
		size_t js = 0;
		uint32_t opts = 0;
		r->jit = pcre2_pattern_info(r->re, PCRE2_INFO_JITSIZE, &js) == 0 &&
		         js > 0;
		if (r->before &&
		    pcre2_pattern_info(r->before, PCRE2_INFO_ALLOPTIONS, &opts) == 0)
			r->before_anchored = (opts & PCRE2_ANCHORED) != 0;
	}
	r->g_hedge = group(r->re, "hedge");
	r->g_hedge2 = group(r->re, "hedge2");
	r->g_num = group(r->re, "num");
	r->g_scale = group(r->re, "scale");
	r->g_cur = group(r->re, "cur");
	r->g_cur2 = group(r->re, "cur2");
	r->g_lo = group(r->re, "lo");
	r->g_hi = group(r->re, "hi");
	r->g_scale_lo = group(r->re, "scale_lo");
	r->g_unit = group(r->re, "unit");
	r->g_plus = group(r->re, "plus");
	r->g_ref = group(r->re, "ref");
	r->g_den = group(r->re, "den");
	r->g_approx = group(r->re, "approx");
	r->g_minor = group(r->re, "minor");
	if (!r->exclude && r->kind != XC_KIND_NUMBER && !r->g_num &&
	    !(r->g_lo && r->g_hi) && !r->has_set_value && !r->has_set_range)
		err(L, r->path, pline, pcol,
		    "rule '%s' captures no (?<num>...) nor (?<lo>...)(?<hi>...) "
		    "and sets no value", r->id);
	if (r->has_set_range && !(r->set_low < r->set_high))
		err(L, r->path, pline, pcol,
		    "rule '%s' sets a range whose low is not below its high", r->id);
	if (r->kind == XC_KIND_MONEY && !r->g_cur && !r->g_cur2 && !r->set_cur)
		err(L, r->path, pline, pcol,
		    "money rule '%s' captures no (?<cur>...) and sets no cur",
		    r->id);
}

static int cmp_rule_order(const void *a, const void *b, void *ctx)
{
	const xc_ruleset *rs = ctx;
	const xc_rule *x = &rs->rules[*(const uint16_t *)a];
	const xc_rule *y = &rs->rules[*(const uint16_t *)b];

	if (x->priority != y->priority)
		return x->priority > y->priority ? -1 : 1;
	return x->order - y->order;
}

static void sort_idx(uint16_t *v, size_t n, const xc_ruleset *rs)
{
	size_t i, j;

	/* insertion sort: lists are short and this keeps it stable */
	for (i = 1; i < n; i++) {
		uint16_t t = v[i];
		for (j = i; j > 0 && cmp_rule_order(&v[j - 1], &t, (void *)rs) > 0;
		     j--)
			v[j] = v[j - 1];
		v[j] = t;
	}
}

static int build_dispatch(xc_ruleset *rs)
{
	size_t c, i;

	for (c = 0; c < 256; c++) {
		size_t n = 0;
		for (i = 0; i < rs->nrules; i++)
			if (rs->rules[i].re && !rs->rules[i].citation &&
			    (rs->rules[i].first_any ||
			     (rs->rules[i].first[c / 8] & (1u << (c % 8)))))
				n++;
		if (!n)
			continue;
		rs->by_byte[c] = malloc(n * sizeof(uint16_t));
		if (!rs->by_byte[c])
			return -1;
		n = 0;
		for (i = 0; i < rs->nrules; i++)
			if (rs->rules[i].re && !rs->rules[i].citation &&
			    (rs->rules[i].first_any ||
			     (rs->rules[i].first[c / 8] & (1u << (c % 8)))))
				rs->by_byte[c][n++] = (uint16_t)i;
		rs->nby_byte[c] = (uint16_t)n;
		sort_idx(rs->by_byte[c], n, rs);
		if (!xc_is_alpha((unsigned char)c))
			for (i = 0; i < n; i++)
				if (!rs->rules[rs->by_byte[c][i]].first_any)
					rs->cand_byte[c] = true;
	}
	return 0;
}

static void build_classes(xc_ruleset *rs)
{
	size_t c;

	for (c = 0; c < 256; c++) {
		if (xc_is_alpha((unsigned char)c))
			rs->cls[c] = XC_CLS_ALPHA;
		else if (xc_is_digit((unsigned char)c))
			rs->cls[c] = rs->cand_byte[c] ? XC_CLS_DIGIT : XC_CLS_SKIP;
		else
			rs->cls[c] = rs->cand_byte[c] ? XC_CLS_CAND : XC_CLS_SKIP;
	}
}

static void add_words_from(xc_wordset *ws, const xc_lexicon *lx,
                           size_t minlen)
{
	size_t i;

	if (!lx)
		return;
	for (i = 0; i < lx->n; i++) {
		const char *a = lx->e[i].alias, *b = a;
		while (*b && xc_is_alpha((unsigned char)*b))
			b++;
		if ((size_t)(b - a) >= minlen)
			xc_wordset_add(ws, a, (size_t)(b - a));
	}
}

static const xc_lexicon *lex_get(const xc_ruleset *rs, const char *name)
{
	size_t i;

	for (i = 0; i < rs->nlex; i++)
		if (!strcmp(rs->lex[i].name, name))
			return &rs->lex[i];
	return NULL;
}

static void load_dir(loader *L, const char *dir)
{
	char *lexdir = join(dir, "lexicon");
	char **files;
	int eno;
	size_t i;

	if (!lexdir)
		return;
	files = list_dir(lexdir, ".lex", &eno);
	if (files) {
		for (i = 0; files[i]; i++) {
			char *path = join(lexdir, files[i]);
			char stem[256];
			size_t sl = strlen(files[i]) - 4;
			if (sl >= sizeof stem)
				sl = sizeof stem - 1;
			memcpy(stem, files[i], sl);
			stem[sl] = '\0';
			if (path)
				load_lexicon(L, path, stem);
			free(path);
		}
	} else if (eno != ENOENT) {
		err(L, lexdir, 0, 0, "cannot list lexicons: %s", strerror(eno));
	}
	free_list(files);
	free(lexdir);
	files = list_dir(dir, ".rules", &eno);
	if (!files) {
		err(L, dir, 0, 0, "cannot open rules directory: %s",
		    strerror(eno));
		return;
	}
	for (i = 0; files[i]; i++) {
		char *path = join(dir, files[i]);
		if (path)
			load_rules(L, path);
		free(path);
	}
	free_list(files);
}

xc_status xc_ruleset_load(const char *const *dirs, size_t ndirs,
                          xc_diags *diags, xc_ruleset **out)
{
	return xc_ruleset_load_ex(dirs, ndirs, 0, diags, out);
}

xc_status xc_ruleset_load_ex(const char *const *dirs, size_t ndirs,
                             unsigned flags, xc_diags *diags,
                             xc_ruleset **out)
{
	loader L;
	xc_ruleset *rs;
	size_t i;
	static const char *const cur_lex[] = { "cur_symbol", "cur_code",
	                                       "cur_name", "cur_minor" };

	size_t first_diag = xc_diags_count(diags);

	*out = NULL;
	memset(&L, 0, sizeof L);
	rs = calloc(1, sizeof *rs);
	if (!rs)
		return XC_ENOMEM;
	L.rs = rs;
	L.d = diags;
	L.no_jit = (flags & XC_LOAD_NO_JIT) != 0;
	L.hash = XXH3_createState();
	if (!L.hash) {
		free(rs);
		return XC_ENOMEM;
	}
	XXH3_64bits_reset(L.hash);
	for (i = 0; i < ndirs; i++)
		load_dir(&L, dirs[i]);
	for (i = 0; i < rs->nlex; i++)
		if (xc_lex_index(&rs->lex[i]))
			L.errors++;
	add_lexicon_fragments(&L);
	if (find_frag(&L, "AMT", 3))
		rs->head[XC_SPLIT_AMT] = compile(&L, "{AMT}", "", "", PCRE2_ANCHORED,
		                                 "fragment AMT", 0, 0, NULL);
	if (find_frag(&L, "NUMB", 4))
		rs->head[XC_SPLIT_NUMB] = compile(&L, "{NUMB}", "", "",
		                                  PCRE2_ANCHORED, "fragment NUMB", 0,
		                                  0, NULL);
	for (i = 0; i < 3; i++) {
		size_t js = 0;
		rs->head_jit[i] = rs->head[i] &&
		                  pcre2_pattern_info(rs->head[i], PCRE2_INFO_JITSIZE,
		                                     &js) == 0 && js > 0;
	}
	for (i = 0; i < rs->nrules; i++)
		compile_rule(&L, &rs->rules[i]);
	if (L.pairgap_src)
		rs->pairgap = compile(&L, L.pairgap_src, "(?:", ")\\z",
		                      PCRE2_ANCHORED, L.pairgap_where, 0, 0, NULL);
	if (L.boundgap_src)
		rs->boundgap = compile(&L, L.boundgap_src, "(?:", ")\\z",
		                       PCRE2_ANCHORED, L.boundgap_where, 0, 0, NULL);
	if (rs->nrules > 65535)
		err(&L, dirs[0], 0, 0, "too many rules (at most 65535)");
	rs->lx_hedge = lex_get(rs, "hedge");
	rs->lx_hedge_post = lex_get(rs, "hedgepost");
	rs->lx_scale = lex_get(rs, "scale");
	rs->lx_num = lex_get(rs, "numword");
	rs->lx_frac = lex_get(rs, "frac");
	rs->lx_unit = lex_get(rs, "unit");
	rs->lx_abbrev = lex_get(rs, "abbrev");
	rs->lx_plural = lex_get(rs, "plural");
	rs->lx_mult = lex_get(rs, "multword");
	rs->lx_ent[0] = lex_get(rs, "entity_product");
	rs->lx_ent[1] = lex_get(rs, "entity_org");
	rs->lx_ent[2] = lex_get(rs, "entity_place");
	rs->lx_metric = lex_get(rs, "metric");
	rs->lx_change = lex_get(rs, "change");
	rs->lx_scope = lex_get(rs, "scope");
	rs->lx_period = lex_get(rs, "period");
	rs->lx_namestop = lex_get(rs, "namestop");
	rs->lx_corefer = lex_get(rs, "corefer");
	rs->lx_unitclass = lex_get(rs, "unitclass");
	rs->lx_metric_money = lex_get(rs, "metric_money");
	rs->lx_stopword = lex_get(rs, "stopword");
	rs->lx_increment = lex_get(rs, "increment");
	rs->lx_comparative = lex_get(rs, "comparative");
	rs->lx_synonym = lex_get(rs, "synonym");
	rs->lx_speech = lex_get(rs, "speech");
	rs->lx_namehead = lex_get(rs, "namehead");
	rs->lx_span = lex_get(rs, "span");
	rs->lx_elided = lex_get(rs, "elided");
	rs->lx_locative = lex_get(rs, "locative");
	rs->lx_orgword = lex_get(rs, "orgword");
	rs->lx_title = lex_get(rs, "title");
	rs->lx_role = lex_get(rs, "role");
	rs->lx_metric_rate = lex_get(rs, "metric_rate");
	rs->lx_nounmetric = lex_get(rs, "nounmetric");
	rs->lx_metric_count = lex_get(rs, "metric_count");
	rs->lx_scope_apart = lex_get(rs, "scope_apart");
	rs->lx_decrement = lex_get(rs, "decrement");
	rs->lx_namelead = lex_get(rs, "namelead");
	rs->lx_measure = lex_get(rs, "measure");
	rs->lx_qualifier = lex_get(rs, "qualifier");
	rs->lx_contrast = lex_get(rs, "contrast");
	{
		/* a cheap test before building phrases in attribution */
		const xc_lexicon *al[] = { rs->lx_ent[0], rs->lx_ent[1],
		                           rs->lx_ent[2], rs->lx_metric, rs->lx_change,
		                           rs->lx_scope, rs->lx_period, rs->lx_corefer };
		size_t a, e;
		for (a = 0; a < sizeof al / sizeof al[0]; a++)
			for (e = 0; al[a] && e < al[a]->n; e++) {
				const char *w = al[a]->e[e].alias;
				size_t n = strcspn(w, " ");
				if (xc_wordset_add(&rs->attr_first, w, n))
					err(&L, dirs[0], 0, 0, "out of memory");
			}
	}
	for (i = 0; i < sizeof cur_lex / sizeof cur_lex[0]; i++) {
		const xc_lexicon *lx = lex_get(rs, cur_lex[i]);
		if (lx)
			rs->lx_cur[rs->nlx_cur++] = lx;
	}
	add_words_from(&rs->triggers, rs->lx_num, 1);
	add_words_from(&rs->triggers, rs->lx_frac, 1);
	add_words_from(&rs->triggers, rs->lx_mult, 1);
	add_words_from(&rs->triggers, lex_get(rs, "cur_code"), 1);
	add_words_from(&rs->triggers, lex_get(rs, "cur_symbol"), 1);
	/* figure words: a trigger word is only worth trying near one of these
	** or a digit (single letters such as "m" are left out) */
	if (rs->lx_hedge)
		for (i = 0; i < rs->lx_hedge->n; i++) {
			const xc_lex_entry *h = &rs->lx_hedge->e[i];
			size_t b = h->alen, a;
			while (b > 0 && !xc_is_alpha((unsigned char)h->alias[b - 1]))
				b--;
			a = b;
			while (a > 0 && xc_is_alpha((unsigned char)h->alias[a - 1]))
				a--;
			if (b > a)
				xc_wordset_add(&rs->hedge_ends, h->alias + a, b - a);
		}
	add_words_from(&rs->cores, rs->lx_num, 2);
	add_words_from(&rs->cores, rs->lx_frac, 2);
	add_words_from(&rs->cores, rs->lx_mult, 2);
	add_words_from(&rs->cores, rs->lx_scale, 2);
	/* "a dollar", "a dime": a currency word can be the figure */
	add_words_from(&rs->cores, lex_get(rs, "cur_name"), 3);
	add_words_from(&rs->cores, lex_get(rs, "cur_minor"), 3);
	/* words a rule names as its figure ("an hour") */
	for (i = 0; i < rs->nrules; i++) {
		const char *p = rs->rules[i].figures;
		while (p && *p) {
			size_t n = strcspn(p, " \t");
			if (n && xc_wordset_add(&rs->cores, p, n))
				err(&L, dirs[0], 0, 0, "out of memory");
			p += n;
			while (*p == ' ' || *p == '\t')
				p++;
		}
	}
	for (i = 0; i < rs->nrules; i++) {
		const char *p = rs->rules[i].triggers;
		while (p && *p) {
			size_t n = strcspn(p, " \t");
			xc_wordset_add(&rs->triggers, p, n);
			/* an exclusion's span may hold figures far from its first
			** word (a URL): its triggers skip the figure-nearby check */
			if (rs->rules[i].exclude)
				xc_wordset_add(&rs->always, p, n);
			p += n;
			p += strspn(p, " \t");
		}
	}
	if (!L.errors && build_dispatch(rs))
		L.errors++;
	build_classes(rs);
	snprintf(rs->hash, sizeof rs->hash, "%016llx",
	         (unsigned long long)XXH3_64bits_digest(L.hash));
	XXH3_freeState(L.hash);
	for (i = 0; i < L.nfrag; i++) {
		free(L.frag[i].name);
		free(L.frag[i].src);
		free(L.frag[i].where);
	}
	free(L.frag);
	free(L.pairgap_src);
	free(L.pairgap_where);
	free(L.boundgap_src);
	free(L.boundgap_where);

	xc_diags_sort_from(diags, first_diag);
	if (L.errors) {
		xc_ruleset_free(rs);
		return XC_ERULES;
	}
	*out = rs;
	return XC_OK;
}

void xc_ruleset_free(xc_ruleset *rs)
{
	size_t i, j;

	if (!rs)
		return;
	for (i = 0; i < rs->nrules; i++) {
		xc_rule *r = &rs->rules[i];
		free(r->id);
		free(r->where);
		free(r->path);
		free(r->pattern_src);
		free(r->pattern_exp);
		free(r->before_src);
		free(r->set_unit);
		free(r->set_cur);
		free(r->set_hedge);
		free(r->triggers);
		free(r->figures);
		pcre2_code_free(r->re);
		pcre2_code_free(r->tail);
		free(r->tail_map);
		pcre2_code_free(r->before);
		for (j = 0; j < r->nex; j++) {
			free(r->ex[j].text);
			free(r->ex[j].fields);
		}
		free(r->ex);
	}
	free(rs->rules);
	for (i = 0; i < rs->nlex; i++) {
		for (j = 0; j < rs->lex[i].n; j++) {
			free(rs->lex[i].e[j].alias);
			free(rs->lex[i].e[j].canon);
		}
		free(rs->lex[i].e);
		free(rs->lex[i].slot);
		free(rs->lex[i].name);
	}
	free(rs->lex);
	for (i = 0; i < 256; i++)
		free(rs->by_byte[i]);
	pcre2_code_free(rs->pairgap);
	pcre2_code_free(rs->boundgap);
	for (i = 0; i < 3; i++)
		pcre2_code_free(rs->head[i]);
	xc_wordset_release(&rs->triggers);
	xc_wordset_release(&rs->attr_first);
	xc_wordset_release(&rs->cores);
	xc_wordset_release(&rs->always);
	xc_wordset_release(&rs->hedge_ends);
	free(rs);
}

size_t xc_ruleset_count(const xc_ruleset *rs)
{
	return rs->nrules;
}

const char *xc_ruleset_rule_id(const xc_ruleset *rs, size_t i)
{
	return i < rs->nrules ? rs->rules[i].id : NULL;
}

const char *xc_ruleset_rule_kind(const xc_ruleset *rs, size_t i)
{
	if (i >= rs->nrules)
		return NULL;
	if (rs->rules[i].citation)
		return "citation";
	return rs->rules[i].exclude ? "exclude" : xc_kind_name(rs->rules[i].kind);
}

const char *xc_ruleset_rule_where(const xc_ruleset *rs, size_t i)
{
	return i < rs->nrules ? rs->rules[i].where : NULL;
}

const char *xc_ruleset_rule_pattern(const xc_ruleset *rs, size_t i)
{
	return i < rs->nrules ? rs->rules[i].pattern_exp : NULL;
}

const char *xc_ruleset_hash(const xc_ruleset *rs)
{
	return rs->hash;
}
