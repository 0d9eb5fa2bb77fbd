/* base64, base64url and hex codecs with Node's lenient decoding rules,
 * without the engine (unit-tested in test/c/test-base64.c). */
#ifndef LODE_BASE64_H
#define LODE_BASE64_H

#include <stddef.h>
#include <stdint.h>

/* Decodes base64 or base64url (both alphabets are accepted, as Node does):
 * characters outside the alphabet are skipped, the first '=' ends the data,
 * a final lone character is dropped. Writes at most cap bytes; returns the
 * number written. */
size_t lode_base64_decode16(const uint16_t *s, size_t n, unsigned char *out, size_t cap);
size_t lode_base64_decode8(const unsigned char *s, size_t n, unsigned char *out, size_t cap);

/* The decoded size Node reports for n characters (an upper bound of what
 * lode_base64_decode writes): trailing '=' are not counted. */
size_t lode_base64_decoded_length16(const uint16_t *s, size_t n);

/* Encodes n bytes; url selects base64url without padding. out must hold
 * lode_base64_encoded_length(n, url) units. Returns the units written. */
size_t lode_base64_encoded_length(size_t n, int url);
size_t lode_base64_encode16(const unsigned char *s, size_t n, uint16_t *out, int url);

/* Decodes hex pairs until the first pair that is not two hex digits (or a
 * final odd digit); writes at most cap bytes; returns the number written. */
size_t lode_hex_decode16(const uint16_t *s, size_t n, unsigned char *out, size_t cap);

/* Lower-case hex of n bytes into out (2n units). */
void lode_hex_encode16(const unsigned char *s, size_t n, uint16_t *out);

#endif
