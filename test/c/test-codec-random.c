// link: src/utf8.c src/base64.c
/* Randomized property checks of the codecs (run under ASan/UBSan too):
 * UTF-8 decode/encode round trips and lengths, writes never pass their
 * capacity, base64/hex round trips. Fixed seed: deterministic. */
#include "utf8.h"
#include "base64.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Byte-at-a-time WHATWG UTF-8 decoder: the reference the fast one must match. */
static size_t naive_utf8_to_utf16(const unsigned char *s, size_t n, uint16_t *out) {
  size_t i = 0, o = 0;
  while (i < n) {
    unsigned c = s[i++], need = 0, cp = 0, lo = 0x80, hi = 0xBF;
    if (c < 0x80) { out[o++] = (uint16_t)c; continue; }
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0xF; lo = c == 0xE0 ? 0xA0 : 0x80; hi = c == 0xED ? 0x9F : 0xBF; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 7; lo = c == 0xF0 ? 0x90 : 0x80; hi = c == 0xF4 ? 0x8F : 0xBF; }
    else { out[o++] = 0xFFFD; continue; }
    unsigned k = 0;
    while (k < need && i < n && s[i] >= lo && s[i] <= hi) { cp = (cp << 6) | (s[i++] & 0x3F); lo = 0x80; hi = 0xBF; k++; }
    if (k < need) out[o++] = 0xFFFD;
    else if (cp >= 0x10000) { out[o++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10)); out[o++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF)); }
    else out[o++] = (uint16_t)cp;
  }
  return o;
}

/* Mostly-ASCII text with multi-byte and broken sequences sprinkled in, at
 * every alignment against the 16-byte blocks; out holds exactly n units
 * (the documented capacity), so ASan sees any write past it. */
static int check_mixed_text(void) {
  static const char *const pieces[] = {
    "a", "plain ascii ", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xc3", "\xe2\x82", "\xf0\x9f",
    "\x80", "\xff", "\xed\xa0\x80", "\xc0\xaf", "0123456789abcdef",
  };
  const size_t npieces = sizeof pieces / sizeof pieces[0];
  for (int iter = 0; iter < 20000; iter++) {
    unsigned char in[300];
    size_t n = 0;
    size_t want = (size_t)(rand() % 280);
    while (n < want) {
      const char *p = pieces[(size_t)rand() % npieces];
      if (rand() % 3) p = pieces[(size_t)rand() % 2];
      size_t l = strlen(p);
      if (n + l > sizeof in) break;
      memcpy(in + n, p, l);
      n += l;
    }
    uint16_t *got = malloc((n ? n : 1) * sizeof(uint16_t));
    uint16_t ref[300];
    if (got == NULL) return 1;
    size_t g = lode_utf8_to_utf16(in, n, got);
    size_t r = naive_utf8_to_utf16(in, n, ref);
    int bad = g != r || memcmp(got, ref, r * sizeof(uint16_t)) != 0 || g != lode_utf8_utf16_length(in, n);
    free(got);
    if (bad) { printf("mixed text decodes differently from the reference (iter %d)\n", iter); return 1; }
  }
  return 0;
}

int main(void) {
  srand(42);
  if (check_mixed_text() != 0) return 1;
  for (int iter = 0; iter < 50000; iter++) {
    size_t n = rand() % 64;
    unsigned char in[64]; uint16_t w[64];
    for (size_t i = 0; i < n; i++) { in[i] = rand() & 0xff; w[i] = rand() % 3 ? in[i] : (uint16_t)rand(); }
    uint16_t out[128]; unsigned char bout[256];
    size_t u = lode_utf8_to_utf16(in, n, out);
    if (u != lode_utf8_utf16_length(in, n)) { printf("len mismatch\n"); return 1; }
    uint16_t ref[128];
    if (naive_utf8_to_utf16(in, n, ref) != u || memcmp(ref, out, u * sizeof(uint16_t))) { printf("decode differs\n"); return 1; }
    if (lode_utf8_valid(in, n)) {
      size_t b = lode_utf16_to_utf8(out, u, bout, sizeof(bout), NULL);
      if (b != n || memcmp(bout, in, n)) { printf("roundtrip\n"); return 1; }
    }
    size_t cap = rand() % 200;
    size_t read;
    size_t b = lode_utf16_to_utf8(w, n, bout, cap, &read);
    if (b > cap || read > n) { printf("cap\n"); return 1; }
    if (read == n && b != lode_utf16_utf8_length(w, n)) { printf("utf8 len\n"); return 1; }
    lode_utf8_incomplete_tail(in, n);
    size_t dl = lode_base64_decode16(w, n, bout, cap);
    if (dl > cap) return 1;
    lode_base64_decoded_length16(w, n);
    lode_hex_decode16(w, n, bout, cap);
    uint16_t e[200];
    size_t el = lode_base64_encode16(in, n, e, iter & 1);
    if (el != lode_base64_encoded_length(n, iter & 1)) return 1;
    unsigned char back[64];
    if (lode_base64_decode16(e, el, back, 64) != n || memcmp(back, in, n)) { printf("b64 roundtrip\n"); return 1; }
    lode_hex_encode16(in, n, e);
    if (lode_hex_decode16(e, 2 * n, back, 64) != n || memcmp(back, in, n)) { printf("hex roundtrip\n"); return 1; }
    lode_latin1_to_utf16(in, n, out);
    lode_is_ascii(in, n);
  }
  printf("codec random: all passed\n");
  return 0;
}
