/* fuzz_html.c -- HTML pages: the extracted text is valid for extraction
** and every field is either absent or a string. */
#include <string.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	xc_html h;

	if (xc_html_text((const char *)data, size, &h) == XC_OK) {
		if (!h.text || strlen(h.text) != h.len)
			abort();
		xc_html_release(&h);
	}
	return 0;
}
