/* stream_wrap: the operations every stream handle (TCP, pipe, TTY) shares.
 *
 * Reads hand each chunk to JS as an ArrayBuffer that owns its bytes (one
 * crossing per read). Writes try uv_try_write first, so a write the kernel
 * takes at once completes without a request or a second crossing; only the
 * rest is queued with uv_write, keeping the JS data alive (protected) until
 * libuv is done with it. */
#include "stream_wrap.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "utf8.h"

#define READ_SIZE 65536

static JSObjectRef callbacks[LODE_CB_COUNT];

JSObjectRef lode_stream_callback(int which) { return callbacks[which]; }

static void on_finalize(JSObjectRef obj) {
  /* The handle object is protected while its uv handle lives, so a
   * finalized object has no live stream left. */
  (void)obj;
}

static JSClassRef handle_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "StreamHandle";
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
  }
  return cls;
}

JSObjectRef lode_stream_new(JSContextRef ctx, lode_stream **out) {
  lode_stream *s = calloc(1, sizeof(*s));
  CHECK(s != NULL);
  s->obj = JSObjectMake(ctx, handle_class(), s);
  JSValueProtect(ctx, s->obj);
  s->h.handle.data = s;
  *out = s;
  return s->obj;
}

void lode_stream_discard(lode_stream *s) {
  JSObjectSetPrivate(s->obj, NULL);
  JSValueUnprotect(lode_rt->ctx, s->obj);
  free(s);
}

lode_stream *lode_stream_of(JSContextRef ctx, JSValueRef v) {
  if (v == NULL || !JSValueIsObjectOfClass(ctx, v, handle_class())) return NULL;
  return JSObjectGetPrivate((JSObjectRef)v);
}

lode_stream *lode_stream_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                             JSValueRef *exc) {
  lode_stream *s = argc > 0 ? lode_stream_of(ctx, argv[0]) : NULL;
  if (s == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "handle is closed or not a stream handle");
  return s;
}

void lode_stream_emit(lode_stream *s, int which, size_t argc, const JSValueRef argv[]) {
  JSObjectRef cb = callbacks[which];
  if (cb != NULL) lode_call(cb, s->obj, argc, argv);
}

lode_stream_req *lode_stream_req_new(JSContextRef ctx, lode_stream *s, JSValueRef js) {
  lode_stream_req *r = calloc(1, sizeof(*r));
  CHECK(r != NULL);
  r->s = s;
  r->js = JSValueIsObject(ctx, js) ? (JSObjectRef)js : JSObjectMake(ctx, NULL, NULL);
  JSValueProtect(ctx, r->js);
  r->r.req.data = r;
  return r;
}

void lode_stream_req_done(lode_stream_req *r, int which, int status) {
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[2] = {r->js, JSValueMakeNumber(ctx, status)};
  lode_stream_emit(r->s, which, 2, args);
  JSValueUnprotect(ctx, r->js);
  free(r);
}

/* ---- reading ---- */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h;
  (void)suggested;
  buf->base = malloc(READ_SIZE);
  buf->len = buf->base != NULL ? READ_SIZE : 0; /* 0: libuv reports UV_ENOBUFS */
}

static void free_handle(uv_handle_t *h) { free(h); }

/* One descriptor received on an IPC pipe, accepted into a new handle object
 * (kind "tcp", "pipe" or "udp"); null when it is of another kind or cannot
 * be taken (libuv then closes it). */
static JSValueRef accept_pending(JSContextRef ctx, lode_stream *s) {
  uv_handle_type type = uv_pipe_pending_type(&s->h.pipe);
  if (type == UV_UDP) {
    JSObjectRef u = lode_udp_accept(ctx, &s->h.stream);
    return u != NULL ? (JSValueRef)u : JSValueMakeNull(ctx);
  }
  if (type != UV_TCP && type != UV_NAMED_PIPE) {
    /* Taken and dropped, so that it does not hold up the ones behind it. */
    uv_pipe_t *tmp = malloc(sizeof(*tmp));
    CHECK(tmp != NULL);
    if (uv_pipe_init(lode_rt->loop, tmp, 0) != 0) {
      free(tmp);
      return JSValueMakeNull(ctx);
    }
    (void)uv_accept(&s->h.stream, (uv_stream_t *)tmp);
    uv_close((uv_handle_t *)tmp, free_handle);
    return JSValueMakeNull(ctx);
  }
  lode_stream *c;
  JSObjectRef obj = lode_stream_new(ctx, &c);
  int err = type == UV_TCP ? uv_tcp_init(lode_rt->loop, &c->h.tcp)
                           : uv_pipe_init(lode_rt->loop, &c->h.pipe, 0);
  if (err != 0) {
    lode_stream_discard(c);
    return JSValueMakeNull(ctx);
  }
  c->h.handle.data = c;
  if (uv_accept(&s->h.stream, &c->h.stream) != 0) {
    lode_stream_close_silently(c);
    return JSValueMakeNull(ctx);
  }
  js_set_str(ctx, obj, "kind", type == UV_TCP ? "tcp" : "pipe");
  return obj;
}

/* The handles that came with a read on an IPC pipe (SCM_RIGHTS), in order,
 * as an array; NULL when there are none. */
static JSValueRef take_pending(JSContextRef ctx, lode_stream *s) {
  if (s->h.handle.type != UV_NAMED_PIPE || !s->h.pipe.ipc) return NULL;
  int n = uv_pipe_pending_count(&s->h.pipe);
  if (n <= 0) return NULL;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  CHECK(arr != NULL);
  for (unsigned i = 0; n > 0; i++) {
    JSObjectSetPropertyAtIndex(ctx, arr, i, accept_pending(ctx, s), NULL);
    /* An accept consumes its descriptor even when it fails; one that did
     * not (a handle that could not even be initialised) ends the loop. */
    int left = uv_pipe_pending_count(&s->h.pipe);
    if (left >= n) break;
    n = left;
  }
  return arr;
}

static void on_read(uv_stream_t *stream, ssize_t n, const uv_buf_t *buf) {
  lode_stream *s = stream->data;
  JSContextRef ctx = lode_rt->ctx;
  if (n == 0) { /* EAGAIN: nothing read */
    free(buf->base);
    return;
  }
  JSValueRef arg;
  if (n > 0) {
    /* Give the unused tail back; the ArrayBuffer owns exactly n bytes. */
    char *bytes = realloc(buf->base, (size_t)n);
    if (bytes == NULL) bytes = buf->base;
    arg = js_array_buffer_adopt(ctx, bytes, (size_t)n, NULL);
    if (arg == NULL) arg = JSValueMakeNumber(ctx, UV_ENOMEM);
  } else {
    free(buf->base);
    arg = JSValueMakeNumber(ctx, (double)n);
  }
  JSValueRef args[2] = {arg, n > 0 ? take_pending(ctx, s) : NULL};
  lode_stream_emit(s, LODE_CB_ONREAD, args[1] != NULL ? 2 : 1, args);
}

/* readStart(handle) → 0 or errno */
static LODE_FN(sw_read_start) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_read_start(&s->h.stream, on_alloc, on_read));
}

/* readStop(handle) → 0 or errno */
static LODE_FN(sw_read_stop) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_read_stop(&s->h.stream));
}

/* ---- writing ---- */

typedef struct {
  uv_write_t req;
  lode_stream_req *base; /* for the JS req object and the callback */
  JSValueRef keep;       /* protected: the data libuv still points into */
  char *owned;           /* or bytes this request owns */
  uv_pipe_t *sent;       /* a handle passed with the bytes (IPC): closed after */
  uv_buf_t *bufs;        /* the remaining buffers (bufs_small or malloc'd) */
  uv_buf_t bufs_small[4];
} write_req;

static void after_write(uv_write_t *req, int status) {
  write_req *w = req->data;
  JSContextRef ctx = lode_rt->ctx;
  if (w->keep != NULL) JSValueUnprotect(ctx, w->keep);
  free(w->owned);
  if (w->sent != NULL) uv_close((uv_handle_t *)w->sent, free_handle);
  if (w->bufs != w->bufs_small) free(w->bufs);
  lode_stream_req *base = w->base;
  free(w);
  lode_stream_req_done(base, LODE_CB_ONWRITE, status);
}

/* Writes bufs[0..n): what the kernel takes now is written at once; the rest
 * is queued. Returns 0 (all written), 1 (queued: onwrite follows) or an
 * errno. `keep`/`owned` are what the buffers point into. `sent` (owned,
 * or NULL) is a handle whose descriptor goes with the first byte. */
static int write_bufs(JSContextRef ctx, lode_stream *s, JSValueRef jsreq, uv_buf_t *bufs,
                      size_t n, JSValueRef keep, char *owned, uv_pipe_t *sent) {
  size_t i = 0;
  /* Nothing may overtake data already queued. */
  if (s->h.stream.write_queue_size == 0) {
    int done = uv_try_write2(&s->h.stream, bufs, (unsigned)n, (uv_stream_t *)sent);
    if (done < 0 && done != UV_EAGAIN && done != UV_ENOSYS) {
      free(owned);
      if (sent != NULL) uv_close((uv_handle_t *)sent, free_handle);
      return done;
    }
    if (done > 0 && sent != NULL) {
      /* The descriptor went with the bytes written. */
      uv_close((uv_handle_t *)sent, free_handle);
      sent = NULL;
    }
    size_t left = done > 0 ? (size_t)done : 0;
    while (i < n && left >= bufs[i].len) left -= bufs[i++].len;
    if (i == n) {
      free(owned);
      CHECK(sent == NULL);
      return 0;
    }
    bufs[i].base += left;
    bufs[i].len -= left;
  }
  write_req *w = calloc(1, sizeof(*w));
  CHECK(w != NULL);
  size_t rest = n - i;
  w->bufs = rest <= 4 ? w->bufs_small : malloc(rest * sizeof(uv_buf_t));
  CHECK(w->bufs != NULL);
  memcpy(w->bufs, bufs + i, rest * sizeof(uv_buf_t));
  w->req.data = w;
  w->owned = owned;
  w->sent = sent;
  if (keep != NULL) {
    w->keep = keep;
    JSValueProtect(ctx, keep);
  }
  int err = uv_write2(&w->req, &s->h.stream, w->bufs, (unsigned)rest, (uv_stream_t *)sent, after_write);
  if (err != 0) {
    if (keep != NULL) JSValueUnprotect(ctx, keep);
    if (sent != NULL) uv_close((uv_handle_t *)sent, free_handle);
    free(owned);
    if (w->bufs != w->bufs_small) free(w->bufs);
    free(w);
    return err;
  }
  w->base = lode_stream_req_new(ctx, s, jsreq);
  return 1;
}

/* writeBuffer(handle, req, uint8array) → 0 | 1 | errno */
static LODE_FN(sw_write_buffer) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  unsigned char *p;
  size_t len;
  if (argc < 3 || js_view_bytes(ctx, argv[2], &p, &len, exc) != 0) return NULL;
  uv_buf_t b = uv_buf_init((char *)p, (unsigned)len);
  return JSValueMakeNumber(ctx, write_bufs(ctx, s, argv[1], &b, 1, argv[2], NULL, NULL));
}

/* The UTF-8 bytes of a JS string, malloc'd (*len of them); NULL with *err
 * set (an errno, or 1 when an exception is in *exc). */
static char *string_utf8(JSContextRef ctx, JSValueRef v, size_t *len, int *err, JSValueRef *exc) {
  JSStringRef str = JSValueToStringCopy(ctx, v, exc);
  if (str == NULL) {
    *err = 1;
    return NULL;
  }
  size_t n = JSStringGetLength(str);
  const uint16_t *u = n > 0 ? JSStringGetCharactersPtr(str) : NULL;
  *len = n > 0 ? lode_utf16_utf8_length(u, n) : 0;
  char *bytes = *len <= UINT32_MAX ? lode_malloc_filled(*len > 0 ? *len : 1) : NULL;
  if (bytes == NULL) {
    JSStringRelease(str);
    *err = UV_ENOMEM;
    return NULL;
  }
  if (n > 0) lode_utf16_to_utf8(u, n, (unsigned char *)bytes, *len, NULL);
  JSStringRelease(str);
  return bytes;
}

/* writeUtf8String(handle, req, string) → bytes * 2 + (0 | 1) | errno, as
 * tls_wrap's: the byte count saves JS measuring the string. */
static LODE_FN(sw_write_utf8) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  if (argc < 3 || !JSValueIsString(ctx, argv[2]))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "data must be a string");
  size_t len;
  int err;
  char *bytes = string_utf8(ctx, argv[2], &len, &err, exc);
  if (bytes == NULL) return err == 1 ? NULL : JSValueMakeNumber(ctx, err);
  uv_buf_t b = uv_buf_init(bytes, (unsigned)len);
  int r = write_bufs(ctx, s, argv[1], &b, 1, NULL, bytes, NULL);
  return JSValueMakeNumber(ctx, r < 0 ? (double)r : (double)len * 2 + r);
}

/* writeWithFd(handle, req, stringOrView, fd) → 0 | 1 | errno: on an IPC
 * pipe, the bytes with a duplicate of descriptor `fd` attached to the first
 * one (SCM_RIGHTS). The duplicate is held by a handle of our own until the
 * write is done, so the caller may close its handle at any time. */
static LODE_FN(sw_write_with_fd) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  if (s->h.handle.type != UV_NAMED_PIPE || !s->h.pipe.ipc) return JSValueMakeNumber(ctx, UV_EINVAL);
  int fd = js_arg_int(ctx, argc, argv, 3, -1);
  if (fd < 0) return JSValueMakeNumber(ctx, UV_EBADF);
  if (argc < 3) return JSValueMakeNumber(ctx, UV_EINVAL);
  unsigned char *p;
  size_t len;
  char *owned = NULL;
  JSValueRef keep = NULL;
  if (JSValueIsString(ctx, argv[2])) {
    int err;
    owned = string_utf8(ctx, argv[2], &len, &err, exc);
    if (owned == NULL) return err == 1 ? NULL : JSValueMakeNumber(ctx, err);
    p = (unsigned char *)owned;
  } else {
    if (js_view_bytes(ctx, argv[2], &p, &len, exc) != 0) return NULL;
    if (len > UINT32_MAX) return JSValueMakeNumber(ctx, UV_ENOBUFS);
    keep = argv[2];
  }
  if (len == 0) { /* a descriptor needs a byte to travel with */
    free(owned);
    return JSValueMakeNumber(ctx, UV_EINVAL);
  }
  int copy = fcntl(fd, F_DUPFD_CLOEXEC, 3);
  if (copy < 0) {
    free(owned);
    return JSValueMakeNumber(ctx, -errno);
  }
  uv_pipe_t *sent = malloc(sizeof(*sent));
  CHECK(sent != NULL);
  int err = uv_pipe_init(lode_rt->loop, sent, 0);
  if (err != 0) {
    free(sent);
    close(copy);
    free(owned);
    return JSValueMakeNumber(ctx, err);
  }
  if ((err = uv_pipe_open(sent, copy)) != 0) {
    close(copy);
    uv_close((uv_handle_t *)sent, free_handle);
    free(owned);
    return JSValueMakeNumber(ctx, err);
  }
  uv_buf_t b = uv_buf_init((char *)p, (unsigned)len);
  return JSValueMakeNumber(ctx, write_bufs(ctx, s, argv[1], &b, 1, keep, owned, sent));
}

/* writev(handle, req, chunks, latin1) → bytes * 2 + (0 | 1) | errno.
 * chunks holds typed arrays and strings; a string is written as UTF-8, or
 * as latin1 where the string `latin1` has 'l' at its index (http's framing
 * and head). The strings' bytes go into one buffer owned by the write, which
 * spares JS a Buffer per string (several per chunked response). */
static LODE_FN(sw_writev) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  if (argc < 3 || !JSValueIsArray(ctx, argv[2]))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "chunks must be an array");
  JSObjectRef arr = (JSObjectRef)argv[2];
  size_t n = (size_t)js_num(ctx, js_get(ctx, arr, "length"));
  if (n == 0) return JSValueMakeNumber(ctx, 0);
  JSStringRef kinds = argc > 3 && JSValueIsString(ctx, argv[3]) ? JSValueToStringCopy(ctx, argv[3], NULL) : NULL;
  const JSChar *kind = kinds != NULL ? JSStringGetCharactersPtr(kinds) : NULL;
  size_t nkinds = kinds != NULL ? JSStringGetLength(kinds) : 0;
  uv_buf_t small[16];
  JSStringRef small_strs[16];
  uv_buf_t *bufs = n <= 16 ? small : malloc(n * sizeof(uv_buf_t));
  JSStringRef *strs = n <= 16 ? small_strs : calloc(n, sizeof(JSStringRef));
  CHECK(bufs != NULL && strs != NULL);
  memset(strs, 0, n * sizeof(JSStringRef));
  size_t str_bytes = 0, total = 0;
  int ok = 1;
  /* First the views, and how many bytes the strings take. */
  for (size_t i = 0; i < n && ok; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, exc);
    if (v == NULL) {
      ok = 0;
    } else if (JSValueIsString(ctx, v)) {
      strs[i] = JSValueToStringCopy(ctx, v, exc);
      if (strs[i] == NULL) {
        ok = 0;
        break;
      }
      size_t len = JSStringGetLength(strs[i]);
      int latin1 = i < nkinds && kind[i] == 'l';
      size_t bytes = latin1 || len == 0 ? len : lode_utf16_utf8_length(JSStringGetCharactersPtr(strs[i]), len);
      bufs[i] = uv_buf_init(NULL, (unsigned)bytes);
      str_bytes += bytes;
    } else {
      unsigned char *p;
      size_t len;
      if (js_view_bytes(ctx, v, &p, &len, exc) != 0) ok = 0;
      else bufs[i] = uv_buf_init((char *)p, (unsigned)len);
    }
    if (ok) total += bufs[i].len;
  }
  /* Then the strings' bytes, in one buffer. */
  char *owned = NULL;
  if (ok && str_bytes > 0) {
    owned = lode_malloc_filled(str_bytes);
    CHECK(owned != NULL);
    char *at = owned;
    for (size_t i = 0; i < n; i++) {
      if (strs[i] == NULL) continue;
      size_t len = JSStringGetLength(strs[i]);
      const JSChar *u = len > 0 ? JSStringGetCharactersPtr(strs[i]) : NULL;
      if (i < nkinds && kind[i] == 'l') {
        for (size_t k = 0; k < len; k++) at[k] = (char)(unsigned char)u[k];
      } else if (len > 0) {
        lode_utf16_to_utf8(u, len, (unsigned char *)at, bufs[i].len, NULL);
      }
      bufs[i].base = at;
      at += bufs[i].len;
    }
  }
  for (size_t i = 0; i < n; i++)
    if (strs[i] != NULL) JSStringRelease(strs[i]);
  if (kinds != NULL) JSStringRelease(kinds);
  int r = 0;
  /* The array keeps every view alive while the write is queued. */
  if (ok) r = write_bufs(ctx, s, argv[1], bufs, n, arr, owned, NULL);
  if (bufs != small) free(bufs);
  if (strs != small_strs) free(strs);
  if (!ok) return NULL;
  return JSValueMakeNumber(ctx, r < 0 ? (double)r : (double)total * 2 + r);
}

/* ---- listening ---- */

static void on_connection(uv_stream_t *server, int status) {
  lode_stream *s = server->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx)};
  if (status == 0) {
    lode_stream *c;
    JSObjectRef obj = lode_stream_new(ctx, &c);
    int err = server->type == UV_TCP ? uv_tcp_init(lode_rt->loop, &c->h.tcp)
                                     : uv_pipe_init(lode_rt->loop, &c->h.pipe, s->h.pipe.ipc);
    if (err != 0) {
      lode_stream_discard(c);
    } else {
      c->h.handle.data = c;
      if ((err = uv_accept(server, &c->h.stream)) != 0) lode_stream_close_silently(c);
      else args[1] = obj;
    }
    args[0] = JSValueMakeNumber(ctx, err);
  }
  lode_stream_emit(s, LODE_CB_ONCONNECTION, 2, args);
}

/* listen(handle, backlog) → 0 or errno; then onconnection(status, client)
 * for every accepted connection (a handle of the server's kind). */
static LODE_FN(sw_listen) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_listen(&s->h.stream, js_arg_int(ctx, argc, argv, 1, 511), on_connection));
}

/* ---- shutdown, close, ref ---- */

static void after_shutdown(uv_shutdown_t *req, int status) {
  lode_stream_req_done(req->data, LODE_CB_ONSHUTDOWN, status);
}

/* shutdown(handle, req) → 0 (onshutdown follows) or errno */
static LODE_FN(sw_shutdown) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  lode_stream_req *r = lode_stream_req_new(ctx, s, argc > 1 ? argv[1] : NULL);
  int err = uv_shutdown(&r->r.shutdown, &s->h.stream, after_shutdown);
  if (err != 0) {
    JSValueUnprotect(ctx, r->js);
    free(r);
  }
  return JSValueMakeNumber(ctx, err);
}

void lode_stream_closed(uv_handle_t *h) {
  lode_stream *s = h->data;
  lode_stream_emit(s, LODE_CB_ONCLOSE, 0, NULL);
  JSValueUnprotect(lode_rt->ctx, s->obj);
  free(s);
}

static void closed_silently(uv_handle_t *h) { free(h->data); }

void lode_stream_close_silently(lode_stream *s) {
  JSObjectSetPrivate(s->obj, NULL);
  JSValueUnprotect(lode_rt->ctx, s->obj);
  uv_close(&s->h.handle, closed_silently);
}

/* close(handle): closes once; onclose follows on the next loop turn. */
static LODE_FN(sw_close) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = argc > 0 ? lode_stream_of(ctx, argv[0]) : NULL;
  if (s == NULL) return JSValueMakeUndefined(ctx);
  JSObjectSetPrivate(s->obj, NULL);
  uv_close(&s->h.handle, lode_stream_closed);
  return JSValueMakeUndefined(ctx);
}

/* setRef(handle, bool) */
static LODE_FN(sw_set_ref) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = argc > 0 ? lode_stream_of(ctx, argv[0]) : NULL;
  if (s == NULL) return JSValueMakeUndefined(ctx);
  if (argc > 1 && JSValueToBoolean(ctx, argv[1])) uv_ref(&s->h.handle);
  else uv_unref(&s->h.handle);
  return JSValueMakeUndefined(ctx);
}

/* hasRef(handle) → bool */
static LODE_FN(sw_has_ref) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = argc > 0 ? lode_stream_of(ctx, argv[0]) : NULL;
  return JSValueMakeBoolean(ctx, s != NULL && uv_has_ref(&s->h.handle));
}

/* setBlocking(handle, bool) → 0 or errno */
static LODE_FN(sw_set_blocking) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_stream_set_blocking(&s->h.stream, argc > 1 && JSValueToBoolean(ctx, argv[1])));
}

/* writeQueueSize(handle) → bytes queued in libuv */
static LODE_FN(sw_write_queue_size) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = argc > 0 ? lode_stream_of(ctx, argv[0]) : NULL;
  return JSValueMakeNumber(ctx, s != NULL ? (double)s->h.stream.write_queue_size : 0);
}

/* fd(handle) → the descriptor, or -1 */
static LODE_FN(sw_fd) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = argc > 0 ? lode_stream_of(ctx, argv[0]) : NULL;
  uv_os_fd_t fd = -1;
  if (s == NULL || uv_fileno(&s->h.handle, &fd) != 0) fd = -1;
  return JSValueMakeNumber(ctx, fd);
}

/* isHandle(value) → whether value is a live stream handle */
static LODE_FN(sw_is_handle) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeBoolean(ctx, argc > 0 && lode_stream_of(ctx, argv[0]) != NULL);
}

/* setCallbacks({onread, onwrite, onshutdown, onconnect, onconnection, onclose}) */
static LODE_FN(sw_set_callbacks) {
  LODE_UNUSED_FN_ARGS;
  static const char *const names[LODE_CB_COUNT] = {"onread", "onwrite", "onshutdown",
                                                   "onconnect", "onconnection", "onclose"};
  return js_take_callbacks(ctx, argc > 0 ? argv[0] : NULL, names, callbacks, LODE_CB_COUNT, exc);
}

JSObjectRef lode_binding_stream_wrap(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "setCallbacks", sw_set_callbacks);
  js_set_fn(ctx, b, "readStart", sw_read_start);
  js_set_fn(ctx, b, "readStop", sw_read_stop);
  js_set_fn(ctx, b, "writeBuffer", sw_write_buffer);
  js_set_fn(ctx, b, "writeUtf8String", sw_write_utf8);
  js_set_fn(ctx, b, "writev", sw_writev);
  js_set_fn(ctx, b, "writeWithFd", sw_write_with_fd);
  js_set_fn(ctx, b, "listen", sw_listen);
  js_set_fn(ctx, b, "shutdown", sw_shutdown);
  js_set_fn(ctx, b, "close", sw_close);
  js_set_fn(ctx, b, "setRef", sw_set_ref);
  js_set_fn(ctx, b, "hasRef", sw_has_ref);
  js_set_fn(ctx, b, "setBlocking", sw_set_blocking);
  js_set_fn(ctx, b, "writeQueueSize", sw_write_queue_size);
  js_set_fn(ctx, b, "fd", sw_fd);
  js_set_fn(ctx, b, "isHandle", sw_is_handle);
  return b;
}
