/* pipe_wrap: pipe handles (uv_pipe_t): Unix domain sockets for node:net and
 * the pipes process.stdin/stdout/stderr may be. Reading, writing, listening
 * and closing are stream_wrap's. */
#include "stream_wrap.h"

#include <string.h>

/* create(ipc) → handle, or an errno */
static LODE_FN(pipe_create) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s;
  JSObjectRef obj = lode_stream_new(ctx, &s);
  int err = uv_pipe_init(lode_rt->loop, &s->h.pipe, argc > 0 && JSValueToBoolean(ctx, argv[0]));
  if (err != 0) {
    lode_stream_discard(s);
    return JSValueMakeNumber(ctx, err);
  }
  s->h.handle.data = s;
  return obj;
}

/* open(handle, fd) → 0 or errno */
static LODE_FN(pipe_open) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_pipe_open(&s->h.pipe, js_arg_int(ctx, argc, argv, 1, -1)));
}

/* bind(handle, path) → 0 or errno */
static LODE_FN(pipe_bind) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  char *path = argc > 1 ? js_cstr(ctx, argv[1], exc) : NULL;
  if (path == NULL) return NULL;
  int err = uv_pipe_bind(&s->h.pipe, path);
  free(path);
  return JSValueMakeNumber(ctx, err);
}

static void after_connect(uv_connect_t *req, int status) {
  lode_stream_req_done(req->data, LODE_CB_ONCONNECT, status);
}

/* connect(handle, req, path): onconnect(req, status) follows. */
static LODE_FN(pipe_connect) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  char *path = argc > 2 ? js_cstr(ctx, argv[2], exc) : NULL;
  if (path == NULL) return NULL;
  lode_stream_req *r = lode_stream_req_new(ctx, s, argv[1]);
  uv_pipe_connect(&r->r.connect, &s->h.pipe, path, after_connect);
  free(path);
  return JSValueMakeNumber(ctx, 0);
}

/* getsockname(handle) / getpeername(handle) → path string, or errno */
static JSValueRef pipe_name(JSContextRef ctx, lode_stream *s, int peer) {
  char buf[1024];
  size_t len = sizeof buf;
  int err = peer ? uv_pipe_getpeername(&s->h.pipe, buf, &len)
                 : uv_pipe_getsockname(&s->h.pipe, buf, &len);
  if (err != 0) return JSValueMakeNumber(ctx, err);
  JSValueRef v = js_strn(ctx, buf, len);
  return v != NULL ? v : JSValueMakeNumber(ctx, UV_ENOMEM);
}

static LODE_FN(pipe_getsockname) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  return s == NULL ? NULL : pipe_name(ctx, s, 0);
}

static LODE_FN(pipe_getpeername) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  return s == NULL ? NULL : pipe_name(ctx, s, 1);
}

/* chmod(handle, mode) → 0 or errno (1: readable, 2: writable by all) */
static LODE_FN(pipe_chmod) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_pipe_chmod(&s->h.pipe, js_arg_int(ctx, argc, argv, 1, 0)));
}

JSObjectRef lode_binding_pipe_wrap(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "create", pipe_create);
  js_set_fn(ctx, b, "open", pipe_open);
  js_set_fn(ctx, b, "bind", pipe_bind);
  js_set_fn(ctx, b, "connect", pipe_connect);
  js_set_fn(ctx, b, "getsockname", pipe_getsockname);
  js_set_fn(ctx, b, "getpeername", pipe_getpeername);
  js_set_fn(ctx, b, "chmod", pipe_chmod);
  return b;
}
