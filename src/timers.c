/* Timers and immediates: one uv_timer for every JS timer (JS keeps the lists),
 * a uv_check for the setImmediate phase and a uv_idle that keeps the loop
 * spinning while referenced immediates are queued. */
#include "runtime.h"

static uv_timer_t timer;
static uv_check_t immediate_check;
static uv_idle_t immediate_idle;
static JSObjectRef process_timers;     /* JS: processTimers(now) */
static JSObjectRef process_immediates; /* JS: processImmediate() */
static int initialized;
/* Shared with JS (Int32Array): [0] immediates queued (lets the check phase
 * skip the call into JS when there is nothing to run), [1] set by JS when
 * more immediates of this phase remain. */
static int32_t immediate_info[2];
/* Shared with JS (Float64Array): [0] the loop time given to processTimers,
 * [1] its answer: -1 another timer is due, 0 none left, else the absolute
 * time of the next. Shared memory keeps each timer to one bare call. */
static double timer_info[5];
/* [2]: the loop time and [3]: the wall clock's whole milliseconds when [2]
 * was taken, refreshed on every entry into JS and by updateNow(): JS reuses
 * [2] while Date.now() still equals [3], so timers start from the real now
 * (as in Node) without a call into C per timer.
 * [4]: referenced timers, counted by JS; the uv timer's ref follows it when
 * JS returns to the loop (lode_timers_leave), so ref/unref churn within one
 * callback costs no calls. */
static int timer_refed;

static void refresh_now(void) {
  uv_update_time(lode_rt->loop);
  timer_info[2] = (double)uv_now(lode_rt->loop);
  struct timespec ts;
  timer_info[3] = clock_gettime(CLOCK_REALTIME, &ts) == 0
                      ? (double)ts.tv_sec * 1000 + (double)(ts.tv_nsec / 1000000) : 0;
}

void lode_timers_enter(void) {
  refresh_now();
}

void lode_timers_leave(void) {
  if (!initialized) return;
  int want = timer_info[4] > 0;
  if (want == timer_refed) return;
  timer_refed = want;
  if (want) uv_ref((uv_handle_t *)&timer);
  else uv_unref((uv_handle_t *)&timer);
}

static void on_timer(uv_timer_t *handle) {
  for (;;) {
    timer_info[0] = (double)uv_now(handle->loop);
    lode_call_direct(process_timers);
    double next = timer_info[1];
    if (next == -1) continue; /* after this timer's microtasks, the next */
    if (next > 0) {
      double delay = next - (double)uv_now(handle->loop);
      uv_timer_start(&timer, on_timer, delay < 1 ? 1 : (uint64_t)delay, 0);
    }
    break;
  }
}

static void on_check(uv_check_t *handle) {
  (void)handle;
  if (immediate_info[0] == 0) return;
  /* One immediate per call: microtasks run between immediates, as in Node. */
  do {
    lode_call_direct(process_immediates);
  } while (immediate_info[1] != 0);
}

static void on_idle(uv_idle_t *handle) { (void)handle; }

/* scheduleTimer(ms): (re)arm the single uv timer. */
static LODE_FN(schedule_timer) {
  LODE_UNUSED_FN_ARGS;
  double ms = argc > 0 ? js_num(ctx, argv[0]) : 1;
  if (!(ms >= 1)) ms = 1;
  uv_timer_start(&timer, on_timer, (uint64_t)ms, 0);
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(toggle_immediate_ref) {
  LODE_UNUSED_FN_ARGS;
  if (argc > 0 && JSValueToBoolean(ctx, argv[0])) uv_idle_start(&immediate_idle, on_idle);
  else uv_idle_stop(&immediate_idle);
  return JSValueMakeUndefined(ctx);
}

/* updateNow(): refreshes timerInfo[2] and [3]. Returns nothing: a bare call
 * is the cheapest crossing. */
static LODE_FN(update_now) {
  LODE_UNUSED_FN_ARGS;
  refresh_now();
  return NULL;
}

/* hrtime(): milliseconds (fractional) from an arbitrary origin. */
static LODE_FN(hrtime_ms) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeNumber(ctx, (double)uv_hrtime() / 1e6);
}

/* loopTiming(): [loop start, loop exit, idle time] in hrtime()'s
 * milliseconds, -1 for a loop not yet started or ended. The idle time is
 * libuv's (time spent waiting for events). */
static LODE_FN(loop_timing) {
  LODE_UNUSED_FN_ARGS;
  JSValueRef v[3] = {
    JSValueMakeNumber(ctx, lode_rt->loop_start_ns ? (double)lode_rt->loop_start_ns / 1e6 : -1),
    JSValueMakeNumber(ctx, lode_rt->loop_exit_ns ? (double)lode_rt->loop_exit_ns / 1e6 : -1),
    JSValueMakeNumber(ctx, (double)uv_metrics_idle_time(lode_rt->loop) / 1e6),
  };
  return JSObjectMakeArray(ctx, 3, v, exc);
}

/* setup(processTimers, processImmediate) */
static LODE_FN(timers_setup) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2 || !JSValueIsObject(ctx, argv[0]) || !JSValueIsObject(ctx, argv[1]))
    return js_throw(ctx, exc, "TypeError", NULL, "setup(processTimers, processImmediate)");
  if (!initialized) {
    initialized = 1;
    CHECK(uv_timer_init(lode_rt->loop, &timer) == 0);
    CHECK(uv_check_init(lode_rt->loop, &immediate_check) == 0);
    CHECK(uv_idle_init(lode_rt->loop, &immediate_idle) == 0);
    CHECK(uv_check_start(&immediate_check, on_check) == 0);
    uv_unref((uv_handle_t *)&immediate_check);
    uv_unref((uv_handle_t *)&timer);
  } else {
    JSValueUnprotect(ctx, process_timers);
    JSValueUnprotect(ctx, process_immediates);
  }
  process_timers = (JSObjectRef)argv[0];
  process_immediates = (JSObjectRef)argv[1];
  JSValueProtect(ctx, process_timers);
  JSValueProtect(ctx, process_immediates);
  return JSValueMakeUndefined(ctx);
}

JSObjectRef lode_binding_timers(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "setup", timers_setup);
  js_set_fn(ctx, b, "scheduleTimer", schedule_timer);
  js_set_fn(ctx, b, "toggleImmediateRef", toggle_immediate_ref);
  js_set_fn(ctx, b, "updateNow", update_now);
  js_set_fn(ctx, b, "hrtime", hrtime_ms);
  js_set_fn(ctx, b, "loopTiming", loop_timing);
  js_set(ctx, b, "timerInfo",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array,
                                               timer_info, sizeof(timer_info),
                                               NULL, NULL, NULL));
  js_set(ctx, b, "immediateInfo",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array,
                                               immediate_info, sizeof(immediate_info),
                                               NULL, NULL, NULL));
  return b;
}
