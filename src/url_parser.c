/* The WHATWG URL Standard (https://url.spec.whatwg.org/): the basic URL
 * parser with state overrides, host parsing (IPv4, IPv6, opaque hosts,
 * domains through ICU's UTS #46), the serializer and the API setters.
 * Engine-free: see url_parser.h. The state machine follows the Standard's
 * steps closely so that each can be checked against the text. */
#include "url_parser.h"
#include "url_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EOF_CP (-1)

void lode_sbuf_free(lode_sbuf *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}

void lode_url_init(lode_url *u) {
  memset(u, 0, sizeof(*u));
  u->port = -1;
}

void lode_url_free(lode_url *u) {
  lode_sbuf_free(&u->scheme);
  lode_sbuf_free(&u->username);
  lode_sbuf_free(&u->password);
  lode_sbuf_free(&u->host);
  lode_sbuf_free(&u->path);
  lode_sbuf_free(&u->query);
  lode_sbuf_free(&u->fragment);
}

static void url_reset(lode_url *u) {
  u->scheme.len = u->username.len = u->password.len = u->host.len = 0;
  u->path.len = u->query.len = u->fragment.len = 0;
  u->port = -1;
  u->scheme_type = LODE_SCHEME_OTHER;
  u->has_host = u->opaque_path = u->has_query = u->has_fragment = 0;
}

/* Scratch buffers reused by every parse on this thread. */
static _Thread_local lode_sbuf t_seg, t_host, t_bytes;

static inline void put_pct(lode_sbuf *b, unsigned char byte) {
  sb_reserve(b, 3);
  b->p[b->len++] = '%';
  b->p[b->len++] = hex_upper[byte >> 4];
  b->p[b->len++] = hex_upper[byte & 15];
}

/* UTF-8 percent-encodes one code point with the given set. */
static inline void enc_cp(lode_sbuf *b, uint32_t c, int set) {
  if (c < 0x80) {
    if (enc_table[c] & set) put_pct(b, (unsigned char)c);
    else sb_putc(b, (char)c);
    return;
  }
  unsigned char u[4];
  int n = utf8_encode(c, u);
  for (int i = 0; i < n; i++) put_pct(b, u[i]);
}

/* Forbidden host code points (bit 1) and forbidden domain code points
 * (bit 2: those, the C0 controls, '%' and DEL), for ASCII. */
static const uint8_t forbidden_table[128] = {
  3, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 2, 2, 3, 2, 2,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  3, 0, 0, 3, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 3, 0, 3, 3,
  3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 2,
};

static inline int forbidden_host(uint32_t c) { return c < 0x80 && (forbidden_table[c] & 1); }
static inline int forbidden_domain(uint32_t c) { return c < 0x80 && (forbidden_table[c] & 2); }

/* Input */


/* Whether input must be cleaned before parsing: ASCII tab or newline
 * anywhere, leading or trailing C0 controls or spaces (with trim), or a
 * surrogate that is not part of a pair. */
static int needs_cleaning(const uint16_t *in, size_t len, int trim) {
  if (trim && len > 0 && (in[0] <= 0x20 || in[len - 1] <= 0x20)) return 1;
  for (size_t i = 0; i < len; i++) {
    uint32_t c = in[i];
    if (c > '\r' && c < 0xD800) continue;
    if (c == '\t' || c == '\n' || c == '\r') return 1;
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (is_high(c) && i + 1 < len && is_low(in[i + 1])) {
        i++;
        continue;
      }
      return 1;
    }
  }
  return 0;
}

/* Drops ASCII tab and newline and, with trim, leading and trailing C0
 * controls and spaces; lone surrogates become U+FFFD (the USVString
 * conversion). out holds at least len units. */
static size_t clean_input(const uint16_t *in, size_t len, int trim, uint16_t *out) {
  size_t start = 0, end = len, n = 0;
  if (trim) {
    while (start < end && in[start] <= 0x20) start++;
    while (end > start && in[end - 1] <= 0x20) end--;
  }
  for (size_t i = start; i < end; i++) {
    uint16_t c = in[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (is_high(c) && i + 1 < end && is_low(in[i + 1])) {
        out[n++] = c;
        out[n++] = in[++i];
        continue;
      }
      c = 0xFFFD;
    }
    out[n++] = c;
  }
  return n;
}

/* Stop characters for enc_run. */
enum { STOP_SLASH = 1, STOP_BACKSLASH = 2, STOP_QUERY = 4, STOP_HASH = 8, STOP_SPACE = 16 };
static uint8_t stop_of(uint32_t c) {
  switch (c) {
  case '/': return STOP_SLASH;
  case '\\': return STOP_BACKSLASH;
  case '?': return STOP_QUERY;
  case '#': return STOP_HASH;
  case ' ': return STOP_SPACE;
  default: return 0;
  }
}

/* Percent-encodes input units from p with the given set into b until a
 * stop character (or the end); returns the position reached. */
static ptrdiff_t enc_run(lode_sbuf *b, const uint16_t *in, ptrdiff_t p, ptrdiff_t len, int set,
                         int stops) {
  if (p >= len) return p; /* nothing to encode (and b->p may still be NULL) */
  sb_reserve(b, (size_t)(len - p) * 9);
  char *o = b->p + b->len;
  while (p < len) {
    uint32_t c = in[p];
    if (c < 0x80) {
      if (stops && (stop_of(c) & stops)) break;
      if (enc_table[c] & set) {
        o[0] = '%';
        o[1] = hex_upper[c >> 4];
        o[2] = hex_upper[c & 15];
        o += 3;
      } else {
        *o++ = (char)c;
      }
      p++;
      continue;
    }
    c = take_cp(in, &p, len);
    p++;
    unsigned char u[4];
    int k = utf8_encode(c, u);
    for (int i = 0; i < k; i++) {
      o[0] = '%';
      o[1] = hex_upper[u[i] >> 4];
      o[2] = hex_upper[u[i] & 15];
      o += 3;
    }
  }
  b->len = (size_t)(o - b->p);
  return p;
}

/* Schemes */

int lode_url_scheme_type(const char *s, size_t n) {
  switch (n) {
  case 2:
    if (memcmp(s, "ws", 2) == 0) return LODE_SCHEME_WS;
    break;
  case 3:
    if (memcmp(s, "wss", 3) == 0) return LODE_SCHEME_WSS;
    if (memcmp(s, "ftp", 3) == 0) return LODE_SCHEME_FTP;
    break;
  case 4:
    if (memcmp(s, "http", 4) == 0) return LODE_SCHEME_HTTP;
    if (memcmp(s, "file", 4) == 0) return LODE_SCHEME_FILE;
    break;
  case 5:
    if (memcmp(s, "https", 5) == 0) return LODE_SCHEME_HTTPS;
    break;
  }
  return LODE_SCHEME_OTHER;
}

int lode_url_default_port(int type) {
  switch (type) {
  case LODE_SCHEME_HTTP: case LODE_SCHEME_WS: return 80;
  case LODE_SCHEME_HTTPS: case LODE_SCHEME_WSS: return 443;
  case LODE_SCHEME_FTP: return 21;
  default: return -1;
  }
}

/* Hosts */

/* IPv4 number parser: 0 on success (value saturates above 2^32), -1 on failure. */
static int ipv4_number(const char *s, size_t n, uint64_t *out) {
  if (n == 0) return -1;
  int radix = 10;
  if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    s += 2;
    n -= 2;
    radix = 16;
  } else if (n >= 2 && s[0] == '0') {
    s++;
    n--;
    radix = 8;
  }
  uint64_t v = 0;
  for (size_t i = 0; i < n; i++) {
    int c = (unsigned char)s[i], d;
    if (radix == 16) {
      if (!is_hex(c)) return -1;
      d = hex_val(c);
    } else {
      if (!is_digit(c) || c - '0' >= radix) return -1;
      d = c - '0';
    }
    if (v < ((uint64_t)1 << 40)) v = v * (uint64_t)radix + (uint64_t)d;
  }
  *out = v;
  return 0;
}

static int ends_in_number(const char *s, size_t n) {
  size_t end = n;
  if (end > 0 && s[end - 1] == '.') {
    if (end == 1) return 0;
    end--;
  }
  size_t start = end;
  while (start > 0 && s[start - 1] != '.') start--;
  if (start == end) return 0;
  int digits = 1;
  for (size_t i = start; i < end; i++)
    if (!is_digit((unsigned char)s[i])) digits = 0;
  if (digits) return 1;
  uint64_t v;
  return ipv4_number(s + start, end - start, &v) == 0;
}

static int ipv4_parse(const char *s, size_t n, uint32_t *addr) {
  uint64_t nums[4];
  size_t count = 0, start = 0;
  if (n > 0 && s[n - 1] == '.') n--; /* a trailing empty part is dropped */
  for (size_t i = 0; i <= n; i++) {
    if (i == n || s[i] == '.') {
      if (count == 4) return -1;
      if (ipv4_number(s + start, i - start, &nums[count]) < 0) return -1;
      count++;
      start = i + 1;
    }
  }
  for (size_t i = 0; i + 1 < count; i++)
    if (nums[i] > 255) return -1;
  uint64_t last = nums[count - 1];
  if (last >= ((uint64_t)1 << (8 * (5 - count)))) return -1;
  uint64_t v = last;
  for (size_t i = 0; i + 1 < count; i++) v += nums[i] << (8 * (3 - i));
  *addr = (uint32_t)v;
  return 0;
}

/* Appends v in decimal. */
static void put_dec(lode_sbuf *out, uint32_t v) {
  char tmp[10];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v > 0);
  sb_reserve(out, (size_t)n);
  while (n > 0) out->p[out->len++] = tmp[--n];
}

static void ipv4_serialize(uint32_t a, lode_sbuf *out) {
  for (int shift = 24; shift >= 0; shift -= 8) {
    put_dec(out, (a >> shift) & 255);
    if (shift > 0) sb_putc(out, '.');
  }
}

static int ipv6_parse(const uint16_t *in, size_t n, uint16_t addr[8]) {
  memset(addr, 0, 8 * sizeof(uint16_t));
  size_t piece = 0, p = 0;
  int compress = -1;
#define C6 (p < n ? (int32_t)in[p] : EOF_CP)
  if (C6 == ':') {
    if (!(p + 1 < n && in[p + 1] == ':')) return -1;
    p += 2;
    piece++;
    compress = (int)piece;
  }
  while (C6 != EOF_CP) {
    if (piece == 8) return -1;
    if (C6 == ':') {
      if (compress >= 0) return -1;
      p++;
      piece++;
      compress = (int)piece;
      continue;
    }
    unsigned value = 0, length = 0;
    while (length < 4 && is_hex(C6)) {
      value = value * 16 + (unsigned)hex_val(C6);
      p++;
      length++;
    }
    if (C6 == '.') {
      if (length == 0) return -1;
      p -= length;
      if (piece > 6) return -1;
      int seen = 0;
      while (C6 != EOF_CP) {
        int v4 = -1;
        if (seen > 0) {
          if (C6 == '.' && seen < 4) p++;
          else return -1;
        }
        if (!is_digit(C6)) return -1;
        while (is_digit(C6)) {
          int d = C6 - '0';
          if (v4 == -1) v4 = d;
          else if (v4 == 0) return -1;
          else v4 = v4 * 10 + d;
          if (v4 > 255) return -1;
          p++;
        }
        addr[piece] = (uint16_t)(addr[piece] * 0x100 + v4);
        seen++;
        if (seen == 2 || seen == 4) piece++;
      }
      if (seen != 4) return -1;
      break;
    } else if (C6 == ':') {
      p++;
      if (C6 == EOF_CP) return -1;
    } else if (C6 != EOF_CP) {
      return -1;
    }
    addr[piece] = (uint16_t)value;
    piece++;
  }
#undef C6
  if (compress >= 0) {
    size_t swaps = piece - (size_t)compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      uint16_t t = addr[piece];
      addr[piece] = addr[(size_t)compress + swaps - 1];
      addr[(size_t)compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece != 8) {
    return -1;
  }
  return 0;
}

static void ipv6_serialize(const uint16_t a[8], lode_sbuf *out) {
  /* The first longest run of two or more zero pieces is compressed. */
  int best = -1, best_len = 1;
  for (int i = 0; i < 8;) {
    if (a[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && a[j] == 0) j++;
    if (j - i > best_len) {
      best = i;
      best_len = j - i;
    }
    i = j;
  }
  sb_putc(out, '[');
  for (int i = 0; i < 8; i++) {
    if (i == best) {
      sb_append(out, i == 0 ? "::" : ":", i == 0 ? 2 : 1);
      i += best_len - 1;
      continue;
    }
    static const char hex_lower[] = "0123456789abcdef";
    int shift = 12;
    while (shift > 0 && ((a[i] >> shift) & 15) == 0) shift -= 4;
    for (; shift >= 0; shift -= 4) sb_putc(out, hex_lower[(a[i] >> shift) & 15]);
    if (i != 7) sb_putc(out, ':');
  }
  sb_putc(out, ']');
}

/* The Standard's domain to ASCII (beStrict false) on UTF-8 bytes. */
static int domain_to_ascii(const char *s, size_t n, lode_sbuf *out) {
  int ascii = 1, ace = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) {
      ascii = 0;
      break;
    }
    if ((i == 0 || s[i - 1] == '.') && i + 4 <= n && (c | 0x20) == 'x' &&
        ((unsigned char)s[i + 1] | 0x20) == 'n' && s[i + 2] == '-' && s[i + 3] == '-')
      ace = 1;
  }
  if (ascii && !ace) {
    /* Equivalent to UTS #46 processing for such input, and much faster. */
    out->len = 0;
    sb_reserve(out, n);
    for (size_t i = 0; i < n; i++) out->p[i] = lower((unsigned char)s[i]);
    out->len = n;
  } else if (lode_url_idna_cached(s, n, out) < 0) {
    return -1;
  }
  if (out->len == 0) return -1;
  for (size_t i = 0; i < out->len; i++)
    if (forbidden_domain((unsigned char)out->p[i])) return -1;
  return 0;
}

/* Host parser: writes the serialized host into out. */
int lode_url_host_parse(const uint16_t *in, size_t n, int opaque, lode_sbuf *out) {
  out->len = 0;
  if (n > 0 && in[0] == '[') {
    if (n < 2 || in[n - 1] != ']') return -1;
    uint16_t a[8];
    if (ipv6_parse(in + 1, n - 2, a) < 0) return -1;
    ipv6_serialize(a, out);
    return 0;
  }
  if (opaque) {
    for (size_t i = 0; i < n; i++)
      if (forbidden_host(in[i])) return -1;
    enc_run(out, in, 0, (ptrdiff_t)n, LODE_URL_ENC_C0, 0);
    return 0;
  }
  if (n == 0) return -1;
  /* Fast path: ASCII without percent-escapes or A-labels is lowercased. */
  sb_reserve(out, n);
  size_t i = 0;
  int forbidden = 0; /* decided after mapping: U+0338 turns '<' into U+226E */
  for (; i < n; i++) {
    uint32_t c = in[i];
    if (c >= 0x80 || c == '%') break;
    if (forbidden_domain(c)) forbidden = 1;
    if ((c | 0x20) == 'x' && (i == 0 || in[i - 1] == '.') && i + 3 < n &&
        (in[i + 1] | 0x20) == 'n' && in[i + 2] == '-' && in[i + 3] == '-')
      break;
    out->p[i] = lower((int32_t)c);
  }
  if (i < n) {
    /* Percent-decode the UTF-8 encoding of the input, then UTS #46. */
    lode_sbuf *bytes = &t_bytes;
    bytes->len = 0;
    sb_reserve(bytes, n * 4);
    for (size_t j = 0; j < n; j++) {
      uint32_t c = in[j];
      if (c == '%' && j + 2 < n && is_hex(in[j + 1]) && is_hex(in[j + 2])) {
        bytes->p[bytes->len++] = (char)(hex_val(in[j + 1]) * 16 + hex_val(in[j + 2]));
        j += 2;
        continue;
      }
      ptrdiff_t q = (ptrdiff_t)j;
      c = take_cp(in, &q, (ptrdiff_t)n);
      j = (size_t)q;
      bytes->len += (size_t)utf8_encode(c, (unsigned char *)bytes->p + bytes->len);
    }
    if (domain_to_ascii(bytes->p, bytes->len, out) < 0) return -1;
  } else {
    if (forbidden) return -1;
    out->len = n;
  }
  if (ends_in_number(out->p, out->len)) {
    uint32_t a;
    if (ipv4_parse(out->p, out->len, &a) < 0) return -1;
    out->len = 0;
    ipv4_serialize(a, out);
  }
  return 0;
}

/* Paths */

static int is_drive_letter(const char *s, size_t n, int normalized) {
  return n == 2 && is_alpha((unsigned char)s[0]) && (s[1] == ':' || (!normalized && s[1] == '|'));
}

/* "starts with a Windows drive letter" on the remaining code points. */
static int starts_with_drive_letter(const uint16_t *s, size_t n) {
  return n >= 2 && s[0] < 0x80 && is_alpha((int32_t)s[0]) && (s[1] == ':' || s[1] == '|') &&
         (n == 2 || s[2] == '/' || s[2] == '\\' || s[2] == '?' || s[2] == '#');
}

/* Whether a list path's first segment is a normalized drive letter. */
static int first_segment_is_drive(const lode_sbuf *path) {
  return path->len >= 3 && path->p[0] == '/' && is_alpha((unsigned char)path->p[1]) &&
         path->p[2] == ':' && (path->len == 3 || path->p[3] == '/');
}

static void shorten_path(lode_url *u) {
  if (u->scheme_type == LODE_SCHEME_FILE && u->path.len == 3 && first_segment_is_drive(&u->path))
    return;
  size_t i = u->path.len;
  while (i > 0 && u->path.p[i - 1] != '/') i--;
  u->path.len = i > 0 ? i - 1 : 0;
}

static int ieq(const char *s, const char *lit, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (lower((unsigned char)s[i]) != lit[i]) return 0;
  return 1;
}

int lode_url_is_single_dot(const lode_sbuf *b) {
  return (b->len == 1 && b->p[0] == '.') || (b->len == 3 && ieq(b->p, "%2e", 3));
}

int lode_url_is_double_dot(const lode_sbuf *b) {
  switch (b->len) {
  case 2: return b->p[0] == '.' && b->p[1] == '.';
  case 4: return ieq(b->p, ".%2e", 4) || ieq(b->p, "%2e.", 4);
  case 6: return ieq(b->p, "%2e%2e", 6);
  default: return 0;
  }
}

/* The basic URL parser */

enum {
  ST_NONE = 0,
  ST_SCHEME_START,
  ST_SCHEME,
  ST_NO_SCHEME,
  ST_SPECIAL_RELATIVE_OR_AUTHORITY,
  ST_PATH_OR_AUTHORITY,
  ST_RELATIVE,
  ST_RELATIVE_SLASH,
  ST_SPECIAL_AUTHORITY_SLASHES,
  ST_SPECIAL_AUTHORITY_IGNORE_SLASHES,
  ST_AUTHORITY,
  ST_HOST,
  ST_HOSTNAME,
  ST_PORT,
  ST_FILE,
  ST_FILE_SLASH,
  ST_FILE_HOST,
  ST_PATH_START,
  ST_PATH,
  ST_OPAQUE_PATH,
  ST_QUERY,
  ST_FRAGMENT,
};

static int has_credentials(const lode_url *u) { return u->username.len > 0 || u->password.len > 0; }

static void copy_scheme(lode_url *u, const lode_url *b) {
  sb_copy(&u->scheme, &b->scheme);
  u->scheme_type = b->scheme_type;
}

static void copy_authority(lode_url *u, const lode_url *b) {
  sb_copy(&u->username, &b->username);
  sb_copy(&u->password, &b->password);
  sb_copy(&u->host, &b->host);
  u->has_host = b->has_host;
  u->port = b->port;
}

static void copy_query(lode_url *u, const lode_url *b) {
  sb_copy(&u->query, &b->query);
  u->has_query = b->has_query;
}

static int set_host(lode_url *u, const uint16_t *in, size_t n) {
  if (lode_url_host_parse(in, n, u->scheme_type == LODE_SCHEME_OTHER, &t_host) < 0) return -1;
  sb_copy(&u->host, &t_host);
  u->has_host = 1;
  return 0;
}

/* Runs the state machine over the (cleaned) UTF-16 units cp[0..n). With a
 * state override (a setter), returns 0 when the setter is done, changed or
 * not. The hot states consume whole runs of input at once. */
static int basic_parse(lode_url *url, const uint16_t *cp, size_t n, const lode_url *base,
                       int override) {
  int state = override ? override : ST_SCHEME_START;
  lode_sbuf *seg = &t_seg; /* the Standard's buffer, for scheme, port and path */
  seg->len = 0;
  ptrdiff_t p = 0, len = (ptrdiff_t)n, bstart = -1; /* bstart: a buffer of input units */
  int at_sign_seen = 0, password_token_seen = 0;
  uint32_t port = 0;
  int port_digits = 0;

#define SPECIAL (url->scheme_type != LODE_SCHEME_OTHER)
#define NEXT_IS(ch) (p + 1 < len && cp[p + 1] == (ch))
#define AT(i) ((i) < len ? (int32_t)cp[i] : EOF_CP)
  for (;;) {
    int32_t c = AT(p);
    switch (state) {
    case ST_SCHEME_START:
      if (c != EOF_CP && is_alpha(c)) {
        seg->len = 0;
        sb_putc(seg, lower(c));
        state = ST_SCHEME;
      } else if (!override) {
        state = ST_NO_SCHEME;
        p--;
      } else {
        return -1;
      }
      break;

    case ST_SCHEME:
      while (c != EOF_CP && (is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.')) {
        sb_putc(seg, lower(c));
        p++, c = AT(p);
      }
      if (c == ':') {
        int t = lode_url_scheme_type(seg->p, seg->len);
        if (override) {
          if ((url->scheme_type != LODE_SCHEME_OTHER) != (t != LODE_SCHEME_OTHER)) return 0;
          if ((has_credentials(url) || url->port >= 0) && t == LODE_SCHEME_FILE) return 0;
          if (url->scheme_type == LODE_SCHEME_FILE && url->has_host && url->host.len == 0)
            return 0;
        }
        sb_copy(&url->scheme, seg);
        url->scheme_type = (uint8_t)t;
        if (override) {
          if (url->port >= 0 && url->port == lode_url_default_port(t)) url->port = -1;
          return 0;
        }
        seg->len = 0;
        if (t == LODE_SCHEME_FILE) {
          state = ST_FILE;
        } else if (t != LODE_SCHEME_OTHER && base != NULL && base->scheme_type == t) {
          state = ST_SPECIAL_RELATIVE_OR_AUTHORITY;
        } else if (t != LODE_SCHEME_OTHER) {
          state = ST_SPECIAL_AUTHORITY_SLASHES;
        } else if (NEXT_IS('/')) {
          state = ST_PATH_OR_AUTHORITY;
          p++;
        } else {
          url->opaque_path = 1;
          url->path.len = 0;
          state = ST_OPAQUE_PATH;
        }
      } else if (!override) {
        seg->len = 0;
        state = ST_NO_SCHEME;
        p = -1;
      } else {
        return -1;
      }
      break;

    case ST_NO_SCHEME:
      if (base == NULL || (base->opaque_path && c != '#')) return -1;
      if (base->opaque_path && c == '#') {
        copy_scheme(url, base);
        sb_copy(&url->path, &base->path);
        url->opaque_path = 1;
        copy_query(url, base);
        url->fragment.len = 0;
        url->has_fragment = 1;
        state = ST_FRAGMENT;
      } else if (base->scheme_type != LODE_SCHEME_FILE) {
        state = ST_RELATIVE;
        p--;
      } else {
        state = ST_FILE;
        p--;
      }
      break;

    case ST_SPECIAL_RELATIVE_OR_AUTHORITY:
      if (c == '/' && NEXT_IS('/')) {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        p++;
      } else {
        state = ST_RELATIVE;
        p--;
      }
      break;

    case ST_PATH_OR_AUTHORITY:
      if (c == '/') {
        state = ST_AUTHORITY;
      } else {
        state = ST_PATH;
        p--;
      }
      break;

    case ST_RELATIVE:
      copy_scheme(url, base);
      if (c == '/' || (SPECIAL && c == '\\')) {
        state = ST_RELATIVE_SLASH;
      } else {
        copy_authority(url, base);
        sb_copy(&url->path, &base->path);
        copy_query(url, base);
        if (c == '?') {
          url->query.len = 0;
          url->has_query = 1;
          state = ST_QUERY;
        } else if (c == '#') {
          url->fragment.len = 0;
          url->has_fragment = 1;
          state = ST_FRAGMENT;
        } else if (c != EOF_CP) {
          url->query.len = 0;
          url->has_query = 0;
          shorten_path(url);
          state = ST_PATH;
          p--;
        }
      }
      break;

    case ST_RELATIVE_SLASH:
      if (SPECIAL && (c == '/' || c == '\\')) {
        state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
      } else if (c == '/') {
        state = ST_AUTHORITY;
      } else {
        copy_authority(url, base);
        state = ST_PATH;
        p--;
      }
      break;

    case ST_SPECIAL_AUTHORITY_SLASHES:
      state = ST_SPECIAL_AUTHORITY_IGNORE_SLASHES;
      if (c == '/' && NEXT_IS('/')) p++;
      else p--;
      break;

    case ST_SPECIAL_AUTHORITY_IGNORE_SLASHES:
      if (c != '/' && c != '\\') {
        state = ST_AUTHORITY;
        p--;
      }
      break;

    case ST_AUTHORITY: {
      int special = SPECIAL;
      bstart = p;
      for (;; p++, c = AT(p)) {
        if (c == '@') {
          lode_sbuf *dst = password_token_seen ? &url->password : &url->username;
          if (at_sign_seen) sb_append(dst, "%40", 3);
          at_sign_seen = 1;
          ptrdiff_t q = bstart;
          if (!password_token_seen) {
            while (q < p && cp[q] != ':') q++;
            enc_run(&url->username, cp, bstart, q, LODE_URL_ENC_USERINFO, 0);
            if (q < p) {
              password_token_seen = 1;
              q++;
            }
          }
          if (password_token_seen) enc_run(&url->password, cp, q, p, LODE_URL_ENC_USERINFO, 0);
          bstart = p + 1;
        } else if (c == EOF_CP || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          break;
        }
      }
      if (at_sign_seen && p == bstart) return -1;
      p = bstart - 1;
      bstart = -1;
      state = ST_HOST;
      break;
    }

    case ST_HOST:
    case ST_HOSTNAME: {
      if (override && url->scheme_type == LODE_SCHEME_FILE) {
        p--;
        state = ST_FILE_HOST;
        break;
      }
      int special = SPECIAL, inside_brackets = 0;
      bstart = p;
      for (;; p++, c = AT(p)) {
        if (c == EOF_CP || c == '/' || c == '?' || c == '#' || (special && c == '\\')) break;
        if (c == ':' && !inside_brackets) break;
        if (c == '[') inside_brackets = 1;
        else if (c == ']') inside_brackets = 0;
      }
      size_t blen = (size_t)(p - bstart);
      if (c == ':') {
        if (blen == 0) return -1;
        if (override == ST_HOSTNAME) return 0;
        if (set_host(url, cp + bstart, blen) < 0) return -1;
        bstart = -1;
        state = ST_PORT;
      } else {
        p--;
        if (special && blen == 0) return -1;
        if (override && blen == 0 && (has_credentials(url) || url->port >= 0)) return 0;
        if (set_host(url, cp + bstart, blen) < 0) return -1;
        bstart = -1;
        state = ST_PATH_START;
        if (override) return 0;
      }
      break;
    }

    case ST_PORT:
      while (c != EOF_CP && is_digit(c)) {
        if (port <= 65535) port = port * 10 + (uint32_t)(c - '0');
        port_digits = 1;
        p++, c = AT(p);
      }
      if (c == EOF_CP || c == '/' || c == '?' || c == '#' || (SPECIAL && c == '\\') || override) {
        if (port_digits) {
          if (port > 65535) return -1;
          url->port = (int32_t)port == lode_url_default_port(url->scheme_type) ? -1 : (int32_t)port;
          port = 0;
          port_digits = 0;
          if (override) return 0;
        }
        if (override) return -1;
        state = ST_PATH_START;
        p--;
      } else {
        return -1;
      }
      break;

    case ST_FILE:
      sb_setstr(&url->scheme, "file");
      url->scheme_type = LODE_SCHEME_FILE;
      url->host.len = 0;
      url->has_host = 1;
      if (c == '/' || c == '\\') {
        state = ST_FILE_SLASH;
      } else if (base != NULL && base->scheme_type == LODE_SCHEME_FILE) {
        sb_copy(&url->host, &base->host);
        url->has_host = base->has_host;
        sb_copy(&url->path, &base->path);
        copy_query(url, base);
        if (c == '?') {
          url->query.len = 0;
          url->has_query = 1;
          state = ST_QUERY;
        } else if (c == '#') {
          url->fragment.len = 0;
          url->has_fragment = 1;
          state = ST_FRAGMENT;
        } else if (c != EOF_CP) {
          url->query.len = 0;
          url->has_query = 0;
          if (!starts_with_drive_letter(cp + p, (size_t)(len - p))) shorten_path(url);
          else url->path.len = 0;
          state = ST_PATH;
          p--;
        }
      } else {
        state = ST_PATH;
        p--;
      }
      break;

    case ST_FILE_SLASH:
      if (c == '/' || c == '\\') {
        state = ST_FILE_HOST;
      } else {
        if (base != NULL && base->scheme_type == LODE_SCHEME_FILE) {
          sb_copy(&url->host, &base->host);
          url->has_host = base->has_host;
          if (!starts_with_drive_letter(cp + p, (size_t)(len - p)) &&
              first_segment_is_drive(&base->path))
            sb_append(&url->path, base->path.p, 3);
        }
        state = ST_PATH;
        p--;
      }
      break;

    case ST_FILE_HOST: {
      bstart = p;
      while (c != EOF_CP && c != '/' && c != '\\' && c != '?' && c != '#') p++, c = AT(p);
      size_t blen = (size_t)(p - bstart);
      p--;
      if (!override && blen == 2 && cp[bstart] < 0x80 && is_alpha((int32_t)cp[bstart]) &&
          (cp[bstart + 1] == ':' || cp[bstart + 1] == '|')) {
        /* The drive letter quirk: the buffer carries into the path state. */
        seg->len = 0;
        sb_putc(seg, (char)cp[bstart]);
        sb_putc(seg, (char)cp[bstart + 1]);
        bstart = -1;
        state = ST_PATH;
      } else if (blen == 0) {
        url->host.len = 0;
        url->has_host = 1;
        if (override) return 0;
        bstart = -1;
        state = ST_PATH_START;
      } else {
        if (lode_url_host_parse(cp + bstart, blen, 0, &t_host) < 0) return -1;
        if (t_host.len == 9 && memcmp(t_host.p, "localhost", 9) == 0) t_host.len = 0;
        sb_copy(&url->host, &t_host);
        url->has_host = 1;
        if (override) return 0;
        bstart = -1;
        state = ST_PATH_START;
      }
      break;
    }

    case ST_PATH_START:
      if (SPECIAL) {
        state = ST_PATH;
        if (c != '/' && c != '\\') p--;
      } else if (!override && c == '?') {
        url->query.len = 0;
        url->has_query = 1;
        state = ST_QUERY;
      } else if (!override && c == '#') {
        url->fragment.len = 0;
        url->has_fragment = 1;
        state = ST_FRAGMENT;
      } else if (c != EOF_CP) {
        state = ST_PATH;
        if (c != '/') p--;
      } else if (override && !url->has_host) {
        sb_putc(&url->path, '/');
      }
      break;

    case ST_PATH: {
      int special = SPECIAL;
      int stops = STOP_SLASH | (special ? STOP_BACKSLASH : 0) |
                  (override ? 0 : STOP_QUERY | STOP_HASH);
      p = enc_run(seg, cp, p, len, LODE_URL_ENC_PATH, stops);
      c = AT(p);
      int slash = c == '/' || (special && c == '\\');
      if (lode_url_is_double_dot(seg)) {
        shorten_path(url);
        if (!slash) sb_putc(&url->path, '/');
      } else if (lode_url_is_single_dot(seg)) {
        if (!slash) sb_putc(&url->path, '/');
      } else {
        if (url->scheme_type == LODE_SCHEME_FILE && url->path.len == 0 &&
            is_drive_letter(seg->p, seg->len, 0))
          seg->p[1] = ':';
        sb_putc(&url->path, '/');
        sb_append(&url->path, seg->p, seg->len);
      }
      seg->len = 0;
      if (c == '?') {
        url->query.len = 0;
        url->has_query = 1;
        state = ST_QUERY;
      } else if (c == '#') {
        url->fragment.len = 0;
        url->has_fragment = 1;
        state = ST_FRAGMENT;
      }
      break;
    }

    case ST_OPAQUE_PATH:
      p = enc_run(&url->path, cp, p, len, LODE_URL_ENC_C0, STOP_QUERY | STOP_HASH | STOP_SPACE);
      c = AT(p);
      if (c == '?') {
        url->query.len = 0;
        url->has_query = 1;
        state = ST_QUERY;
      } else if (c == '#') {
        url->fragment.len = 0;
        url->has_fragment = 1;
        state = ST_FRAGMENT;
      } else if (c == ' ') {
        /* A space before a query or fragment would be lost on reparse. */
        if (NEXT_IS('?') || NEXT_IS('#')) sb_append(&url->path, "%20", 3);
        else sb_putc(&url->path, ' ');
      }
      break;

    case ST_QUERY:
      p = enc_run(&url->query, cp, p, len,
                  SPECIAL ? LODE_URL_ENC_SPECIAL_QUERY : LODE_URL_ENC_QUERY,
                  override ? 0 : STOP_HASH);
      if (AT(p) == '#') {
        url->fragment.len = 0;
        url->has_fragment = 1;
        state = ST_FRAGMENT;
      }
      break;

    case ST_FRAGMENT:
      p = enc_run(&url->fragment, cp, p, len, LODE_URL_ENC_FRAGMENT, 0);
      break;

    default:
      return -1;
    }
    if (p >= len) break;
    p++;
  }
#undef SPECIAL
#undef NEXT_IS
#undef AT
  return 0;
}

/* Public API */

#define STACK_UNITS 1024

/* Input ready for the state machine: the caller's units when they need no
 * cleaning, else a cleaned copy (on the stack when it fits). */
typedef struct {
  uint16_t stack[STACK_UNITS];
  uint16_t *heap;
  const uint16_t *p;
  size_t n;
} units_t;

static void units_make(units_t *u, const uint16_t *in, size_t len, int trim, size_t extra) {
  u->heap = NULL;
  if (extra == 0 && !needs_cleaning(in, len, trim)) {
    u->p = in;
    u->n = len;
    return;
  }
  uint16_t *buf = u->stack;
  if (len + extra > STACK_UNITS) {
    buf = u->heap = malloc((len + extra) * sizeof(uint16_t));
    if (buf == NULL) oom();
  }
  u->n = clean_input(in, len, trim, buf);
  u->p = buf;
}

static void units_free(units_t *u) { free(u->heap); }

int lode_url_parse(lode_url *u, const uint16_t *input, size_t len, const lode_url *base) {
  units_t in;
  units_make(&in, input, len, 1, 0);
  url_reset(u);
  int r = basic_parse(u, in.p, in.n, base, ST_NONE);
  units_free(&in);
  return r < 0 ? -1 : 0;
}

int lode_url_parse_href(lode_url *scratch, const uint16_t *input, size_t len,
                        const lode_url *base, lode_sbuf *out, lode_url_components *c,
                        int *same) {
  int changed = 1;
  if (lode_url_fast_path && lode_url_fast_parse(input, len, out, c, &changed)) {
    if (same != NULL) *same = !changed;
    return 0;
  }
  if (same != NULL) *same = 0;
  units_t in;
  units_make(&in, input, len, 1, 0);
  url_reset(scratch);
  int r = basic_parse(scratch, in.p, in.n, base, ST_NONE) < 0 ? -1 : 0;
  if (r == 0) lode_url_serialize(scratch, out, c);
  units_free(&in);
  return r;
}

static int cannot_have_credentials_or_port(const lode_url *u) {
  return !u->has_host || u->host.len == 0 || u->scheme_type == LODE_SCHEME_FILE;
}

int lode_url_set(lode_url *u, int which, const uint16_t *value, size_t len) {
  units_t in;
  int st;
  switch (which) {
  case LODE_URL_SET_HREF: {
    lode_url tmp;
    lode_url_init(&tmp);
    if (lode_url_parse(&tmp, value, len, NULL) < 0) {
      lode_url_free(&tmp);
      return -1;
    }
    lode_url old = *u;
    *u = tmp;
    lode_url_free(&old);
    return 0;
  }
  case LODE_URL_SET_PROTOCOL: {
    units_make(&in, value, len, 0, 1);
    /* The value followed by ':'. */
    uint16_t *w = in.heap != NULL ? in.heap : in.stack;
    w[in.n++] = ':';
    basic_parse(u, w, in.n, NULL, ST_SCHEME_START);
    units_free(&in);
    return 0;
  }
  case LODE_URL_SET_USERNAME:
  case LODE_URL_SET_PASSWORD: {
    if (cannot_have_credentials_or_port(u)) return 0;
    lode_sbuf *dst = which == LODE_URL_SET_USERNAME ? &u->username : &u->password;
    dst->len = 0;
    lode_url_percent_encode(value, len, LODE_URL_ENC_USERINFO, 0, dst);
    return 0;
  }
  case LODE_URL_SET_HOST:
  case LODE_URL_SET_HOSTNAME:
    if (u->opaque_path) return 0;
    st = which == LODE_URL_SET_HOST ? ST_HOST : ST_HOSTNAME;
    break;
  case LODE_URL_SET_PORT:
    if (cannot_have_credentials_or_port(u)) return 0;
    if (len == 0) {
      u->port = -1;
      return 0;
    }
    st = ST_PORT;
    break;
  case LODE_URL_SET_PATHNAME:
    if (u->opaque_path) return 0;
    u->path.len = 0;
    st = ST_PATH_START;
    break;
  case LODE_URL_SET_SEARCH:
    if (len == 0) {
      u->query.len = 0;
      u->has_query = 0;
      return 0;
    }
    if (value[0] == '?') value++, len--;
    u->query.len = 0;
    u->has_query = 1;
    st = ST_QUERY;
    break;
  case LODE_URL_SET_HASH:
    if (len == 0) {
      u->fragment.len = 0;
      u->has_fragment = 0;
      return 0;
    }
    if (value[0] == '#') value++, len--;
    u->fragment.len = 0;
    u->has_fragment = 1;
    st = ST_FRAGMENT;
    break;
  default:
    return -1;
  }
  units_make(&in, value, len, 0, 0);
  basic_parse(u, in.p, in.n, NULL, st);
  units_free(&in);
  return 0;
}

void lode_url_serialize(const lode_url *u, lode_sbuf *out, lode_url_components *c) {
  out->len = 0;
  sb_reserve(out, u->scheme.len + u->username.len + u->password.len + u->host.len +
                      u->path.len + u->query.len + u->fragment.len + 16);
  sb_append(out, u->scheme.p, u->scheme.len);
  sb_putc(out, ':');
  c->protocol_end = (int32_t)out->len;
  if (u->has_host) {
    sb_append(out, "//", 2);
    if (has_credentials(u)) {
      sb_append(out, u->username.p, u->username.len);
      c->username_end = (int32_t)out->len;
      if (u->password.len > 0) {
        sb_putc(out, ':');
        sb_append(out, u->password.p, u->password.len);
      }
      sb_putc(out, '@');
    } else {
      c->username_end = (int32_t)out->len;
    }
    c->host_start = (int32_t)out->len;
    sb_append(out, u->host.p, u->host.len);
    c->host_end = (int32_t)out->len;
    if (u->port >= 0) {
      sb_putc(out, ':');
      put_dec(out, (uint32_t)u->port);
    }
  } else {
    c->username_end = c->host_start = c->host_end = c->protocol_end;
    if (!u->opaque_path && u->path.len > 1 && u->path.p[0] == '/' && u->path.p[1] == '/')
      sb_append(out, "/.", 2);
  }
  c->port = u->port;
  c->pathname_start = (int32_t)out->len;
  sb_append(out, u->path.p, u->path.len);
  c->search_start = -1;
  if (u->has_query) {
    c->search_start = (int32_t)out->len;
    sb_putc(out, '?');
    sb_append(out, u->query.p, u->query.len);
  }
  c->hash_start = -1;
  if (u->has_fragment) {
    c->hash_start = (int32_t)out->len;
    sb_putc(out, '#');
    sb_append(out, u->fragment.p, u->fragment.len);
  }
  c->scheme_type = u->scheme_type;
}

/* Segments */

static size_t match_exact(const char *o, size_t on, const uint16_t *s, size_t sn) {
  size_t k = 0, m = on < sn ? on : sn;
  while (k < m && (unsigned char)o[k] == s[k]) k++;
  return k;
}

static size_t match_lower(const char *o, size_t on, const uint16_t *s, size_t sn) {
  size_t k = 0, m = on < sn ? on : sn;
  while (k < m && s[k] < 0x80 && o[k] == lower(s[k])) k++;
  return k;
}

static int push_seg(lode_url_seg *segs, int *nseg, int max, int type, size_t start, size_t len) {
  if (*nseg > 0) {
    lode_url_seg *last = &segs[*nseg - 1];
    if (last->type == type && (size_t)(last->start + last->len) == start) {
      last->len += (int32_t)len;
      return 0;
    }
  }
  if (*nseg == max) return -1;
  segs[*nseg].type = type;
  segs[*nseg].start = (int32_t)start;
  segs[*nseg].len = (int32_t)len;
  (*nseg)++;
  return 0;
}

/* Greedy: at each point take the longest run that input (exactly or
 * lowercased) or base offers at their cursors; else skip a few input units
 * (tabs, dot segments, default ports) when that resynchronizes; else one
 * literal byte. Any result is correct; the heuristics only keep it short. */
int lode_url_segments(const char *href, size_t n, const uint16_t *input, size_t in_len,
                      const uint16_t *base, size_t base_len, lode_url_seg *segs, int max_segs,
                      char *lit, size_t lit_cap) {
  size_t o = 0, i = 0, b = 0, nlit = 0;
  int nseg = 0;
  if (base == NULL) base_len = 0;
  while (o < n) {
    size_t ki = i < in_len ? match_exact(href + o, n - o, input + i, in_len - i) : 0, kl = 0;
    /* Lowercasing applies to a whole segment: only worth it (and only
     * right) when the exact match stopped at a case difference. */
    if (ki < n - o && i + ki < in_len && input[i + ki] < 0x80 && href[o + ki] == lower(input[i + ki]))
      kl = match_lower(href + o, n - o, input + i, in_len - i);
    /* The base only ever provides a prefix: once input is used, it is done. */
    size_t kb = b < base_len ? match_exact(href + o, n - o, base + b, base_len - b) : 0;
    if (kb > ki && kb > kl && kb >= 2) {
      if (push_seg(segs, &nseg, max_segs, LODE_URL_SEG_BASE, b, kb) < 0) return -1;
      o += kb;
      b += kb;
      continue;
    }
    if (kl > ki) {
      if (push_seg(segs, &nseg, max_segs, LODE_URL_SEG_LOWER, i, kl) < 0) return -1;
      o += kl;
      i += kl;
      base_len = 0;
      continue;
    }
    if (ki > 0) {
      if (push_seg(segs, &nseg, max_segs, LODE_URL_SEG_INPUT, i, ki) < 0) return -1;
      o += ki;
      i += ki;
      base_len = 0;
      continue;
    }
    /* A percent-encoded input code point: its escapes are literals. */
    if (href[o] == '%' && i < in_len && (input[i] >= 0x80 || (enc_table[input[i]] & 0xfe))) {
      ptrdiff_t q = (ptrdiff_t)i;
      uint32_t cp = take_cp(input, &q, (ptrdiff_t)in_len);
      unsigned char u[4];
      int k = input[i] < 0x80 ? 1 : utf8_encode(cp, u);
      if (input[i] < 0x80) u[0] = (unsigned char)input[i];
      size_t need = (size_t)k * 3;
      int ok = o + need <= n && nlit + need <= lit_cap;
      for (int j = 0; ok && j < k; j++)
        ok = href[o + 3 * j] == '%' && href[o + 3 * j + 1] == hex_upper[u[j] >> 4] &&
             href[o + 3 * j + 2] == hex_upper[u[j] & 15];
      if (ok) {
        memcpy(lit + nlit, href + o, need);
        if (push_seg(segs, &nseg, max_segs, LODE_URL_SEG_LITERAL, nlit, need) < 0) return -1;
        nlit += need;
        o += need;
        i = (size_t)q + 1;
        base_len = 0;
        continue;
      }
    }
    /* Resynchronize by skipping input units. */
    size_t want = n - o < 2 ? n - o : 2, d = 1;
    char first = href[o];
    for (; d <= 16 && i + d < in_len; d++) {
      uint16_t u = input[i + d];
      if (u >= 0x80 || (u != (unsigned char)first && lower(u) != first)) continue;
      if (match_exact(href + o, want, input + i + d, in_len - i - d) == want ||
          match_lower(href + o, want, input + i + d, in_len - i - d) == want)
        break;
    }
    if (d <= 16 && i + d < in_len) {
      i += d;
      continue;
    }
    if (nlit == lit_cap) return -1;
    lit[nlit] = href[o];
    if (push_seg(segs, &nseg, max_segs, LODE_URL_SEG_LITERAL, nlit, 1) < 0) return -1;
    nlit++;
    o++;
  }
  return nseg;
}

int lode_url_domain_to_ascii(const uint16_t *input, size_t len, lode_sbuf *out) {
  units_t in;
  units_make(&in, input, len, 0, 0);
  int r = in.n == 0 ? -1 : lode_url_host_parse(in.p, in.n, 0, out);
  units_free(&in);
  return r;
}

int lode_url_uts46_to_ascii(const uint16_t *input, size_t len, lode_sbuf *out) {
  lode_sbuf bytes = {0};
  sb_reserve(&bytes, len * 3 + 1);
  for (size_t i = 0; i < len; i++) {
    ptrdiff_t q = (ptrdiff_t)i;
    uint32_t c = take_cp(input, &q, (ptrdiff_t)len);
    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
    i = (size_t)q;
    bytes.len += (size_t)utf8_encode(c, (unsigned char *)bytes.p + bytes.len);
  }
  int r = lode_url_idna_cached(bytes.p, bytes.len, out);
  lode_sbuf_free(&bytes);
  return r;
}

int lode_url_domain_to_unicode(const uint16_t *input, size_t len, lode_sbuf *out) {
  lode_sbuf ascii = {0};
  int r = lode_url_domain_to_ascii(input, len, &ascii);
  if (r == 0) {
    out->len = 0;
    if (ascii.len > 0 && ascii.p[0] == '[') {
      sb_append(out, ascii.p, ascii.len);
    } else if (lode_url_idna_convert(ascii.p, ascii.len, 1, out, 1) < 0) {
      out->len = 0;
      sb_append(out, ascii.p, ascii.len);
    }
  }
  lode_sbuf_free(&ascii);
  return r;
}

void lode_url_percent_encode(const uint16_t *input, size_t len, int set, int space_plus,
                             lode_sbuf *out) {
  for (size_t i = 0; i < len; i++) {
    uint32_t c = input[i];
    if (c == ' ' && space_plus) {
      sb_putc(out, '+');
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (is_high(c) && i + 1 < len && is_low(input[i + 1])) {
        c = 0x10000 + ((c - 0xD800) << 10) + (input[i + 1] - 0xDC00u);
        i++;
      } else {
        c = 0xFFFD;
      }
    }
    enc_cp(out, c, set);
  }
}
