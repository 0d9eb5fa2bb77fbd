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

/* ---- synchronous file system calls (uv_fs_* without a callback) ----
 * Each throws Node's system error (`ENOENT: …, open 'x'`) on failure. */

/* Shared with JS (Float64Array): the last stat, in Node's Stats order. */
static double stat_values[14];

/* Frees a request and turns a negative result into a thrown system error. */
static int fs_done(JSContextRef ctx, uv_fs_t *req, int r, const char *syscall,
                   const char *path, const char *dest, JSValueRef *exc) {
  uv_fs_req_cleanup(req);
  if (r < 0) js_throw_uv(ctx, exc, r, syscall, path, dest);
  return r;
}

/* argv[i] as a malloc'd string, or NULL with *exc set. */
static char *arg_str(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                     JSValueRef *exc) {
  if (i >= argc) {
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "missing argument");
    return NULL;
  }
  return js_cstr(ctx, argv[i], exc);
}

static double arg_num(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, double d) {
  if (i >= argc || !JSValueIsNumber(ctx, argv[i])) return d;
  return js_num(ctx, argv[i]);
}

/* A typed array's bytes as (pointer, length) of the view; 0 or -1. */
static int view_bytes(JSContextRef ctx, JSValueRef v, char **p, size_t *len, JSValueRef *exc) {
  if (!JSValueIsObject(ctx, v) || JSValueGetTypedArrayType(ctx, v, NULL) == kJSTypedArrayTypeNone) {
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "expected a typed array");
    return -1;
  }
  JSObjectRef o = (JSObjectRef)v;
  *p = JSObjectGetTypedArrayBytesPtr(ctx, o, exc);
  *len = JSObjectGetTypedArrayByteLength(ctx, o, exc);
  if (*p != NULL) *p += JSObjectGetTypedArrayByteOffset(ctx, o, exc);
  return 0;
}

static LODE_FN(fs_open) {
  LODE_UNUSED_FN_ARGS;
  char *path = arg_str(ctx, argc, argv, 0, exc);
  if (path == NULL) return NULL;
  uv_fs_t req;
  int r = uv_fs_open(NULL, &req, path, (int)arg_num(ctx, argc, argv, 1, O_RDONLY),
                     (int)arg_num(ctx, argc, argv, 2, 0666), NULL);
  r = fs_done(ctx, &req, r, "open", path, NULL, exc);
  free(path);
  return r < 0 ? NULL : JSValueMakeNumber(ctx, r);
}

static LODE_FN(fs_close) {
  LODE_UNUSED_FN_ARGS;
  uv_fs_t req;
  int r = uv_fs_close(NULL, &req, (uv_file)arg_num(ctx, argc, argv, 0, -1), NULL);
  return fs_done(ctx, &req, r, "close", NULL, NULL, exc) < 0 ? NULL : JSValueMakeUndefined(ctx);
}

/* read(fd, view, offset, length, position|-1) / write(…): bytes moved.
 * The JS side has checked offset + length against the view. */
static JSValueRef read_or_write(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                JSValueRef *exc, int writing) {
  char *p;
  size_t len;
  if (argc < 5 || view_bytes(ctx, argv[1], &p, &len, exc) < 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", NULL, "read/write: 5 arguments");
    return NULL;
  }
  double off = arg_num(ctx, argc, argv, 2, 0), n = arg_num(ctx, argc, argv, 3, 0);
  if (!(off >= 0) || !(n >= 0) || off + n > (double)len)
    return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "offset/length out of range");
  uv_buf_t buf = uv_buf_init(p + (size_t)off, (unsigned)n);
  uv_fs_t req;
  int64_t pos = (int64_t)arg_num(ctx, argc, argv, 4, -1);
  uv_file fd = (uv_file)arg_num(ctx, argc, argv, 0, -1);
  int r = writing ? uv_fs_write(NULL, &req, fd, &buf, 1, pos, NULL)
                  : uv_fs_read(NULL, &req, fd, &buf, 1, pos, NULL);
  r = fs_done(ctx, &req, r, writing ? "write" : "read", NULL, NULL, exc);
  return r < 0 ? NULL : JSValueMakeNumber(ctx, r);
}

static LODE_FN(fs_read) {
  LODE_UNUSED_FN_ARGS;
  return read_or_write(ctx, argc, argv, exc, 0);
}

static LODE_FN(fs_write) {
  LODE_UNUSED_FN_ARGS;
  return read_or_write(ctx, argc, argv, exc, 1);
}

static void fill_stat(const uv_stat_t *st) {
  const double v[14] = {
      (double)st->st_dev, (double)st->st_mode, (double)st->st_nlink, (double)st->st_uid,
      (double)st->st_gid, (double)st->st_rdev, (double)st->st_blksize, (double)st->st_ino,
      (double)st->st_size, (double)st->st_blocks,
      st->st_atim.tv_sec * 1e3 + st->st_atim.tv_nsec / 1e6,
      st->st_mtim.tv_sec * 1e3 + st->st_mtim.tv_nsec / 1e6,
      st->st_ctim.tv_sec * 1e3 + st->st_ctim.tv_nsec / 1e6,
      st->st_birthtim.tv_sec * 1e3 + st->st_birthtim.tv_nsec / 1e6};
  memcpy(stat_values, v, sizeof(v));
}

/* stat(path, lstat?) / fstat(fd): fills statValues; false (no throw) when
 * throwIfNoEntry is off and the path does not exist. */
static LODE_FN(fs_stat) {
  LODE_UNUSED_FN_ARGS;
  char *path = arg_str(ctx, argc, argv, 0, exc);
  if (path == NULL) return NULL;
  int use_lstat = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  int throw_missing = argc <= 2 || JSValueToBoolean(ctx, argv[2]);
  uv_fs_t req;
  int r = use_lstat ? uv_fs_lstat(NULL, &req, path, NULL) : uv_fs_stat(NULL, &req, path, NULL);
  if (r == 0) fill_stat(&req.statbuf);
  if (r == UV_ENOENT && !throw_missing) {
    uv_fs_req_cleanup(&req);
    free(path);
    return JSValueMakeBoolean(ctx, false);
  }
  r = fs_done(ctx, &req, r, use_lstat ? "lstat" : "stat", path, NULL, exc);
  free(path);
  return r < 0 ? NULL : JSValueMakeBoolean(ctx, true);
}

static LODE_FN(fs_fstat) {
  LODE_UNUSED_FN_ARGS;
  uv_fs_t req;
  int r = uv_fs_fstat(NULL, &req, (uv_file)arg_num(ctx, argc, argv, 0, -1), NULL);
  if (r == 0) fill_stat(&req.statbuf);
  return fs_done(ctx, &req, r, "fstat", NULL, NULL, exc) < 0 ? NULL : JSValueMakeBoolean(ctx, true);
}

/* The calls that take a path and numbers: one function, by name. */
enum { OP_MKDIR, OP_RMDIR, OP_UNLINK, OP_ACCESS, OP_CHMOD, OP_UTIMES };

static JSValueRef path_op(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                          int op) {
  static const char *names[] = {"mkdir", "rmdir", "unlink", "access", "chmod", "utime"};
  char *path = arg_str(ctx, argc, argv, 0, exc);
  if (path == NULL) return NULL;
  uv_fs_t req;
  int r;
  switch (op) {
    case OP_MKDIR: r = uv_fs_mkdir(NULL, &req, path, (int)arg_num(ctx, argc, argv, 1, 0777), NULL); break;
    case OP_RMDIR: r = uv_fs_rmdir(NULL, &req, path, NULL); break;
    case OP_UNLINK: r = uv_fs_unlink(NULL, &req, path, NULL); break;
    case OP_ACCESS: r = uv_fs_access(NULL, &req, path, (int)arg_num(ctx, argc, argv, 1, F_OK), NULL); break;
    case OP_CHMOD: r = uv_fs_chmod(NULL, &req, path, (int)arg_num(ctx, argc, argv, 1, 0), NULL); break;
    default:
      r = uv_fs_utime(NULL, &req, path, arg_num(ctx, argc, argv, 1, 0), arg_num(ctx, argc, argv, 2, 0), NULL);
  }
  r = fs_done(ctx, &req, r, names[op], path, NULL, exc);
  free(path);
  return r < 0 ? NULL : JSValueMakeUndefined(ctx);
}

static LODE_FN(fs_mkdir) { LODE_UNUSED_FN_ARGS; return path_op(ctx, argc, argv, exc, OP_MKDIR); }
static LODE_FN(fs_rmdir) { LODE_UNUSED_FN_ARGS; return path_op(ctx, argc, argv, exc, OP_RMDIR); }
static LODE_FN(fs_unlink) { LODE_UNUSED_FN_ARGS; return path_op(ctx, argc, argv, exc, OP_UNLINK); }
static LODE_FN(fs_access) { LODE_UNUSED_FN_ARGS; return path_op(ctx, argc, argv, exc, OP_ACCESS); }
static LODE_FN(fs_chmod) { LODE_UNUSED_FN_ARGS; return path_op(ctx, argc, argv, exc, OP_CHMOD); }
static LODE_FN(fs_utimes) { LODE_UNUSED_FN_ARGS; return path_op(ctx, argc, argv, exc, OP_UTIMES); }

/* The calls that take two paths. */
enum { OP_RENAME, OP_COPYFILE, OP_SYMLINK, OP_LINK };

static JSValueRef two_path_op(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, int op) {
  static const char *names[] = {"rename", "copyfile", "symlink", "link"};
  char *from = arg_str(ctx, argc, argv, 0, exc);
  if (from == NULL) return NULL;
  char *to = arg_str(ctx, argc, argv, 1, exc);
  if (to == NULL) {
    free(from);
    return NULL;
  }
  int flags = (int)arg_num(ctx, argc, argv, 2, 0);
  uv_fs_t req;
  int r;
  switch (op) {
    case OP_RENAME: r = uv_fs_rename(NULL, &req, from, to, NULL); break;
    case OP_COPYFILE: r = uv_fs_copyfile(NULL, &req, from, to, flags, NULL); break;
    case OP_SYMLINK: r = uv_fs_symlink(NULL, &req, from, to, flags, NULL); break;
    default: r = uv_fs_link(NULL, &req, from, to, NULL);
  }
  r = fs_done(ctx, &req, r, names[op], from, to, exc);
  free(from);
  free(to);
  return r < 0 ? NULL : JSValueMakeUndefined(ctx);
}

static LODE_FN(fs_rename) { LODE_UNUSED_FN_ARGS; return two_path_op(ctx, argc, argv, exc, OP_RENAME); }
static LODE_FN(fs_copyfile) { LODE_UNUSED_FN_ARGS; return two_path_op(ctx, argc, argv, exc, OP_COPYFILE); }
static LODE_FN(fs_symlink) { LODE_UNUSED_FN_ARGS; return two_path_op(ctx, argc, argv, exc, OP_SYMLINK); }
static LODE_FN(fs_link) { LODE_UNUSED_FN_ARGS; return two_path_op(ctx, argc, argv, exc, OP_LINK); }

/* readdir(path) → [names…, types…] (types as UV_DIRENT_* numbers) */
static LODE_FN(fs_readdir) {
  LODE_UNUSED_FN_ARGS;
  char *path = arg_str(ctx, argc, argv, 0, exc);
  if (path == NULL) return NULL;
  uv_fs_t req;
  int r = uv_fs_scandir(NULL, &req, path, 0, NULL);
  if (r < 0) {
    fs_done(ctx, &req, r, "scandir", path, NULL, exc);
    free(path);
    return NULL;
  }
  size_t n = (size_t)r;
  JSValueRef *vals = malloc(sizeof(JSValueRef) * (2 * n + 1));
  CHECK(vals != NULL);
  uv_dirent_t ent;
  size_t k = 0;
  while (k < n && uv_fs_scandir_next(&req, &ent) != UV_EOF) {
    JSValueRef name = js_strn(ctx, ent.name, strlen(ent.name));
    vals[k] = name != NULL ? name : js_str(ctx, "");
    vals[n + k] = JSValueMakeNumber(ctx, ent.type);
    k++;
  }
  uv_fs_req_cleanup(&req);
  free(path);
  /* Types follow the names: [n0 … nk-1, t0 … tk-1]. */
  if (k < n) memmove(vals + k, vals + n, k * sizeof(JSValueRef));
  JSObjectRef arr = JSObjectMakeArray(ctx, 2 * k, vals, exc);
  free(vals);
  return arr;
}

static LODE_FN(fs_readlink) {
  LODE_UNUSED_FN_ARGS;
  char *path = arg_str(ctx, argc, argv, 0, exc);
  if (path == NULL) return NULL;
  uv_fs_t req;
  int r = uv_fs_readlink(NULL, &req, path, NULL);
  JSValueRef v = NULL;
  if (r >= 0) v = js_str(ctx, (const char *)req.ptr);
  fs_done(ctx, &req, r, "readlink", path, NULL, exc);
  free(path);
  return v;
}

/* ftruncate(fd, len) / fsync(fd) */
static LODE_FN(fs_ftruncate) {
  LODE_UNUSED_FN_ARGS;
  uv_fs_t req;
  int r = uv_fs_ftruncate(NULL, &req, (uv_file)arg_num(ctx, argc, argv, 0, -1),
                          (int64_t)arg_num(ctx, argc, argv, 1, 0), NULL);
  return fs_done(ctx, &req, r, "ftruncate", NULL, NULL, exc) < 0 ? NULL : JSValueMakeUndefined(ctx);
}

static LODE_FN(fs_fsync) {
  LODE_UNUSED_FN_ARGS;
  uv_fs_t req;
  int r = uv_fs_fsync(NULL, &req, (uv_file)arg_num(ctx, argc, argv, 0, -1), NULL);
  return fs_done(ctx, &req, r, "fsync", NULL, NULL, exc) < 0 ? NULL : JSValueMakeUndefined(ctx);
}

/* ---- the same calls on the thread pool, completing through the door ---- */

enum {
  A_OPEN, A_CLOSE, A_READ, A_WRITE, A_STAT, A_LSTAT, A_FSTAT, A_MKDIR, A_RMDIR, A_UNLINK,
  A_ACCESS, A_RENAME, A_COPYFILE, A_READDIR, A_REALPATH, A_READLINK, A_FTRUNCATE, A_FSYNC,
  A_SYMLINK, A_LINK, A_CHMOD, A_UTIMES, A_COUNT
};
static const char *async_syscalls[A_COUNT] = {
  "open", "close", "read", "write", "stat", "lstat", "fstat", "mkdir", "rmdir", "unlink",
  "access", "rename", "copyfile", "scandir", "realpath", "readlink", "ftruncate", "fsync",
  "symlink", "link", "chmod", "utime"};

typedef struct {
  uv_fs_t req;
  int op;
  JSObjectRef cb;   /* protected until the callback ran */
  JSValueRef view;  /* the typed array being read into / written from */
  char *path, *dest;
} fs_async;

static void fs_async_free(JSContextRef ctx, fs_async *a) {
  uv_fs_req_cleanup(&a->req);
  JSValueUnprotect(ctx, a->cb);
  if (a->view != NULL) JSValueUnprotect(ctx, a->view);
  free(a->path);
  free(a->dest);
  free(a);
}

static JSValueRef scandir_result(JSContextRef ctx, uv_fs_t *req) {
  size_t n = req->result > 0 ? (size_t)req->result : 0;
  JSValueRef *vals = malloc(sizeof(JSValueRef) * (2 * n + 1));
  CHECK(vals != NULL);
  uv_dirent_t ent;
  size_t k = 0;
  while (k < n && uv_fs_scandir_next(req, &ent) != UV_EOF) {
    JSValueRef name = js_strn(ctx, ent.name, strlen(ent.name));
    vals[k] = name != NULL ? name : js_str(ctx, "");
    vals[n + k] = JSValueMakeNumber(ctx, ent.type);
    k++;
  }
  if (k < n) memmove(vals + k, vals + n, k * sizeof(JSValueRef));
  JSObjectRef arr = JSObjectMakeArray(ctx, 2 * k, vals, NULL);
  free(vals);
  return arr;
}

static void after_fs(uv_fs_t *req) {
  fs_async *a = (fs_async *)req;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[2] = {JSValueMakeNull(ctx), JSValueMakeUndefined(ctx)};
  ssize_t r = req->result;
  if (r < 0) {
    JSValueRef err = NULL;
    js_throw_uv(ctx, &err, (int)r, async_syscalls[a->op], a->path, a->dest);
    args[0] = err;
  } else {
    switch (a->op) {
      case A_OPEN: case A_READ: case A_WRITE: args[1] = JSValueMakeNumber(ctx, (double)r); break;
      case A_STAT: case A_LSTAT: case A_FSTAT:
        fill_stat(&req->statbuf);
        args[1] = JSValueMakeBoolean(ctx, true);
        break;
      case A_READDIR: args[1] = scandir_result(ctx, req); break;
      case A_REALPATH: case A_READLINK: args[1] = js_str(ctx, (const char *)req->ptr); break;
      default: break;
    }
  }
  JSObjectRef cb = a->cb;
  JSValueProtect(ctx, cb);
  fs_async_free(ctx, a);
  lode_call(cb, NULL, 2, args);
  JSValueUnprotect(ctx, cb);
}

/* async(op, callback, …arguments of the synchronous call): starts the call
 * on the thread pool; callback(err, value) runs through the door. */
static LODE_FN(fs_async_call) {
  LODE_UNUSED_FN_ARGS;
  int op = js_arg_int(ctx, argc, argv, 0, -1);
  if (op < 0 || op >= A_COUNT || argc < 2 || !JSValueIsObject(ctx, argv[1]) ||
      !JSObjectIsFunction(ctx, (JSObjectRef)argv[1]))
    return js_throw(ctx, exc, "TypeError", NULL, "async(op, callback, …)");
  const JSValueRef *v = argv + 2;
  size_t n = argc - 2;
  fs_async *a = calloc(1, sizeof(*a));
  CHECK(a != NULL);
  a->op = op;
  a->cb = (JSObjectRef)argv[1];
  JSValueProtect(ctx, a->cb);
  uv_loop_t *loop = lode_rt->loop;
  int takes_path = !(op == A_CLOSE || op == A_READ || op == A_WRITE || op == A_FSTAT ||
                     op == A_FTRUNCATE || op == A_FSYNC);
  if (takes_path && (a->path = arg_str(ctx, n, v, 0, exc)) == NULL) goto fail;
  if ((op == A_RENAME || op == A_COPYFILE || op == A_SYMLINK || op == A_LINK) &&
      (a->dest = arg_str(ctx, n, v, 1, exc)) == NULL)
    goto fail;
  uv_file fd = (uv_file)arg_num(ctx, n, v, 0, -1);
  int r;
  switch (op) {
    case A_OPEN:
      r = uv_fs_open(loop, &a->req, a->path, (int)arg_num(ctx, n, v, 1, O_RDONLY),
                     (int)arg_num(ctx, n, v, 2, 0666), after_fs);
      break;
    case A_CLOSE: r = uv_fs_close(loop, &a->req, fd, after_fs); break;
    case A_READ: case A_WRITE: {
      char *p;
      size_t len;
      if (n < 5 || view_bytes(ctx, v[1], &p, &len, exc) < 0) {
        if (*exc == NULL) js_throw(ctx, exc, "TypeError", NULL, "read/write: 5 arguments");
        goto fail;
      }
      double off = arg_num(ctx, n, v, 2, 0), cnt = arg_num(ctx, n, v, 3, 0);
      if (!(off >= 0) || !(cnt >= 0) || off + cnt > (double)len) {
        js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "offset/length out of range");
        goto fail;
      }
      a->view = v[1];
      JSValueProtect(ctx, a->view);
      uv_buf_t buf = uv_buf_init(p + (size_t)off, (unsigned)cnt);
      int64_t pos = (int64_t)arg_num(ctx, n, v, 4, -1);
      r = op == A_READ ? uv_fs_read(loop, &a->req, fd, &buf, 1, pos, after_fs)
                       : uv_fs_write(loop, &a->req, fd, &buf, 1, pos, after_fs);
      break;
    }
    case A_STAT: r = uv_fs_stat(loop, &a->req, a->path, after_fs); break;
    case A_LSTAT: r = uv_fs_lstat(loop, &a->req, a->path, after_fs); break;
    case A_FSTAT: r = uv_fs_fstat(loop, &a->req, fd, after_fs); break;
    case A_MKDIR: r = uv_fs_mkdir(loop, &a->req, a->path, (int)arg_num(ctx, n, v, 1, 0777), after_fs); break;
    case A_RMDIR: r = uv_fs_rmdir(loop, &a->req, a->path, after_fs); break;
    case A_UNLINK: r = uv_fs_unlink(loop, &a->req, a->path, after_fs); break;
    case A_ACCESS: r = uv_fs_access(loop, &a->req, a->path, (int)arg_num(ctx, n, v, 1, F_OK), after_fs); break;
    case A_RENAME: r = uv_fs_rename(loop, &a->req, a->path, a->dest, after_fs); break;
    case A_COPYFILE:
      r = uv_fs_copyfile(loop, &a->req, a->path, a->dest, (int)arg_num(ctx, n, v, 2, 0), after_fs);
      break;
    case A_READDIR: r = uv_fs_scandir(loop, &a->req, a->path, 0, after_fs); break;
    case A_REALPATH: r = uv_fs_realpath(loop, &a->req, a->path, after_fs); break;
    case A_READLINK: r = uv_fs_readlink(loop, &a->req, a->path, after_fs); break;
    case A_FTRUNCATE:
      r = uv_fs_ftruncate(loop, &a->req, fd, (int64_t)arg_num(ctx, n, v, 1, 0), after_fs);
      break;
    case A_FSYNC: r = uv_fs_fsync(loop, &a->req, fd, after_fs); break;
    case A_SYMLINK:
      r = uv_fs_symlink(loop, &a->req, a->path, a->dest, (int)arg_num(ctx, n, v, 2, 0), after_fs);
      break;
    case A_LINK: r = uv_fs_link(loop, &a->req, a->path, a->dest, after_fs); break;
    case A_CHMOD: r = uv_fs_chmod(loop, &a->req, a->path, (int)arg_num(ctx, n, v, 1, 0), after_fs); break;
    default:
      r = uv_fs_utime(loop, &a->req, a->path, arg_num(ctx, n, v, 1, 0), arg_num(ctx, n, v, 2, 0), after_fs);
  }
  if (r < 0) {
    js_throw_uv(ctx, exc, r, async_syscalls[op], a->path, a->dest);
    goto fail;
  }
  return JSValueMakeUndefined(ctx);
fail:
  fs_async_free(ctx, a);
  return NULL;
}

JSObjectRef lode_binding_fs(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "readFileUtf8", fs_read_file_utf8);
  js_set_fn(ctx, b, "internalModuleStat", fs_internal_module_stat);
  js_set_fn(ctx, b, "realpath", fs_realpath);
  js_set_fn(ctx, b, "writeString", fs_write_string);
  js_set_fn(ctx, b, "writeBytes", fs_write_bytes);
  js_set_fn(ctx, b, "open", fs_open);
  js_set_fn(ctx, b, "close", fs_close);
  js_set_fn(ctx, b, "read", fs_read);
  js_set_fn(ctx, b, "write", fs_write);
  js_set_fn(ctx, b, "stat", fs_stat);
  js_set_fn(ctx, b, "fstat", fs_fstat);
  js_set_fn(ctx, b, "mkdir", fs_mkdir);
  js_set_fn(ctx, b, "rmdir", fs_rmdir);
  js_set_fn(ctx, b, "unlink", fs_unlink);
  js_set_fn(ctx, b, "access", fs_access);
  js_set_fn(ctx, b, "chmod", fs_chmod);
  js_set_fn(ctx, b, "utimes", fs_utimes);
  js_set_fn(ctx, b, "rename", fs_rename);
  js_set_fn(ctx, b, "copyfile", fs_copyfile);
  js_set_fn(ctx, b, "symlink", fs_symlink);
  js_set_fn(ctx, b, "link", fs_link);
  js_set_fn(ctx, b, "readdir", fs_readdir);
  js_set_fn(ctx, b, "readlink", fs_readlink);
  js_set_fn(ctx, b, "ftruncate", fs_ftruncate);
  js_set_fn(ctx, b, "fsync", fs_fsync);
  js_set_fn(ctx, b, "async", fs_async_call);
  JSValueRef ops[A_COUNT];
  for (int i = 0; i < A_COUNT; i++) ops[i] = js_str(ctx, async_syscalls[i]);
  js_set(ctx, b, "asyncOps", JSObjectMakeArray(ctx, A_COUNT, ops, NULL));
  js_set(ctx, b, "statValues",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array, stat_values,
                                               sizeof(stat_values), NULL, NULL, NULL));
  return b;
}
