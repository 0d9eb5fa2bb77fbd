/* What the URL parser's files share: growable buffers. Not part of the
 * parser's interface (url_parser.h). */
#ifndef LODE_URL_INTERNAL_H
#define LODE_URL_INTERNAL_H

#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "url_parser.h"

static inline void oom(void) {
  fputs("lode: out of memory in the URL parser\n", stderr);
  abort();
}

/* Buffers */

static inline void sb_reserve(lode_sbuf *b, size_t extra) {
  if (b->len + extra <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra) cap *= 2;
  char *p = realloc(b->p, cap);
  if (p == NULL) oom();
  b->p = p;
  b->cap = cap;
}

static inline void sb_putc(lode_sbuf *b, char c) {
  if (b->len == b->cap) sb_reserve(b, 1);
  b->p[b->len++] = c;
}

static inline void sb_append(lode_sbuf *b, const char *s, size_t n) {
  if (n == 0) return;
  sb_reserve(b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

static inline void sb_copy(lode_sbuf *dst, const lode_sbuf *src) {
  dst->len = 0;
  sb_append(dst, src->p, src->len);
}

static inline void sb_setstr(lode_sbuf *b, const char *s) {
  b->len = 0;
  sb_append(b, s, strlen(s));
}

/* Character classes and percent-encoding */

/* Bit k set: the ASCII character is in percent-encode set k (the order of
 * LODE_URL_ENC_*: C0 control, fragment, query, special-query, path,
 * userinfo, component, application/x-www-form-urlencoded). */
static const uint8_t enc_table[128] = {
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  0xfe, 0x80, 0xfe, 0xfc, 0xc0, 0xc0, 0xc0, 0x88, 0x80, 0x80, 0x00, 0xc0, 0xc0, 0x00, 0x00, 0xe0,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xe0, 0xe0, 0xfe, 0xe0, 0xfe, 0xf0,
  0xe0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xe0, 0xe0, 0xe0, 0xf0, 0x00,
  0xf2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf0, 0xe0, 0xf0, 0x80, 0xff,
};

static const char hex_upper[] = "0123456789ABCDEF";

static inline int is_alpha(int32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static inline int is_digit(int32_t c) { return c >= '0' && c <= '9'; }
static inline int is_hex(int32_t c) {
  return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
static inline int hex_val(int32_t c) { return is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }
static inline char lower(int32_t c) { return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c); }

static inline int utf8_encode(uint32_t c, unsigned char *out) {
  if (c < 0x80) {
    out[0] = (unsigned char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (unsigned char)(0xC0 | (c >> 6));
    out[1] = (unsigned char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (unsigned char)(0xE0 | (c >> 12));
    out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (c >> 18));
  out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (unsigned char)(0x80 | (c & 0x3F));
  return 4;
}

static inline int is_high(uint32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
static inline int is_low(uint32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

/* The code point at *p (a surrogate pair after cleaning), advancing *p to
 * its last unit. */
static inline uint32_t take_cp(const uint16_t *in, ptrdiff_t *p, ptrdiff_t len) {
  uint32_t c = in[*p];
  if (is_high(c) && *p + 1 < len && is_low(in[*p + 1])) {
    c = 0x10000 + ((c - 0xD800) << 10) + (in[*p + 1] - 0xDC00u);
    (*p)++;
  }
  return c;
}

/* In url_parser.c, for the fast path. */
int lode_url_scheme_type(const char *s, size_t n);
int lode_url_default_port(int type);
int lode_url_host_parse(const uint16_t *in, size_t n, int opaque, lode_sbuf *out);
int lode_url_is_single_dot(const lode_sbuf *b);
int lode_url_is_double_dot(const lode_sbuf *b);

/* In url_fast.c: 1 when the fast path produced the href, 0 to fall back. */
int lode_url_fast_parse(const uint16_t *in, size_t len, lode_sbuf *out, lode_url_components *c,
                        int *changed);

/* UTS #46 (ICU) processing, in url_idna.c. */
/* ToASCII or ToUnicode of UTF-8 input into out; -1 on failure. Lenient
 * keeps going past errors (for domainToUnicode). */
int lode_url_idna_convert(const char *s, size_t n, int to_unicode, lode_sbuf *out, int lenient);
/* ToASCII with a per-thread cache of recent hosts. */
int lode_url_idna_cached(const char *s, size_t n, lode_sbuf *out);

#endif
