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
/* Shared with JS (Int32Array): [0] immediates queued. Lets the check phase
 * skip the call into JS when there is nothing to run. */
static int32_t immediate_info[1];

static void on_timer(uv_timer_t *handle) {
  JSContextRef ctx = lode_rt->ctx;
  for (;;) {
    JSValueRef now = JSValueMakeNumber(ctx, (double)uv_now(handle->loop));
    JSValueRef r = lode_call(process_timers, NULL, 1, &now);
    double next = js_num(ctx, r);
    /* -1: another timer is due (run it after this one's microtasks);
     * 0: no timers left; >0: the absolute time of the next one. */
    if (next == -1) continue;
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
  JSContextRef ctx = lode_rt->ctx;
  /* One immediate per call: microtasks run between immediates, as in Node. */
  for (;;) {
    JSValueRef r = lode_call(process_immediates, NULL, 0, NULL);
    if (!JSValueToBoolean(ctx, r)) break;
  }
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

static LODE_FN(toggle_timer_ref) {
  LODE_UNUSED_FN_ARGS;
  if (argc > 0 && JSValueToBoolean(ctx, argv[0])) uv_ref((uv_handle_t *)&timer);
  else uv_unref((uv_handle_t *)&timer);
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(toggle_immediate_ref) {
  LODE_UNUSED_FN_ARGS;
  if (argc > 0 && JSValueToBoolean(ctx, argv[0])) uv_idle_start(&immediate_idle, on_idle);
  else uv_idle_stop(&immediate_idle);
  return JSValueMakeUndefined(ctx);
}

/* The loop's time, refreshed first: timers start from the real now, not
 * from the start of the loop iteration (as in Node). */
static LODE_FN(get_libuv_now) {
  LODE_UNUSED_FN_ARGS;
  uv_update_time(lode_rt->loop);
  return JSValueMakeNumber(ctx, (double)uv_now(lode_rt->loop));
}

/* hrtime(): milliseconds (fractional) from an arbitrary origin. */
static LODE_FN(hrtime_ms) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeNumber(ctx, (double)uv_hrtime() / 1e6);
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
  js_set_fn(ctx, b, "toggleTimerRef", toggle_timer_ref);
  js_set_fn(ctx, b, "toggleImmediateRef", toggle_immediate_ref);
  js_set_fn(ctx, b, "getLibuvNow", get_libuv_now);
  js_set_fn(ctx, b, "hrtime", hrtime_ms);
  js_set(ctx, b, "immediateInfo",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeInt32Array,
                                               immediate_info, sizeof(immediate_info),
                                               NULL, NULL, NULL));
  return b;
}
