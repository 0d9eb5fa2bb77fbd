/* url: the WHATWG URL parser (src/url_parser.c) for lib/internal/url.js.
 *
 * Every call through JSC's C API takes the VM lock, and making or reading
 * a string through it costs several times a whole URL parse, so the hot
 * path shares memory with JS instead: JS writes the input (and base)
 * UTF-16 units into `units`, calls parseShared() with no arguments, and
 * reads back from `state` the component offsets and a short description
 * of the href as slices of its own input and base strings (see
 * lode_url_segments), from which it builds the href with string slices.
 * Only an href that does not decompose well comes back as a string. */
#include "runtime.h"
#include "url_parser.h"

#include <string.h>

/* Layout of the shared Int32Array `state`. */
enum {
  ST_COMPONENTS = 0,        /* LODE_URL_COMPONENT_COUNT entries */
  ST_STATUS = 9,            /* 0: not a URL, 1: segments, 2: string returned */
  ST_INPUT_LEN = 10,
  ST_BASE_LEN = 11,         /* -1: no base */
  ST_SEG_COUNT = 12,
  ST_SEGS = 13,             /* (type, start, len) triples */
  MAX_SEGS = 16,
  /* With ST_BASE_LEN -2, JS asks to reuse the base parsed last, which it
   * knows by this generation (C sets it after each base parse); status 3
   * answers that it is gone. */
  ST_BASE_GEN = ST_SEGS + 3 * MAX_SEGS,
  STATE_SIZE,
  UNITS_CAP = 8192,         /* input + base units that fit in `units` */
  LITERAL_CAP = 256,
};

/* Reused by every call: JS runs on one thread per isolate. */
static _Thread_local lode_url t_url, t_base;
static _Thread_local lode_sbuf t_out;
static _Thread_local int t_ready;
static _Thread_local int32_t state[STATE_SIZE];
static _Thread_local uint16_t units_buf[UNITS_CAP];
static _Thread_local char literal_buf[LITERAL_CAP];

/* The last base parsed, by its input: servers parse many relative URLs
 * against one base. */
static _Thread_local uint16_t *t_base_units;
static _Thread_local size_t t_base_len, t_base_cap;
static _Thread_local int t_base_valid;
static _Thread_local int32_t t_base_gen;

static int parse_base(const uint16_t *b, size_t len) {
  if (t_base_valid && t_base_len == len && memcmp(t_base_units, b, len * sizeof(uint16_t)) == 0)
    return 0;
  t_base_valid = 0;
  t_base_gen++;
  if (lode_url_parse(&t_base, b, len, NULL) < 0) return -1;
  if (len > t_base_cap) {
    uint16_t *p = realloc(t_base_units, len * sizeof(uint16_t));
    CHECK(p != NULL);
    t_base_units = p;
    t_base_cap = len;
  }
  if (len > 0) memcpy(t_base_units, b, len * sizeof(uint16_t));
  t_base_len = len;
  t_base_valid = 1;
  return 0;
}

static void ready(void) {
  if (t_ready) return;
  /* For tests: LODE_URL_NO_FAST_PATH=1 checks the state machine alone. */
  const char *nf = getenv("LODE_URL_NO_FAST_PATH");
  if (nf != NULL && nf[0] == '1') lode_url_fast_path = 0;
  lode_url_init(&t_url);
  lode_url_init(&t_base);
  t_ready = 1;
}

/* A JS string's UTF-16 units (JSC converts 8-bit strings once). */
typedef struct {
  JSStringRef s;
  const uint16_t *u16;
  size_t len;
} text_t;

static int text_get(JSContextRef ctx, JSValueRef v, text_t *t, JSValueRef *exc) {
  t->s = JSValueToStringCopy(ctx, v, exc);
  if (t->s == NULL) return -1;
  t->len = JSStringGetLength(t->s);
  t->u16 = JSStringGetCharactersPtr(t->s);
  return 0;
}

static void text_free(text_t *t) { JSStringRelease(t->s); }

static int text_parse(lode_url *u, const text_t *t, const lode_url *base) {
  return lode_url_parse(u, t->u16, t->len, base);
}

static int text_equals(const text_t *t, const lode_sbuf *out) {
  if (t->len != out->len) return 0;
  for (size_t i = 0; i < t->len; i++)
    if (t->u16[i] != (unsigned char)out->p[i]) return 0;
  return 1;
}

/* An ASCII JS string (JSC keeps it in 8 bits). */
static JSValueRef ascii_value(JSContextRef ctx, const lode_sbuf *out) {
  char stackbuf[1024];
  char *buf = out->len < sizeof(stackbuf) ? stackbuf : malloc(out->len + 1);
  CHECK(buf != NULL);
  memcpy(buf, out->p, out->len);
  buf[out->len] = '\0';
  JSStringRef s = JSStringCreateWithUTF8CString(buf);
  if (buf != stackbuf) free(buf);
  JSValueRef v = js_make_string(ctx, s, 1);
  JSStringRelease(s);
  return v;
}

/* A string's UTF-16 units; the JSStringRef must be released by the caller. */
static JSStringRef units(JSContextRef ctx, JSValueRef v, const uint16_t **p, size_t *n,
                         JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (s == NULL) return NULL;
  *n = JSStringGetLength(s);
  *p = JSStringGetCharactersPtr(s);
  return s;
}

static void store_components(const lode_url_components *c) {
  int32_t *s = state + ST_COMPONENTS;
  s[0] = c->protocol_end;
  s[1] = c->username_end;
  s[2] = c->host_start;
  s[3] = c->host_end;
  s[4] = c->port;
  s[5] = c->pathname_start;
  s[6] = c->search_start;
  s[7] = c->hash_start;
  s[8] = c->scheme_type;
}

/* parseShared(): parses units[0, inputLen) against units[inputLen, +baseLen)
 * (when baseLen >= 0). Sets state[ST_STATUS]; returns the href as a string
 * only when the status is 2. No JSC call on the common path. */
static LODE_FN(url_parse_shared) {
  LODE_UNUSED_FN_ARGS;
  ready();
  int32_t n = state[ST_INPUT_LEN], m = state[ST_BASE_LEN];
  state[ST_STATUS] = 0;
  if (n < 0 || n > UNITS_CAP || m > UNITS_CAP - n) return NULL;
  const uint16_t *in = units_buf, *base = NULL;
  if (m == -2) {
    if (!t_base_valid || state[ST_BASE_GEN] != t_base_gen) {
      state[ST_STATUS] = 3;
      return NULL;
    }
    base = t_base_units;
    m = (int32_t)t_base_len;
  } else if (m >= 0) {
    base = units_buf + n;
    if (parse_base(base, (size_t)m) < 0) return NULL;
    state[ST_BASE_GEN] = t_base_gen;
  }
  lode_url_components c;
  int same = 0;
  if (lode_url_parse_href(&t_url, in, (size_t)n, base != NULL ? &t_base : NULL, &t_out, &c,
                          &same) < 0)
    return NULL;
  store_components(&c);
  if (same) {
    lode_url_seg *seg = (lode_url_seg *)(state + ST_SEGS);
    seg->type = LODE_URL_SEG_INPUT;
    seg->start = 0;
    seg->len = n;
    state[ST_SEG_COUNT] = 1;
    state[ST_STATUS] = 1;
    return NULL;
  }
  int nseg = lode_url_segments(t_out.p, t_out.len, in, (size_t)n, base, m >= 0 ? (size_t)m : 0,
                               (lode_url_seg *)(state + ST_SEGS), MAX_SEGS, literal_buf,
                               LITERAL_CAP);
  if (nseg < 0) {
    state[ST_STATUS] = 2;
    return ascii_value(ctx, &t_out);
  }
  state[ST_SEG_COUNT] = nseg;
  state[ST_STATUS] = 1;
  return NULL;
}

/* canParseShared(): as parseShared, only the status (0 or 1). */
static LODE_FN(url_can_parse_shared) {
  LODE_UNUSED_FN_ARGS;
  ready();
  int32_t n = state[ST_INPUT_LEN], m = state[ST_BASE_LEN];
  state[ST_STATUS] = 0;
  if (n < 0 || n > UNITS_CAP || m > UNITS_CAP - n) return NULL;
  const uint16_t *base = NULL;
  if (m == -2) {
    if (!t_base_valid || state[ST_BASE_GEN] != t_base_gen) {
      state[ST_STATUS] = 3;
      return NULL;
    }
    base = t_base_units;
  } else if (m >= 0) {
    base = units_buf + n;
    if (parse_base(base, (size_t)m) < 0) return NULL;
    state[ST_BASE_GEN] = t_base_gen;
  }
  lode_url_components c;
  if (lode_url_parse_href(&t_url, units_buf, (size_t)n, base != NULL ? &t_base : NULL, &t_out,
                          &c, NULL) < 0)
    return NULL;
  state[ST_STATUS] = 1;
  return NULL;
}

/* Parses argv[0] (against argv[1] when argc > 1) into t_url. Returns 0, -1
 * when not a URL, -2 on a JS exception. The caller frees `in`. */
static int parse_args(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                      text_t *in, lode_url_components *c) {
  ready();
  const lode_url *base = NULL;
  if (argc > 1) {
    text_t b;
    if (text_get(ctx, argv[1], &b, exc) < 0) return -2;
    int r = parse_base(b.u16, b.len);
    text_free(&b);
    if (r < 0) return -3;
    base = &t_base;
  }
  if (text_get(ctx, argv[0], in, exc) < 0) return -2;
  return lode_url_parse_href(&t_url, in->u16, in->len, base, &t_out, c, NULL);
}

/* parse(input[, base]) → href, or undefined when input is not a URL. The
 * component offsets go to `components`. input and base must be strings
 * (the JS side converts them); with an href equal to the input, the input
 * value itself is returned. Every JSC call takes the VM lock, so this path
 * makes as few as it can. */
static LODE_FN(url_parse) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return NULL;
  text_t in;
  lode_url_components c;
  int r = parse_args(ctx, argc, argv, exc, &in, &c);
  if (r == -2 || r == -3) return NULL;
  JSValueRef v = NULL;
  if (r == 0) {
    store_components(&c);
    v = text_equals(&in, &t_out) ? argv[0] : ascii_value(ctx, &t_out);
  }
  text_free(&in);
  return v;
}

/* canParse(input[, base]) → input when it parses, else undefined (no new
 * value: cheaper than a boolean). */
static LODE_FN(url_can_parse) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return NULL;
  text_t in;
  lode_url_components c;
  int r = parse_args(ctx, argc, argv, exc, &in, &c);
  if (r == -2 || r == -3) return NULL;
  text_free(&in);
  return r == 0 ? argv[0] : NULL;
}

/* update(href, which, value) → the new href (components written), or
 * undefined when the setter fails (only the href setter can). */
static LODE_FN(url_update) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 3) return NULL;
  ready();
  text_t h;
  if (text_get(ctx, argv[0], &h, exc) < 0) return NULL;
  int r = text_parse(&t_url, &h, NULL);
  text_free(&h);
  if (r < 0) return NULL;
  int which = (int)js_num(ctx, argv[1]);
  const uint16_t *v;
  size_t vlen;
  JSStringRef vs = units(ctx, argv[2], &v, &vlen, exc);
  if (vs == NULL) return NULL;
  r = lode_url_set(&t_url, which, v, vlen);
  JSStringRelease(vs);
  if (r < 0) return NULL;
  lode_url_components c;
  lode_url_serialize(&t_url, &t_out, &c);
  store_components(&c);
  return ascii_value(ctx, &t_out);
}

/* Runs one of the domain conversions on argv[0]: '' when the domain is
 * invalid; utf8 says whether the result may be non-ASCII. */
static JSValueRef convert_domain(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                 JSValueRef *exc,
                                 int (*convert)(const uint16_t *, size_t, lode_sbuf *), int utf8) {
  const uint16_t *in;
  size_t len;
  JSStringRef s = units(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), &in, &len, exc);
  if (s == NULL) return NULL;
  lode_sbuf out = {0};
  int r = convert(in, len, &out);
  JSStringRelease(s);
  JSValueRef v;
  if (r < 0) v = js_str(ctx, "");
  else if (utf8) v = lode_utf8_string(ctx, (const unsigned char *)out.p, out.len);
  else v = ascii_value(ctx, &out);
  lode_sbuf_free(&out);
  return v != NULL ? v : js_throw_string_too_long(ctx, exc);
}

/* domainToASCII(domain) → string ('' when invalid) */
static LODE_FN(url_domain_to_ascii) {
  LODE_UNUSED_FN_ARGS;
  return convert_domain(ctx, argc, argv, exc, lode_url_domain_to_ascii, 0);
}

/* toASCII(domain) → UTS #46 ToASCII of domain, '' on errors (legacy url). */
static LODE_FN(url_to_ascii) {
  LODE_UNUSED_FN_ARGS;
  return convert_domain(ctx, argc, argv, exc, lode_url_uts46_to_ascii, 0);
}

/* domainToUnicode(domain) → string ('' when invalid) */
static LODE_FN(url_domain_to_unicode) {
  LODE_UNUSED_FN_ARGS;
  return convert_domain(ctx, argc, argv, exc, lode_url_domain_to_unicode, 1);
}

JSObjectRef lode_binding_url(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "parse", url_parse);
  js_set_fn(ctx, b, "canParse", url_can_parse);
  js_set_fn(ctx, b, "update", url_update);
  js_set_fn(ctx, b, "domainToASCII", url_domain_to_ascii);
  js_set_fn(ctx, b, "domainToUnicode", url_domain_to_unicode);
  js_set_fn(ctx, b, "toASCII", url_to_ascii);
  js_set_fn(ctx, b, "parseShared", url_parse_shared);
  js_set_fn(ctx, b, "canParseShared", url_can_parse_shared);
  js_set(ctx, b, "state",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array, state,
                                               sizeof(state), NULL, NULL, NULL));
  js_set(ctx, b, "units",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint16Array, units_buf,
                                               sizeof(units_buf), NULL, NULL, NULL));
  js_set(ctx, b, "literal",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint8Array, literal_buf,
                                               sizeof(literal_buf), NULL, NULL, NULL));
  return b;
}

