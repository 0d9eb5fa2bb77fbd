/* UTF-8 to UTF-16 without the engine, so it can be unit-tested and fuzzed. */
#include "utf8.h"

/* Decodes UTF-8 into UTF-16, replacing each maximal invalid subpart with
 * U+FFFD as the Encoding Standard says. out must hold len units. */
size_t lode_utf8_to_utf16(const unsigned char *s, size_t len, uint16_t *out) {
  size_t i = 0, o = 0;
  while (i < len) {
    unsigned c = s[i];
    if (c < 0x80) {
      out[o++] = (uint16_t)c;
      i++;
      continue;
    }
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
      out[o++] = 0xFFFD;
      i++;
      continue;
    }
    size_t j = i + 1;
    unsigned k = 0;
    for (; k < need && j < len; k++, j++) {
      unsigned b = s[j];
      if (b < lo || b > hi) break;
      lo = 0x80;
      hi = 0xBF;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (k < need) {
      out[o++] = 0xFFFD;
      i = j;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = (uint16_t)(0xD800 + (cp >> 10));
      out[o++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
    } else {
      out[o++] = (uint16_t)cp;
    }
    i = j;
  }
  return o;
}

