/* tls_wrap: TLS connections for node:tls.
 *
 * The record layer runs in C. A connection sits on a libuv stream handle
 * (stream_wrap's TCP or pipe handle): encrypted bytes read from the stream
 * go through OpenSSL here, and JS receives the cleartext of each read in one
 * call, as with a plain socket; cleartext written from JS is encrypted and
 * written to the stream in the same call (uv_try_write first, the rest
 * queued). The handshake, session tickets, alerts and key updates never
 * reach JS. A connection may instead be fed from JS (a generic Duplex):
 * receive() takes encrypted bytes and onencrypted() hands them back.
 *
 * OpenSSL reads records from a memory BIO and writes them to a BIO of ours
 * that appends to a buffer, which a flush hands to libuv without a copy
 * when the kernel does not take it all at once. Callbacks that OpenSSL
 * makes in the middle of a handshake (ClientHello for SNICallback, new
 * sessions, key log lines) only record what happened; JS hears of it after
 * the OpenSSL call returns, so JS never runs inside OpenSSL. The
 * ClientHello callback suspends the handshake (SSL_CLIENT_HELLO_RETRY)
 * until JS has chosen a context. */
#include "tls.h"

#include "crypto_x509.h"
#include "stream_wrap.h"
#include "utf8.h"

#include <string.h>

#include <openssl/err.h>
#include <openssl/x509v3.h>

#define READ_SIZE 65536
#define COALESCE_MAX 16384 /* small chunks written together go in one record */

enum {
  CB_ONREAD,       /* (arrayBuffer | errno) */
  CB_ONHANDSHAKE,  /* () the handshake (or a renegotiation) is done */
  CB_ONERROR,      /* (error | errno) */
  CB_ONHELLO,      /* (servername, alpn | undefined) the handshake waits for resumeHello */
  CB_ONSESSION,    /* (arrayBuffer) a new session (client) */
  CB_ONWRITE,      /* (req, status) */
  CB_ONSHUTDOWN,   /* (req, status) */
  CB_ONENCRYPTED,  /* (arrayBuffer) bytes for the peer (JS-fed connections) */
  CB_ONKEYLOG,     /* (arrayBuffer) a line of NSS key log (SSLKEYLOGFILE) */
  CB_COUNT
};
static JSObjectRef callbacks[CB_COUNT];

/* Bytes for JS that OpenSSL produced mid-call (sessions, key log lines). */
typedef struct pending_bytes {
  struct pending_bytes *next;
  unsigned char *der;
  size_t len;
} pending_bytes;

typedef struct {
  SSL *ssl;
  BIO *in, *out;    /* network side; owned by ssl */
  char *obuf;       /* records written by OpenSSL, not yet sent (out BIO) */
  size_t olen, ocap;
  lode_stream *s;   /* the stream carrying the records, or NULL (JS-fed) */
  JSObjectRef obj;  /* the JS handle; NULL once collected */
  int refs;         /* the JS handle, queued writes, calls in progress */
  unsigned is_server : 1;
  unsigned js_fed : 1;
  unsigned started : 1;
  unsigned handshake_done : 1;
  unsigned destroyed : 1;
  unsigned js_paused : 1;     /* JS does not want cleartext now */
  unsigned stream_reading : 1;
  unsigned eof : 1;           /* the peer ended (close_notify or EOF) */
  unsigned eof_emitted : 1;
  unsigned hello_pause : 1;   /* SNICallback / ALPNCallback: stop at the ClientHello */
  unsigned hello_waiting : 1;
  unsigned hello_done : 1;
  unsigned session_events : 1;
  unsigned keylog_events : 1;
  unsigned reneg_pending : 1;
  unsigned shutdown_sent : 1;
  SSL_CTX *sni_ctx;           /* chosen by SNICallback */
  char *hello_servername;
  unsigned char *hello_alpn;  /* the client's ALPN list (wire format) */
  size_t hello_alpn_len;
  int alpn_choice;            /* ALPNCallback: 0 none, 1 chosen (alpn_chosen), -1 refused */
  char *alpn_chosen;
  unsigned char *alpn;        /* the server's protocols (wire format) */
  size_t alpn_len;
  pending_bytes *sessions;
  pending_bytes *keylog;    /* lines, emitted before the session events */
} conn;

/* ---- which connection reads which stream ---- */

/* Open addressing over stream pointers: the libuv read callbacks get the
 * stream, and its data pointer is stream_wrap's. */
static lode_stream **map_keys;
static conn **map_vals;
static size_t map_cap, map_used;

static size_t map_slot(lode_stream *s) {
  uintptr_t h = (uintptr_t)s;
  h ^= h >> 17;
  h *= 0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 7) & (map_cap - 1);
}

static void map_put(lode_stream *s, conn *c);

static void map_grow(void) {
  lode_stream **ok = map_keys;
  conn **ov = map_vals;
  size_t oc = map_cap;
  map_cap = oc ? oc * 2 : 64;
  map_keys = calloc(map_cap, sizeof(*map_keys));
  map_vals = calloc(map_cap, sizeof(*map_vals));
  CHECK(map_keys != NULL && map_vals != NULL);
  map_used = 0;
  for (size_t i = 0; i < oc; i++)
    if (ok[i] != NULL) map_put(ok[i], ov[i]);
  free(ok);
  free(ov);
}

static void map_put(lode_stream *s, conn *c) {
  if ((map_used + 1) * 2 > map_cap) map_grow();
  size_t i = map_slot(s);
  while (map_keys[i] != NULL && map_keys[i] != s) i = (i + 1) & (map_cap - 1);
  if (map_keys[i] == NULL) map_used++;
  map_keys[i] = s;
  map_vals[i] = c;
}

static conn *map_get(lode_stream *s) {
  if (map_cap == 0) return NULL;
  size_t i = map_slot(s);
  while (map_keys[i] != NULL) {
    if (map_keys[i] == s) return map_vals[i];
    i = (i + 1) & (map_cap - 1);
  }
  return NULL;
}

static void map_del(lode_stream *s) {
  if (map_cap == 0) return;
  size_t i = map_slot(s);
  while (map_keys[i] != NULL && map_keys[i] != s) i = (i + 1) & (map_cap - 1);
  if (map_keys[i] == NULL) return;
  map_keys[i] = NULL;
  map_vals[i] = NULL;
  map_used--;
  /* Re-insert the rest of the cluster so lookups still find them. */
  for (size_t j = (i + 1) & (map_cap - 1); map_keys[j] != NULL; j = (j + 1) & (map_cap - 1)) {
    lode_stream *k = map_keys[j];
    conn *v = map_vals[j];
    map_keys[j] = NULL;
    map_vals[j] = NULL;
    map_used--;
    map_put(k, v);
  }
}

/* ---- lifetime ---- */

static void conn_free(conn *c) {
  SSL_free(c->ssl);
  free(c->obuf);
  SSL_CTX_free(c->sni_ctx);
  free(c->hello_servername);
  free(c->hello_alpn);
  free(c->alpn_chosen);
  free(c->alpn);
  for (pending_bytes **list = &c->sessions; list != NULL; list = list == &c->sessions ? &c->keylog : NULL) {
    while (*list != NULL) {
      pending_bytes *p = *list;
      *list = p->next;
      free(p->der);
      free(p);
    }
  }
  free(c);
}

static void conn_unref(conn *c) {
  if (--c->refs == 0) conn_free(c);
}

/* Stops reading the stream and forgets it (before its handle closes). */
static void detach(conn *c) {
  if (c->s == NULL) return;
  if (c->stream_reading && !uv_is_closing(&c->s->h.handle)) uv_read_stop(&c->s->h.stream);
  c->stream_reading = 0;
  map_del(c->s);
  c->s = NULL;
}

static void on_finalize(JSObjectRef obj) {
  conn *c = JSObjectGetPrivate(obj);
  if (c == NULL) return;
  c->obj = NULL;
  c->destroyed = 1;
  detach(c);
  conn_unref(c);
}

static JSClassRef wrap_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "TLSWrap";
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
  }
  return cls;
}

static conn *conn_of(JSContextRef ctx, JSValueRef v) {
  if (v == NULL || !JSValueIsObjectOfClass(ctx, v, wrap_class())) return NULL;
  return JSObjectGetPrivate((JSObjectRef)v);
}

/* The live connection of argument 0, or a throw. */
static conn *conn_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  conn *c = argc > 0 ? conn_of(ctx, argv[0]) : NULL;
  if (c == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "not a TLS handle");
  return c;
}

/* ---- calling JS ---- */

/* Inside a binding function (called from JS) callbacks are called directly
 * and the first exception is returned to that caller; from the event loop
 * they go through the door. */
static int nesting;
static JSValueRef nested_exc;

static void emit(conn *c, int which, size_t argc, const JSValueRef argv[]) {
  if (c->obj == NULL || callbacks[which] == NULL) return;
  if (nesting > 0) {
    if (nested_exc != NULL) return;
    JSValueRef exc = NULL;
    JSObjectCallAsFunction(lode_rt->ctx, callbacks[which], c->obj, argc, argv, &exc);
    if (exc != NULL) {
      nested_exc = exc;
      JSValueProtect(lode_rt->ctx, exc);
    }
  } else {
    lode_call(callbacks[which], c->obj, argc, argv);
  }
}

/* Whether processing must stop: destroyed from JS, or a callback threw. */
static int halted(conn *c) { return c->destroyed || (nesting > 0 && nested_exc != NULL); }

#define ENTER() (nesting++)
static JSValueRef leave(JSValueRef r, JSValueRef *exc) {
  if (--nesting == 0 && nested_exc != NULL) {
    *exc = nested_exc;
    JSValueUnprotect(lode_rt->ctx, nested_exc);
    nested_exc = NULL;
    return NULL;
  }
  return r;
}

static void emit_errno(conn *c, int which, int err) {
  JSValueRef v = JSValueMakeNumber(lode_rt->ctx, err);
  emit(c, which, 1, &v);
}

static void emit_list(conn *c, pending_bytes **list, int which) {
  while (*list != NULL && !halted(c)) {
    pending_bytes *p = *list;
    *list = p->next;
    JSValueRef ab = js_array_buffer_adopt(lode_rt->ctx, p->der, p->len, NULL);
    free(p);
    if (ab != NULL) emit(c, which, 1, &ab);
  }
}

static void emit_keylog(conn *c) { emit_list(c, &c->keylog, CB_ONKEYLOG); }

static void emit_sessions(conn *c) {
  emit_keylog(c);
  emit_list(c, &c->sessions, CB_ONSESSION);
}

static void queue_bytes(pending_bytes **list, const void *bytes, size_t len) {
  pending_bytes *p = calloc(1, sizeof(*p));
  CHECK(p != NULL);
  p->der = malloc(len > 0 ? len : 1);
  CHECK(p->der != NULL);
  memcpy(p->der, bytes, len);
  p->len = len;
  while (*list != NULL) list = &(*list)->next;
  *list = p;
}

/* ---- writing records ---- */

typedef struct {
  uv_write_t req;
  conn *c;
  char *bytes;
  JSObjectRef js; /* the JS write request, or NULL (our own records) */
} write_req;

static void after_write(uv_write_t *req, int status) {
  write_req *w = req->data;
  conn *c = w->c;
  free(w->bytes);
  if (w->js != NULL) {
    JSValueRef args[2] = {w->js, JSValueMakeNumber(lode_rt->ctx, status)};
    emit(c, CB_ONWRITE, 2, args);
    JSValueUnprotect(lode_rt->ctx, w->js);
  } else if (status < 0 && status != UV_ECANCELED && !c->destroyed) {
    emit_errno(c, CB_ONERROR, status);
  }
  free(w);
  conn_unref(c);
}

/* The out BIO: records OpenSSL writes are appended to c->obuf, which a
 * flush hands to libuv (no copy) or JS. */
static int obio_write(BIO *b, const char *data, int len) {
  conn *c = BIO_get_data(b);
  if (c == NULL || len < 0) return -1;
  if (c->olen + (size_t)len > c->ocap) {
    size_t cap = c->ocap ? c->ocap : 4096;
    while (cap < c->olen + (size_t)len) cap *= 2;
    char *p = realloc(c->obuf, cap);
    if (p == NULL) return -1;
    c->obuf = p;
    c->ocap = cap;
  }
  memcpy(c->obuf + c->olen, data, (size_t)len);
  c->olen += (size_t)len;
  return len;
}

static long obio_ctrl(BIO *b, int cmd, long num, void *ptr) {
  (void)num;
  (void)ptr;
  conn *c = BIO_get_data(b);
  switch (cmd) {
    case BIO_CTRL_FLUSH: return 1;
    case BIO_CTRL_WPENDING:
    case BIO_CTRL_PENDING: return c != NULL ? (long)c->olen : 0;
    default: return 0;
  }
}

static int obio_create(BIO *b) {
  BIO_set_init(b, 1);
  return 1;
}

static BIO_METHOD *obio_method(void) {
  static BIO_METHOD *m;
  if (m == NULL) {
    m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "lode TLS records");
    CHECK(m != NULL);
    BIO_meth_set_write(m, obio_write);
    BIO_meth_set_ctrl(m, obio_ctrl);
    BIO_meth_set_create(m, obio_create);
  }
  return m;
}

/* Sends the records OpenSSL has written. Returns 0 (all written, or
 * nothing to write), 1 (queued: onwrite(js) follows when js is given) or a
 * negative errno. */
static int flush(conn *c, JSValueRef js) {
  size_t n = c->olen;
  if (n == 0) return 0;
  if (c->js_fed) {
    char *copy = malloc(n);
    CHECK(copy != NULL);
    memcpy(copy, c->obuf, n);
    c->olen = 0;
    JSValueRef ab = js_array_buffer_adopt(lode_rt->ctx, copy, n, NULL);
    if (ab == NULL) return UV_ENOMEM;
    emit(c, CB_ONENCRYPTED, 1, &ab);
    return 0;
  }
  if (c->s == NULL || uv_is_closing(&c->s->h.handle)) {
    c->olen = 0;
    return UV_EPIPE;
  }
  uv_stream_t *stream = &c->s->h.stream;
  size_t done = 0;
  if (stream->write_queue_size == 0) {
    uv_buf_t b = uv_buf_init(c->obuf, (unsigned)n);
    int w = uv_try_write(stream, &b, 1);
    if (w < 0 && w != UV_EAGAIN) {
      c->olen = 0;
      return w;
    }
    if (w > 0) done = (size_t)w;
    if (done == n) {
      c->olen = 0;
      return 0;
    }
  }
  /* The rest goes with a write request that takes the buffer over. */
  write_req *w = calloc(1, sizeof(*w));
  CHECK(w != NULL);
  w->bytes = c->obuf;
  c->obuf = NULL;
  c->olen = c->ocap = 0;
  w->req.data = w;
  w->c = c;
  uv_buf_t b = uv_buf_init(w->bytes + done, (unsigned)(n - done));
  int err = uv_write(&w->req, stream, &b, 1, after_write);
  if (err != 0) {
    free(w->bytes);
    free(w);
    return err;
  }
  c->refs++;
  if (js != NULL && JSValueIsObject(lode_rt->ctx, js)) {
    w->js = (JSObjectRef)js;
    JSValueProtect(lode_rt->ctx, js);
    return 1;
  }
  return js != NULL ? 1 : 0;
}

/* Sends our own records (handshake, alerts, tickets); a failure is the
 * connection's error. */
static void flush_own(conn *c) {
  int err = flush(c, NULL);
  if (err < 0 && !c->destroyed) emit_errno(c, CB_ONERROR, err);
}

/* ---- reading records ---- */

static void update_reading(conn *c);

static void emit_cleartext(conn *c, char *bytes, size_t len) {
  JSValueRef ab = js_array_buffer_adopt(lode_rt->ctx, bytes, len, NULL);
  if (ab == NULL) {
    emit_errno(c, CB_ONREAD, UV_ENOMEM);
    return;
  }
  emit(c, CB_ONREAD, 1, &ab);
}

static void emit_eof(conn *c) {
  if (c->eof_emitted) return;
  c->eof_emitted = 1;
  emit_errno(c, CB_ONREAD, UV_EOF);
}

static unsigned char scratch[READ_SIZE];

/* Decrypts everything buffered and hands it to JS in one call. */
static void read_cleartext(conn *c) {
  char *acc = NULL;
  size_t len = 0, cap = 0;
  ERR_clear_error();
  for (;;) {
    int n = SSL_read(c->ssl, scratch, sizeof(scratch));
    /* Nothing buffered anywhere: done, without another SSL_read to learn
     * it (the usual case of a small request in one record). */
    int drained = n > 0 && SSL_pending(c->ssl) == 0 && BIO_ctrl_pending(c->in) == 0;
    if (n > 0) {
      if (len + (size_t)n > cap) {
        /* Exactly the first record's size; then room for a read's worth. */
        cap = len == 0 && drained ? (size_t)n : (len + (size_t)n > READ_SIZE ? len + (size_t)n : READ_SIZE);
        acc = realloc(acc, cap);
        CHECK(acc != NULL);
      }
      memcpy(acc + len, scratch, (size_t)n);
      len += (size_t)n;
      if (!drained && len >= READ_SIZE) {
        emit_cleartext(c, acc, len);
        acc = NULL;
        len = cap = 0;
        if (halted(c)) return;
        ERR_clear_error(); /* whatever JS left behind is not ours */
      }
      if (!drained) continue;
    }
    int e = drained ? SSL_ERROR_WANT_READ : SSL_get_error(c->ssl, n);
    int fatal = e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE && e != SSL_ERROR_ZERO_RETURN;
    /* Taken now: JS may run below, and the queue is per thread. */
    JSValueRef err = fatal ? lode_tls_error(lode_rt->ctx, 1, "TLS read failed") : NULL;
    if (err != NULL) JSValueProtect(lode_rt->ctx, err);
    /* Reading may have produced records to send (key updates, tickets, alerts). */
    flush_own(c);
    if (len > 0 && !halted(c)) {
      emit_cleartext(c, acc, len);
      acc = NULL;
    }
    free(acc);
    if (!halted(c)) emit_sessions(c);
    if (!halted(c) && c->reneg_pending && !SSL_renegotiate_pending(c->ssl)) {
      c->reneg_pending = 0;
      emit(c, CB_ONHANDSHAKE, 0, NULL);
    }
    if (!halted(c)) {
      if (err != NULL) {
        emit(c, CB_ONERROR, 1, &err);
      } else if (e == SSL_ERROR_ZERO_RETURN) { /* close_notify */
        c->eof = 1;
        update_reading(c);
        emit_eof(c);
      }
    }
    if (err != NULL) JSValueUnprotect(lode_rt->ctx, err);
    return;
  }
}

static void do_handshake(conn *c) {
  if (c->hello_waiting) return;
  ERR_clear_error();
  int r = SSL_do_handshake(c->ssl);
  int e = r == 1 ? SSL_ERROR_NONE : SSL_get_error(c->ssl, r);
  int fatal = r != 1 && e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE &&
              e != SSL_ERROR_WANT_CLIENT_HELLO_CB;
  JSValueRef err = fatal ? lode_tls_error(lode_rt->ctx, 1, "TLS handshake failed") : NULL;
  if (err != NULL) {
    /* The alert of a failed handshake goes out before the error. */
    JSValueProtect(lode_rt->ctx, err);
    flush_own(c);
    if (!halted(c)) emit(c, CB_ONERROR, 1, &err);
    JSValueUnprotect(lode_rt->ctx, err);
    return;
  }
  emit_keylog(c);
  if (halted(c)) return;
  if (r == 1) {
    /* JS looks at the peer first: a client that refuses the server's
     * certificate closes without sending its Finished (as Node does), and
     * one that accepts it sends the Finished with its first write. */
    c->handshake_done = 1;
    update_reading(c); /* from now on, as JS wants */
    emit(c, CB_ONHANDSHAKE, 0, NULL);
    if (halted(c)) return;
    flush_own(c);
    if (halted(c)) return;
    emit_sessions(c);
    return;
  }
  flush_own(c);
  if (halted(c)) return;
  if (e == SSL_ERROR_WANT_CLIENT_HELLO_CB) {
    c->hello_waiting = 1;
    JSValueRef args[2] = {
      js_str(lode_rt->ctx, c->hello_servername != NULL ? c->hello_servername : ""),
      JSValueMakeUndefined(lode_rt->ctx),
    };
    if (c->hello_alpn != NULL) {
      void *copy = malloc(c->hello_alpn_len);
      CHECK(copy != NULL);
      memcpy(copy, c->hello_alpn, c->hello_alpn_len);
      JSObjectRef ab = js_array_buffer_adopt(lode_rt->ctx, copy, c->hello_alpn_len, NULL);
      if (ab != NULL) args[1] = ab;
    }
    emit(c, CB_ONHELLO, 2, args);
  }
}

/* Runs the connection on what has arrived. */
static void cycle(conn *c) {
  if (c->destroyed) return;
  c->refs++;
  if (!c->handshake_done) do_handshake(c);
  if (c->handshake_done && !halted(c)) read_cleartext(c);
  conn_unref(c);
}

/* ---- the stream ---- */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h;
  (void)suggested;
  /* Bytes are copied into the BIO at once, so one buffer serves all. */
  *buf = uv_buf_init((char *)scratch, sizeof(scratch));
}

static void on_stream_read(uv_stream_t *stream, ssize_t n, const uv_buf_t *buf) {
  conn *c = map_get(stream->data);
  if (c == NULL || n == 0) return;
  if (n > 0) {
    if (BIO_write(c->in, buf->base, (int)n) != (int)n) {
      emit_errno(c, CB_ONERROR, UV_ENOMEM);
      return;
    }
    cycle(c);
    return;
  }
  /* EOF or a read error: no more records. */
  c->refs++;
  c->eof = 1;
  update_reading(c);
  if (n == UV_EOF) {
    if (c->handshake_done) emit_eof(c);
    else emit_errno(c, CB_ONREAD, UV_EOF);
  } else {
    emit_errno(c, CB_ONREAD, (int)n);
  }
  conn_unref(c);
}

/* Reads while the handshake runs, and then while JS wants cleartext. */
static void update_reading(conn *c) {
  if (c->s == NULL || uv_is_closing(&c->s->h.handle)) return;
  int want = !c->destroyed && !c->eof && c->started && (!c->handshake_done || !c->js_paused);
  if (want && !c->stream_reading) {
    if (uv_read_start(&c->s->h.stream, on_alloc, on_stream_read) == 0) c->stream_reading = 1;
  } else if (!want && c->stream_reading) {
    uv_read_stop(&c->s->h.stream);
    c->stream_reading = 0;
  }
}

/* ---- OpenSSL callbacks (installed on every context) ---- */

static int alpn_select(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                       const unsigned char *in, unsigned inlen, void *arg) {
  (void)arg;
  conn *c = SSL_get_app_data(ssl);
  if (c != NULL && c->alpn_choice < 0) return SSL_TLSEXT_ERR_ALERT_FATAL;
  if (c != NULL && c->alpn_choice > 0) {
    /* ALPNCallback's answer (JS checked it is one of the client's). */
    size_t want = strlen(c->alpn_chosen);
    for (unsigned i = 0; i < inlen && i + 1 + in[i] <= inlen; i += 1u + in[i]) {
      if (in[i] == want && memcmp(in + i + 1, c->alpn_chosen, want) == 0) {
        *out = in + i + 1;
        *outlen = in[i];
        return SSL_TLSEXT_ERR_OK;
      }
    }
    return SSL_TLSEXT_ERR_ALERT_FATAL;
  }
  if (c == NULL || c->alpn == NULL) return SSL_TLSEXT_ERR_NOACK;
  unsigned char *sel = NULL;
  int r = SSL_select_next_proto(&sel, outlen, c->alpn, (unsigned)c->alpn_len, in, inlen);
  if (r != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_ALERT_FATAL;
  *out = sel;
  return SSL_TLSEXT_ERR_OK;
}

/* The host name of a ClientHello's server_name extension, or NULL. */
static char *hello_servername(SSL *ssl) {
  const unsigned char *p;
  size_t len;
  if (!SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &len) || len < 5) return NULL;
  size_t list = ((size_t)p[0] << 8) | p[1];
  if (list + 2 > len || p[2] != TLSEXT_NAMETYPE_host_name) return NULL;
  size_t n = ((size_t)p[3] << 8) | p[4];
  if (n + 5 > len || n == 0) return NULL;
  return strndup((const char *)p + 5, n);
}

static int client_hello(SSL *ssl, int *al, void *arg) {
  (void)al;
  (void)arg;
  conn *c = SSL_get_app_data(ssl);
  if (c == NULL || !c->hello_pause) return SSL_CLIENT_HELLO_SUCCESS;
  if (!c->hello_done) {
    free(c->hello_servername);
    c->hello_servername = hello_servername(ssl);
    free(c->hello_alpn);
    c->hello_alpn = NULL;
    const unsigned char *p;
    size_t len;
    /* The protocol list without its two-byte length. */
    if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_application_layer_protocol_negotiation, &p, &len) &&
        len > 2 && (((size_t)p[0] << 8) | p[1]) == len - 2) {
      c->hello_alpn = malloc(len - 2);
      CHECK(c->hello_alpn != NULL);
      memcpy(c->hello_alpn, p + 2, len - 2);
      c->hello_alpn_len = len - 2;
    }
    return SSL_CLIENT_HELLO_RETRY;
  }
  if (c->sni_ctx != NULL && SSL_get_SSL_CTX(ssl) != c->sni_ctx) {
    if (SSL_set_SSL_CTX(ssl, c->sni_ctx) == NULL) return SSL_CLIENT_HELLO_ERROR;
    lode_tls_prepare_verify(c->sni_ctx);
  }
  return SSL_CLIENT_HELLO_SUCCESS;
}

static int new_session(SSL *ssl, SSL_SESSION *sess) {
  conn *c = SSL_get_app_data(ssl);
  if (c == NULL || c->is_server || !c->session_events) return 0;
  int len = i2d_SSL_SESSION(sess, NULL);
  if (len <= 0) return 0;
  unsigned char *der = malloc((size_t)len);
  CHECK(der != NULL);
  unsigned char *w = der;
  len = i2d_SSL_SESSION(sess, &w);
  if (len > 0) queue_bytes(&c->sessions, der, (size_t)len);
  free(der);
  return 0; /* we keep no reference */
}

/* A key log line (with its newline, as Node gives it) for 'keylog'. */
static void keylog_line(const SSL *ssl, const char *line) {
  conn *c = SSL_get_app_data(ssl);
  if (c == NULL || !c->keylog_events) return;
  size_t n = strlen(line);
  char *copy = malloc(n + 1);
  CHECK(copy != NULL);
  memcpy(copy, line, n);
  copy[n] = '\n';
  queue_bytes(&c->keylog, copy, n + 1);
  free(copy);
}

void lode_tls_install_callbacks(SSL_CTX *sctx) {
  SSL_CTX_set_alpn_select_cb(sctx, alpn_select, NULL);
  SSL_CTX_set_client_hello_cb(sctx, client_hello, NULL);
  SSL_CTX_sess_set_new_cb(sctx, new_session);
  SSL_CTX_set_keylog_callback(sctx, keylog_line);
}

/* The server's peer check when it requests a certificate: the result is
 * looked at after the handshake (authorized / authorizationError). */
static int accept_any(int ok, X509_STORE_CTX *sc) {
  (void)ok;
  (void)sc;
  return 1;
}

/* ---- binding functions ---- */

/* create(secureContext, isServer, streamHandle | null) → handle. With a
 * stream, the connection reads and writes it (its JS reading stops). */
static LODE_FN(tw_create) {
  LODE_UNUSED_FN_ARGS;
  SSL_CTX *sctx = argc > 0 ? lode_tls_context_of(ctx, argv[0]) : NULL;
  if (sctx == NULL) return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "not a SecureContext");
  lode_stream *s = NULL;
  if (argc > 2 && !JSValueIsNull(ctx, argv[2]) && !JSValueIsUndefined(ctx, argv[2])) {
    s = lode_stream_of(ctx, argv[2]);
    if (s == NULL || uv_is_closing(&s->h.handle))
      return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "stream handle is closed");
    if (map_get(s) != NULL)
      return js_throw(ctx, exc, "Error", "ERR_TLS_INVALID_STATE", "stream already carries TLS");
  }
  conn *c = calloc(1, sizeof(*c));
  CHECK(c != NULL);
  ERR_clear_error();
  c->ssl = SSL_new(sctx);
  c->in = BIO_new(BIO_s_mem());
  c->out = BIO_new(obio_method());
  if (c->ssl == NULL || c->in == NULL || c->out == NULL) {
    BIO_free(c->in);
    BIO_free(c->out);
    SSL_free(c->ssl);
    free(c);
    *exc = lode_tls_error(ctx, 0, "SSL_new failed");
    return NULL;
  }
  /* An empty in BIO means "wait for more", not EOF. */
  BIO_set_mem_eof_return(c->in, -1);
  BIO_set_data(c->out, c);
  SSL_set_bio(c->ssl, c->in, c->out);
  SSL_set_app_data(c->ssl, c);
  c->is_server = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  if (c->is_server) {
    SSL_set_accept_state(c->ssl);
  } else {
    SSL_set_connect_state(c->ssl);
    /* Verification runs to its end and JS judges its result after the
     * handshake (rejectUnauthorized), as Node does. */
    SSL_set_verify(c->ssl, SSL_VERIFY_PEER, accept_any);
  }
  c->refs = 1;
  c->obj = JSObjectMake(ctx, wrap_class(), c);
  if (s != NULL) {
    if (!uv_is_closing(&s->h.handle)) uv_read_stop(&s->h.stream);
    c->s = s;
    map_put(s, c);
  } else {
    c->js_fed = 1;
  }
  return c->obj;
}

/* start(handle): begins the handshake (a client sends its hello) and reading. */
static LODE_FN(tw_start) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  if (c->started || c->destroyed) return JSValueMakeUndefined(ctx);
  c->started = 1;
  lode_tls_prepare_verify(SSL_get_SSL_CTX(c->ssl));
  ENTER();
  update_reading(c);
  cycle(c);
  return leave(JSValueMakeUndefined(ctx), exc);
}

/* readStart(handle) / readStop(handle): whether JS wants cleartext now. */
static LODE_FN(tw_read_start) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  c->js_paused = 0;
  update_reading(c);
  return JSValueMakeNumber(ctx, 0);
}

static LODE_FN(tw_read_stop) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  c->js_paused = 1;
  update_reading(c);
  return JSValueMakeNumber(ctx, 0);
}

/* Encrypts bufs[0..n) and sends the records: 0 | 1 (onwrite follows) | errno. */
static int write_clear(conn *c, JSValueRef req, const uv_buf_t *bufs, size_t n) {
  if (c->destroyed) return UV_EPIPE;
  if (!c->handshake_done) return UV_ENOTCONN;
  size_t total = 0;
  for (size_t i = 0; i < n; i++) total += bufs[i].len;
  ERR_clear_error();
  if (n > 1 && total <= COALESCE_MAX) {
    /* Head and body of a small response: one record, not two. */
    unsigned char joined[COALESCE_MAX];
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
      memcpy(joined + off, bufs[i].base, bufs[i].len);
      off += bufs[i].len;
    }
    if (SSL_write(c->ssl, joined, (int)total) <= 0) goto failed;
  } else {
    for (size_t i = 0; i < n; i++) {
      size_t off = 0;
      while (off < bufs[i].len) {
        size_t chunk = bufs[i].len - off;
        if (chunk > (size_t)1 << 30) chunk = (size_t)1 << 30;
        int w = SSL_write(c->ssl, bufs[i].base + off, (int)chunk);
        if (w <= 0) goto failed;
        off += (size_t)w;
      }
    }
  }
  return flush(c, req);
failed: {
  JSValueRef err = lode_tls_error(lode_rt->ctx, 1, "TLS write failed");
  JSValueProtect(lode_rt->ctx, err);
  flush_own(c);
  if (!halted(c)) emit(c, CB_ONERROR, 1, &err);
  JSValueUnprotect(lode_rt->ctx, err);
  return UV_EPROTO;
}
}

/* writeBuffer(handle, req, view) → 0 | 1 | errno */
static LODE_FN(tw_write_buffer) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  unsigned char *p;
  size_t len;
  if (argc < 3 || js_view_bytes(ctx, argv[2], &p, &len, exc) != 0) return NULL;
  uv_buf_t b = uv_buf_init((char *)p, (unsigned)len);
  ENTER();
  int r = write_clear(c, argv[1], &b, 1);
  return leave(JSValueMakeNumber(ctx, r), exc);
}

/* writeUtf8String(handle, req, string) → bytes * 2 + (0 | 1) | errno: the
 * byte count saves JS measuring the string. */
static LODE_FN(tw_write_utf8) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  if (argc < 3 || !JSValueIsString(ctx, argv[2]))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "data must be a string");
  JSStringRef str = JSValueToStringCopy(ctx, argv[2], exc);
  if (str == NULL) return NULL;
  size_t n = JSStringGetLength(str);
  const uint16_t *u = n > 0 ? JSStringGetCharactersPtr(str) : NULL;
  size_t len = n > 0 ? lode_utf16_utf8_length(u, n) : 0;
  char *bytes = lode_malloc_filled(len > 0 ? len : 1);
  CHECK(bytes != NULL);
  if (n > 0) lode_utf16_to_utf8(u, n, (unsigned char *)bytes, len, NULL);
  JSStringRelease(str);
  uv_buf_t b = uv_buf_init(bytes, (unsigned)len);
  ENTER();
  int r = write_clear(c, argv[1], &b, 1);
  free(bytes); /* OpenSSL has copied the cleartext into records */
  return leave(JSValueMakeNumber(ctx, r < 0 ? (double)r : (double)len * 2 + r), exc);
}

/* writev(handle, req, [view…]) → 0 | 1 | errno */
static LODE_FN(tw_writev) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  if (argc < 3 || !JSValueIsArray(ctx, argv[2]))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "chunks must be an array");
  JSObjectRef arr = (JSObjectRef)argv[2];
  size_t n = (size_t)js_num(ctx, js_get(ctx, arr, "length"));
  uv_buf_t small[16];
  uv_buf_t *bufs = n <= 16 ? small : malloc(n * sizeof(uv_buf_t));
  CHECK(bufs != NULL);
  for (size_t i = 0; i < n; i++) {
    unsigned char *p;
    size_t len;
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, exc);
    if (v == NULL || js_view_bytes(ctx, v, &p, &len, exc) != 0) {
      if (bufs != small) free(bufs);
      return NULL;
    }
    bufs[i] = uv_buf_init((char *)p, (unsigned)len);
  }
  ENTER();
  int r = write_clear(c, argv[1], bufs, n);
  if (bufs != small) free(bufs);
  return leave(JSValueMakeNumber(ctx, r), exc);
}

typedef struct {
  uv_shutdown_t req;
  conn *c;
  JSObjectRef js; /* protected */
} shutdown_req;

static void after_shutdown(uv_shutdown_t *req, int status) {
  shutdown_req *r = req->data;
  conn *c = r->c;
  JSValueRef args[2] = {r->js, JSValueMakeNumber(lode_rt->ctx, status)};
  emit(c, CB_ONSHUTDOWN, 2, args);
  JSValueUnprotect(lode_rt->ctx, r->js);
  free(r);
  conn_unref(c);
}

/* shutdown(handle, req) → 0 (onshutdown follows) | 1 (done: JS-fed) | errno.
 * Sends close_notify, then ends the stream's writing side. */
static LODE_FN(tw_shutdown) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  ENTER();
  if (c->handshake_done && !c->shutdown_sent && !c->destroyed) {
    c->shutdown_sent = 1;
    ERR_clear_error();
    (void)SSL_shutdown(c->ssl);
    ERR_clear_error();
    flush_own(c);
  }
  if (c->js_fed || c->destroyed) return leave(JSValueMakeNumber(ctx, 1), exc);
  if (c->s == NULL || uv_is_closing(&c->s->h.handle)) return leave(JSValueMakeNumber(ctx, UV_ENOTCONN), exc);
  shutdown_req *r = calloc(1, sizeof(*r));
  CHECK(r != NULL);
  r->req.data = r;
  r->c = c;
  r->js = argc > 1 && JSValueIsObject(ctx, argv[1]) ? (JSObjectRef)argv[1] : JSObjectMake(ctx, NULL, NULL);
  int err = uv_shutdown(&r->req, &c->s->h.stream, after_shutdown);
  if (err != 0) {
    free(r);
    return leave(JSValueMakeNumber(ctx, err), exc);
  }
  JSValueProtect(ctx, r->js);
  c->refs++;
  return leave(JSValueMakeNumber(ctx, 0), exc);
}

/* receive(handle, view): encrypted bytes from a JS-fed transport. */
static LODE_FN(tw_receive) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  unsigned char *p;
  size_t len;
  if (argc < 2 || js_view_bytes(ctx, argv[1], &p, &len, exc) != 0) return NULL;
  if (c->destroyed || c->eof) return JSValueMakeUndefined(ctx);
  if (len > 0 && BIO_write(c->in, p, (int)len) != (int)len) return JSValueMakeNumber(ctx, UV_ENOMEM);
  ENTER();
  if (c->started) cycle(c);
  return leave(JSValueMakeUndefined(ctx), exc);
}

/* receiveEnd(handle): the JS-fed transport ended. */
static LODE_FN(tw_receive_end) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  if (c->destroyed || c->eof) return JSValueMakeUndefined(ctx);
  c->eof = 1;
  ENTER();
  if (c->handshake_done) emit_eof(c);
  else emit_errno(c, CB_ONREAD, UV_EOF);
  return leave(JSValueMakeUndefined(ctx), exc);
}

/* destroy(handle): no more reading or writing; the stream is the caller's
 * to close (after this). */
static LODE_FN(tw_destroy) {
  LODE_UNUSED_FN_ARGS;
  conn *c = argc > 0 ? conn_of(ctx, argv[0]) : NULL;
  if (c == NULL || c->destroyed) return JSValueMakeUndefined(ctx);
  c->destroyed = 1;
  detach(c);
  return JSValueMakeUndefined(ctx);
}

/* resumeHello(handle, secureContext | null, alpn): SNICallback and
 * ALPNCallback have answered; alpn is the protocol chosen, false to refuse
 * the client's, undefined to leave ALPN as configured. */
static LODE_FN(tw_resume_hello) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  if (!c->hello_waiting) return JSValueMakeUndefined(ctx);
  if (argc > 2 && JSValueIsString(ctx, argv[2])) {
    char *name = js_cstr(ctx, argv[2], exc);
    if (name == NULL) return NULL;
    free(c->alpn_chosen);
    c->alpn_chosen = name;
    c->alpn_choice = 1;
  } else if (argc > 2 && JSValueIsBoolean(ctx, argv[2])) {
    c->alpn_choice = -1;
  }
  SSL_CTX *sctx = argc > 1 ? lode_tls_context_of(ctx, argv[1]) : NULL;
  if (sctx != NULL) {
    SSL_CTX_up_ref(sctx);
    SSL_CTX_free(c->sni_ctx);
    c->sni_ctx = sctx;
  }
  c->hello_waiting = 0;
  c->hello_done = 1;
  ENTER();
  cycle(c);
  return leave(JSValueMakeUndefined(ctx), exc);
}

/* configure(handle, {servername, alpn, session, requestCert,
 * rejectUnauthorized, helloPause, sessionEvents, keylog}) before start(). */
static LODE_FN(tw_configure) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  if (argc < 2 || !JSValueIsObject(ctx, argv[1])) return JSValueMakeUndefined(ctx);
  JSObjectRef o = (JSObjectRef)argv[1];
  JSValueRef v = js_get(ctx, o, "servername");
  if (JSValueIsString(ctx, v)) {
    char *name = js_cstr(ctx, v, exc);
    if (name == NULL) return NULL;
    int ok = SSL_set_tlsext_host_name(c->ssl, name);
    free(name);
    if (!ok) {
      *exc = lode_tls_error(ctx, 0, "Failed to set the server name");
      return NULL;
    }
  }
  v = js_get(ctx, o, "alpn");
  if (JSValueIsObject(ctx, v)) {
    unsigned char *p;
    size_t len;
    if (js_view_bytes(ctx, v, &p, &len, exc) != 0) return NULL;
    if (c->is_server) {
      free(c->alpn);
      c->alpn = malloc(len > 0 ? len : 1);
      CHECK(c->alpn != NULL);
      memcpy(c->alpn, p, len);
      c->alpn_len = len;
    } else if (SSL_set_alpn_protos(c->ssl, p, (unsigned)len) != 0) {
      *exc = lode_tls_error(ctx, 0, "Failed to set ALPN protocols");
      return NULL;
    }
  }
  v = js_get(ctx, o, "session");
  if (JSValueIsObject(ctx, v)) {
    unsigned char *p;
    size_t len;
    if (js_view_bytes(ctx, v, &p, &len, exc) != 0) return NULL;
    const unsigned char *q = p;
    SSL_SESSION *sess = len > 0 ? d2i_SSL_SESSION(NULL, &q, (long)len) : NULL;
    if (sess == NULL) {
      ERR_clear_error();
      return js_throw(ctx, exc, "Error", "ERR_TLS_INVALID_SESSION", "Failed to set session");
    }
    int ok = SSL_set_session(c->ssl, sess);
    SSL_SESSION_free(sess);
    if (!ok) {
      *exc = lode_tls_error(ctx, 0, "Failed to set session");
      return NULL;
    }
  }
  if (c->is_server && JSValueToBoolean(ctx, js_get(ctx, o, "requestCert"))) {
    int mode = SSL_VERIFY_PEER;
    if (JSValueToBoolean(ctx, js_get(ctx, o, "rejectUnauthorized"))) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    SSL_set_verify(c->ssl, mode, accept_any);
  }
  if (JSValueToBoolean(ctx, js_get(ctx, o, "helloPause"))) c->hello_pause = 1;
  if (JSValueToBoolean(ctx, js_get(ctx, o, "sessionEvents"))) c->session_events = 1;
  if (JSValueToBoolean(ctx, js_get(ctx, o, "keylog"))) c->keylog_events = 1;
  return JSValueMakeUndefined(ctx);
}

/* ---- queries ---- */

static LODE_FN(tw_get_protocol) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  return js_str(ctx, SSL_get_version(c->ssl));
}

/* getCipher(handle) → {name, standardName, version} | null */
static LODE_FN(tw_get_cipher) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  const SSL_CIPHER *ci = SSL_get_current_cipher(c->ssl);
  if (ci == NULL) return JSValueMakeNull(ctx);
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  js_set_str(ctx, o, "name", SSL_CIPHER_get_name(ci));
  const char *std = SSL_CIPHER_standard_name(ci);
  js_set_str(ctx, o, "standardName", std != NULL ? std : SSL_CIPHER_get_name(ci));
  js_set_str(ctx, o, "version", SSL_CIPHER_get_version(ci));
  return o;
}

/* getEphemeralKeyInfo(handle) → {type, name?, size} | {} */
static LODE_FN(tw_get_ephemeral_key_info) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  EVP_PKEY *key = NULL;
  if (!SSL_get_peer_tmp_key(c->ssl, &key) || key == NULL) return o;
  int id = EVP_PKEY_get_base_id(key);
  if (id == EVP_PKEY_DH) {
    js_set_str(ctx, o, "type", "DH");
    js_set_num(ctx, o, "size", EVP_PKEY_get_bits(key));
  } else if (id == EVP_PKEY_EC) {
    js_set_str(ctx, o, "type", "ECDH");
    char group[80];
    size_t glen = 0;
    if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof(group), &glen) == 1) {
      int nid = OBJ_sn2nid(group);
      js_set_str(ctx, o, "name", nid != NID_undef ? OBJ_nid2sn(nid) : group);
    }
    js_set_num(ctx, o, "size", EVP_PKEY_get_bits(key));
  } else if (id == EVP_PKEY_X25519 || id == EVP_PKEY_X448) {
    js_set_str(ctx, o, "type", "ECDH");
    js_set_str(ctx, o, "name", id == EVP_PKEY_X25519 ? "X25519" : "X448");
    js_set_num(ctx, o, "size", EVP_PKEY_get_bits(key));
  }
  EVP_PKEY_free(key);
  ERR_clear_error();
  return o;
}

/* A certificate as Node's legacy object (crypto_x509.c makes it), or NULL. */
static JSObjectRef cert_object(JSContextRef ctx, X509 *x) {
  JSValueRef ignored = NULL;
  JSObjectRef o = lode_crypto_x509_legacy(ctx, x, &ignored);
  ERR_clear_error();
  return o;
}

/* A certificate and its issuers as linked legacy objects. */
static JSValueRef cert_chain_object(JSContextRef ctx, X509 *leaf, STACK_OF(X509) *chain) {
  JSObjectRef first = cert_object(ctx, leaf);
  if (first == NULL) return JSValueMakeNull(ctx);
  JSObjectRef cur_obj = first;
  X509 *cur = leaf;
  int n = chain != NULL ? sk_X509_num(chain) : 0;
  unsigned char *used = n > 0 ? calloc((size_t)n, 1) : NULL;
  for (int depth = 0; depth < 16; depth++) {
    if (X509_check_issued(cur, cur) == X509_V_OK) {
      js_set(ctx, cur_obj, "issuerCertificate", cur_obj); /* a root: its own issuer */
      break;
    }
    int found = -1;
    for (int i = 0; i < n && found < 0; i++) {
      X509 *x = sk_X509_value(chain, i);
      if (!used[i] && x != cur && X509_cmp(x, cur) != 0 && X509_check_issued(x, cur) == X509_V_OK) found = i;
    }
    if (found < 0) break;
    used[found] = 1;
    X509 *next = sk_X509_value(chain, found);
    JSObjectRef next_obj = cert_object(ctx, next);
    if (next_obj == NULL) break;
    js_set(ctx, cur_obj, "issuerCertificate", next_obj);
    cur = next;
    cur_obj = next_obj;
  }
  free(used);
  ERR_clear_error();
  return first;
}

/* getPeerCertificate(handle, detailed) → legacy object | null */
static LODE_FN(tw_get_peer_certificate) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  X509 *peer = SSL_get1_peer_certificate(c->ssl);
  if (peer == NULL) return JSValueMakeNull(ctx);
  JSValueRef r;
  if (argc > 1 && JSValueToBoolean(ctx, argv[1])) {
    STACK_OF(X509) *chain = SSL_get0_verified_chain(c->ssl);
    if (chain == NULL || sk_X509_num(chain) == 0) chain = SSL_get_peer_cert_chain(c->ssl);
    r = cert_chain_object(ctx, peer, chain);
  } else {
    JSObjectRef o = cert_object(ctx, peer);
    r = o != NULL ? (JSValueRef)o : JSValueMakeNull(ctx);
  }
  X509_free(peer);
  return r;
}

/* getCertificate(handle) → the local certificate | null */
static LODE_FN(tw_get_certificate) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  X509 *x = SSL_get_certificate(c->ssl);
  JSObjectRef o = x != NULL ? cert_object(ctx, x) : NULL;
  return o != NULL ? (JSValueRef)o : JSValueMakeNull(ctx);
}

/* verifyError(handle) → null | [code, message] */
static LODE_FN(tw_verify_error) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  X509 *peer = SSL_get1_peer_certificate(c->ssl);
  long err = peer == NULL ? X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT : SSL_get_verify_result(c->ssl);
  X509_free(peer);
  if (err == X509_V_OK) return JSValueMakeNull(ctx);
  const char *code = lode_tls_verify_code(err);
  JSValueRef items[2] = {
    code != NULL ? js_str(ctx, code) : JSValueMakeUndefined(ctx),
    js_str(ctx, X509_verify_cert_error_string(err)),
  };
  return JSObjectMakeArray(ctx, 2, items, exc);
}

static JSValueRef bytes_value(JSContextRef ctx, const unsigned char *p, size_t len) {
  void *copy = malloc(len > 0 ? len : 1);
  CHECK(copy != NULL);
  if (len > 0) memcpy(copy, p, len);
  JSObjectRef ab = js_array_buffer_adopt(ctx, copy, len, NULL);
  return ab != NULL ? (JSValueRef)ab : JSValueMakeUndefined(ctx);
}

/* getSession(handle) → ArrayBuffer | undefined */
static LODE_FN(tw_get_session) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  SSL_SESSION *sess = SSL_get_session(c->ssl);
  int len = sess != NULL ? i2d_SSL_SESSION(sess, NULL) : 0;
  if (len <= 0) return JSValueMakeUndefined(ctx);
  unsigned char *der = malloc((size_t)len);
  CHECK(der != NULL);
  unsigned char *w = der;
  (void)i2d_SSL_SESSION(sess, &w);
  JSObjectRef ab = js_array_buffer_adopt(ctx, der, (size_t)len, exc);
  return ab;
}

/* getTLSTicket(handle) → ArrayBuffer | undefined */
static LODE_FN(tw_get_ticket) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  SSL_SESSION *sess = SSL_get_session(c->ssl);
  const unsigned char *t = NULL;
  size_t len = 0;
  if (sess == NULL || !SSL_SESSION_has_ticket(sess)) return JSValueMakeUndefined(ctx);
  SSL_SESSION_get0_ticket(sess, &t, &len);
  return bytes_value(ctx, t, len);
}

static LODE_FN(tw_is_session_reused) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  return JSValueMakeBoolean(ctx, SSL_session_reused(c->ssl) == 1);
}

/* getServername(handle) → string | false */
static LODE_FN(tw_get_servername) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  const char *name = SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name);
  return name != NULL ? js_str(ctx, name) : JSValueMakeBoolean(ctx, false);
}

/* getALPN(handle) → string | false */
static LODE_FN(tw_get_alpn) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  const unsigned char *p = NULL;
  unsigned len = 0;
  SSL_get0_alpn_selected(c->ssl, &p, &len);
  if (p == NULL || len == 0) return JSValueMakeBoolean(ctx, false);
  return js_strn(ctx, (const char *)p, len);
}

/* getFinished(handle, peer) → ArrayBuffer | undefined */
static LODE_FN(tw_get_finished) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  unsigned char buf[EVP_MAX_MD_SIZE];
  size_t n = argc > 1 && JSValueToBoolean(ctx, argv[1]) ? SSL_get_peer_finished(c->ssl, buf, sizeof(buf))
                                                      : SSL_get_finished(c->ssl, buf, sizeof(buf));
  if (n == 0) return JSValueMakeUndefined(ctx);
  return bytes_value(ctx, buf, n < sizeof(buf) ? n : sizeof(buf));
}

/* exportKeyingMaterial(handle, length, label, context?) → ArrayBuffer */
static LODE_FN(tw_export_keying_material) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  int len = js_arg_int(ctx, argc, argv, 1, 0);
  if (len <= 0 || argc < 3) return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "bad length");
  char *label = js_cstr(ctx, argv[2], exc);
  if (label == NULL) return NULL;
  unsigned char *cp = NULL;
  size_t clen = 0;
  int use_ctx = argc > 3 && JSValueIsObject(ctx, argv[3]);
  if (use_ctx && js_view_bytes(ctx, argv[3], &cp, &clen, exc) != 0) {
    free(label);
    return NULL;
  }
  unsigned char *out = malloc((size_t)len);
  CHECK(out != NULL);
  int ok = SSL_export_keying_material(c->ssl, out, (size_t)len, label, strlen(label), cp, clen, use_ctx);
  free(label);
  if (ok != 1) {
    free(out);
    *exc = lode_tls_error(ctx, 0, "Key extraction failed");
    return NULL;
  }
  return js_array_buffer_adopt(ctx, out, (size_t)len, exc);
}

/* renegotiate(handle): starts a TLS 1.2 renegotiation; onhandshake follows
 * when it is done. Throws (TLS 1.3 cannot). */
static LODE_FN(tw_renegotiate) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  ERR_clear_error();
  if (!c->handshake_done || SSL_renegotiate(c->ssl) != 1) {
    *exc = lode_tls_error(ctx, 0, "Failed to renegotiate");
    return NULL;
  }
  c->reneg_pending = 1;
  ERR_clear_error();
  int r = SSL_do_handshake(c->ssl);
  int e = r == 1 ? SSL_ERROR_NONE : SSL_get_error(c->ssl, r);
  if (r <= 0 && e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
    c->reneg_pending = 0;
    *exc = lode_tls_error(ctx, 0, "Failed to renegotiate");
    return NULL;
  }
  ENTER();
  flush_own(c);
  return leave(JSValueMakeUndefined(ctx), exc);
}

/* disableRenegotiation(handle) */
static LODE_FN(tw_disable_renegotiation) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  SSL_set_options(c->ssl, SSL_OP_NO_RENEGOTIATION);
  return JSValueMakeUndefined(ctx);
}

/* setMaxSendFragment(handle, size) → bool */
static LODE_FN(tw_set_max_send_fragment) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  return JSValueMakeBoolean(ctx, SSL_set_max_send_fragment(c->ssl, js_arg_int(ctx, argc, argv, 1, 16384)) == 1);
}

/* enableTrace(handle): OpenSSL's protocol trace of this connection on
 * stderr, as Node's enableTrace() prints it. */
static LODE_FN(tw_enable_trace) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  static BIO *err_bio;
  if (err_bio == NULL) err_bio = BIO_new_fp(stderr, BIO_NOCLOSE);
  if (err_bio != NULL) {
    SSL_set_msg_callback(c->ssl, SSL_trace);
    SSL_set_msg_callback_arg(c->ssl, err_bio);
  }
  return JSValueMakeUndefined(ctx);
}

/* getSharedSigalgs(handle) → ['ECDSA+SHA256', …] */
static LODE_FN(tw_get_shared_sigalgs) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (arr == NULL) return NULL;
  int n = SSL_get_shared_sigalgs(c->ssl, 0, NULL, NULL, NULL, NULL, NULL);
  for (int i = 0; i < n; i++) {
    int sign = 0, hash = 0;
    (void)SSL_get_shared_sigalgs(c->ssl, i, &sign, &hash, NULL, NULL, NULL);
    const char *sn;
    switch (sign) {
      case EVP_PKEY_RSA: sn = "RSA"; break;
      case EVP_PKEY_RSA_PSS: sn = "RSA-PSS"; break;
      case EVP_PKEY_DSA: sn = "DSA"; break;
      case EVP_PKEY_EC: sn = "ECDSA"; break;
      case NID_ED25519: sn = "Ed25519"; break;
      case NID_ED448: sn = "Ed448"; break;
      default: sn = OBJ_nid2sn(sign); break;
    }
    char name[128];
    snprintf(name, sizeof(name), "%s+%s", sn != NULL ? sn : "UNDEF", OBJ_nid2sn(hash));
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, js_str(ctx, name), NULL);
  }
  return arr;
}

/* setKeyCert(handle, secureContext): this connection's certificate, key
 * and chain from another context. */
static LODE_FN(tw_set_key_cert) {
  LODE_UNUSED_FN_ARGS;
  conn *c = conn_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  SSL_CTX *sctx = argc > 1 ? lode_tls_context_of(ctx, argv[1]) : NULL;
  if (sctx == NULL)
    return js_throw(ctx, exc, "TypeError", "ERR_TLS_INVALID_CONTEXT", "context must be a SecureContext");
  X509 *cert = SSL_CTX_get0_certificate(sctx);
  EVP_PKEY *key = SSL_CTX_get0_privatekey(sctx);
  STACK_OF(X509) *chain = NULL;
  (void)SSL_CTX_get0_chain_certs(sctx, &chain);
  ERR_clear_error();
  if (cert == NULL || key == NULL || SSL_use_certificate(c->ssl, cert) != 1 ||
      SSL_use_PrivateKey(c->ssl, key) != 1 || SSL_set1_chain(c->ssl, chain) != 1) {
    *exc = lode_tls_error(ctx, 0, "Failed to set the key and certificate");
    return NULL;
  }
  return JSValueMakeUndefined(ctx);
}

/* setCallbacks({onread, onhandshake, onerror, onhello, onsession, onwrite,
 * onshutdown, onencrypted, onkeylog}) */
static LODE_FN(tw_set_callbacks) {
  LODE_UNUSED_FN_ARGS;
  static const char *const names[CB_COUNT] = {"onread", "onhandshake", "onerror", "onhello",
                                              "onsession", "onwrite", "onshutdown", "onencrypted",
                                              "onkeylog"};
  return js_take_callbacks(ctx, argc > 0 ? argv[0] : NULL, names, callbacks, CB_COUNT, exc);
}

JSObjectRef lode_binding_tls_wrap(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "setCallbacks", tw_set_callbacks);
  js_set_fn(ctx, b, "create", tw_create);
  js_set_fn(ctx, b, "configure", tw_configure);
  js_set_fn(ctx, b, "start", tw_start);
  js_set_fn(ctx, b, "readStart", tw_read_start);
  js_set_fn(ctx, b, "readStop", tw_read_stop);
  js_set_fn(ctx, b, "writeBuffer", tw_write_buffer);
  js_set_fn(ctx, b, "writeUtf8String", tw_write_utf8);
  js_set_fn(ctx, b, "writev", tw_writev);
  js_set_fn(ctx, b, "shutdown", tw_shutdown);
  js_set_fn(ctx, b, "receive", tw_receive);
  js_set_fn(ctx, b, "receiveEnd", tw_receive_end);
  js_set_fn(ctx, b, "destroy", tw_destroy);
  js_set_fn(ctx, b, "resumeHello", tw_resume_hello);
  js_set_fn(ctx, b, "getProtocol", tw_get_protocol);
  js_set_fn(ctx, b, "getCipher", tw_get_cipher);
  js_set_fn(ctx, b, "getEphemeralKeyInfo", tw_get_ephemeral_key_info);
  js_set_fn(ctx, b, "getPeerCertificate", tw_get_peer_certificate);
  js_set_fn(ctx, b, "getCertificate", tw_get_certificate);
  js_set_fn(ctx, b, "verifyError", tw_verify_error);
  js_set_fn(ctx, b, "getSession", tw_get_session);
  js_set_fn(ctx, b, "getTLSTicket", tw_get_ticket);
  js_set_fn(ctx, b, "isSessionReused", tw_is_session_reused);
  js_set_fn(ctx, b, "getServername", tw_get_servername);
  js_set_fn(ctx, b, "getALPN", tw_get_alpn);
  js_set_fn(ctx, b, "getFinished", tw_get_finished);
  js_set_fn(ctx, b, "exportKeyingMaterial", tw_export_keying_material);
  js_set_fn(ctx, b, "renegotiate", tw_renegotiate);
  js_set_fn(ctx, b, "disableRenegotiation", tw_disable_renegotiation);
  js_set_fn(ctx, b, "setMaxSendFragment", tw_set_max_send_fragment);
  js_set_fn(ctx, b, "getSharedSigalgs", tw_get_shared_sigalgs);
  js_set_fn(ctx, b, "enableTrace", tw_enable_trace);
  js_set_fn(ctx, b, "setKeyCert", tw_set_key_cert);
  return b;
}
