/* os: host facts through libuv, and the signal and errno constants. */
#include "runtime.h"

#include <errno.h>
#include <signal.h>
#include <string.h>

static LODE_FN(os_hostname) {
  LODE_UNUSED_FN_ARGS;
  char buf[UV_MAXHOSTNAMESIZE];
  size_t len = sizeof(buf);
  int err = uv_os_gethostname(buf, &len);
  if (err) return js_throw_uv(ctx, exc, err, "uv_os_gethostname", NULL, NULL);
  return js_str(ctx, buf);
}

static LODE_FN(os_uname) {
  LODE_UNUSED_FN_ARGS;
  uv_utsname_t u;
  int err = uv_os_uname(&u);
  if (err) return js_throw_uv(ctx, exc, err, "uv_os_uname", NULL, NULL);
  JSValueRef v[4] = {js_str(ctx, u.sysname), js_str(ctx, u.release), js_str(ctx, u.version),
                     js_str(ctx, u.machine)};
  return JSObjectMakeArray(ctx, 4, v, exc);
}

static LODE_FN(os_loadavg) {
  LODE_UNUSED_FN_ARGS;
  double avg[3];
  uv_loadavg(avg);
  JSValueRef v[3] = {JSValueMakeNumber(ctx, avg[0]), JSValueMakeNumber(ctx, avg[1]),
                     JSValueMakeNumber(ctx, avg[2])};
  return JSObjectMakeArray(ctx, 3, v, exc);
}

static LODE_FN(os_uptime) {
  LODE_UNUSED_FN_ARGS;
  double up = 0;
  int err = uv_uptime(&up);
  if (err) return js_throw_uv(ctx, exc, err, "uv_uptime", NULL, NULL);
  return JSValueMakeNumber(ctx, up);
}

static LODE_FN(os_freemem) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeNumber(ctx, (double)uv_get_free_memory());
}

static LODE_FN(os_totalmem) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeNumber(ctx, (double)uv_get_total_memory());
}

static LODE_FN(os_parallelism) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeNumber(ctx, uv_available_parallelism());
}

/* cpus(): [[model, speed, user, nice, sys, idle, irq], …] (times in ms). */
static LODE_FN(os_cpus) {
  LODE_UNUSED_FN_ARGS;
  uv_cpu_info_t *info;
  int count;
  int err = uv_cpu_info(&info, &count);
  if (err) return JSObjectMakeArray(ctx, 0, NULL, exc);
  /* Rows go straight into the array: the collector does not scan malloc'd memory. */
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (arr == NULL) {
    uv_free_cpu_info(info, count);
    return NULL;
  }
  for (int i = 0; i < count; i++) {
    uv_cpu_info_t *c = &info[i];
    JSValueRef row[7] = {
        js_str(ctx, c->model), JSValueMakeNumber(ctx, c->speed),
        JSValueMakeNumber(ctx, (double)c->cpu_times.user),
        JSValueMakeNumber(ctx, (double)c->cpu_times.nice),
        JSValueMakeNumber(ctx, (double)c->cpu_times.sys),
        JSValueMakeNumber(ctx, (double)c->cpu_times.idle),
        JSValueMakeNumber(ctx, (double)c->cpu_times.irq)};
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, JSObjectMakeArray(ctx, 7, row, NULL), NULL);
  }
  uv_free_cpu_info(info, count);
  return arr;
}

/* networkInterfaces(): [[name, address, netmask, family, mac, internal, scopeid], …] */
static LODE_FN(os_network_interfaces) {
  LODE_UNUSED_FN_ARGS;
  uv_interface_address_t *ifs;
  int count;
  int err = uv_interface_addresses(&ifs, &count);
  if (err) return js_throw_uv(ctx, exc, err, "uv_interface_addresses", NULL, NULL);
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (arr == NULL) {
    uv_free_interface_addresses(ifs, count);
    return NULL;
  }
  for (int i = 0; i < count; i++) {
    uv_interface_address_t *a = &ifs[i];
    char addr[INET6_ADDRSTRLEN] = "", mask[INET6_ADDRSTRLEN] = "", mac[18];
    int v6 = a->address.address4.sin_family == AF_INET6;
    if (v6) {
      uv_ip6_name(&a->address.address6, addr, sizeof(addr));
      uv_ip6_name(&a->netmask.netmask6, mask, sizeof(mask));
    } else {
      uv_ip4_name(&a->address.address4, addr, sizeof(addr));
      uv_ip4_name(&a->netmask.netmask4, mask, sizeof(mask));
    }
    const unsigned char *m = (const unsigned char *)a->phys_addr;
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
    JSValueRef row[7] = {
        js_str(ctx, a->name), js_str(ctx, addr), js_str(ctx, mask),
        js_str(ctx, v6 ? "IPv6" : "IPv4"), js_str(ctx, mac),
        JSValueMakeBoolean(ctx, a->is_internal),
        JSValueMakeNumber(ctx, v6 ? (double)a->address.address6.sin6_scope_id : -1.0)};
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, JSObjectMakeArray(ctx, 7, row, NULL), NULL);
  }
  uv_free_interface_addresses(ifs, count);
  return arr;
}

static LODE_FN(os_homedir) {
  LODE_UNUSED_FN_ARGS;
  char buf[4096];
  size_t len = sizeof(buf);
  int err = uv_os_homedir(buf, &len);
  if (err) return js_throw_uv(ctx, exc, err, "uv_os_homedir", NULL, NULL);
  return js_str(ctx, buf);
}

static LODE_FN(os_user_info) {
  LODE_UNUSED_FN_ARGS;
  uv_passwd_t pw;
  int err = uv_os_get_passwd(&pw);
  if (err) return js_throw_uv(ctx, exc, err, "uv_os_get_passwd", NULL, NULL);
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  js_set_num(ctx, o, "uid", (double)pw.uid);
  js_set_num(ctx, o, "gid", (double)pw.gid);
  js_set_str(ctx, o, "username", pw.username);
  js_set_str(ctx, o, "homedir", pw.homedir);
  js_set(ctx, o, "shell", pw.shell ? js_str(ctx, pw.shell) : JSValueMakeNull(ctx));
  uv_os_free_passwd(&pw);
  return o;
}

static LODE_FN(os_get_priority) {
  LODE_UNUSED_FN_ARGS;
  int prio;
  int err = uv_os_getpriority(js_arg_int(ctx, argc, argv, 0, 0), &prio);
  if (err) return js_throw_uv(ctx, exc, err, "uv_os_getpriority", NULL, NULL);
  return JSValueMakeNumber(ctx, prio);
}

static LODE_FN(os_set_priority) {
  LODE_UNUSED_FN_ARGS;
  int err = uv_os_setpriority(js_arg_int(ctx, argc, argv, 0, 0), js_arg_int(ctx, argc, argv, 1, 0));
  if (err) return js_throw_uv(ctx, exc, err, "uv_os_setpriority", NULL, NULL);
  return JSValueMakeUndefined(ctx);
}

static void add_constants(JSContextRef ctx, JSObjectRef target) {
  JSObjectRef sig = JSObjectMake(ctx, NULL, NULL);
#define S(n) js_set_num(ctx, sig, #n, n);
  S(SIGHUP) S(SIGINT) S(SIGQUIT) S(SIGILL) S(SIGTRAP) S(SIGABRT) S(SIGIOT) S(SIGBUS)
  S(SIGFPE) S(SIGKILL) S(SIGUSR1) S(SIGSEGV) S(SIGUSR2) S(SIGPIPE) S(SIGALRM) S(SIGTERM)
  S(SIGCHLD) S(SIGSTKFLT) S(SIGCONT) S(SIGSTOP) S(SIGTSTP) S(SIGTTIN) S(SIGTTOU) S(SIGURG)
  S(SIGXCPU) S(SIGXFSZ) S(SIGVTALRM) S(SIGPROF) S(SIGWINCH) S(SIGIO) S(SIGPOLL) S(SIGPWR)
  S(SIGSYS)
#undef S
  js_set(ctx, target, "signals", sig);
  JSObjectRef en = JSObjectMake(ctx, NULL, NULL);
#define E(n) js_set_num(ctx, en, #n, n);
  E(E2BIG) E(EACCES) E(EADDRINUSE) E(EADDRNOTAVAIL) E(EAFNOSUPPORT) E(EAGAIN) E(EALREADY)
  E(EBADF) E(EBADMSG) E(EBUSY) E(ECANCELED) E(ECHILD) E(ECONNABORTED) E(ECONNREFUSED)
  E(ECONNRESET) E(EDEADLK) E(EDESTADDRREQ) E(EDOM) E(EDQUOT) E(EEXIST) E(EFAULT) E(EFBIG)
  E(EHOSTUNREACH) E(EIDRM) E(EILSEQ) E(EINPROGRESS) E(EINTR) E(EINVAL) E(EIO) E(EISCONN)
  E(EISDIR) E(ELOOP) E(EMFILE) E(EMLINK) E(EMSGSIZE) E(EMULTIHOP) E(ENAMETOOLONG)
  E(ENETDOWN) E(ENETRESET) E(ENETUNREACH) E(ENFILE) E(ENOBUFS) E(ENODATA) E(ENODEV)
  E(ENOENT) E(ENOEXEC) E(ENOLCK) E(ENOLINK) E(ENOMEM) E(ENOMSG) E(ENOPROTOOPT) E(ENOSPC)
  E(ENOSR) E(ENOSTR) E(ENOSYS) E(ENOTCONN) E(ENOTDIR) E(ENOTEMPTY) E(ENOTSOCK) E(ENOTSUP)
  E(ENOTTY) E(ENXIO) E(EOPNOTSUPP) E(EOVERFLOW) E(EPERM) E(EPIPE) E(EPROTO)
  E(EPROTONOSUPPORT) E(EPROTOTYPE) E(ERANGE) E(EROFS) E(ESPIPE) E(ESRCH) E(ESTALE) E(ETIME)
  E(ETIMEDOUT) E(ETXTBSY) E(EWOULDBLOCK) E(EXDEV)
#undef E
  js_set(ctx, target, "errno", en);
}

JSObjectRef lode_binding_os(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "hostname", os_hostname);
  js_set_fn(ctx, b, "uname", os_uname);
  js_set_fn(ctx, b, "loadavg", os_loadavg);
  js_set_fn(ctx, b, "uptime", os_uptime);
  js_set_fn(ctx, b, "freemem", os_freemem);
  js_set_fn(ctx, b, "totalmem", os_totalmem);
  js_set_fn(ctx, b, "availableParallelism", os_parallelism);
  js_set_fn(ctx, b, "cpus", os_cpus);
  js_set_fn(ctx, b, "networkInterfaces", os_network_interfaces);
  js_set_fn(ctx, b, "homedir", os_homedir);
  js_set_fn(ctx, b, "userInfo", os_user_info);
  js_set_fn(ctx, b, "getPriority", os_get_priority);
  js_set_fn(ctx, b, "setPriority", os_set_priority);
  add_constants(ctx, b);
  return b;
}
