/* fs_poll: fs.watchFile through uv_fs_poll (stat polling). Each poller is a
 * C struct with its JS callback, freed in the close callback. */
#include "runtime.h"

typedef struct {
  uv_fs_poll_t handle;
  JSObjectRef onchange; /* protected while the handle lives */
  int bigint;           /* stats as BigInts (watchFile's { bigint: true }) */
} fs_poller;

static void on_close(uv_handle_t *h) {
  fs_poller *p = h->data;
  JSValueUnprotect(lode_rt->ctx, p->onchange);
  free(p);
}

/* A stat as [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
 * atimeMs, mtimeMs, ctimeMs, birthtimeMs], all zero when there is none. */
static JSValueRef stat_array(JSContextRef ctx, const uv_stat_t *st) {
  const double v[14] = {
      (double)st->st_dev, (double)st->st_mode, (double)st->st_nlink, (double)st->st_uid,
      (double)st->st_gid, (double)st->st_rdev, (double)st->st_blksize, (double)st->st_ino,
      (double)st->st_size, (double)st->st_blocks,
      st->st_atim.tv_sec * 1e3 + st->st_atim.tv_nsec / 1e6,
      st->st_mtim.tv_sec * 1e3 + st->st_mtim.tv_nsec / 1e6,
      st->st_ctim.tv_sec * 1e3 + st->st_ctim.tv_nsec / 1e6,
      st->st_birthtim.tv_sec * 1e3 + st->st_birthtim.tv_nsec / 1e6};
  JSValueRef vals[14];
  for (int i = 0; i < 14; i++) vals[i] = JSValueMakeNumber(ctx, v[i]);
  return JSObjectMakeArray(ctx, 14, vals, NULL);
}

/* The same stat exactly for BigIntStats: the ten integer fields, then
 * seconds and nanoseconds of atime, mtime, ctime and birthtime. */
static JSValueRef stat_array_big(JSContextRef ctx, const uv_stat_t *st) {
  const int64_t v[18] = {
      (int64_t)st->st_dev, (int64_t)st->st_mode, (int64_t)st->st_nlink, (int64_t)st->st_uid,
      (int64_t)st->st_gid, (int64_t)st->st_rdev, (int64_t)st->st_blksize, (int64_t)st->st_ino,
      (int64_t)st->st_size, (int64_t)st->st_blocks,
      (int64_t)st->st_atim.tv_sec, (int64_t)st->st_atim.tv_nsec,
      (int64_t)st->st_mtim.tv_sec, (int64_t)st->st_mtim.tv_nsec,
      (int64_t)st->st_ctim.tv_sec, (int64_t)st->st_ctim.tv_nsec,
      (int64_t)st->st_birthtim.tv_sec, (int64_t)st->st_birthtim.tv_nsec};
  JSValueRef vals[18];
  for (int i = 0; i < 18; i++) {
    vals[i] = JSBigIntCreateWithInt64(ctx, v[i], NULL);
    CHECK(vals[i] != NULL);
  }
  return JSObjectMakeArray(ctx, 18, vals, NULL);
}

static void on_poll(uv_fs_poll_t *h, int status, const uv_stat_t *prev, const uv_stat_t *curr) {
  fs_poller *p = h->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef (*make)(JSContextRef, const uv_stat_t *) = p->bigint ? stat_array_big : stat_array;
  JSValueRef args[3] = {JSValueMakeNumber(ctx, status), make(ctx, curr), make(ctx, prev)};
  lode_call(p->onchange, NULL, 3, args);
}

static JSClassRef poller_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "StatWatcherHandle";
    cls = JSClassCreate(&def);
  }
  return cls;
}

/* start(path, intervalMs, onchange(status, curr, prev), bigint) → handle,
 * or a negative errno. */
static LODE_FN(poll_start) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 3 || !JSValueIsObject(ctx, argv[2]) || !JSObjectIsFunction(ctx, (JSObjectRef)argv[2]))
    return js_throw(ctx, exc, "TypeError", NULL, "start(path, interval, onchange)");
  char *path = js_cstr(ctx, argv[0], exc);
  if (path == NULL) return NULL;
  double interval = js_num(ctx, argv[1]);
  if (!(interval >= 1)) interval = 1;
  fs_poller *p = calloc(1, sizeof(*p));
  CHECK(p != NULL);
  int err = uv_fs_poll_init(lode_rt->loop, &p->handle);
  if (err != 0) {
    free(p);
    free(path);
    return JSValueMakeNumber(ctx, err);
  }
  p->handle.data = p;
  p->onchange = (JSObjectRef)argv[2];
  p->bigint = argc > 3 && JSValueToBoolean(ctx, argv[3]);
  JSValueProtect(ctx, p->onchange);
  err = uv_fs_poll_start(&p->handle, on_poll, path, (unsigned)interval);
  free(path);
  if (err != 0) {
    uv_close((uv_handle_t *)&p->handle, on_close);
    return JSValueMakeNumber(ctx, err);
  }
  return JSObjectMake(ctx, poller_class(), p);
}

static fs_poller *poller_of(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  if (argc < 1 || !JSValueIsObjectOfClass(ctx, argv[0], poller_class())) return NULL;
  return JSObjectGetPrivate((JSObjectRef)argv[0]);
}

static LODE_FN(poll_close) {
  LODE_UNUSED_FN_ARGS;
  fs_poller *p = poller_of(ctx, argc, argv);
  if (p != NULL) {
    JSObjectSetPrivate((JSObjectRef)argv[0], NULL);
    uv_close((uv_handle_t *)&p->handle, on_close);
  }
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(poll_ref) {
  LODE_UNUSED_FN_ARGS;
  fs_poller *p = poller_of(ctx, argc, argv);
  if (p != NULL) {
    if (argc > 1 && JSValueToBoolean(ctx, argv[1])) uv_ref((uv_handle_t *)&p->handle);
    else uv_unref((uv_handle_t *)&p->handle);
  }
  return JSValueMakeUndefined(ctx);
}

JSObjectRef lode_binding_fs_poll(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "start", poll_start);
  js_set_fn(ctx, b, "close", poll_close);
  js_set_fn(ctx, b, "setRef", poll_ref);
  return b;
}
