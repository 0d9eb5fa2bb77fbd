/* fs: the synchronous primitives the module loader and process.stdout need.
 * The full node:fs arrives with the streams and file system issue. */
#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *lode_read_all(int fd, size_t *len, int *err) {
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  CHECK(buf != NULL);
  for (;;) {
    ssize_t r = read(fd, buf + n, cap - n - 1);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      *err = -errno;
      free(buf);
      return NULL;
    }
    if (r == 0) break;
    n += (size_t)r;
    if (n + 1 >= cap) {
      cap *= 2;
      char *bigger = realloc(buf, cap);
      CHECK(bigger != NULL);
      buf = bigger;
    }
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}

/* readFileUtf8(path): the whole file as a string; throws Node's ENOENT etc. */
static LODE_FN(fs_read_file_utf8) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return JSValueMakeUndefined(ctx);
  char *path = js_cstr(ctx, argv[0], exc);
  if (path == NULL) return NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    js_throw_uv(ctx, exc, -errno, "open", path, NULL);
    free(path);
    return NULL;
  }
  size_t n = 0;
  int err = 0;
  char *buf = lode_read_all(fd, &n, &err);
  close(fd);
  free(path);
  if (buf == NULL) return js_throw_uv(ctx, exc, err, "read", NULL, NULL);
  JSValueRef s = js_strn(ctx, buf, n);
  free(buf);
  return s != NULL ? s : js_throw_string_too_long(ctx, exc);
}

/* internalModuleStat(path): 0 file, 1 directory, negative errno otherwise. */
static LODE_FN(fs_internal_module_stat) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return JSValueMakeNumber(ctx, UV_EINVAL);
  char *path = js_cstr(ctx, argv[0], exc);
  if (path == NULL) return NULL;
  struct stat st;
  int r = stat(path, &st);
  free(path);
  if (r != 0) return JSValueMakeNumber(ctx, -errno);
  return JSValueMakeNumber(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
}

static LODE_FN(fs_realpath) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1) return JSValueMakeUndefined(ctx);
  char *path = js_cstr(ctx, argv[0], exc);
  if (path == NULL) return NULL;
  char *real = realpath(path, NULL);
  if (real == NULL) {
    js_throw_uv(ctx, exc, -errno, "realpath", path, NULL);
    free(path);
    return NULL;
  }
  JSValueRef s = js_str(ctx, real);
  free(real);
  free(path);
  return s;
}

/* Writes all of buf, waiting when the descriptor is non-blocking and full:
 * stdout/stderr writes are synchronous on Linux, as in Node. */
static int write_all(int fd, const char *buf, size_t len) {
  while (len > 0) {
    ssize_t w = write(fd, buf, len);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = {.fd = fd, .events = POLLOUT};
        if (poll(&p, 1, -1) < 0 && errno != EINTR) return -errno;
        continue;
      }
      return -errno;
    }
    buf += w;
    len -= (size_t)w;
  }
  return 0;
}

/* writeString(fd, string): returns 0 or a negative errno. */
static LODE_FN(fs_write_string) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2) return JSValueMakeNumber(ctx, UV_EINVAL);
  int fd = (int)js_num(ctx, argv[0]);
  JSStringRef s = JSValueToStringCopy(ctx, argv[1], exc);
  if (s == NULL) return NULL;
  size_t max = JSStringGetMaximumUTF8CStringSize(s);
  char stackbuf[4096];
  char *buf = max <= sizeof(stackbuf) ? stackbuf : malloc(max);
  CHECK(buf != NULL);
  size_t n = JSStringGetUTF8CString(s, buf, max);
  JSStringRelease(s);
  int err = write_all(fd, buf, n > 0 ? n - 1 : 0);
  if (buf != stackbuf) free(buf);
  return JSValueMakeNumber(ctx, err);
}

/* writeBytes(fd, typedArray): returns 0 or a negative errno. */
static LODE_FN(fs_write_bytes) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2 || !JSValueIsObject(ctx, argv[1])) return JSValueMakeNumber(ctx, UV_EINVAL);
  int fd = (int)js_num(ctx, argv[0]);
  JSObjectRef arr = (JSObjectRef)argv[1];
  if (JSValueGetTypedArrayType(ctx, arr, NULL) == kJSTypedArrayTypeNone)
    return JSValueMakeNumber(ctx, UV_EINVAL);
  const char *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
  size_t len = JSObjectGetTypedArrayByteLength(ctx, arr, exc);
  /* The pointer is to the whole backing store, not to this view. */
  if (p != NULL) p += JSObjectGetTypedArrayByteOffset(ctx, arr, exc);
  if (p == NULL && len > 0) return JSValueMakeNumber(ctx, UV_EINVAL);
  return JSValueMakeNumber(ctx, write_all(fd, p, len));
}

JSObjectRef lode_binding_fs(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "readFileUtf8", fs_read_file_utf8);
  js_set_fn(ctx, b, "internalModuleStat", fs_internal_module_stat);
  js_set_fn(ctx, b, "realpath", fs_realpath);
  js_set_fn(ctx, b, "writeString", fs_write_string);
  js_set_fn(ctx, b, "writeBytes", fs_write_bytes);
  return b;
}
