/* fs_dir: fs.Dir (opendir) through libuv's opendir/readdir/closedir, so
 * entries come in the directory's own order, a batch at a time, as in node.
 *
 * open(path, cb?) → handle; read(handle, count, cb?) → [names, types] (the
 * listing format of fs.c) or null at the end; close(handle, cb?). Without a
 * callback a call runs now and throws on failure; with one it runs on the
 * thread pool and answers cb(err, value). JS keeps one operation at a time
 * per handle. A handle collected while open is closed by its finalizer. */
#include "runtime.h"

typedef struct {
  uv_dir_t *dir;     /* NULL once closed (or handed to a closing job) */
  uv_dirent_t *ents; /* the buffer libuv fills, cap entries */
  size_t cap;
  int busy;          /* a thread-pool job is using dir */
} dir_handle;

typedef struct {
  uv_fs_t req;
  JSObjectRef cb;    /* protected until the callback ran */
  JSObjectRef owner; /* the handle object (protected), NULL for open */
  dir_handle *h;
  char *path;        /* open: for the error */
} dir_job;

static void handle_finalize(JSObjectRef obj) {
  dir_handle *h = JSObjectGetPrivate(obj);
  if (h == NULL || h->busy) return; /* busy only when the runtime is torn down mid-job */
  if (h->dir != NULL) {
    uv_fs_t r;
    (void)uv_fs_closedir(NULL, &r, h->dir, NULL); /* nothing to report to */
    uv_fs_req_cleanup(&r);
  }
  free(h->ents);
  free(h);
}

static JSClassRef handle_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "DirHandle";
    def.finalize = handle_finalize;
    cls = JSClassCreate(&def);
  }
  return cls;
}

static JSObjectRef make_handle(JSContextRef ctx, uv_dir_t *dir) {
  dir_handle *h = calloc(1, sizeof(*h));
  CHECK(h != NULL);
  h->dir = dir;
  return JSObjectMake(ctx, handle_class(), h);
}

/* The open handle in argv[0], or NULL with *exc set. */
static dir_handle *handle_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc) {
  dir_handle *h = NULL;
  if (argc > 0 && JSValueIsObjectOfClass(ctx, argv[0], handle_class()))
    h = JSObjectGetPrivate((JSObjectRef)argv[0]);
  if (h == NULL || h->dir == NULL) {
    js_throw(ctx, exc, "Error", "ERR_DIR_CLOSED", "Directory handle was closed");
    return NULL;
  }
  if (h->busy) {
    js_throw(ctx, exc, "Error", "ERR_DIR_CONCURRENT_OPERATION",
             "Cannot do synchronous work on directory handle with concurrent asynchronous operations");
    return NULL;
  }
  return h;
}

/* argv[i] when it is a function, else NULL (run now). */
static JSObjectRef callback_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i < argc && JSValueIsObject(ctx, argv[i]) && JSObjectIsFunction(ctx, (JSObjectRef)argv[i]))
    return (JSObjectRef)argv[i];
  return NULL;
}

static dir_job *job_new(JSContextRef ctx, JSObjectRef cb, JSObjectRef owner, dir_handle *h) {
  dir_job *j = calloc(1, sizeof(*j));
  CHECK(j != NULL);
  j->cb = cb;
  JSValueProtect(ctx, cb);
  if (owner != NULL) {
    j->owner = owner;
    JSValueProtect(ctx, owner);
  }
  j->h = h;
  return j;
}

static void job_free(JSContextRef ctx, dir_job *j) {
  uv_fs_req_cleanup(&j->req);
  JSValueUnprotect(ctx, j->cb);
  if (j->owner != NULL) JSValueUnprotect(ctx, j->owner);
  free(j->path);
  free(j);
}

/* The value of a finished call, or NULL with *err set. */
static JSValueRef job_result(JSContextRef ctx, uv_fs_t *req, const char *path, JSValueRef *err) {
  ssize_t r = req->result;
  if (r < 0) {
    const char *syscall = req->fs_type == UV_FS_OPENDIR ? "opendir"
                          : req->fs_type == UV_FS_READDIR ? "scandir" : "closedir";
    js_throw_uv(ctx, err, (int)r, syscall, path, NULL);
    return NULL;
  }
  switch (req->fs_type) {
    case UV_FS_OPENDIR: return make_handle(ctx, req->ptr);
    case UV_FS_READDIR: return r == 0 ? JSValueMakeNull(ctx) : lode_fs_listing(ctx, req);
    default: return JSValueMakeUndefined(ctx);
  }
}

static void after_job(uv_fs_t *req) {
  dir_job *j = (dir_job *)req;
  JSContextRef ctx = lode_rt->ctx;
  if (j->h != NULL) j->h->busy = 0;
  JSValueRef err = NULL;
  JSValueRef value = job_result(ctx, req, j->path, &err);
  JSValueRef args[2] = {err != NULL ? err : JSValueMakeNull(ctx),
                        value != NULL ? value : JSValueMakeUndefined(ctx)};
  JSObjectRef cb = j->cb;
  JSValueProtect(ctx, cb);
  job_free(ctx, j);
  lode_call(cb, NULL, 2, args);
  JSValueUnprotect(ctx, cb);
}

/* A job on a handle handed to the thread pool (r: libuv's answer): the
 * handle is busy until it is back, or the job is dropped with the error. */
static JSValueRef queued(JSContextRef ctx, dir_job *j, int r, const char *syscall, JSValueRef *exc) {
  if (r < 0) {
    js_throw_uv(ctx, exc, r, syscall, NULL, NULL);
    job_free(ctx, j);
    return NULL;
  }
  j->h->busy = 1;
  return JSValueMakeUndefined(ctx);
}

/* A synchronous call's answer (node's synchronous opendir error names no
 * path), the request cleaned up. */
static JSValueRef sync_result(JSContextRef ctx, uv_fs_t *req, JSValueRef *exc) {
  JSValueRef v = job_result(ctx, req, NULL, exc);
  uv_fs_req_cleanup(req);
  return v;
}

static LODE_FN(dir_open) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "open(path, cb?)");
  char *path = js_cstr(ctx, argv[0], exc);
  if (path == NULL) return NULL;
  JSObjectRef cb = callback_arg(ctx, argc, argv, 1);
  if (cb == NULL) {
    uv_fs_t req;
    (void)uv_fs_opendir(NULL, &req, path, NULL); /* the answer is in req.result */
    free(path);
    return sync_result(ctx, &req, exc);
  }
  dir_job *j = job_new(ctx, cb, NULL, NULL);
  j->path = path;
  int r = uv_fs_opendir(lode_rt->loop, &j->req, path, after_job);
  if (r < 0) {
    js_throw_uv(ctx, exc, r, "opendir", path, NULL);
    job_free(ctx, j);
    return NULL;
  }
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(dir_read) {
  LODE_UNUSED_FN_ARGS;
  dir_handle *h = handle_arg(ctx, argc, argv, exc);
  if (h == NULL) return NULL;
  double want = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? js_num(ctx, argv[1]) : 32;
  size_t n = want >= 1 && want <= 4096 ? (size_t)want : want > 4096 ? 4096 : 32;
  if (n > h->cap) {
    uv_dirent_t *grown = realloc(h->ents, n * sizeof(*grown));
    CHECK(grown != NULL);
    h->ents = grown;
    h->cap = n;
  }
  h->dir->dirents = h->ents;
  h->dir->nentries = n;
  JSObjectRef cb = callback_arg(ctx, argc, argv, 2);
  if (cb == NULL) {
    uv_fs_t req;
    (void)uv_fs_readdir(NULL, &req, h->dir, NULL);
    return sync_result(ctx, &req, exc);
  }
  dir_job *j = job_new(ctx, cb, (JSObjectRef)argv[0], h);
  return queued(ctx, j, uv_fs_readdir(lode_rt->loop, &j->req, h->dir, after_job), "scandir", exc);
}

static LODE_FN(dir_close) {
  LODE_UNUSED_FN_ARGS;
  dir_handle *h = handle_arg(ctx, argc, argv, exc);
  if (h == NULL) return NULL;
  uv_dir_t *dir = h->dir;
  h->dir = NULL; /* closedir frees it, whatever the outcome */
  JSObjectRef cb = callback_arg(ctx, argc, argv, 1);
  if (cb == NULL) {
    uv_fs_t req;
    (void)uv_fs_closedir(NULL, &req, dir, NULL);
    return sync_result(ctx, &req, exc);
  }
  dir_job *j = job_new(ctx, cb, (JSObjectRef)argv[0], h);
  return queued(ctx, j, uv_fs_closedir(lode_rt->loop, &j->req, dir, after_job), "closedir", exc);
}

JSObjectRef lode_binding_fs_dir(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "open", dir_open);
  js_set_fn(ctx, b, "read", dir_read);
  js_set_fn(ctx, b, "close", dir_close);
  return b;
}
