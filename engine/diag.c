/*
** diag.c -- diagnostic lists and status strings.  Messages are formatted
** by the caller in "path:line:col: message" form; this module only stores
** them, in the order they were added.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct xc_diags {
	char **msg;
	size_t n, cap;
};

const char *xc_status_str(xc_status st)
{
	switch (st) {
	case XC_OK: return "ok";
	case XC_ENOMEM: return "out of memory";
	case XC_EIO: return "input/output error";
	case XC_EINVAL: return "invalid argument";
	case XC_ERULES: return "rule files have errors";
	case XC_ELIMIT: return "input exceeds a size limit";
	case XC_EBINARY: return "binary file, not text";
	case XC_ENOTFOUND: return "not found";
	}
	return "unknown status";
}

xc_status xc_diags_new(xc_diags **out)
{
	*out = calloc(1, sizeof **out);
	return *out ? XC_OK : XC_ENOMEM;
}

void xc_diags_clear(xc_diags *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->n; i++)
		free(d->msg[i]);
	d->n = 0;
}

void xc_diags_free(xc_diags *d)
{
	if (!d)
		return;
	xc_diags_clear(d);
	free(d->msg);
	free(d);
}

size_t xc_diags_count(const xc_diags *d)
{
	return d ? d->n : 0;
}

const char *xc_diags_get(const xc_diags *d, size_t i)
{
	return d && i < d->n ? d->msg[i] : NULL;
}

xc_status xc_diag_add(xc_diags *d, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *m;

	if (!d)
		return XC_OK;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return XC_EINVAL;
	m = malloc((size_t)n + 1);
	if (!m)
		return XC_ENOMEM;
	va_start(ap, fmt);
	vsnprintf(m, (size_t)n + 1, fmt, ap);
	va_end(ap);
	if (xc_grow(&d->msg, &d->cap, d->n, sizeof *d->msg, 8)) {
		free(m);
		return XC_ENOMEM;
	}
	d->msg[d->n++] = m;
	return XC_OK;
}

/* "path:line:col: msg" -> path, line, col for ordering */
static void diag_key(const char *m, size_t *plen, long *line, long *col)
{
	const char *p = m, *c1 = NULL, *c2 = NULL, *c3 = NULL;

	/* the last "path:N:N:" prefix: paths may hold colons */
	for (p = m; *p; p++) {
		if (*p == ':' && p[1] >= '0' && p[1] <= '9') {
			const char *q = p + 1, *r;
			while (*q >= '0' && *q <= '9')
				q++;
			if (*q != ':')
				continue;
			r = q + 1;
			while (*r >= '0' && *r <= '9')
				r++;
			if (*r == ':' && r > q + 1) {
				c1 = p;
				c2 = q;
				c3 = r;
				break;
			}
		}
	}
	if (!c1) {
		*plen = strlen(m);
		*line = *col = 0;
		return;
	}
	*plen = (size_t)(c1 - m);
	*line = strtol(c1 + 1, NULL, 10);
	*col = strtol(c2 + 1, NULL, 10);
	(void)c3;
}

static int diag_cmp(const char *a, const char *b)
{
	size_t la, lb;
	long na, nb, ca, cb;
	int c;

	diag_key(a, &la, &na, &ca);
	diag_key(b, &lb, &nb, &cb);
	c = strncmp(a, b, la < lb ? la : lb);
	if (c || la != lb)
		return c ? c : (la < lb ? -1 : 1);
	if (na != nb)
		return na < nb ? -1 : 1;
	return ca < cb ? -1 : ca > cb;
}

void xc_diags_sort_from(xc_diags *d, size_t from)
{
	size_t i, j;

	if (!d)
		return;
	/* insertion sort keeps equal keys in the order they were found */
	for (i = from + 1; i < d->n; i++) {
		char *t = d->msg[i];
		for (j = i; j > from && diag_cmp(d->msg[j - 1], t) > 0; j--)
			d->msg[j] = d->msg[j - 1];
		d->msg[j] = t;
	}
}

bool xc_close(double a, double b)
{
	double scale = fmax(fabs(a), fabs(b));

	return fabs(a - b) <= 1e-9 * (scale > 1 ? scale : 1);
}

char *xc_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

const char *xc_kind_name(xc_kind k)
{
	switch (k) {
	case XC_KIND_MONEY: return "money";
	case XC_KIND_COUNT: return "count";
	case XC_KIND_PERCENT: return "percent";
	case XC_KIND_RATIO: return "ratio";
	case XC_KIND_QUANTITY: return "quantity";
	case XC_KIND_NUMBER: return "number";
	case XC_KIND_EXCLUDED: return "excluded";
	}
	return "unknown";
}
