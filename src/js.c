#include "js.h"
#include "runtime.h"

#include <string.h>
#include <uv.h>

/* ---- memory the collector does not see ----
 * JSC counts a string's characters toward its next collection only from
 * 256 bytes up (below that, only the 16-byte cell). A loop making short
 * strings from C (hex digests, header values, small buffers' text) grows
 * the malloc heap by tens of MB between young collections, all of it in
 * fresh pages (~16 us each on a VM): 1M 98-character strings touched
 * ~90 MB. Their bytes are summed here and, every 256 KB, reported through
 * the public API's one way to report outside memory: an ArrayBuffer over
 * memory JSC does not own, which it counts at its length. The region is
 * static and never touched, so it costs no memory. */
#define HIDDEN_REPORT_AT ((size_t)256 * 1024)
#define SMALL_STRING_COST 256 /* JSC's own threshold (minExtraMemory) */
static unsigned char hidden_pressure[HIDDEN_REPORT_AT];
static size_t hidden_bytes;

static void keep_static(void *bytes, void *unused) {
  (void)bytes;
  (void)unused;
}

static void note_hidden_bytes(JSContextRef ctx, size_t n) {
  hidden_bytes += n;
  if (hidden_bytes < HIDDEN_REPORT_AT) return;
  hidden_bytes = 0;
  /* Unreferenced: collected at the next run, its count with it. */
  (void)JSObjectMakeArrayBufferWithBytesNoCopy(ctx, hidden_pressure, HIDDEN_REPORT_AT, keep_static, NULL, NULL);
}

JSValueRef js_make_string(JSContextRef ctx, JSStringRef s, size_t unit) {
  JSValueRef v = JSValueMakeString(ctx, s);
  size_t cost = JSStringGetLength(s) * unit;
  /* 32: about a StringImpl's header with malloc's rounding. */
  if (cost < SMALL_STRING_COST) note_hidden_bytes(ctx, cost + 32);
  return v;
}

JSValueRef js_str(JSContextRef ctx, const char *s) {
  JSStringRef js = JSStringCreateWithUTF8CString(s);
  JSValueRef v = js_make_string(ctx, js, 1); /* mostly ASCII: 8-bit */
  JSStringRelease(js);
  return v;
}

JSValueRef js_strn(JSContextRef ctx, const char *s, size_t len) {
  return lode_utf8_string(ctx, (const unsigned char *)s, len);
}

char *js_cstr(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (s == NULL) return NULL;
  size_t max = JSStringGetMaximumUTF8CStringSize(s);
  char *buf = malloc(max);
  CHECK(buf != NULL);
  JSStringGetUTF8CString(s, buf, max);
  JSStringRelease(s);
  return buf;
}

JSValueRef js_get(JSContextRef ctx, JSObjectRef obj, const char *name) {
  JSStringRef js = JSStringCreateWithUTF8CString(name);
  JSValueRef v = JSObjectGetProperty(ctx, obj, js, NULL);
  JSStringRelease(js);
  return v;
}

void js_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v) {
  JSStringRef js = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, js, v, kJSPropertyAttributeNone, NULL);
  JSStringRelease(js);
}

void js_set_fn(JSContextRef ctx, JSObjectRef obj, const char *name,
               JSObjectCallAsFunctionCallback cb) {
  JSStringRef js = JSStringCreateWithUTF8CString(name);
  JSObjectRef f = JSObjectMakeFunctionWithCallback(ctx, js, cb);
  JSObjectSetProperty(ctx, obj, js, f, kJSPropertyAttributeNone, NULL);
  JSStringRelease(js);
}

void js_set_num(JSContextRef ctx, JSObjectRef obj, const char *name, double n) {
  js_set(ctx, obj, name, JSValueMakeNumber(ctx, n));
}

void js_set_str(JSContextRef ctx, JSObjectRef obj, const char *name, const char *s) {
  js_set(ctx, obj, name, js_str(ctx, s));
}

JSValueRef js_throw_string_too_long(JSContextRef ctx, JSValueRef *exc) {
  /* An Error, not a RangeError, in node 20. */
  return js_throw(ctx, exc, "Error", "ERR_STRING_TOO_LONG",
                  "Cannot create a string longer than 0x1fffffe8 characters");
}

double js_num(JSContextRef ctx, JSValueRef v) {
  return JSValueToNumber(ctx, v, NULL);
}

int js_arg_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
               int dflt) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i])) return dflt;
  return (int)JSValueToNumber(ctx, argv[i], NULL);
}

JSValueRef js_throw(JSContextRef ctx, JSValueRef *exc, const char *ctor,
                    const char *code, const char *msg) {
  JSObjectRef global = JSContextGetGlobalObject(ctx);
  JSValueRef c = js_get(ctx, global, ctor);
  JSValueRef m = js_str(ctx, msg);
  JSObjectRef err = JSObjectCallAsConstructor(ctx, (JSObjectRef)c, 1, &m, NULL);
  if (err != NULL && code != NULL) js_set_str(ctx, err, "code", code);
  *exc = err;
  return JSValueMakeUndefined(ctx);
}

JSValueRef js_throw_uv(JSContextRef ctx, JSValueRef *exc, int err,
                       const char *syscall, const char *path, const char *dest) {
  size_t n = strlen(syscall) + (path ? strlen(path) : 0) +
             (dest ? strlen(dest) : 0) + 128;
  char *msg = malloc(n);
  CHECK(msg != NULL);
  int off = snprintf(msg, n, "%s: %s, %s", uv_err_name(err), uv_strerror(err), syscall);
  if (path) off += snprintf(msg + off, n - off, " '%s'", path);
  if (dest) snprintf(msg + off, n - off, " -> '%s'", dest);
  js_throw(ctx, exc, "Error", NULL, msg);
  free(msg);
  JSObjectRef e = (JSObjectRef)*exc;
  if (e != NULL) {
    js_set_num(ctx, e, "errno", err);
    js_set_str(ctx, e, "code", uv_err_name(err));
    js_set_str(ctx, e, "syscall", syscall);
    if (path) js_set_str(ctx, e, "path", path);
    if (dest) js_set_str(ctx, e, "dest", dest);
  }
  return JSValueMakeUndefined(ctx);
}

/* Bytes of a typed array view (its byteOffset applied: the JSC call returns
 * the start of the whole backing store). JSObjectGetTypedArrayBytesPtr
 * answers NULL for an object that is not a typed array, and for a detached
 * one. */
int js_view_bytes(JSContextRef ctx, JSValueRef v, unsigned char **p, size_t *len,
                  JSValueRef *exc) {
  unsigned char *base = NULL;
  if (v != NULL && JSValueIsObject(ctx, v)) base = JSObjectGetTypedArrayBytesPtr(ctx, (JSObjectRef)v, exc);
  if (base == NULL) {
    if (v == NULL || !JSValueIsObject(ctx, v) ||
        JSValueGetTypedArrayType(ctx, v, NULL) == kJSTypedArrayTypeNone) {
      js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
      return -1;
    }
    *p = NULL;
    *len = 0;
    return 0;
  }
  JSObjectRef o = (JSObjectRef)v;
  *len = JSObjectGetTypedArrayByteLength(ctx, o, exc);
  *p = base + JSObjectGetTypedArrayByteOffset(ctx, o, exc);
  return 0;
}

static void free_adopted(void *bytes, void *unused) {
  (void)unused;
  free(bytes);
}

JSObjectRef js_array_buffer_adopt(JSContextRef ctx, void *bytes, size_t len, JSValueRef *exc) {
  JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, len, free_adopted, NULL, exc);
  if (ab == NULL) {
    free(bytes);
    return NULL;
  }
  return ab;
}

JSValueRef js_take_callbacks(JSContextRef ctx, JSValueRef arg, const char *const names[], JSObjectRef slots[],
                             int n, JSValueRef *exc) {
  if (arg == NULL || !JSValueIsObject(ctx, arg)) return js_throw(ctx, exc, "TypeError", NULL, "setCallbacks(object)");
  for (int i = 0; i < n; i++) {
    JSValueRef f = js_get(ctx, (JSObjectRef)arg, names[i]);
    if (!JSValueIsObject(ctx, f) || !JSObjectIsFunction(ctx, (JSObjectRef)f))
      return js_throw(ctx, exc, "TypeError", NULL, "setCallbacks: every callback must be a function");
  }
  for (int i = 0; i < n; i++) {
    if (slots[i] != NULL) JSValueUnprotect(ctx, slots[i]);
    slots[i] = (JSObjectRef)js_get(ctx, (JSObjectRef)arg, names[i]);
    JSValueProtect(ctx, slots[i]);
  }
  return JSValueMakeUndefined(ctx);
}
