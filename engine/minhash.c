/*
** minhash.c -- MinHash signatures of documents, to tell syndicated copies
** and near-duplicates apart from independent reporting.
**
** Shingles are runs of 5 consecutive words (ASCII letters and digits, case
** folded); each word is hashed once with XXH3 and a shingle's hash mixes
** its five.  One-permutation hashing: the top 6 bits of a shingle's hash
** pick one of 64 bins, and each bin keeps its smallest value, so a
** shingle costs one hash, not 64.  Two signatures agree in a bin that
** either fills with probability close to the Jaccard similarity of the
** shingle sets (bins empty in both are left out).
*/
#include <string.h>
#include <xxhash.h>

#include "internal.h"

#define SHINGLE 5

static uint64_t mix(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

void xc_minhash(const char *s, size_t len, uint32_t out[XC_MINHASH_N])
{
	uint64_t words[SHINGLE] = { 0 };
	size_t i = 0, nw = 0, k;

	for (k = 0; k < XC_MINHASH_N; k++)
		out[k] = UINT32_MAX;
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
		/* one permutation: the top bits pick a bin, the rest compete */
		h = mix(words[0] ^ rotl(words[1], 13) ^ rotl(words[2], 26) ^
		        rotl(words[3], 39) ^ rotl(words[4], 52));
		k = (size_t)(h >> 58);
		if ((uint32_t)h < out[k])
			out[k] = (uint32_t)h;
	}
}

double xc_minhash_similarity(const uint32_t *a, const uint32_t *b)
{
	size_t k, eq = 0, used = 0;

	/* bins empty in both carry no evidence; a text of fewer than five
	** words has no shingles and resembles nothing */
	for (k = 0; k < XC_MINHASH_N; k++) {
		if (a[k] == UINT32_MAX && b[k] == UINT32_MAX)
			continue;
		used++;
		eq += a[k] == b[k];
	}
	return used ? (double)eq / (double)used : 0;
}
