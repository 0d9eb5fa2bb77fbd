/* dns: getaddrinfo and getnameinfo (dns.lookup, dns.lookupService) on the
 * libuv thread pool. Each request keeps its JS request object protected
 * until its oncomplete(err, …) has run through the door. */
#include "runtime.h"
#include "url_internal.h"

#include <netdb.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

/* Node's hint flags (dns.ADDRCONFIG, V4MAPPED, ALL). */
enum { HINT_ADDRCONFIG = 32, HINT_ALL = 16, HINT_V4MAPPED = 8 };
/* Result orders, as JS passes them. */
enum { ORDER_VERBATIM = 0, ORDER_IPV4FIRST = 1, ORDER_IPV6FIRST = 2 };

typedef struct {
  uv_getaddrinfo_t req;
  JSObjectRef obj; /* the JS request: protected until oncomplete ran */
  int order;
} gai_req;

typedef struct {
  uv_getnameinfo_t req;
  JSObjectRef obj;
} gni_req;

/* Calls obj.oncomplete(args…) with obj as this, then lets obj go. */
static void complete(JSObjectRef obj, size_t argc, const JSValueRef argv[]) {
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef cb = js_get(ctx, obj, "oncomplete");
  if (JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb))
    lode_call((JSObjectRef)cb, obj, argc, argv);
  JSValueUnprotect(ctx, obj);
}

/* Appends the addresses of family af (AF_UNSPEC: all) to the JS array arr
 * (filled in place: a malloc'd list of values would be invisible to the
 * collector while more strings are made). */
static unsigned collect(JSContextRef ctx, const struct addrinfo *res, int af, JSObjectRef arr,
                        unsigned n) {
  char ip[INET6_ADDRSTRLEN];
  for (const struct addrinfo *p = res; p != NULL; p = p->ai_next) {
    if (af != AF_UNSPEC && p->ai_family != af) continue;
    int r;
    if (p->ai_family == AF_INET)
      r = uv_ip4_name((const struct sockaddr_in *)p->ai_addr, ip, sizeof(ip));
    else if (p->ai_family == AF_INET6)
      r = uv_ip6_name((const struct sockaddr_in6 *)p->ai_addr, ip, sizeof(ip));
    else
      continue;
    if (r != 0) continue;
    JSObjectSetPropertyAtIndex(ctx, arr, n++, js_str(ctx, ip), NULL);
  }
  return n;
}

static void after_getaddrinfo(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
  gai_req *g = req->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[2];
  if (status == 0) {
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
    unsigned n = 0;
    if (g->order == ORDER_IPV4FIRST) {
      n = collect(ctx, res, AF_INET, arr, n);
      n = collect(ctx, res, AF_INET6, arr, n);
    } else if (g->order == ORDER_IPV6FIRST) {
      n = collect(ctx, res, AF_INET6, arr, n);
      n = collect(ctx, res, AF_INET, arr, n);
    } else {
      n = collect(ctx, res, AF_UNSPEC, arr, n);
    }
    /* Node reports an answer without usable addresses as "not found". */
    if (n == 0) status = UV_EAI_NODATA;
    args[1] = arr;
  } else {
    args[1] = JSValueMakeUndefined(ctx);
  }
  args[0] = JSValueMakeNumber(ctx, status);
  uv_freeaddrinfo(res);
  JSObjectRef obj = g->obj;
  free(g);
  complete(obj, 2, args);
}

/* A malloc'd ASCII form of a host name: names with non-ASCII characters go
 * and punycode labels go through UTS #46 ToASCII (so full-width and other
 * mapped forms resolve, and broken punycode is refused); NULL when that
 * fails. */
static char *ascii_host(const char *host) {
  size_t n = strlen(host);
  int plain = 1; /* no non-ASCII character and no "xn--" label to check */
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)host[i] >= 0x80) plain = 0;
    if ((i == 0 || host[i - 1] == '.') && strncasecmp(host + i, "xn--", 4) == 0) plain = 0;
  }
  if (plain) {
    char *s = strdup(host);
    CHECK(s != NULL);
    return s;
  }
  lode_sbuf out = {0};
  if (lode_url_idna_convert(host, n, 0, &out, 0) < 0) {
    lode_sbuf_free(&out);
    return NULL;
  }
  char *s = malloc(out.len + 1);
  CHECK(s != NULL);
  if (out.len > 0) memcpy(s, out.p, out.len);
  s[out.len] = '\0';
  lode_sbuf_free(&out);
  return s;
}

/* getaddrinfo(req, hostname, family 0|4|6, hints, order): 0 when started
 * (req.oncomplete(status, [addresses…]) follows), else a negative error. */
static LODE_FN(dns_getaddrinfo) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 5 || !JSValueIsObject(ctx, argv[0]) || !JSValueIsString(ctx, argv[1]))
    return js_throw(ctx, exc, "TypeError", NULL, "getaddrinfo(req, hostname, family, hints, order)");
  char *raw = js_cstr(ctx, argv[1], exc);
  if (raw == NULL) return NULL;
  char *host = ascii_host(raw);
  free(raw);
  if (host == NULL) return JSValueMakeNumber(ctx, UV_EINVAL);
  int family = js_arg_int(ctx, argc, argv, 2, 0);
  int hints = js_arg_int(ctx, argc, argv, 3, 0);
  struct addrinfo ai;
  memset(&ai, 0, sizeof(ai));
  ai.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  /* One entry per address: without a socket type each comes once per type. */
  ai.ai_socktype = SOCK_STREAM;
  if (hints & HINT_ADDRCONFIG) ai.ai_flags |= AI_ADDRCONFIG;
  if (hints & HINT_V4MAPPED) ai.ai_flags |= AI_V4MAPPED;
  if (hints & HINT_ALL) ai.ai_flags |= AI_ALL;
  gai_req *g = calloc(1, sizeof(*g));
  CHECK(g != NULL);
  g->order = js_arg_int(ctx, argc, argv, 4, ORDER_VERBATIM);
  g->req.data = g;
  int r = uv_getaddrinfo(lode_rt->loop, &g->req, after_getaddrinfo, host, NULL, &ai);
  free(host);
  if (r != 0) {
    free(g);
    return JSValueMakeNumber(ctx, r);
  }
  g->obj = (JSObjectRef)argv[0];
  JSValueProtect(ctx, g->obj);
  return JSValueMakeNumber(ctx, 0);
}

static void after_getnameinfo(uv_getnameinfo_t *req, int status, const char *host,
                              const char *service) {
  gni_req *g = req->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[3] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx),
                        JSValueMakeUndefined(ctx)};
  if (status == 0) {
    JSValueRef h = host != NULL ? js_strn(ctx, host, strlen(host)) : NULL;
    JSValueRef s = service != NULL ? js_strn(ctx, service, strlen(service)) : NULL;
    if (h != NULL) args[1] = h;
    if (s != NULL) args[2] = s;
  }
  JSObjectRef obj = g->obj;
  free(g);
  complete(obj, 3, args);
}

/* getnameinfo(req, address, port): 0 when started (req.oncomplete(status,
 * hostname, service) follows), else a negative error. */
static LODE_FN(dns_getnameinfo) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 3 || !JSValueIsObject(ctx, argv[0]))
    return js_throw(ctx, exc, "TypeError", NULL, "getnameinfo(req, address, port)");
  char *addr = js_cstr(ctx, argv[1], exc);
  if (addr == NULL) return NULL;
  int port = js_arg_int(ctx, argc, argv, 2, 0);
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof(ss));
  int r = uv_ip4_addr(addr, port, (struct sockaddr_in *)&ss);
  if (r != 0) r = uv_ip6_addr(addr, port, (struct sockaddr_in6 *)&ss);
  free(addr);
  if (r != 0) return JSValueMakeNumber(ctx, r);
  gni_req *g = calloc(1, sizeof(*g));
  CHECK(g != NULL);
  g->req.data = g;
  r = uv_getnameinfo(lode_rt->loop, &g->req, after_getnameinfo, (struct sockaddr *)&ss,
                     NI_NAMEREQD);
  if (r != 0) {
    free(g);
    return JSValueMakeNumber(ctx, r);
  }
  g->obj = (JSObjectRef)argv[0];
  JSValueProtect(ctx, g->obj);
  return JSValueMakeNumber(ctx, 0);
}

JSObjectRef lode_binding_dns(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "getaddrinfo", dns_getaddrinfo);
  js_set_fn(ctx, b, "getnameinfo", dns_getnameinfo);
  js_set_num(ctx, b, "AI_ADDRCONFIG", HINT_ADDRCONFIG);
  js_set_num(ctx, b, "AI_ALL", HINT_ALL);
  js_set_num(ctx, b, "AI_V4MAPPED", HINT_V4MAPPED);
  js_set_num(ctx, b, "UV_EAI_NODATA", UV_EAI_NODATA);
  js_set_num(ctx, b, "UV_EAI_NONAME", UV_EAI_NONAME);
  return b;
}
