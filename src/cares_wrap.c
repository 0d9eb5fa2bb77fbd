/* cares_wrap: DNS queries (dns.resolve*, dns.reverse, Resolver) through
 * c-ares, driven by the libuv loop: every socket c-ares opens is watched by
 * a uv_poll_t, and a uv_timer fires at c-ares's next timeout. Nothing
 * blocks.
 *
 * A channel is a JS object (class ChannelWrap) owning an ares_channel; it is
 * protected while queries are pending, and destroyed by its finalizer. Each
 * query keeps its JS request protected until req.oncomplete(status, result,
 * ttls) has run through the door.
 *
 * JS never runs inside c-ares: a query's callback only records the answer,
 * and the answers are handed to JS once c-ares has returned (c-ares 1.18
 * frees a query twice when its callback calls ares_cancel). */
#include "runtime.h"

#include <ares.h>
#include <arpa/nameser.h>
#include <string.h>

enum {
  Q_A, Q_AAAA, Q_MX, Q_TXT, Q_SRV, Q_NS, Q_CNAME, Q_SOA, Q_PTR, Q_NAPTR, Q_CAA, Q_ANY, Q_COUNT
};
static const int q_types[Q_COUNT] = {
  ns_t_a, ns_t_aaaa, ns_t_mx, ns_t_txt, ns_t_srv, ns_t_ns, ns_t_cname, ns_t_soa, ns_t_ptr,
  ns_t_naptr, 257 /* CAA */, ns_t_any};

typedef struct poll_node {
  uv_poll_t poll;
  ares_socket_t fd;
  struct channel *c;
  struct poll_node *next;
} poll_node;

typedef struct channel {
  ares_channel ch;
  uv_timer_t timer;
  poll_node *polls;
  JSObjectRef obj;
  int pending; /* queries not yet answered; obj is protected while > 0 */
  int in_js;   /* inside a call from JS into c-ares */
  struct query *done, *done_tail; /* answered, waiting for JS */
  uv_timer_t drain;               /* hands answers to JS after a call from JS */
  int open_handles;               /* timer and drain: freed when both closed */
} channel;

typedef struct query {
  channel *c;
  JSObjectRef req;
  int type;
  /* The answer, protected until delivered. */
  int status;
  JSValueRef result, ttls;
  struct query *next;
} query;

#define MAX_ADDRTTLS 256
/* What one ares_channel costs in C memory (its query tables), told to the
 * garbage collector so that dropped Resolvers are collected in time. */
#define CHANNEL_COST 65536


static JSClassRef channel_class(void);

/* ---- the loop integration ---- */

static void schedule(channel *c);
static void drain(channel *c);

static void on_timer(uv_timer_t *t) {
  channel *c = t->data;
  ares_process_fd(c->ch, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
  schedule(c);
  drain(c);
}

/* Arms the timer for c-ares's next timeout, or stops it when idle. */
static void schedule(channel *c) {
  struct timeval tv;
  struct timeval *t = ares_timeout(c->ch, NULL, &tv);
  if (t == NULL) {
    uv_timer_stop(&c->timer);
    return;
  }
  uint64_t ms = (uint64_t)t->tv_sec * 1000 + (uint64_t)t->tv_usec / 1000;
  uv_timer_start(&c->timer, on_timer, ms + 1, 0);
}

static void on_poll(uv_poll_t *p, int status, int events) {
  poll_node *n = p->data;
  channel *c = n->c;
  /* On an error, let c-ares read and write to find it. */
  if (status < 0) events = UV_READABLE | UV_WRITABLE;
  ares_process_fd(c->ch, (events & UV_READABLE) ? n->fd : ARES_SOCKET_BAD,
                  (events & UV_WRITABLE) ? n->fd : ARES_SOCKET_BAD);
  schedule(c);
  drain(c);
}

static void free_poll(uv_handle_t *h) { free(h->data); }

static void on_sock_state(void *data, ares_socket_t fd, int readable, int writable) {
  channel *c = data;
  poll_node **link = &c->polls;
  while (*link != NULL && (*link)->fd != fd) link = &(*link)->next;
  poll_node *n = *link;
  if (!readable && !writable) {
    if (n != NULL) {
      *link = n->next;
      uv_poll_stop(&n->poll);
      uv_close((uv_handle_t *)&n->poll, free_poll);
    }
    return;
  }
  if (n == NULL) {
    n = calloc(1, sizeof(*n));
    CHECK(n != NULL);
    if (uv_poll_init_socket(lode_rt->loop, &n->poll, fd) != 0) {
      free(n);
      return; /* the query times out */
    }
    n->fd = fd;
    n->c = c;
    n->poll.data = n;
    n->next = c->polls;
    c->polls = n;
  }
  uv_poll_start(&n->poll, (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0), on_poll);
}

/* ---- channels ---- */

static void free_channel(uv_handle_t *h) {
  channel *c = h->data;
  if (--c->open_handles == 0) free(c);
}

static void channel_finalize(JSObjectRef obj) {
  channel *c = JSObjectGetPrivate(obj);
  if (c == NULL) return;
  /* No query is pending (the object would be protected): this only closes
   * c-ares's sockets, through on_sock_state. */
  ares_destroy(c->ch);
  while (c->polls != NULL) {
    poll_node *n = c->polls;
    c->polls = n->next;
    uv_poll_stop(&n->poll);
    uv_close((uv_handle_t *)&n->poll, free_poll);
  }
  uv_close((uv_handle_t *)&c->timer, free_channel);
  uv_close((uv_handle_t *)&c->drain, free_channel);
}

static JSClassRef channel_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "ChannelWrap";
    def.finalize = channel_finalize;
    cls = JSClassCreate(&def);
  }
  return cls;
}

static channel *channel_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc) {
  if (argc < 1 || !JSValueIsObjectOfClass(ctx, argv[0], channel_class())) {
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "not a ChannelWrap");
    return NULL;
  }
  return JSObjectGetPrivate((JSObjectRef)argv[0]);
}

/* createChannel(timeoutMs (-1: default), tries) → ChannelWrap */
static LODE_FN(cares_create_channel) {
  LODE_UNUSED_FN_ARGS;
  static int initialized;
  if (!initialized) {
    int r = ares_library_init(ARES_LIB_INIT_ALL);
    if (r != ARES_SUCCESS) return js_throw(ctx, exc, "Error", NULL, ares_strerror(r));
    initialized = 1;
  }
  int timeout = js_arg_int(ctx, argc, argv, 0, -1);
  int tries = js_arg_int(ctx, argc, argv, 1, 4);
  channel *c = calloc(1, sizeof(*c));
  CHECK(c != NULL);
  struct ares_options opts;
  memset(&opts, 0, sizeof(opts));
  opts.flags = ARES_FLAG_NOCHECKRESP;
  opts.sock_state_cb = on_sock_state;
  opts.sock_state_cb_data = c;
  opts.tries = tries;
  int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES;
  if (timeout >= 0) {
    opts.timeout = timeout;
    mask |= ARES_OPT_TIMEOUTMS;
  }
  int r = ares_init_options(&c->ch, &opts, mask);
  if (r != ARES_SUCCESS) {
    free(c);
    return js_throw(ctx, exc, "Error", NULL, ares_strerror(r));
  }
  CHECK(uv_timer_init(lode_rt->loop, &c->timer) == 0);
  CHECK(uv_timer_init(lode_rt->loop, &c->drain) == 0);
  c->timer.data = c->drain.data = c;
  c->open_handles = 2;
  c->obj = JSObjectMake(ctx, channel_class(), c);
  /* The report may collect at once: c->obj is only in malloc'd memory. */
  JSValueProtect(ctx, c->obj);
  JSReportExtraMemoryCost(ctx, CHANNEL_COST);
  JSValueUnprotect(ctx, c->obj);
  return c->obj;
}

/* ---- answers ---- */

static JSValueRef str_or_empty(JSContextRef ctx, const char *s, size_t n) {
  JSValueRef v = s != NULL ? js_strn(ctx, s, n) : NULL;
  return v != NULL ? v : js_str(ctx, "");
}

static JSValueRef cstr(JSContextRef ctx, const char *s) {
  return str_or_empty(ctx, s, s != NULL ? strlen(s) : 0);
}

/* A JS array being filled. It lives in a local variable, where the
 * collector's stack scan sees it (a malloc'd list of values would not be
 * seen, and its values could be collected while more are made). */
typedef struct {
  JSObjectRef arr;
  unsigned n;
} vals;

static void push(JSContextRef ctx, vals *a, JSValueRef v) {
  if (a->arr == NULL) a->arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectSetPropertyAtIndex(ctx, a->arr, a->n++, v, NULL);
}

static JSObjectRef take_array(JSContextRef ctx, vals *a) {
  JSObjectRef arr = a->arr != NULL ? a->arr : JSObjectMakeArray(ctx, 0, NULL, NULL);
  a->arr = NULL;
  a->n = 0;
  return arr;
}

/* A new object appended to out. */
static JSObjectRef record(JSContextRef ctx, vals *out) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  push(ctx, out, o);
  return o;
}

/* resolveAny's records carry their type. */
static void tag(JSContextRef ctx, JSObjectRef o, const char *any_type) {
  if (any_type != NULL) js_set_str(ctx, o, "type", any_type);
}

/* The names in the answer section's records of one type (CNAME, NS, PTR). */
static int answer_names(const unsigned char *buf, int len, int type, JSContextRef ctx, vals *out,
                        const char *any_type) {
  if (len < NS_HFIXEDSZ) return ARES_EBADRESP;
  int qd = (buf[4] << 8) | buf[5], an = (buf[6] << 8) | buf[7];
  const unsigned char *p = buf + NS_HFIXEDSZ, *end = buf + len;
  for (int i = 0; i < qd; i++) {
    char *name;
    long n;
    if (ares_expand_name(p, buf, len, &name, &n) != ARES_SUCCESS) return ARES_EBADRESP;
    ares_free_string(name);
    p += n + NS_QFIXEDSZ;
    if (p > end) return ARES_EBADRESP;
  }
  size_t found = 0;
  for (int i = 0; i < an; i++) {
    char *name;
    long n;
    if (ares_expand_name(p, buf, len, &name, &n) != ARES_SUCCESS) return ARES_EBADRESP;
    ares_free_string(name);
    p += n;
    if (p + NS_RRFIXEDSZ > end) return ARES_EBADRESP;
    int rtype = (p[0] << 8) | p[1];
    int rdlen = (p[8] << 8) | p[9];
    p += NS_RRFIXEDSZ;
    if (p + rdlen > end) return ARES_EBADRESP;
    if (rtype == type) {
      if (ares_expand_name(p, buf, len, &name, &n) != ARES_SUCCESS) return ARES_EBADRESP;
      JSValueRef v = cstr(ctx, name);
      ares_free_string(name);
      if (any_type != NULL) {
        JSObjectRef o = record(ctx, out);
        js_set(ctx, o, "value", v);
        tag(ctx, o, any_type);
      } else {
        push(ctx, out, v);
      }
      found++;
    }
    p += rdlen;
  }
  return found > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

/* A or AAAA: addresses into out, their TTLs into ttls (when not NULL); for
 * resolveAny, {address, ttl, type} records. */
static int parse_addresses(const unsigned char *buf, int len, int v6, JSContextRef ctx, vals *out,
                           vals *ttls, const char *any_type) {
  int n = MAX_ADDRTTLS;
  char ip[INET6_ADDRSTRLEN];
  if (v6) {
    struct ares_addr6ttl a[MAX_ADDRTTLS];
    int r = ares_parse_aaaa_reply(buf, len, NULL, a, &n);
    if (r != ARES_SUCCESS) return r;
    for (int i = 0; i < n; i++) {
      if (ares_inet_ntop(AF_INET6, &a[i].ip6addr, ip, sizeof(ip)) == NULL) continue;
      if (any_type != NULL) {
        JSObjectRef o = record(ctx, out);
        js_set_str(ctx, o, "address", ip);
        js_set_num(ctx, o, "ttl", a[i].ttl);
        tag(ctx, o, any_type);
      } else {
        push(ctx, out, js_str(ctx, ip));
        if (ttls != NULL) push(ctx, ttls, JSValueMakeNumber(ctx, a[i].ttl));
      }
    }
  } else {
    struct ares_addrttl a[MAX_ADDRTTLS];
    int r = ares_parse_a_reply(buf, len, NULL, a, &n);
    if (r != ARES_SUCCESS) return r;
    for (int i = 0; i < n; i++) {
      if (ares_inet_ntop(AF_INET, &a[i].ipaddr, ip, sizeof(ip)) == NULL) continue;
      if (any_type != NULL) {
        JSObjectRef o = record(ctx, out);
        js_set_str(ctx, o, "address", ip);
        js_set_num(ctx, o, "ttl", a[i].ttl);
        tag(ctx, o, any_type);
      } else {
        push(ctx, out, js_str(ctx, ip));
        if (ttls != NULL) push(ctx, ttls, JSValueMakeNumber(ctx, a[i].ttl));
      }
    }
  }
  return n > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

static int parse_mx(const unsigned char *buf, int len, JSContextRef ctx, vals *out, const char *any) {
  struct ares_mx_reply *mx;
  int r = ares_parse_mx_reply(buf, len, &mx);
  if (r != ARES_SUCCESS) return r;
  for (struct ares_mx_reply *m = mx; m != NULL; m = m->next) {
    JSObjectRef o = record(ctx, out);
    js_set(ctx, o, "exchange", cstr(ctx, m->host));
    js_set_num(ctx, o, "priority", m->priority);
    tag(ctx, o, any);
  }
  ares_free_data(mx);
  return ARES_SUCCESS;
}

static int parse_txt(const unsigned char *buf, int len, JSContextRef ctx, vals *out, const char *any) {
  struct ares_txt_ext *txt;
  int r = ares_parse_txt_reply_ext(buf, len, &txt);
  if (r != ARES_SUCCESS) return r;
  vals chunks = {0};
  int have = 0;
  for (struct ares_txt_ext *t = txt;; t = t->next) {
    /* A record ends where the next starts (or at the end). */
    if (have && (t == NULL || t->record_start)) {
      JSObjectRef entries = take_array(ctx, &chunks);
      if (any != NULL) {
        JSObjectRef o = record(ctx, out);
        js_set(ctx, o, "entries", entries);
        tag(ctx, o, any);
      } else {
        push(ctx, out, entries);
      }
      have = 0;
    }
    if (t == NULL) break;
    push(ctx, &chunks, str_or_empty(ctx, (const char *)t->txt, t->length));
    have = 1;
  }
  ares_free_data(txt);
  return ARES_SUCCESS;
}

static int parse_srv(const unsigned char *buf, int len, JSContextRef ctx, vals *out, const char *any) {
  struct ares_srv_reply *srv;
  int r = ares_parse_srv_reply(buf, len, &srv);
  if (r != ARES_SUCCESS) return r;
  for (struct ares_srv_reply *s = srv; s != NULL; s = s->next) {
    JSObjectRef o = record(ctx, out);
    js_set(ctx, o, "name", cstr(ctx, s->host));
    js_set_num(ctx, o, "port", s->port);
    js_set_num(ctx, o, "priority", s->priority);
    js_set_num(ctx, o, "weight", s->weight);
    tag(ctx, o, any);
  }
  ares_free_data(srv);
  return ARES_SUCCESS;
}

static int parse_naptr(const unsigned char *buf, int len, JSContextRef ctx, vals *out, const char *any) {
  struct ares_naptr_reply *naptr;
  int r = ares_parse_naptr_reply(buf, len, &naptr);
  if (r != ARES_SUCCESS) return r;
  for (struct ares_naptr_reply *x = naptr; x != NULL; x = x->next) {
    JSObjectRef o = record(ctx, out);
    js_set(ctx, o, "flags", cstr(ctx, (const char *)x->flags));
    js_set(ctx, o, "service", cstr(ctx, (const char *)x->service));
    js_set(ctx, o, "regexp", cstr(ctx, (const char *)x->regexp));
    js_set(ctx, o, "replacement", cstr(ctx, x->replacement));
    js_set_num(ctx, o, "order", x->order);
    js_set_num(ctx, o, "preference", x->preference);
    tag(ctx, o, any);
  }
  ares_free_data(naptr);
  return ARES_SUCCESS;
}

static JSObjectRef soa_object(JSContextRef ctx, const struct ares_soa_reply *s) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  js_set(ctx, o, "nsname", cstr(ctx, s->nsname));
  js_set(ctx, o, "hostmaster", cstr(ctx, s->hostmaster));
  js_set_num(ctx, o, "serial", s->serial);
  js_set_num(ctx, o, "refresh", s->refresh);
  js_set_num(ctx, o, "retry", s->retry);
  js_set_num(ctx, o, "expire", s->expire);
  js_set_num(ctx, o, "minttl", s->minttl);
  return o;
}

static int parse_caa(const unsigned char *buf, int len, JSContextRef ctx, vals *out, const char *any) {
  struct ares_caa_reply *caa;
  int r = ares_parse_caa_reply(buf, len, &caa);
  if (r != ARES_SUCCESS) return r;
  for (struct ares_caa_reply *x = caa; x != NULL; x = x->next) {
    JSObjectRef o = record(ctx, out);
    js_set_num(ctx, o, "critical", x->critical);
    char *prop = malloc(x->plength + 1);
    CHECK(prop != NULL);
    memcpy(prop, x->property, x->plength);
    prop[x->plength] = '\0';
    js_set(ctx, o, prop, str_or_empty(ctx, (const char *)x->value, x->length));
    free(prop);
    tag(ctx, o, any);
  }
  ares_free_data(caa);
  return ARES_SUCCESS;
}

/* resolveAny: every kind of record the answer holds, each with its type. */
static int parse_any(const unsigned char *buf, int len, JSContextRef ctx, vals *out) {
  int a = parse_addresses(buf, len, 0, ctx, out, NULL, "A");
  /* A CNAME is reported only when the name has no addresses. */
  if (a != ARES_SUCCESS) answer_names(buf, len, ns_t_cname, ctx, out, "CNAME");
  parse_addresses(buf, len, 1, ctx, out, NULL, "AAAA");
  parse_mx(buf, len, ctx, out, "MX");
  answer_names(buf, len, ns_t_ns, ctx, out, "NS");
  parse_txt(buf, len, ctx, out, "TXT");
  parse_srv(buf, len, ctx, out, "SRV");
  answer_names(buf, len, ns_t_ptr, ctx, out, "PTR");
  parse_naptr(buf, len, ctx, out, "NAPTR");
  struct ares_soa_reply *soa;
  if (ares_parse_soa_reply(buf, len, &soa) == ARES_SUCCESS) {
    JSObjectRef o = soa_object(ctx, soa);
    tag(ctx, o, "SOA");
    push(ctx, out, o);
    ares_free_data(soa);
  }
  parse_caa(buf, len, ctx, out, "CAA");
  return out->n > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

/* Calls req.oncomplete(status, result, ttls), then lets the query (and
 * maybe the channel) go. */
static void finish(query *q) {
  JSContextRef ctx = lode_rt->ctx;
  channel *c = q->c;
  JSValueRef args[3] = {JSValueMakeNumber(ctx, q->status),
                        q->result != NULL ? q->result : JSValueMakeUndefined(ctx),
                        q->ttls != NULL ? q->ttls : JSValueMakeUndefined(ctx)};
  JSValueRef cb = js_get(ctx, q->req, "oncomplete");
  if (JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb))
    lode_call((JSObjectRef)cb, q->req, 3, args);
  JSValueUnprotect(ctx, q->req);
  if (q->result != NULL) JSValueUnprotect(ctx, q->result);
  if (q->ttls != NULL) JSValueUnprotect(ctx, q->ttls);
  free(q);
  if (--c->pending == 0) JSValueUnprotect(ctx, c->obj);
}

/* Hands every recorded answer to JS (which may add more). */
static void drain(channel *c) {
  while (c->done != NULL) {
    query *q = c->done;
    c->done = q->next;
    if (c->done == NULL) c->done_tail = NULL;
    finish(q);
  }
}

static void on_drain(uv_timer_t *t) { drain(t->data); }

/* Records an answer (from inside c-ares) for drain(). */
static void deliver(query *q, int status, JSValueRef result, JSValueRef ttls) {
  JSContextRef ctx = lode_rt->ctx;
  channel *c = q->c;
  q->status = status;
  q->result = result;
  q->ttls = ttls;
  if (result != NULL) JSValueProtect(ctx, result);
  if (ttls != NULL) JSValueProtect(ctx, ttls);
  q->next = NULL;
  if (c->done_tail != NULL) c->done_tail->next = q;
  else c->done = q;
  c->done_tail = q;
  /* Answered during a call from JS (a bad name, cancel()): on the next
   * loop turn, as Node does. */
  if (c->in_js) CHECK(uv_timer_start(&c->drain, on_drain, 0, 0) == 0);
}

static void after_query(void *arg, int status, int timeouts, unsigned char *buf, int len) {
  (void)timeouts;
  query *q = arg;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef result = NULL, ttl_arr = NULL;
  if (status == ARES_SUCCESS) {
    vals out = {0}, ttls = {0};
    switch (q->type) {
      case Q_A: case Q_AAAA:
        status = parse_addresses(buf, len, q->type == Q_AAAA, ctx, &out, &ttls, NULL);
        ttl_arr = take_array(ctx, &ttls);
        break;
      case Q_MX: status = parse_mx(buf, len, ctx, &out, NULL); break;
      case Q_TXT: status = parse_txt(buf, len, ctx, &out, NULL); break;
      case Q_SRV: status = parse_srv(buf, len, ctx, &out, NULL); break;
      case Q_NS: status = answer_names(buf, len, ns_t_ns, ctx, &out, NULL); break;
      case Q_CNAME: status = answer_names(buf, len, ns_t_cname, ctx, &out, NULL); break;
      case Q_PTR: status = answer_names(buf, len, ns_t_ptr, ctx, &out, NULL); break;
      case Q_NAPTR: status = parse_naptr(buf, len, ctx, &out, NULL); break;
      case Q_CAA: status = parse_caa(buf, len, ctx, &out, NULL); break;
      case Q_ANY: status = parse_any(buf, len, ctx, &out); break;
      case Q_SOA: {
        struct ares_soa_reply *soa;
        status = ares_parse_soa_reply(buf, len, &soa);
        if (status == ARES_SUCCESS) {
          result = soa_object(ctx, soa);
          ares_free_data(soa);
        }
        break;
      }
    }
    if (result == NULL) result = take_array(ctx, &out);
  }
  deliver(q, status, result, ttl_arr);
}

static query *query_new(JSContextRef ctx, channel *c, JSValueRef req, int type) {
  query *q = calloc(1, sizeof(*q));
  CHECK(q != NULL);
  q->c = c;
  q->req = (JSObjectRef)req;
  q->type = type;
  JSValueProtect(ctx, q->req);
  if (c->pending++ == 0) JSValueProtect(ctx, c->obj);
  return q;
}

/* query(channel, req, type, name): req.oncomplete(status, result, ttls)
 * follows (status: an ARES_* code, 0 on success). */
static LODE_FN(cares_query) {
  LODE_UNUSED_FN_ARGS;
  channel *c = channel_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  int type = js_arg_int(ctx, argc, argv, 2, -1);
  if (argc < 4 || !JSValueIsObject(ctx, argv[1]) || type < 0 || type >= Q_COUNT)
    return js_throw(ctx, exc, "TypeError", NULL, "query(channel, req, type, name)");
  char *name = js_cstr(ctx, argv[3], exc);
  if (name == NULL) return NULL;
  query *q = query_new(ctx, c, argv[1], type);
  c->in_js = 1;
  ares_query(c->ch, name, ns_c_in, q_types[type], after_query, q);
  c->in_js = 0;
  free(name);
  schedule(c);
  return JSValueMakeNumber(ctx, 0);
}

static void after_hostbyaddr(void *arg, int status, int timeouts, struct hostent *h) {
  (void)timeouts;
  query *q = arg;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef result = NULL;
  if (status == ARES_SUCCESS && h != NULL) {
    vals out = {0};
    /* Every PTR name is an alias (h_name repeats the last one). */
    for (char **a = h->h_aliases; a != NULL && *a != NULL; a++) push(ctx, &out, cstr(ctx, *a));
    result = take_array(ctx, &out);
  }
  deliver(q, status, result, NULL);
}

/* getHostByAddr(channel, req, ip) → 0, or UV_EINVAL for a bad address */
static LODE_FN(cares_get_host_by_addr) {
  LODE_UNUSED_FN_ARGS;
  channel *c = channel_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  if (argc < 3 || !JSValueIsObject(ctx, argv[1]))
    return js_throw(ctx, exc, "TypeError", NULL, "getHostByAddr(channel, req, ip)");
  char *ip = js_cstr(ctx, argv[2], exc);
  if (ip == NULL) return NULL;
  unsigned char addr[16];
  int family = AF_INET, len = 4;
  if (uv_inet_pton(AF_INET, ip, addr) != 0) {
    family = AF_INET6;
    len = 16;
    if (uv_inet_pton(AF_INET6, ip, addr) != 0) {
      free(ip);
      return JSValueMakeNumber(ctx, UV_EINVAL);
    }
  }
  free(ip);
  query *q = query_new(ctx, c, argv[1], -1);
  c->in_js = 1;
  ares_gethostbyaddr(c->ch, addr, len, family, after_hostbyaddr, q);
  c->in_js = 0;
  schedule(c);
  return JSValueMakeNumber(ctx, 0);
}

/* cancel(channel): pending queries complete with ARES_ECANCELLED. */
static LODE_FN(cares_cancel) {
  LODE_UNUSED_FN_ARGS;
  channel *c = channel_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  c->in_js = 1;
  ares_cancel(c->ch);
  c->in_js = 0;
  schedule(c);
  return JSValueMakeUndefined(ctx);
}

/* getServers(channel) → [[ip, port], …] */
static LODE_FN(cares_get_servers) {
  LODE_UNUSED_FN_ARGS;
  channel *c = channel_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  struct ares_addr_port_node *servers;
  int r = ares_get_servers_ports(c->ch, &servers);
  if (r != ARES_SUCCESS) return js_throw(ctx, exc, "Error", NULL, ares_strerror(r));
  vals out = {0};
  char ip[INET6_ADDRSTRLEN];
  for (struct ares_addr_port_node *s = servers; s != NULL; s = s->next) {
    if (ares_inet_ntop(s->family, &s->addr, ip, sizeof(ip)) == NULL) continue;
    JSValueRef pair[2] = {js_str(ctx, ip), JSValueMakeNumber(ctx, s->udp_port)};
    push(ctx, &out, JSObjectMakeArray(ctx, 2, pair, NULL));
  }
  ares_free_data(servers);
  return take_array(ctx, &out);
}

/* setServers(channel, [[family 4|6, ip, port], …]) → 0 or an ARES_* code */
static LODE_FN(cares_set_servers) {
  LODE_UNUSED_FN_ARGS;
  channel *c = channel_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  if (argc < 2 || !JSValueIsArray(ctx, argv[1]))
    return js_throw(ctx, exc, "TypeError", NULL, "setServers(channel, list)");
  JSObjectRef list = (JSObjectRef)argv[1];
  size_t n = (size_t)js_num(ctx, js_get(ctx, list, "length"));
  struct ares_addr_port_node *nodes = calloc(n + 1, sizeof(*nodes));
  CHECK(nodes != NULL);
  int err = 0;
  for (size_t i = 0; i < n && err == 0; i++) {
    JSValueRef e = JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, NULL);
    if (e == NULL || !JSValueIsObject(ctx, e)) {
      err = ARES_EBADSTR;
      break;
    }
    JSObjectRef row = (JSObjectRef)e;
    int family = (int)js_num(ctx, JSObjectGetPropertyAtIndex(ctx, row, 0, NULL));
    char *ip = js_cstr(ctx, JSObjectGetPropertyAtIndex(ctx, row, 1, NULL), NULL);
    int port = (int)js_num(ctx, JSObjectGetPropertyAtIndex(ctx, row, 2, NULL));
    nodes[i].family = family == 6 ? AF_INET6 : AF_INET;
    if (ip == NULL || uv_inet_pton(nodes[i].family, ip, &nodes[i].addr) != 0) err = ARES_EBADSTR;
    nodes[i].udp_port = nodes[i].tcp_port = port;
    nodes[i].next = i + 1 < n ? &nodes[i + 1] : NULL;
    free(ip);
  }
  if (err == 0) err = ares_set_servers_ports(c->ch, n > 0 ? nodes : NULL);
  free(nodes);
  return JSValueMakeNumber(ctx, err);
}

/* setLocalAddress(channel, ipv4|undefined, ipv6|undefined) → 0 or UV_EINVAL */
static LODE_FN(cares_set_local_address) {
  LODE_UNUSED_FN_ARGS;
  channel *c = channel_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  for (size_t i = 1; i < 3 && i < argc; i++) {
    if (!JSValueIsString(ctx, argv[i])) continue;
    char *ip = js_cstr(ctx, argv[i], exc);
    if (ip == NULL) return NULL;
    unsigned char addr[16];
    if (uv_inet_pton(AF_INET, ip, addr) == 0) {
      ares_set_local_ip4(c->ch, ((unsigned)addr[0] << 24) | ((unsigned)addr[1] << 16) |
                                    ((unsigned)addr[2] << 8) | addr[3]);
    } else if (uv_inet_pton(AF_INET6, ip, addr) == 0) {
      ares_set_local_ip6(c->ch, addr);
    } else {
      free(ip);
      return JSValueMakeNumber(ctx, UV_EINVAL);
    }
    free(ip);
  }
  return JSValueMakeNumber(ctx, 0);
}

/* strerror(status) → c-ares's message */
static LODE_FN(cares_strerror) {
  LODE_UNUSED_FN_ARGS;
  return js_str(ctx, ares_strerror(js_arg_int(ctx, argc, argv, 0, 0)));
}

JSObjectRef lode_binding_cares_wrap(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "createChannel", cares_create_channel);
  js_set_fn(ctx, b, "query", cares_query);
  js_set_fn(ctx, b, "getHostByAddr", cares_get_host_by_addr);
  js_set_fn(ctx, b, "cancel", cares_cancel);
  js_set_fn(ctx, b, "getServers", cares_get_servers);
  js_set_fn(ctx, b, "setServers", cares_set_servers);
  js_set_fn(ctx, b, "setLocalAddress", cares_set_local_address);
  js_set_fn(ctx, b, "strerror", cares_strerror);
  static const char *names[Q_COUNT] = {"A", "AAAA", "MX", "TXT", "SRV", "NS", "CNAME",
                                       "SOA", "PTR", "NAPTR", "CAA", "ANY"};
  JSObjectRef types = JSObjectMake(ctx, NULL, NULL);
  for (int i = 0; i < Q_COUNT; i++) js_set_num(ctx, types, names[i], i);
  js_set(ctx, b, "types", types);
  return b;
}
