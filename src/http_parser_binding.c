/* http_parser: internalBinding('http_parser') — the HTTP/1.1 parser of
 * http_parser.c for node:http, with few crossings into JS.
 *
 * A message reaches JS in at most three calls, made from inside execute():
 * onHeaders(head) once, when the head is complete (head is one latin1
 * string "target-or-reason\nname\nvalue\n…", split by JS); onBody(trailers)
 * for the body pieces (offsets into the buffer being parsed, in `info`; one
 * call per execute, or per 64 pieces) and, with info[I_COMPLETE], the end of
 * a message that had a body. A message without a body ends with its head.
 * The numbers go through the shared Int32Array `info`; JS must read it
 * before running user code (a nested execute() reuses it). */
#include "runtime.h"
#include "http_parser.h"
#include "utf8.h"

#include <string.h>

/* The layout of `info`. */
enum {
  I_METHOD = 0,   /* index into `methods` (requests), else -1 */
  I_STATUS,       /* responses */
  I_MAJOR,
  I_MINOR,
  I_FLAGS,        /* F_* below */
  I_NPIECES,      /* body pieces in this onBody call */
  I_COMPLETE,     /* 1: the message ends after these pieces */
  I_HEAD,         /* set by JS: responses have no body (the request was HEAD) */
  I_IN_MESSAGE,   /* after execute: 1 when it ended inside a message (a partial one) */
  I_PIECES = 16,  /* [start, end) pairs */
  MAX_PIECES = 64,
  INFO_SIZE = I_PIECES + 2 * MAX_PIECES,
};

enum {
  F_KEEP_ALIVE = 1,
  F_UPGRADE = 2,
  F_BODY = 4,             /* a body follows unless onHeaders returns 1 or 2 */
  F_CHUNKED = 8,
  F_EXPECT_CONTINUE = 16,
  F_CONTENT_LENGTH = 32,
  F_TRANSFER_ENCODING = 64,
};

typedef struct {
  lode_http_parser p;
  JSContextRef ctx;
  JSObjectRef self;        /* during execute */
  JSValueRef buf_js;       /* the buffer being parsed, during execute */
  const char *buf;         /* its bytes (offsets are relative to it) */
  void *buf_base;          /* where its ArrayBuffer's bytes begin */
  JSValueRef thrown;       /* an exception from a JS callback */
  char *hb;                /* the head (or trailers) being collected */
  size_t hb_len, hb_cap;
  uint16_t *units;         /* scratch for latin1 → UTF-16 */
  size_t units_cap;
  int32_t pieces[2 * MAX_PIECES];
  int npieces, in_body, oom;
  int in_message;          /* between a message's first byte and its end */
} parser_t;

/* One set per thread: JS runs on one thread per isolate. */
static _Thread_local int32_t info[INFO_SIZE];
static _Thread_local JSObjectRef on_headers_cb, on_body_cb;

static int hb_put(parser_t *s, const char *b, size_t n) {
  if (s->hb_len + n > s->hb_cap) {
    size_t cap = s->hb_cap ? s->hb_cap : 1024;
    while (cap < s->hb_len + n) cap *= 2;
    char *q = realloc(s->hb, cap);
    if (q == NULL) return s->oom = 1, -1;
    s->hb = q;
    s->hb_cap = cap;
  }
  memcpy(s->hb + s->hb_len, b, n);
  s->hb_len += n;
  return 0;
}

/* hb as a JS string (latin1, as Node reads header bytes). */
static JSValueRef hb_string(parser_t *s) {
  /* The usual all-ASCII head becomes an 8-bit engine string: splitting and
   * lower-casing it in JS is faster than with a 16-bit one. */
  const unsigned char *hb = s->hb != NULL ? (const unsigned char *)s->hb : (const unsigned char *)"";
  if (lode_is_ascii(hb, s->hb_len)) {
    JSValueRef v = lode_utf8_string(s->ctx, hb, s->hb_len);
    if (v == NULL) s->oom = 1;
    return v;
  }
  if (s->hb_len > s->units_cap) {
    uint16_t *u = realloc(s->units, s->hb_len * sizeof(uint16_t));
    if (u == NULL) return s->oom = 1, NULL;
    s->units = u;
    s->units_cap = s->hb_len;
  }
  lode_latin1_to_utf16((const unsigned char *)s->hb, s->hb_len, s->units);
  JSStringRef str = JSStringCreateWithCharacters(s->units, s->hb_len);
  JSValueRef v = js_make_string(s->ctx, str, 2);
  JSStringRelease(str);
  return v;
}

/* Calls a JS callback; on a throw, keeps the exception and stops the parser. */
static int call_js(parser_t *s, JSObjectRef fn, size_t argc, const JSValueRef *argv, JSValueRef *ret) {
  if (fn == NULL) return 0;
  JSValueRef e = NULL;
  JSValueRef r = JSObjectCallAsFunction(s->ctx, fn, s->self, argc, argv, &e);
  if (e != NULL) {
    s->thrown = e;
    return -1;
  }
  /* The callback must not have detached the bytes being parsed. */
  if (s->buf_js != NULL && JSObjectGetTypedArrayBytesPtr(s->ctx, (JSObjectRef)s->buf_js, NULL) != s->buf_base) {
    js_throw(s->ctx, &s->thrown, "Error", "ERR_INVALID_STATE", "The buffer being parsed was detached");
    return -1;
  }
  if (ret != NULL) *ret = r;
  return 0;
}

/* Hands the body pieces (and maybe the end of the message) to JS. */
static int flush_body(parser_t *s, int complete) {
  info[I_NPIECES] = s->npieces;
  info[I_COMPLETE] = complete;
  memcpy(info + I_PIECES, s->pieces, sizeof(int32_t) * 2 * (size_t)s->npieces);
  s->npieces = 0;
  JSValueRef arg = JSValueMakeUndefined(s->ctx);
  if (complete && s->hb_len > 0) {
    s->hb_len--; /* the trailing '\n' */
    arg = hb_string(s);
    if (arg == NULL) return -1;
  }
  return call_js(s, on_body_cb, 1, &arg, NULL);
}

static int on_begin(lode_http_parser *p) {
  parser_t *s = p->data;
  s->in_message = 1;
  s->hb_len = 0;
  s->npieces = 0;
  s->in_body = 0;
  return 0;
}

static int on_target(lode_http_parser *p, const char *at, size_t n) {
  return hb_put(p->data, at, n);
}

static int on_header(lode_http_parser *p, const char *name, size_t nl, const char *value, size_t vl) {
  parser_t *s = p->data;
  /* Neither names nor values can hold LF: it separates them. */
  if (hb_put(s, "\n", 1) < 0 || hb_put(s, name, nl) < 0 || hb_put(s, "\n", 1) < 0) return -1;
  return hb_put(s, value, vl);
}

static int on_trailer(lode_http_parser *p, const char *name, size_t nl, const char *value, size_t vl) {
  parser_t *s = p->data;
  if (hb_put(s, name, nl) < 0 || hb_put(s, "\n", 1) < 0 || hb_put(s, value, vl) < 0) return -1;
  return hb_put(s, "\n", 1);
}

static int on_headers_complete(lode_http_parser *p) {
  parser_t *s = p->data;
  if (p->type == LODE_HTTP_RESPONSE && info[I_HEAD] != 0) p->flags |= LODE_HTTP_F_SKIPBODY;
  int body = lode_http_body_follows(p);
  info[I_METHOD] = p->type == LODE_HTTP_REQUEST ? p->method : -1;
  info[I_STATUS] = p->status_code;
  info[I_MAJOR] = p->http_major;
  info[I_MINOR] = p->http_minor;
  info[I_FLAGS] = (lode_http_should_keep_alive(p) ? F_KEEP_ALIVE : 0) | (p->upgrade ? F_UPGRADE : 0) |
                  (body ? F_BODY : 0) | ((p->flags & LODE_HTTP_F_CHUNKED) ? F_CHUNKED : 0) |
                  ((p->flags & LODE_HTTP_F_EXPECT_CONTINUE) ? F_EXPECT_CONTINUE : 0) |
                  ((p->flags & LODE_HTTP_F_CONTENT_LENGTH) ? F_CONTENT_LENGTH : 0) |
                  ((p->flags & LODE_HTTP_F_TRANSFER_ENCODING) ? F_TRANSFER_ENCODING : 0);
  JSValueRef head = hb_string(s);
  if (head == NULL) return -1;
  s->hb_len = 0;
  JSValueRef r = NULL;
  if (call_js(s, on_headers_cb, 1, &head, &r) < 0) return -1;
  int ret = r != NULL && JSValueIsNumber(s->ctx, r) ? (int)JSValueToNumber(s->ctx, r, NULL) : 0;
  if (ret != 1 && ret != 2) ret = 0;
  s->in_body = body && ret == 0;
  return ret;
}

static int on_body(lode_http_parser *p, const char *at, size_t n) {
  parser_t *s = p->data;
  if (s->npieces == MAX_PIECES && flush_body(s, 0) < 0) return -1;
  s->pieces[2 * s->npieces] = (int32_t)(at - s->buf);
  s->pieces[2 * s->npieces + 1] = (int32_t)(at - s->buf + (ptrdiff_t)n);
  s->npieces++;
  return 0;
}

static int on_complete(lode_http_parser *p) {
  parser_t *s = p->data;
  s->in_message = 0;
  if (!s->in_body) return 0; /* JS saw it end with the head */
  s->in_body = 0;
  return flush_body(s, 1);
}

static const lode_http_callbacks callbacks = {
  on_begin, on_target, on_target, on_header, on_headers_complete, on_body, on_trailer, on_complete,
};

static void on_finalize(JSObjectRef obj) {
  parser_t *s = JSObjectGetPrivate(obj);
  if (s == NULL) return;
  lode_http_free(&s->p);
  free(s->hb);
  free(s->units);
  free(s);
}

static JSClassRef parser_class(void);

static parser_t *parser_of(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  parser_t *s = JSValueIsObjectOfClass(ctx, self, parser_class()) ? JSObjectGetPrivate(self) : NULL;
  if (s == NULL)
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type HTTPParser");
  return s;
}

/* An error as [code, reason, bytesParsed]. */
static JSValueRef error_triple(parser_t *s, lode_http_errno e) {
  JSValueRef v[3] = {js_str(s->ctx, lode_http_errno_name(e)),
                     js_str(s->ctx, s->p.reason != NULL ? s->p.reason : ""),
                     JSValueMakeNumber(s->ctx, (double)s->p.error_pos)};
  return JSObjectMakeArray(s->ctx, 3, v, NULL);
}

/* Ends a call that ran JS callbacks: rethrows what they threw. */
static JSValueRef finish_call(parser_t *s, lode_http_errno e, size_t start, JSValueRef *exc) {
  s->buf_js = NULL;
  s->self = NULL;
  info[I_IN_MESSAGE] = s->in_message;
  if (s->thrown != NULL) {
    *exc = s->thrown;
    s->thrown = NULL;
    return NULL;
  }
  if (s->oom) return js_throw(s->ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED", "Out of memory");
  if (e == LODE_HPE_OK) return JSValueMakeUndefined(s->ctx);
  if (e == LODE_HPE_PAUSED_UPGRADE) return JSValueMakeNumber(s->ctx, (double)(start + s->p.error_pos));
  return error_triple(s, e);
}

/* new HTTPParser() */
static JSObjectRef parser_new(JSContextRef ctx, JSObjectRef ctor, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc) {
  (void)ctor;
  (void)argc;
  (void)argv;
  (void)exc;
  parser_t *s = calloc(1, sizeof(*s));
  CHECK(s != NULL);
  lode_http_init(&s->p, LODE_HTTP_REQUEST, &callbacks);
  s->p.data = s;
  return JSObjectMake(ctx, parser_class(), s);
}

/* initialize(type, maxHeaderSize, maxHeadersCount, lenient): type 0 for
 * requests, 1 for responses; maxHeaderSize <= 0 means 16384;
 * maxHeadersCount <= 0 means all; lenient is true (Node's
 * insecureHTTPParser) or LENIENT_* flags. */
static LODE_FN(p_initialize) {
  LODE_UNUSED_FN_ARGS;
  parser_t *s = parser_of(ctx, self, exc);
  if (s == NULL) return NULL;
  lode_http_reset(&s->p, js_arg_int(ctx, argc, argv, 0, 0) == 1 ? LODE_HTTP_RESPONSE : LODE_HTTP_REQUEST);
  int max = js_arg_int(ctx, argc, argv, 1, 0);
  int count = js_arg_int(ctx, argc, argv, 2, 0);
  s->p.max_header_size = max > 0 ? (uint32_t)max : 16384;
  s->p.max_headers = count > 0 ? (uint32_t)count : 0;
  s->p.lenient = 0;
  if (argc > 3) {
    if (JSValueIsBoolean(ctx, argv[3]))
      s->p.lenient = JSValueToBoolean(ctx, argv[3]) ? LODE_HTTP_LENIENT_ALL : 0;
    else
      s->p.lenient = (uint32_t)js_arg_int(ctx, argc, argv, 3, 0) & LODE_HTTP_LENIENT_ALL;
  }
  s->hb_len = 0;
  s->npieces = s->in_body = s->oom = s->in_message = 0;
  return JSValueMakeUndefined(ctx);
}

/* execute(buffer[, start, end]) → undefined (all parsed), a number (an
 * upgrade: the offset in buffer where the other protocol's bytes begin) or
 * [code, reason, bytesParsed] (bytesParsed counted from start). Without
 * start and end (four fewer engine calls) the whole buffer. */
static LODE_FN(p_execute) {
  LODE_UNUSED_FN_ARGS;
  parser_t *s = parser_of(ctx, self, exc);
  if (s == NULL) return NULL;
  if (s->self != NULL)
    return js_throw(ctx, exc, "Error", "ERR_INVALID_STATE", "execute() is already running");
  unsigned char *b;
  size_t len;
  if (js_view_bytes(ctx, argc > 0 ? argv[0] : NULL, &b, &len, exc) < 0) return NULL;
  if (len > INT32_MAX) return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "The buffer is too large");
  double start = 0, end = (double)len;
  if (argc > 1) {
    start = JSValueIsNumber(ctx, argv[1]) ? js_num(ctx, argv[1]) : 0;
    end = argc > 2 && JSValueIsNumber(ctx, argv[2]) ? js_num(ctx, argv[2]) : (double)len;
  }
  if (!(start >= 0 && start <= end && end <= (double)len))
    return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "start and end must lie within the buffer");
  s->ctx = ctx;
  s->self = self;
  s->buf_js = argv[0];
  s->buf = b != NULL ? (const char *)b : ""; /* detached: empty */
  s->buf_base = JSObjectGetTypedArrayBytesPtr(ctx, (JSObjectRef)argv[0], NULL);
  lode_http_errno e = lode_http_execute(&s->p, s->buf + (size_t)start, (size_t)(end - start));
  /* Body parsed before an error or the end of the input still goes out. */
  if (s->npieces > 0 && s->thrown == NULL && !s->oom) flush_body(s, 0);
  return finish_call(s, e, (size_t)start, exc);
}

/* finish(): the peer ended the stream → undefined or [code, reason, 0]. */
static LODE_FN(p_finish) {
  LODE_UNUSED_FN_ARGS;
  parser_t *s = parser_of(ctx, self, exc);
  if (s == NULL) return NULL;
  if (s->self != NULL) return js_throw(ctx, exc, "Error", "ERR_INVALID_STATE", "execute() is running");
  s->ctx = ctx;
  s->self = self;
  s->buf_js = NULL;
  lode_http_errno e = lode_http_finish(&s->p);
  return finish_call(s, e, 0, exc);
}

/* close(): frees the parser's memory now; initialize() makes it usable. */
static LODE_FN(p_close) {
  LODE_UNUSED_FN_ARGS;
  parser_t *s = parser_of(ctx, self, exc);
  if (s == NULL) return NULL;
  if (s->self != NULL) return js_throw(ctx, exc, "Error", "ERR_INVALID_STATE", "execute() is running");
  lode_http_free(&s->p);
  lode_http_reset(&s->p, s->p.type);
  free(s->hb);
  free(s->units);
  s->hb = NULL;
  s->units = NULL;
  s->hb_len = s->hb_cap = s->units_cap = 0;
  return JSValueMakeUndefined(ctx);
}

/* setCallbacks(onHeaders, onBody): for every parser, called with the
 * parser as this. */
static LODE_FN(set_callbacks) {
  LODE_UNUSED_FN_ARGS;
  for (int i = 0; i < 2; i++) {
    if (argc <= (size_t)i || !JSValueIsObject(ctx, argv[i]) || !JSObjectIsFunction(ctx, (JSObjectRef)argv[i]))
      return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "setCallbacks(onHeaders, onBody)");
  }
  JSObjectRef *slots[2] = {&on_headers_cb, &on_body_cb};
  for (int i = 0; i < 2; i++) {
    if (*slots[i] != NULL) JSValueUnprotect(ctx, *slots[i]);
    *slots[i] = (JSObjectRef)argv[i];
    JSValueProtect(ctx, *slots[i]);
  }
  return JSValueMakeUndefined(ctx);
}

static JSClassRef parser_class(void) {
  static JSClassRef cls;
  static const JSStaticFunction methods[] = {
    {"initialize", p_initialize, kJSPropertyAttributeDontEnum},
    {"execute", p_execute, kJSPropertyAttributeDontEnum},
    {"finish", p_finish, kJSPropertyAttributeDontEnum},
    {"close", p_close, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
  };
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "HTTPParser";
    def.staticFunctions = methods;
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
  }
  return cls;
}

JSObjectRef lode_binding_http_parser(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set(ctx, b, "HTTPParser", JSObjectMakeConstructor(ctx, parser_class(), parser_new));

  js_set_fn(ctx, b, "setCallbacks", set_callbacks);
  js_set(ctx, b, "info", JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array, info,
                                                                  sizeof(info), NULL, NULL, NULL));
  JSValueRef names[LODE_HTTP_METHOD_COUNT];
  for (int m = 0; m < LODE_HTTP_METHOD_COUNT; m++) names[m] = js_str(ctx, lode_http_method_name(m));
  js_set(ctx, b, "methods", JSObjectMakeArray(ctx, LODE_HTTP_METHOD_COUNT, names, NULL));
  static const struct {
    const char *name;
    int value;
  } consts[] = {
    {"REQUEST", LODE_HTTP_REQUEST}, {"RESPONSE", LODE_HTTP_RESPONSE},
    {"LENIENT_ALL", LODE_HTTP_LENIENT_ALL},
    {"I_METHOD", I_METHOD}, {"I_STATUS", I_STATUS}, {"I_MAJOR", I_MAJOR}, {"I_MINOR", I_MINOR},
    {"I_FLAGS", I_FLAGS}, {"I_NPIECES", I_NPIECES}, {"I_COMPLETE", I_COMPLETE}, {"I_HEAD", I_HEAD},
    {"I_IN_MESSAGE", I_IN_MESSAGE},
    {"I_PIECES", I_PIECES},
    {"F_KEEP_ALIVE", F_KEEP_ALIVE}, {"F_UPGRADE", F_UPGRADE}, {"F_BODY", F_BODY},
    {"F_CHUNKED", F_CHUNKED}, {"F_EXPECT_CONTINUE", F_EXPECT_CONTINUE},
    {"F_CONTENT_LENGTH", F_CONTENT_LENGTH}, {"F_TRANSFER_ENCODING", F_TRANSFER_ENCODING},
  };
  for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++)
    js_set_num(ctx, b, consts[i].name, consts[i].value);
  return b;
}
