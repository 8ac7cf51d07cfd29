/*
** buf.c -- growable byte buffers with a hard size cap (after curl's
** dynbuf).  A buffer that would grow past its cap fails with XC_ELIMIT and
** keeps its content; nothing here prints or aborts.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void xc_buf_init(xc_buf *b, size_t max)
{
	b->p = NULL;
	b->len = b->cap = 0;
	b->max = max ? max : (size_t)-1 / 2;
}

void xc_buf_release(xc_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

void xc_buf_reset(xc_buf *b)
{
	b->len = 0;
	if (b->p)
		b->p[0] = '\0';
}

static xc_status grow(xc_buf *b, size_t need)
{
	size_t want;
	char *np;

	if (need > b->max || need < b->len)
		return XC_ELIMIT;
	if (need + 1 <= b->cap)
		return XC_OK;
	want = b->cap ? b->cap : 64;
	while (want < need + 1)
		want = want > ((size_t)-1) / 2 ? need + 1 : want * 2;
	if (want > b->max + 1)
		want = b->max + 1;
	np = realloc(b->p, want);
	if (!np)
		return XC_ENOMEM;
	b->p = np;
	b->cap = want;
	return XC_OK;
}

xc_status xc_buf_reserve(xc_buf *b, size_t n)
{
	return grow(b, b->len + n);
}

xc_status xc_buf_add(xc_buf *b, const void *s, size_t n)
{
	xc_status st = grow(b, b->len + n);

	if (st)
		return st;
	if (n)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
	return XC_OK;
}

xc_status xc_buf_addc(xc_buf *b, char c)
{
	return xc_buf_add(b, &c, 1);
}

xc_status xc_buf_addf(xc_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;
	xc_status st;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return XC_EINVAL;
	st = grow(b, b->len + (size_t)n);
	if (st)
		return st;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return XC_OK;
}

xc_status xc_grow(void *arrp, size_t *cap, size_t n, size_t size,
                  size_t first)
{
	void *arr, *p;
	size_t nc;

	if (n < *cap)
		return XC_OK;
	nc = *cap ? *cap * 2 : first;
	if (nc < *cap || nc > (size_t)-1 / size)
		return XC_ENOMEM;
	memcpy(&arr, arrp, sizeof arr);
	p = realloc(arr, nc * size);
	if (!p)
		return XC_ENOMEM;
	memcpy(arrp, &p, sizeof p);
	*cap = nc;
	return XC_OK;
}
