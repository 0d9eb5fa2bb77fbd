/* spawn_sync: run a child process to completion on a private loop, with
 * piped stdio (the core of child_process.spawnSync). */
#include "runtime.h"

#include <signal.h>
#include <string.h>

typedef struct {
  uv_pipe_t pipe;
  char *buf;
  size_t len, cap;
  int open;
} sync_out;

typedef struct {
  uv_process_t proc;
  uv_pipe_t in;
  int in_open;
  sync_out out[2];
  uv_timer_t timer;
  int64_t status;
  int term_signal;
  int exited;
  int timed_out;
  int kill_signal;
} sync_child;

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  sync_out *o = h->data;
  if (o->cap - o->len < suggested) {
    size_t cap = o->cap ? o->cap * 2 : 65536;
    while (cap - o->len < suggested) cap *= 2;
    char *nb = realloc(o->buf, cap);
    CHECK(nb != NULL);
    o->buf = nb;
    o->cap = cap;
  }
  buf->base = o->buf + o->len;
  buf->len = o->cap - o->len;
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  sync_out *o = s->data;
  if (n > 0) o->len += (size_t)n;
  else if (n < 0 && o->open) {
    o->open = 0;
    uv_close((uv_handle_t *)s, NULL);
  }
}

static void on_child_exit(uv_process_t *p, int64_t status, int sig) {
  sync_child *c = p->data;
  c->status = status;
  c->term_signal = sig;
  c->exited = 1;
  uv_close((uv_handle_t *)p, NULL);
  if (uv_is_active((uv_handle_t *)&c->timer)) uv_timer_stop(&c->timer);
  uv_close((uv_handle_t *)&c->timer, NULL);
}

static void on_timeout(uv_timer_t *t) {
  sync_child *c = t->data;
  c->timed_out = 1;
  uv_process_kill(&c->proc, c->kill_signal);
}

static void on_written(uv_write_t *w, int status) {
  (void)status;
  sync_child *c = w->data;
  free(w);
  if (c->in_open) {
    c->in_open = 0;
    uv_close((uv_handle_t *)&c->in, NULL);
  }
}

/* Frees a NULL-terminated array of strings built by string_array(). */
static void free_strings(char **v) {
  if (v == NULL) return;
  for (char **p = v; *p; p++) free(*p);
  free(v);
}

/* A JS array of strings as a NULL-terminated C array (NULL on exception). */
static char **string_array(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSObjectRef arr = JSValueToObject(ctx, v, exc);
  if (arr == NULL) return NULL;
  size_t n = (size_t)js_num(ctx, js_get(ctx, arr, "length"));
  char **out = calloc(n + 1, sizeof(char *));
  CHECK(out != NULL);
  for (size_t i = 0; i < n; i++) {
    out[i] = js_cstr(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), exc);
    if (out[i] == NULL) {
      free_strings(out);
      return NULL;
    }
  }
  return out;
}

/* spawn(file, args, env|null, cwd|null, input|null, timeoutMs, killSignal)
 * → { status, signal, stdout, stderr, error } */
static LODE_FN(spawn_sync) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 7) return js_throw(ctx, exc, "TypeError", NULL, "spawn: 7 arguments expected");
  char *file = js_cstr(ctx, argv[0], exc);
  char **args = file ? string_array(ctx, argv[1], exc) : NULL;
  char **env = NULL;
  char *cwd = NULL, *input = NULL;
  JSValueRef result = NULL;
  if (args == NULL) goto done;
  if (!JSValueIsNull(ctx, argv[2]) && (env = string_array(ctx, argv[2], exc)) == NULL) goto done;
  if (!JSValueIsNull(ctx, argv[3]) && (cwd = js_cstr(ctx, argv[3], exc)) == NULL) goto done;
  if (!JSValueIsNull(ctx, argv[4]) && (input = js_cstr(ctx, argv[4], exc)) == NULL) goto done;

  uv_loop_t loop;
  CHECK(uv_loop_init(&loop) == 0);
  sync_child c;
  memset(&c, 0, sizeof(c));
  c.kill_signal = (int)js_num(ctx, argv[6]);
  uv_stdio_container_t stdio[3];
  CHECK(uv_pipe_init(&loop, &c.in, 0) == 0);
  c.in_open = 1;
  stdio[0].flags = UV_CREATE_PIPE | UV_READABLE_PIPE;
  stdio[0].data.stream = (uv_stream_t *)&c.in;
  for (int i = 0; i < 2; i++) {
    CHECK(uv_pipe_init(&loop, &c.out[i].pipe, 0) == 0);
    c.out[i].pipe.data = &c.out[i];
    c.out[i].open = 1;
    stdio[i + 1].flags = UV_CREATE_PIPE | UV_WRITABLE_PIPE;
    stdio[i + 1].data.stream = (uv_stream_t *)&c.out[i].pipe;
  }
  uv_process_options_t opts;
  memset(&opts, 0, sizeof(opts));
  opts.file = file;
  opts.args = args;
  opts.env = env;
  opts.cwd = cwd;
  opts.exit_cb = on_child_exit;
  opts.stdio_count = 3;
  opts.stdio = stdio;
  c.proc.data = &c;
  int err = uv_spawn(&loop, &c.proc, &opts);
  JSObjectRef r = JSObjectMake(ctx, NULL, NULL);
  if (err != 0) {
    uv_close((uv_handle_t *)&c.proc, NULL);
    uv_close((uv_handle_t *)&c.in, NULL);
    for (int i = 0; i < 2; i++) uv_close((uv_handle_t *)&c.out[i].pipe, NULL);
    uv_run(&loop, UV_RUN_DEFAULT);
    js_set_num(ctx, r, "error", err);
  } else {
    for (int i = 0; i < 2; i++)
      CHECK(uv_read_start((uv_stream_t *)&c.out[i].pipe, on_alloc, on_read) == 0);
    uv_write_t *w = malloc(sizeof(*w));
    CHECK(w != NULL);
    w->data = &c;
    uv_buf_t b = uv_buf_init(input ? input : "", input ? (unsigned)strlen(input) : 0);
    if (uv_write(w, (uv_stream_t *)&c.in, &b, 1, on_written) != 0) on_written(w, -1);
    CHECK(uv_timer_init(&loop, &c.timer) == 0);
    c.timer.data = &c;
    double timeout = js_num(ctx, argv[5]);
    if (timeout > 0) uv_timer_start(&c.timer, on_timeout, (uint64_t)timeout, 0);
    uv_run(&loop, UV_RUN_DEFAULT);
    js_set_num(ctx, r, "pid", c.proc.pid);
    js_set(ctx, r, "status", c.term_signal ? JSValueMakeNull(ctx) : JSValueMakeNumber(ctx, (double)c.status));
    js_set_num(ctx, r, "signal", c.term_signal);
    js_set(ctx, r, "timedOut", JSValueMakeBoolean(ctx, c.timed_out));
    const char *names[2] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
      JSValueRef out = js_strn(ctx, c.out[i].buf ? c.out[i].buf : "", c.out[i].len);
      /* Output too large for a string: reported as Node reports maxBuffer. */
      if (out == NULL) js_set_num(ctx, r, "error", UV_ENOBUFS);
      js_set(ctx, r, names[i], out != NULL ? out : js_str(ctx, ""));
    }
  }
  for (int i = 0; i < 2; i++) free(c.out[i].buf);
  CHECK(uv_loop_close(&loop) == 0);
  result = r;
done:
  free(file);
  free_strings(args);
  free_strings(env);
  free(cwd);
  free(input);
  return result;
}

JSObjectRef lode_binding_spawn_sync(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "spawn", spawn_sync);
  return b;
}
