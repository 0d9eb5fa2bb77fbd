/* glib_tasks: JSC's own asynchronous work finishes on its run loop, a GLib
 * main context lode does not otherwise run: WebAssembly.compile() and
 * instantiate() compile on JSC's threads and settle their promise from
 * there. lode gives the JS thread a context of its own before JSC makes
 * its run loop (lode_glib_tasks_init), and runs it every millisecond while
 * JS holds such work (hold()/release() around each promise, from
 * lib/internal/bootstrap/globals.js); the held timer keeps the process
 * alive meanwhile, as node's pending compile does. Only then: JSC's
 * collector timers use the same run loop, and lode leaves them idle. */
#include "runtime.h"

#include <glib.h>

static GMainContext *context;
static uv_timer_t timer;
static int timer_ready;
static int holds;

void lode_glib_tasks_init(void) {
  context = g_main_context_new();
  CHECK(context != NULL);
  g_main_context_push_thread_default(context);
}

static void on_tick(uv_timer_t *t) {
  (void)t;
  int ran = 0;
  while (g_main_context_iteration(context, FALSE)) ran = 1;
  if (ran) lode_after_engine_tasks();
}

static LODE_FN(hold) {
  LODE_UNUSED_FN_ARGS;
  if (!timer_ready) {
    CHECK(uv_timer_init(lode_rt->loop, &timer) == 0);
    timer_ready = 1;
  }
  if (holds++ == 0) CHECK(uv_timer_start(&timer, on_tick, 1, 1) == 0);
  return NULL;
}

static LODE_FN(release) {
  LODE_UNUSED_FN_ARGS;
  if (holds > 0 && --holds == 0) CHECK(uv_timer_stop(&timer) == 0);
  return NULL;
}

JSObjectRef lode_binding_glib_tasks(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "hold", hold);
  js_set_fn(ctx, b, "release", release);
  return b;
}
