/* UTF-8 decoding (WHATWG: each maximal invalid subpart becomes U+FFFD). */
#ifndef LODE_UTF8_H
#define LODE_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes len bytes into out, which must hold len units; returns the
 * number of UTF-16 units written. */
size_t lode_utf8_to_utf16(const unsigned char *s, size_t len, uint16_t *out);

#endif
