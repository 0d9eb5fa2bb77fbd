// link: src/utf8.c src/base64.c
/* Randomized property checks of the codecs (run under ASan/UBSan too):
 * UTF-8 decode/encode round trips and lengths, writes never pass their
 * capacity, base64/hex round trips. Fixed seed: deterministic. */
#include "utf8.h"
#include "base64.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  srand(42);
  for (int iter = 0; iter < 50000; iter++) {
    size_t n = rand() % 64;
    unsigned char in[64]; uint16_t w[64];
    for (size_t i = 0; i < n; i++) { in[i] = rand() & 0xff; w[i] = rand() % 3 ? in[i] : (uint16_t)rand(); }
    uint16_t out[128]; unsigned char bout[256];
    size_t u = lode_utf8_to_utf16(in, n, out);
    if (u != lode_utf8_utf16_length(in, n)) { printf("len mismatch\n"); return 1; }
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
