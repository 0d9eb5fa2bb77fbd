/* esm: internalBinding('esm') — the JS face of js_rewrite.c for the ES
 * module loader (lib/internal/modules/esm/). The interface is
 * /work/notes/esm-contract.md:
 *   parseModule(source, filename) -> record (code, requests, exports, ...)
 *   parseModuleFile(path, url)    -> the same for a file read here
 *   parseScript(source, filename) -> string | null (import() rewritten)
 *   cjsExports(source)            -> { exports, reexports }
 *   detectModule(source)          -> boolean
 * Syntax errors are SyntaxErrors with own `line` (1-based), `column`
 * (0-based UTF-16) and `filename`. */
#include "runtime.h"
#include "js_lexer.h"
#include "js_rewrite.h"
#include "utf8.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* UTF-8 source text in a buffer of jsp_big_realloc (cap bytes: a big one
 * is a mapping with huge pages, see js_lexer.h), NUL-terminated. */
typedef struct {
  char *p;
  size_t len, cap;
  int lone; /* the string had lone surrogates (encoded as 3-byte sequences) */
} text_t;

static void text_free(text_t *t) {
  jsp_big_free(t->p, t->cap);
  memset(t, 0, sizeof *t);
}

static int text_alloc(text_t *t, size_t cap) {
  memset(t, 0, sizeof *t);
  t->p = jsp_big_realloc(NULL, 0, cap);
  if (t->p == NULL) return -1;
  t->cap = cap;
  return 0;
}

/* Encodes n UTF-16 units as UTF-8 into t (room for 3 bytes a unit), lone
 * surrogates as 3-byte sequences (t->lone set then). */
static void utf16_to_text(const JSChar *c, size_t n, text_t *t) {
  char *out = t->p;
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t cp = c[i];
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n && c[i + 1] >= 0xdc00 && c[i + 1] <= 0xdfff) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (c[i + 1] - 0xdc00);
      i++;
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      t->lone = 1;
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
  t->len = o;
}

/* The UTF-8 bytes of a JS string; -1 with *exc set on failure. */
static int text_of(JSContextRef ctx, JSValueRef v, text_t *t, JSValueRef *exc) {
  memset(t, 0, sizeof *t);
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (s == NULL) return -1;
  size_t n = JSStringGetLength(s);
  if (n >= SIZE_MAX / 3 || text_alloc(t, n * 3 + 1) != 0) {
    JSStringRelease(s);
    js_throw(ctx, exc, "RangeError", NULL, "out of memory");
    return -1;
  }
  /* The engine's own conversion reads a one-byte string as it is, where
   * JSStringGetCharactersPtr would make a UTF-16 copy first. It stops at a
   * lone surrogate: then the whole of it did not come out, and the
   * conversion here (which keeps them) takes over. */
  size_t w = JSStringGetUTF8CString(s, t->p, t->cap);
  t->len = w > 0 ? w - 1 : 0;
  if (w == 0 || lode_utf8_utf16_length((const unsigned char *)t->p, t->len) != n)
    utf16_to_text(JSStringGetCharactersPtr(s), n, t);
  JSStringRelease(s);
  return 0;
}

/* The file's bytes (invalid UTF-8 replaced as when read as a string);
 * -1 with *exc set (Node's error, as readFileUtf8 throws it). */
static int text_of_file(JSContextRef ctx, const char *path, text_t *t, JSValueRef *exc) {
  memset(t, 0, sizeof *t);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    js_throw_uv(ctx, exc, -errno, "open", path, NULL);
    return -1;
  }
  struct stat st;
  size_t cap = fstat(fd, &st) == 0 && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
  if (text_alloc(t, cap) != 0) {
    close(fd);
    js_throw(ctx, exc, "RangeError", NULL, "out of memory");
    return -1;
  }
  for (;;) {
    if (t->len + 1 >= t->cap) { /* the file grew meanwhile */
      char *p = t->cap < (size_t)INT32_MAX ? jsp_big_realloc(t->p, t->cap, t->cap * 2) : NULL;
      if (p == NULL) {
        close(fd);
        text_free(t);
        js_throw_string_too_long(ctx, exc);
        return -1;
      }
      t->p = p;
      t->cap *= 2;
    }
    ssize_t r = read(fd, t->p + t->len, t->cap - t->len - 1);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      int err = -errno;
      close(fd);
      text_free(t);
      js_throw_uv(ctx, exc, err, "read", NULL, NULL);
      return -1;
    }
    if (r == 0) break;
    t->len += (size_t)r;
  }
  close(fd);
  t->p[t->len] = 0;
  if (!lode_utf8_valid((const unsigned char *)t->p, t->len)) {
    /* rare: decode with replacement characters, then encode again */
    uint16_t *u = malloc((t->len ? t->len : 1) * sizeof *u);
    text_t fixed;
    if (u == NULL || text_alloc(&fixed, t->len * 3 + 1) != 0) {
      free(u);
      text_free(t);
      js_throw(ctx, exc, "RangeError", NULL, "out of memory");
      return -1;
    }
    size_t n = lode_utf8_to_utf16((const unsigned char *)t->p, t->len, u);
    fixed.len = lode_utf16_to_utf8(u, n, (unsigned char *)fixed.p, fixed.cap - 1, NULL);
    fixed.p[fixed.len] = 0;
    free(u);
    text_free(t);
    *t = fixed;
  }
  return 0;
}

/* The module's code as a JS string (an 8-bit engine string for ASCII,
 * which is also what JSC's own parser reads fastest). */
static JSValueRef code_string(JSContextRef ctx, const char *s, size_t len) {
  return js_strn(ctx, s, len);
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

/* The record of a module's source (see the contract), or NULL with *exc. */
static JSObjectRef module_record(JSContextRef ctx, const text_t *src, int flags, JSValueRef filename,
                                 JSValueRef *exc) {
  lode_esm_module m;
  if (lode_esm_parse_module_ex(src->p, src->len, flags, &m) != 0) {
    syntax_error(ctx, exc, m.error_message, m.error_line, m.error_column, filename);
    lode_esm_module_free(&m);
    return NULL;
  }
  JSObjectRef rec = JSObjectMake(ctx, NULL, NULL);
  JSValueRef code = code_string(ctx, m.code, m.code_len);
  if (code == NULL) {
    lode_esm_module_free(&m);
    js_throw_string_too_long(ctx, exc);
    return NULL;
  }
  js_set(ctx, rec, "code", code);
  if (flags & LODE_ESM_PLAIN) {
    js_set(ctx, rec, "plain", JSValueMakeBoolean(ctx, true));
    /* in UTF-16 units, as JS indexes the code */
    js_set_num(ctx, rec, "yieldAt", (double)lode_utf8_utf16_length((const unsigned char *)m.code, m.yield_at));
  }
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
  return rec;
}

/* parseModule(source, filename) */
static LODE_FN(parse_module) {
  LODE_UNUSED_FN_ARGS;
  text_t src;
  if (text_of(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), &src, exc) != 0) return NULL;
  JSObjectRef rec = module_record(ctx, &src, 0, argc > 1 ? argv[1] : NULL, exc);
  text_free(&src);
  return rec;
}

/* parseModuleFile(path, url): parseModule of the file's text, read here
 * (no source string is made), with the code in the plain form (record
 * fields `plain` and `yieldAt`) and `line1`, the length of the source's
 * first line in UTF-16 units. */
static LODE_FN(parse_module_file) {
  LODE_UNUSED_FN_ARGS;
  char *path = js_cstr(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), exc);
  if (path == NULL) return NULL;
  text_t src;
  int rc = text_of_file(ctx, path, &src, exc);
  free(path);
  if (rc != 0) return NULL;
  bool huge = lode_huge_pages_begin((double)src.len); /* JSC's copy of the code */
  JSObjectRef rec = module_record(ctx, &src, LODE_ESM_PLAIN, argc > 1 ? argv[1] : NULL, exc);
  if (huge) lode_huge_pages_end();
  if (rec != NULL) {
    const char *nl = memchr(src.p, '\n', src.len);
    size_t line1 = nl != NULL ? (size_t)(nl - src.p) : src.len;
    js_set_num(ctx, rec, "line1", (double)lode_utf8_utf16_length((const unsigned char *)src.p, line1));
  }
  text_free(&src);
  return rec;
}

/* parseScript(source, filename) */
static LODE_FN(parse_script) {
  LODE_UNUSED_FN_ARGS;
  text_t src;
  if (text_of(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), &src, exc) != 0) return NULL;
  char *out;
  size_t out_len;
  lode_esm_error err;
  JSValueRef r;
  if (lode_esm_parse_script(src.p, src.len, &out, &out_len, &err) != 0) {
    r = syntax_error(ctx, exc, err.message, err.line, err.column, argc > 1 ? argv[1] : NULL);
  } else if (out == NULL) {
    r = JSValueMakeNull(ctx);
  } else {
    r = code_string(ctx, out, out_len);
    if (r == NULL) r = js_throw_string_too_long(ctx, exc);
  }
  free(out);
  text_free(&src);
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
  text_t src;
  if (text_of(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), &src, exc) != 0) return NULL;
  lode_cjs_exports e;
  int rc = lode_cjs_exports_parse(src.p, src.len, &e);
  text_free(&src);
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
  text_t src;
  if (text_of(ctx, argc > 0 ? argv[0] : JSValueMakeUndefined(ctx), &src, exc) != 0) return NULL;
  int is_module = lode_esm_detect_module(src.p, src.len);
  text_free(&src);
  return JSValueMakeBoolean(ctx, is_module);
}

JSObjectRef lode_binding_esm(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "parseModule", parse_module);
  js_set_fn(ctx, b, "parseModuleFile", parse_module_file);
  js_set_fn(ctx, b, "parseScript", parse_script);
  js_set_fn(ctx, b, "cjsExports", cjs_exports);
  js_set_fn(ctx, b, "detectModule", detect_module);
  return b;
}
