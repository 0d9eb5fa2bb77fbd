/* Stream handles: TCP, pipe and TTY handles share one C shape and one set
 * of stream operations (read, write, shutdown, close) in stream_wrap.c; the
 * kind-specific parts are in tcp_wrap.c, pipe_wrap.c and tty.c. */
#ifndef LODE_STREAM_WRAP_H
#define LODE_STREAM_WRAP_H

#include "runtime.h"

typedef struct lode_stream {
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_tcp_t tcp;
    uv_pipe_t pipe;
    uv_tty_t tty;
  } h;
  JSObjectRef obj; /* the JS handle object, protected until the close callback */
} lode_stream;

/* Callbacks JS registers once (stream_wrap.setCallbacks); each is called
 * with the handle object as `this`. */
enum {
  LODE_CB_ONREAD,       /* (arrayBuffer | errno) */
  LODE_CB_ONWRITE,      /* (req, status) */
  LODE_CB_ONSHUTDOWN,   /* (req, status) */
  LODE_CB_ONCONNECT,    /* (req, status) */
  LODE_CB_ONCONNECTION, /* (status, clientHandle | undefined) */
  LODE_CB_ONCLOSE,      /* () */
  LODE_CB_COUNT
};
JSObjectRef lode_stream_callback(int which);

/* A new handle object with its C struct (zeroed); the caller initialises
 * s->h, or calls lode_stream_discard when that fails. */
JSObjectRef lode_stream_new(JSContextRef ctx, lode_stream **out);
/* The live stream behind a handle object, or NULL (closed / not a handle). */
lode_stream *lode_stream_of(JSContextRef ctx, JSValueRef v);
/* Like lode_stream_of, but throws ERR_INVALID_ARG_TYPE when it is NULL. */
lode_stream *lode_stream_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                             JSValueRef *exc);
/* Calls callback `which` with the handle as `this`, through the door. */
void lode_stream_emit(lode_stream *s, int which, size_t argc, const JSValueRef argv[]);
/* Releases a handle whose uv init failed (no uv_close needed). */
void lode_stream_discard(lode_stream *s);
/* The close callback of every handle: onclose, then the struct is freed. */
void lode_stream_closed(uv_handle_t *h);
/* Closes a handle JS never saw (no onclose). */
void lode_stream_close_silently(lode_stream *s);

/* A request (connect, write, shutdown) that keeps its JS req object alive. */
typedef struct {
  union {
    uv_req_t req;
    uv_connect_t connect;
    uv_shutdown_t shutdown;
  } r;
  lode_stream *s;
  JSObjectRef js; /* protected */
} lode_stream_req;

/* A new UDP handle object (udp_wrap.c) that takes the descriptor pending on
 * the IPC pipe `server` (uv_accept), or NULL (the descriptor is then closed). */
JSObjectRef lode_udp_accept(JSContextRef ctx, uv_stream_t *server);

lode_stream_req *lode_stream_req_new(JSContextRef ctx, lode_stream *s, JSValueRef js);
/* Calls callback `which`(req, status) and frees the request. */
void lode_stream_req_done(lode_stream_req *r, int which, int status);

#endif
