/* HTTP/1.1 message parsing (RFC 9110, RFC 9112) for requests and responses:
 * see http_parser.h. One byte-driven state machine; the states that see
 * most bytes (targets, header names and values, bodies) scan runs with
 * lookup tables. Error codes, reasons and offsets follow what Node reports
 * for the same bytes (observed with node v20; the offsets are sometimes on
 * the offending byte and sometimes one past it, as there). */
#include "http_parser.h"

#include <stdlib.h>
#include <string.h>

enum {
  ST_START,           /* before a message: CR/LF skipped */
  ST_CLOSED,          /* after a message that closes the connection */
  ST_DEAD,            /* after an error or an upgrade */
  ST_METHOD,
  ST_METHOD_SP,
  ST_URL_START,
  ST_URL_SCHEMA,
  ST_URL_SCHEMA_COLON,
  ST_URL_SCHEMA_SLASH,
  ST_URL_SERVER,
  ST_URL_PATH,
  ST_URL_QUERY,
  ST_URL_FRAGMENT,
  ST_URL_CR,
  ST_REQ_PROTO_SP,
  ST_PROTO,
  ST_VER_MAJOR,
  ST_VER_DOT,
  ST_VER_MINOR,
  ST_VER_END,
  ST_REQ_LF,
  ST_PRI_PREFACE,
  ST_STATUS,
  ST_STATUS_END,
  ST_REASON,
  ST_RES_LF,
  ST_HDR_START,
  ST_HDR_NAME,
  ST_HDR_NAME_SP,     /* lenient: SP between some names and the colon */
  ST_HDR_OWS,
  ST_HDR_VALUE,
  ST_HDR_VALUE_LF,
  ST_HDR_EMPTY_LF,
  ST_HDR_FOLD,        /* lenient: after a header line, a fold may follow */
  ST_HDR_EMPTY_FOLD,  /* SP/HTAB at the start of the line after an empty value */
  ST_HDRS_LF,
  ST_BODY_CL,
  ST_BODY_EOF,
  ST_CHUNK_SIZE_START,
  ST_CHUNK_SIZE,
  ST_CHUNK_SIZE_SP,
  ST_CHUNK_SIZE_LF,
  ST_CHUNK_EXT_START,
  ST_CHUNK_EXT_NAME,

  ST_CHUNK_EXT_VALUE,
  ST_CHUNK_EXT_QUOTED,
  ST_CHUNK_EXT_QUOTED_ESC,
  ST_CHUNK_EXT_QUOTED_END,
  ST_CHUNK_DATA,
  ST_CHUNK_DATA_CR,
  ST_CHUNK_DATA_LF,
};

/* Headers whose values the parser reads. */
enum { H_OTHER, H_CONTENT_LENGTH, H_TRANSFER_ENCODING, H_CONNECTION, H_UPGRADE, H_EXPECT };

/* Live spans (p->spans): A is the target, reason or header name, B the
 * header value; OPEN while their end is not known yet. */
enum { SPAN_A = 1, SPAN_A_OPEN = 2, SPAN_B = 4, SPAN_B_OPEN = 8, SPAN_A_FLUSH = 16 };

/* Token matcher states (p->tok) for Transfer-Encoding and Connection. */
enum { TOK_START = 0, TOK_ABANDON = 0xfd, TOK_OTHER = 0xfe, TOK_DONE = 0xff };

enum { PROTO_HTTP, PROTO_RTSP, PROTO_ICE };

static const char *const method_names[] = {
#define X(name, str) str,
  LODE_HTTP_METHOD_MAP(X)
#undef X
};

static const char *const errno_names[] = {
#define X(name, str) str,
  LODE_HTTP_ERRNO_MAP(X)
#undef X
};

const char *lode_http_method_name(int m) {
  return m >= 0 && m < LODE_HTTP_METHOD_COUNT ? method_names[m] : NULL;
}

const char *lode_http_errno_name(lode_http_errno e) {
  return (unsigned)e < LODE_HPE_COUNT ? errno_names[e] : "HPE_UNKNOWN";
}

/* Byte classes. */
enum {
  C_TOKEN = 1,     /* tchar (RFC 9110 5.6.2) */
  C_VALUE = 2,     /* field-value byte: HTAB, SP, VCHAR, obs-text */
  C_URL = 4,       /* VCHAR: the bytes of a path, query or fragment */
  C_SERVER = 8,    /* the bytes of an authority, as Node takes them */
  C_QDTEXT = 16,   /* qdtext in a chunk extension's quoted string */
  C_ALPHA = 32,
};

/* cls[byte]: C_* bits (generated from the definitions above). */
static const uint8_t cls[256] = {
   0,  0,  0,  0,  0,  0,  0,  0,  0, 18,  0,  0,  0,  0,  0,  0,
   0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
  18, 31,  6, 23, 31, 31, 31, 31, 30, 30, 31, 31, 30, 31, 31, 30,
  31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 30, 30, 22, 30, 22, 30,
  30, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63,
  63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 30,  6, 30, 23, 31,
  23, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63,
  63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 22, 23, 22, 31,  0,
  18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
  18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
  18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
  18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
  18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
  18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
  18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
  18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18,
};

static const uint8_t method_len[] = {
#define X(name, str) sizeof(str) - 1,
  LODE_HTTP_METHOD_MAP(X)
#undef X
};

static inline int hexval(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

#define IS(c, k) (cls[c] & (k))

static const char pri_preface[] = "\r\n\r\nSM\r\n\r\n";
static const char *const proto_names[] = {"HTTP/", "RTSP/", "ICE/"};

void lode_http_reset(lode_http_parser *p, int type) {
  lode_http_parser keep = *p;
  memset(p, 0, sizeof(*p));
  p->cb = keep.cb;
  p->data = keep.data;
  p->max_header_size = keep.max_header_size;
  p->max_headers = keep.max_headers;
  p->lenient = keep.lenient;
  p->head_response = keep.head_response;
  p->acc = keep.acc;
  p->acc_cap = keep.acc_cap;
  p->type = (uint8_t)type;
  p->state = ST_START;
}

void lode_http_init(lode_http_parser *p, int type, const lode_http_callbacks *cb) {
  memset(p, 0, sizeof(*p));
  p->cb = cb;
  p->max_header_size = 16384;
  lode_http_reset(p, type);
}

void lode_http_free(lode_http_parser *p) {
  free(p->acc);
  p->acc = NULL;
  p->acc_len = p->acc_cap = 0;
}

int lode_http_should_keep_alive(const lode_http_parser *p) {
  if (p->http_major > 0 && p->http_minor > 0) {
    if (p->flags & LODE_HTTP_F_CONNECTION_CLOSE) return 0;
  } else if (!(p->flags & LODE_HTTP_F_CONNECTION_KEEP_ALIVE)) {
    return 0;
  }
  if (p->type == LODE_HTTP_REQUEST) return 1;
  /* A response whose body runs until EOF ends the connection. */
  if (p->status_code / 100 == 1 || p->status_code == 204 || p->status_code == 304 ||
      (p->flags & LODE_HTTP_F_SKIPBODY))
    return 1;
  if ((p->flags & LODE_HTTP_F_TRANSFER_ENCODING) && !(p->flags & LODE_HTTP_F_CHUNKED)) return 0;
  return (p->flags & (LODE_HTTP_F_CHUNKED | LODE_HTTP_F_CONTENT_LENGTH)) != 0;
}

/* The first byte from c that is not a field-value byte (a CTL other than
 * HTAB, or DEL), eight at a time while none is. */
static inline const unsigned char *scan_value(const unsigned char *c, const unsigned char *end) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  while (end - c >= 8) {
    uint64_t w, d;
    memcpy(&w, c, 8);
    d = w ^ (0x7f * ones);
    if ((((w - 0x20 * ones) & ~w) | ((d - ones) & ~d)) & highs) break;
    c += 8;
  }
  while (c < end && IS(*c, C_VALUE)) c++;
  return c;
}

/* ---- Spans that cross feeds ---------------------------------------- */

static int acc_append(lode_http_parser *p, const unsigned char *src, size_t n) {
  if (n == 0) return 0;
  if (p->acc_len + n > p->acc_cap) {
    size_t cap = p->acc_cap ? p->acc_cap : 256;
    while (cap < p->acc_len + n) cap *= 2;
    char *a = realloc(p->acc, cap);
    if (a == NULL) return -1;
    p->acc = a;
    p->acc_cap = cap;
  }
  memcpy(p->acc + p->acc_len, src, n);
  p->acc_len += n;
  return 0;
}

/* Copies the bytes of span [start, end) not saved yet (they are in the
 * current input: earlier ones were saved when their feed ended). */
static int span_save(lode_http_parser *p, const unsigned char *data, uint64_t start, uint64_t end,
                     uint64_t *saved, size_t *off) {
  if (*saved == start && !(off == &p->b_off && p->folded)) *off = p->acc_len;
  if (end > *saved) {
    if (acc_append(p, data + (*saved - p->pos0), (size_t)(end - *saved)) < 0) return -1;
    *saved = end;
  }
  return 0;
}

/* Makes a closed span contiguous somewhere; *ptr is set later by span_ptr
 * (acc may move while the other span is saved). */
static int span_complete(lode_http_parser *p, const unsigned char *data, int b) {
  if (b) {
    if (p->b_saved == p->b_start) return 0;
    return span_save(p, data, p->b_start, p->b_end, &p->b_saved, &p->b_off);
  }
  if (p->a_saved == p->a_start) return 0;
  return span_save(p, data, p->a_start, p->a_end, &p->a_saved, &p->a_off);
}

static const char *span_ptr(const lode_http_parser *p, const unsigned char *data, int b) {
  if (b) {
    if (p->b_saved == p->b_start) return (const char *)data + (p->b_start - p->pos0);
    return p->acc + p->b_off;
  }
  if (p->a_saved == p->a_start) return (const char *)data + (p->a_start - p->pos0);
  return p->acc + p->a_off;
}

/* ---- Errors and callbacks ------------------------------------------ */

static int over_limit(lode_http_parser *p, uint64_t to);

static lode_http_errno fail(lode_http_parser *p, lode_http_errno e, const char *why, size_t pos,
                            size_t at) {
  /* Node counts a header value's (or reason's) bytes up to an error in it. */

  if ((p->spans & (SPAN_B_OPEN | SPAN_A_FLUSH)) && e != LODE_HPE_HEADER_OVERFLOW &&
      e != LODE_HPE_USER && p->pos0 + at >= p->counted && over_limit(p, p->pos0 + at)) {
    e = LODE_HPE_HEADER_OVERFLOW;
    why = "Header overflow";
  }
  /* Node hands an upgrading connection over where its body goes wrong. */
  if (p->upgrade && e != LODE_HPE_USER && e != LODE_HPE_INTERNAL) {
    e = LODE_HPE_PAUSED_UPGRADE;
    why = "Pause on CONNECT/Upgrade";
  }
  p->error = e;
  p->reason = why;
  p->error_pos = pos;
  p->state = ST_DEAD;
  return e;
}

#define POS(q) ((size_t)((q) - data))
#define FAIL(code, why, q) return fail(p, LODE_HPE_##code, why, POS(q), POS(q))
/* Reported one past the byte at fault, as Node does for some errors. */
#define FAIL_NEXT(code, why, q) return fail(p, LODE_HPE_##code, why, POS(q) + 1, POS(q))
#define CALL(name)                                                             \
  do {                                                                         \
    if (p->cb && p->cb->name && p->cb->name(p) != 0)                           \
      return fail(p, LODE_HPE_USER, "User callback error", POS(c), POS(c));            \
  } while (0)
#define CALL_DATA(name, at, n)                                                 \
  do {                                                                         \
    if (p->cb && p->cb->name && p->cb->name(p, (const char *)(at), (n)) != 0)  \
      return fail(p, LODE_HPE_USER, "User callback error", POS(c), POS(c));            \
  } while (0)
#define SPOS(q) (p->pos0 + (uint64_t)((q) - data)) /* stream position */

/* Counts the bytes of the current span up to stream position `to` against
 * max_header_size, as Node does when a span callback fires. */
static int over_limit(lode_http_parser *p, uint64_t to) {
  p->header_bytes += to - p->counted;
  p->counted = to;
  return p->max_header_size != 0 && p->header_bytes >= p->max_header_size;
}

#define OVERFLOW_AT(q) fail(p, LODE_HPE_HEADER_OVERFLOW, "Header overflow", POS(q), POS(q))

static int ieq(const char *a, size_t n, const char *lower) {
  size_t i = 0;
  for (; i < n; i++) {
    unsigned char ch = (unsigned char)a[i];
    if (ch >= 'A' && ch <= 'Z') ch += 32;
    if (lower[i] == '\0' || ch != (unsigned char)lower[i]) return 0;
  }
  return lower[i] == '\0';
}

static int header_kind(const char *name, size_t n) {
  switch (n) {
  case 6: return ieq(name, n, "expect") ? H_EXPECT : H_OTHER;
  case 7: return ieq(name, n, "upgrade") ? H_UPGRADE : H_OTHER;
  case 10: return ieq(name, n, "connection") ? H_CONNECTION : H_OTHER;
  case 14: return ieq(name, n, "content-length") ? H_CONTENT_LENGTH : H_OTHER;
  case 16: return ieq(name, n, "proxy-connection") ? H_CONNECTION : H_OTHER;
  case 17: return ieq(name, n, "transfer-encoding") ? H_TRANSFER_ENCODING : H_OTHER;
  default: return H_OTHER;
  }
}

/* Connection tokens: while one is being matched, tok_cand is its index
 * and tok the number of bytes matched. */
static const char *const conn_tokens[] = {"close", "keep-alive", "upgrade"};
static const uint16_t conn_flags[] = {LODE_HTTP_F_CONNECTION_CLOSE, LODE_HTTP_F_CONNECTION_KEEP_ALIVE,
                                      LODE_HTTP_F_CONNECTION_UPGRADE};

static inline unsigned char lower(unsigned char ch) {
  return ch >= 'A' && ch <= 'Z' ? (unsigned char)(ch + 32) : ch;
}

/* One byte of a comma-separated token list: candidates are "chunked"
 * (Transfer-Encoding) or conn_tokens (Connection). Returns the candidate
 * index + 1 when a token ended (at ',') on a full match, else 0. */
static int tok_step(lode_http_parser *p, unsigned char ch, int te) {
  if (p->tok == TOK_ABANDON) return 0;
  if (ch == ',') {
    int done = p->tok == TOK_DONE ? p->tok_cand + 1 : 0;
    p->tok = TOK_START;
    return done;
  }
  switch (p->tok) {
  case TOK_START:
    if (ch == ' ' || ch == '\t') return 0;
    if (te) {
      if (lower(ch) == 'c') {
        p->tok_cand = 0;
        p->tok = 1;
      } else {
        p->tok = TOK_OTHER;
      }
      return 0;
    }
    for (int i = 0; i < 3; i++) {
      if (lower(ch) == (unsigned char)conn_tokens[i][0]) {
        p->tok_cand = (uint8_t)i;
        p->tok = 1;
        return 0;
      }
    }
    p->tok = TOK_OTHER;
    return 0;
  case TOK_OTHER:
    return 0;
  case TOK_DONE:
    if (ch != ' ') p->tok = TOK_OTHER;
    return 0;
  default: {
    const char *w = te ? "chunked" : conn_tokens[p->tok_cand];
    if (lower(ch) != (unsigned char)w[p->tok]) {
      p->tok = TOK_OTHER;
      return 0;
    }
    p->tok++;
    if (w[p->tok] == '\0') p->tok = TOK_DONE;
    return 0;
  }
  }
}

/* The end of a Transfer-Encoding or Connection value. */
static void tok_end(lode_http_parser *p, int te) {
  if (te) {
    if (p->tok == TOK_DONE) p->flags |= LODE_HTTP_F_CHUNKED;
    else if (p->tok != TOK_START) p->flags &= (uint16_t)~LODE_HTTP_F_CHUNKED;
  } else if (p->tok == TOK_DONE) {
    p->flags |= conn_flags[p->tok_cand];
  }
  p->tok = TOK_START;
}

static void begin_message(lode_http_parser *p) {
  p->method = 0;
  p->http_major = p->http_minor = 0;
  p->upgrade = 0;
  p->status_code = 0;
  p->flags = 0;
  p->header_count = 0;
  p->content_length = 0;
  p->header_bytes = 0;
  p->idx = 0;
  p->first_line = 1;
  p->last_empty = 0;
}

static int version_ok(const lode_http_parser *p) {
  if (p->lenient & LODE_HTTP_LENIENT_VERSION) return 1;
  switch (p->http_major) {
  case 0: return p->http_minor == 9;
  case 1: return p->http_minor <= 1;
  case 2: return p->http_minor == 0;
  default: return 0;
  }
}

static int method_allowed(int m, int proto) {
  int rtsp_only = m >= LODE_HTTP_DESCRIBE && m <= LODE_HTTP_FLUSH;
  switch (proto) {
  case PROTO_HTTP: return !rtsp_only;
  case PROTO_RTSP: return rtsp_only || m == LODE_HTTP_GET || m == LODE_HTTP_POST || m == LODE_HTTP_OPTIONS;
  default: return m == LODE_HTTP_SOURCE;
  }
}

/* The method among the candidates whose name is n bytes long, or -1. */
static int method_complete(uint64_t mask, unsigned n) {
  for (int m = 0; m < LODE_HTTP_METHOD_COUNT; m++)
    if ((mask >> m & 1) && method_len[m] == n) return m;
  return -1;
}

static uint64_t method_next(uint64_t mask, unsigned n, unsigned char ch) {
  uint64_t out = 0;
  for (int m = 0; m < LODE_HTTP_METHOD_COUNT; m++)
    if ((mask >> m & 1) && method_len[m] > n && (unsigned char)method_names[m][n] == ch)
      out |= 1ull << m;
  return out;
}

enum { BODY_NONE, BODY_LENGTH, BODY_CHUNKED, BODY_EOF, BODY_REFUSED };

/* What follows a complete head (p->upgrade and F_SKIPBODY final). */
static int body_mode(const lode_http_parser *p) {
  int req = p->type == LODE_HTTP_REQUEST;
  /* The other protocol, or nothing, follows the head. */
  if (p->upgrade && (!req || p->method == LODE_HTTP_CONNECT || (p->flags & LODE_HTTP_F_SKIPBODY) ||
                     !((p->flags & LODE_HTTP_F_CHUNKED) || p->remaining > 0)))
    return BODY_NONE;
  if ((p->flags & LODE_HTTP_F_SKIPBODY) ||
      (!req && ((p->status_code >= 100 && p->status_code <= 103) || p->status_code == 204 ||
                p->status_code == 304)))
    return BODY_NONE;
  if (p->flags & LODE_HTTP_F_CHUNKED) return BODY_CHUNKED;
  /* Another coding: a request is refused, a response runs until EOF. */
  if (p->flags & LODE_HTTP_F_TRANSFER_ENCODING) {
    if (req && !(p->lenient & (LODE_HTTP_LENIENT_TRANSFER_ENCODING | LODE_HTTP_LENIENT_CHUNKED_LENGTH)))
      return BODY_REFUSED;
    return BODY_EOF;
  }
  if (p->flags & LODE_HTTP_F_CONTENT_LENGTH) return p->remaining > 0 ? BODY_LENGTH : BODY_NONE;
  /* Without a length, a response runs until EOF (not a 1xx). */
  return req || p->status_code / 100 == 1 ? BODY_NONE : BODY_EOF;
}

int lode_http_body_follows(const lode_http_parser *p) {
  lode_http_parser q = *p;
  if (q.type == LODE_HTTP_RESPONSE && q.status_code == 101) q.upgrade = 1;
  int m = body_mode(&q);
  return m == BODY_LENGTH || m == BODY_CHUNKED || m == BODY_EOF;
}

/* Reports the header line whose spans are A and B; c is past its LF. */

static lode_http_errno deliver_header(lode_http_parser *p, const unsigned char *data,
                                      const unsigned char *c) {
  const char *name, *value;
  size_t nlen, vlen;
  int had_value = (p->spans & SPAN_B) != 0;
  if (p->folded) {
    /* Folded (lenient): the pieces are in acc, trimmed here. */
    if (span_save(p, data, p->a_start, p->a_end, &p->a_saved, &p->a_off) < 0 ||
        span_save(p, data, p->b_start, p->b_raw, &p->b_saved, &p->b_off) < 0)
      return fail(p, LODE_HPE_INTERNAL, "Out of memory", POS(c), POS(c));
    value = p->acc + p->b_off;
    vlen = p->acc_len - p->b_off;
    while (vlen > 0 && (value[0] == ' ' || value[0] == '\t')) value++, vlen--;
    while (vlen > 0 && (value[vlen - 1] == ' ' || value[vlen - 1] == '\t')) vlen--;
    name = p->acc + p->a_off;
    p->folded = 0;
  } else if (!had_value) {
    if (span_complete(p, data, 0) < 0) return fail(p, LODE_HPE_INTERNAL, "Out of memory", POS(c), POS(c));
    name = span_ptr(p, data, 0);
    value = "";
    vlen = 0;
  } else {
    if (span_complete(p, data, 0) < 0 || span_complete(p, data, 1) < 0)
      return fail(p, LODE_HPE_INTERNAL, "Out of memory", POS(c), POS(c));
    name = span_ptr(p, data, 0);
    value = span_ptr(p, data, 1);
    vlen = (size_t)(p->b_end - p->b_start);
  }

  nlen = (size_t)(p->a_end - p->a_start);
  p->spans = 0;
  if (p->hkind == H_EXPECT && ieq(value, vlen, "100-continue")) p->flags |= LODE_HTTP_F_EXPECT_CONTINUE;
  p->header_count++;
  if (p->max_headers == 0 || p->header_count <= p->max_headers) {
    lode_http_header_cb cb = NULL;
    if (p->cb) cb = (p->flags & LODE_HTTP_F_TRAILING) ? p->cb->on_trailer : p->cb->on_header;
    if (cb && cb(p, name, nlen, value, vlen) != 0)
      return fail(p, LODE_HPE_USER, "User callback error", POS(c), POS(c));
  }
  p->acc_len = 0;
  p->first_line = 0;
  p->last_empty = !had_value;
  return LODE_HPE_OK;
}

/* The end of a header line (after a fold, when lenient): checks that
 * need the whole value, then the callback. */
static lode_http_errno end_header(lode_http_parser *p, const unsigned char *data,
                                  const unsigned char *c) {
  int kind = p->hkind;
  /* Strict: Node refuses an empty Content-Length on the next byte (in
   * ST_HDR_START), unless that byte is SP/HTAB. */
  if (kind == H_CONTENT_LENGTH && p->cl_state == 0 && (p->lenient & LODE_HTTP_LENIENT_HEADERS))
    return fail(p, LODE_HPE_INVALID_CONTENT_LENGTH, "Empty Content-Length", POS(c), POS(c));
  if ((kind == H_TRANSFER_ENCODING && (p->spans & SPAN_B)) || kind == H_CONNECTION)
    tok_end(p, kind == H_TRANSFER_ENCODING);
  return deliver_header(p, data, c);
}

lode_http_errno lode_http_execute(lode_http_parser *p, const char *input, size_t len) {
  if (p->state == ST_DEAD) return p->error;
  const unsigned char *data = (const unsigned char *)input;
  const unsigned char *c = data, *end = data + len;
  int strict_crlf = !(p->lenient & LODE_HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF);

  while (c < end) {
    unsigned char ch = *c;
    switch (p->state) {
    case ST_CLOSED:
    case ST_START:
      while (c < end && (*c == '\r' || *c == '\n')) c++;
      if (c == end) break;
      if (p->state == ST_CLOSED) {
        if (!(p->lenient & LODE_HTTP_LENIENT_DATA_AFTER_CLOSE))
          FAIL_NEXT(CLOSED_CONNECTION, "Data after `Connection: close`", c);
        c = end; /* ignored */
        break;
      }
      {
        /* Node's parser keeps the last Content-Length after a close. */
        uint64_t keep = p->cl_keep ? p->remaining : 0;
        begin_message(p);
        p->remaining = keep;
      }
      CALL(on_message_begin);
      if (p->type == LODE_HTTP_REQUEST) {
        /* The common methods at once. */
        if (end - c >= 4 && memcmp(c, "GET ", 4) == 0) {
          p->method = LODE_HTTP_GET;
          p->state = ST_METHOD_SP;
          c += 4;
        } else if (end - c >= 5 && memcmp(c, "POST ", 5) == 0) {
          p->method = LODE_HTTP_POST;
          p->state = ST_METHOD_SP;
          c += 5;
        } else {
          p->state = ST_METHOD;
        }
      } else {
        p->state = ST_PROTO;
      }
      break;

    case ST_METHOD:
      if (p->idx == 0) {
        p->mask = 0;
        for (int m = 0; m < LODE_HTTP_METHOD_COUNT; m++)
          if ((unsigned char)method_names[m][0] == ch) p->mask |= 1ull << m;
        if (p->mask == 0) FAIL(INVALID_METHOD, "Invalid method encountered", c);
        p->idx = 1;
        c++;
        break;
      } else {
        int m = method_complete(p->mask, p->idx);
        if (ch == ' ' && m >= 0) {
          p->method = (uint8_t)m;
          p->state = ST_METHOD_SP;
          c++;
          break;
        }
        uint64_t next = ch == ' ' ? 0 : method_next(p->mask, p->idx, ch);
        if (next == 0) {
          if (m >= 0) FAIL(INVALID_METHOD, "Expected space after method", c);
          FAIL(INVALID_METHOD, "Invalid method encountered", c);
        }
        p->mask = next;
        p->idx++;
        c++;
        break;
      }

    case ST_METHOD_SP:
      if (ch == ' ') {
        c++;
        break;
      }
      p->a_start = p->a_saved = p->counted = SPOS(c);
      p->spans = SPAN_A | SPAN_A_OPEN;
      p->url_at = 0;
      if (ch == '/' && p->method != LODE_HTTP_CONNECT) {
        p->state = ST_URL_PATH;
        c++;
        goto url_run;
      }
      p->state = p->method == LODE_HTTP_CONNECT ? ST_URL_SERVER : ST_URL_START;
      break;

    case ST_URL_START:
      if (ch == '/' || ch == '*') p->state = ST_URL_PATH;
      else if (IS(ch, C_ALPHA)) p->state = ST_URL_SCHEMA;
      else if (ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r')
        FAIL_NEXT(INVALID_URL, "Invalid characters in url", c);
      else FAIL(INVALID_URL, "Unexpected start char in url", c);
      c++;
      break;

    case ST_URL_SCHEMA:
      while (c < end && IS(*c, C_ALPHA)) c++;
      if (c == end) break;
      ch = *c;
      if (ch == ':') p->state = ST_URL_SCHEMA_COLON;
      else if (ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r' || ch == ' ')
        FAIL_NEXT(INVALID_URL, "Invalid characters in url", c);
      else FAIL(INVALID_URL, "Unexpected char in url schema", c);
      c++;
      break;

    case ST_URL_SCHEMA_COLON:
      if (ch == '/') p->state = ST_URL_SCHEMA_SLASH;
      else if (ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r' || ch == ' ')
        FAIL_NEXT(INVALID_URL, "Invalid characters in url", c);
      else FAIL(INVALID_URL, "Unexpected char in url schema", c);
      c++;
      break;

    case ST_URL_SCHEMA_SLASH:
      if (ch != '/') FAIL(INVALID_URL, "Unexpected char in url schema", c);
      p->state = ST_URL_SERVER;
      c++;
      break;

    case ST_URL_SERVER:
    case ST_URL_PATH:
    case ST_URL_QUERY:
    case ST_URL_FRAGMENT:
    url_run: {
      if (p->state == ST_URL_SERVER) {
        while (c < end && IS(*c, C_SERVER)) {
          if (*c == '/') {
            p->state = ST_URL_PATH;
            break;
          }
          if (*c == '?') {
            p->state = ST_URL_QUERY;
            break;
          }
          if (*c == '@') {
            if (p->url_at) FAIL_NEXT(INVALID_URL, "Double @ in url", c);
            p->url_at = 1;
          } else {
            p->url_at = 0;
          }
          c++;
        }
        if (c == end) break;
        if (p->state != ST_URL_SERVER) {
          c++;
          break;
        }
      } else {
        while (c < end && IS(*c, C_URL)) {
          if (*c == '?' && p->state == ST_URL_PATH) p->state = ST_URL_QUERY;
          else if (*c == '#' && p->state != ST_URL_FRAGMENT) p->state = ST_URL_FRAGMENT;
          c++;
        }
        if (c == end) break;
      }
      ch = *c;
      if (ch == ' ' || ch == '\r' || ch == '\n') {
        p->a_end = SPOS(c);
        if (over_limit(p, p->a_end)) return OVERFLOW_AT(c);
        p->spans = 0;
        if (span_complete(p, data, 0) < 0) FAIL(INTERNAL, "Out of memory", c);
        CALL_DATA(on_url, span_ptr(p, data, 0), (size_t)(p->a_end - p->a_start));
        p->acc_len = 0;
        if (ch == ' ') {
          p->state = ST_REQ_PROTO_SP;
          p->idx = 0;
          if (++c == end) break;
          ch = *c;
          goto proto_sp;
        } else if (ch == '\r') {
          p->state = ST_URL_CR;
        } else {
          p->http_major = 0;
          p->http_minor = 9;
          p->first_line = 3;
          p->state = ST_HDR_START;
        }
        c++;
        break;
      }
      if (ch == '\t' || ch == '\f') FAIL_NEXT(INVALID_URL, "Invalid characters in url", c);
      switch (p->state) {
      case ST_URL_SERVER: FAIL(INVALID_URL, "Unexpected char in url server", c);
      case ST_URL_PATH: FAIL(INVALID_URL, "Invalid char in url path", c);
      case ST_URL_QUERY: FAIL(INVALID_URL, "Invalid char in url query", c);
      default: FAIL(INVALID_URL, "Invalid char in url fragment start", c);
      }
    }

    case ST_URL_CR:
      if (ch != '\n') FAIL(INVALID_URL, "Expected CRLF", c);
      p->http_major = 0;
      p->http_minor = 9;
      p->first_line = 3; /* Node reads the next byte as still in the target */
      p->state = ST_HDR_START;
      c++;
      break;

    case ST_REQ_PROTO_SP:
    proto_sp:
      if (ch == ' ') {
        p->idx = 1;
        c++;
        break;
      }
      /* Right after the target, these still count as part of it. */
      if ((ch == '\t' || ch == '\f') && p->idx == 0) FAIL_NEXT(INVALID_URL, "Invalid characters in url", c);
      /* The common versions at once. */
      if (end - c >= 10 && memcmp(c, "HTTP/1.", 7) == 0 && (c[7] == '1' || c[7] == '0') && c[8] == '\r' &&
          c[9] == '\n' && p->method != LODE_HTTP_PRI && method_allowed(p->method, PROTO_HTTP)) {
        p->http_major = 1;
        p->http_minor = (uint8_t)(c[7] - '0');
        p->state = ST_HDR_START;
        c += 10;
        if (c == end) break;
        ch = *c;
        goto hdr_start;
      }
      p->state = ST_PROTO;
      p->idx = 0;
      break;

    case ST_PROTO:
      if (p->idx == 0) {
        p->proto = ch == 'H' ? PROTO_HTTP : ch == 'R' ? PROTO_RTSP : ch == 'I' ? PROTO_ICE : 0xff;
        if (p->proto == 0xff) FAIL(INVALID_CONSTANT, "Expected HTTP/, RTSP/ or ICE/", c);
        p->idx = 1;
        c++;
        break;
      }
      /* The method is checked against the protocol where '/' is due. */
      if (proto_names[p->proto][p->idx + 1] == '\0' && p->type == LODE_HTTP_REQUEST &&
          !method_allowed(p->method, p->proto)) {
        if (p->proto == PROTO_HTTP) FAIL(INVALID_CONSTANT, "Invalid method for HTTP/x.x request", c);
        if (p->proto == PROTO_RTSP) FAIL(INVALID_CONSTANT, "Invalid method for RTSP/x.x request", c);
        FAIL(INVALID_CONSTANT, "Expected SOURCE method for ICE/x.x request", c);
      }
      if (ch != (unsigned char)proto_names[p->proto][p->idx])
        FAIL(INVALID_CONSTANT, "Expected HTTP/, RTSP/ or ICE/", c);
      p->idx++;
      if (proto_names[p->proto][p->idx] == '\0') p->state = ST_VER_MAJOR;
      c++;
      break;

    case ST_VER_MAJOR:
      if (ch < '0' || ch > '9') FAIL(INVALID_VERSION, "Invalid major version", c);
      p->http_major = (uint8_t)(ch - '0');
      p->state = ST_VER_DOT;
      c++;
      break;

    case ST_VER_DOT:
      if (ch != '.') FAIL(INVALID_VERSION, "Expected dot", c);
      p->state = ST_VER_MINOR;
      c++;
      break;

    case ST_VER_MINOR:
      if (ch < '0' || ch > '9') FAIL(INVALID_VERSION, "Invalid minor version", c);
      p->http_minor = (uint8_t)(ch - '0');
      p->state = ST_VER_END;
      c++;
      break;

    case ST_VER_END:
      if (!version_ok(p)) FAIL(INVALID_VERSION, "Invalid HTTP version", c);
      if (p->type == LODE_HTTP_REQUEST && p->method == LODE_HTTP_PRI) {
        p->state = ST_PRI_PREFACE;
        p->idx = 0;
        break;
      }
      if (p->type == LODE_HTTP_RESPONSE) {
        if (ch != ' ') FAIL(INVALID_VERSION, "Expected space after version", c);
        p->state = ST_STATUS;
        p->idx = 0;
        c++;
        break;
      }
      if (ch == '\r') {
        p->state = ST_REQ_LF;
        c++;
        break;
      }
      if (ch == '\n' && !strict_crlf) {
        /* Lenient Node takes this LF for the CR: an LF may follow. */
        p->state = ST_REQ_LF;
        c++;
        break;
      }
      if (ch == '\n') FAIL_NEXT(INVALID_VERSION, "Expected CRLF after version", c);
      FAIL(INVALID_VERSION, "Expected CRLF after version", c);

    case ST_REQ_LF:
      if (ch != '\n') {
        if (!(p->lenient & LODE_HTTP_LENIENT_OPTIONAL_LF_AFTER_CR))
          FAIL(STRICT, "Expected CRLF after version", c);
      } else {
        c++;
      }
      p->state = ST_HDR_START;
      break;

    case ST_PRI_PREFACE:
      if (ch != (unsigned char)pri_preface[p->idx])
        FAIL(INVALID_VERSION, "Expected HTTP/2 Connection Preface", c);
      c++;
      if (pri_preface[++p->idx] == '\0') FAIL(PAUSED_H2_UPGRADE, "Pause on PRI/Upgrade", c);
      break;

    case ST_STATUS:
      if (ch < '0' || ch > '9') FAIL(INVALID_STATUS, "Invalid status code", c);
      p->status_code = (uint16_t)(p->status_code * 10 + (ch - '0'));
      if (++p->idx == 3) p->state = ST_STATUS_END;
      c++;
      break;

    case ST_STATUS_END:
      if (ch == ' ') {
        p->a_start = p->a_saved = p->counted = SPOS(c + 1);
        p->spans = SPAN_A | SPAN_A_OPEN | SPAN_A_FLUSH;
        p->state = ST_REASON;
        c++;
        break;
      }
      if (ch == '\r' || (ch == '\n' && !strict_crlf)) {
        CALL_DATA(on_status, "", 0);
        p->state = ST_RES_LF;
        if (ch == '\r') c++;
        break;
      }
      if (ch == '\n') FAIL_NEXT(INVALID_STATUS, "Invalid response status", c);
      FAIL(INVALID_STATUS, "Invalid response status", c);

    case ST_REASON: {
      const unsigned char *q = memchr(c, '\r', (size_t)(end - c));
      const unsigned char *lf = memchr(c, '\n', (size_t)((q ? q : end) - c));
      if (lf != NULL) {
        if (strict_crlf) FAIL_NEXT(CR_EXPECTED, "Missing expected CR after response line", lf);
        q = lf;
      }
      if (q == NULL) {
        c = end;
        break;
      }
      c = q;
      p->a_end = SPOS(c);
      if (over_limit(p, p->a_end)) return OVERFLOW_AT(c + 1);
      p->spans = 0;
      if (span_complete(p, data, 0) < 0) FAIL(INTERNAL, "Out of memory", c);
      CALL_DATA(on_status, span_ptr(p, data, 0), (size_t)(p->a_end - p->a_start));
      p->acc_len = 0;
      p->state = ST_RES_LF;
      if (*c == '\r') c++;
      break;
    }

    case ST_RES_LF:
      /* Node takes a second CR for the LF here (only here). */
      if (ch != '\n' && ch != '\r') {
        if (!(p->lenient & LODE_HTTP_LENIENT_OPTIONAL_LF_AFTER_CR))
          FAIL(STRICT, "Expected LF after CR", c);
      } else {
        c++;
      }
      p->state = ST_HDR_START;
      break;

    case ST_HDR_START:
    hdr_start:
      if (p->last_empty) {
        if (ch == ' ' || ch == '\t') {
          /* After an empty value Node reads on as if in its OWS. */
          p->state = ST_HDR_EMPTY_FOLD;
          p->idx = 0;
          break;
        }
        if (p->hkind == H_CONTENT_LENGTH) FAIL(INVALID_CONTENT_LENGTH, "Empty Content-Length", c);
      }
      if (IS(ch, C_TOKEN)) {
        p->a_start = p->a_saved = p->counted = SPOS(c);
        p->spans = SPAN_A | SPAN_A_OPEN;
        p->state = ST_HDR_NAME;
        c++;
        goto hdr_name;
      }
      if (ch == '\r') {
        p->state = ST_HDRS_LF;
        c++;
        break;
      }
      if (ch == '\n') {
        if (strict_crlf) FAIL_NEXT(INVALID_HEADER_TOKEN, "Invalid header field char", c);
        p->state = ST_HDRS_LF;
        break;
      }
      if (p->first_line == 3 && (ch == '\t' || ch == '\f'))
        FAIL_NEXT(INVALID_URL, "Invalid characters in url", c);
      if (ch == ' ' && p->first_line & 1 && (p->lenient & LODE_HTTP_LENIENT_HEADERS)) {
        p->first_line = 2; /* one SP is let through */
        c++;
        break;
      }
      if (ch == ' ' || ch == '\t') {
        if ((p->first_line & 1) && ch == ' ')
          FAIL_NEXT(UNEXPECTED_SPACE, "Unexpected space after start line", c);
        if (p->first_line) FAIL(INVALID_HEADER_TOKEN, "Invalid header token", c);
        FAIL(INVALID_HEADER_TOKEN, "Unexpected whitespace after header value", c);
      }
      FAIL(INVALID_HEADER_TOKEN, "Invalid header token", c);

    case ST_HDR_EMPTY_FOLD:
      /* One SP/HTAB, then whatever comes is refused. */
      if (p->idx == 0) {
        p->idx = 1;
        c++;
        break;
      }
      FAIL(INVALID_HEADER_TOKEN, "Invalid header value char", c);

    case ST_HDR_NAME: {
    hdr_name:
      while (c < end && IS(*c, C_TOKEN)) c++;
      if (c == end) break;
      if (*c == ' ') {
        /* Node singles out these names followed by SP (kept in the name
         * when lenient). */
        p->a_end = SPOS(c);
        if (span_complete(p, data, 0) < 0) FAIL(INTERNAL, "Out of memory", c);
        int k = header_kind(span_ptr(p, data, 0), (size_t)(p->a_end - p->a_start));
        if (k == H_OTHER || k == H_EXPECT) FAIL(INVALID_HEADER_TOKEN, "Invalid header token", c);
        if (!(p->lenient & LODE_HTTP_LENIENT_HEADERS)) {
          if (over_limit(p, p->a_end)) return OVERFLOW_AT(c + 1);
          FAIL_NEXT(INVALID_HEADER_TOKEN, "Invalid header field char", c);
        }
        p->hkind = (uint8_t)k;
        p->state = ST_HDR_NAME_SP;
        c++;
        break;
      }
      if (*c != ':') FAIL(INVALID_HEADER_TOKEN, "Invalid header token", c);
      p->hkind = H_OTHER;
      goto name_end;
    }

    case ST_HDR_NAME_SP:
      if (ch == ' ') {
        c++;
        break;
      }
      if (IS(ch, C_TOKEN)) {
        p->state = ST_HDR_NAME; /* the name goes on, spaces and all */
        break;
      }
      if (ch != ':') FAIL(INVALID_HEADER_TOKEN, "Invalid header token", c);
      goto name_end;

    name_end: {
      int kind = p->hkind;
      p->a_end = SPOS(c);
      p->spans = SPAN_A;
      if (over_limit(p, p->a_end)) return OVERFLOW_AT(c + 1);
      if (span_complete(p, data, 0) < 0) FAIL(INTERNAL, "Out of memory", c);
      if (kind == H_OTHER) kind = header_kind(span_ptr(p, data, 0), (size_t)(p->a_end - p->a_start));
      p->hkind = (uint8_t)kind;
      if (!(p->lenient & LODE_HTTP_LENIENT_CHUNKED_LENGTH)) {
        if (p->hkind == H_CONTENT_LENGTH && (p->flags & LODE_HTTP_F_TRANSFER_ENCODING))
          FAIL_NEXT(INVALID_CONTENT_LENGTH, "Content-Length can't be present with Transfer-Encoding", c);
        if (p->hkind == H_TRANSFER_ENCODING && (p->flags & LODE_HTTP_F_CONTENT_LENGTH))
          FAIL_NEXT(INVALID_TRANSFER_ENCODING, "Transfer-Encoding can't be present with Content-Length", c);
      }
      p->tok = TOK_START;
      p->cl_state = 0;
      p->state = ST_HDR_OWS;
      c++;
    }
      /* fall through */
    case ST_HDR_OWS:
      while (c < end && (*c == ' ' || *c == '\t')) c++;
      if (c == end) break;
      ch = *c;
      if (ch == '\r') {
        p->b_start = p->b_end = p->b_raw = p->b_saved = SPOS(c);
        p->state = ST_HDR_EMPTY_LF;
        c++;
        break;
      }
      if (ch == '\n') {
        if (strict_crlf) FAIL_NEXT(INVALID_HEADER_TOKEN, "Invalid header value char", c);
        p->b_start = p->b_end = p->b_raw = p->b_saved = SPOS(c);
        p->state = ST_HDR_EMPTY_LF;
        break;
      }
      if (p->hkind == H_CONTENT_LENGTH) {
        if (p->flags & LODE_HTTP_F_CONTENT_LENGTH)
          FAIL(UNEXPECTED_CONTENT_LENGTH, "Duplicate Content-Length", c);
        p->flags |= LODE_HTTP_F_CONTENT_LENGTH;
        p->cl_state = 1;
      } else {
        if (p->hkind == H_TRANSFER_ENCODING && p->type == LODE_HTTP_REQUEST &&
            (p->flags & LODE_HTTP_F_CHUNKED) && !(p->lenient & LODE_HTTP_LENIENT_TRANSFER_ENCODING))
          FAIL_NEXT(INVALID_TRANSFER_ENCODING, "Invalid `Transfer-Encoding` header value", c);
        if (!IS(ch, C_VALUE) && !(p->lenient & LODE_HTTP_LENIENT_HEADERS))
          FAIL(INVALID_HEADER_TOKEN, "Invalid header value char", c);
        if (p->hkind == H_TRANSFER_ENCODING) p->flags |= LODE_HTTP_F_TRANSFER_ENCODING;
        else if (p->hkind == H_UPGRADE) p->flags |= LODE_HTTP_F_UPGRADE;
        else if (p->hkind == H_EXPECT) p->flags |= LODE_HTTP_F_EXPECT;
      }
      p->b_start = p->b_saved = p->counted = SPOS(c);
      p->b_end = p->b_start;
      p->spans = SPAN_A | SPAN_B | SPAN_B_OPEN;
      p->state = ST_HDR_VALUE;
      /* fall through */
    case ST_HDR_VALUE: {
      const unsigned char *last = NULL; /* last byte that is not SP/HTAB */
      if (p->hkind == H_OTHER || p->hkind == H_UPGRADE || p->hkind == H_EXPECT) {
        const unsigned char *from = c;
        if (p->lenient & LODE_HTTP_LENIENT_HEADERS) {
          while (c < end && *c != '\r' && *c != '\n') c++;
        } else {
          c = scan_value(c, end);
        }
        for (const unsigned char *q = c; q > from; q--) {
          if (q[-1] != ' ' && q[-1] != '\t') {
            last = q - 1;
            break;
          }
        }
      } else {
        for (; c < end; c++) {
          ch = *c;
          if (ch == '\r' || ch == '\n') break;
          if (p->hkind == H_CONTENT_LENGTH) {
            if (ch >= '0' && ch <= '9' && p->cl_state == 1) {
              uint64_t v = p->remaining;
              if (v > (UINT64_MAX - (ch - '0')) / 10)
                FAIL(INVALID_CONTENT_LENGTH, "Content-Length overflow", c + 1);
              p->remaining = v * 10 + (uint64_t)(ch - '0');
              p->content_length = p->remaining;
            } else if (ch == ' ') {
              p->cl_state = 2;
            } else {
              FAIL(INVALID_CONTENT_LENGTH, "Invalid character in Content-Length", c);
            }
          } else {
            if (!IS(ch, C_VALUE)) {
              if (!(p->lenient & LODE_HTTP_LENIENT_HEADERS)) break;
              p->tok = TOK_ABANDON; /* Node stops reading tokens here */
            }
            int te = p->hkind == H_TRANSFER_ENCODING;
            /* A request's Transfer-Encoding must end with chunked. */
            if (te && p->type == LODE_HTTP_REQUEST && ch != ' ' &&
                !(p->lenient & LODE_HTTP_LENIENT_TRANSFER_ENCODING) &&
                ((p->flags & LODE_HTTP_F_CHUNKED) || (ch == ',' && p->tok == TOK_DONE)))
              FAIL_NEXT(INVALID_TRANSFER_ENCODING, "Invalid `Transfer-Encoding` header value", c);
            /* chunked counts only as the last coding. */
            if (tok_step(p, ch, te) && !te) p->flags |= conn_flags[p->tok_cand];
            if (te && ch == ',') p->flags &= (uint16_t)~LODE_HTTP_F_CHUNKED;
          }
          if (ch != ' ' && ch != '\t') last = c;
        }
      }
      if (last != NULL) p->b_end = SPOS(last) + 1;
      if (c == end) break;
      ch = *c;
      if (ch == '\r' || (ch == '\n' && !strict_crlf)) {
        p->spans = SPAN_A | SPAN_B;
        p->b_raw = SPOS(c);
        if (over_limit(p, SPOS(c))) return OVERFLOW_AT(ch == '\r' ? c + 1 : c);
        p->state = ST_HDR_VALUE_LF;
        if (ch == '\r') c++;
        /* The common CRLF at once (strict: no fold to wait for). */
        if (ch == '\r' && c + 1 < end && *c == '\n' && !(p->lenient & LODE_HTTP_LENIENT_HEADERS)) {
          c++;
          lode_http_errno e = end_header(p, data, c);
          if (e != LODE_HPE_OK) return e;
          p->state = ST_HDR_START;
          ch = *c;
          goto hdr_start;
        }
        break;
      }
      if (ch == '\n') FAIL(CR_EXPECTED, "Missing expected CR after header value", c);
      FAIL(INVALID_HEADER_TOKEN, "Invalid header value char", c);
    }

    case ST_HDR_VALUE_LF:
    case ST_HDR_EMPTY_LF: {
      /* Node wants the LF here even when lenient. */
      if (ch != '\n') {
        if (p->state == ST_HDR_VALUE_LF) FAIL(LF_EXPECTED, "Missing expected LF after header value", c);
        if (!(p->lenient & LODE_HTTP_LENIENT_OPTIONAL_LF_AFTER_CR)) FAIL(STRICT, "Expected LF after CR", c);
      } else {
        c++;
      }
      /* Lenient: a line that starts with SP/HTAB continues this value. */
      if (p->lenient & LODE_HTTP_LENIENT_HEADERS) {
        p->state = ST_HDR_FOLD;
        break;
      }
      {
        lode_http_errno e = end_header(p, data, c);
        if (e != LODE_HPE_OK) return e;
      }
      p->state = ST_HDR_START;
      break;
    }

    case ST_HDR_FOLD:
      if (ch == ' ' || ch == '\t') {
        if (p->hkind == H_CONTENT_LENGTH && (p->flags & LODE_HTTP_F_CONTENT_LENGTH))
          FAIL(UNEXPECTED_CONTENT_LENGTH, "Duplicate Content-Length", c);
        /* The value goes on in acc: first what came before the fold. */
        if (span_save(p, data, p->a_start, p->a_end, &p->a_saved, &p->a_off) < 0 ||
            ((p->spans & SPAN_B) && span_save(p, data, p->b_start, p->b_raw, &p->b_saved, &p->b_off) < 0))
          FAIL(INTERNAL, "Out of memory", c);
        int empty = !(p->spans & SPAN_B);
        if (empty && !p->folded) p->b_off = p->acc_len;
        p->folded = 1;
        if (empty) {
          /* Still no value: it starts after this line's OWS. */
          p->spans = SPAN_A;
          p->state = ST_HDR_OWS;
          c++;
          break;
        }
        p->b_start = p->b_saved = p->counted = SPOS(c);
        p->spans = SPAN_A | SPAN_B | SPAN_B_OPEN;
        p->state = ST_HDR_VALUE;
        break;
      }
      {
        lode_http_errno e = end_header(p, data, c);
        if (e != LODE_HPE_OK) return e;
      }
      p->state = ST_HDR_START;
      break;

    case ST_HDRS_LF: {
      if (ch != '\n') {
        if (!(p->lenient & LODE_HTTP_LENIENT_OPTIONAL_LF_AFTER_CR))
          FAIL(STRICT, "Expected LF after headers", c);
      } else {
        c++;
      }
      if (p->flags & LODE_HTTP_F_TRAILING) goto message_complete;
      /* The head is complete: c is where the body begins. */
      p->header_bytes = 0;
      if (p->type == LODE_HTTP_REQUEST) {
        p->upgrade = ((p->flags & LODE_HTTP_F_UPGRADE) && (p->flags & LODE_HTTP_F_CONNECTION_UPGRADE)) ||
                     p->method == LODE_HTTP_CONNECT;
      } else {
        p->upgrade = p->status_code == 101 && (p->flags & LODE_HTTP_F_UPGRADE) &&
                     (p->flags & LODE_HTTP_F_CONNECTION_UPGRADE);
        if (p->head_response) p->flags |= LODE_HTTP_F_SKIPBODY;
      }
      if (p->cb && p->cb->on_headers_complete) {
        int r = p->cb->on_headers_complete(p);
        if (r == 1) {
          p->flags |= LODE_HTTP_F_SKIPBODY;
        } else if (r == 2) {
          p->flags |= LODE_HTTP_F_SKIPBODY;
          p->upgrade = 1;
        } else if (r != 0) {
          return fail(p, LODE_HPE_USER, "User callback error", POS(c), POS(c));
        }
      }
      if (p->type == LODE_HTTP_RESPONSE && p->status_code == 101) p->upgrade = 1;
      switch (body_mode(p)) {
      case BODY_NONE: goto message_complete;
      case BODY_CHUNKED: p->state = ST_CHUNK_SIZE_START; break;
      case BODY_LENGTH: p->state = ST_BODY_CL; break;
      case BODY_EOF: p->state = ST_BODY_EOF; break;
      default: FAIL(INVALID_TRANSFER_ENCODING, "Request has invalid `Transfer-Encoding`", c);
      }
      break;
    }

    case ST_BODY_CL: {
      size_t n = (size_t)(end - c);
      if ((uint64_t)n > p->remaining) n = (size_t)p->remaining;
      p->remaining -= n;
      c += n;
      CALL_DATA(on_body, c - n, n);
      if (p->remaining == 0) goto message_complete;
      break;
    }

    case ST_BODY_EOF: {
      size_t n = (size_t)(end - c);
      c = end;
      CALL_DATA(on_body, c - n, n);
      break;
    }

    case ST_CHUNK_SIZE_START:
      if (hexval(ch) < 0) FAIL(INVALID_CHUNK_SIZE, "Invalid character in chunk size", c);
      p->remaining = (uint64_t)hexval(ch);
      p->state = ST_CHUNK_SIZE;
      c++;
      break;

    case ST_CHUNK_SIZE:
      if (hexval(ch) >= 0) {
        if (p->remaining >> 60) FAIL_NEXT(INVALID_CHUNK_SIZE, "Chunk size overflow", c);
        p->remaining = p->remaining * 16 + (uint64_t)hexval(ch);
        c++;
        break;
      }
      if (ch == '\r') {
        p->state = ST_CHUNK_SIZE_LF;
        c++;
        break;
      }
      if (ch == ';') {
        p->state = ST_CHUNK_EXT_START;
        c++;
        break;
      }
      if (ch == '\n') {
        if (strict_crlf) FAIL_NEXT(CR_EXPECTED, "Missing expected CR after chunk size", c);
        p->state = ST_CHUNK_SIZE_LF;
        break;
      }
      if (ch == ' ' || ch == '\t') {
        if (!(p->lenient & LODE_HTTP_LENIENT_SPACES_AFTER_CHUNK_SIZE))
          FAIL_NEXT(INVALID_CHUNK_SIZE, "Invalid character in chunk size", c);
        p->state = ST_CHUNK_SIZE_SP;
        c++;
        break;
      }
      FAIL(INVALID_CHUNK_SIZE, "Invalid character in chunk size", c);

    case ST_CHUNK_SIZE_SP:
      if (ch == ' ' || ch == '\t') {
        c++;
        break;
      }
      p->state = ST_CHUNK_SIZE;
      if (ch != '\r' && ch != '\n' && ch != ';')
        FAIL(INVALID_CHUNK_SIZE, "Invalid character in chunk size", c);
      break;

    case ST_CHUNK_SIZE_LF:
      if (ch != '\n') {
        if (!(p->lenient & LODE_HTTP_LENIENT_OPTIONAL_LF_AFTER_CR))
          FAIL(STRICT, "Expected LF after chunk size", c);
      } else {
        c++;
      }
      if (p->remaining == 0) {
        p->flags |= LODE_HTTP_F_TRAILING;
        p->header_count = 0;
        p->first_line = 2;
        p->last_empty = 0;
        p->state = ST_HDR_START;
      } else {
        p->state = ST_CHUNK_DATA;
      }
      break;

    case ST_CHUNK_EXT_START:
      if (ch == '\r' || ch == ' ') FAIL_NEXT(STRICT, "Invalid character in chunk extensions", c);
      p->state = ST_CHUNK_EXT_NAME; /* an empty name is allowed */
      /* fall through */
    case ST_CHUNK_EXT_NAME:
      if (IS(ch, C_TOKEN)) {
        c++;
        break;
      }
      if (ch == ';') p->state = ST_CHUNK_EXT_START;
      else if (ch == '=') p->state = ST_CHUNK_EXT_VALUE;
      else if (ch == '\r') p->state = ST_CHUNK_SIZE_LF;
      else if (ch == '\n') {
        if (strict_crlf) FAIL(CR_EXPECTED, "Missing expected CR after chunk extension name", c);
        p->state = ST_CHUNK_SIZE_LF;
        break;
      } else FAIL_NEXT(STRICT, "Invalid character in chunk extensions name", c);
      c++;
      break;

    case ST_CHUNK_EXT_VALUE:
      if (IS(ch, C_TOKEN)) {
        c++;
        break;
      }
      if (ch == '"') { /* Node opens a quoted string even inside a token */
        p->state = ST_CHUNK_EXT_QUOTED;
        c++;
        break;
      }
      if (ch == ';') p->state = ST_CHUNK_EXT_START;
      else if (ch == '\r') p->state = ST_CHUNK_SIZE_LF;
      else if (ch == '\n') {
        if (strict_crlf) FAIL(CR_EXPECTED, "Missing expected CR after chunk extension value", c);
        p->state = ST_CHUNK_SIZE_LF;
        break;
      } else FAIL_NEXT(STRICT, "Invalid character in chunk extensions value", c);
      c++;
      break;

    case ST_CHUNK_EXT_QUOTED:
      if (ch == '"') p->state = ST_CHUNK_EXT_QUOTED_END;
      else if (ch == '\\') p->state = ST_CHUNK_EXT_QUOTED_ESC;
      else if (!IS(ch, C_QDTEXT)) FAIL_NEXT(STRICT, "Invalid character in chunk extensions quoted value", c);
      c++;
      break;

    case ST_CHUNK_EXT_QUOTED_ESC:
      if (!IS(ch, C_VALUE)) FAIL_NEXT(STRICT, "Invalid quoted-pair in chunk extensions quoted value", c);
      p->state = ST_CHUNK_EXT_QUOTED;
      c++;
      break;

    case ST_CHUNK_EXT_QUOTED_END:
      if (ch == ';') p->state = ST_CHUNK_EXT_START;
      else if (ch == '\r') p->state = ST_CHUNK_SIZE_LF;
      else if (ch == '\n') {
        if (strict_crlf) FAIL(CR_EXPECTED, "Missing expected CR after chunk extension value", c);
        p->state = ST_CHUNK_SIZE_LF;
        break;
      } else FAIL(STRICT, "Invalid character in chunk extensions quote value", c);
      c++;
      break;

    case ST_CHUNK_DATA: {
      size_t n = (size_t)(end - c);
      if ((uint64_t)n > p->remaining) n = (size_t)p->remaining;
      p->remaining -= n;
      c += n;
      CALL_DATA(on_body, c - n, n);
      if (p->remaining == 0) p->state = ST_CHUNK_DATA_CR;
      break;
    }

    case ST_CHUNK_DATA_CR:
      if (ch == '\r') {
        p->state = ST_CHUNK_DATA_LF;
        c++;
        break;
      }
      if (ch == '\n' && !strict_crlf) {
        p->state = ST_CHUNK_DATA_LF;
        break;
      }
      if (p->lenient & LODE_HTTP_LENIENT_OPTIONAL_CRLF_AFTER_CHUNK) {
        p->state = ST_CHUNK_SIZE_START;
        break;
      }
      if (ch == '\n') FAIL_NEXT(CR_EXPECTED, "Missing expected CR after chunk data", c);
      FAIL(STRICT, "Expected LF after chunk data", c);

    case ST_CHUNK_DATA_LF:
      if (ch != '\n') {
        if (!(p->lenient & LODE_HTTP_LENIENT_OPTIONAL_LF_AFTER_CR))
          FAIL(STRICT, "Expected LF after chunk data", c);
      } else {
        c++;
      }
      p->state = ST_CHUNK_SIZE_START;
      break;

    case ST_DEAD:
    default:
      return p->error;
    }
    continue;

  message_complete:
    p->state = ST_START;
    CALL(on_message_complete);
    if (p->upgrade) return fail(p, LODE_HPE_PAUSED_UPGRADE, "Pause on CONNECT/Upgrade", POS(c), POS(c));
    p->cl_keep = !lode_http_should_keep_alive(p);
    if (p->cl_keep && !(p->lenient & LODE_HTTP_LENIENT_KEEP_ALIVE)) p->state = ST_CLOSED;
  }

  /* The input ends inside a span: count what it has, as Node counts the
   * partial span its callbacks get, then keep its bytes. */
  if (p->spans & (SPAN_A_OPEN | SPAN_B_OPEN)) {
    if (over_limit(p, SPOS(end))) return OVERFLOW_AT(end);
  }
  if (p->spans & SPAN_A) {
    uint64_t to = (p->spans & SPAN_A_OPEN) ? SPOS(end) : p->a_end;
    if (span_save(p, data, p->a_start, to, &p->a_saved, &p->a_off) < 0)
      return fail(p, LODE_HPE_INTERNAL, "Out of memory", len, len);
  }
  if (p->spans & SPAN_B) {
    uint64_t to = (p->spans & SPAN_B_OPEN) ? SPOS(end) : p->b_raw;
    if (span_save(p, data, p->b_start, to, &p->b_saved, &p->b_off) < 0)
      return fail(p, LODE_HPE_INTERNAL, "Out of memory", len, len);
  }
  p->pos0 += len;
  return LODE_HPE_OK;
}

lode_http_errno lode_http_finish(lode_http_parser *p) {
  if (p->upgrade && p->state != ST_DEAD && p->state != ST_BODY_EOF) return LODE_HPE_OK;
  switch (p->state) {
  case ST_START:
  case ST_CLOSED:
    return LODE_HPE_OK;
  case ST_DEAD:
    return p->error == LODE_HPE_PAUSED_UPGRADE ? LODE_HPE_OK : p->error;
  case ST_BODY_EOF:
    p->state = ST_CLOSED;
    if (p->cb && p->cb->on_message_complete && p->cb->on_message_complete(p) != 0)
      return fail(p, LODE_HPE_USER, "User callback error", 0, 0);
    return LODE_HPE_OK;
  default:
    return fail(p, LODE_HPE_INVALID_EOF_STATE, "Invalid EOF state", 0, 0);
  }
}
