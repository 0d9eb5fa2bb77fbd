/* tty: isatty, window size and the kind of handle behind a descriptor. */
#include "runtime.h"

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

JSObjectRef lode_binding_tty(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "isatty", tty_isatty);
  js_set_fn(ctx, b, "getWindowSize", tty_get_window_size);
  js_set_fn(ctx, b, "guessHandleType", tty_guess_handle_type);
  return b;
}
