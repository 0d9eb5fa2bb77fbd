/* udp_wrap: UDP sockets (node:dgram) over uv_udp_t.
 *
 * Each socket is a C struct with its JS handle object, protected while the
 * uv handle lives and freed in the close callback. A datagram reaches JS in
 * one crossing: handle.onmessage(nread, arrayBuffer, rinfo). Sends try
 * uv_udp_try_send first; only when the kernel queue is full does a request
 * keep the JS data alive until libuv is done with it. */
#include "runtime.h"
#include "stream_wrap.h" /* lode_udp_accept */

#include <string.h>

#define RECV_SIZE 65536

typedef struct {
  uv_udp_t h;
  JSObjectRef obj;
} udp_sock;

typedef struct {
  uv_udp_send_t req;
  JSObjectRef js;   /* the JS request: oncomplete(status) */
  JSValueRef keep;  /* the data libuv points into */
  uv_buf_t *bufs;
} udp_send;

static JSClassRef udp_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "UDP";
    cls = JSClassCreate(&def);
  }
  return cls;
}

static udp_sock *sock_of(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  if (argc < 1 || !JSValueIsObjectOfClass(ctx, argv[0], udp_class())) return NULL;
  return JSObjectGetPrivate((JSObjectRef)argv[0]);
}

static udp_sock *sock_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                          JSValueRef *exc) {
  udp_sock *u = sock_of(ctx, argc, argv);
  if (u == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "handle is closed or not a UDP handle");
  return u;
}

/* Calls obj[name](args…) with obj as this, when it is a function. */
static void emit(JSObjectRef obj, const char *name, size_t argc, const JSValueRef argv[]) {
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef cb = js_get(ctx, obj, name);
  if (JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb))
    lode_call((JSObjectRef)cb, obj, argc, argv);
}

/* A sockaddr from (ip string, port number). */
static int sockaddr_from(JSContextRef ctx, JSValueRef ip, JSValueRef port,
                         struct sockaddr_storage *ss, JSValueRef *exc) {
  char *host = js_cstr(ctx, ip, exc);
  if (host == NULL) return 1;
  int p = (int)js_num(ctx, port);
  memset(ss, 0, sizeof(*ss));
  int err = strchr(host, ':') != NULL ? uv_ip6_addr(host, p, (struct sockaddr_in6 *)ss)
                                      : uv_ip4_addr(host, p, (struct sockaddr_in *)ss);
  free(host);
  return err;
}

/* {address, family, port} of a socket address, or NULL. */
static JSObjectRef address_object(JSContextRef ctx, const struct sockaddr *sa) {
  char ip[INET6_ADDRSTRLEN];
  int port;
  const char *family;
  if (sa->sa_family == AF_INET6) {
    const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
    if (uv_ip6_name(a, ip, sizeof ip) != 0) return NULL;
    port = ntohs(a->sin6_port);
    family = "IPv6";
  } else if (sa->sa_family == AF_INET) {
    const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
    if (uv_ip4_name(a, ip, sizeof ip) != 0) return NULL;
    port = ntohs(a->sin_port);
    family = "IPv4";
  } else {
    return NULL;
  }
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  js_set_str(ctx, o, "address", ip);
  js_set_str(ctx, o, "family", family);
  js_set_num(ctx, o, "port", port);
  return o;
}

/* create() → handle, or a negative errno. The socket itself is made by
 * bind, whose address decides its family (before that, options such as
 * setTTL fail with EBADF, as in Node). */
static LODE_FN(udp_create) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = calloc(1, sizeof(*u));
  CHECK(u != NULL);
  int err = uv_udp_init(lode_rt->loop, &u->h);
  if (err != 0) {
    free(u);
    return JSValueMakeNumber(ctx, err);
  }
  u->h.data = u;
  u->obj = JSObjectMake(ctx, udp_class(), u);
  JSValueProtect(ctx, u->obj);
  return u->obj;
}

static void free_udp_handle(uv_handle_t *h) { free(h->data); }

JSObjectRef lode_udp_accept(JSContextRef ctx, uv_stream_t *server) {
  udp_sock *u = calloc(1, sizeof(*u));
  CHECK(u != NULL);
  if (uv_udp_init(lode_rt->loop, &u->h) != 0) {
    free(u);
    return NULL;
  }
  u->h.data = u;
  /* libuv opens a pending UDP descriptor into a uv_udp_t (uv_udp_open). */
  if (uv_accept(server, (uv_stream_t *)&u->h) != 0) {
    uv_close((uv_handle_t *)&u->h, free_udp_handle);
    return NULL;
  }
  u->obj = JSObjectMake(ctx, udp_class(), u);
  JSValueProtect(ctx, u->obj);
  return u->obj;
}

/* bind(handle, ip, port, flags) → 0 or errno; flags: 1 reuseAddr, 2 ipv6Only */
static LODE_FN(udp_bind) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL || argc < 4) return u == NULL ? NULL : JSValueMakeNumber(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = sockaddr_from(ctx, argv[1], argv[2], &ss, exc);
  if (err == 1) return NULL;
  if (err != 0) return JSValueMakeNumber(ctx, err);
  int f = js_arg_int(ctx, argc, argv, 3, 0);
  unsigned flags = ((f & 1) ? UV_UDP_REUSEADDR : 0) | ((f & 2) ? UV_UDP_IPV6ONLY : 0);
  return JSValueMakeNumber(ctx, uv_udp_bind(&u->h, (struct sockaddr *)&ss, flags));
}

/* connect(handle, ip, port) → 0 or errno; disconnect(handle) → 0 or errno */
static LODE_FN(udp_connect) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL || argc < 3) return u == NULL ? NULL : JSValueMakeNumber(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = sockaddr_from(ctx, argv[1], argv[2], &ss, exc);
  if (err == 1) return NULL;
  if (err != 0) return JSValueMakeNumber(ctx, err);
  return JSValueMakeNumber(ctx, uv_udp_connect(&u->h, (struct sockaddr *)&ss));
}

static LODE_FN(udp_disconnect) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_udp_connect(&u->h, NULL));
}

/* ---- sending ---- */

static void after_send(uv_udp_send_t *req, int status) {
  udp_send *s = req->data;
  JSContextRef ctx = lode_rt->ctx;
  JSObjectRef js = s->js;
  JSValueUnprotect(ctx, s->keep);
  free(s->bufs);
  free(s);
  JSValueRef arg = JSValueMakeNumber(ctx, status);
  emit(js, "oncomplete", 1, &arg);
  JSValueUnprotect(ctx, js);
}

/* send(handle, req, [views…], port, ip) → 0 (sent now), 1 (queued:
 * req.oncomplete(status) follows) or errno. Without ip the socket must be
 * connected. */
static LODE_FN(udp_send_fn) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL) return NULL;
  if (argc < 3 || !JSValueIsObject(ctx, argv[1]) || !JSValueIsArray(ctx, argv[2]))
    return js_throw(ctx, exc, "TypeError", NULL, "send(handle, req, list, port, ip)");
  struct sockaddr_storage ss;
  const struct sockaddr *to = NULL;
  if (argc > 4 && JSValueIsString(ctx, argv[4])) {
    int err = sockaddr_from(ctx, argv[4], argv[3], &ss, exc);
    if (err == 1) return NULL;
    if (err != 0) return JSValueMakeNumber(ctx, err);
    to = (const struct sockaddr *)&ss;
  }
  JSObjectRef list = (JSObjectRef)argv[2];
  size_t n = (size_t)js_num(ctx, js_get(ctx, list, "length"));
  uv_buf_t *bufs = calloc(n + 1, sizeof(uv_buf_t));
  CHECK(bufs != NULL);
  for (size_t i = 0; i < n; i++) {
    unsigned char *p;
    size_t len;
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, exc);
    if (v == NULL || js_view_bytes(ctx, v, &p, &len, exc) != 0) {
      free(bufs);
      return NULL;
    }
    bufs[i] = uv_buf_init((char *)p, (unsigned)len);
  }
  int r = 0;
  /* Nothing may overtake datagrams already queued. */
  if (u->h.send_queue_count == 0) {
    r = uv_udp_try_send(&u->h, bufs, (unsigned)n, to);
    if (r >= 0) {
      free(bufs);
      return JSValueMakeNumber(ctx, 0);
    }
    if (r != UV_EAGAIN && r != UV_ENOSYS) {
      free(bufs);
      return JSValueMakeNumber(ctx, r);
    }
  }
  udp_send *s = calloc(1, sizeof(*s));
  CHECK(s != NULL);
  s->req.data = s;
  s->bufs = bufs;
  r = uv_udp_send(&s->req, &u->h, bufs, (unsigned)n, to, after_send);
  if (r != 0) {
    free(bufs);
    free(s);
    return JSValueMakeNumber(ctx, r);
  }
  s->js = (JSObjectRef)argv[1];
  JSValueProtect(ctx, s->js);
  s->keep = argv[2];
  JSValueProtect(ctx, s->keep);
  return JSValueMakeNumber(ctx, 1);
}

/* ---- receiving ---- */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h;
  (void)suggested;
  buf->base = malloc(RECV_SIZE);
  buf->len = buf->base != NULL ? RECV_SIZE : 0; /* 0: libuv reports UV_ENOBUFS */
}

static void on_recv(uv_udp_t *h, ssize_t n, const uv_buf_t *buf, const struct sockaddr *addr,
                    unsigned flags) {
  (void)flags;
  udp_sock *u = h->data;
  JSContextRef ctx = lode_rt->ctx;
  if (n == 0 && addr == NULL) { /* nothing to read */
    free(buf->base);
    return;
  }
  JSValueRef args[3] = {JSValueMakeNumber(ctx, (double)n), JSValueMakeUndefined(ctx),
                        JSValueMakeUndefined(ctx)};
  if (n < 0) {
    free(buf->base);
    emit(u->obj, "onmessage", 1, args);
    return;
  }
  /* The ArrayBuffer owns exactly the datagram's bytes. */
  char *bytes = n > 0 ? realloc(buf->base, (size_t)n) : NULL;
  if (bytes == NULL) bytes = buf->base;
  JSObjectRef ab = js_array_buffer_adopt(ctx, bytes, (size_t)n, NULL);
  JSObjectRef rinfo = addr != NULL ? address_object(ctx, addr) : NULL;
  if (ab == NULL || rinfo == NULL) return;
  js_set_num(ctx, rinfo, "size", (double)n);
  args[1] = ab;
  args[2] = rinfo;
  emit(u->obj, "onmessage", 3, args);
}

/* recvStart(handle) / recvStop(handle) → 0 or errno */
static LODE_FN(udp_recv_start) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL) return NULL;
  int err = uv_udp_recv_start(&u->h, on_alloc, on_recv);
  return JSValueMakeNumber(ctx, err == UV_EALREADY ? 0 : err);
}

static LODE_FN(udp_recv_stop) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_udp_recv_stop(&u->h));
}

/* ---- addresses and options ---- */

/* getsockname(handle) / getpeername(handle) → {address, family, port} or errno */
static JSValueRef name_of(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                          int peer) {
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL) return NULL;
  struct sockaddr_storage ss;
  int len = sizeof(ss);
  int err = peer ? uv_udp_getpeername(&u->h, (struct sockaddr *)&ss, &len)
                 : uv_udp_getsockname(&u->h, (struct sockaddr *)&ss, &len);
  if (err != 0) return JSValueMakeNumber(ctx, err);
  JSObjectRef o = address_object(ctx, (struct sockaddr *)&ss);
  return o != NULL ? (JSValueRef)o : JSValueMakeNumber(ctx, UV_EINVAL);
}

static LODE_FN(udp_getsockname) {
  LODE_UNUSED_FN_ARGS;
  return name_of(ctx, argc, argv, exc, 0);
}

static LODE_FN(udp_getpeername) {
  LODE_UNUSED_FN_ARGS;
  return name_of(ctx, argc, argv, exc, 1);
}

enum { OPT_BROADCAST, OPT_TTL, OPT_MULTICAST_TTL, OPT_MULTICAST_LOOP };

/* setOption(handle, which, value) → 0 or errno */
static LODE_FN(udp_set_option) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL) return NULL;
  int v = js_arg_int(ctx, argc, argv, 2, 0);
  int err;
  switch (js_arg_int(ctx, argc, argv, 1, -1)) {
    case OPT_BROADCAST: err = uv_udp_set_broadcast(&u->h, v); break;
    case OPT_TTL: err = uv_udp_set_ttl(&u->h, v); break;
    case OPT_MULTICAST_TTL: err = uv_udp_set_multicast_ttl(&u->h, v); break;
    case OPT_MULTICAST_LOOP: err = uv_udp_set_multicast_loop(&u->h, v); break;
    default: err = UV_EINVAL;
  }
  return JSValueMakeNumber(ctx, err);
}

/* membership(handle, group, iface|undefined, join) → 0 or errno */
static LODE_FN(udp_membership) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL) return NULL;
  if (argc < 4) return JSValueMakeNumber(ctx, UV_EINVAL);
  char *group = js_cstr(ctx, argv[1], exc);
  if (group == NULL) return NULL;
  char *iface = NULL;
  if (JSValueIsString(ctx, argv[2]) && (iface = js_cstr(ctx, argv[2], exc)) == NULL) {
    free(group);
    return NULL;
  }
  int err = uv_udp_set_membership(&u->h, group, iface,
                                  JSValueToBoolean(ctx, argv[3]) ? UV_JOIN_GROUP : UV_LEAVE_GROUP);
  free(group);
  free(iface);
  return JSValueMakeNumber(ctx, err);
}

/* setMulticastInterface(handle, iface) → 0 or errno */
static LODE_FN(udp_set_multicast_interface) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL) return NULL;
  if (argc < 2) return JSValueMakeNumber(ctx, UV_EINVAL);
  char *iface = js_cstr(ctx, argv[1], exc);
  if (iface == NULL) return NULL;
  int err = uv_udp_set_multicast_interface(&u->h, iface);
  free(iface);
  return JSValueMakeNumber(ctx, err);
}

/* bufferSize(handle, size (0: read), recv) → the size, or errno */
static LODE_FN(udp_buffer_size) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_arg(ctx, argc, argv, exc);
  if (u == NULL) return NULL;
  int size = js_arg_int(ctx, argc, argv, 1, 0);
  int recv = argc > 2 && JSValueToBoolean(ctx, argv[2]);
  int err = recv ? uv_recv_buffer_size((uv_handle_t *)&u->h, &size)
                 : uv_send_buffer_size((uv_handle_t *)&u->h, &size);
  return JSValueMakeNumber(ctx, err != 0 ? err : size);
}

/* sendQueue(handle) → [bytes, count] */
static LODE_FN(udp_send_queue) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_of(ctx, argc, argv);
  JSValueRef v[2] = {JSValueMakeNumber(ctx, u != NULL ? (double)uv_udp_get_send_queue_size(&u->h) : 0),
                     JSValueMakeNumber(ctx, u != NULL ? (double)uv_udp_get_send_queue_count(&u->h) : 0)};
  return JSObjectMakeArray(ctx, 2, v, exc);
}

/* ---- close and ref ---- */

static void on_close(uv_handle_t *h) {
  udp_sock *u = h->data;
  JSObjectRef obj = u->obj;
  free(u);
  emit(obj, "onclose", 0, NULL);
  JSValueUnprotect(lode_rt->ctx, obj);
}

/* close(handle): closes once; handle.onclose() follows. */
static LODE_FN(udp_close) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_of(ctx, argc, argv);
  if (u != NULL) {
    JSObjectSetPrivate(u->obj, NULL);
    uv_close((uv_handle_t *)&u->h, on_close);
  }
  return JSValueMakeUndefined(ctx);
}

/* setRef(handle, bool); hasRef(handle) → bool */
static LODE_FN(udp_set_ref) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_of(ctx, argc, argv);
  if (u != NULL) {
    if (argc > 1 && JSValueToBoolean(ctx, argv[1])) uv_ref((uv_handle_t *)&u->h);
    else uv_unref((uv_handle_t *)&u->h);
  }
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(udp_has_ref) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_of(ctx, argc, argv);
  return JSValueMakeBoolean(ctx, u != NULL && uv_has_ref((uv_handle_t *)&u->h));
}

/* fd(handle) → the descriptor, or -1 */
static LODE_FN(udp_fd) {
  LODE_UNUSED_FN_ARGS;
  udp_sock *u = sock_of(ctx, argc, argv);
  uv_os_fd_t fd = -1;
  if (u == NULL || uv_fileno((uv_handle_t *)&u->h, &fd) != 0) fd = -1;
  return JSValueMakeNumber(ctx, fd);
}

JSObjectRef lode_binding_udp_wrap(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "create", udp_create);
  js_set_fn(ctx, b, "bind", udp_bind);
  js_set_fn(ctx, b, "connect", udp_connect);
  js_set_fn(ctx, b, "disconnect", udp_disconnect);
  js_set_fn(ctx, b, "send", udp_send_fn);
  js_set_fn(ctx, b, "recvStart", udp_recv_start);
  js_set_fn(ctx, b, "recvStop", udp_recv_stop);
  js_set_fn(ctx, b, "getsockname", udp_getsockname);
  js_set_fn(ctx, b, "getpeername", udp_getpeername);
  js_set_fn(ctx, b, "setOption", udp_set_option);
  js_set_fn(ctx, b, "membership", udp_membership);
  js_set_fn(ctx, b, "setMulticastInterface", udp_set_multicast_interface);
  js_set_fn(ctx, b, "bufferSize", udp_buffer_size);
  js_set_fn(ctx, b, "sendQueue", udp_send_queue);
  js_set_fn(ctx, b, "close", udp_close);
  js_set_fn(ctx, b, "setRef", udp_set_ref);
  js_set_fn(ctx, b, "hasRef", udp_has_ref);
  js_set_fn(ctx, b, "fd", udp_fd);
  js_set_num(ctx, b, "BROADCAST", OPT_BROADCAST);
  js_set_num(ctx, b, "TTL", OPT_TTL);
  js_set_num(ctx, b, "MULTICAST_TTL", OPT_MULTICAST_TTL);
  js_set_num(ctx, b, "MULTICAST_LOOP", OPT_MULTICAST_LOOP);
  return b;
}
