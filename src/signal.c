/* signal: process.on('SIGINT' …) through uv_signal handles, one per signal. */
#include "runtime.h"

#include <signal.h>

#define MAX_SIGNAL 65
static uv_signal_t *handles[MAX_SIGNAL];

static void on_close(uv_handle_t *h) { free(h); }

static void on_signal(uv_signal_t *h, int signum) {
  (void)h;
  JSValueRef arg = JSValueMakeNumber(lode_rt->ctx, signum);
  lode_call_hook("onSignal", 1, &arg);
}

/* start(signum): 0 or a negative errno. Handles are unreferenced: a signal
 * listener alone does not keep the process alive, as in Node. */
static LODE_FN(sig_start) {
  LODE_UNUSED_FN_ARGS;
  int signum = js_arg_int(ctx, argc, argv, 0, 0);
  if (signum <= 0 || signum >= MAX_SIGNAL) return JSValueMakeNumber(ctx, UV_EINVAL);
  if (handles[signum] != NULL) return JSValueMakeNumber(ctx, 0);
  uv_signal_t *h = malloc(sizeof(*h));
  CHECK(h != NULL);
  int err = uv_signal_init(lode_rt->loop, h);
  if (err == 0) err = uv_signal_start(h, on_signal, signum);
  if (err != 0) {
    uv_close((uv_handle_t *)h, on_close);
    return JSValueMakeNumber(ctx, err);
  }
  uv_unref((uv_handle_t *)h);
  handles[signum] = h;
  return JSValueMakeNumber(ctx, 0);
}

static LODE_FN(sig_stop) {
  LODE_UNUSED_FN_ARGS;
  int signum = js_arg_int(ctx, argc, argv, 0, 0);
  if (signum <= 0 || signum >= MAX_SIGNAL || handles[signum] == NULL)
    return JSValueMakeUndefined(ctx);
  uv_close((uv_handle_t *)handles[signum], on_close);
  handles[signum] = NULL;
  return JSValueMakeUndefined(ctx);
}

/* Restores the default action and re-raises: the default behaviour when a
 * signal arrives with no listener left. */
static LODE_FN(sig_raise_default) {
  LODE_UNUSED_FN_ARGS;
  int signum = js_arg_int(ctx, argc, argv, 0, 0);
  if (signum <= 0 || signum >= MAX_SIGNAL) return JSValueMakeUndefined(ctx);
  fflush(NULL);
  signal(signum, SIG_DFL);
  raise(signum);
  return JSValueMakeUndefined(ctx);
}

JSObjectRef lode_binding_signal(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "start", sig_start);
  js_set_fn(ctx, b, "stop", sig_stop);
  js_set_fn(ctx, b, "raiseDefault", sig_raise_default);
  return b;
}
