/* fs: the synchronous primitives the module loader and process.stdout need.
 * The full node:fs arrives with the streams and file system issue. */
#include "runtime.h"
#include "utf8.h"

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

/* Node's limit for a whole-file read (kIoMaxLength). */
#define READ_FILE_MAX ((size_t)2147483647)

/* The whole of the file at path into a malloc'd buffer (no engine calls:
 * it also runs on the thread pool). 1 on success; 0 when a regular file is
 * over READ_FILE_MAX (the caller raises node's error for that); -1 with the
 * failing call's negative errno and name ("open" or "read"). A regular
 * file is read up to the size fstat gives, in one buffer of that size (as
 * node); others (/proc, pipes) to their end. */
static int read_path(const char *path, char **out, size_t *len, int *err, const char **syscall) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *err = -errno;
    *syscall = "open";
    return -1;
  }
  struct stat st;
  size_t size = 0;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    if ((uint64_t)st.st_size > READ_FILE_MAX) {
      close(fd);
      return 0;
    }
    size = (size_t)st.st_size;
  }
  char *buf;
  size_t n = 0;
  *err = 0;
  if (size > 0) {
    buf = lode_malloc_filled(size + 1);
    CHECK(buf != NULL);
    while (n < size) {
      ssize_t r = read(fd, buf + n, size - n);
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) {
        *err = -errno;
        break;
      }
      if (r == 0) break;
      n += (size_t)r;
    }
    if (*err != 0) {
      free(buf);
      buf = NULL;
    } else {
      buf[n] = '\0';
    }
  } else {
    buf = lode_read_all(fd, &n, err);
    char *fitted = buf != NULL ? realloc(buf, n + 1) : NULL; /* give back the unused tail */
    if (fitted != NULL) buf = fitted;
  }
  close(fd);
  if (buf == NULL) {
    *syscall = "read";
    return -1;
  }
  *out = buf;
  *len = n;
  return 1;
}

/* Node's error for a failed whole-file call: open errors name the path,
 * the others do not. */
static void throw_file_error(JSContextRef ctx, JSValueRef *exc, int err, const char *syscall, const char *path) {
  js_throw_uv(ctx, exc, err, syscall, strcmp(syscall, "open") == 0 ? path : NULL, NULL);
}

/* A file's bytes (freed here) as its UTF-8 text (source code compact, see
 * lode_utf8_text), or NULL with ERR_STRING_TOO_LONG thrown past node's
 * string limit. */
static JSValueRef file_text(JSContextRef ctx, char *buf, size_t n, int source, JSValueRef *exc) {
  JSValueRef s = NULL;
  const unsigned char *b = (const unsigned char *)buf;
  if (n <= LODE_STRING_MAX_LENGTH || lode_utf8_utf16_length(b, n) <= LODE_STRING_MAX_LENGTH)
    s = source ? lode_utf8_string(ctx, b, n) : lode_utf8_text(ctx, b, n);
  free(buf);
  if (s == NULL) js_throw_string_too_long(ctx, exc);
  return s;
}

/* read_path for argv[0], with node's error thrown for -1. */
static int read_whole_file(JSContextRef ctx, size_t argc, const JSValueRef argv[], char **out,
                           size_t *len, JSValueRef *exc) {
  if (argc < 1) {
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "a path is needed");
    return -1;
  }
  char *path = js_cstr(ctx, argv[0], exc);
  if (path == NULL) return -1;
  int err;
  const char *syscall = NULL;
  int r = read_path(path, out, len, &err, &syscall);
  if (r < 0) throw_file_error(ctx, exc, err, syscall, path);
  free(path);
  return r;
}

/* readFileUtf8(path[, asText]): the whole file as a string (source code,
 * unless asText: see file_text); throws Node's ENOENT
 * etc., and ERR_STRING_TOO_LONG past node's string limit (a file over 2 GiB
 * is not read at all: its text could not be a string). */
static LODE_FN(fs_read_file_utf8) {
  LODE_UNUSED_FN_ARGS;
  char *buf;
  size_t n;
  int r = read_whole_file(ctx, argc, argv, &buf, &n, exc);
  if (r < 0) return NULL;
  if (r == 0) return js_throw_string_too_long(ctx, exc);
  return file_text(ctx, buf, n, !(argc > 1 && JSValueToBoolean(ctx, argv[1])), exc);
}

/* Queues a whole-file job on the thread pool; when it cannot be queued,
 * frees the job and its path and throws (NULL). */
static JSValueRef queue_file_job(JSContextRef ctx, uv_work_t *w, void *job, char *path, uv_work_cb work,
                                 uv_after_work_cb after, JSValueRef *exc) {
  w->data = job;
  int r = uv_queue_work(lode_rt->loop, w, work, after);
  if (r == 0) return JSValueMakeUndefined(ctx);
  free(path);
  free(job);
  js_throw_uv(ctx, exc, r, "uv_queue_work", NULL, NULL);
  return NULL;
}

/* readFileAsync(path, asText, callback): read_path on the thread pool, then
 * callback(err, value) through the door: value is an ArrayBuffer, or the
 * UTF-8 text when asText; undefined for a file over 2 GiB (the caller
 * reports it). One round trip instead of open, fstat, read, close. */
typedef struct {
  uv_work_t work;
  char *path;
  char *buf;
  size_t len;
  int result, err, as_text;
  const char *syscall;
  JSObjectRef cb;
} read_file_job;

static void read_file_work(uv_work_t *w) {
  read_file_job *j = w->data;
  j->result = read_path(j->path, &j->buf, &j->len, &j->err, &j->syscall);
}

static void read_file_after(uv_work_t *w, int status) {
  read_file_job *j = w->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef exc = NULL;
  JSValueRef value = JSValueMakeUndefined(ctx);
  if (status != 0) {
    if (j->result > 0) free(j->buf);
    js_throw_uv(ctx, &exc, status, "read", NULL, NULL);
  } else if (j->result < 0) {
    throw_file_error(ctx, &exc, j->err, j->syscall, j->path);
  } else if (j->result == 0) {
    /* over 2 GiB: undefined, the caller reports it (text too: node's
     * asynchronous form checks the size before it reads) */
  } else if (j->as_text) {
    JSValueRef text = file_text(ctx, j->buf, j->len, 0, &exc);
    if (text != NULL) value = text;
  } else {
    JSObjectRef ab = js_array_buffer_adopt(ctx, j->buf, j->len, &exc); /* adopted, or freed */
    if (ab != NULL) value = ab;
  }
  JSValueRef args[2] = {exc != NULL ? exc : JSValueMakeNull(ctx), exc != NULL ? JSValueMakeUndefined(ctx) : value};
  JSObjectRef cb = j->cb;
  free(j->path);
  free(j);
  lode_call(cb, NULL, 2, args);
  JSValueUnprotect(ctx, cb);
}

static LODE_FN(fs_read_file_async) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 3 || !JSValueIsObject(ctx, argv[2]) || !JSObjectIsFunction(ctx, (JSObjectRef)argv[2]))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "readFileAsync(path, asText, callback)");
  char *path = js_cstr(ctx, argv[0], exc);
  if (path == NULL) return NULL;
  read_file_job *j = calloc(1, sizeof(*j));
  CHECK(j != NULL);
  j->path = path;
  j->as_text = JSValueToBoolean(ctx, argv[1]);
  j->cb = (JSObjectRef)argv[2];
  if (queue_file_job(ctx, &j->work, j, j->path, read_file_work, read_file_after, exc) == NULL) return NULL;
  JSValueProtect(ctx, j->cb);
  return JSValueMakeUndefined(ctx);
}

/* writeFileAsync(path, flags, mode, view, callback): open, write all of
 * view, close, on the thread pool in one job (was open, write.., close in
 * as many round trips); callback(err|null) through the door. The view is
 * kept alive while the thread pool reads it, as fs writes do. */
typedef struct {
  uv_work_t work;
  char *path;
  int flags, mode;
  const unsigned char *bytes;
  size_t len;
  int err;
  const char *syscall;
  JSValueRef view;
  JSObjectRef cb;
} write_file_job;

static void write_file_work(uv_work_t *w) {
  write_file_job *j = w->data;
  int fd = open(j->path, j->flags | O_CLOEXEC, j->mode);
  if (fd < 0) {
    j->err = -errno;
    j->syscall = "open";
    return;
  }
  size_t off = 0;
  while (off < j->len) {
    ssize_t r = write(fd, j->bytes + off, j->len - off);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      j->err = -errno;
      j->syscall = "write";
      break;
    }
    off += (size_t)r;
  }
  if (close(fd) != 0 && j->err == 0) {
    j->err = -errno;
    j->syscall = "close";
  }
}

static void write_file_after(uv_work_t *w, int status) {
  write_file_job *j = w->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef exc = NULL;
  if (status != 0) js_throw_uv(ctx, &exc, status, "write", NULL, NULL);
  else if (j->err != 0) throw_file_error(ctx, &exc, j->err, j->syscall, j->path);
  JSValueRef arg = exc != NULL ? exc : JSValueMakeNull(ctx);
  JSObjectRef cb = j->cb;
  JSValueUnprotect(ctx, j->view);
  free(j->path);
  free(j);
  lode_call(cb, NULL, 1, &arg);
  JSValueUnprotect(ctx, cb);
}

static LODE_FN(fs_write_file_async) {
  LODE_UNUSED_FN_ARGS;
  unsigned char *p;
  size_t len;
  if (argc < 5 || !JSValueIsObject(ctx, argv[4]) || !JSObjectIsFunction(ctx, (JSObjectRef)argv[4]) ||
      js_view_bytes(ctx, argv[3], &p, &len, exc) < 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "writeFileAsync(path, flags, mode, view, callback)");
    return NULL;
  }
  char *path = js_cstr(ctx, argv[0], exc);
  if (path == NULL) return NULL;
  write_file_job *j = calloc(1, sizeof(*j));
  CHECK(j != NULL);
  j->path = path;
  j->flags = (int)js_num(ctx, argv[1]);
  j->mode = (int)js_num(ctx, argv[2]);
  j->bytes = p;
  j->len = p != NULL ? len : 0;
  j->view = argv[3];
  j->cb = (JSObjectRef)argv[4];
  if (queue_file_job(ctx, &j->work, j, j->path, write_file_work, write_file_after, exc) == NULL) return NULL;
  JSValueProtect(ctx, j->view);
  JSValueProtect(ctx, j->cb);
  return JSValueMakeUndefined(ctx);
}

/* readFileBytes(path): the whole file as an ArrayBuffer (undefined when it
 * is too large); throws Node's ENOENT etc. */
static LODE_FN(fs_read_file_bytes) {
  LODE_UNUSED_FN_ARGS;
  char *buf;
  size_t n;
  int r = read_whole_file(ctx, argc, argv, &buf, &n, exc);
  if (r <= 0) return r == 0 ? JSValueMakeUndefined(ctx) : NULL;
  return js_array_buffer_adopt(ctx, buf, n, exc);
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
  unsigned char *p;
  size_t len;
  JSValueRef ignored = NULL;
  if (argc < 2 || js_view_bytes(ctx, argv[1], &p, &len, &ignored) < 0)
    return JSValueMakeNumber(ctx, UV_EINVAL);
  if (p == NULL && len > 0) return JSValueMakeNumber(ctx, UV_EINVAL);
  return JSValueMakeNumber(ctx, write_all((int)js_num(ctx, argv[0]), (const char *)p, len));
}

/* ---- the file system calls: call(op, callback|undefined|null, …arguments) ----
 * With a callback the call runs on the thread pool and callback(err, value)
 * runs through the door; without one it runs now (libuv's synchronous
 * mode) and returns the value or throws Node's system error. With null it
 * runs now and a failure is answered with the negative errno instead (a
 * missing path is an answer to existsSync, and building the error costs
 * several times the call). */

enum {
  A_OPEN, A_CLOSE, A_READ, A_WRITE, A_STAT, A_LSTAT, A_FSTAT, A_MKDIR, A_RMDIR, A_UNLINK,
  A_ACCESS, A_RENAME, A_COPYFILE, A_READDIR, A_REALPATH, A_READLINK, A_FTRUNCATE, A_FSYNC,
  A_SYMLINK, A_LINK, A_CHMOD, A_UTIMES, A_FCHMOD, A_CHOWN, A_LCHOWN, A_FCHOWN, A_FUTIMES,
  A_LUTIMES, A_FDATASYNC, A_STATFS, A_READV, A_WRITEV, A_COUNT
};
/* Node's syscall names, which also name the operations for JS. */
static const char *op_names[A_COUNT] = {
  "open", "close", "read", "write", "stat", "lstat", "fstat", "mkdir", "rmdir", "unlink",
  "access", "rename", "copyfile", "scandir", "realpath", "readlink", "ftruncate", "fsync",
  "symlink", "link", "chmod", "utime", "fchmod", "chown", "lchown", "fchown", "futime",
  "lutime", "fdatasync", "statfs", "readv", "writev"};

/* Shared with JS (Float64Array): the last stat, in Node's Stats order. */
static double stat_values[14];
/* The same stat exactly, for { bigint: true } (BigInt64Array): the ten
 * integer fields, then seconds and nanoseconds of atime, mtime, ctime and
 * birthtime, so that JS builds the *Ns fields without losing precision. */
static int64_t stat_big[18];

typedef struct {
  uv_fs_t req;
  int op;
  JSObjectRef cb;  /* protected until the callback ran; NULL when synchronous */
  JSValueRef view; /* the typed array (or array of them) being read into / written from */
  char *path, *dest;
  int bigint;      /* statfs: answer BigInts */
} fs_call_t;

static void fs_call_free(JSContextRef ctx, fs_call_t *a) {
  uv_fs_req_cleanup(&a->req);
  if (a->cb != NULL) JSValueUnprotect(ctx, a->cb);
  if (a->view != NULL && a->cb != NULL) JSValueUnprotect(ctx, a->view);
  free(a->path);
  free(a->dest);
  free(a);
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
  const int64_t b[18] = {
      (int64_t)st->st_dev, (int64_t)st->st_mode, (int64_t)st->st_nlink, (int64_t)st->st_uid,
      (int64_t)st->st_gid, (int64_t)st->st_rdev, (int64_t)st->st_blksize, (int64_t)st->st_ino,
      (int64_t)st->st_size, (int64_t)st->st_blocks,
      (int64_t)st->st_atim.tv_sec, (int64_t)st->st_atim.tv_nsec,
      (int64_t)st->st_mtim.tv_sec, (int64_t)st->st_mtim.tv_nsec,
      (int64_t)st->st_ctim.tv_sec, (int64_t)st->st_ctim.tv_nsec,
      (int64_t)st->st_birthtim.tv_sec, (int64_t)st->st_birthtim.tv_nsec};
  memcpy(stat_big, b, sizeof(b));
}

/* A directory listing as two strings, [names joined by '/', types], the
 * type of entry i being the character '0' + type at i: two engine strings
 * for the whole listing (JS splits the names; '/' cannot occur in one)
 * instead of several engine calls per entry. req is a finished scandir, or
 * a readdir of an opened directory (fs_dir.c). */
JSValueRef lode_fs_listing(JSContextRef ctx, uv_fs_t *req) {
  size_t n = req->result > 0 ? (size_t)req->result : 0;
  const uv_dirent_t *batch = req->fs_type == UV_FS_READDIR ? ((uv_dir_t *)req->ptr)->dirents : NULL;
  size_t cap = 256, len = 0;
  char *names = malloc(cap);
  char *types = malloc(n + 1);
  CHECK(names != NULL && types != NULL);
  uv_dirent_t ent;
  size_t k = 0;
  while (k < n) {
    if (batch != NULL) ent = batch[k];
    else if (uv_fs_scandir_next(req, &ent) == UV_EOF) break;
    size_t nl = strlen(ent.name);
    if (len + nl + 1 > cap) {
      while (len + nl + 1 > cap) cap *= 2;
      char *grown = realloc(names, cap);
      CHECK(grown != NULL);
      names = grown;
    }
    if (k > 0) names[len++] = '/';
    memcpy(names + len, ent.name, nl);
    len += nl;
    types[k++] = (char)('0' + (ent.type & 7));
  }
  JSValueRef parts[2] = {js_strn(ctx, names, len), js_strn(ctx, types, k)};
  free(names);
  free(types);
  if (parts[0] == NULL) parts[0] = js_str(ctx, "");
  if (parts[1] == NULL) parts[1] = js_str(ctx, "");
  return JSObjectMakeArray(ctx, 2, parts, NULL);
}

/* The value of a successful call, or NULL with *err set to its error. */
static JSValueRef call_result(JSContextRef ctx, fs_call_t *a, JSValueRef *err) {
  ssize_t r = a->req.result;
  if (r < 0) {
    js_throw_uv(ctx, err, (int)r, op_names[a->op], a->path, a->dest);
    return NULL;
  }
  switch (a->op) {
    case A_OPEN: case A_READ: case A_WRITE: case A_READV: case A_WRITEV:
      return JSValueMakeNumber(ctx, (double)r);
    case A_STAT: case A_LSTAT: case A_FSTAT:
      fill_stat(&a->req.statbuf);
      return JSValueMakeBoolean(ctx, true);
    case A_READDIR: return lode_fs_listing(ctx, &a->req);
    case A_STATFS: {
      const uv_statfs_t *f = a->req.ptr;
      const uint64_t u[7] = {f->f_type, f->f_bsize, f->f_blocks, f->f_bfree,
                             f->f_bavail, f->f_files, f->f_ffree};
      JSValueRef v[7];
      for (int i = 0; i < 7; i++) {
        v[i] = a->bigint ? JSBigIntCreateWithUInt64(ctx, u[i], err) : JSValueMakeNumber(ctx, (double)u[i]);
        if (v[i] == NULL) return NULL;
      }
      return JSObjectMakeArray(ctx, 7, v, NULL);
    }
    case A_REALPATH: case A_READLINK: return js_str(ctx, (const char *)a->req.ptr);
    default: return JSValueMakeUndefined(ctx);
  }
}

static void after_fs(uv_fs_t *req) {
  fs_call_t *a = (fs_call_t *)req;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef err = NULL;
  JSValueRef value = call_result(ctx, a, &err);
  JSValueRef args[2] = {err != NULL ? err : JSValueMakeNull(ctx),
                        value != NULL ? value : JSValueMakeUndefined(ctx)};
  JSObjectRef cb = a->cb;
  JSValueProtect(ctx, cb);
  fs_call_free(ctx, a);
  lode_call(cb, NULL, 2, args);
  JSValueUnprotect(ctx, cb);
}

static LODE_FN(fs_call) {
  LODE_UNUSED_FN_ARGS;
  int op = js_arg_int(ctx, argc, argv, 0, -1);
  if (op < 0 || op >= A_COUNT || argc < 2)
    return js_throw(ctx, exc, "TypeError", NULL, "call(op, callback, …)");
  int async = JSValueIsObject(ctx, argv[1]) && JSObjectIsFunction(ctx, (JSObjectRef)argv[1]);
  int answer_errno = JSValueIsNull(ctx, argv[1]);
  const JSValueRef *v = argv + 2;
  size_t n = argc - 2;
  fs_call_t *a = calloc(1, sizeof(*a));
  CHECK(a != NULL);
  a->op = op;
  if (async) {
    a->cb = (JSObjectRef)argv[1];
    JSValueProtect(ctx, a->cb);
  }
  uv_loop_t *loop = async ? lode_rt->loop : NULL;
  uv_fs_cb done = async ? after_fs : NULL;
  int takes_fd = op == A_CLOSE || op == A_READ || op == A_WRITE || op == A_READV ||
                 op == A_WRITEV || op == A_FSTAT ||
                 op == A_FTRUNCATE || op == A_FSYNC || op == A_FDATASYNC || op == A_FCHMOD ||
                 op == A_FCHOWN || op == A_FUTIMES;
  if (!takes_fd && (a->path = arg_str(ctx, n, v, 0, exc)) == NULL) goto fail;
  if ((op == A_RENAME || op == A_COPYFILE || op == A_SYMLINK || op == A_LINK) &&
      (a->dest = arg_str(ctx, n, v, 1, exc)) == NULL)
    goto fail;
  uv_file fd = (uv_file)arg_num(ctx, n, v, 0, -1);
  int i1 = (int)arg_num(ctx, n, v, 1, 0), i2 = (int)arg_num(ctx, n, v, 2, 0);
  double d1 = arg_num(ctx, n, v, 1, 0), d2 = arg_num(ctx, n, v, 2, 0);
  int r;
  switch (op) {
    case A_OPEN:
      r = uv_fs_open(loop, &a->req, a->path, (int)arg_num(ctx, n, v, 1, O_RDONLY),
                     (int)arg_num(ctx, n, v, 2, 0666), done);
      break;
    case A_CLOSE: r = uv_fs_close(loop, &a->req, fd, done); break;
    case A_READ: case A_WRITE: {
      unsigned char *p;
      size_t len;
      if (n < 5 || js_view_bytes(ctx, v[1], &p, &len, exc) < 0) {
        if (*exc == NULL) js_throw(ctx, exc, "TypeError", NULL, "read/write: 5 arguments");
        goto fail;
      }
      double off = arg_num(ctx, n, v, 2, 0), cnt = arg_num(ctx, n, v, 3, 0);
      if (!(off >= 0) || !(cnt >= 0) || off + cnt > (double)len) {
        js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "offset/length out of range");
        goto fail;
      }
      if (async) {
        a->view = v[1]; /* kept alive while the thread pool uses its memory */
        JSValueProtect(ctx, a->view);
      }
      uv_buf_t buf = uv_buf_init((char *)p + (size_t)off, (unsigned)cnt);
      int64_t pos = (int64_t)arg_num(ctx, n, v, 4, -1);
      r = op == A_READ ? uv_fs_read(loop, &a->req, fd, &buf, 1, pos, done)
                       : uv_fs_write(loop, &a->req, fd, &buf, 1, pos, done);
      break;
    }
    case A_READV: case A_WRITEV: {
      /* (fd, [views…], position|-1): libuv copies the buffer list. */
      JSObjectRef list = n > 1 && JSValueIsArray(ctx, v[1]) ? (JSObjectRef)v[1] : NULL;
      if (list == NULL) {
        js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "readv/writev: an array of views");
        goto fail;
      }
      unsigned count = (unsigned)js_num(ctx, js_get(ctx, list, "length"));
      uv_buf_t *bufs = calloc(count + 1, sizeof(uv_buf_t));
      CHECK(bufs != NULL);
      for (unsigned i = 0; i < count; i++) {
        unsigned char *p;
        size_t len;
        if (js_view_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, list, i, NULL), &p, &len, exc) < 0) {
          free(bufs);
          goto fail;
        }
        bufs[i] = uv_buf_init((char *)p, (unsigned)len);
      }
      if (async) {
        a->view = v[1];
        JSValueProtect(ctx, a->view);
      }
      int64_t pos = (int64_t)arg_num(ctx, n, v, 2, -1);
      r = op == A_READV ? uv_fs_read(loop, &a->req, fd, bufs, count, pos, done)
                        : uv_fs_write(loop, &a->req, fd, bufs, count, pos, done);
      free(bufs);
      break;
    }
    case A_STAT: r = uv_fs_stat(loop, &a->req, a->path, done); break;
    case A_LSTAT: r = uv_fs_lstat(loop, &a->req, a->path, done); break;
    case A_FSTAT: r = uv_fs_fstat(loop, &a->req, fd, done); break;
    case A_MKDIR: r = uv_fs_mkdir(loop, &a->req, a->path, (int)arg_num(ctx, n, v, 1, 0777), done); break;
    case A_RMDIR: r = uv_fs_rmdir(loop, &a->req, a->path, done); break;
    case A_UNLINK: r = uv_fs_unlink(loop, &a->req, a->path, done); break;
    case A_ACCESS: r = uv_fs_access(loop, &a->req, a->path, i1, done); break;
    case A_RENAME: r = uv_fs_rename(loop, &a->req, a->path, a->dest, done); break;
    case A_COPYFILE: r = uv_fs_copyfile(loop, &a->req, a->path, a->dest, i2, done); break;
    case A_READDIR: r = uv_fs_scandir(loop, &a->req, a->path, 0, done); break;
    case A_REALPATH: r = uv_fs_realpath(loop, &a->req, a->path, done); break;
    case A_READLINK: r = uv_fs_readlink(loop, &a->req, a->path, done); break;
    case A_FTRUNCATE: r = uv_fs_ftruncate(loop, &a->req, fd, (int64_t)d1, done); break;
    case A_FSYNC: r = uv_fs_fsync(loop, &a->req, fd, done); break;
    case A_FDATASYNC: r = uv_fs_fdatasync(loop, &a->req, fd, done); break;
    case A_SYMLINK: r = uv_fs_symlink(loop, &a->req, a->path, a->dest, i2, done); break;
    case A_LINK: r = uv_fs_link(loop, &a->req, a->path, a->dest, done); break;
    case A_CHMOD: r = uv_fs_chmod(loop, &a->req, a->path, i1, done); break;
    case A_FCHMOD: r = uv_fs_fchmod(loop, &a->req, fd, i1, done); break;
    case A_CHOWN: r = uv_fs_chown(loop, &a->req, a->path, (uv_uid_t)i1, (uv_gid_t)i2, done); break;
    case A_LCHOWN: r = uv_fs_lchown(loop, &a->req, a->path, (uv_uid_t)i1, (uv_gid_t)i2, done); break;
    case A_FCHOWN: r = uv_fs_fchown(loop, &a->req, fd, (uv_uid_t)i1, (uv_gid_t)i2, done); break;
    case A_UTIMES: r = uv_fs_utime(loop, &a->req, a->path, d1, d2, done); break;
    case A_LUTIMES: r = uv_fs_lutime(loop, &a->req, a->path, d1, d2, done); break;
    case A_STATFS:
      a->bigint = n > 1 && JSValueToBoolean(ctx, v[1]);
      r = uv_fs_statfs(loop, &a->req, a->path, done);
      break;
    default: r = uv_fs_futime(loop, &a->req, fd, d1, d2, done);
  }
  if (async) {
    if (r < 0) {
      js_throw_uv(ctx, exc, r, op_names[op], a->path, a->dest);
      goto fail;
    }
    return JSValueMakeUndefined(ctx);
  }
  JSValueRef value = answer_errno && a->req.result < 0 ? JSValueMakeNumber(ctx, (double)a->req.result)
                                                       : call_result(ctx, a, exc);
  fs_call_free(ctx, a);
  return value;
fail:
  fs_call_free(ctx, a);
  return NULL;
}

JSObjectRef lode_binding_fs(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "readFileUtf8", fs_read_file_utf8);
  js_set_fn(ctx, b, "readFileBytes", fs_read_file_bytes);
  js_set_fn(ctx, b, "readFileAsync", fs_read_file_async);
  js_set_fn(ctx, b, "writeFileAsync", fs_write_file_async);
  js_set_fn(ctx, b, "internalModuleStat", fs_internal_module_stat);
  js_set_fn(ctx, b, "realpath", fs_realpath);
  js_set_fn(ctx, b, "writeString", fs_write_string);
  js_set_fn(ctx, b, "writeBytes", fs_write_bytes);
  js_set_fn(ctx, b, "call", fs_call);
  js_set(ctx, b, "statValues",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeFloat64Array, stat_values,
                                               sizeof(stat_values), NULL, NULL, NULL));
  js_set(ctx, b, "statBigValues",
         JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeBigInt64Array, stat_big,
                                               sizeof(stat_big), NULL, NULL, NULL));
  JSValueRef ops[A_COUNT];
  for (int i = 0; i < A_COUNT; i++) ops[i] = js_str(ctx, op_names[i]);
  js_set(ctx, b, "ops", JSObjectMakeArray(ctx, A_COUNT, ops, NULL));
  return b;
}
