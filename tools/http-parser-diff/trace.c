/* lode's side of tools/http-parser-diff: reads case lines
 * (type lenient max head eof split hex) and prints one trace per case in the
 * format oracle.js prints for node's parser. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "http_parser.h"

static char out[1 << 22];
static size_t olen;
static char body[1 << 20];
static size_t blen;
static int has_body;
static char hdrs[1 << 20];
static size_t hlen;
static char trl[1 << 20];
static size_t tlen;
static char url[1 << 20];
static size_t ulen;
static int head;
static int upgraded;

static void put(const char *s) { size_t n = strlen(s); memcpy(out + olen, s, n); olen += n; }
static void sep(void) { if (olen) put(" ; "); }
static void esc_to(char *dst, size_t *dl, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c > 0x20 && c < 0x7f && c != '\\' && c != '|') dst[(*dl)++] = (char)c;
    else *dl += (size_t)sprintf(dst + *dl, "\\x%02x", c);
  }
}
static void flush_body(void) {
  if (!has_body) return;
  sep(); put("D");
  esc_to(out, &olen, body, blen);
  blen = 0; has_body = 0;
}
static int on_begin(lode_http_parser *p) { (void)p; flush_body(); sep(); put("b"); hlen = 0; ulen = 0; tlen = 0; return 0; }
static int on_url(lode_http_parser *p, const char *at, size_t n) { (void)p; memcpy(url, at, n); ulen = n; return 0; }
static int on_status(lode_http_parser *p, const char *at, size_t n) { (void)p; memcpy(url, at, n); ulen = n; return 0; }
static int on_header(lode_http_parser *p, const char *name, size_t nl, const char *v, size_t vl) {
  (void)p;
  if (hlen) hdrs[hlen++] = ' ';
  esc_to(hdrs, &hlen, name, nl); hdrs[hlen++] = ':'; esc_to(hdrs, &hlen, v, vl);
  return 0;
}
static int on_trailer(lode_http_parser *p, const char *name, size_t nl, const char *v, size_t vl) {
  (void)p;
  if (tlen) trl[tlen++] = ' ';
  esc_to(trl, &tlen, name, nl); trl[tlen++] = ':'; esc_to(trl, &tlen, v, vl);
  return 0;
}
static int on_hc(lode_http_parser *p) {
  flush_body();
  char b[256];
  sep();
  if (p->type == LODE_HTTP_REQUEST) {
    sprintf(b, "H %s ", lode_http_method_name(p->method)); put(b);
    esc_to(out, &olen, url, ulen);
  } else {
    sprintf(b, "H %d ", p->status_code); put(b);
    esc_to(out, &olen, url, ulen);
  }
  sprintf(b, " %d.%d up=%d ka=%d [", p->http_major, p->http_minor, p->upgrade, lode_http_should_keep_alive(p));
  put(b);
  memcpy(out + olen, hdrs, hlen); olen += hlen;
  put("]");
  if (p->upgrade) upgraded = 1;
  return head ? 1 : 0;
}
static int on_body(lode_http_parser *p, const char *at, size_t n) { (void)p; memcpy(body + blen, at, n); blen += n; has_body = 1; return 0; }
static int on_mc(lode_http_parser *p) {
  (void)p; flush_body();
  if (tlen) { sep(); put("T ["); memcpy(out + olen, trl, tlen); olen += tlen; put("]"); tlen = 0; }
  sep(); put("M"); return 0;
}

static const lode_http_callbacks cbs = {on_begin, on_url, on_status, on_header, on_hc, on_body, on_trailer, on_mc};

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  FILE *f = fopen(argv[1], "r");
  if (!f) return 1;
  static char line[1 << 21];
  static char buf[1 << 20];
  lode_http_parser p;
  while (fgets(line, sizeof line, f)) {
    char type[8], split[65536], hex[1 << 20];
    unsigned lenient, max; int hd, eof;
    hex[0] = 0;
    int k = sscanf(line, "%7s %u %u %d %d %65535s %1048575s", type, &lenient, &max, &hd, &eof, split, hex);
    if (k < 6) continue;
    size_t n = strlen(hex) / 2;
    for (size_t i = 0; i < n; i++) { unsigned v; sscanf(hex + 2 * i, "%2x", &v); buf[i] = (char)v; }
    lode_http_init(&p, strcmp(type, "req") == 0 ? LODE_HTTP_REQUEST : LODE_HTTP_RESPONSE, &cbs);
    p.lenient = lenient; p.max_header_size = max;
    head = hd; upgraded = 0; olen = 0; blen = 0; has_body = 0; hlen = ulen = tlen = 0;
    size_t sizes[4096]; int ns = 0;
    if (strcmp(split, "-") == 0) sizes[ns++] = n;
    else { char *s = split; while (*s) { sizes[ns++] = strtoul(s, &s, 10); if (*s == ',') s++; } }
    size_t off = 0; int stopped = 0;
    for (int i = 0; i < ns && !stopped; i++) {
      size_t m = i == ns - 1 ? n - off : sizes[i];
      if (off + m > n) m = n - off;
      lode_http_errno e = lode_http_execute(&p, buf + off, m);
      flush_body();
      char b[512];
      if (e == LODE_HPE_PAUSED_UPGRADE) { sprintf(b, "U %zu", off + p.error_pos); sep(); put(b); stopped = 1; break; }
      if (e != LODE_HPE_OK) { sprintf(b, "E %s|%s|%zu", lode_http_errno_name(e), p.reason, off + p.error_pos); sep(); put(b); stopped = 1; break; }
      off += m;
    }
    if (!stopped && eof) {
      lode_http_errno e = lode_http_finish(&p);
      flush_body();
      char b[512];
      if (e != LODE_HPE_OK) sprintf(b, "F %s|%s", lode_http_errno_name(e), p.reason); else strcpy(b, "F");
      sep(); put(b);
    }
    out[olen] = 0;
    puts(out);
    lode_http_free(&p);
  }
  return 0;
}
