/* crypto_kdf: key derivation for node:crypto (pbkdf2, scrypt, hkdf) on
 * OpenSSL's libcrypto, synchronously or on the libuv thread
 * pool. JS (lib/internal/crypto/kdf.js) validates every argument first.
 *
 * A job copies the password and salt, so the thread never reads memory that
 * JS could detach or change meanwhile, and derives into a buffer of its own
 * that becomes the result's ArrayBuffer. */
#include "runtime.h"
#include "crypto_common.h"
#include "crypto_sha.h"

#include <limits.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/kdf.h>

enum { KDF_PBKDF2, KDF_SCRYPT, KDF_HKDF };

typedef struct {
  uv_work_t req;
  int kind;
  unsigned char *pass, *salt, *info, *out; /* hkdf: pass is the key */
  size_t pass_len, salt_len, info_len, out_len;
  EVP_MD *md; /* pbkdf2, hkdf: a reference of the job's own */
  int iterations;
  uint64_t n, r, p, maxmem; /* scrypt */
  int ok;
  JSObjectRef cb; /* protected until it ran; NULL when synchronous */
} kdf_job;

static void job_free(kdf_job *j) {
  if (j->pass != NULL) OPENSSL_cleanse(j->pass, j->pass_len);
  free(j->pass);
  free(j->salt);
  free(j->info);
  free(j->out);
  EVP_MD_free(j->md);
  free(j);
}

/* A malloc'd copy of a view's bytes (at least one byte, so never NULL for
 * an empty view); 0 when memory ran out. */
static int copy_view(JSContextRef ctx, JSValueRef v, unsigned char **dst, size_t *len,
                     JSValueRef *exc) {
  unsigned char *p;
  if (js_view_bytes(ctx, v, &p, len, exc) != 0) return 0;
  *dst = malloc(*len > 0 ? *len : 1);
  if (*dst == NULL) {
    js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    return 0;
  }
  if (*len > 0) memcpy(*dst, p, *len);
  return 1;
}

/* HKDF (RFC 5869), extract then expand. */
static int run_hkdf(kdf_job *j) {
  EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
  EVP_KDF_CTX *kctx = kdf != NULL ? EVP_KDF_CTX_new(kdf) : NULL;
  EVP_KDF_free(kdf);
  if (kctx == NULL) return 0;
  OSSL_PARAM params[5], *p = params;
  *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)EVP_MD_get0_name(j->md), 0);
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, j->pass, j->pass_len);
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, j->salt, j->salt_len);
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, j->info, j->info_len);
  *p = OSSL_PARAM_construct_end();
  int ok = EVP_KDF_derive(kctx, j->out, j->out_len, params) == 1;
  EVP_KDF_CTX_free(kctx);
  return ok;
}

static void run_job(kdf_job *j) {
  if (j->out_len == 0) {
    j->ok = 1;
    return;
  }
  if (j->kind == KDF_HKDF) {
    j->ok = run_hkdf(j);
  } else if (j->kind == KDF_PBKDF2) {
    /* SHA-1 and SHA-2 (nearly every caller) take the faster path. */
    int r = lode_pbkdf2_sha(j->md, j->pass, j->pass_len, j->salt, j->salt_len,
                            (unsigned long)j->iterations, j->out, j->out_len);
    if (r < 0)
      r = PKCS5_PBKDF2_HMAC((const char *)j->pass, (int)j->pass_len, j->salt, (int)j->salt_len,
                            j->iterations, j->md, (int)j->out_len, j->out);
    j->ok = r == 1;
  } else {
    j->ok = EVP_PBE_scrypt((const char *)j->pass, j->pass_len, j->salt, j->salt_len, j->n, j->r,
                           j->p, j->maxmem, j->out, j->out_len) == 1;
  }
  ERR_clear_error(); /* Node reports a failure as "Deriving bits failed" */
}

static JSValueRef deriving_failed(JSContextRef ctx) {
  JSValueRef err = NULL;
  js_throw(ctx, &err, "Error", NULL, "Deriving bits failed");
  return err;
}

static void work(uv_work_t *req) {
  run_job(req->data);
}

static void after_work(uv_work_t *req, int status) {
  kdf_job *j = req->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[2] = {JSValueMakeNull(ctx), JSValueMakeUndefined(ctx)};
  if (status != 0 || !j->ok) {
    args[0] = deriving_failed(ctx);
  } else {
    JSValueRef exc = NULL;
    JSObjectRef ab = js_array_buffer_adopt(ctx, j->out, j->out_len, &exc);
    j->out = NULL; /* adopted, or freed by js_array_buffer_adopt */
    if (ab != NULL) args[1] = ab;
    else args[0] = exc != NULL ? exc : deriving_failed(ctx);
  }
  JSObjectRef cb = j->cb;
  job_free(j);
  lode_call(cb, NULL, 2, args);
  JSValueUnprotect(ctx, cb);
}

/* Runs j now (returning the ArrayBuffer) or queues it when it has a
 * callback; j is consumed either way. */
static JSValueRef start(JSContextRef ctx, kdf_job *j, JSValueRef cb, JSValueRef *exc) {
  j->out = malloc(j->out_len > 0 ? j->out_len : 1);
  if (j->out == NULL) {
    job_free(j);
    return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  }
  if (cb != NULL && JSValueIsObject(ctx, cb) && JSObjectIsFunction(ctx, (JSObjectRef)cb)) {
    j->cb = (JSObjectRef)cb;
    JSValueRef v = lode_crypto_queue(ctx, &j->req, j, j->cb, work, after_work, exc);
    if (v == NULL) job_free(j);
    return v;
  }
  run_job(j);
  if (!j->ok) {
    job_free(j);
    *exc = deriving_failed(ctx);
    return NULL;
  }
  JSObjectRef ab = js_array_buffer_adopt(ctx, j->out, j->out_len, exc);
  j->out = NULL;
  job_free(j);
  return ab;
}

static double num_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  return i < argc && JSValueIsNumber(ctx, argv[i]) ? JSValueToNumber(ctx, argv[i], NULL) : -1;
}

/* pbkdf2(password, salt, iterations, keylen, digest id[, cb]) → ArrayBuffer
 * (or undefined, cb(err, ArrayBuffer) later). */
static LODE_FN(kdf_pbkdf2) {
  LODE_UNUSED_FN_ARGS;
  double iterations = num_arg(ctx, argc, argv, 2), keylen = num_arg(ctx, argc, argv, 3);
  EVP_MD *md = lode_crypto_digest_get(num_arg(ctx, argc, argv, 4));
  if (argc < 5 || md == NULL || !(iterations >= 1 && iterations <= INT_MAX) ||
      !(keylen >= 0 && keylen <= INT_MAX))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "pbkdf2: bad arguments");
  kdf_job *j = calloc(1, sizeof(*j));
  if (j == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  j->kind = KDF_PBKDF2;
  j->iterations = (int)iterations;
  j->out_len = (size_t)keylen;
  if (!copy_view(ctx, argv[0], &j->pass, &j->pass_len, exc) ||
      !copy_view(ctx, argv[1], &j->salt, &j->salt_len, exc) ||
      j->pass_len > INT_MAX || j->salt_len > INT_MAX || EVP_MD_up_ref(md) != 1) {
    job_free(j);
    if (*exc == NULL) js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "pbkdf2: input too large");
    return NULL;
  }
  j->md = md;
  return start(ctx, j, argc > 5 ? argv[5] : NULL, exc);
}

/* scryptCheck(N, r, p, maxmem) → "" when OpenSSL accepts the parameters,
 * the text of its error when it rejects them with one, null without. */
static LODE_FN(kdf_scrypt_check) {
  LODE_UNUSED_FN_ARGS;
  double n = num_arg(ctx, argc, argv, 0), r = num_arg(ctx, argc, argv, 1);
  double p = num_arg(ctx, argc, argv, 2), maxmem = num_arg(ctx, argc, argv, 3);
  if (!(n >= 0 && r >= 0 && p >= 0 && maxmem >= 0 && maxmem <= 9007199254740991.0))
    return JSValueMakeNull(ctx);
  ERR_clear_error();
  if (EVP_PBE_scrypt(NULL, 0, NULL, 0, (uint64_t)n, (uint64_t)r, (uint64_t)p, (uint64_t)maxmem,
                     NULL, 0) == 1)
    return js_str(ctx, "");
  unsigned long e = ERR_peek_error();
  ERR_clear_error();
  if (e == 0) return JSValueMakeNull(ctx);
  char buf[256];
  ERR_error_string_n(e, buf, sizeof(buf));
  return js_str(ctx, buf);
}

/* scrypt(password, salt, keylen, N, r, p, maxmem[, cb]): parameters
 * checked first with scryptCheck. */
static LODE_FN(kdf_scrypt) {
  LODE_UNUSED_FN_ARGS;
  double keylen = num_arg(ctx, argc, argv, 2), n = num_arg(ctx, argc, argv, 3);
  double r = num_arg(ctx, argc, argv, 4), p = num_arg(ctx, argc, argv, 5);
  double maxmem = num_arg(ctx, argc, argv, 6);
  if (argc < 7 || !(keylen >= 0 && keylen <= INT_MAX) || !(n >= 0) || !(r >= 0) || !(p >= 0) ||
      !(maxmem >= 0 && maxmem <= 9007199254740991.0) || n > UINT32_MAX || r > UINT32_MAX ||
      p > UINT32_MAX)
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "scrypt: bad arguments");
  kdf_job *j = calloc(1, sizeof(*j));
  if (j == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  j->kind = KDF_SCRYPT;
  j->out_len = (size_t)keylen;
  j->n = (uint64_t)n;
  j->r = (uint64_t)r;
  j->p = (uint64_t)p;
  j->maxmem = (uint64_t)maxmem;
  if (!copy_view(ctx, argv[0], &j->pass, &j->pass_len, exc) ||
      !copy_view(ctx, argv[1], &j->salt, &j->salt_len, exc)) {
    job_free(j);
    return NULL;
  }
  return start(ctx, j, argc > 7 ? argv[7] : NULL, exc);
}

/* hkdf(digest id, key, salt, info, keylen[, cb]): a keylen above what the
 * digest can expand to (255 blocks) throws Node's RangeError. */
static LODE_FN(kdf_hkdf) {
  LODE_UNUSED_FN_ARGS;
  EVP_MD *md = lode_crypto_digest_get(num_arg(ctx, argc, argv, 0));
  double keylen = num_arg(ctx, argc, argv, 4);
  if (argc < 5 || md == NULL || !(keylen >= 0))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "hkdf: bad arguments");
  int size = EVP_MD_get_size(md);
  if (size <= 0 || keylen > 255.0 * size)
    return js_throw(ctx, exc, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  kdf_job *j = calloc(1, sizeof(*j));
  if (j == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  j->kind = KDF_HKDF;
  j->out_len = (size_t)keylen;
  if (!copy_view(ctx, argv[1], &j->pass, &j->pass_len, exc) ||
      !copy_view(ctx, argv[2], &j->salt, &j->salt_len, exc) ||
      !copy_view(ctx, argv[3], &j->info, &j->info_len, exc) || EVP_MD_up_ref(md) != 1) {
    job_free(j);
    if (*exc == NULL) js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    return NULL;
  }
  j->md = md;
  return start(ctx, j, argc > 5 ? argv[5] : NULL, exc);
}

JSObjectRef lode_binding_crypto_kdf(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "pbkdf2", kdf_pbkdf2);
  js_set_fn(ctx, b, "scrypt", kdf_scrypt);
  js_set_fn(ctx, b, "scryptCheck", kdf_scrypt_check);
  js_set_fn(ctx, b, "hkdf", kdf_hkdf);
  return b;
}
