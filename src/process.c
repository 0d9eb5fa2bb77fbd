/* process: ids, cwd, env, timing, resource usage, kill and exit. */
#include "runtime.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

static uint32_t hrtime_buf[3]; /* shared with JS: seconds hi, lo, nanoseconds */

static LODE_FN(p_hrtime) {
  LODE_UNUSED_FN_ARGS;
  uint64_t t = uv_hrtime();
  uint64_t sec = t / 1000000000u;
  hrtime_buf[0] = (uint32_t)(sec >> 32);
  hrtime_buf[1] = (uint32_t)(sec & 0xffffffffu);
  hrtime_buf[2] = (uint32_t)(t % 1000000000u);
  return JSValueMakeUndefined(ctx);
}

/* hrtimeBigInt(): nanoseconds as a BigInt, made here (BigInt arithmetic
 * in JS to join the shared buffer's parts costs ~10x the call). */
static LODE_FN(p_hrtime_bigint) {
  LODE_UNUSED_FN_ARGS;
  return JSBigIntCreateWithUInt64(ctx, uv_hrtime(), exc);
}

static LODE_FN(p_cwd) {
  LODE_UNUSED_FN_ARGS;
  char buf[4096];
  size_t len = sizeof(buf);
  int err = uv_cwd(buf, &len);
  if (err) return js_throw_uv(ctx, exc, err, "uv_cwd", NULL, NULL);
  return js_str(ctx, buf);
}

static LODE_FN(p_chdir) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return JSValueMakeUndefined(ctx);
  char *dir = js_cstr(ctx, argv[0], exc);
  if (dir == NULL) return NULL;
  int err = uv_chdir(dir);
  if (err) {
    char buf[4096];
    size_t len = sizeof(buf);
    if (uv_cwd(buf, &len) != 0) buf[0] = '\0';
    js_throw_uv(ctx, exc, err, "chdir", buf, dir);
  }
  free(dir);
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(p_umask) {
  LODE_UNUSED_FN_ARGS;
  mode_t old;
  if (argc > 0 && JSValueIsNumber(ctx, argv[0])) {
    old = umask((mode_t)js_num(ctx, argv[0]));
  } else {
    old = umask(0);
    umask(old);
  }
  return JSValueMakeNumber(ctx, old);
}

static LODE_FN(p_rss) {
  LODE_UNUSED_FN_ARGS;
  size_t rss = 0;
  if (uv_resident_set_memory(&rss) != 0) rss = 0;
  return JSValueMakeNumber(ctx, (double)rss);
}

/* gc(): a full collection now (globalThis.gc under --expose-gc). */
static LODE_FN(p_gc) {
  LODE_UNUSED_FN_ARGS;
  JSGarbageCollect(ctx);
  return JSValueMakeUndefined(ctx);
}

/* Shared with JS (Float64Array): the last getrusage, in the order of
 * process.resourceUsage()'s fields (JS names them: one C call, no property
 * sets from C, which cost ~0.2 us each). */
static double rusage_values[16];

/* resourceUsage() fills rusage_values; a failure throws. */
static LODE_FN(p_resource_usage) {
  LODE_UNUSED_FN_ARGS;
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err) return js_throw_uv(ctx, exc, err, "uv_getrusage", NULL, NULL);
  const double v[16] = {
      ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec, ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec,
      (double)ru.ru_maxrss, (double)ru.ru_ixrss, (double)ru.ru_idrss, (double)ru.ru_isrss,
      (double)ru.ru_minflt, (double)ru.ru_majflt, (double)ru.ru_nswap, (double)ru.ru_inblock,
      (double)ru.ru_oublock, (double)ru.ru_msgsnd, (double)ru.ru_msgrcv, (double)ru.ru_nsignals,
      (double)ru.ru_nvcsw, (double)ru.ru_nivcsw};
  memcpy(rusage_values, v, sizeof(v));
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(p_kill) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2) return JSValueMakeNumber(ctx, UV_EINVAL);
  int pid = (int)js_num(ctx, argv[0]);
  int sig = (int)js_num(ctx, argv[1]);
  return JSValueMakeNumber(ctx, uv_kill(pid, sig));
}

static LODE_FN(p_really_exit) {
  LODE_UNUSED_FN_ARGS;
  lode_exit(js_arg_int(ctx, argc, argv, 0, 0));
}

static LODE_FN(p_abort) {
  LODE_UNUSED_FN_ARGS;
  fflush(NULL);
  abort();
}

static LODE_FN(env_get) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1 || !JSValueIsString(ctx, argv[0])) return JSValueMakeUndefined(ctx);
  char *name = js_cstr(ctx, argv[0], exc);
  if (name == NULL) return NULL;
  const char *v = getenv(name);
  free(name);
  return v ? js_str(ctx, v) : JSValueMakeUndefined(ctx);
}

static LODE_FN(env_set) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2) return JSValueMakeUndefined(ctx);
  char *name = js_cstr(ctx, argv[0], exc);
  if (name == NULL) return NULL;
  char *value = js_cstr(ctx, argv[1], exc);
  if (value == NULL) {
    free(name);
    return NULL;
  }
  /* setenv rejects empty names and names with '='; Node ignores those too. */
  if (name[0] != '\0' && strchr(name, '=') == NULL) setenv(name, value, 1);
  free(name);
  free(value);
  return JSValueMakeBoolean(ctx, true);
}

static LODE_FN(env_delete) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return JSValueMakeBoolean(ctx, true);
  char *name = js_cstr(ctx, argv[0], exc);
  if (name == NULL) return NULL;
  if (name[0] != '\0' && strchr(name, '=') == NULL) unsetenv(name);
  free(name);
  return JSValueMakeBoolean(ctx, true);
}

static LODE_FN(env_keys) {
  LODE_UNUSED_FN_ARGS;
  /* Keys go straight into the array (kept alive by the stack): the
   * collector does not scan malloc'd memory. */
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (arr == NULL) return NULL;
  unsigned k = 0;
  for (size_t i = 0; environ[i] != NULL; i++) {
    const char *eq = strchr(environ[i], '=');
    if (eq == NULL || eq == environ[i]) continue;
    JSValueRef key = js_strn(ctx, environ[i], (size_t)(eq - environ[i]));
    if (key != NULL) JSObjectSetPropertyAtIndex(ctx, arr, k++, key, NULL);
  }
  return arr;
}

static LODE_FN(p_ids) {
  LODE_UNUSED_FN_ARGS;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  js_set_num(ctx, o, "uid", getuid());
  js_set_num(ctx, o, "euid", geteuid());
  js_set_num(ctx, o, "gid", getgid());
  js_set_num(ctx, o, "egid", getegid());
  js_set_num(ctx, o, "pid", uv_os_getpid());
  js_set_num(ctx, o, "ppid", uv_os_getppid());
  return o;
}

static LODE_FN(p_getgroups) {
  LODE_UNUSED_FN_ARGS;
  int n = getgroups(0, NULL);
  if (n < 0) return js_throw_uv(ctx, exc, -errno, "getgroups", NULL, NULL);
  gid_t *groups = malloc(sizeof(gid_t) * (size_t)(n + 1));
  CHECK(groups != NULL);
  n = getgroups(n, groups);
  if (n < 0) {
    free(groups);
    return js_throw_uv(ctx, exc, -errno, "getgroups", NULL, NULL);
  }
  JSValueRef *vals = malloc(sizeof(JSValueRef) * (size_t)(n + 2));
  CHECK(vals != NULL);
  int k = 0;
  gid_t egid = getegid();
  int has_egid = 0;
  for (int i = 0; i < n; i++) {
    if (groups[i] == egid) has_egid = 1;
    vals[k++] = JSValueMakeNumber(ctx, groups[i]);
  }
  if (!has_egid) vals[k++] = JSValueMakeNumber(ctx, egid);
  JSObjectRef arr = JSObjectMakeArray(ctx, (size_t)k, vals, exc);
  free(vals);
  free(groups);
  return arr;
}

/* ---- credentials: setuid, setgid, seteuid, setegid, setgroups, initgroups ---- */

/* A user (group false) or group given as a number or a name; false when
 * the name is unknown. */
static bool credential_id(JSContextRef ctx, JSValueRef v, bool group, unsigned *out, JSValueRef *exc) {
  if (JSValueIsNumber(ctx, v)) {
    *out = (unsigned)JSValueToNumber(ctx, v, exc);
    return true;
  }
  char *name = js_cstr(ctx, v, exc);
  if (name == NULL) return false;
  char buf[4096];
  bool ok;
  if (group) {
    struct group gr, *found = NULL;
    ok = getgrnam_r(name, &gr, buf, sizeof(buf), &found) == 0 && found != NULL;
    if (ok) *out = gr.gr_gid;
  } else {
    struct passwd pw, *found = NULL;
    ok = getpwnam_r(name, &pw, buf, sizeof(buf), &found) == 0 && found != NULL;
    if (ok) *out = pw.pw_uid;
  }
  free(name);
  return ok;
}

/* What the setters return: undefined when done, -1 for an unknown user,
 * -2 for an unknown group, or [errno, code, message] of the failed call. */
static JSValueRef id_result(JSContextRef ctx, int rc) {
  if (rc == 0) return JSValueMakeUndefined(ctx);
  int e = errno;
  JSValueRef parts[3] = {JSValueMakeNumber(ctx, e), js_str(ctx, uv_err_name(-e)), js_str(ctx, strerror(e))};
  return JSObjectMakeArray(ctx, 3, parts, NULL);
}

/* setId(kind, id): kind 0 setuid, 1 setgid, 2 seteuid, 3 setegid. */
static LODE_FN(p_set_id) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2) return JSValueMakeUndefined(ctx);
  int kind = js_arg_int(ctx, argc, argv, 0, 0);
  bool group = kind == 1 || kind == 3;
  unsigned id;
  if (!credential_id(ctx, argv[1], group, &id, exc)) return *exc != NULL ? NULL : JSValueMakeNumber(ctx, group ? -2 : -1);
  switch (kind) {
    case 0: return id_result(ctx, setuid(id));
    case 1: return id_result(ctx, setgid(id));
    case 2: return id_result(ctx, seteuid(id));
    default: return id_result(ctx, setegid(id));
  }
}

/* setGroups(list): numbers or names; -(index + 1) - 2 names an unknown one. */
static LODE_FN(p_set_groups) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0])) return JSValueMakeUndefined(ctx);
  JSObjectRef list = (JSObjectRef)argv[0];
  size_t n = (size_t)js_num(ctx, js_get(ctx, list, "length"));
  gid_t *gids = malloc(sizeof(gid_t) * (n + 1));
  CHECK(gids != NULL);
  for (size_t i = 0; i < n; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, exc);
    unsigned gid;
    if (v == NULL || !credential_id(ctx, v, true, &gid, exc)) {
      free(gids);
      return *exc != NULL ? NULL : JSValueMakeNumber(ctx, -3.0 - (double)i);
    }
    gids[i] = gid;
  }
  JSValueRef r = id_result(ctx, setgroups(n, gids));
  free(gids);
  return r;
}

/* initGroups(user, extraGroup) */
static LODE_FN(p_init_groups) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2) return JSValueMakeUndefined(ctx);
  char buf[4096];
  struct passwd pw, *found = NULL;
  char *name = NULL;
  if (JSValueIsNumber(ctx, argv[0])) {
    if (getpwuid_r((uid_t)JSValueToNumber(ctx, argv[0], exc), &pw, buf, sizeof(buf), &found) != 0 || found == NULL)
      return JSValueMakeNumber(ctx, -1);
    name = strdup(pw.pw_name);
    CHECK(name != NULL);
  } else {
    name = js_cstr(ctx, argv[0], exc);
    if (name == NULL) return NULL;
  }
  unsigned gid;
  if (!credential_id(ctx, argv[1], true, &gid, exc)) {
    free(name);
    return *exc != NULL ? NULL : JSValueMakeNumber(ctx, -2);
  }
  JSValueRef r = id_result(ctx, initgroups(name, gid));
  free(name);
  return r;
}

static LODE_FN(p_get_title) {
  LODE_UNUSED_FN_ARGS;
  char buf[512];
  if (uv_get_process_title(buf, sizeof(buf)) != 0) return js_str(ctx, "lode");
  return js_str(ctx, buf);
}

static LODE_FN(p_set_title) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return JSValueMakeUndefined(ctx);
  char *t = js_cstr(ctx, argv[0], exc);
  if (t == NULL) return NULL;
  uv_set_process_title(t);
  free(t);
  return JSValueMakeUndefined(ctx);
}

JSObjectRef lode_binding_process(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "hrtime", p_hrtime);
  js_set(ctx, b, "hrtimeBuffer",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint32Array,
                                               hrtime_buf, sizeof(hrtime_buf),
                                               NULL, NULL, NULL));
  js_set_fn(ctx, b, "hrtimeBigInt", p_hrtime_bigint);
  js_set_fn(ctx, b, "cwd", p_cwd);
  js_set_fn(ctx, b, "chdir", p_chdir);
  js_set_fn(ctx, b, "umask", p_umask);
  js_set_fn(ctx, b, "rss", p_rss);
  js_set_fn(ctx, b, "gc", p_gc);
  js_set_fn(ctx, b, "setId", p_set_id);
  js_set_fn(ctx, b, "setGroups", p_set_groups);
  js_set_fn(ctx, b, "initGroups", p_init_groups);
  js_set_fn(ctx, b, "resourceUsage", p_resource_usage);
  js_set(ctx, b, "resourceUsageValues",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array, rusage_values,
                                               sizeof(rusage_values), NULL, NULL, NULL));
  js_set_fn(ctx, b, "kill", p_kill);
  js_set_fn(ctx, b, "reallyExit", p_really_exit);
  js_set_fn(ctx, b, "abort", p_abort);
  js_set_fn(ctx, b, "envGet", env_get);
  js_set_fn(ctx, b, "envSet", env_set);
  js_set_fn(ctx, b, "envDelete", env_delete);
  js_set_fn(ctx, b, "envKeys", env_keys);
  js_set_fn(ctx, b, "ids", p_ids);
  js_set_fn(ctx, b, "getgroups", p_getgroups);
  js_set_fn(ctx, b, "getTitle", p_get_title);
  js_set_fn(ctx, b, "setTitle", p_set_title);
  return b;
}
