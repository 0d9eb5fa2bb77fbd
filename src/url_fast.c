/* The URL parser's fast path: one pass over common absolute URLs that are
 * (nearly) in their serialized form, writing the href and its component
 * offsets directly. Anything unusual falls back to the state machine in
 * url_parser.c, and tests run every case both ways. */
#include "url_internal.h"

/* Scratch for host parsing, reused by every parse on this thread. */
static _Thread_local lode_sbuf t_fast_host;

int lode_url_fast_path = 1;

/* ASCII characters the fast path copies in a host (lowercased). */
static inline int fast_host_char(uint32_t c) {
  return c < 0x80 && (is_alpha((int32_t)c) || is_digit((int32_t)c) || c == '-' || c == '.' || c == '_');
}

/* Percent-encodes from p until a stop ('?', '#', or '/' and '\\') straight
 * into *op; returns the new p, or -1 at input the state machine must
 * clean first (tab, newline, lone surrogate). *op has room (9 bytes per
 * unit); *changed is set when anything was encoded. */
static ptrdiff_t fast_enc(char **op, const uint16_t *in, ptrdiff_t p, ptrdiff_t n, int set,
                          int stop_q, int stop_hash, int stop_slash, int *changed) {
  char *o = *op;
  while (p < n) {
    uint32_t c = in[p];
    if (c < 0x80) {
      if (!(enc_table[c] & set) && c != '?' && c != '#' && c != '/' && c != '\\') {
        *o++ = (char)c;
        p++;
        continue;
      }
      if ((c == '?' && stop_q) || (c == '#' && stop_hash) ||
          ((c == '/' || c == '\\') && stop_slash))
        break;
      if (c == '\t' || c == '\n' || c == '\r') return -1;
      if (enc_table[c] & set) {
        o[0] = '%';
        o[1] = hex_upper[c >> 4];
        o[2] = hex_upper[c & 15];
        o += 3;
        *changed = 1;
      } else {
        *o++ = (char)c;
      }
      p++;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF && !(is_high(c) && p + 1 < n && is_low(in[p + 1]))) return -1;
    c = take_cp(in, &p, n);
    p++;
    unsigned char u[4];
    int k = utf8_encode(c, u);
    for (int i = 0; i < k; i++) {
      o[0] = '%';
      o[1] = hex_upper[u[i] >> 4];
      o[2] = hex_upper[u[i] & 15];
      o += 3;
    }
    *changed = 1;
  }
  *op = o;
  return p;
}

/* Writes the path from in[p] (at '/', or not: then "/" alone) for special
 * schemes, resolving dot segments in place. Returns the new p, or -1 when
 * the state machine must take over. */
static ptrdiff_t fast_path_part(char **op, char *path_start, const uint16_t *in, ptrdiff_t p,
                                ptrdiff_t n, int file, int *changed) {
  char *o = *op;
  if (!(p < n && in[p] == '/')) {
    *o++ = '/';
    *changed = 1;
    *op = o;
    return p;
  }
  while (p < n && in[p] == '/') {
    *o++ = '/';
    p++;
    char *seg = o;
    p = fast_enc(&o, in, p, n, LODE_URL_ENC_PATH, 1, 1, 1, changed);
    if (p < 0 || (p < n && in[p] == '\\')) return -1;
    size_t sl = (size_t)(o - seg);
    /* The drive letter quirks of file URLs are the state machine's. */
    if (file && sl == 2 && is_alpha(seg[0]) && (seg[1] == ':' || seg[1] == '|')) return -1;
    if (sl > 0 && sl <= 6 && (seg[0] == '.' || seg[0] == '%')) {
      lode_sbuf view = {seg, sl, sl};
      int last = !(p < n && in[p] == '/');
      if (lode_url_is_double_dot(&view)) {
        o = seg - 1;
        while (o > path_start && o[-1] != '/') o--;
        if (o > path_start) o--;
        if (last) *o++ = '/';
        *changed = 1;
      } else if (lode_url_is_single_dot(&view)) {
        o = seg - 1;
        if (last) *o++ = '/';
        *changed = 1;
      }
    }
  }
  *op = o;
  return p;
}

/* Query and fragment, from in[p]. Returns the new p (n when all went well). */
static ptrdiff_t fast_tail(char **op, char *start, const uint16_t *in, ptrdiff_t p, ptrdiff_t n,
                           int special, lode_url_components *c, int *changed) {
  char *o = *op;
  c->search_start = c->hash_start = -1;
  if (p < n && in[p] == '?') {
    c->search_start = (int32_t)(o - start);
    *o++ = '?';
    p = fast_enc(&o, in, p + 1, n, special ? LODE_URL_ENC_SPECIAL_QUERY : LODE_URL_ENC_QUERY, 0,
                 1, 0, changed);
    if (p < 0) return -1;
  }
  if (p < n && in[p] == '#') {
    c->hash_start = (int32_t)(o - start);
    *o++ = '#';
    p = fast_enc(&o, in, p + 1, n, LODE_URL_ENC_FRAGMENT, 0, 0, 0, changed);
    if (p < 0) return -1;
  }
  *op = o;
  return p;
}

/* The common absolute URLs in one pass over the raw input, serialized
 * straight into out: `special://[user[:pass]@]host[:port][/path][?q][#f]`,
 * `file:///path…` and `scheme:opaque…`. Returns 0 for anything else
 * (relative references, tabs and newlines, backslashes, file hosts, drive
 * letters, non-special authorities…): the state machine then takes it, so
 * this only ever gives the state machine's own result sooner (the C unit
 * test compares the two). *changed tells whether href differs from input. */
int lode_url_fast_parse(const uint16_t *in, size_t len, lode_sbuf *out, lode_url_components *c,
                      int *changed) {
  ptrdiff_t n = (ptrdiff_t)len, p = 0;
  if (n < 2 || in[n - 1] <= 0x20 || in[0] >= 0x80 || !is_alpha(in[0])) return 0;
  out->len = 0;
  sb_reserve(out, len * 9 + 16);
  char *o = out->p, *start = out->p;
  *changed = 0;
  while (p < n && p < 32 && in[p] < 0x80 &&
         (is_alpha(in[p]) || is_digit(in[p]) || in[p] == '+' || in[p] == '-' || in[p] == '.')) {
    o[p] = lower(in[p]);
    if (o[p] != in[p]) *changed = 1;
    p++;
  }
  if (p >= n || in[p] != ':') return 0;
  int type = lode_url_scheme_type(o, (size_t)p);
  o[p++] = ':';
  c->protocol_end = (int32_t)p;
  c->port = -1;

  if (type == LODE_SCHEME_OTHER) {
    if (p < n && in[p] == '/') return 0;
    c->username_end = c->host_start = c->host_end = c->pathname_start = (int32_t)p;
    o += p;
    p = fast_enc(&o, in, p, n, LODE_URL_ENC_C0, 1, 1, 0, changed);
    if (p < 0) return 0;
    /* A space before '?' or '#' is encoded (it would be lost on reparse). */
    if (p < n && o > start + c->pathname_start && o[-1] == ' ') {
      o--;
      *o++ = '%';
      *o++ = '2';
      *o++ = '0';
      *changed = 1;
    }
    p = fast_tail(&o, start, in, p, n, 0, c, changed);
    if (p != n) return 0;
    out->len = (size_t)(o - start);
    c->scheme_type = type;
    return 1;
  }

  if (type == LODE_SCHEME_FILE) {
    if (!(p + 2 < n && in[p] == '/' && in[p + 1] == '/' && in[p + 2] == '/')) return 0;
    if (p + 3 < n && (in[p + 3] == '/' || in[p + 3] == '\\')) return 0;
    o[p] = o[p + 1] = '/';
    p += 2;
    c->username_end = c->host_start = c->host_end = c->pathname_start = (int32_t)p;
    o += p;
    p = fast_path_part(&o, o, in, p, n, 1, changed);
    if (p < 0) return 0;
    p = fast_tail(&o, start, in, p, n, 1, c, changed);
    if (p != n) return 0;
    out->len = (size_t)(o - start);
    c->scheme_type = type;
    return 1;
  }

  if (!(p + 2 < n && in[p] == '/' && in[p + 1] == '/') || in[p + 2] == '/' || in[p + 2] == '\\')
    return 0;
  o[p] = o[p + 1] = '/';
  p += 2;
  o += p;
  /* The authority: up to '/', '?', '#' or the end; credentials before the
   * last '@'. */
  ptrdiff_t auth = p, end = p, at = -1;
  for (; end < n; end++) {
    uint32_t ch = in[end];
    if (ch == '/' || ch == '?' || ch == '#') break;
    if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') return 0;
    if (ch == '@') at = end;
    if (ch >= 0xD800 && ch <= 0xDFFF) {
      if (!(is_high(ch) && end + 1 < n && is_low(in[end + 1]))) return 0;
      end++;
    }
  }
  ptrdiff_t hs = auth;
  if (at >= 0) {
    ptrdiff_t colon = auth;
    while (colon < at && in[colon] != ':') colon++;
    char *user = o;
    fast_enc(&o, in, auth, colon, LODE_URL_ENC_USERINFO, 0, 0, 0, changed);
    c->username_end = (int32_t)(o - start);
    if (colon + 1 < at) {
      *o++ = ':';
      fast_enc(&o, in, colon + 1, at, LODE_URL_ENC_USERINFO, 0, 0, 0, changed);
    }
    if (o > user) *o++ = '@';
    *changed = 1;
    hs = at + 1;
  } else {
    c->username_end = (int32_t)(o - start);
  }
  /* Host and port. */
  ptrdiff_t he = hs;
  if (he < end && in[he] == '[') {
    while (he < end && in[he] != ']') he++;
    if (he < end) he++;
  } else {
    while (he < end && in[he] != ':') he++;
  }
  if (he == hs || (he < end && in[he] != ':')) return 0;
  c->host_start = (int32_t)(o - start);
  ptrdiff_t label = hs, q = hs;
  for (; q < he && fast_host_char(in[q]); q++) {
    o[q - hs] = lower(in[q]);
    if (in[q] == '.') label = q + 1;
  }
  int plain = q == he;
  if (plain) {
    /* IPv4 candidates and A-labels need the full host parser. */
    ptrdiff_t last = label;
    if (last == he && he - 1 > hs) {
      last = he - 2;
      while (last > hs && in[last - 1] != '.') last--;
    }
    if (last < he && is_digit(in[last])) plain = 0;
    for (ptrdiff_t i = 0; plain && i + 3 < he - hs; i++) {
      if (o[i] == 'x' && o[i + 1] == 'n' && o[i + 2] == '-' && o[i + 3] == '-' &&
          (i == 0 || o[i - 1] == '.'))
        plain = 0;
    }
  }
  if (plain) {
    for (ptrdiff_t i = hs; i < he; i++)
      if (o[i - hs] != in[i]) *changed = 1;
    o += he - hs;
  } else {
    if (lode_url_host_parse(in + hs, (size_t)(he - hs), 0, &t_fast_host) < 0) return 0;
    memcpy(o, t_fast_host.p, t_fast_host.len);
    if (t_fast_host.len != (size_t)(he - hs)) *changed = 1;
    for (size_t i = 0; !*changed && i < t_fast_host.len; i++)
      if ((unsigned char)o[i] != in[hs + (ptrdiff_t)i]) *changed = 1;
    o += t_fast_host.len;
  }
  c->host_end = (int32_t)(o - start);
  p = he;
  if (p < end) {
    p++;
    uint32_t v = 0;
    int digits = 0;
    while (p < end && is_digit(in[p])) {
      v = v * 10 + (uint32_t)(in[p] - '0');
      if (v > 65535) return 0;
      digits++;
      p++;
    }
    if (p != end) return 0;
    int port_changed = 1; /* unless the same digits are written back */
    if (digits && (int)v != lode_url_default_port(type)) {
      c->port = (int32_t)v;
      char tmp[8];
      int k = 0;
      do {
        tmp[k++] = (char)('0' + v % 10);
        v /= 10;
      } while (v > 0);
      if (k == digits) port_changed = 0;
      *o++ = ':';
      while (k > 0) *o++ = tmp[--k];
    }
    if (port_changed) *changed = 1;
  }
  c->pathname_start = (int32_t)(o - start);
  p = fast_path_part(&o, o, in, p, n, 0, changed);
  if (p < 0) return 0;
  p = fast_tail(&o, start, in, p, n, 1, c, changed);
  if (p != n) return 0;
  out->len = (size_t)(o - start);
  c->scheme_type = type;
  return 1;
}

