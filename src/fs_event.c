/* fs_event: fs.watch through uv_fs_event (inotify). Each watcher is a C
 * struct with its JS callback; the struct is freed in the close callback. */
#include "runtime.h"

#include <string.h>

typedef struct {
  uv_fs_event_t handle;
  JSObjectRef onchange; /* protected while the handle lives */
} fs_watcher;

static void on_close(uv_handle_t *h) {
  fs_watcher *w = h->data;
  JSValueUnprotect(lode_rt->ctx, w->onchange);
  free(w);
}

static void on_event(uv_fs_event_t *h, const char *filename, int events, int status) {
  fs_watcher *w = h->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[2];
  if (status < 0) {
    args[0] = JSValueMakeNumber(ctx, status);
    args[1] = JSValueMakeNull(ctx);
  } else {
    args[0] = js_str(ctx, (events & UV_RENAME) ? "rename" : "change");
    JSValueRef name = filename ? js_strn(ctx, filename, strlen(filename)) : NULL;
    args[1] = name != NULL ? name : JSValueMakeNull(ctx);
  }
  lode_call(w->onchange, NULL, 2, args);
}

static JSClassRef watcher_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "FSEventHandle";
    cls = JSClassCreate(&def);
  }
  return cls;
}

/* start(path, recursive, onchange(eventOrErrno, filename)) → handle object,
 * or a negative errno. */
static LODE_FN(ev_start) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 3 || !JSValueIsObject(ctx, argv[2]) || !JSObjectIsFunction(ctx, (JSObjectRef)argv[2]))
    return js_throw(ctx, exc, "TypeError", NULL, "start(path, recursive, onchange)");
  char *path = js_cstr(ctx, argv[0], exc);
  if (path == NULL) return NULL;
  fs_watcher *w = calloc(1, sizeof(*w));
  CHECK(w != NULL);
  int err = uv_fs_event_init(lode_rt->loop, &w->handle);
  if (err == 0) {
    w->handle.data = w;
    unsigned flags = JSValueToBoolean(ctx, argv[1]) ? UV_FS_EVENT_RECURSIVE : 0;
    err = uv_fs_event_start(&w->handle, on_event, path, flags);
    if (err != 0) {
      w->onchange = (JSObjectRef)argv[2];
      JSValueProtect(ctx, w->onchange);
      uv_close((uv_handle_t *)&w->handle, on_close);
    }
  } else {
    free(w);
  }
  free(path);
  if (err != 0) return JSValueMakeNumber(ctx, err);
  w->onchange = (JSObjectRef)argv[2];
  JSValueProtect(ctx, w->onchange);
  return JSObjectMake(ctx, watcher_class(), w);
}

static fs_watcher *watcher_of(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  if (argc < 1 || !JSValueIsObjectOfClass(ctx, argv[0], watcher_class())) return NULL;
  return JSObjectGetPrivate((JSObjectRef)argv[0]);
}

/* close(handle): stops and frees the watcher (once). */
static LODE_FN(ev_close) {
  LODE_UNUSED_FN_ARGS;
  fs_watcher *w = watcher_of(ctx, argc, argv);
  if (w != NULL) {
    JSObjectSetPrivate((JSObjectRef)argv[0], NULL);
    uv_close((uv_handle_t *)&w->handle, on_close);
  }
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(ev_ref) {
  LODE_UNUSED_FN_ARGS;
  fs_watcher *w = watcher_of(ctx, argc, argv);
  if (w != NULL) {
    if (argc > 1 && JSValueToBoolean(ctx, argv[1])) uv_ref((uv_handle_t *)&w->handle);
    else uv_unref((uv_handle_t *)&w->handle);
  }
  return JSValueMakeUndefined(ctx);
}

JSObjectRef lode_binding_fs_event(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "start", ev_start);
  js_set_fn(ctx, b, "close", ev_close);
  js_set_fn(ctx, b, "setRef", ev_ref);
  return b;
}
