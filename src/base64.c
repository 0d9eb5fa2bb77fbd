/* base64, base64url and hex with Node's decoding rules. */
#include "base64.h"

/* Alphabet value of each character (both alphabets), 64 for '=', 255 for
 * characters Node's decoder skips. */
static const unsigned char b64_value[256] = {
#define X 255
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  62, X,  62, X,  63,
  52, 53, 54, 55, 56, 57, 58, 59, 60, 61, X,  X,  X,  64, X,  X,
  X,  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14,
  15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, X,  X,  X,  X,  63,
  X,  26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,  X,
#undef X
};

/* One decoder for both string widths: a quad of values is flushed as three
 * bytes; what is left at the end (2 or 3 values) gives 1 or 2 bytes. */
#define B64_DECODE_BODY(CHAR_VALUE)                                         \
  size_t o = 0;                                                            \
  unsigned acc = 0, have = 0;                                              \
  for (size_t i = 0; i < n; i++) {                                         \
    unsigned v = CHAR_VALUE(s[i]);                                         \
    if (v == 255) continue;                                                \
    if (v == 64) break;                                                    \
    acc = (acc << 6) | v;                                                  \
    if (++have == 4) {                                                     \
      if (o + 3 > cap) {                                                   \
        if (o < cap) out[o++] = (unsigned char)(acc >> 16);                \
        if (o < cap) out[o++] = (unsigned char)(acc >> 8);                 \
        return o;                                                          \
      }                                                                    \
      out[o++] = (unsigned char)(acc >> 16);                               \
      out[o++] = (unsigned char)(acc >> 8);                                \
      out[o++] = (unsigned char)acc;                                       \
      acc = 0;                                                             \
      have = 0;                                                            \
    }                                                                      \
  }                                                                        \
  if (have == 2) {                                                         \
    if (o < cap) out[o++] = (unsigned char)(acc >> 4);                     \
  } else if (have == 3) {                                                  \
    if (o < cap) out[o++] = (unsigned char)(acc >> 10);                    \
    if (o < cap) out[o++] = (unsigned char)(acc >> 2);                     \
  }                                                                        \
  return o;

#define VALUE16(c) ((c) < 256 ? b64_value[(c)] : 255u)
#define VALUE8(c) (b64_value[(c)])

size_t lode_base64_decode16(const uint16_t *s, size_t n, unsigned char *out, size_t cap) {
  B64_DECODE_BODY(VALUE16)
}

size_t lode_base64_decode8(const unsigned char *s, size_t n, unsigned char *out, size_t cap) {
  B64_DECODE_BODY(VALUE8)
}

size_t lode_base64_decoded_length16(const uint16_t *s, size_t n) {
  if (n > 0 && s[n - 1] == '=') n--;
  if (n > 1 && s[n - 1] == '=') n--;
  return (n / 4) * 3 + ((n % 4) * 3) / 4;
}

size_t lode_base64_encoded_length(size_t n, int url) {
  if (!url) return (n + 2) / 3 * 4;
  return n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1);
}

size_t lode_base64_encode16(const unsigned char *s, size_t n, uint16_t *out, int url) {
  const char *abc = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                        : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t i = 0, o = 0;
  for (; i + 3 <= n; i += 3) {
    unsigned v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8 | s[i + 2];
    out[o++] = (uint16_t)abc[v >> 18];
    out[o++] = (uint16_t)abc[(v >> 12) & 63];
    out[o++] = (uint16_t)abc[(v >> 6) & 63];
    out[o++] = (uint16_t)abc[v & 63];
  }
  if (n - i == 1) {
    unsigned v = (unsigned)s[i] << 16;
    out[o++] = (uint16_t)abc[v >> 18];
    out[o++] = (uint16_t)abc[(v >> 12) & 63];
    if (!url) {
      out[o++] = '=';
      out[o++] = '=';
    }
  } else if (n - i == 2) {
    unsigned v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8;
    out[o++] = (uint16_t)abc[v >> 18];
    out[o++] = (uint16_t)abc[(v >> 12) & 63];
    out[o++] = (uint16_t)abc[(v >> 6) & 63];
    if (!url) out[o++] = '=';
  }
  return o;
}

static inline int hex_value(unsigned c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
  return -1;
}

size_t lode_hex_decode16(const uint16_t *s, size_t n, unsigned char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i + 1 < n && o < cap; i += 2) {
    int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
    if (hi < 0 || lo < 0) break;
    out[o++] = (unsigned char)(hi << 4 | lo);
  }
  return o;
}

void lode_hex_encode16(const unsigned char *s, size_t n, uint16_t *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = (uint16_t)digits[s[i] >> 4];
    out[2 * i + 1] = (uint16_t)digits[s[i] & 15];
  }
}
