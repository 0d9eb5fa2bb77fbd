/* spawn_sync: run a child process to completion on a private loop (the core
 * of child_process.spawnSync, execSync and execFileSync).
 *
 * Each 'pipe' stdio slot is a socketpair: what the child writes is
 * collected, input for the child is written and then the parent's side is
 * shut down so the child sees its end. A timeout or output beyond maxBuffer
 * (counted over all pipes, as Node does) kills the child once and closes
 * the pipes, so that a grandchild holding them cannot keep us waiting. */
#include "process_wrap.h"

#include <signal.h>
#include <string.h>

#define MAX_STDIO 4096
#define READ_CHUNK 65536
#define MAX_WRITE_BUF (1u << 30)

typedef struct sync_run sync_run;

typedef struct {
  uv_pipe_t pipe;
  sync_run *run;
  int used;         /* a pipe slot: the uv_pipe_t was initialised */
  int closing;
  int child_reads;  /* we write input, then shut down */
  int child_writes; /* we collect what comes */
  const unsigned char *input;
  size_t input_len;
  uv_buf_t *wbufs;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  char *buf;
  size_t len, cap;
} sync_pipe;

struct sync_run {
  uv_loop_t loop;
  uv_process_t proc;
  uv_timer_t timer;
  sync_pipe *pipes;
  size_t npipes;
  int64_t status;
  int term_signal;
  int exited;
  int error; /* the first failure: ETIMEDOUT, ENOBUFS, or from kill */
  int kill_signal;
  int killed;
  double max_buffer;
  double total;
};

static void close_pipe(sync_pipe *p) {
  if (!p->used || p->closing) return;
  p->closing = 1;
  uv_close((uv_handle_t *)&p->pipe, NULL);
}

static void set_error(sync_run *r, int err) {
  if (r->error == 0) r->error = err;
}

/* Kills the child once (SIGKILL when the chosen signal cannot be sent),
 * closes every pipe and stops the timer. */
static void kill_child(sync_run *r) {
  if (r->killed) return;
  r->killed = 1;
  if (!r->exited) {
    int err = uv_process_kill(&r->proc, r->kill_signal);
    if (err != 0 && err != UV_ESRCH) {
      set_error(r, err);
      (void)uv_process_kill(&r->proc, SIGKILL); /* may lack the right: nothing more to do */
    }
  }
  for (size_t i = 0; i < r->npipes; i++) close_pipe(&r->pipes[i]);
  if (uv_is_active((uv_handle_t *)&r->timer)) CHECK(uv_timer_stop(&r->timer) == 0);
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)suggested;
  sync_pipe *p = h->data;
  if (p->cap - p->len < READ_CHUNK) {
    size_t cap = p->cap ? p->cap * 2 : READ_CHUNK;
    char *nb = realloc(p->buf, cap);
    if (nb == NULL) {
      *buf = uv_buf_init(NULL, 0); /* libuv reports UV_ENOBUFS */
      return;
    }
    p->buf = nb;
    p->cap = cap;
  }
  *buf = uv_buf_init(p->buf + p->len, (unsigned)(p->cap - p->len));
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  sync_pipe *p = s->data;
  sync_run *r = p->run;
  if (n > 0) {
    p->len += (size_t)n;
    r->total += (double)n;
    if (r->total > r->max_buffer) {
      set_error(r, UV_ENOBUFS);
      kill_child(r);
    }
  } else if (n < 0) {
    if (n != UV_EOF) set_error(r, (int)n);
    close_pipe(p);
  }
}

static void after_shutdown(uv_shutdown_t *req, int status) {
  (void)status; /* EPIPE and the like: the child did not want its input */
  sync_pipe *p = req->data;
  if (!p->child_writes) close_pipe(p);
}

static void shutdown_pipe(sync_pipe *p) {
  if (p->closing) return;
  p->shutdown_req.data = p;
  if (uv_shutdown(&p->shutdown_req, (uv_stream_t *)&p->pipe, after_shutdown) != 0 && !p->child_writes)
    close_pipe(p);
}

static void after_write(uv_write_t *req, int status) {
  (void)status;
  sync_pipe *p = req->data;
  free(p->wbufs);
  p->wbufs = NULL;
  shutdown_pipe(p);
}

/* Starts the parent's side of a pipe once the child runs. */
static void start_pipe(sync_pipe *p) {
  if (!p->used) return;
  if (p->child_writes) {
    int err = uv_read_start((uv_stream_t *)&p->pipe, on_alloc, on_read);
    if (err != 0) {
      set_error(p->run, err);
      close_pipe(p);
      return;
    }
  }
  if (!p->child_reads) return;
  if (p->input_len == 0) {
    shutdown_pipe(p);
    return;
  }
  size_t n = (p->input_len + MAX_WRITE_BUF - 1) / MAX_WRITE_BUF;
  p->wbufs = malloc(n * sizeof(uv_buf_t));
  CHECK(p->wbufs != NULL);
  for (size_t i = 0; i < n; i++) {
    size_t off = i * MAX_WRITE_BUF;
    size_t len = p->input_len - off < MAX_WRITE_BUF ? p->input_len - off : MAX_WRITE_BUF;
    p->wbufs[i] = uv_buf_init((char *)p->input + off, (unsigned)len);
  }
  p->write_req.data = p;
  if (uv_write(&p->write_req, (uv_stream_t *)&p->pipe, p->wbufs, (unsigned)n, after_write) != 0) {
    free(p->wbufs);
    p->wbufs = NULL;
    shutdown_pipe(p);
  }
}

static void on_exit_cb(uv_process_t *proc, int64_t status, int sig) {
  sync_run *r = proc->data;
  r->status = status;
  r->term_signal = sig;
  r->exited = 1;
  uv_close((uv_handle_t *)proc, NULL);
}

static void on_timeout(uv_timer_t *t) {
  sync_run *r = t->data;
  set_error(r, UV_ETIMEDOUT);
  kill_child(r);
}

static void close_any(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h)) uv_close(h, NULL);
}

/* Reads the stdio slots: { type: 'pipe', readable, writable, input } |
 * { type: 'ignore' } | { type: 'fd' | 'inherit', fd }. 0, UV_EINVAL, or
 * LODE_SPAWN_THREW. */
static int read_stdio(JSContextRef ctx, JSObjectRef options, sync_run *r,
                      uv_stdio_container_t **out, JSValueRef *exc) {
  *out = NULL;
  JSValueRef sv = js_get(ctx, options, "stdio");
  if (!JSValueIsArray(ctx, sv)) return UV_EINVAL;
  double len = js_num(ctx, js_get(ctx, (JSObjectRef)sv, "length"));
  if (!(len >= 0) || len > MAX_STDIO) return UV_EINVAL;
  size_t n = (size_t)len;
  uv_stdio_container_t *stdio = calloc(n > 0 ? n : 1, sizeof(*stdio));
  r->pipes = calloc(n > 0 ? n : 1, sizeof(sync_pipe));
  CHECK(stdio != NULL && r->pipes != NULL);
  r->npipes = n;
  *out = stdio;
  for (size_t i = 0; i < n; i++) {
    sync_pipe *p = &r->pipes[i];
    p->run = r;
    stdio[i].flags = UV_IGNORE;
    JSValueRef slot = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)sv, (unsigned)i, exc);
    if (slot == NULL) return LODE_SPAWN_THREW;
    if (!JSValueIsObject(ctx, slot)) return UV_EINVAL;
    JSObjectRef o = (JSObjectRef)slot;
    JSValueRef tv = js_get(ctx, o, "type");
    if (!JSValueIsString(ctx, tv)) return UV_EINVAL;
    char *type = js_cstr(ctx, tv, exc);
    if (type == NULL) return LODE_SPAWN_THREW;
    int err = 0;
    if (strcmp(type, "pipe") == 0) {
      p->child_reads = JSValueToBoolean(ctx, js_get(ctx, o, "readable"));
      p->child_writes = JSValueToBoolean(ctx, js_get(ctx, o, "writable"));
      JSValueRef in = js_get(ctx, o, "input");
      if (JSValueIsObject(ctx, in)) {
        unsigned char *bytes;
        size_t blen;
        if (js_view_bytes(ctx, in, &bytes, &blen, exc) != 0) err = LODE_SPAWN_THREW;
        p->input = bytes;
        p->input_len = err == 0 ? blen : 0;
        /* Input on any slot is written to the child, whichever way it faces. */
        if (p->input_len > 0) p->child_reads = 1;
      }
      p->used = 1; /* initialised by the caller, on the private loop */
      stdio[i].flags = UV_CREATE_PIPE | (p->child_reads ? UV_READABLE_PIPE : 0) |
                       (p->child_writes ? UV_WRITABLE_PIPE : 0);
      stdio[i].data.stream = (uv_stream_t *)&p->pipe;
    } else if (strcmp(type, "fd") == 0 || strcmp(type, "inherit") == 0) {
      JSValueRef fv = js_get(ctx, o, "fd");
      double fd = JSValueIsNumber(ctx, fv) ? js_num(ctx, fv) : -1;
      if (fd >= 0 && fd <= 2147483647.0) {
        stdio[i].flags = UV_INHERIT_FD;
        stdio[i].data.fd = (int)fd;
      }
    } else if (strcmp(type, "ignore") != 0) {
      err = UV_EINVAL;
    }
    free(type);
    if (err != 0) return err;
  }
  return 0;
}

/* One ArrayBuffer per slot the child wrote to, null for the others. Each
 * goes into the JS array as soon as it exists: a malloc'd list of values
 * would hide them from the collector. */
static JSObjectRef output_array(JSContextRef ctx, sync_run *r, JSValueRef *exc) {
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (arr == NULL) return NULL;
  for (size_t i = 0; i < r->npipes; i++) {
    sync_pipe *p = &r->pipes[i];
    JSValueRef item = JSValueMakeNull(ctx);
    if (p->used && p->child_writes) {
      char *bytes = p->buf != NULL ? p->buf : malloc(1);
      CHECK(bytes != NULL);
      p->buf = NULL; /* the ArrayBuffer owns it now (or freed it) */
      JSObjectRef ab = js_array_buffer_adopt(ctx, bytes, p->len, exc);
      if (ab == NULL) return NULL;
      item = ab;
    }
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, item, exc);
    if (exc != NULL && *exc != NULL) return NULL;
  }
  return arr;
}

/* The result for a child that could not be started. */
static JSObjectRef failed(JSContextRef ctx, int err) {
  JSObjectRef res = JSObjectMake(ctx, NULL, NULL);
  js_set_num(ctx, res, "error", err);
  js_set(ctx, res, "status", JSValueMakeNull(ctx));
  js_set_num(ctx, res, "signal", 0);
  js_set(ctx, res, "output", JSValueMakeNull(ctx));
  js_set_num(ctx, res, "pid", 0);
  return res;
}

/* spawn({ file, args, envPairs, cwd, uid, gid, detached, stdio, timeout,
 * killSignal, maxBuffer }) → { pid, status, signal, output, error? }:
 * status null when a signal ended the child, signal 0 when none; output
 * one ArrayBuffer per slot the child writes to (else null), or null when
 * the child could not be started; error a negative errno. */
static LODE_FN(spawn_sync) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "spawn(options)");
  JSObjectRef options = (JSObjectRef)argv[0];
  sync_run *r = calloc(1, sizeof(*r));
  CHECK(r != NULL);
  uv_stdio_container_t *stdio = NULL;
  lode_spawn_options so;
  JSValueRef result = NULL;
  int err = lode_spawn_options_read(ctx, options, &so, exc);
  if (err == 0) err = read_stdio(ctx, options, r, &stdio, exc);
  if (err == LODE_SPAWN_THREW) goto done;
  if (err != 0) {
    /* Options no child could start with (too many arguments, say). */
    result = failed(ctx, err);
    goto done;
  }
  double timeout = js_num(ctx, js_get(ctx, options, "timeout"));
  double kill_signal = js_num(ctx, js_get(ctx, options, "killSignal"));
  r->kill_signal = kill_signal >= 1 && kill_signal < 65 ? (int)kill_signal : SIGTERM;
  r->max_buffer = js_num(ctx, js_get(ctx, options, "maxBuffer"));
  if (!(r->max_buffer >= 0)) r->max_buffer = 1024 * 1024;

  CHECK(uv_loop_init(&r->loop) == 0);
  for (size_t i = 0; i < r->npipes; i++) {
    sync_pipe *p = &r->pipes[i];
    if (!p->used) continue;
    CHECK(uv_pipe_init(&r->loop, &p->pipe, 0) == 0); /* cannot fail on Unix */
    p->pipe.data = p;
  }
  so.o.stdio = stdio;
  so.o.stdio_count = (int)r->npipes;
  so.o.exit_cb = on_exit_cb;
  r->proc.data = r;
  err = uv_spawn(&r->loop, &r->proc, &so.o);
  JSObjectRef res;
  if (err != 0) {
    uv_close((uv_handle_t *)&r->proc, NULL);
    for (size_t i = 0; i < r->npipes; i++) close_pipe(&r->pipes[i]);
    CHECK(uv_run(&r->loop, UV_RUN_DEFAULT) == 0);
    res = failed(ctx, err);
  } else {
    res = JSObjectMake(ctx, NULL, NULL);
    CHECK(uv_timer_init(&r->loop, &r->timer) == 0);
    r->timer.data = r;
    if (timeout > 0) {
      CHECK(uv_timer_start(&r->timer, on_timeout, timeout < 1e15 ? (uint64_t)timeout : (uint64_t)1e15, 0) == 0);
      /* The child and its pipes keep the loop running; the timer alone does not. */
      uv_unref((uv_handle_t *)&r->timer);
    }
    for (size_t i = 0; i < r->npipes; i++) start_pipe(&r->pipes[i]);
    uv_run(&r->loop, UV_RUN_DEFAULT);
    /* Only the timer (and handles already closing) can be left. */
    uv_walk(&r->loop, close_any, NULL);
    CHECK(uv_run(&r->loop, UV_RUN_DEFAULT) == 0);
    if (r->error != 0) js_set_num(ctx, res, "error", r->error);
    js_set(ctx, res, "status", r->exited && r->term_signal == 0 ? JSValueMakeNumber(ctx, (double)r->status)
                                                                 : JSValueMakeNull(ctx));
    js_set_num(ctx, res, "signal", r->term_signal);
    JSObjectRef out = output_array(ctx, r, exc);
    if (out == NULL) {
      CHECK(uv_loop_close(&r->loop) == 0);
      goto done;
    }
    js_set(ctx, res, "output", out);
    js_set_num(ctx, res, "pid", r->proc.pid);
  }
  CHECK(uv_loop_close(&r->loop) == 0);
  result = res;
done:
  for (size_t i = 0; i < r->npipes; i++) free(r->pipes[i].buf);
  free(r->pipes);
  free(r);
  free(stdio);
  lode_spawn_options_free(&so);
  return result;
}

JSObjectRef lode_binding_spawn_sync(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "spawn", spawn_sync);
  return b;
}
