/* esm: internalBinding('esm') — the JS face of js_rewrite.c for the ES
 * module loader (lib/internal/modules/esm/). The interface is
 * /work/notes/esm-contract.md:
 *   parseModule(source, filename) -> record (code, requests, exports, ...)
 *   parseScript(source, filename) -> string | null (import() rewritten)
 *   cjsExports(source)            -> { exports, reexports }
 *   detectModule(source)          -> boolean
 * Syntax errors are SyntaxErrors with own `line` (1-based), `column`
 * (0-based UTF-16) and `filename`. */
#include "runtime.h"
#include "js_rewrite.h"

#include <string.h>

/* The UTF-8 bytes of a JS string (lone surrogates as 3-byte sequences,
 * *lone set then), NUL-terminated; NULL with *exc set on failure. */
static char *utf8_of(JSContextRef ctx, JSValueRef v, size_t *len, int *lone, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (s == NULL) return NULL;
  size_t n = JSStringGetLength(s);
  const JSChar *c = JSStringGetCharactersPtr(s);
  char *out = n < SIZE_MAX / 3 ? malloc(n * 3 + 1) : NULL;
  if (out == NULL) {
    JSStringRelease(s);
    js_throw(ctx, exc, "RangeError", NULL, "out of memory");
    return NULL;
  }
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t cp = c[i];
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n && c[i + 1] >= 0xdc00 && c[i + 1] <= 0xdfff) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (c[i + 1] - 0xdc00);
      i++;
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      *lone = 1;
    }
    if (cp < 0x80) {
      out[o++] = (char)cp;
    } else if (cp < 0x800) {
      out[o++] = (char)(0xc0 | (cp >> 6));
      out[o++] = (char)(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out[o++] = (char)(0xe0 | (cp >> 12));
      out[o++] = (char)(0x80 | ((cp >> 6) & 0x3f));
      out[o++] = (char)(0x80 | (cp & 0x3f));
    } else {
      out[o++] = (char)(0xf0 | (cp >> 18));
      out[o++] = (char)(0x80 | ((cp >> 12) & 0x3f));
      out[o++] = (char)(0x80 | ((cp >> 6) & 0x3f));
      out[o++] = (char)(0x80 | (cp & 0x3f));
    }
  }
  out[o] = 0;
  JSStringRelease(s);
  *len = o;
  return out;
}

/* A JS string of well-formed UTF-8 without NUL bytes (the module code):
 * JSC makes a one-byte string of ASCII text, half the memory of UTF-16,
 * and one pass instead of three. Otherwise js_strn. */
static JSValueRef code_string(JSContextRef ctx, const char *s, size_t len, int lone) {
  if (lone || memchr(s, 0, len) != NULL) return js_strn(ctx, s, len);
  JSStringRef str = JSStringCreateWithUTF8CString(s);
  if (str == NULL) return NULL;
  JSValueRef v = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  return v;
}

static JSValueRef str_value(JSContextRef ctx, lode_js_str s) {
  if (s.p == NULL) return JSValueMakeNull(ctx);
  JSValueRef v = js_strn(ctx, s.p, s.len);
  return v != NULL ? v : JSValueMakeNull(ctx);
}

static JSValueRef syntax_error(JSContextRef ctx, JSValueRef *exc, const char *msg, uint32_t line, uint32_t column,
                               JSValueRef filename) {
  js_throw(ctx, exc, "SyntaxError", NULL, msg);
  if (*exc != NULL && JSValueIsObject(ctx, *exc)) {
    JSObjectRef e = (JSObjectRef)*exc;
    js_set_num(ctx, e, "line", line);
    js_set_num(ctx, e, "column", column);
    js_set(ctx, e, "filename", filename != NULL ? filename : JSValueMakeUndefined(ctx));
  }
  return NULL;
}

static JSObjectRef array_of(JSContextRef ctx, JSValueRef *items, size_t n) {
  return JSObjectMakeArray(ctx, n, items, NULL);
}

static JSObjectRef triple(JSContextRef ctx, JSValueRef a, uint32_t k, JSValueRef c) {
  JSValueRef t[3] = {a, JSValueMakeNumber(ctx, k), c};
  return array_of(ctx, t, 3);
}

/* Values go straight into the array: the collector does not see a
 * malloc'd list of values (only the stack and the heap it owns). */
static JSObjectRef new_array(JSContextRef ctx) {
  JSObjectRef a = JSObjectMakeArray(ctx, 0, NULL, NULL);
  CHECK(a != NULL);
  return a;
}

static void put(JSContextRef ctx, JSObjectRef a, uint32_t i, JSValueRef v) {
  JSObjectSetPropertyAtIndex(ctx, a, i, v, NULL);
}

/* parseModule(source, filename) */
static LODE_FN(parse_module) {
  LODE_UNUSED_FN_ARGS;
  size_t len;
  int lone = 0;
  char *src = utf8_of(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), &len, &lone, exc);
  if (src == NULL) return NULL;
  JSValueRef filename = argc > 1 ? argv[1] : NULL;
  lode_esm_module m;
  if (lode_esm_parse_module(src, len, &m) != 0) {
    syntax_error(ctx, exc, m.error_message, m.error_line, m.error_column, filename);
    lode_esm_module_free(&m);
    free(src);
    return NULL;
  }
  JSObjectRef rec = JSObjectMake(ctx, NULL, NULL);
  JSValueRef code = code_string(ctx, m.code, m.code_len, lone);
  if (code == NULL) {
    lode_esm_module_free(&m);
    free(src);
    return js_throw_string_too_long(ctx, exc);
  }
  js_set(ctx, rec, "code", code);
  JSObjectRef a = new_array(ctx);
  js_set(ctx, rec, "requests", a);
  for (uint32_t i = 0; i < m.nrequests; i++) {
    JSObjectRef r = JSObjectMake(ctx, NULL, NULL);
    put(ctx, a, i, r);
    js_set(ctx, r, "specifier", str_value(ctx, m.requests[i].specifier));
    js_set(ctx, r, "type", str_value(ctx, m.requests[i].type));
  }
  a = new_array(ctx);
  js_set(ctx, rec, "importAttributesUnsupported", a);
  for (uint32_t i = 0; i < m.nunsupported; i++) {
    JSValueRef t[3] = {JSValueMakeNumber(ctx, m.unsupported[i].request), NULL, NULL};
    t[1] = str_value(ctx, m.unsupported[i].key);
    t[2] = str_value(ctx, m.unsupported[i].value);
    put(ctx, a, i, array_of(ctx, t, 3));
  }
  a = new_array(ctx);
  js_set(ctx, rec, "localExports", a);
  for (uint32_t i = 0; i < m.nlocal_exports; i++) {
    JSValueRef pair[2] = {str_value(ctx, m.local_exports[i].exported), NULL};
    pair[1] = str_value(ctx, m.local_exports[i].local);
    put(ctx, a, i, array_of(ctx, pair, 2));
  }
  a = new_array(ctx);
  js_set(ctx, rec, "indirectExports", a);
  for (uint32_t i = 0; i < m.nindirect_exports; i++) {
    lode_esm_binding *b = &m.indirect_exports[i];
    JSValueRef name = str_value(ctx, b->name);
    put(ctx, a, i, triple(ctx, name, b->request, str_value(ctx, b->imported)));
  }
  a = new_array(ctx);
  js_set(ctx, rec, "starExports", a);
  for (uint32_t i = 0; i < m.nstar_exports; i++) put(ctx, a, i, JSValueMakeNumber(ctx, m.star_exports[i]));
  a = new_array(ctx);
  js_set(ctx, rec, "imports", a);
  for (uint32_t i = 0; i < m.nimports; i++) {
    lode_esm_binding *b = &m.imports[i];
    JSValueRef name = str_value(ctx, b->name);
    put(ctx, a, i, triple(ctx, name, b->request, str_value(ctx, b->imported)));
  }
  js_set(ctx, rec, "hasTLA", JSValueMakeBoolean(ctx, m.has_tla));
  js_set(ctx, rec, "usesMeta", JSValueMakeBoolean(ctx, m.uses_meta));
  js_set_str(ctx, rec, "prefix", m.prefix);
  lode_esm_module_free(&m);
  free(src);
  return rec;
}

/* parseScript(source, filename) */
static LODE_FN(parse_script) {
  LODE_UNUSED_FN_ARGS;
  size_t len;
  int lone = 0;
  char *src = utf8_of(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), &len, &lone, exc);
  if (src == NULL) return NULL;
  char *out;
  size_t out_len;
  lode_esm_error err;
  JSValueRef r;
  if (lode_esm_parse_script(src, len, &out, &out_len, &err) != 0) {
    r = syntax_error(ctx, exc, err.message, err.line, err.column, argc > 1 ? argv[1] : NULL);
  } else if (out == NULL) {
    r = JSValueMakeNull(ctx);
  } else {
    r = code_string(ctx, out, out_len, lone);
    if (r == NULL) r = js_throw_string_too_long(ctx, exc);
  }
  free(out);
  free(src);
  return r;
}

static JSObjectRef names_array(JSContextRef ctx, const lode_js_str *names, uint32_t n) {
  JSObjectRef a = new_array(ctx);
  for (uint32_t i = 0; i < n; i++) put(ctx, a, i, str_value(ctx, names[i]));
  return a;
}

/* cjsExports(source) -> { exports, reexports } */
static LODE_FN(cjs_exports) {
  LODE_UNUSED_FN_ARGS;
  size_t len;
  int lone = 0;
  char *src = utf8_of(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), &len, &lone, exc);
  if (src == NULL) return NULL;
  lode_cjs_exports e;
  int rc = lode_cjs_exports_parse(src, len, &e);
  free(src);
  if (rc != 0) {
    lode_cjs_exports_free(&e);
    return js_throw(ctx, exc, "RangeError", NULL, "out of memory");
  }
  JSObjectRef r = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef names = names_array(ctx, e.names, e.nnames);
  js_set(ctx, r, "exports", names);
  JSObjectRef reexports = names_array(ctx, e.reexports, e.nreexports);
  js_set(ctx, r, "reexports", reexports);
  lode_cjs_exports_free(&e);
  return r;
}

/* detectModule(source) -> boolean */
static LODE_FN(detect_module) {
  LODE_UNUSED_FN_ARGS;
  size_t len;
  int lone = 0;
  char *src = utf8_of(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), &len, &lone, exc);
  if (src == NULL) return NULL;
  int is_module = lode_esm_detect_module(src, len);
  free(src);
  return JSValueMakeBoolean(ctx, is_module);
}

JSObjectRef lode_binding_esm(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "parseModule", parse_module);
  js_set_fn(ctx, b, "parseScript", parse_script);
  js_set_fn(ctx, b, "cjsExports", cjs_exports);
  js_set_fn(ctx, b, "detectModule", detect_module);
  return b;
}
