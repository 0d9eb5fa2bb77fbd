/* crypto_random: cryptographically strong random bytes from OpenSSL's
 * RAND_bytes, for randomBytes, randomFill, randomInt, randomUUID and
 * getRandomValues (lib/internal/crypto/random.js, which validates the
 * arguments first).
 *
 * The asynchronous form fills a buffer of its own on the libuv thread pool
 * and hands it to JS as an ArrayBuffer: the thread never touches memory that
 * JS could detach or resize meanwhile. */
#include "runtime.h"
#include "crypto_common.h"

#include <limits.h>
#include <openssl/err.h>
#include <openssl/rand.h>

/* RAND_bytes takes an int count. */
static int rand_fill(unsigned char *p, size_t n) {
  while (n > 0) {
    int chunk = n > INT_MAX ? INT_MAX : (int)n;
    if (RAND_bytes(p, chunk) != 1) return 0;
    p += chunk;
    n -= (size_t)chunk;
  }
  return 1;
}

/* fill(view, offset, size): random bytes into view[offset, offset + size). */
static LODE_FN(random_fill) {
  LODE_UNUSED_FN_ARGS;
  unsigned char *p;
  size_t len;
  if (argc < 3 || js_view_bytes(ctx, argv[0], &p, &len, exc) != 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "fill(view, offset, size)");
    return NULL;
  }
  double off = JSValueToNumber(ctx, argv[1], NULL);
  double size = JSValueToNumber(ctx, argv[2], NULL);
  if (!(off >= 0) || !(size >= 0) || off + size > (double)len)
    return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "offset/size out of range");
  if (!rand_fill(p + (size_t)off, (size_t)size)) return lode_crypto_throw(ctx, exc);
  return JSValueMakeUndefined(ctx);
}

typedef struct {
  uv_work_t req;
  unsigned char *bytes;
  size_t len;
  int ok;
  lode_crypto_errors errors; /* taken on the worker thread */
  JSObjectRef cb;            /* protected until it ran */
} bytes_job;

static void bytes_work(uv_work_t *req) {
  bytes_job *j = req->data;
  j->ok = rand_fill(j->bytes, j->len);
  if (!j->ok) lode_crypto_take_errors(&j->errors);
}

static void bytes_done(uv_work_t *req, int status) {
  bytes_job *j = req->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[2] = {JSValueMakeNull(ctx), JSValueMakeUndefined(ctx)};
  if (status != 0 || !j->ok) {
    free(j->bytes);
    args[0] = lode_crypto_error(ctx, &j->errors);
  } else {
    JSValueRef exc = NULL;
    JSObjectRef ab = js_array_buffer_adopt(ctx, j->bytes, j->len, &exc);
    if (ab != NULL) args[1] = ab;
    else args[0] = exc != NULL ? exc : JSValueMakeNull(ctx);
  }
  JSObjectRef cb = j->cb;
  free(j);
  lode_call(cb, NULL, 2, args);
  JSValueUnprotect(ctx, cb);
}

/* bytesAsync(size, cb): cb(err, ArrayBuffer) from the thread pool. */
static LODE_FN(random_bytes_async) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2 || !JSValueIsObject(ctx, argv[1]) || !JSObjectIsFunction(ctx, (JSObjectRef)argv[1]))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "bytesAsync(size, callback)");
  double size = JSValueToNumber(ctx, argv[0], NULL);
  if (!(size >= 0 && size <= (double)INT_MAX))
    return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "size out of range");
  bytes_job *j = calloc(1, sizeof(*j));
  if (j == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  j->len = (size_t)size;
  j->bytes = lode_malloc_filled(j->len > 0 ? j->len : 1);
  if (j->bytes == NULL) {
    free(j);
    return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  }
  j->cb = (JSObjectRef)argv[1];
  JSValueRef v = lode_crypto_queue(ctx, &j->req, j, j->cb, bytes_work, bytes_done, exc);
  if (v == NULL) {
    free(j->bytes);
    free(j);
  }
  return v;
}

JSObjectRef lode_binding_crypto_random(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "fill", random_fill);
  js_set_fn(ctx, b, "bytesAsync", random_bytes_async);
  return b;
}
