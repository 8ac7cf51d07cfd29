/*
** pool.c -- documents extracted on worker threads, handed back in order.
**
** `ingest` reads and stores documents on its own thread (SQLite writes
** stay on one connection) and leaves the extraction, MinHash signature and
** attribution of each document to workers.  A ring of slots carries the
** documents: each slot owns a copy of its document and an extractor whose
** results stay valid until the slot has been stored, so nothing is copied
** back.  Slots are stored strictly in the order they were added, which
** keeps document ids, batches and messages the same as a one-thread run.
**
** With one job there are no threads: every document is extracted and
** stored at once, on the calling thread.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

enum { S_FREE, S_READY, S_BUSY, S_DONE };

/* documents added before the workers are woken (see cli_pool_add) */
#define WAKE_BATCH 8

typedef struct slot {
	cli_pool_doc d;      /* what the store callback sees */
	xc_extractor *x;     /* results borrowed from it */
	char *body;          /* the copy of the document */
	size_t cap;
	char *meta;          /* the metadata strings, one after another */
	size_t metacap;
	uint32_t mh[XC_MINHASH_N];
	int state;
} slot;

struct cli_pool {
	slot *s;
	size_t ns;
	/* counts since the start: added >= taken >= stored; slot i % ns */
	size_t added, taken, stored;
	pthread_t *th;
	size_t nth;
	int quit;
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	cli_pool_store_fn store;
	void *ctx;
};

/* Extraction, signature and attribution of one slot's document. */
static void process(slot *sl)
{
	cli_pool_doc *d = &sl->d;
	const xc_claim *cl;
	size_t n, nlen, fm;
	const char *norm;
	char *saved = NULL;
	const xc_extract_stats *es;

	memset(&d->dc, 0, sizeof d->dc);
	/* front matter is metadata, not text: its lines but the title (the
	** headline) are blanked while the document is read, and put back for
	** the store (offsets are unchanged either way) */
	fm = strcmp(d->meta.format, "jsonl") && strcmp(d->meta.format, "html")
	         ? cli_front_matter_end(sl->body, d->len) : 0;
	if (fm && (saved = malloc(fm))) {
		memcpy(saved, sl->body, fm);
		cli_blank_front_matter(sl->body, fm);
	}
	d->status = xc_extract(sl->x, sl->body, d->len, &cl, &n);
	if (saved) {
		memcpy(sl->body, saved, fm);
		free(saved);
	}
	if (d->status)
		return;
	es = xc_extractor_stats(sl->x);
	d->disabled = xc_extractor_disabled(sl->x);
	d->dc.claims = cl;
	d->dc.n = n;
	d->dc.cites = xc_extractor_citations(sl->x, &d->dc.ncites);
	d->dc.numbers = es->numbers;
	d->dc.excluded = es->excluded;
	norm = xc_text_norm(xc_extractor_text(sl->x), &nlen);
	xc_minhash(norm, nlen, sl->mh);
	d->dc.minhash = sl->mh;
	d->status = xc_extractor_attribute(sl->x, d->meta.published, &d->dc.attrs);
}

static void *worker(void *arg)
{
	cli_pool *p = arg;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		slot *sl;
		while (!p->quit && p->taken == p->added)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->taken == p->added)
			break; /* quitting, nothing left */
		sl = &p->s[p->taken++ % p->ns];
		sl->state = S_BUSY;
		pthread_mutex_unlock(&p->mu);
		process(sl);
		pthread_mutex_lock(&p->mu);
		sl->state = S_DONE;
		pthread_cond_broadcast(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

int cli_pool_new(const xc_ruleset *rs, int jobs, int citations,
                 cli_pool_store_fn store, void *ctx, cli_pool **out)
{
	cli_pool *p = calloc(1, sizeof *p);
	size_t i;

	*out = NULL;
	if (!p)
		return -1;
	p->store = store;
	p->ctx = ctx;
	if (jobs < 1)
		jobs = 1;
	/* a few documents in flight per worker keeps each one busy while the
	** store thread catches up */
	p->ns = jobs == 1 ? 1 : (size_t)jobs * 4 + WAKE_BATCH;
	p->s = calloc(p->ns, sizeof *p->s);
	if (!p->s) {
		free(p);
		return -1;
	}
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	for (i = 0; i < p->ns; i++) {
		if (xc_extractor_new(rs, &p->s[i].x)) {
			cli_pool_free(p);
			return -1;
		}
		xc_extractor_want_citations(p->s[i].x, citations);
	}
	if (jobs > 1) {
		p->th = calloc((size_t)jobs, sizeof *p->th);
		if (!p->th) {
			cli_pool_free(p);
			return -1;
		}
		for (i = 0; i < (size_t)jobs; i++) {
			if (pthread_create(&p->th[i], NULL, worker, p))
				break;
			p->nth++;
		}
		if (!p->nth) {
			cli_pool_free(p);
			return -1;
		}
	}
	*out = p;
	return 0;
}

/* Hands the oldest slot to the store callback once it is done. */
static void store_oldest(cli_pool *p)
{
	slot *sl = &p->s[p->stored % p->ns];

	if (p->nth) {
		pthread_mutex_lock(&p->mu);
		if (sl->state != S_DONE && p->taken < p->added)
			pthread_cond_broadcast(&p->work); /* wake them before waiting */
		while (sl->state != S_DONE)
			pthread_cond_wait(&p->done, &p->mu);
		pthread_mutex_unlock(&p->mu);
	}
	p->store(p->ctx, &sl->d);
	sl->state = S_FREE;
	p->stored++;
}

/* Room for n bytes at *p (kept between documents). */
static int reserve(char **p, size_t *cap, size_t n)
{
	char *q;

	if (n <= *cap)
		return 0;
	if (n < 2 * *cap)
		n = 2 * *cap;
	if (!(q = realloc(*p, n)))
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

/* Copies s (or NULL) into the metadata block at *at. */
static const char *meta_put(char *block, size_t *at, const char *s)
{
	size_t n;
	char *r;

	if (!s)
		return NULL;
	n = strlen(s) + 1;
	r = block + *at;
	memcpy(r, s, n);
	*at += n;
	return r;
}

int cli_pool_add(cli_pool *p, const xc_doc_meta *m, const char *body,
                 size_t len, const char *hash, int state)
{
	const char *f[8];
	size_t need = 0, at = 0, i;
	slot *sl;

	if (p->added - p->stored == p->ns)
		store_oldest(p);
	sl = &p->s[p->added % p->ns];
	f[0] = m->path;
	f[1] = m->format;
	f[2] = m->title;
	f[3] = m->outlet;
	f[4] = m->author;
	f[5] = m->published;
	f[6] = m->url;
	f[7] = m->language;
	for (i = 0; i < 8; i++)
		need += f[i] ? strlen(f[i]) + 1 : 0;
	if (reserve(&sl->body, &sl->cap, len + 1) ||
	    reserve(&sl->meta, &sl->metacap, need ? need : 1))
		return -1;
	memcpy(sl->body, body, len);
	sl->body[len] = 0;
	memset(&sl->d, 0, sizeof sl->d);
	sl->d.meta.path = meta_put(sl->meta, &at, f[0]);
	sl->d.meta.format = meta_put(sl->meta, &at, f[1]);
	sl->d.meta.title = meta_put(sl->meta, &at, f[2]);
	sl->d.meta.outlet = meta_put(sl->meta, &at, f[3]);
	sl->d.meta.author = meta_put(sl->meta, &at, f[4]);
	sl->d.meta.published = meta_put(sl->meta, &at, f[5]);
	sl->d.meta.url = meta_put(sl->meta, &at, f[6]);
	sl->d.meta.language = meta_put(sl->meta, &at, f[7]);
	sl->d.meta.bytes = m->bytes;
	sl->d.body = sl->body;
	sl->d.len = len;
	sl->d.state = state;
	memcpy(sl->d.hash, hash, sizeof sl->d.hash);
	if (!p->nth) {
		sl->d.fresh = 1;
		process(sl);
		p->added++;
		store_oldest(p);
		return 0;
	}
	pthread_mutex_lock(&p->mu);
	sl->state = S_READY;
	p->added++;
	/* workers are woken a batch at a time: a wake-up is a system call,
	** and the store thread, not the workers, usually sets the pace */
	if (p->added - p->taken >= WAKE_BATCH)
		pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	return 0;
}

void cli_pool_drain(cli_pool *p)
{
	if (p->nth) {
		pthread_mutex_lock(&p->mu);
		pthread_cond_broadcast(&p->work);
		pthread_mutex_unlock(&p->mu);
	}
	while (p->stored < p->added)
		store_oldest(p);
}

void cli_pool_free(cli_pool *p)
{
	size_t i;

	if (!p)
		return;
	if (p->nth) {
		pthread_mutex_lock(&p->mu);
		p->quit = 1;
		pthread_cond_broadcast(&p->work);
		pthread_mutex_unlock(&p->mu);
		for (i = 0; i < p->nth; i++)
			pthread_join(p->th[i], NULL);
	}
	free(p->th);
	for (i = 0; i < p->ns; i++) {
		xc_extractor_free(p->s[i].x);
		free(p->s[i].body);
		free(p->s[i].meta);
	}
	free(p->s);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	free(p);
}

int cli_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}
