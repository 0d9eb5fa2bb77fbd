/* process_wrap: child processes (uv_process_t) for child_process.spawn.
 *
 * `new Process()` makes a handle object; spawn(options) starts the child
 * with stdio slots JS describes (ignore, an inherited fd, a stream handle
 * to share, or a Pipe handle from pipe_wrap that libuv connects to a new
 * socketpair), and the handle's own `onexit(exitStatus, termSignal)` is
 * called when the child ends. The object is protected from spawn until the
 * uv close callback; before spawn it is an ordinary collectable object. */
#include "process_wrap.h"

#include <string.h>

#include "stream_wrap.h"

/* Limits on what JS may hand us, far above what exec allows, so that a
 * hostile length never turns into a huge allocation. */
#define MAX_STRINGS (1 << 20)
#define MAX_STDIO 4096

/* ---- options shared with spawn_sync.c ---- */

static void free_strings(char **v) {
  if (v == NULL) return;
  for (char **p = v; *p != NULL; p++) free(*p);
  free(v);
}

/* A JS array of strings as a NULL-terminated C array: 0, UV_EINVAL (not an
 * array), UV_E2BIG, or LODE_SPAWN_THREW. */
static int string_array(JSContextRef ctx, JSValueRef v, char ***out, JSValueRef *exc) {
  *out = NULL;
  if (!JSValueIsArray(ctx, v)) return UV_EINVAL;
  JSObjectRef arr = (JSObjectRef)v;
  double len = js_num(ctx, js_get(ctx, arr, "length"));
  if (!(len >= 0) || len > MAX_STRINGS) return UV_E2BIG;
  size_t n = (size_t)len;
  char **strs = calloc(n + 1, sizeof(char *));
  CHECK(strs != NULL);
  for (size_t i = 0; i < n; i++) {
    JSValueRef e = JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, exc);
    if (e == NULL || (strs[i] = js_cstr(ctx, e, exc)) == NULL) {
      free_strings(strs);
      return LODE_SPAWN_THREW;
    }
  }
  *out = strs;
  return 0;
}

static int is_absent(JSContextRef ctx, JSValueRef v) {
  return v == NULL || JSValueIsUndefined(ctx, v) || JSValueIsNull(ctx, v);
}

/* An int32 id from a number that holds one exactly. */
static int int32_of(JSContextRef ctx, JSValueRef v, int *out) {
  if (!JSValueIsNumber(ctx, v)) return 0;
  double d = js_num(ctx, v);
  if (!(d >= -2147483648.0 && d <= 2147483647.0) || d != (double)(int)d) return 0;
  *out = (int)d;
  return 1;
}

int lode_spawn_options_read(JSContextRef ctx, JSObjectRef options, lode_spawn_options *so,
                            JSValueRef *exc) {
  memset(so, 0, sizeof(*so));
  JSValueRef file = js_get(ctx, options, "file");
  if (!JSValueIsString(ctx, file)) return UV_EINVAL;
  char *f = js_cstr(ctx, file, exc);
  if (f == NULL) return LODE_SPAWN_THREW;
  so->o.file = f;

  JSValueRef args = js_get(ctx, options, "args");
  char **argv = NULL;
  int err;
  if (is_absent(ctx, args)) {
    argv = calloc(2, sizeof(char *));
    CHECK(argv != NULL);
    argv[0] = strdup(f);
    CHECK(argv[0] != NULL);
  } else if ((err = string_array(ctx, args, &argv, exc)) != 0) {
    return err;
  }
  so->o.args = argv;

  JSValueRef env = js_get(ctx, options, "envPairs");
  if (!is_absent(ctx, env) && (err = string_array(ctx, env, &so->o.env, exc)) != 0) return err;

  JSValueRef cwd = js_get(ctx, options, "cwd");
  if (!is_absent(ctx, cwd)) {
    if (!JSValueIsString(ctx, cwd)) return UV_EINVAL;
    char *c = js_cstr(ctx, cwd, exc);
    if (c == NULL) return LODE_SPAWN_THREW;
    if (c[0] == '\0') free(c); /* '' means the parent's directory */
    else so->o.cwd = c;
  }

  int id;
  if (int32_of(ctx, js_get(ctx, options, "uid"), &id)) {
    so->o.flags |= UV_PROCESS_SETUID;
    so->o.uid = (uv_uid_t)id;
  }
  if (int32_of(ctx, js_get(ctx, options, "gid"), &id)) {
    so->o.flags |= UV_PROCESS_SETGID;
    so->o.gid = (uv_gid_t)id;
  }
  if (JSValueToBoolean(ctx, js_get(ctx, options, "detached"))) so->o.flags |= UV_PROCESS_DETACHED;
  return 0;
}

void lode_spawn_options_free(lode_spawn_options *so) {
  free((char *)so->o.file);
  free_strings(so->o.args);
  free_strings(so->o.env);
  free((char *)so->o.cwd);
  memset(so, 0, sizeof(*so));
}

/* ---- the Process handle ---- */

enum { P_FRESH, P_LIVE, P_CLOSING };

typedef struct {
  uv_process_t proc;
  JSObjectRef obj;
  int state; /* P_LIVE once uv_spawn initialised the handle, even on failure */
} lode_process;

static JSClassRef process_class(void);

/* The process behind `this`; NULL when closed (*closed set) or when `this`
 * is no Process (then an ERR_INVALID_THIS is thrown if exc is given). */
static lode_process *process_of(JSContextRef ctx, JSObjectRef self, JSValueRef *exc, int *closed) {
  int ours = self != NULL && JSValueIsObjectOfClass(ctx, self, process_class());
  lode_process *p = ours ? JSObjectGetPrivate(self) : NULL;
  if (closed != NULL) *closed = ours && p == NULL;
  if (!ours && exc != NULL)
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type Process");
  return p;
}

static void on_finalize(JSObjectRef obj) {
  /* Only a handle never spawned (or already closed) can be collected. */
  lode_process *p = JSObjectGetPrivate(obj);
  if (p != NULL && p->state == P_FRESH) free(p);
}

static void on_closed(uv_handle_t *h) {
  lode_process *p = h->data;
  JSObjectSetPrivate(p->obj, NULL);
  JSValueUnprotect(lode_rt->ctx, p->obj);
  free(p);
}

static void child_exited(uv_process_t *proc, int64_t status, int term_signal) {
  lode_process *p = proc->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef cb = js_get(ctx, p->obj, "onexit");
  if (!JSValueIsObject(ctx, cb) || !JSObjectIsFunction(ctx, (JSObjectRef)cb)) return;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, (double)status), JSValueMakeNumber(ctx, term_signal)};
  lode_call((JSObjectRef)cb, p->obj, 2, args);
}

/* One stdio slot { type, fd, handle } as libuv wants it; 0 or UV_EINVAL. */
static int stdio_slot(JSContextRef ctx, JSValueRef slot, uv_stdio_container_t *c,
                      JSValueRef *exc) {
  c->flags = UV_IGNORE;
  if (!JSValueIsObject(ctx, slot)) return UV_EINVAL;
  JSObjectRef o = (JSObjectRef)slot;
  JSValueRef tv = js_get(ctx, o, "type");
  if (!JSValueIsString(ctx, tv)) return UV_EINVAL;
  char *type = js_cstr(ctx, tv, exc);
  if (type == NULL) return LODE_SPAWN_THREW;
  int err = 0;
  if (strcmp(type, "ignore") == 0) {
    c->flags = UV_IGNORE;
  } else if (strcmp(type, "pipe") == 0 || strcmp(type, "overlapped") == 0) {
    /* A socketpair either way on Linux; the child's end is readable and
     * writable, as Node makes it. */
    lode_stream *s = lode_stream_of(ctx, js_get(ctx, o, "handle"));
    uv_os_fd_t fd;
    /* A fresh pipe handle: libuv opens it on the parent's end. */
    if (s == NULL || s->h.handle.type != UV_NAMED_PIPE || uv_fileno(&s->h.handle, &fd) == 0) {
      err = UV_EINVAL;
    } else {
      c->flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
      c->data.stream = &s->h.stream;
    }
  } else if (strcmp(type, "wrap") == 0) {
    lode_stream *s = lode_stream_of(ctx, js_get(ctx, o, "handle"));
    if (s == NULL) {
      err = UV_EINVAL;
    } else {
      c->flags = UV_INHERIT_STREAM;
      c->data.stream = &s->h.stream;
    }
  } else if (strcmp(type, "fd") == 0 || strcmp(type, "inherit") == 0) {
    int fd;
    if (!int32_of(ctx, js_get(ctx, o, "fd"), &fd)) {
      err = UV_EINVAL;
    } else if (fd >= 0) {
      c->flags = UV_INHERIT_FD;
      c->data.fd = fd;
    }
  } else {
    err = UV_EINVAL;
  }
  free(type);
  return err;
}

/* spawn(options) → 0 or a negative errno. options: { file, args, envPairs,
 * cwd, uid, gid, detached, stdio: [{ type, fd, handle }] }; `pid` is set on
 * the handle when the child started. */
static LODE_FN(p_spawn) {
  LODE_UNUSED_FN_ARGS;
  int closed;
  lode_process *p = process_of(ctx, self, exc, &closed);
  if (p == NULL) return closed ? JSValueMakeNumber(ctx, UV_EINVAL) : NULL;
  if (p->state != P_FRESH || argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return JSValueMakeNumber(ctx, UV_EINVAL);
  JSObjectRef options = (JSObjectRef)argv[0];
  lode_spawn_options so;
  uv_stdio_container_t *stdio = NULL;
  int err = lode_spawn_options_read(ctx, options, &so, exc);
  if (err == 0) {
    JSValueRef sv = js_get(ctx, options, "stdio");
    size_t n = 0;
    if (JSValueIsArray(ctx, sv)) {
      double len = js_num(ctx, js_get(ctx, (JSObjectRef)sv, "length"));
      if (!(len >= 0) || len > MAX_STDIO) err = UV_EINVAL;
      else n = (size_t)len;
    } else if (!is_absent(ctx, sv)) {
      err = UV_EINVAL;
    }
    if (err == 0 && n > 0) {
      stdio = calloc(n, sizeof(*stdio));
      CHECK(stdio != NULL);
    }
    for (size_t i = 0; err == 0 && i < n; i++) {
      JSValueRef slot = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)sv, (unsigned)i, exc);
      err = slot == NULL ? LODE_SPAWN_THREW : stdio_slot(ctx, slot, &stdio[i], exc);
    }
    so.o.stdio = stdio;
    so.o.stdio_count = (int)n;
  }
  if (err == 0) {
    so.o.exit_cb = child_exited;
    p->proc.data = p;
    err = uv_spawn(lode_rt->loop, &p->proc, &so.o);
    /* The handle is initialised even when spawning failed: close() must
     * uv_close it, so the object lives until then. */
    p->state = P_LIVE;
    JSValueProtect(ctx, p->obj);
    if (err == 0) js_set_num(ctx, p->obj, "pid", p->proc.pid);
  }
  free(stdio);
  lode_spawn_options_free(&so);
  if (err == LODE_SPAWN_THREW) return NULL;
  return JSValueMakeNumber(ctx, err);
}

/* kill(signal) → 0 or a negative errno (ESRCH once the child is gone). */
static LODE_FN(p_kill) {
  LODE_UNUSED_FN_ARGS;
  int closed;
  lode_process *p = process_of(ctx, self, exc, &closed);
  if (p == NULL) return closed ? JSValueMakeNumber(ctx, UV_ESRCH) : NULL;
  if (p->state != P_LIVE || p->proc.pid == 0) return JSValueMakeNumber(ctx, UV_ESRCH);
  int sig = js_arg_int(ctx, argc, argv, 0, -1);
  if (sig < 0) return JSValueMakeNumber(ctx, UV_EINVAL);
  return JSValueMakeNumber(ctx, uv_process_kill(&p->proc, sig));
}

/* close(): once; the handle object is released in the close callback. */
static LODE_FN(p_close) {
  LODE_UNUSED_FN_ARGS;
  lode_process *p = process_of(ctx, self, NULL, NULL);
  if (p == NULL || p->state == P_CLOSING) return JSValueMakeUndefined(ctx);
  if (p->state == P_FRESH) {
    JSObjectSetPrivate(p->obj, NULL);
    free(p);
  } else {
    p->state = P_CLOSING;
    uv_close((uv_handle_t *)&p->proc, on_closed);
  }
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(p_ref) {
  LODE_UNUSED_FN_ARGS;
  lode_process *p = process_of(ctx, self, NULL, NULL);
  if (p != NULL && p->state == P_LIVE) uv_ref((uv_handle_t *)&p->proc);
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(p_unref) {
  LODE_UNUSED_FN_ARGS;
  lode_process *p = process_of(ctx, self, NULL, NULL);
  if (p != NULL && p->state == P_LIVE) uv_unref((uv_handle_t *)&p->proc);
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(p_has_ref) {
  LODE_UNUSED_FN_ARGS;
  lode_process *p = process_of(ctx, self, NULL, NULL);
  return JSValueMakeBoolean(ctx, p != NULL && p->state == P_LIVE && uv_has_ref((uv_handle_t *)&p->proc));
}

static JSClassRef process_class(void) {
  static JSClassRef cls;
  static const JSStaticFunction methods[] = {
    {"spawn", p_spawn, kJSPropertyAttributeDontEnum},
    {"kill", p_kill, kJSPropertyAttributeDontEnum},
    {"close", p_close, kJSPropertyAttributeDontEnum},
    {"ref", p_ref, kJSPropertyAttributeDontEnum},
    {"unref", p_unref, kJSPropertyAttributeDontEnum},
    {"hasRef", p_has_ref, kJSPropertyAttributeDontEnum},
    {NULL, NULL, 0},
  };
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Process";
    def.staticFunctions = methods;
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
  }
  return cls;
}

static JSObjectRef process_new(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                               const JSValueRef argv[], JSValueRef *exc) {
  (void)ctor;
  (void)argc;
  (void)argv;
  (void)exc;
  lode_process *p = calloc(1, sizeof(*p));
  CHECK(p != NULL);
  p->obj = JSObjectMake(ctx, process_class(), p);
  return p->obj;
}

extern char **environ;

/* envPairs() → the environment as ["NAME=value", …], the entries
 * process.env enumerates, in one crossing (spawn's default env). */
static LODE_FN(env_pairs) {
  LODE_UNUSED_FN_ARGS;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (arr == NULL) return NULL;
  unsigned k = 0;
  for (char **e = environ; *e != NULL; e++) {
    const char *eq = strchr(*e, '=');
    if (eq == NULL || eq == *e) continue;
    JSValueRef pair = js_strn(ctx, *e, strlen(*e));
    if (pair == NULL) continue;
    /* Stored at once: the array keeps each string alive for the collector. */
    JSObjectSetPropertyAtIndex(ctx, arr, k++, pair, exc);
    if (*exc != NULL) return NULL;
  }
  return arr;
}

JSObjectRef lode_binding_process_wrap(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set(ctx, b, "Process", JSObjectMakeConstructor(ctx, process_class(), process_new));
  js_set_fn(ctx, b, "envPairs", env_pairs);
  return b;
}
