// link: src/http_parser.c
/* Unit tests for the engine-free HTTP/1.1 parser: messages checked against
 * what node reports for them (the traces below were produced by node's
 * parser), fed whole, in two pieces at every offset and a byte at a time;
 * every malformed input of test/fixtures/http-parser/node-errors.txt with
 * node's code, reason and offset; limits, leniency and the API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http_parser.h"

static int failures, checks;

#define CHECK_TRUE(cond, ...)                                                   \
  do {                                                                         \
    checks++;                                                                  \
    if (!(cond)) {                                                             \
      failures++;                                                              \
      fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                     \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
    }                                                                          \
  } while (0)

/* ---- A trace of the events, in the format the node side printed ---- */

typedef struct {
  char out[1 << 17];
  size_t len;
  char body[1 << 16];
  size_t blen;
  int has_body;
  char head[1 << 16], trl[1 << 12], target[1 << 16];
  size_t hlen, tlen, ulen;
  int head_ret;    /* on_headers_complete's answer */
  int stop_at;     /* on_header fails at this header (1-based), 0: never */
  int nheaders;
} tracer;

static void put(tracer *t, const char *s, size_t n) {
  if (t->len + n >= sizeof(t->out)) n = sizeof(t->out) - t->len - 1;
  memcpy(t->out + t->len, s, n);
  t->len += n;
  t->out[t->len] = '\0';
}
static void puts_(tracer *t, const char *s) { put(t, s, strlen(s)); }
static void sep(tracer *t) { if (t->len) puts_(t, " ; "); }

/* Bytes outside VCHAR, and '\' and '|', as \xHH. */
static size_t esc(char *dst, size_t cap, const char *s, size_t n) {
  size_t o = 0;
  for (size_t i = 0; i < n && o + 5 < cap; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c > 0x20 && c < 0x7f && c != '\\' && c != '|') dst[o++] = (char)c;
    else o += (size_t)snprintf(dst + o, cap - o, "\\x%02x", c);
  }
  return o;
}

static void flush_body(tracer *t) {
  if (!t->has_body) return;
  static char tmp[1 << 18];
  sep(t);
  puts_(t, "D");
  put(t, tmp, esc(tmp, sizeof tmp, t->body, t->blen));
  t->blen = 0;
  t->has_body = 0;
}

#define TR ((tracer *)p->data)
static int cb_begin(lode_http_parser *p) {
  flush_body(TR);
  sep(TR);
  puts_(TR, "b");
  TR->hlen = TR->tlen = TR->ulen = 0;
  return 0;
}
static int cb_target(lode_http_parser *p, const char *at, size_t n) {
  TR->ulen = esc(TR->target, sizeof TR->target, at, n);
  return 0;
}
static int pair(char *buf, size_t cap, size_t *len, const char *a, size_t an, const char *b, size_t bn) {
  if (*len) buf[(*len)++] = ' ';
  *len += esc(buf + *len, cap - *len, a, an);
  buf[(*len)++] = ':';
  *len += esc(buf + *len, cap - *len, b, bn);
  return 0;
}
static int cb_header(lode_http_parser *p, const char *a, size_t an, const char *b, size_t bn) {
  if (TR->stop_at && ++TR->nheaders == TR->stop_at) return -1;
  return pair(TR->head, sizeof TR->head, &TR->hlen, a, an, b, bn);
}
static int cb_trailer(lode_http_parser *p, const char *a, size_t an, const char *b, size_t bn) {
  return pair(TR->trl, sizeof TR->trl, &TR->tlen, a, an, b, bn);
}
static int cb_headers_complete(lode_http_parser *p) {
  char b[128];
  flush_body(TR);
  sep(TR);
  if (p->type == LODE_HTTP_REQUEST) snprintf(b, sizeof b, "H %s ", lode_http_method_name(p->method));
  else snprintf(b, sizeof b, "H %d ", p->status_code);
  puts_(TR, b);
  put(TR, TR->target, TR->ulen);
  snprintf(b, sizeof b, " %d.%d up=%d ka=%d [", p->http_major, p->http_minor, p->upgrade,
           lode_http_should_keep_alive(p));
  puts_(TR, b);
  put(TR, TR->head, TR->hlen);
  puts_(TR, "]");
  return TR->head_ret;
}
static int cb_body(lode_http_parser *p, const char *at, size_t n) {
  if (TR->blen + n < sizeof TR->body) {
    memcpy(TR->body + TR->blen, at, n);
    TR->blen += n;
  }
  TR->has_body = 1;
  return 0;
}
static int cb_complete(lode_http_parser *p) {
  flush_body(TR);
  if (TR->tlen) {
    sep(TR);
    puts_(TR, "T [");
    put(TR, TR->trl, TR->tlen);
    puts_(TR, "]");
    TR->tlen = 0;
  }
  sep(TR);
  puts_(TR, "M");
  return 0;
}

static const lode_http_callbacks cbs = {cb_begin, cb_target, cb_target, cb_header,
                                        cb_headers_complete, cb_body, cb_trailer, cb_complete};

enum { REQ = LODE_HTTP_REQUEST, RES = LODE_HTTP_RESPONSE, ALL = LODE_HTTP_LENIENT_ALL };

/* What on_headers_complete answers and which header fails, for run(). */
static int force_head_ret, force_stop_at;

/* Parses input in pieces of the given sizes (the last takes the rest;
 * sizes NULL: whole), each copied to its own allocation, then finish();
 * returns the trace. */
static const char *run(tracer *t, int type, int lenient, int head, uint32_t max, const char *in,
                       size_t len, const size_t *sizes, size_t nsizes) {
  lode_http_parser p;
  lode_http_init(&p, type, &cbs);
  p.data = t;
  p.lenient = (uint32_t)lenient;
  p.max_header_size = max;
  memset(t, 0, sizeof(*t));
  t->head_ret = head ? 1 : force_head_ret;
  t->stop_at = force_stop_at;
  size_t off = 0;
  int stopped = 0;
  for (size_t i = 0; (i < nsizes || (i == 0 && nsizes == 0)) && !stopped; i++) {
    size_t n = sizes == NULL || i == nsizes - 1 ? len - off : sizes[i];
    if (n > len - off) n = len - off;
    char *piece = malloc(n ? n : 1);
    if (piece == NULL) abort();
    memcpy(piece, in + off, n);
    lode_http_errno e = lode_http_execute(&p, piece, n);
    free(piece);
    char b[256];
    if (e != LODE_HPE_OK) flush_body(t); /* body pieces are joined across inputs */
    if (e == LODE_HPE_PAUSED_UPGRADE) {
      snprintf(b, sizeof b, "U %zu", off + p.error_pos);
      sep(t);
      puts_(t, b);
      stopped = 1;
    } else if (e != LODE_HPE_OK) {
      snprintf(b, sizeof b, "E %s|%s|%zu", lode_http_errno_name(e), p.reason, off + p.error_pos);
      sep(t);
      puts_(t, b);
      stopped = 1;
    }
    off += n;
    if (sizes == NULL) break;
  }
  if (!stopped) {
    lode_http_errno e = lode_http_finish(&p);
    flush_body(t);
    char b[256];
    if (e != LODE_HPE_OK) snprintf(b, sizeof b, "F %s|%s", lode_http_errno_name(e), p.reason);
    else snprintf(b, sizeof b, "F");
    sep(t);
    puts_(t, b);
  }
  lode_http_free(&p);
  return t->out;
}

static tracer T1, T2;

/* ---- Messages checked against node ---- */

#define S(lit) lit, sizeof(lit) - 1
static const struct {
  int type, lenient, head;
  const char *in;
  size_t len;
  const char *want;
} cases[] = {
  {REQ, 0, 0, S("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"),
   "b ; H GET / 1.1 up=0 ka=1 [Host:example.com] ; M ; F"},
  {REQ, 0, 0, S("GET /index.html?q=1&r=%20#frag HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/8.4.0\r\nAccept: */*\r\nAccept-Encoding: gzip, deflate, br\r\nAccept-Language: en-US,en;q=0.9\r\nCookie: a=1; b=2\r\nX-Empty:\r\nX-Spaces:   padded value  \t\r\n\r\n"),
   "b ; H GET /index.html?q=1&r=%20#frag 1.1 up=0 ka=1 [Host:example.com User-Agent:curl/8.4.0 Accept:*/* Accept-Encoding:gzip,\\x20deflate,\\x20br Accept-Language:en-US,en;q=0.9 Cookie:a=1;\\x20b=2 X-Empty: X-Spaces:padded\\x20value] ; M ; F"},
  {REQ, 0, 0, S("OPTIONS * HTTP/1.1\r\nHost: example.com\r\n\r\n"),
   "b ; H OPTIONS * 1.1 up=0 ka=1 [Host:example.com] ; M ; F"},
  {REQ, 0, 0, S("GET http://user:pw@example.com:8080/p?q HTTP/1.1\r\nHost: example.com\r\n\r\n"),
   "b ; H GET http://user:pw@example.com:8080/p?q 1.1 up=0 ka=1 [Host:example.com] ; M ; F"},
  {REQ, 0, 0, S("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\nraw tunnel bytes"),
   "b ; H CONNECT example.com:443 1.1 up=1 ka=1 [Host:example.com] ; M ; U 55"},
  {REQ, 0, 0, S("GET /chat HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n\r\n\201\005hello"),
   "b ; H GET /chat 1.1 up=1 ka=1 [Host:example.com Upgrade:websocket Connection:keep-alive,\\x20Upgrade] ; M ; U 94"},
  {REQ, 0, 0, S("POST /upload HTTP/1.1\r\nHost: example.com\r\nConnection: upgrade\r\nUpgrade: h2c\r\nContent-Length: 3\r\n\r\nabcPRI"),
   "b ; H POST /upload 1.1 up=1 ka=1 [Host:example.com Connection:upgrade Upgrade:h2c Content-Length:3] ; Dabc ; M ; U 101"},
  {REQ, 0, 0, S("POST /form HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\n\r\na=1&b=2&c=333"),
   "b ; H POST /form 1.1 up=0 ka=1 [Host:example.com Content-Type:application/x-www-form-urlencoded Content-Length:13] ; Da=1&b=2&c=333 ; M ; F"},
  {REQ, 0, 0, S("PUT /c HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: gzip, chunked\r\n\r\n5;name=val;q=\"a \\\"b\\\"\"\r\nhello\r\nA\r\n0123456789\r\n0\r\nX-Checksum: 42\r\nX-Other: a b\r\n\r\n"),
   "b ; H PUT /c 1.1 up=0 ka=1 [Host:example.com Transfer-Encoding:gzip,\\x20chunked] ; Dhello0123456789 ; T [X-Checksum:42 X-Other:a\\x20b] ; M ; F"},
  {REQ, 0, 0, S("GET /1 HTTP/1.1\r\nHost: example.com\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nokGET /3 HTTP/1.0\r\n\r\n"),
   "b ; H GET /1 1.1 up=0 ka=1 [Host:example.com] ; M ; b ; H POST /2 1.1 up=0 ka=1 [Content-Length:2] ; Dok ; M ; b ; H GET /3 1.0 up=0 ka=0 [] ; M ; F"},
  {REQ, 0, 0, S("\r\n\r\nGET / HTTP/1.1\r\n\r\n"),
   "b ; H GET / 1.1 up=0 ka=1 [] ; M ; F"},
  {REQ, 0, 0, S("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.0\r\n\r\n"),
   "b ; H GET / 1.0 up=0 ka=1 [Connection:keep-alive] ; M ; b ; H GET / 1.0 up=0 ka=0 [] ; M ; F"},
  {REQ, 0, 0, S("GET / HTTP/1.1\r\nConnection: close\r\n\r\n\r\n"),
   "b ; H GET / 1.1 up=0 ka=0 [Connection:close] ; M ; F"},
  {REQ, 0, 0, S("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\nbody"),
   "b ; H POST / 1.1 up=0 ka=1 [Expect:100-continue Content-Length:4] ; Dbody ; M ; F"},
  {REQ, 0, 0, S("M-SEARCH * HTTP/1.1\r\nMAN: \"ssdp:discover\"\r\n\r\nQUERY /q HTTP/1.1\r\n\r\nPURGE /p HTTP/1.1\r\n\r\n"),
   "b ; H M-SEARCH * 1.1 up=0 ka=1 [MAN:\"ssdp:discover\"] ; M ; b ; H QUERY /q 1.1 up=0 ka=1 [] ; M ; b ; H PURGE /p 1.1 up=0 ka=1 [] ; M ; F"},
  {REQ, 0, 0, S("GET /\r\nX: 1\r\n\r\n"),
   "b ; H GET / 0.9 up=0 ka=0 [X:1] ; M ; F"},
  {REQ, 0, 0, S("POST / HTTP/1.1\r\nContent-Length: 18446744073709551615\r\n\r\nabc"),
   "b ; H POST / 1.1 up=0 ka=1 [Content-Length:18446744073709551615] ; Dabc ; F HPE_INVALID_EOF_STATE|Invalid EOF state"},
  {REQ, 0, 0, S("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFF\r\nabc"),
   "b ; H POST / 1.1 up=0 ka=1 [Transfer-Encoding:chunked] ; Dabc ; F HPE_INVALID_EOF_STATE|Invalid EOF state"},
  {REQ, 0, 0, S("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTrailer: X\r\n\r\n0\r\n\r\nGET / HTTP/1.1\r\n\r\n"),
   "b ; H POST / 1.1 up=0 ka=1 [Transfer-Encoding:chunked Trailer:X] ; M ; b ; H GET / 1.1 up=0 ka=1 [] ; M ; F"},
  {REQ, ALL, 0, S("GET / HTTP/1.1\r\nX: a\r\n b\r\n\tc\r\nY: \001\177\r\nConnection: close\r\n\r\nGET /next HTTP/1.1\nHost: h\n\n"),
   "b ; H GET / 1.1 up=0 ka=0 [X:a\\x20b\\x09c Y:\\x01\\x7f Connection:close] ; M ; b ; H GET /next 1.1 up=0 ka=1 [Host:h] ; M ; F"},
  {REQ, ALL, 0, S("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3  \r\nabc0\r\n\r\n"),
   "b ; H POST / 1.1 up=0 ka=1 [Content-Length:3 Transfer-Encoding:chunked] ; Dabc ; M ; F"},
  {REQ, ALL, 0, S("GET / HTTP/9.9\r\nConnection : close\r\n\r\n"),
   "b ; H GET / 9.9 up=0 ka=0 [Connection\\x20:close] ; M ; F"},
  {RES, 0, 0, S("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nhello world!"),
   "b ; H 200 OK 1.1 up=0 ka=1 [Content-Type:text/plain Content-Length:12] ; Dhello\\x20world! ; M ; F"},
  {RES, 0, 0, S("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"),
   "b ; H 100 Continue 1.1 up=0 ka=1 [] ; M ; b ; H 103 Early\\x20Hints 1.1 up=0 ka=1 [Link:</a.css>;\\x20rel=preload] ; M ; b ; H 201 Created 1.1 up=0 ka=1 [Content-Length:0] ; M ; F"},
  {RES, 0, 0, S("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nHTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\nHTTP/1.1 200\r\nContent-Length: 1\r\n\r\nx"),
   "b ; H 204 No\\x20Content 1.1 up=0 ka=1 [Content-Length:5] ; M ; b ; H 304 Not\\x20Modified 1.1 up=0 ka=1 [Transfer-Encoding:chunked] ; M ; b ; H 200  1.1 up=0 ka=1 [Content-Length:1] ; Dx ; M ; F"},
  {RES, 0, 0, S("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\nExpires: never\r\n\r\n"),
   "b ; H 200 OK 1.1 up=0 ka=1 [Transfer-Encoding:chunked] ; DWikipedia ; T [Expires:never] ; M ; F"},
  {RES, 0, 0, S("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n\r\nuntil the end"),
   "b ; H 200 OK 1.1 up=0 ka=0 [Connection:keep-alive] ; Duntil\\x20the\\x20end ; M ; F"},
  {RES, 0, 0, S("HTTP/1.0 200 OK\r\nTransfer-Encoding: gzip\r\n\r\ngzipped..."),
   "b ; H 200 OK 1.0 up=0 ka=0 [Transfer-Encoding:gzip] ; Dgzipped... ; M ; F"},
  {RES, 0, 0, S("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\201\002hi"),
   "b ; H 101 Switching\\x20Protocols 1.1 up=1 ka=1 [Upgrade:websocket Connection:Upgrade] ; M ; U 77"},
  {RES, 0, 1, S("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"),
   "b ; H 200 OK 1.1 up=0 ka=1 [Content-Length:1000] ; M ; b ; H 200 OK 1.1 up=0 ka=1 [Transfer-Encoding:chunked] ; M ; F"},
  {RES, 0, 0, S("HTTP/1.1 404  Not  Found \r\nContent-Length: 0\r\n\r\n"),
   "b ; H 404 \\x20Not\\x20\\x20Found\\x20 1.1 up=0 ka=1 [Content-Length:0] ; M ; F"},
  {RES, 0, 0, S("RTSP/1.0 200 OK\r\nCSeq: 1\r\nContent-Length: 0\r\n\r\n"),
   "b ; H 200 OK 1.0 up=0 ka=0 [CSeq:1 Content-Length:0] ; M ; F"},
  {RES, ALL, 0, S("HTTP/1.1 200 OK\nX: a\n  b\nContent-Length: 3\n\nabc"),
   "b ; H 200 OK 1.1 up=0 ka=1 [X:a\\x20\\x20b Content-Length:3] ; Dabc ; M ; F"},

};

static void test_cases(void) {
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    const char *in = cases[i].in;
    size_t len = cases[i].len;
    const char *got = run(&T1, cases[i].type, cases[i].lenient, cases[i].head, 16384, in, len, NULL, 0);
    CHECK_TRUE(strcmp(got, cases[i].want) == 0, "case %zu:\n  got  %s\n  want %s", i, got, cases[i].want);
    /* Two pieces, at every offset. */
    for (size_t cut = 0; cut <= len; cut++) {
      size_t sizes[2] = {cut, 0};
      got = run(&T2, cases[i].type, cases[i].lenient, cases[i].head, 16384, in, len, sizes, 2);
      if (strcmp(got, cases[i].want) != 0) {
        CHECK_TRUE(0, "case %zu cut at %zu:\n  got  %s\n  want %s", i, cut, got, cases[i].want);
        break;
      }
    }
    /* A byte at a time. */
    static size_t ones[1 << 12];
    for (size_t k = 0; k < len && k < sizeof(ones) / sizeof(ones[0]); k++) ones[k] = 1;
    got = run(&T2, cases[i].type, cases[i].lenient, cases[i].head, 16384, in, len, ones, len);
    CHECK_TRUE(strcmp(got, cases[i].want) == 0, "case %zu bytewise:\n  got  %s\n  want %s", i, got, cases[i].want);
  }
}

/* ---- node's error table ---- */

/* The fixture's escapes: \r \n \t \\ \xHH and {unit*N}. */
static size_t unescape(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  const char *end = s + n;
  while (s < end && o < cap) {
    const char *star, *close;
    if (*s == '{' && (star = memchr(s, '*', (size_t)(end - s))) != NULL &&
        (close = memchr(star, '}', (size_t)(end - star))) != NULL) {
      char unit[256];
      size_t ul = unescape(s + 1, (size_t)(star - s - 1), unit, sizeof unit);
      long k = strtol(star + 1, NULL, 10);
      for (; k > 0 && o + ul <= cap; k--, o += ul) memcpy(out + o, unit, ul);
      s = close + 1;
      continue;
    }
    if (*s == '\\' && s + 1 < end) {
      s++;
      if (*s == 'x' && s + 2 < end) {
        char hex[3] = {s[1], s[2], 0};
        out[o++] = (char)strtol(hex, NULL, 16);
        s += 3;
        continue;
      }
      out[o++] = *s == 'r' ? '\r' : *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
      s++;
      continue;
    }
    out[o++] = *s++;
  }
  return o;
}

/* Splits a line at tabs into at most max fields (in place). */
static int fields(char *line, char **f, int max) {
  int n = 0;
  f[n++] = line;
  for (char *c = line; *c && n < max; c++) {
    if (*c == '\t') {
      *c = '\0';
      f[n++] = c + 1;
    }
  }
  return n;
}

static void test_node_errors(void) {
  FILE *fp = fopen("test/fixtures/http-parser/node-errors.txt", "r");
  if (fp == NULL) fp = fopen("../fixtures/http-parser/node-errors.txt", "r");
  CHECK_TRUE(fp != NULL, "cannot open node-errors.txt (run from the repository root)");
  if (fp == NULL) return;
  static char line[1 << 16], in[1 << 16];
  int n = 0;
  while (fgets(line, sizeof line, fp) != NULL) {
    size_t l = strlen(line);
    if (l && line[l - 1] == '\n') line[--l] = '\0';
    if (l == 0 || line[0] == '#') continue;
    char *f[6];
    if (fields(line, f, 6) != 6) {
      CHECK_TRUE(0, "bad fixture line: %s", line);
      continue;
    }
    size_t len = unescape(f[2], strlen(f[2]), in, sizeof in);
    int type = strcmp(f[0], "req") == 0 ? REQ : RES;
    char want[512];
    snprintf(want, sizeof want, "E %s|%s|%s", f[3], f[4], f[5]);
    const char *got = run(&T1, type, 0, 0, 16384, in, len, NULL, 0);
    const char *e = strstr(got, "E ");
    CHECK_TRUE(e != NULL && strcmp(e, want) == 0, "%s: got %s, want %s", f[1], got, want);
    /* A byte at a time: the same error (where the header limit trips
     * depends on the pieces, as in Node). */
    static size_t ones[1 << 16];
    for (size_t k = 0; k < len; k++) ones[k] = 1;
    got = run(&T2, type, 0, 0, 16384, in, len, ones, len);
    e = strstr(got, "E ");
    if (strcmp(f[3], "HPE_HEADER_OVERFLOW") == 0) {
      CHECK_TRUE(e != NULL && strncmp(e, want, strlen("E HPE_HEADER_OVERFLOW|Header overflow|")) == 0,
                 "%s bytewise: got %s", f[1], got);
    } else {
      CHECK_TRUE(e != NULL && strcmp(e, want) == 0, "%s bytewise: got %s, want %s", f[1], got, want);
    }
    n++;
  }
  fclose(fp);
  CHECK_TRUE(n > 100, "only %d cases in node-errors.txt", n);
}

/* ---- Limits ---- */

static const char *one(int type, uint32_t max, const char *in) {
  return run(&T1, type, 0, 0, max, in, strlen(in), NULL, 0);
}

static char big[1 << 20];
static const char *with_as(const char *pre, size_t n, const char *post) {
  size_t l = strlen(pre);
  memcpy(big, pre, l);
  memset(big + l, 'a', n);
  strcpy(big + l + n, post);
  return big;
}

static void test_limits(void) {
  /* As Node counts: target, reason, names and values; >= the limit trips. */
  CHECK_TRUE(strstr(one(REQ, 100, with_as("GET / HTTP/1.1\r\nX: ", 97, "\r\n\r\n")), " ; M ; F") != NULL, "97 fits");
  CHECK_TRUE(strcmp(one(REQ, 100, with_as("GET / HTTP/1.1\r\nX: ", 98, "\r\n\r\n")),
                    "b ; E HPE_HEADER_OVERFLOW|Header overflow|118") == 0, "98 overflows: %s", T1.out);
  CHECK_TRUE(strcmp(one(REQ, 100, with_as("GET /", 99, " HTTP/1.1\r\n\r\n")),
                    "b ; E HPE_HEADER_OVERFLOW|Header overflow|104") == 0, "long target: %s", T1.out);
  CHECK_TRUE(strcmp(one(RES, 100, with_as("HTTP/1.1 200 ", 100, "\r\n\r\n")),
                    "b ; E HPE_HEADER_OVERFLOW|Header overflow|114") == 0, "long reason: %s", T1.out);
  /* The input ends inside the span: it trips at its end. */
  CHECK_TRUE(strcmp(one(REQ, 100, with_as("GET / HTTP/1.1\r\nX: ", 98, "")),
                    "b ; E HPE_HEADER_OVERFLOW|Header overflow|117") == 0, "partial: %s", T1.out);
  /* Trailers count afresh. */
  CHECK_TRUE(strstr(one(REQ, 100, with_as("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: ", 98,
                                          "\r\n\r\n")), " ; M ; F") != NULL, "trailers: %s", T1.out);
  CHECK_TRUE(strcmp(one(REQ, 100, with_as("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: ", 99,
                                          "\r\n\r\n")),
                    "b ; H POST / 1.1 up=0 ka=1 [Transfer-Encoding:chunked] ; E HPE_HEADER_OVERFLOW|Header overflow|153") == 0,
             "trailers overflow: %s", T1.out);
  /* Each message counts afresh. */
  const char *two = "GET / HTTP/1.1\r\nX: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n"
                    "GET / HTTP/1.1\r\nX: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n";
  CHECK_TRUE(strstr(one(REQ, 50, two), "E ") == NULL, "pipelined: %s", T1.out);
  /* The default is 16384. */
  lode_http_parser p;
  lode_http_init(&p, REQ, NULL);
  CHECK_TRUE(p.max_header_size == 16384, "default limit %u", p.max_header_size);
  const char *h = with_as("GET / HTTP/1.1\r\nX: ", 16382, "\r\n\r\n");
  CHECK_TRUE(lode_http_execute(&p, h, strlen(h)) == LODE_HPE_HEADER_OVERFLOW, "16384 overflows");
  lode_http_reset(&p, REQ);
  h = with_as("GET / HTTP/1.1\r\nX: ", 16381, "\r\n\r\n");
  CHECK_TRUE(lode_http_execute(&p, h, strlen(h)) == LODE_HPE_OK, "16383 fits");
  lode_http_free(&p);

  /* No limit: a 48 KiB value fed in small pieces arrives whole. */
  h = with_as("GET / HTTP/1.1\r\nX-Big: ", 48 * 1024, "\r\n\r\n");
  size_t len = strlen(h), sizes[1 << 12], k = 0;
  for (size_t off = 0; off < len; off += 997) sizes[k++] = 997;
  const char *got = run(&T1, REQ, 0, 0, 0, h, len, sizes, k);
  CHECK_TRUE(strstr(got, " ; M ; F") != NULL && T1.hlen == strlen("X-Big:") + 48 * 1024,
             "big value: %zu", T1.hlen);
  /* With the limit, what the parser keeps stays near it. */
  lode_http_init(&p, REQ, NULL);
  lode_http_errno e = LODE_HPE_OK;
  for (size_t off = 0; off < len && e == LODE_HPE_OK; off += 100) e = lode_http_execute(&p, h + off, 100);
  CHECK_TRUE(e == LODE_HPE_HEADER_OVERFLOW && p.acc_cap <= 32768, "bounded: %d %zu", e, p.acc_cap);
  lode_http_free(&p);

  /* max_headers: the rest are checked but not reported. */
  static int seen;
  seen = 0;
  lode_http_init(&p, REQ, &cbs);
  p.data = &T1;
  memset(&T1, 0, sizeof T1);
  p.max_headers = 2;
  h = "GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n";
  CHECK_TRUE(lode_http_execute(&p, h, strlen(h)) == LODE_HPE_OK && strstr(T1.out, "[A:1 B:2]") != NULL &&
                 p.header_count == 4, "max_headers: %s", T1.out);
  h = "GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: \001\r\n\r\n";
  lode_http_reset(&p, REQ);
  CHECK_TRUE(lode_http_execute(&p, h, strlen(h)) == LODE_HPE_INVALID_HEADER_TOKEN, "still checked");
  lode_http_free(&p);
  (void)seen;
}

/* ---- Callbacks and the API ---- */

static int stop_begin(lode_http_parser *p) { (void)p; return 7; }

static uint16_t seen_flags;
static int seen_body;
static int seen_head(lode_http_parser *p) {
  seen_flags = p->flags;
  seen_body = lode_http_body_follows(p);
  return 0;
}

static void test_api(void) {
  /* Names. */
  CHECK_TRUE(strcmp(lode_http_errno_name(LODE_HPE_INVALID_METHOD), "HPE_INVALID_METHOD") == 0, "errno name");
  CHECK_TRUE(strcmp(lode_http_errno_name(LODE_HPE_CR_EXPECTED), "HPE_CR_EXPECTED") == 0, "errno name");
  CHECK_TRUE(strcmp(lode_http_errno_name((lode_http_errno)999), "HPE_UNKNOWN") == 0, "unknown errno");
  CHECK_TRUE(strcmp(lode_http_method_name(LODE_HTTP_MSEARCH), "M-SEARCH") == 0, "M-SEARCH");
  CHECK_TRUE(strcmp(lode_http_method_name(LODE_HTTP_QUERY), "QUERY") == 0, "QUERY");
  CHECK_TRUE(lode_http_method_name(LODE_HTTP_METHOD_COUNT) == NULL && lode_http_method_name(-1) == NULL, "range");
  CHECK_TRUE(LODE_HTTP_METHOD_COUNT == 47, "47 methods");

  /* A callback that fails stops the parser; errors are final. */
  force_stop_at = 2;
  const char *got = one(REQ, 16384, "GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\n\r\n");
  CHECK_TRUE(strcmp(got, "b ; E HPE_USER|User callback error|28") == 0, "user: %s", got);
  force_stop_at = 0;
  lode_http_callbacks stop = {0};
  stop.on_message_begin = stop_begin;
  lode_http_parser p;
  lode_http_init(&p, REQ, &stop);
  CHECK_TRUE(lode_http_execute(&p, "\r\nGET", 5) == LODE_HPE_USER && p.error_pos == 2, "begin %zu", p.error_pos);
  CHECK_TRUE(lode_http_execute(&p, "GET", 3) == LODE_HPE_USER && lode_http_finish(&p) == LODE_HPE_USER, "final");
  /* reset() starts over and keeps the settings. */
  p.max_header_size = 77;
  p.lenient = LODE_HTTP_LENIENT_ALL;
  p.cb = NULL;
  lode_http_reset(&p, RES);
  CHECK_TRUE(p.max_header_size == 77 && p.lenient == LODE_HTTP_LENIENT_ALL && p.type == RES && p.error == 0,
             "reset");
  const char *r = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
  CHECK_TRUE(lode_http_execute(&p, r, strlen(r)) == LODE_HPE_OK && p.status_code == 200 &&
                 p.content_length == 2, "after reset");
  lode_http_free(&p);
  lode_http_free(&p); /* twice is fine */

  /* on_headers_complete: 1 is no body (HEAD), 2 an upgrade (CONNECT). */
  force_head_ret = 2;
  got = one(RES, 16384, "HTTP/1.1 200 Connection established\r\nContent-Length: 5\r\n\r\nTUNNEL");
  CHECK_TRUE(strcmp(got, "b ; H 200 Connection\\x20established 1.1 up=0 ka=1 [Content-Length:5] ; M ; U 58") == 0,
             "2: %s", got);
  force_head_ret = 1;
  got = one(RES, 16384, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
  CHECK_TRUE(strstr(got, "E ") == NULL && strstr(got, "D") == NULL, "1: %s", got);
  force_head_ret = 0;

  /* Flags, and whether a body follows, from on_headers_complete. */
  static const struct {
    int type;
    const char *in;
    uint16_t flags;
    int body;
  } fl[] = {
    {REQ, "PUT / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\n",
     LODE_HTTP_F_EXPECT | LODE_HTTP_F_EXPECT_CONTINUE | LODE_HTTP_F_CONTENT_LENGTH, 1},
    {REQ, "PUT / HTTP/1.1\r\nExpect: x\r\nContent-Length: 0\r\n\r\n",
     LODE_HTTP_F_EXPECT | LODE_HTTP_F_CONTENT_LENGTH, 0},
    {REQ, "GET / HTTP/1.1\r\nUpgrade: a\r\nConnection: upgrade, close\r\n\r\n",
     LODE_HTTP_F_UPGRADE | LODE_HTTP_F_CONNECTION_UPGRADE | LODE_HTTP_F_CONNECTION_CLOSE, 0},
    {REQ, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\n\r\n",
     LODE_HTTP_F_TRANSFER_ENCODING | LODE_HTTP_F_CHUNKED | LODE_HTTP_F_CONNECTION_KEEP_ALIVE, 1},
    {RES, "HTTP/1.1 200 OK\r\n\r\n", 0, 1},
    {RES, "HTTP/1.1 204 OK\r\nContent-Length: 3\r\n\r\n", LODE_HTTP_F_CONTENT_LENGTH, 0},
    {RES, "HTTP/1.1 101 OK\r\nContent-Length: 3\r\n\r\n", LODE_HTTP_F_CONTENT_LENGTH, 0},
    {RES, "HTTP/1.1 200 OK\r\nTransfer-Encoding: br\r\n\r\n", LODE_HTTP_F_TRANSFER_ENCODING, 1},
  };
  for (size_t i = 0; i < sizeof(fl) / sizeof(fl[0]); i++) {
    lode_http_callbacks c = {0};
    c.on_headers_complete = seen_head;
    lode_http_init(&p, fl[i].type, &c);
    seen_flags = 0xffff;
    seen_body = -1;
    lode_http_execute(&p, fl[i].in, strlen(fl[i].in));
    CHECK_TRUE(seen_flags == fl[i].flags && seen_body == fl[i].body, "flags %zu: %x %d", i, seen_flags, seen_body);
    lode_http_free(&p);
  }
}

/* ---- Random splits: the same events as whole ---- */

static void test_random_splits(void) {
  uint32_t seed = 12345;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    for (int round = 0; round < 50; round++) {
      size_t sizes[1 << 12], n = 0, total = 0;
      while (total < cases[i].len && n < sizeof(sizes) / sizeof(sizes[0])) {
        seed = seed * 1103515245u + 12345u;
        sizes[n] = 1 + (seed >> 16) % 17;
        total += sizes[n++];
      }
      const char *got = run(&T2, cases[i].type, cases[i].lenient, cases[i].head, 16384, cases[i].in,
                            cases[i].len, sizes, n);
      if (strcmp(got, cases[i].want) != 0) {
        CHECK_TRUE(0, "case %zu random split:\n  got  %s\n  want %s", i, got, cases[i].want);
        break;
      }
    }
  }
}

int main(void) {
  test_cases();
  test_node_errors();
  test_limits();
  test_api();
  test_random_splits();
  printf("%d checks, %d failures\n", checks, failures);
  return failures != 0;
}
