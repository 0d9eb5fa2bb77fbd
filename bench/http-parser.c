/* Throughput of src/http_parser.c on a typical browser GET (~300 bytes),
 * with callbacks that touch every span as node:http's binding does.
 * Not part of bench/run:
 *   cc -O2 -Isrc bench/http-parser.c src/http_parser.c -o /tmp/bench-http && /tmp/bench-http */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "http_parser.h"

static const char request[] =
    "GET /api/v1/items?page=2&sort=name HTTP/1.1\r\n"
    "Host: www.example.com\r\n"
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n"
    "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
    "Accept-Language: en-US,en;q=0.5\r\n"
    "Accept-Encoding: gzip, deflate, br\r\n"
    "Connection: keep-alive\r\n"
    "\r\n";

static size_t sink;
static int on_url(lode_http_parser *p, const char *at, size_t n) { (void)p; sink += n + (unsigned char)at[0]; return 0; }
static int on_header(lode_http_parser *p, const char *a, size_t an, const char *b, size_t bn) {
  (void)p;
  sink += an + bn + (unsigned char)a[0] + (bn ? (unsigned char)b[0] : 0);
  return 0;
}
static int on_done(lode_http_parser *p) { (void)p; sink++; return 0; }

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(void) {
  const lode_http_callbacks cb = {NULL, on_url, NULL, on_header, NULL, NULL, NULL, on_done};
  lode_http_parser p;
  lode_http_init(&p, LODE_HTTP_REQUEST, &cb);
  /* The best of several rounds: the machine is shared. */
  const size_t len = sizeof(request) - 1, n = 1000000;
  double best = 1e9;
  for (int round = 0; round < 7; round++) {
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
      if (lode_http_execute(&p, request, len) != LODE_HPE_OK) return 1;
    }
    double dt = now() - t0;
    if (dt < best) best = dt;
  }
  printf("%zu-byte GET, %zu times: %.1f ns/request (%.2f GB/s), best of 7\n", len, n, best * 1e9 / n,
         len * n / best / 1e9);
  lode_http_free(&p);
  return sink == 0;
}
