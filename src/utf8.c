/* UTF-8 <-> UTF-16 without the engine, so it can be unit-tested and fuzzed. */
#include "utf8.h"

#include <string.h>

#define ASCII_MASK8 0x8080808080808080ULL

static inline uint64_t load64(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

/* How one non-ASCII sequence starting at s[0] decodes: the code point (or
 * -1 for a maximal invalid subpart) and the bytes it takes. */
static inline long decode_one(const unsigned char *s, size_t len, size_t *used) {
  unsigned c = s[0];
  unsigned need, cp, lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    cp = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    cp = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *used = 1;
    return -1;
  }
  size_t j = 1;
  unsigned k = 0;
  for (; k < need && j < len; k++, j++) {
    unsigned b = s[j];
    if (b < lo || b > hi) break;
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
  }
  *used = j;
  return k < need ? -1 : (long)cp;
}

/* Widens 16 bytes to 16 units (ASCII or latin1); SSE2 is part of every
 * x86-64. */
#if defined(__SSE2__)
#include <emmintrin.h>
static inline void widen16(const unsigned char *s, uint16_t *out) {
  __m128i v = _mm_loadu_si128((const __m128i *)s);
  __m128i z = _mm_setzero_si128();
  _mm_storeu_si128((__m128i *)out, _mm_unpacklo_epi8(v, z));
  _mm_storeu_si128((__m128i *)(out + 8), _mm_unpackhi_epi8(v, z));
}
/* Bit k set when s[k] is not ASCII (k < 16). */
static inline unsigned nonascii16(const unsigned char *s) {
  return (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)s));
}
#else
static inline void widen16(const unsigned char *s, uint16_t *out) {
  for (int k = 0; k < 16; k++) out[k] = s[k];
}
static inline unsigned nonascii16(const unsigned char *s) {
  unsigned m = 0;
  for (int k = 0; k < 16; k++) m |= (unsigned)(s[k] >> 7) << k;
  return m;
}
#endif

void lode_latin1_to_utf16(const unsigned char *s, size_t n, uint16_t *out) {
  size_t i = 0;
  for (; i + 16 <= n; i += 16) widen16(s + i, out + i);
  for (; i < n; i++) out[i] = s[i];
}

/* Decodes UTF-8 into UTF-16, replacing each maximal invalid subpart with
 * U+FFFD as the Encoding Standard says. out must hold len units. */
size_t lode_utf8_to_utf16(const unsigned char *s, size_t len, uint16_t *out) {
  size_t i = 0, o = 0;
  while (i < len) {
    if (i + 16 <= len) {
      /* All 16 are widened; only the ASCII run before the first other byte
       * counts (o <= i, so the 16 units fit in out's len). */
      unsigned m = nonascii16(s + i);
      widen16(s + i, out + o);
      unsigned run = m == 0 ? 16 : (unsigned)__builtin_ctz(m);
      i += run;
      o += run;
      if (run == 16) continue;
    }
    unsigned c = s[i];
    if (c < 0x80) {
      out[o++] = (uint16_t)c;
      i++;
      continue;
    }
    /* Well-formed two- and three-byte sequences inline; the rest below. */
    if (c >= 0xC2 && c <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
      out[o++] = (uint16_t)(((c & 0x1F) << 6) | (s[i + 1] & 0x3F));
      i += 2;
      continue;
    }
    if (c >= 0xE1 && c <= 0xEC && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      out[o++] = (uint16_t)(((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
      i += 3;
      continue;
    }
    size_t used;
    long cp = decode_one(s + i, len - i, &used);
    i += used;
    if (cp < 0) {
      out[o++] = 0xFFFD;
    } else if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = (uint16_t)(0xD800 + (cp >> 10));
      out[o++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
    } else {
      out[o++] = (uint16_t)cp;
    }
  }
  return o;
}

size_t lode_utf8_utf16_length(const unsigned char *s, size_t len) {
  size_t i = 0, o = 0;
  while (i < len) {
    while (i + 8 <= len && (load64(s + i) & ASCII_MASK8) == 0) {
      i += 8;
      o += 8;
    }
    if (i >= len) break;
    if (s[i] < 0x80) {
      i++;
      o++;
      continue;
    }
    size_t used;
    long cp = decode_one(s + i, len - i, &used);
    i += used;
    o += cp >= 0x10000 ? 2 : 1;
  }
  return o;
}

int lode_utf8_valid(const unsigned char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    while (i + 8 <= len && (load64(s + i) & ASCII_MASK8) == 0) i += 8;
    if (i >= len) break;
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    size_t used;
    if (decode_one(s + i, len - i, &used) < 0) return 0;
    i += used;
  }
  return 1;
}

int lode_is_ascii(const unsigned char *s, size_t len) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 8 <= len; i += 8) acc |= load64(s + i);
  if (acc & ASCII_MASK8) return 0;
  for (; i < len; i++)
    if (s[i] & 0x80) return 0;
  return 1;
}

size_t lode_utf8_incomplete_tail(const unsigned char *s, size_t len) {
  /* The lead byte is at most 3 bytes back; the tail is incomplete when the
   * bytes after it are a valid prefix shorter than the sequence. */
  for (size_t back = 1; back <= 3 && back <= len; back++) {
    unsigned c = s[len - back];
    if ((c & 0xC0) == 0x80) continue;
    if (c < 0xC2 || c > 0xF4) return 0;
    size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (back >= need) return 0;
    size_t used;
    decode_one(s + len - back, back, &used);
    return used == back ? back : 0;
  }
  return 0;
}

size_t lode_utf16_utf8_length(const uint16_t *s, size_t n) {
  size_t bytes = 0;
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    if (c < 0x80) {
      bytes++;
      i++;
    } else if (c < 0x800) {
      bytes += 2;
      i++;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 &&
               s[i + 1] <= 0xDFFF) {
      bytes += 4;
      i += 2;
    } else {
      bytes += 3; /* BMP character, or a lone surrogate as U+FFFD */
      i++;
    }
  }
  return bytes;
}

size_t lode_utf16_to_utf8(const uint16_t *s, size_t n, unsigned char *out,
                          size_t cap, size_t *nread) {
  size_t i = 0, o = 0;
  while (i < n) {
    /* Runs of ASCII, four units at a time. */
    while (i + 4 <= n && o + 4 <= cap && ((s[i] | s[i + 1] | s[i + 2] | s[i + 3]) < 0x80)) {
      out[o] = (unsigned char)s[i];
      out[o + 1] = (unsigned char)s[i + 1];
      out[o + 2] = (unsigned char)s[i + 2];
      out[o + 3] = (unsigned char)s[i + 3];
      i += 4;
      o += 4;
    }
    if (i >= n) break;
    unsigned c = s[i];
    if (c < 0x80) {
      if (o + 1 > cap) break;
      out[o++] = (unsigned char)c;
      i++;
    } else if (c < 0x800) {
      if (o + 2 > cap) break;
      out[o++] = (unsigned char)(0xC0 | (c >> 6));
      out[o++] = (unsigned char)(0x80 | (c & 0x3F));
      i++;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 &&
               s[i + 1] <= 0xDFFF) {
      if (o + 4 > cap) break;
      unsigned cp = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      out[o++] = (unsigned char)(0xF0 | (cp >> 18));
      out[o++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
      out[o++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
      out[o++] = (unsigned char)(0x80 | (cp & 0x3F));
      i += 2;
    } else {
      if (o + 3 > cap) break;
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      out[o++] = (unsigned char)(0xE0 | (c >> 12));
      out[o++] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
      out[o++] = (unsigned char)(0x80 | (c & 0x3F));
      i++;
    }
  }
  if (nread != NULL) *nread = i;
  return o;
}
