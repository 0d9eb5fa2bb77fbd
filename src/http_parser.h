/* An incremental HTTP/1.1 parser for requests and responses, without the
 * engine, so that it can be unit-tested and fuzzed (like url_parser.c).
 *
 * Strict in the way Node's parser is by default (RFC 9112 framing, the
 * request-smuggling defences), with the same error codes, reasons and error
 * offsets as Node reports in err.code, err.reason and err.bytesParsed for
 * the same input (checked against node; test/c/test-http-parser.c).
 *
 * Feeding: lode_http_execute() takes any split of the stream, down to one
 * byte at a time. Callbacks get zero-copy pointers into the bytes being
 * fed. Spans are delivered WHOLE: the request target, the reason phrase and
 * each header line (name and value) come in one callback each. When one of
 * them crosses a feed boundary, the parser keeps its bytes in an internal
 * buffer (bounded by max_header_size) and the callback points there. Body
 * bytes are never copied: on_body is called with pieces of the input, as
 * many times as needed (chunk framing removed).
 *
 * Pointers given to a callback are valid during the callback only. */
#ifndef LODE_HTTP_PARSER_H
#define LODE_HTTP_PARSER_H

#include <stddef.h>
#include <stdint.h>

enum { LODE_HTTP_REQUEST = 0, LODE_HTTP_RESPONSE = 1 };

/* Error codes; lode_http_errno_name() gives Node's name ("HPE_…"). */
#define LODE_HTTP_ERRNO_MAP(X)                                                \
  X(OK, "HPE_OK")                                                             \
  X(INTERNAL, "HPE_INTERNAL")                                                 \
  X(STRICT, "HPE_STRICT")                                                     \
  X(CR_EXPECTED, "HPE_CR_EXPECTED")                                           \
  X(LF_EXPECTED, "HPE_LF_EXPECTED")                                           \
  X(UNEXPECTED_CONTENT_LENGTH, "HPE_UNEXPECTED_CONTENT_LENGTH")               \
  X(UNEXPECTED_SPACE, "HPE_UNEXPECTED_SPACE")                                 \
  X(CLOSED_CONNECTION, "HPE_CLOSED_CONNECTION")                               \
  X(INVALID_METHOD, "HPE_INVALID_METHOD")                                     \
  X(INVALID_URL, "HPE_INVALID_URL")                                           \
  X(INVALID_CONSTANT, "HPE_INVALID_CONSTANT")                                 \
  X(INVALID_VERSION, "HPE_INVALID_VERSION")                                   \
  X(INVALID_HEADER_TOKEN, "HPE_INVALID_HEADER_TOKEN")                         \
  X(INVALID_CONTENT_LENGTH, "HPE_INVALID_CONTENT_LENGTH")                     \
  X(INVALID_CHUNK_SIZE, "HPE_INVALID_CHUNK_SIZE")                             \
  X(INVALID_STATUS, "HPE_INVALID_STATUS")                                     \
  X(INVALID_EOF_STATE, "HPE_INVALID_EOF_STATE")                               \
  X(INVALID_TRANSFER_ENCODING, "HPE_INVALID_TRANSFER_ENCODING")               \
  X(HEADER_OVERFLOW, "HPE_HEADER_OVERFLOW")                                   \
  X(USER, "HPE_USER")                                                         \
  X(PAUSED_UPGRADE, "HPE_PAUSED_UPGRADE")                                     \
  X(PAUSED_H2_UPGRADE, "HPE_PAUSED_H2_UPGRADE")

#define LODE_HTTP_ERRNO_ENUM(name, str) LODE_HPE_##name,
typedef enum { LODE_HTTP_ERRNO_MAP(LODE_HTTP_ERRNO_ENUM) LODE_HPE_COUNT } lode_http_errno;
#undef LODE_HTTP_ERRNO_ENUM

/* Methods, in the order lode_http_method_name() and the binding use. The
 * RTSP ones (DESCRIBE … FLUSH) are parsed, like Node does, but refused with
 * an HTTP version. */
#define LODE_HTTP_METHOD_MAP(X)                                               \
  X(DELETE, "DELETE") X(GET, "GET") X(HEAD, "HEAD") X(POST, "POST")           \
  X(PUT, "PUT") X(CONNECT, "CONNECT") X(OPTIONS, "OPTIONS") X(TRACE, "TRACE") \
  X(COPY, "COPY") X(LOCK, "LOCK") X(MKCOL, "MKCOL") X(MOVE, "MOVE")           \
  X(PROPFIND, "PROPFIND") X(PROPPATCH, "PROPPATCH") X(SEARCH, "SEARCH")       \
  X(UNLOCK, "UNLOCK") X(BIND, "BIND") X(REBIND, "REBIND")                     \
  X(UNBIND, "UNBIND") X(ACL, "ACL") X(REPORT, "REPORT")                       \
  X(MKACTIVITY, "MKACTIVITY") X(CHECKOUT, "CHECKOUT") X(MERGE, "MERGE")       \
  X(MSEARCH, "M-SEARCH") X(NOTIFY, "NOTIFY") X(SUBSCRIBE, "SUBSCRIBE")        \
  X(UNSUBSCRIBE, "UNSUBSCRIBE") X(PATCH, "PATCH") X(PURGE, "PURGE")           \
  X(MKCALENDAR, "MKCALENDAR") X(LINK, "LINK") X(UNLINK, "UNLINK")             \
  X(SOURCE, "SOURCE") X(PRI, "PRI") X(DESCRIBE, "DESCRIBE")                   \
  X(ANNOUNCE, "ANNOUNCE") X(SETUP, "SETUP") X(PLAY, "PLAY")                   \
  X(PAUSE, "PAUSE") X(TEARDOWN, "TEARDOWN") X(GET_PARAMETER, "GET_PARAMETER") \
  X(SET_PARAMETER, "SET_PARAMETER") X(REDIRECT, "REDIRECT")                   \
  X(RECORD, "RECORD") X(FLUSH, "FLUSH") X(QUERY, "QUERY")

#define LODE_HTTP_METHOD_ENUM(name, str) LODE_HTTP_##name,
typedef enum { LODE_HTTP_METHOD_MAP(LODE_HTTP_METHOD_ENUM) LODE_HTTP_METHOD_COUNT } lode_http_method;
#undef LODE_HTTP_METHOD_ENUM

/* Message flags (p->flags), valid from on_headers_complete on. */
enum {
  LODE_HTTP_F_CONNECTION_KEEP_ALIVE = 1 << 0,
  LODE_HTTP_F_CONNECTION_CLOSE = 1 << 1,
  LODE_HTTP_F_CONNECTION_UPGRADE = 1 << 2,
  LODE_HTTP_F_CHUNKED = 1 << 3,
  LODE_HTTP_F_UPGRADE = 1 << 4,          /* an Upgrade header */
  LODE_HTTP_F_CONTENT_LENGTH = 1 << 5,
  LODE_HTTP_F_SKIPBODY = 1 << 6,
  LODE_HTTP_F_TRAILING = 1 << 7,         /* in the trailer section */
  LODE_HTTP_F_TRANSFER_ENCODING = 1 << 8,
  LODE_HTTP_F_EXPECT = 1 << 9,           /* an Expect header */
  LODE_HTTP_F_EXPECT_CONTINUE = 1 << 10, /* Expect: 100-continue */
};

/* Leniency (p->lenient), the bits of Node's kLenient* flags.
 * LODE_HTTP_LENIENT_ALL is Node's insecureHTTPParser and is what is checked
 * against node; the single flags follow Node's documentation more loosely. */
enum {
  LODE_HTTP_LENIENT_HEADERS = 1 << 0,          /* any byte but CR/LF/NUL in values */
  LODE_HTTP_LENIENT_CHUNKED_LENGTH = 1 << 1,   /* Transfer-Encoding with Content-Length */
  LODE_HTTP_LENIENT_KEEP_ALIVE = 1 << 2,       /* keep parsing after Connection: close */
  LODE_HTTP_LENIENT_TRANSFER_ENCODING = 1 << 3,/* codings after chunked */
  LODE_HTTP_LENIENT_VERSION = 1 << 4,          /* any one-digit version */
  LODE_HTTP_LENIENT_DATA_AFTER_CLOSE = 1 << 5,
  LODE_HTTP_LENIENT_OPTIONAL_LF_AFTER_CR = 1 << 6,
  LODE_HTTP_LENIENT_OPTIONAL_CRLF_AFTER_CHUNK = 1 << 7,
  LODE_HTTP_LENIENT_OPTIONAL_CR_BEFORE_LF = 1 << 8,
  LODE_HTTP_LENIENT_SPACES_AFTER_CHUNK_SIZE = 1 << 9,
  LODE_HTTP_LENIENT_ALL = (1 << 10) - 1,
};

typedef struct lode_http_parser lode_http_parser;

/* Callbacks return 0 to go on; anything else stops the parser with
 * LODE_HPE_USER (on_headers_complete: see below). Any may be NULL. */
typedef int (*lode_http_cb)(lode_http_parser *p);
typedef int (*lode_http_data_cb)(lode_http_parser *p, const char *at, size_t len);
typedef int (*lode_http_header_cb)(lode_http_parser *p, const char *name, size_t name_len,
                                   const char *value, size_t value_len);

typedef struct {
  lode_http_cb on_message_begin;
  /* Once per request: the whole request target. */
  lode_http_data_cb on_url;
  /* Once per response: the whole reason phrase (may be empty). */
  lode_http_data_cb on_status;
  /* Each header line, whole; the value without leading/trailing SP/HTAB.
   * Headers past max_headers are checked but not reported. */
  lode_http_header_cb on_header;
  /* Return 0 to go on, 1 when the message has no body (a response to
   * HEAD), 2 for no body and an upgrade (a response to CONNECT, or a
   * request the server takes over); anything else is LODE_HPE_USER. */
  lode_http_cb on_headers_complete;
  /* Body bytes in pieces, never copied, chunk framing removed. */
  lode_http_data_cb on_body;
  /* Each trailer line of a chunked message, like on_header. */
  lode_http_header_cb on_trailer;
  lode_http_cb on_message_complete;
} lode_http_callbacks;

struct lode_http_parser {
  /* Settings: set them after lode_http_init(). */
  const lode_http_callbacks *cb;
  void *data;                /* the caller's */
  uint32_t max_header_size;  /* 16384 by default, counted as Node counts it:
                                the bytes of the request target / reason
                                phrase, header names and values (not the
                                method, version, OWS or line ends), checked
                                when each ends and when an input ends inside
                                one; reaching the limit is an error; trailers
                                count afresh. 0: no limit */
  uint32_t max_headers;      /* headers reported per message; 0: all */
  uint32_t lenient;          /* LODE_HTTP_LENIENT_* */
  uint8_t head_response;     /* responses have no body (the request was HEAD) */

  /* The message, from on_headers_complete on (type, always). */
  uint8_t type;              /* LODE_HTTP_REQUEST or LODE_HTTP_RESPONSE */
  uint8_t method;            /* lode_http_method, requests */
  uint8_t http_major, http_minor;
  uint8_t upgrade;           /* the connection changes protocol after it */
  uint16_t status_code;      /* responses */
  uint16_t flags;            /* LODE_HTTP_F_* */
  uint32_t header_count;     /* headers (or trailers) seen in this section */
  uint64_t content_length;   /* declared Content-Length */

  /* After lode_http_execute() returned non-zero. */
  lode_http_errno error;
  const char *reason;        /* Node's err.reason */
  size_t error_pos;          /* offset in the last input: err.bytesParsed,
                                or where the upgraded bytes begin */

  /* Private. */
  uint8_t state, spans, hkind, tok, tok_cand, cl_state, proto, url_at, first_line, folded, last_empty,
      cl_keep;
  uint16_t idx;
  uint64_t mask;             /* method candidates */
  uint64_t remaining;        /* body bytes left (Content-Length or chunk) */
  uint64_t pos0;             /* stream offset of the current input */
  uint64_t a_start, a_end, a_saved, b_start, b_end, b_raw, b_saved, counted, header_bytes;
  size_t a_off, b_off;
  char *acc;                 /* spans that crossed feeds */
  size_t acc_len, acc_cap;
};

/* Sets p up to parse a stream of requests or of responses. */
void lode_http_init(lode_http_parser *p, int type, const lode_http_callbacks *cb);
/* For a new stream, keeping the settings (and the buffer). */
void lode_http_reset(lode_http_parser *p, int type);
/* Frees the internal buffer (p can be reset and used again). */
void lode_http_free(lode_http_parser *p);

/* Parses len bytes. Returns LODE_HPE_OK when all were consumed;
 * LODE_HPE_PAUSED_UPGRADE after a message that changes protocol (an
 * Upgrade, CONNECT, 101 or on_headers_complete's 2), with error_pos the
 * offset where the other protocol's bytes begin; or an error, with reason
 * and error_pos set. Errors and the upgrade are final until reset. */
lode_http_errno lode_http_execute(lode_http_parser *p, const char *data, size_t len);

/* The peer closed the stream: ends a body that runs until EOF (calling
 * on_message_complete). LODE_HPE_INVALID_EOF_STATE when a message was cut
 * short; LODE_HPE_OK otherwise. */
lode_http_errno lode_http_finish(lode_http_parser *p);

/* Whether the connection stays open after this message, as Node computes
 * it: version, Connection, and whether the body runs until EOF. */
int lode_http_should_keep_alive(const lode_http_parser *p);

/* Called from on_headers_complete: whether a body (Content-Length,
 * chunked, or until EOF) follows when the callback returns 0. */
int lode_http_body_follows(const lode_http_parser *p);


const char *lode_http_errno_name(lode_http_errno e);
const char *lode_http_method_name(int method);

#endif
