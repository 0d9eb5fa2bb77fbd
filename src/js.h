/* Small helpers over the JavaScriptCore C API: strings, properties, errors. */
#ifndef LODE_JS_H
#define LODE_JS_H

#include <JavaScriptCore/JavaScript.h>
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>

/* Aborts on a broken invariant of lode itself, never on user input. */
#define CHECK(cond)                                                           \
  do {                                                                        \
    if (!(cond)) {                                                            \
      fprintf(stderr, "lode: %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__,  \
              #cond);                                                         \
      abort();                                                                \
    }                                                                         \
  } while (0)

/* JSC::JSLockHolder (one RefPtr<VM>), constructed and destroyed through
 * libjavascriptcoregtk's exported C++ symbols; a JSContextRef is the
 * JSGlobalObject. */
typedef struct { void *opaque[2]; } js_lock_holder;
void js_lock_holder_init(js_lock_holder *h, JSContextRef ctx)
    __asm__("_ZN3JSC12JSLockHolderC1EPNS_14JSGlobalObjectE");
void js_lock_holder_release(js_lock_holder *h) __asm__("_ZN3JSC12JSLockHolderD1Ev");

/* A host function. JSC drops every lock around a native call, so each C API
 * call inside would take and release the engine's lock the slow way; the
 * function body runs with the lock held instead (API calls then only count
 * recursion). Use as `static LODE_FN(name) { ... }`. */
#define LODE_FN(name)                                                         \
  JSValueRef name##_locked(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, \
                           size_t argc, const JSValueRef argv[], JSValueRef *exc); \
  static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self,   \
                         size_t argc, const JSValueRef argv[], JSValueRef *exc) { \
    js_lock_holder lock_;                                                     \
    js_lock_holder_init(&lock_, ctx);                                         \
    JSValueRef r_ = name##_locked(ctx, fn, self, argc, argv, exc);            \
    js_lock_holder_release(&lock_);                                           \
    return r_;                                                                \
  }                                                                           \
  static JSValueRef name##_locked(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, \
                                  size_t argc, const JSValueRef argv[], JSValueRef *exc)
#define LODE_UNUSED_FN_ARGS (void)ctx; (void)fn; (void)self; (void)argc; (void)argv; (void)exc

/* Exported by libjavascriptcoregtk but missing from its headers. */
void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx,
                                                  JSObjectRef function,
                                                  JSValueRef *exception);
void JSConfigureSignalForGC(int signal);

JSValueRef js_str(JSContextRef ctx, const char *s);
/* JSValueMakeString(ctx, s), with the characters' memory counted toward
 * the collector's next run when JSC would not count it (see js.c).
 * unit: bytes per character of the engine string (1 for ASCII made
 * through JSStringCreateWithUTF8CString, else 2). */
JSValueRef js_make_string(JSContextRef ctx, JSStringRef s, size_t unit);
/* A string from UTF-8 bytes (see lode_utf8_string): NULL when too long. */
JSValueRef js_strn(JSContextRef ctx, const char *s, size_t len);
/* Returns a malloc'd UTF-8 copy of the value as a string (NULL on exception). */
char *js_cstr(JSContextRef ctx, JSValueRef v, JSValueRef *exc);
JSValueRef js_get(JSContextRef ctx, JSObjectRef obj, const char *name);
void js_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef v);
void js_set_fn(JSContextRef ctx, JSObjectRef obj, const char *name,
               JSObjectCallAsFunctionCallback cb);
void js_set_num(JSContextRef ctx, JSObjectRef obj, const char *name, double n);
void js_set_str(JSContextRef ctx, JSObjectRef obj, const char *name, const char *s);
/* Sets *exc to a new error of the given constructor ("TypeError", ...). */
JSValueRef js_throw(JSContextRef ctx, JSValueRef *exc, const char *ctor,
                    const char *code, const char *msg);
/* Sets *exc to a Node-shaped system error: `CODE: message, syscall 'path'`. */
JSValueRef js_throw_uv(JSContextRef ctx, JSValueRef *exc, int err,
                       const char *syscall, const char *path, const char *dest);
/* Sets *exc to Node's ERR_STRING_TOO_LONG RangeError. */
/* Node's longest string (kStringMaxLength), in UTF-16 units. */
#define LODE_STRING_MAX_LENGTH 536870888u
JSValueRef js_throw_string_too_long(JSContextRef ctx, JSValueRef *exc);
/* An ArrayBuffer that takes ownership of `bytes` (from malloc; freed by the
 * collector), its size reported to the collector so that buffers made this
 * way are collected in time. On failure `bytes` is freed and NULL returned. */
JSObjectRef js_array_buffer_adopt(JSContextRef ctx, void *bytes, size_t len, JSValueRef *exc);

/* Exported by libjavascriptcoregtk (JSBasePrivate.h), missing from its
 * public headers. */
void JSReportExtraMemoryCost(JSContextRef ctx, size_t size);

/* The bytes of a typed array view v, its byteOffset applied (JSC's pointer
 * is to the whole backing store); NULL/0 when detached. -1 with an
 * ERR_INVALID_ARG_TYPE TypeError in *exc when v is not a typed array. */
int js_view_bytes(JSContextRef ctx, JSValueRef v, unsigned char **p, size_t *len,
                  JSValueRef *exc);
double js_num(JSContextRef ctx, JSValueRef v);
/* setCallbacks({name: fn, ...}) of a binding: every one of the n `names`
 * of the object `arg` must be a function; they replace (protected) the n
 * entries of `slots`. NULL with a TypeError in *exc otherwise, slots left
 * as they were. */
JSValueRef js_take_callbacks(JSContextRef ctx, JSValueRef arg, const char *const names[], JSObjectRef slots[],
                             int n, JSValueRef *exc);
int js_arg_int(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
               int dflt);

#endif
