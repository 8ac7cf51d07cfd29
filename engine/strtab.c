/*
** strtab.c -- interned strings: each distinct string gets a small id (0 is
** the empty string and NULL), so records compare names, metrics and words
** as integers.  Open addressing over FNV-1a hashes; the table owns its
** copies.  Used by the reconciler and by story clustering.
*/
#include <stdlib.h>
#include <string.h>

#include "internal.h"


static uint64_t str_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static xc_status strtab_grow(xc_strtab *t)
{
	size_t ns = t->nslot ? t->nslot * 2 : 1024, i;
	uint32_t *sl = calloc(ns, sizeof *sl);

	if (!sl)
		return XC_ENOMEM;
	for (i = 1; i < t->n; i++) {
		size_t h = str_hash(t->s[i], strlen(t->s[i])) & (ns - 1);
		while (sl[h])
			h = (h + 1) & (ns - 1);
		sl[h] = (uint32_t)i;
	}
	free(t->slot);
	t->slot = sl;
	t->nslot = ns;
	return XC_OK;
}

xc_status xc_strtab_intern(xc_strtab *t, const char *s, size_t n, uint32_t *id)
{
	size_t h;

	*id = 0;
	if (!s || !n)
		return XC_OK;
	if (t->n == 0) {
		if (xc_grow(&t->s, &t->cap, 0, sizeof *t->s, 1024))
			return XC_ENOMEM;
		t->s[0] = NULL;
		t->n = 1;
	}
	if ((t->n + 1) * 2 > t->nslot && strtab_grow(t))
		return XC_ENOMEM;
	h = str_hash(s, n) & (t->nslot - 1);
	while (t->slot[h]) {
		const char *o = t->s[t->slot[h]];
		if (!strncmp(o, s, n) && o[n] == 0) {
			*id = t->slot[h];
			return XC_OK;
		}
		h = (h + 1) & (t->nslot - 1);
	}
	if (xc_grow(&t->s, &t->cap, t->n, sizeof *t->s, 1024))
		return XC_ENOMEM;
	if (!(t->s[t->n] = xc_strndup(s, n)))
		return XC_ENOMEM;
	t->slot[h] = (uint32_t)t->n;
	*id = (uint32_t)t->n++;
	return XC_OK;
}

uint32_t xc_strtab_find(const xc_strtab *t, const char *s, size_t n)
{
	size_t h;

	if (!s || !n || !t->nslot)
		return 0;
	h = str_hash(s, n) & (t->nslot - 1);
	while (t->slot[h]) {
		const char *o = t->s[t->slot[h]];
		if (!strncmp(o, s, n) && o[n] == 0)
			return t->slot[h];
		h = (h + 1) & (t->nslot - 1);
	}
	return 0;
}

const char *xc_strtab_str(const xc_strtab *t, uint32_t id)
{
	return id && id < t->n ? t->s[id] : "";
}

void xc_strtab_release(xc_strtab *t)
{
	size_t i;
	for (i = 1; i < t->n; i++)
		free(t->s[i]);
	free(t->s);
	free(t->slot);
}
