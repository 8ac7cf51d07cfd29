/*
** minhash.c -- MinHash signatures of documents, to tell syndicated copies
** and near-duplicates apart from independent reporting.
**
** Shingles are runs of 5 consecutive words (ASCII letters and digits, case
** folded); each is hashed once with XXH3 and then mapped through 64
** multiply-xorshift permutations, keeping the minimum per permutation.  Two
** signatures agree at a position with probability equal to the Jaccard
** similarity of the shingle sets.
*/
#include <string.h>
#include <xxhash.h>

#include "internal.h"

#define SHINGLE 5

static uint64_t splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

void xc_minhash(const char *s, size_t len, uint32_t out[XC_MINHASH_N])
{
	uint64_t mul[XC_MINHASH_N], seed = 0x5EEDC0DEull, words[SHINGLE];
	size_t i = 0, nw = 0, k;

	for (k = 0; k < XC_MINHASH_N; k++) {
		mul[k] = splitmix(&seed) | 1;
		out[k] = UINT32_MAX;
	}
	while (i < len) {
		char w[64];
		size_t n = 0;
		uint64_t h;
		while (i < len && !xc_is_alnum((unsigned char)s[i]))
			i++;
		while (i < len && xc_is_alnum((unsigned char)s[i])) {
			if (n < sizeof w)
				w[n++] = xc_lower(s[i]);
			i++;
		}
		if (!n)
			break;
		memmove(words, words + 1, (SHINGLE - 1) * sizeof words[0]);
		words[SHINGLE - 1] = XXH3_64bits(w, n);
		if (++nw < SHINGLE)
			continue;
		h = XXH3_64bits(words, sizeof words);
		for (k = 0; k < XC_MINHASH_N; k++) {
			uint64_t x = h * mul[k];
			uint32_t v = (uint32_t)((x ^ (x >> 29)) >> 32);
			if (v < out[k])
				out[k] = v;
		}
	}
}

static bool empty(const uint32_t *a)
{
	size_t k;
	for (k = 0; k < XC_MINHASH_N; k++)
		if (a[k] != UINT32_MAX)
			return false;
	return true;
}

double xc_minhash_similarity(const uint32_t *a, const uint32_t *b)
{
	size_t k, eq = 0;

	/* a text of fewer than five words has no shingles: it resembles
	** nothing, not every other short text */
	if (empty(a) || empty(b))
		return 0;
	for (k = 0; k < XC_MINHASH_N; k++)
		eq += a[k] == b[k];
	return (double)eq / XC_MINHASH_N;
}
