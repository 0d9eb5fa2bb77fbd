// link: src/url_parser.c src/url_fast.c src/url_idna.c -licuuc
/* libFuzzer target for the WHATWG URL parser (src/url_parser.c).
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *     test/fuzz/fuzz-url-parser.c src/url_parser.c src/url_fast.c src/url_idna.c -licuuc -o /tmp/fuzz-url
 *   /tmp/fuzz-url -max_len=256
 *
 * Input: a selector byte, then UTF-16 units (two bytes each). Checks, on
 * top of memory safety: the fast path agrees with the state machine; an
 * href parses to itself; the href segments rebuild the href; setters keep
 * a URL that parses to itself. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "url_parser.h"

static int same_href(const lode_sbuf *a, const lode_sbuf *b) {
  return a->len == b->len && memcmp(a->p, b->p, a->len) == 0;
}

static void to_units(const lode_sbuf *s, uint16_t *out) {
  for (size_t i = 0; i < s->len; i++) out[i] = (unsigned char)s->p[i];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  uint8_t selector = data[0];
  data++;
  size--;
  size_t n = size / 2;
  uint16_t *in = malloc((n + 1) * sizeof(uint16_t));
  if (in == NULL) return 0;
  for (size_t i = 0; i < n; i++) in[i] = (uint16_t)(data[2 * i] | (data[2 * i + 1] << 8));

  static lode_url u, base;
  static lode_sbuf a, b, c;
  lode_url_components ca, cb;
  const char *base_text = (selector & 1) ? "http://example.com/dir/file?q#f" : "file:///C:/dir/";
  uint16_t base_units[64];
  size_t bn = strlen(base_text);
  for (size_t i = 0; i < bn; i++) base_units[i] = (unsigned char)base_text[i];
  lode_url_parse(&base, base_units, bn, NULL);
  const lode_url *bp = (selector & 2) ? &base : NULL;

  lode_url_fast_path = 1;
  int ra = lode_url_parse_href(&u, in, n, bp, &a, &ca, NULL);
  lode_url_fast_path = 0;
  int rb = lode_url_parse_href(&u, in, n, bp, &b, &cb, NULL);
  lode_url_fast_path = 1;
  if (ra != rb) abort();
  if (ra == 0) {
    if (!same_href(&a, &b) || memcmp(&ca, &cb, sizeof(ca)) != 0) abort();
    /* The href parses to itself. */
    uint16_t *h = malloc((a.len + 1) * sizeof(uint16_t));
    if (h == NULL) abort();
    to_units(&a, h);
    if (lode_url_parse_href(&u, h, a.len, NULL, &c, &cb, NULL) != 0 || !same_href(&a, &c)) abort();
    /* Segments rebuild it. */
    lode_url_seg segs[16];
    char lit[256];
    int k = lode_url_segments(a.p, a.len, in, n, bp ? base_units : NULL, bn, segs, 16, lit, sizeof(lit));
    if (k >= 0) {
      size_t o = 0;
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < segs[i].len; j++, o++) {
          int s = segs[i].start + j;
          uint32_t ch;
          switch (segs[i].type) {
          case LODE_URL_SEG_INPUT: ch = in[s]; break;
          case LODE_URL_SEG_BASE: ch = base_units[s]; break;
          case LODE_URL_SEG_LOWER: ch = in[s] >= 'A' && in[s] <= 'Z' ? in[s] + 32u : in[s]; break;
          default: ch = (unsigned char)lit[s]; break;
          }
          if (o >= a.len || ch != (unsigned char)a.p[o]) abort();
        }
      }
      if (o != a.len) abort();
    }
    /* A setter, with the input as value, keeps a valid URL. */
    if (lode_url_parse(&u, h, a.len, NULL) != 0) abort();
    int which = (selector >> 2) % 10;
    if (lode_url_set(&u, which, in, n) == 0) {
      lode_url_serialize(&u, &c, &ca);
      uint16_t *h2 = malloc((c.len + 1) * sizeof(uint16_t));
      if (h2 == NULL) abort();
      to_units(&c, h2);
      if (lode_url_parse_href(&u, h2, c.len, NULL, &b, &cb, NULL) != 0 || !same_href(&b, &c)) abort();
      free(h2);
    }
    free(h);
  }
  free(in);
  return 0;
}
