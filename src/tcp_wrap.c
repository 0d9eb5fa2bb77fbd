/* tcp_wrap: TCP handles (uv_tcp_t) for node:net — create, bind, listen,
 * accept, connect, addresses and socket options. Reading, writing and
 * closing are stream_wrap's. */
#include "stream_wrap.h"

#include <string.h>

static lode_stream *new_tcp(JSContextRef ctx, JSObjectRef *obj, int *err) {
  lode_stream *s;
  *obj = lode_stream_new(ctx, &s);
  *err = uv_tcp_init(lode_rt->loop, &s->h.tcp);
  if (*err != 0) {
    lode_stream_discard(s);
    return NULL;
  }
  s->h.handle.data = s;
  return s;
}

/* create() → handle, or an errno */
static LODE_FN(tcp_create) {
  LODE_UNUSED_FN_ARGS;
  JSObjectRef obj;
  int err;
  if (new_tcp(ctx, &obj, &err) == NULL) return JSValueMakeNumber(ctx, err);
  return obj;
}

/* open(handle, fd) → 0 or errno */
static LODE_FN(tcp_open) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_tcp_open(&s->h.tcp, js_arg_int(ctx, argc, argv, 1, -1)));
}

/* An IPv4 or IPv6 socket address from (ip string, port); 0 or errno. */
static int sockaddr_from(JSContextRef ctx, JSValueRef ip, JSValueRef port,
                         struct sockaddr_storage *ss, JSValueRef *exc) {
  char *host = js_cstr(ctx, ip, exc);
  if (host == NULL) return UV_EINVAL;
  int p = (int)js_num(ctx, port);
  int err = strchr(host, ':') != NULL ? uv_ip6_addr(host, p, (struct sockaddr_in6 *)ss)
                                      : uv_ip4_addr(host, p, (struct sockaddr_in *)ss);
  free(host);
  return err;
}

/* bind(handle, ip, port, flags) → 0 or errno (flags 1: IPv6 only) */
static LODE_FN(tcp_bind) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  if (argc < 3) return JSValueMakeNumber(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = sockaddr_from(ctx, argv[1], argv[2], &ss, exc);
  if (err != 0) return JSValueMakeNumber(ctx, err);
  unsigned flags = (js_arg_int(ctx, argc, argv, 3, 0) & 1) ? UV_TCP_IPV6ONLY : 0;
  return JSValueMakeNumber(ctx, uv_tcp_bind(&s->h.tcp, (struct sockaddr *)&ss, flags));
}

static void after_connect(uv_connect_t *req, int status) {
  lode_stream_req_done(req->data, LODE_CB_ONCONNECT, status);
}

/* connect(handle, req, ip, port) → 0 (onconnect(req, status) follows) or errno */
static LODE_FN(tcp_connect) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  if (argc < 4) return JSValueMakeNumber(ctx, UV_EINVAL);
  struct sockaddr_storage ss;
  int err = sockaddr_from(ctx, argv[2], argv[3], &ss, exc);
  if (err != 0) return JSValueMakeNumber(ctx, err);
  lode_stream_req *r = lode_stream_req_new(ctx, s, argv[1]);
  err = uv_tcp_connect(&r->r.connect, &s->h.tcp, (struct sockaddr *)&ss, after_connect);
  if (err != 0) {
    JSValueUnprotect(ctx, r->js);
    free(r);
  }
  return JSValueMakeNumber(ctx, err);
}

/* Fills out.{address, family, port}; 0 or errno. */
static int fill_address(JSContextRef ctx, JSValueRef out, const struct sockaddr_storage *ss) {
  if (!JSValueIsObject(ctx, out)) return UV_EINVAL;
  JSObjectRef o = (JSObjectRef)out;
  char ip[64];
  int port;
  const char *family;
  if (ss->ss_family == AF_INET6) {
    const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
    if (uv_ip6_name(a, ip, sizeof ip) != 0) return UV_EINVAL;
    port = ntohs(a->sin6_port);
    family = "IPv6";
  } else if (ss->ss_family == AF_INET) {
    const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
    if (uv_ip4_name(a, ip, sizeof ip) != 0) return UV_EINVAL;
    port = ntohs(a->sin_port);
    family = "IPv4";
  } else {
    return UV_EAFNOSUPPORT;
  }
  js_set_str(ctx, o, "address", ip);
  js_set_str(ctx, o, "family", family);
  js_set_num(ctx, o, "port", port);
  return 0;
}

/* getsockname(handle, out) / getpeername(handle, out) → 0 or errno */
static LODE_FN(tcp_getsockname) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  struct sockaddr_storage ss;
  int len = sizeof ss;
  int err = uv_tcp_getsockname(&s->h.tcp, (struct sockaddr *)&ss, &len);
  if (err == 0) err = fill_address(ctx, argc > 1 ? argv[1] : NULL, &ss);
  return JSValueMakeNumber(ctx, err);
}

static LODE_FN(tcp_getpeername) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  struct sockaddr_storage ss;
  int len = sizeof ss;
  int err = uv_tcp_getpeername(&s->h.tcp, (struct sockaddr *)&ss, &len);
  if (err == 0) err = fill_address(ctx, argc > 1 ? argv[1] : NULL, &ss);
  return JSValueMakeNumber(ctx, err);
}

/* setNoDelay(handle, bool) → 0 or errno */
static LODE_FN(tcp_set_no_delay) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  return JSValueMakeNumber(ctx, uv_tcp_nodelay(&s->h.tcp, argc > 1 && JSValueToBoolean(ctx, argv[1])));
}

/* setKeepAlive(handle, bool, delaySeconds) → 0 or errno */
static LODE_FN(tcp_set_keep_alive) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  int on = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  int delay = js_arg_int(ctx, argc, argv, 2, 0);
  return JSValueMakeNumber(ctx, uv_tcp_keepalive(&s->h.tcp, on, delay > 0 ? (unsigned)delay : 1));
}

/* reset(handle) → 0 or errno: closes with an RST (onclose follows). */
static LODE_FN(tcp_reset) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  int err = uv_tcp_close_reset(&s->h.tcp, lode_stream_closed);
  if (err == 0) JSObjectSetPrivate(s->obj, NULL);
  return JSValueMakeNumber(ctx, err);
}

JSObjectRef lode_binding_tcp_wrap(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "create", tcp_create);
  js_set_fn(ctx, b, "open", tcp_open);
  js_set_fn(ctx, b, "bind", tcp_bind);
  js_set_fn(ctx, b, "connect", tcp_connect);
  js_set_fn(ctx, b, "getsockname", tcp_getsockname);
  js_set_fn(ctx, b, "getpeername", tcp_getpeername);
  js_set_fn(ctx, b, "setNoDelay", tcp_set_no_delay);
  js_set_fn(ctx, b, "setKeepAlive", tcp_set_keep_alive);
  js_set_fn(ctx, b, "reset", tcp_reset);
  return b;
}
