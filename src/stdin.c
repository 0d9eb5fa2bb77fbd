/* stdin: reads fd 0, whatever it is (TTY, pipe, socket or file), and hands
 * each chunk to JS as a Uint8Array through the door. */
#include "runtime.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

typedef enum { KIND_NONE, KIND_TTY, KIND_PIPE, KIND_FILE } stdin_kind;

static stdin_kind kind;
static union {
  uv_handle_t handle;
  uv_stream_t stream;
  uv_tty_t tty;
  uv_pipe_t pipe;
} h;
static uv_fs_t file_req;
static char *file_buf;
static int reading, file_busy, eof, refed = 1;
static JSObjectRef on_data; /* JS: onData(chunk | null at EOF | errno) */

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

/* Gives `len` bytes (owned, malloc'd) to JS. */
static void deliver(char *bytes, size_t len) {
  JSContextRef ctx = lode_rt->ctx;
  JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, len, free_bytes, NULL, NULL);
  JSValueRef u8 = JSObjectMakeTypedArrayWithArrayBuffer(ctx, kJSTypedArrayTypeUint8Array, ab, NULL);
  lode_call(on_data, NULL, 1, &u8);
}

static void deliver_end(int err) {
  eof = 1;
  JSValueRef v = err ? JSValueMakeNumber(lode_rt->ctx, err) : JSValueMakeNull(lode_rt->ctx);
  lode_call(on_data, NULL, 1, &v);
}

static void on_alloc(uv_handle_t *hd, size_t suggested, uv_buf_t *buf) {
  (void)hd;
  buf->base = malloc(suggested);
  CHECK(buf->base != NULL);
  buf->len = suggested;
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)s;
  if (n > 0) {
    /* Give the unused tail back; JS owns exactly n bytes. */
    char *shrunk = realloc(buf->base, (size_t)n);
    deliver(shrunk ? shrunk : buf->base, (size_t)n);
    return;
  }
  free(buf->base);
  if (n == UV_EOF) {
    uv_read_stop(&h.stream);
    deliver_end(0);
  } else if (n < 0) {
    uv_read_stop(&h.stream);
    deliver_end((int)n);
  }
}

static void file_read_next(void);

static void on_file_read(uv_fs_t *req) {
  ssize_t n = req->result;
  uv_fs_req_cleanup(req);
  file_busy = 0;
  if (n > 0) {
    char *bytes = malloc((size_t)n);
    CHECK(bytes != NULL);
    memcpy(bytes, file_buf, (size_t)n);
    deliver(bytes, (size_t)n);
    if (reading && !eof) file_read_next();
  } else {
    deliver_end(n < 0 ? (int)n : 0);
  }
}

static void file_read_next(void) {
  if (file_busy || eof) return;
  if (file_buf == NULL) {
    file_buf = malloc(65536);
    CHECK(file_buf != NULL);
  }
  uv_buf_t b = uv_buf_init(file_buf, 65536);
  file_busy = 1;
  int err = uv_fs_read(lode_rt->loop, &file_req, 0, &b, 1, -1, on_file_read);
  if (err) {
    file_busy = 0;
    deliver_end(err);
  }
}

static int open_stdin(void) {
  if (kind != KIND_NONE) return 0;
  uv_handle_type t = uv_guess_handle(0);
  int err;
  if (t == UV_TTY) {
    err = uv_tty_init(lode_rt->loop, &h.tty, 0, 1);
    if (err) return err;
    kind = KIND_TTY;
  } else if (t == UV_NAMED_PIPE || t == UV_TCP) {
    err = uv_pipe_init(lode_rt->loop, &h.pipe, 0);
    if (err) return err;
    err = uv_pipe_open(&h.pipe, 0);
    if (err) {
      uv_close(&h.handle, NULL);
      return err;
    }
    kind = KIND_PIPE;
  } else if (t == UV_FILE) {
    kind = KIND_FILE;
  } else {
    return UV_EBADF;
  }
  return 0;
}

/* start(onData): begins (or resumes) reading. 0 or a negative errno. */
static LODE_FN(stdin_start) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]) || !JSObjectIsFunction(ctx, (JSObjectRef)argv[0]))
    return js_throw(ctx, exc, "TypeError", NULL, "start(onData)");
  if (on_data == NULL) {
    on_data = (JSObjectRef)argv[0];
    JSValueProtect(ctx, on_data);
  }
  int err = open_stdin();
  if (err) return JSValueMakeNumber(ctx, err);
  if (eof || reading) return JSValueMakeNumber(ctx, 0);
  reading = 1;
  if (kind == KIND_FILE) {
    file_read_next();
  } else {
    err = uv_read_start(&h.stream, on_alloc, on_read);
    if (err) {
      reading = 0;
      return JSValueMakeNumber(ctx, err);
    }
    if (!refed) uv_unref(&h.handle);
  }
  return JSValueMakeNumber(ctx, 0);
}

static LODE_FN(stdin_stop) {
  LODE_UNUSED_FN_ARGS;
  if (reading && (kind == KIND_TTY || kind == KIND_PIPE)) uv_read_stop(&h.stream);
  reading = 0;
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(stdin_set_raw_mode) {
  LODE_UNUSED_FN_ARGS;
  int err = open_stdin();
  if (err) return JSValueMakeNumber(ctx, err);
  if (kind != KIND_TTY) return JSValueMakeNumber(ctx, UV_EBADF);
  int raw = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  return JSValueMakeNumber(ctx, uv_tty_set_mode(&h.tty, raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

static LODE_FN(stdin_set_ref) {
  LODE_UNUSED_FN_ARGS;
  refed = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  if (kind == KIND_TTY || kind == KIND_PIPE) {
    if (refed) uv_ref(&h.handle);
    else uv_unref(&h.handle);
  }
  return JSValueMakeUndefined(ctx);
}

JSObjectRef lode_binding_stdin(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "start", stdin_start);
  js_set_fn(ctx, b, "stop", stdin_stop);
  js_set_fn(ctx, b, "setRawMode", stdin_set_raw_mode);
  js_set_fn(ctx, b, "setRef", stdin_set_ref);
  return b;
}
