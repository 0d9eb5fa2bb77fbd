/* The VM, the bootstrap, and the one door from native code into JS. */
#include "runtime.h"

#include <ares.h>
#include <brotli/encode.h>
#include <jsc/jsc.h>
#include <openssl/crypto.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <zlib.h>
#include <signal.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

lode_runtime *lode_rt;

static const struct {
  const char *name;
  lode_binding_init init;
} bindings[] = {
  {"timers", lode_binding_timers}, {"process", lode_binding_process},
  {"fs", lode_binding_fs},         {"uv", lode_binding_uv},
  {"signal", lode_binding_signal}, {"tty", lode_binding_tty},
  {"os", lode_binding_os},         {"spawn_sync", lode_binding_spawn_sync},
  {"encoding", lode_binding_encoding},
  {"buffer", lode_binding_buffer}, {"url", lode_binding_url},
  {"fs_dir", lode_binding_fs_dir}, {"fs_event", lode_binding_fs_event}, {"fs_poll", lode_binding_fs_poll},
  {"stream_wrap", lode_binding_stream_wrap}, {"tcp_wrap", lode_binding_tcp_wrap},
  {"pipe_wrap", lode_binding_pipe_wrap},
  {"process_wrap", lode_binding_process_wrap},
  {"dns", lode_binding_dns},
  {"udp_wrap", lode_binding_udp_wrap},
  {"cares_wrap", lode_binding_cares_wrap},
  {"http_parser", lode_binding_http_parser},
  {"crypto_hash", lode_binding_crypto_hash}, {"crypto_random", lode_binding_crypto_random},
  {"crypto_kdf", lode_binding_crypto_kdf},
  {"crypto_cipher", lode_binding_crypto_cipher}, {"crypto_prime", lode_binding_crypto_prime},
  {"crypto_keys", lode_binding_crypto_keys}, {"crypto_keygen", lode_binding_crypto_keygen},
  {"crypto_sign", lode_binding_crypto_sign}, {"crypto_dh", lode_binding_crypto_dh},
  {"crypto_x509", lode_binding_crypto_x509}, {"crypto_spkac", lode_binding_crypto_spkac},
  {"crypto_engine", lode_binding_crypto_engine}, {"glib_tasks", lode_binding_glib_tasks},
  {"zlib", lode_binding_zlib},
  {"tls_context", lode_binding_tls_context}, {"tls_wrap", lode_binding_tls_wrap},
  {"esm", lode_binding_esm},       {"contextify", lode_binding_contextify},
  {"types", lode_binding_types},   {"huge_pages", lode_binding_huge_pages},
};

/* Prints an exception that escaped before JS error handling exists. */
static void print_raw_exception(JSContextRef ctx, JSValueRef exc) {
  char *s = js_cstr(ctx, exc, NULL);
  char *stack = NULL;
  if (JSValueIsObject(ctx, exc)) {
    JSValueRef st = js_get(ctx, (JSObjectRef)exc, "stack");
    if (JSValueIsString(ctx, st)) stack = js_cstr(ctx, st, NULL);
  }
  fprintf(stderr, "lode: fatal: %s\n%s\n", s ? s : "(unknown)", stack ? stack : "");
  free(s);
  free(stack);
}

/* Developer aid: LODE_SAMPLE_PROFILE=file runs JSC's sampling profiler and
 * writes its samples (JSC's JSON) to file at exit. These three functions are
 * exported by libjavascriptcoregtk (JSContextRefPrivate.h) but not declared
 * in its public headers. */
bool JSContextGroupEnableSamplingProfiler(JSContextGroupRef group);
JSStringRef JSContextGroupTakeSamplesFromSamplingProfiler(JSContextGroupRef group);
static JSGlobalContextRef profiled_ctx;

static void write_sampling_profile(void) {
  const char *path = getenv("LODE_SAMPLE_PROFILE");
  if (profiled_ctx == NULL || path == NULL) return;
  JSStringRef json = JSContextGroupTakeSamplesFromSamplingProfiler(JSContextGetGroup(profiled_ctx));
  if (json == NULL) return;
  size_t cap = JSStringGetMaximumUTF8CStringSize(json);
  char *buf = malloc(cap);
  FILE *f = buf != NULL ? fopen(path, "w") : NULL;
  if (f != NULL) {
    size_t n = JSStringGetUTF8CString(json, buf, cap);
    if (n > 0 && fwrite(buf, 1, n - 1, f) != n - 1) fprintf(stderr, "lode: could not write %s\n", path);
    fclose(f);
  }
  free(buf);
  JSStringRelease(json);
}

_Noreturn void lode_exit(int code) {
  write_sampling_profile();
  fflush(stdout);
  fflush(stderr);
  _exit(code);
}

static void run_ticks(lode_runtime *rt) {
  while (rt->tick_info[0] != 0 || rt->tick_info[1] != 0) {
    JSValueRef exc = NULL;
    JSObjectCallAsFunction(rt->ctx, rt->run_ticks, NULL, 0, NULL, &exc);
    if (exc != NULL) {
      print_raw_exception(rt->ctx, exc);
      lode_exit(7);
    }
  }
  lode_timers_leave();
}

void lode_after_engine_tasks(void) {
  lode_timers_enter();
  run_ticks(lode_rt);
}

JSValueRef lode_call(JSObjectRef fn, JSObjectRef self, size_t argc,
                     const JSValueRef argv[]) {
  lode_runtime *rt = lode_rt;
  JSContextRef ctx = rt->ctx;
  CHECK(argc <= 3);
  JSValueRef args[6];
  args[0] = fn;
  args[1] = self ? (JSValueRef)self : JSValueMakeUndefined(ctx);
  args[2] = JSValueMakeNumber(ctx, (double)argc);
  for (size_t i = 0; i < 3; i++)
    args[3 + i] = i < argc ? argv[i] : JSValueMakeUndefined(ctx);
  JSValueRef exc = NULL;
  lode_timers_enter();
  /* Returning to C here drains JSC's microtask queue. */
  JSValueRef r = JSObjectCallAsFunction(ctx, rt->door, NULL, 6, args, &exc);
  if (exc != NULL) {
    /* The door handles user exceptions itself; this is a failure in the
     * handler (e.g. an 'uncaughtException' listener that threw). */
    print_raw_exception(ctx, exc);
    lode_exit(7);
  }
  run_ticks(rt);
  return r;
}

void lode_call_direct(JSObjectRef fn) {
  lode_runtime *rt = lode_rt;
  JSValueRef exc = NULL;
  lode_timers_enter();
  JSObjectCallAsFunction(rt->ctx, fn, NULL, 0, NULL, &exc);
  if (exc != NULL) {
    print_raw_exception(rt->ctx, exc);
    lode_exit(7);
  }
  run_ticks(rt);
}

JSValueRef lode_call_hook(const char *name, size_t argc, const JSValueRef argv[]) {
  JSValueRef f = js_get(lode_rt->ctx, lode_rt->hooks, name);
  CHECK(JSValueIsObject(lode_rt->ctx, f));
  return lode_call((JSObjectRef)f, NULL, argc, argv);
}

/* ---- the `native` object given to lib/internal/bootstrap/loader.js ---- */

/* The source of lib/<id>.js (*len bytes), from disk when LODE_LIB_DIR is
 * set (development: *owned is then the buffer to free), else from the
 * binary; NULL when there is none. */
static const char *builtin_source(const char *id, size_t *len, char **owned) {
  *owned = NULL;
  const char *dir = getenv("LODE_LIB_DIR");
  if (dir != NULL && dir[0] != '\0') {
    size_t n = strlen(dir) + strlen(id) + 8;
    char *path = malloc(n);
    CHECK(path != NULL);
    snprintf(path, n, "%s/%s.js", dir, id);
    int err = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    free(path);
    if (fd < 0) return NULL;
    *owned = lode_read_all(fd, len, &err);
    close(fd);
    return *owned;
  }
  for (size_t i = 0; i < lode_builtins_count; i++) {
    if (strcmp(lode_builtins[i].id, id) == 0) {
      *len = lode_builtins[i].length;
      return (const char *)lode_builtins[i].source;
    }
  }
  return NULL;
}

/* builtinSource(id): the source of lib/<id>.js, or undefined. */
static LODE_FN(native_builtin_source) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return JSValueMakeUndefined(ctx);
  char *id = js_cstr(ctx, argv[0], exc);
  if (id == NULL) return NULL;
  size_t len = 0;
  char *owned;
  const char *src = builtin_source(id, &len, &owned);
  JSValueRef result = src != NULL ? js_str(ctx, src) : JSValueMakeUndefined(ctx);
  free(owned);
  free(id);
  return result;
}

static LODE_FN(native_builtin_ids) {
  LODE_UNUSED_FN_ARGS;
  /* Straight into the array: the collector does not scan malloc'd memory. */
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (arr == NULL) return NULL;
  for (size_t i = 0; i < lode_builtins_count; i++)
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, js_str(ctx, lode_builtins[i].id), NULL);
  return arr;
}

/* compileBuiltin(id): lib/<id>.js evaluated as the function
 * (exports, require, module, internalBinding) { ... }, or undefined when
 * there is no such module. Wrapped and handed to the engine from C: the
 * source is copied once on its way in instead of through a JS string, a
 * concatenation and back (half the start-up cost of loading a module). */
static const char builtin_head[] = "(function (exports, require, module, internalBinding) {";
static const char builtin_tail[] = "\n})";

static LODE_FN(native_compile_builtin) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return JSValueMakeUndefined(ctx);
  char *id = js_cstr(ctx, argv[0], exc);
  if (id == NULL) return NULL;
  size_t len = 0;
  char *owned;
  const char *src = builtin_source(id, &len, &owned);
  if (src == NULL) {
    free(id);
    return JSValueMakeUndefined(ctx);
  }
  size_t head = sizeof(builtin_head) - 1, tail = sizeof(builtin_tail) - 1;
  char *code = malloc(head + len + tail + 1);
  CHECK(code != NULL);
  memcpy(code, builtin_head, head);
  memcpy(code + head, src, len);
  memcpy(code + head + len, builtin_tail, tail + 1);
  free(owned);
  /* lib/ is UTF-8 without NULs: the C-string door takes it whole (and
   * gives an 8-bit source when it is ASCII). */
  JSStringRef js_code = JSStringCreateWithUTF8CString(code);
  free(code);
  size_t ulen = strlen(id) + 6;
  char *url = malloc(ulen);
  CHECK(url != NULL);
  snprintf(url, ulen, "node:%s", id);
  free(id);
  JSStringRef js_url = JSStringCreateWithUTF8CString(url);
  free(url);
  JSValueRef r = JSEvaluateScript(ctx, js_code, NULL, js_url, 1, exc);
  JSStringRelease(js_code);
  JSStringRelease(js_url);
  return r;
}

bool lode_code_and_url(JSContextRef ctx, const JSValueRef argv[], JSStringRef *code,
                         JSStringRef *url, JSValueRef *exc) {
  *code = JSValueToStringCopy(ctx, argv[0], exc);
  if (*code == NULL) return false;
  *url = JSValueToStringCopy(ctx, argv[1], exc);
  if (*url == NULL) {
    JSStringRelease(*code);
    return false;
  }
  return true;
}

/* evaluate(code, filename[, line]): JSEvaluateScript with a source URL, so
 * stack traces name the file and lines are exact. */
static LODE_FN(native_evaluate) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2) return js_throw(ctx, exc, "TypeError", NULL, "evaluate(code, filename)");
  JSStringRef code, url;
  if (!lode_code_and_url(ctx, argv, &code, &url, exc)) return NULL;
  int line = js_arg_int(ctx, argc, argv, 2, 1);
  JSValueRef r = JSEvaluateScript(ctx, code, NULL, url, line, exc);
  JSStringRelease(code);
  JSStringRelease(url);
  return r;
}

/* checkSyntax(code, filename): null when valid, else the SyntaxError. */
static LODE_FN(native_check_syntax) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2) return JSValueMakeNull(ctx);
  JSStringRef code, url;
  if (!lode_code_and_url(ctx, argv, &code, &url, exc)) return NULL;
  JSValueRef err = NULL;
  bool ok = JSCheckScriptSyntax(ctx, code, url, 1, &err);
  JSStringRelease(code);
  JSStringRelease(url);
  return ok ? JSValueMakeNull(ctx) : err;
}

static LODE_FN(native_binding) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return JSValueMakeUndefined(ctx);
  char *name = js_cstr(ctx, argv[0], exc);
  if (name == NULL) return NULL;
  for (size_t i = 0; i < sizeof(bindings) / sizeof(bindings[0]); i++) {
    if (strcmp(bindings[i].name, name) == 0) {
      free(name);
      return bindings[i].init(ctx);
    }
  }
  js_throw(ctx, exc, "Error", NULL, "No such binding");
  free(name);
  return NULL;
}

/* setHooks(hooks): the bootstrap hands back its entry points. */
static LODE_FN(native_set_hooks) {
  LODE_UNUSED_FN_ARGS;
  lode_runtime *rt = lode_rt;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) return JSValueMakeUndefined(ctx);
  rt->hooks = (JSObjectRef)argv[0];
  JSValueProtect(ctx, rt->hooks);
  rt->door = (JSObjectRef)js_get(ctx, rt->hooks, "door");
  rt->run_ticks = (JSObjectRef)js_get(ctx, rt->hooks, "runTicks");
  CHECK(JSObjectIsFunction(ctx, rt->door) && JSObjectIsFunction(ctx, rt->run_ticks));
  JSValueRef rej = js_get(ctx, rt->hooks, "onUnhandledRejection");
  CHECK(JSValueIsObject(ctx, rej));
  JSGlobalContextSetUnhandledRejectionCallback(rt->ctx, (JSObjectRef)rej, NULL);
  return JSValueMakeUndefined(ctx);
}

static JSObjectRef make_native(lode_runtime *rt) {
  JSContextRef ctx = rt->ctx;
  JSObjectRef native = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, native, "builtinSource", native_builtin_source);
  js_set_fn(ctx, native, "builtinIds", native_builtin_ids);
  js_set_fn(ctx, native, "compileBuiltin", native_compile_builtin);
  js_set_fn(ctx, native, "evaluate", native_evaluate);
  js_set_fn(ctx, native, "checkSyntax", native_check_syntax);
  js_set_fn(ctx, native, "binding", native_binding);
  js_set_fn(ctx, native, "setHooks", native_set_hooks);
  js_set(ctx, native, "tickInfo",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array,
                                               rt->tick_info, sizeof(rt->tick_info),
                                               NULL, NULL, NULL));
  /* argv as given; the bootstrap splits it into execArgv and argv. Straight
   * into the array: the collector does not scan malloc'd memory. */
  JSObjectRef args = JSObjectMakeArray(ctx, 0, NULL, NULL);
  CHECK(args != NULL);
  for (int i = 0; i < rt->argc; i++) JSObjectSetPropertyAtIndex(ctx, args, (unsigned)i, js_str(ctx, rt->argv[i]), NULL);
  js_set(ctx, native, "argv", args);
  js_set_num(ctx, native, "scriptIndex", rt->script_index);
  JSObjectRef env_options = JSObjectMakeArray(ctx, 0, NULL, NULL);
  CHECK(env_options != NULL);
  for (int i = 0; i < rt->env_options_count; i++)
    JSObjectSetPropertyAtIndex(ctx, env_options, (unsigned)i, js_str(ctx, rt->env_options[i]), NULL);
  js_set(ctx, native, "nodeOptions", env_options);
  const char *allowed[64];
  size_t nallowed = lode_env_option_names(allowed, 64);
  CHECK(nallowed <= 64);
  JSObjectRef env_flags = JSObjectMakeArray(ctx, 0, NULL, NULL);
  CHECK(env_flags != NULL);
  for (size_t i = 0; i < nallowed; i++) JSObjectSetPropertyAtIndex(ctx, env_flags, (unsigned)i, js_str(ctx, allowed[i]), NULL);
  js_set(ctx, native, "envFlags", env_flags);
  free(rt->env_options);
  rt->env_options = NULL;
  rt->env_options_count = 0;
  const char *dev = getenv("LODE_LIB_DIR");
  js_set(ctx, native, "devLib", JSValueMakeBoolean(ctx, dev != NULL && dev[0] != '\0'));
  if (rt->stdin_script != NULL) js_set_str(ctx, native, "stdinScript", rt->stdin_script);
  char exe[4096];
  size_t exe_len = sizeof(exe);
  if (uv_exepath(exe, &exe_len) == 0) js_set_str(ctx, native, "execPath", exe);
  else js_set_str(ctx, native, "execPath", rt->argv[0]);
  js_set_str(ctx, native, "lodeVersion", LODE_VERSION);
  js_set_str(ctx, native, "nodeVersion", LODE_NODE_VERSION);
  char ver[64];
  snprintf(ver, sizeof(ver), "%u.%u.%u", jsc_get_major_version(),
           jsc_get_minor_version(), jsc_get_micro_version());
  js_set_str(ctx, native, "jscVersion", ver);
  js_set_str(ctx, native, "uvVersion", uv_version_string());
  js_set_str(ctx, native, "aresVersion", ares_version(NULL));
  js_set_str(ctx, native, "opensslVersion", OpenSSL_version(OPENSSL_VERSION_STRING));
  UVersionInfo v;
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(v);
  u_versionToString(v, text);
  js_set_str(ctx, native, "icuVersion", text);
  u_getUnicodeVersion(v);
  u_versionToString(v, text);
  js_set_str(ctx, native, "unicodeVersion", text);
  js_set_str(ctx, native, "zlibVersion", zlibVersion());
  uint32_t b = BrotliEncoderVersion(); /* 0xMMMnnnppp */
  snprintf(text, sizeof(text), "%u.%u.%u", b >> 24, (b >> 12) & 0xfff, b & 0xfff);
  js_set_str(ctx, native, "brotliVersion", text);
  return native;
}

int lode_runtime_init(lode_runtime *rt, int argc, char **argv, int script_index) {
  lode_rt = rt;
  rt->argc = argc;
  rt->argv = argv;
  rt->script_index = script_index;
  rt->loop = uv_default_loop();
  CHECK(rt->loop != NULL);
  /* The loop's idle time, for performance.eventLoopUtilization(). */
  CHECK(uv_loop_configure(rt->loop, UV_METRICS_IDLE_TIME) == 0);
  /* JSC suspends threads for GC with SIGUSR1 unless told otherwise; user
   * code owns SIGUSR1 in Node. */
  JSConfigureSignalForGC(SIGRTMAX - 1);
  jsc_options_set_boolean("useSharedArrayBuffer", TRUE);
  /* Proper tail calls drop frames from strict-mode stack traces; V8 (and so
   * every Node program's expectation) keeps them. */
  jsc_options_set_boolean("useTailCalls", FALSE);
  /* JSC's top tier (FTL) compiles every function called a few thousand
   * times, on a thread that on a small machine takes the main thread's core:
   * a 20,000-request http client spent half its CPU compiling at JSC's
   * threshold (64,000). lode tiers up about 5x later. 16x (used before) made
   * the client 2x faster but left a server pinned to one core compiling for
   * 10 s into a load test (2.3-2.8 us of compiling per request in seconds
   * 3-13, 0.3 at 5x: ~10% more requests then); the client costs 7% more CPU
   * at 5x than at 16x, still less than node's. A JSC_ variable set by the
   * user still wins. */
  if (getenv("JSC_thresholdForFTLOptimizeAfterWarmUp") == NULL)
    jsc_options_set_int("thresholdForFTLOptimizeAfterWarmUp", 300000);
  /* When collections come often JSC lets the young generation grow to 8x
   * its normal size (~8 MB) before the next one: all fresh memory, and a
   * first touch of a page costs far more than the collections saved (on the
   * 2-core VM ~16 us a page; 1M Buffer.alloc(16) 95 -> 76 ms, StringDecoder
   * 188 -> 153 ms). 2x keeps the rate limiting without the cold sprawl;
   * no change measured on growing heaps (5 MB ES module, 10k files, http). */
  if (getenv("JSC_maxEdenSizeForRateLimitingMultiplier") == NULL)
    jsc_options_set_double("maxEdenSizeForRateLimitingMultiplier", 2);
  lode_glib_tasks_init(); /* before JSC makes its run loop */
  rt->ctx = JSGlobalContextCreate(NULL);
  CHECK(rt->ctx != NULL);
  /* For lode_utf8_string's long texts; kept before user code can change it. */
  JSValueRef array_proto = JSObjectGetPrototype(rt->ctx, JSObjectMakeArray(rt->ctx, 0, NULL, NULL));
  CHECK(JSValueIsObject(rt->ctx, array_proto));
  rt->array_join = (JSObjectRef)js_get(rt->ctx, (JSObjectRef)array_proto, "join");
  CHECK(JSValueIsObject(rt->ctx, rt->array_join) && JSObjectIsFunction(rt->ctx, rt->array_join));
  JSValueProtect(rt->ctx, rt->array_join);
  if (getenv("LODE_SAMPLE_PROFILE") != NULL && JSContextGroupEnableSamplingProfiler(JSContextGetGroup(rt->ctx)))
    profiled_ctx = rt->ctx;
  /* A write to a closed pipe must give EPIPE, not kill the process. */
  signal(SIGPIPE, SIG_IGN);

  JSContextRef ctx = rt->ctx;
  JSObjectRef native = make_native(rt);
  JSValueRef exc = NULL;
  JSValueRef id = js_str(ctx, "internal/bootstrap/loader");
  JSValueRef src = native_builtin_source(ctx, NULL, NULL, 1, &id, &exc);
  CHECK(JSValueIsString(ctx, src));
  JSStringRef code = JSValueToStringCopy(ctx, src, NULL);
  JSStringRef url = JSStringCreateWithUTF8CString("node:internal/bootstrap/loader");
  JSValueRef loader = JSEvaluateScript(ctx, code, NULL, url, 1, &exc);
  JSStringRelease(code);
  JSStringRelease(url);
  if (exc == NULL) {
    JSValueRef arg = native;
    JSObjectCallAsFunction(ctx, (JSObjectRef)loader, NULL, 1, &arg, &exc);
  }
  if (exc != NULL) {
    print_raw_exception(ctx, exc);
    return -1;
  }
  CHECK(rt->hooks != NULL);
  return 0;
}

int lode_runtime_run(lode_runtime *rt) {
  lode_call_hook("runMain", 0, NULL);
  rt->loop_start_ns = uv_hrtime();
  do {
    uv_run(rt->loop, UV_RUN_DEFAULT);
    lode_call_hook("emitBeforeExit", 0, NULL);
  } while (uv_loop_alive(rt->loop));
  rt->loop_exit_ns = uv_hrtime();
  JSValueRef code = lode_call_hook("emitExit", 0, NULL);
  return (int)js_num(rt->ctx, code);
}
