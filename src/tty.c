/* tty: isatty, window size and the kind of handle behind a descriptor, and
 * TTY stream handles (uv_tty_t; reading and writing are stream_wrap's). */
#include "stream_wrap.h"

#include <sys/ioctl.h>
#include <unistd.h>

static LODE_FN(tty_isatty) {
  LODE_UNUSED_FN_ARGS;
  int fd = js_arg_int(ctx, argc, argv, 0, -1);
  return JSValueMakeBoolean(ctx, fd >= 0 && isatty(fd));
}

/* getWindowSize(fd): [columns, rows] or undefined. */
static LODE_FN(tty_get_window_size) {
  LODE_UNUSED_FN_ARGS;
  int fd = js_arg_int(ctx, argc, argv, 0, -1);
  struct winsize ws;
  if (fd < 0 || ioctl(fd, TIOCGWINSZ, &ws) != 0) return JSValueMakeUndefined(ctx);
  JSValueRef v[2] = {JSValueMakeNumber(ctx, ws.ws_col), JSValueMakeNumber(ctx, ws.ws_row)};
  return JSObjectMakeArray(ctx, 2, v, exc);
}

static LODE_FN(tty_guess_handle_type) {
  LODE_UNUSED_FN_ARGS;
  int fd = js_arg_int(ctx, argc, argv, 0, -1);
  if (fd < 0) return js_str(ctx, "INVALID");
  switch (uv_guess_handle(fd)) {
    case UV_TTY: return js_str(ctx, "TTY");
    case UV_FILE: return js_str(ctx, "FILE");
    case UV_NAMED_PIPE: return js_str(ctx, "PIPE");
    case UV_TCP: return js_str(ctx, "TCP");
    case UV_UDP: return js_str(ctx, "UDP");
    default: return js_str(ctx, "UNKNOWN");
  }
}

/* create(fd) → a TTY stream handle, or an errno */
static LODE_FN(tty_create) {
  LODE_UNUSED_FN_ARGS;
  int fd = js_arg_int(ctx, argc, argv, 0, -1);
  if (fd < 0) return JSValueMakeNumber(ctx, UV_EBADF);
  lode_stream *s;
  JSObjectRef obj = lode_stream_new(ctx, &s);
  int err = uv_tty_init(lode_rt->loop, &s->h.tty, fd, 0);
  if (err != 0) {
    lode_stream_discard(s);
    return JSValueMakeNumber(ctx, err);
  }
  s->h.handle.data = s;
  return obj;
}

/* setRawMode(handle, bool) → 0 or errno */
static LODE_FN(tty_set_raw_mode) {
  LODE_UNUSED_FN_ARGS;
  lode_stream *s = lode_stream_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  int raw = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  return JSValueMakeNumber(ctx, uv_tty_set_mode(&s->h.tty, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

/* resetMode(): the terminal's original mode, as at exit. */
static LODE_FN(tty_reset_mode) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeNumber(ctx, uv_tty_reset_mode());
}

JSObjectRef lode_binding_tty(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "isatty", tty_isatty);
  js_set_fn(ctx, b, "getWindowSize", tty_get_window_size);
  js_set_fn(ctx, b, "guessHandleType", tty_guess_handle_type);
  js_set_fn(ctx, b, "create", tty_create);
  js_set_fn(ctx, b, "setRawMode", tty_set_raw_mode);
  js_set_fn(ctx, b, "resetMode", tty_reset_mode);
  return b;
}
