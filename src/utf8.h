/* UTF-8 <-> UTF-16 conversions without the engine (WHATWG rules: each
 * maximal invalid subpart decodes to U+FFFD; a lone surrogate encodes as
 * EF BF BD). */
#ifndef LODE_UTF8_H
#define LODE_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes len bytes into out, which must hold len units; returns the
 * number of UTF-16 units written. */
size_t lode_utf8_to_utf16(const unsigned char *s, size_t len, uint16_t *out);

/* Widens n latin1 bytes to UTF-16 units. */
void lode_latin1_to_utf16(const unsigned char *s, size_t n, uint16_t *out);

/* Number of UTF-16 units lode_utf8_to_utf16 would produce. */
size_t lode_utf8_utf16_length(const unsigned char *s, size_t len);

/* Number of bytes the UTF-8 encoding of n UTF-16 units takes. */
size_t lode_utf16_utf8_length(const uint16_t *s, size_t n);

/* Encodes UTF-16 as UTF-8 into out (cap bytes), whole characters only:
 * stops before a character that does not fit. Returns the bytes written;
 * *nread (if not NULL) gets the units consumed. */
size_t lode_utf16_to_utf8(const uint16_t *s, size_t n, unsigned char *out,
                          size_t cap, size_t *nread);

/* 1 when the bytes are well-formed UTF-8, else 0. */
int lode_utf8_valid(const unsigned char *s, size_t len);

/* 1 when every byte is below 0x80, else 0. */
int lode_is_ascii(const unsigned char *s, size_t len);

/* Length of the trailing bytes of s that begin a UTF-8 sequence which more
 * bytes could still complete (0 to 3); streaming decoders keep them. */
size_t lode_utf8_incomplete_tail(const unsigned char *s, size_t len);

#endif
