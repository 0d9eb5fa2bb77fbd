/* crypto_prime: generatePrime and checkPrime for node:crypto on OpenSSL's
 * BIGNUM, synchronously or on the libuv thread pool (the pattern of
 * crypto_kdf.c). JS (lib/internal/crypto/prime.js) validates the arguments
 * and passes numbers as big-endian bytes; results come back the same way.
 *
 * A job owns its BIGNUMs (made from copies of the input bytes before it is
 * queued), so the thread never reads JS memory. */
#include "runtime.h"
#include "crypto_common.h"

#include <limits.h>
#include <string.h>
#include <openssl/bn.h>
#include <openssl/err.h>

enum { JOB_GENERATE, JOB_CHECK };

typedef struct {
  uv_work_t req;
  int kind;
  int bits, safe;  /* generate */
  BIGNUM *n;       /* the result (generate) or the candidate (check) */
  BIGNUM *add, *rem;
  int ok;          /* generate: made one; check: ran */
  int is_prime;
  lode_crypto_errors errors;
  JSObjectRef cb;  /* protected until it ran; NULL when synchronous */
} prime_job;

static void job_free(prime_job *j) {
  BN_free(j->n);
  BN_free(j->add);
  BN_free(j->rem);
  free(j);
}

static void run_job(prime_job *j) {
  BN_CTX *bctx = BN_CTX_new();
  if (bctx == NULL) {
    j->ok = 0;
  } else if (j->kind == JOB_GENERATE) {
    j->ok = BN_generate_prime_ex2(j->n, j->bits, j->safe, j->add, j->rem, NULL, bctx) == 1;
  } else {
    /* OpenSSL 3 picks the Miller-Rabin rounds itself (64, or 128 above
     * 2048 bits: an error chance below 2^-128), so `checks` is not passed
     * on; BN_is_prime_ex, which took a count, is deprecated. */
    int r = BN_check_prime(j->n, bctx, NULL);
    j->ok = r >= 0;
    j->is_prime = r == 1;
  }
  BN_CTX_free(bctx);
  lode_crypto_take_errors(&j->errors); /* this thread's queue, reported on the loop's */
}

/* Node reports these failures as plain Errors with OpenSSL's text. */
static JSValueRef job_error(JSContextRef ctx, const prime_job *j) {
  char msg[256];
  ERR_error_string_n(j->errors.n > 0 ? j->errors.codes[0] : 0, msg, sizeof(msg));
  JSValueRef err = NULL;
  js_throw(ctx, &err, "Error", NULL, msg);
  return err;
}

/* The job's answer: an ArrayBuffer of the prime's bytes, or a boolean. */
static JSValueRef job_result(JSContextRef ctx, prime_job *j, JSValueRef *exc) {
  if (j->kind == JOB_CHECK) return JSValueMakeBoolean(ctx, j->is_prime);
  int n = BN_num_bytes(j->n);
  unsigned char *p = malloc(n > 0 ? (size_t)n : 1);
  if (p == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  BN_bn2bin(j->n, p);
  return js_array_buffer_adopt(ctx, p, (size_t)n, exc);
}

static void work(uv_work_t *req) {
  run_job(req->data);
}

static void after_work(uv_work_t *req, int status) {
  prime_job *j = req->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[2] = {JSValueMakeNull(ctx), JSValueMakeUndefined(ctx)};
  size_t nargs = 2;
  if (status != 0 || !j->ok) {
    args[0] = job_error(ctx, j);
    nargs = 1; /* Node passes the error alone */
  } else {
    JSValueRef exc = NULL;
    JSValueRef v = job_result(ctx, j, &exc);
    if (exc != NULL) {
      args[0] = exc;
      nargs = 1;
    } else {
      args[1] = v;
    }
  }
  JSObjectRef cb = j->cb;
  job_free(j);
  lode_call(cb, NULL, nargs, args);
  JSValueUnprotect(ctx, cb);
}

/* Runs j now (returning its result) or queues it when it has a callback;
 * j is consumed either way. */
static JSValueRef start(JSContextRef ctx, prime_job *j, JSValueRef cb, JSValueRef *exc) {
  if (cb != NULL && JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb)) {
    j->cb = (JSObjectRef)cb;
    JSValueRef v = lode_crypto_queue(ctx, &j->req, j, j->cb, work, after_work, exc);
    if (v == NULL) job_free(j);
    return v;
  }
  run_job(j);
  JSValueRef v;
  if (!j->ok) {
    *exc = job_error(ctx, j);
    v = NULL;
  } else {
    v = job_result(ctx, j, exc);
  }
  job_free(j);
  return v;
}

/* A BIGNUM from the bytes of argv[i] (big-endian), NULL when argv[i] is
 * null; *bad set when it is neither or memory ran out. */
static BIGNUM *bn_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, int *bad,
                      JSValueRef *exc) {
  if (i >= argc || JSValueIsNull(ctx, argv[i]) || JSValueIsUndefined(ctx, argv[i])) return NULL;
  unsigned char *p;
  size_t len;
  if (js_view_bytes(ctx, argv[i], &p, &len, exc) != 0 || len > INT_MAX / 8) {
    *bad = 1;
    return NULL;
  }
  BIGNUM *n = BN_bin2bn(len > 0 ? p : (const unsigned char *)"", (int)len, NULL);
  if (n == NULL) *bad = 1;
  return n;
}

static double num_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  return i < argc && JSValueIsNumber(ctx, argv[i]) ? JSValueToNumber(ctx, argv[i], NULL) : -1;
}

/* generate(bits, safe, add view | null, rem view | null[, cb]) →
 * ArrayBuffer (or undefined, cb(err) / cb(null, ArrayBuffer) later). */
static LODE_FN(prime_generate) {
  LODE_UNUSED_FN_ARGS;
  double bits = num_arg(ctx, argc, argv, 0);
  if (!(bits >= 1 && bits <= INT_MAX))
    return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "invalid size");
  prime_job *j = calloc(1, sizeof(*j));
  if (j == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  j->kind = JOB_GENERATE;
  j->bits = (int)bits;
  j->safe = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  int bad = 0;
  j->add = bn_arg(ctx, argc, argv, 2, &bad, exc);
  if (!bad) j->rem = bn_arg(ctx, argc, argv, 3, &bad, exc);
  if (!bad) j->n = BN_new();
  if (bad || j->n == NULL) {
    job_free(j);
    if (*exc == NULL) js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    return NULL;
  }
  /* The checks Node makes before OpenSSL sees the numbers. */
  if (j->add != NULL) {
    if (BN_num_bits(j->add) > j->bits) {
      job_free(j);
      return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "invalid options.add");
    }
    if (j->rem != NULL && BN_cmp(j->add, j->rem) <= 0) {
      job_free(j);
      return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "invalid options.rem");
    }
  } else {
    BN_free(j->rem); /* a remainder means nothing without add */
    j->rem = NULL;
  }
  return start(ctx, j, argc > 4 ? argv[4] : NULL, exc);
}

/* check(candidate view, checks[, cb]) → boolean (or undefined, cb later);
 * checks is validated by JS and otherwise unused (see run_job). */
static LODE_FN(prime_check) {
  LODE_UNUSED_FN_ARGS;
  prime_job *j = calloc(1, sizeof(*j));
  if (j == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  j->kind = JOB_CHECK;
  int bad = 0;
  j->n = bn_arg(ctx, argc, argv, 0, &bad, exc);
  if (!bad && j->n == NULL) j->n = BN_new(); /* no bytes: zero */
  if (bad || j->n == NULL) {
    job_free(j);
    if (*exc == NULL) js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    return NULL;
  }
  return start(ctx, j, argc > 2 ? argv[2] : NULL, exc);
}

JSObjectRef lode_binding_crypto_prime(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "generate", prime_generate);
  js_set_fn(ctx, b, "check", prime_check);
  return b;
}
