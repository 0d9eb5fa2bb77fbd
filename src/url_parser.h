/* The WHATWG URL Standard's parser, setters and serializer, without the
 * engine, so that it can be unit-tested and fuzzed. Hosts go through ICU's
 * UTS #46 processing (libicuuc). Input is UTF-16 (what JS strings hold);
 * the serialized URL is always ASCII. */
#ifndef LODE_URL_PARSER_H
#define LODE_URL_PARSER_H

#include <stddef.h>
#include <stdint.h>

/* A growable byte buffer; keeps its memory across resets. */
typedef struct {
  char *p;
  size_t len, cap;
} lode_sbuf;

enum {
  LODE_SCHEME_OTHER = 0, /* not special */
  LODE_SCHEME_HTTP,
  LODE_SCHEME_HTTPS,
  LODE_SCHEME_WS,
  LODE_SCHEME_WSS,
  LODE_SCHEME_FTP,
  LODE_SCHEME_FILE,
};

/* A URL record. Path is kept serialized: a list path ["a", "b"] is "/a/b"
 * (the empty list is ""), an opaque path is its string. */
typedef struct {
  lode_sbuf scheme, username, password, host, path, query, fragment;
  int32_t port; /* -1: null */
  uint8_t scheme_type, has_host, opaque_path, has_query, has_fragment;
} lode_url;

/* Where each component lies in a serialized href (like ada's url_aggregator).
 * Without a host, username_end, host_start and host_end equal protocol_end. */
typedef struct {
  int32_t protocol_end;   /* after the ':' */
  int32_t username_end;
  int32_t host_start;
  int32_t host_end;
  int32_t port;           /* -1: none */
  int32_t pathname_start;
  int32_t search_start;   /* index of '?', or -1 */
  int32_t hash_start;     /* index of '#', or -1 */
  int32_t scheme_type;
} lode_url_components;

#define LODE_URL_COMPONENT_COUNT 9

/* Setter names for lode_url_set. */
enum {
  LODE_URL_SET_HREF = 0,
  LODE_URL_SET_PROTOCOL,
  LODE_URL_SET_USERNAME,
  LODE_URL_SET_PASSWORD,
  LODE_URL_SET_HOST,
  LODE_URL_SET_HOSTNAME,
  LODE_URL_SET_PORT,
  LODE_URL_SET_PATHNAME,
  LODE_URL_SET_SEARCH,
  LODE_URL_SET_HASH,
};

void lode_sbuf_free(lode_sbuf *b);

void lode_url_init(lode_url *u);
void lode_url_free(lode_url *u);

/* Parses input (UTF-16 units; lone surrogates count as U+FFFD) against base
 * (NULL for none) into u. Returns 0, or -1 when the input is not a URL. */
int lode_url_parse(lode_url *u, const uint16_t *input, size_t len, const lode_url *base);

/* Parses and serializes in one go (href into out, offsets into c), with a
 * fast path for common absolute URLs; scratch holds the record when the
 * state machine runs. *same (when not NULL) is set when the href is known
 * to equal the input. Returns 0, or -1 when the input is not a URL. */
int lode_url_parse_href(lode_url *scratch, const uint16_t *input, size_t len,
                        const lode_url *base, lode_sbuf *out, lode_url_components *c,
                        int *same);
/* Tests set this to 0 to check the state machine alone. */
extern int lode_url_fast_path;

/* Runs the setter `which` (LODE_URL_SET_*) with value on a parsed URL.
 * Returns 1 when the URL changed or may have, 0 when the setter made no
 * change, -1 on failure (only LODE_URL_SET_HREF fails: u is untouched). */
int lode_url_set(lode_url *u, int which, const uint16_t *value, size_t len);

/* Writes the href of u into out (replacing its content) and fills c. */
void lode_url_serialize(const lode_url *u, lode_sbuf *out, lode_url_components *c);

/* An href described as pieces of the strings JS already has, so that JS
 * can build it with slices (making a string through JSC's C API costs far
 * more than the parse). */
enum {
  LODE_URL_SEG_INPUT = 0,   /* input[start, start + len) */
  LODE_URL_SEG_BASE = 1,    /* base[start, start + len) */
  LODE_URL_SEG_LOWER = 2,   /* input[start, start + len), ASCII-lowercased */
  LODE_URL_SEG_LITERAL = 3, /* literal bytes[start, start + len) */
};

typedef struct {
  int32_t type, start, len;
} lode_url_seg;

/* Describes href (ASCII, n bytes) as at most max_segs segments over input
 * and base (UTF-16; base may be NULL) and literal bytes (written to lit, at
 * most lit_cap). Returns the number of segments, or -1 when it does not fit. */
int lode_url_segments(const char *href, size_t n, const uint16_t *input, size_t in_len,
                      const uint16_t *base, size_t base_len, lode_url_seg *segs, int max_segs,
                      char *lit, size_t lit_cap);

/* The URL Standard's host parser for a special URL's host, for
 * url.domainToASCII: writes the serialized host to out, or returns -1. */
int lode_url_domain_to_ascii(const uint16_t *input, size_t len, lode_sbuf *out);

/* UTS #46 ToASCII with the URL Standard's flags, without the URL host
 * parser around it (for the legacy url.parse). Returns -1 on errors. */
int lode_url_uts46_to_ascii(const uint16_t *input, size_t len, lode_sbuf *out);

/* UTS #46 ToUnicode with the URL Standard's flags; out gets UTF-8.
 * Returns -1 when the domain is invalid. */
int lode_url_domain_to_unicode(const uint16_t *input, size_t len, lode_sbuf *out);

/* Percent-encode sets, for lode_url_percent_encode. */
enum {
  LODE_URL_ENC_C0 = 1,
  LODE_URL_ENC_FRAGMENT = 2,
  LODE_URL_ENC_QUERY = 4,
  LODE_URL_ENC_SPECIAL_QUERY = 8,
  LODE_URL_ENC_PATH = 16,
  LODE_URL_ENC_USERINFO = 32,
  LODE_URL_ENC_COMPONENT = 64,
  LODE_URL_ENC_FORM = 128,
};

/* UTF-8 percent-encodes input with the given set, appending to out; with
 * space_plus (form set), a space becomes '+'. */
void lode_url_percent_encode(const uint16_t *input, size_t len, int set, int space_plus,
                             lode_sbuf *out);

#endif
