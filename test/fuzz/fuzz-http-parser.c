// link: src/http_parser.c
/* libFuzzer target for the HTTP/1.1 parser (src/http_parser.c).
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *     test/fuzz/fuzz-http-parser.c src/http_parser.c -o /tmp/fuzz-http
 *   /tmp/fuzz-http -max_len=4096
 *
 * Input: a selector byte (requests or responses, strict or lenient, HEAD,
 * a small header limit), a seed byte for the splits, then the stream.
 * Checks, on top of memory safety: feeding the stream in random pieces
 * (down to single bytes) gives the same events, header values, body bytes
 * and error offsets as feeding it whole; and the parser never reads past
 * what it was given (ASan sees each piece as its own allocation). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http_parser.h"

typedef struct {
  char *p;
  size_t len, cap;
} trace;

static void put(trace *t, const void *s, size_t n) {
  if (t->len + n + 1 > t->cap) {
    size_t cap = t->cap ? t->cap : 1024;
    while (cap < t->len + n + 1) cap *= 2;
    char *q = realloc(t->p, cap);
    if (q == NULL) abort();
    t->p = q;
    t->cap = cap;
  }
  memcpy(t->p + t->len, s, n);
  t->len += n;
}

static void putf(trace *t, const char *tag, uint64_t v) {
  char b[64];
  int n = snprintf(b, sizeof b, "%s%llu;", tag, (unsigned long long)v);
  put(t, b, (size_t)n);
}

#define T ((trace *)p->data)
static int on_begin(lode_http_parser *p) { put(T, "b;", 2); return 0; }
static int on_url(lode_http_parser *p, const char *at, size_t n) {
  putf(T, "u", n);
  put(T, at, n);
  return 0;
}
static int on_status(lode_http_parser *p, const char *at, size_t n) {
  putf(T, "s", n);
  put(T, at, n);
  return 0;
}
static int on_header(lode_http_parser *p, const char *a, size_t an, const char *b, size_t bn) {
  if (an == 0) abort(); /* names are never empty */
  putf(T, (p->flags & LODE_HTTP_F_TRAILING) ? "t" : "h", an);
  put(T, a, an);
  putf(T, ":", bn);
  put(T, b, bn);
  if (bn && (b[0] == ' ' || b[0] == '\t' || b[bn - 1] == ' ' || b[bn - 1] == '\t')) abort();
  return 0;
}
static int on_hc(lode_http_parser *p) {
  putf(T, "H", (uint64_t)p->method << 32 | (uint64_t)p->status_code << 16 | p->http_major << 8 |
                   p->http_minor);
  putf(T, "f", (uint64_t)p->flags << 8 | (uint64_t)p->upgrade << 1 |
                   (uint64_t)lode_http_should_keep_alive(p));
  return 0;
}
/* Body bytes are traced as a running count and checksum, so that pieces
 * do not matter. */
static uint64_t body_len, body_sum;
static int on_body(lode_http_parser *p, const char *at, size_t n) {
  (void)p;
  if (n == 0) abort();
  for (size_t i = 0; i < n; i++) body_sum = body_sum * 31 + (unsigned char)at[i];
  body_len += n;
  return 0;
}
static int on_mc(lode_http_parser *p) {
  putf(T, "B", body_len);
  putf(T, "", body_sum);
  body_len = body_sum = 0;
  put(T, "M;", 2);
  return 0;
}

static const lode_http_callbacks cbs = {on_begin, on_url, on_status, on_header,
                                        on_hc,    on_body, on_header, on_mc};

static void run(lode_http_parser *p, int sel, const uint8_t *data, size_t size, uint32_t seed,
                int split, trace *t) {
  lode_http_init(p, (sel & 1) ? LODE_HTTP_RESPONSE : LODE_HTTP_REQUEST, &cbs);
  p->data = t;
  p->lenient = (sel & 2) ? LODE_HTTP_LENIENT_ALL : 0;
  p->head_response = (sel & 4) != 0;
  p->max_header_size = (sel & 8) ? 32 + (sel >> 4) * 8 : 0;
  body_len = body_sum = 0;
  size_t off = 0;
  lode_http_errno e = LODE_HPE_OK;
  while (off < size) {
    size_t n = size - off;
    if (split) {
      seed = seed * 1103515245u + 12345u;
      n = 1 + (seed >> 16) % ((seed & 3) ? 4 : 64);
      if (n > size - off) n = size - off;
    }
    /* Each piece in its own allocation: reading past it is caught. */
    char *piece = malloc(n);
    if (piece == NULL) abort();
    memcpy(piece, data + off, n);
    e = lode_http_execute(p, piece, n);
    free(piece);
    if (e != LODE_HPE_OK) {
      if (p->error_pos > n) abort();
      putf(t, "E", e);
      putf(t, "@", off + p->error_pos);
      if (e != LODE_HPE_PAUSED_UPGRADE && (p->reason == NULL || p->reason[0] == '\0')) abort();
      break;
    }
    off += n;
  }
  if (e == LODE_HPE_OK) {
    putf(t, "F", lode_http_finish(p));
  } else if (lode_http_execute(p, "x", 1) != e) {
    abort(); /* errors are final */
  }
  putf(t, "B", body_len);
  lode_http_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2) return 0;
  int sel = data[0];
  uint32_t seed = data[1];
  data += 2;
  size -= 2;
  static trace whole, pieces;
  lode_http_parser p;
  whole.len = pieces.len = 0;
  run(&p, sel, data, size, seed, 0, &whole);
  run(&p, sel, data, size, seed, 1, &pieces);
  /* With a header limit, where Node checks it depends on the pieces. */
  if (!(sel & 8) && (whole.len != pieces.len || memcmp(whole.p, pieces.p, whole.len) != 0)) {
    fwrite(whole.p, 1, whole.len, stderr);
    fputs("\n--- pieces:\n", stderr);
    fwrite(pieces.p, 1, pieces.len, stderr);
    fputs("\n", stderr);
    abort();
  }
  return 0;
}
