/* crypto_sign: signatures and RSA encryption for node:crypto, on OpenSSL
 * 3's EVP_PKEY operations: Sign/Verify (a digest context fed by update,
 * then signed or verified with a key), the one-shot crypto.sign/verify
 * (synchronous or on the libuv thread pool), and publicEncrypt,
 * privateDecrypt, privateEncrypt, publicDecrypt. Keys come as handles
 * (crypto_keys.h); lib/internal/crypto/sig.js and pkey_cipher.js validate
 * every argument first.
 *
 * Options travel as numbers: padding (-1: the key's default), saltLength
 * (NaN: the default), dsaEncoding (0: DER, 1: IEEE P1363, r||s). */
#include "runtime.h"
#include "crypto_common.h"
#include "crypto_keys.h"

#include <math.h>
#include <string.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

typedef struct {
  int padding;      /* -1: default */
  int has_salt;
  int salt;
  int p1363;        /* dsaEncoding 'ieee-p1363' */
} sig_opts;

/* ---- options shared by every operation ---- */

static int is_rsa(EVP_PKEY *pkey) {
  return EVP_PKEY_is_a(pkey, "RSA") || EVP_PKEY_is_a(pkey, "RSA-PSS");
}

/* Padding and PSS salt length, for RSA keys only (as Node does). */
static int apply_rsa_opts(EVP_PKEY_CTX *pctx, EVP_PKEY *pkey, const sig_opts *o) {
  if (!is_rsa(pkey)) return 1;
  if (o->padding >= 0 && EVP_PKEY_CTX_set_rsa_padding(pctx, o->padding) != 1) return 0;
  /* The salt length applies to PSS: asked for, or an RSA-PSS key's own. */
  int pss = o->padding == RSA_PKCS1_PSS_PADDING || (o->padding < 0 && EVP_PKEY_is_a(pkey, "RSA-PSS"));
  if (o->has_salt && pss && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, o->salt) != 1) return 0;
  return 1;
}

/* The size of r and s in an IEEE P1363 signature: the byte length of the
 * group order (EC) or of q (DSA); 0 for keys without such signatures. */
static int p1363_half(EVP_PKEY *pkey) {
  if (EVP_PKEY_is_a(pkey, "EC")) return (EVP_PKEY_get_bits(pkey) + 7) / 8; /* order bits */
  if (EVP_PKEY_is_a(pkey, "DSA")) {
    BIGNUM *q = NULL;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) != 1) return 0;
    int n = BN_num_bytes(q);
    BN_free(q);
    return n;
  }
  return 0;
}

/* DER (ECDSA-Sig-Value, the same SEQUENCE for DSA) to a malloc'd r||s
 * of 2n bytes; NULL when the signature does not parse. */
static unsigned char *der_to_p1363(const unsigned char *sig, size_t len, int n) {
  const unsigned char *p = sig;
  ECDSA_SIG *s = d2i_ECDSA_SIG(NULL, &p, (long)len);
  if (s == NULL) return NULL;
  const BIGNUM *r, *sv;
  ECDSA_SIG_get0(s, &r, &sv);
  unsigned char *out = malloc(2 * (size_t)n);
  if (out != NULL && (BN_bn2binpad(r, out, n) != n || BN_bn2binpad(sv, out + n, n) != n)) {
    free(out);
    out = NULL;
  }
  ECDSA_SIG_free(s);
  return out;
}

/* Replaces *sig (DER) by its r||s form when the key makes such signatures
 * and P1363 was asked for; 0 on failure. */
static int to_p1363(unsigned char **sig, size_t *len, EVP_PKEY *pkey, const sig_opts *o) {
  int half = o->p1363 ? p1363_half(pkey) : 0;
  if (half <= 0) return 1;
  unsigned char *out = der_to_p1363(*sig, *len, half);
  if (out == NULL) return 0;
  free(*sig);
  *sig = out;
  *len = 2 * (size_t)half;
  return 1;
}

/* r||s to a malloc'd DER signature; NULL when the length is wrong. */
static unsigned char *p1363_to_der(const unsigned char *sig, size_t len, int n, size_t *der_len) {
  if (n <= 0 || len != 2 * (size_t)n) return NULL;
  ECDSA_SIG *s = ECDSA_SIG_new();
  BIGNUM *r = BN_bin2bn(sig, n, NULL), *sv = BN_bin2bn(sig + n, n, NULL);
  if (s == NULL || r == NULL || sv == NULL || ECDSA_SIG_set0(s, r, sv) != 1) {
    ECDSA_SIG_free(s);
    BN_free(r);
    BN_free(sv);
    return NULL;
  }
  unsigned char *der = NULL;
  int dl = i2d_ECDSA_SIG(s, &der);
  ECDSA_SIG_free(s);
  if (dl <= 0) return NULL;
  unsigned char *copy = malloc((size_t)dl);
  if (copy != NULL) memcpy(copy, der, (size_t)dl);
  OPENSSL_free(der);
  *der_len = (size_t)dl;
  return copy;
}

static void read_opts(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, sig_opts *o) {
  double pad = i < argc ? js_num(ctx, argv[i]) : NAN;
  double salt = i + 1 < argc ? js_num(ctx, argv[i + 1]) : NAN;
  double enc = i + 2 < argc ? js_num(ctx, argv[i + 2]) : 0;
  o->padding = pad >= INT_MIN && pad <= INT_MAX ? (int)pad : -1;
  o->has_salt = salt >= INT_MIN && salt <= INT_MAX;
  o->salt = o->has_salt ? (int)salt : 0;
  o->p1363 = enc == 1;
}

static JSValueRef bytes_result(JSContextRef ctx, unsigned char *p, size_t n, JSValueRef *exc) {
  return js_array_buffer_adopt(ctx, p, n, exc);
}

static JSValueRef bad_args(JSContextRef ctx, JSValueRef *exc, const char *what) {
  return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", what);
}

/* ---- Sign / Verify: a digest context, then the key ---- */

static void on_finalize(JSObjectRef obj) {
  EVP_MD_CTX_free(JSObjectGetPrivate(obj));
}

static JSClassRef sign_class(void) {
  static _Thread_local JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "SignContext";
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
    CHECK(cls != NULL);
  }
  return cls;
}

static EVP_MD_CTX *md_of(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  EVP_MD_CTX *md = argc > 0 && JSValueIsObjectOfClass(ctx, argv[0], sign_class())
                       ? JSObjectGetPrivate((JSObjectRef)argv[0]) : NULL;
  if (md == NULL) js_throw(ctx, exc, "Error", "ERR_CRYPTO_INVALID_STATE", "Not initialised");
  return md;
}

/* The context is spent by sign/verify: its digest is final. */
static void md_release(JSContextRef ctx, const JSValueRef argv[]) {
  EVP_MD_CTX_free(JSObjectGetPrivate((JSObjectRef)argv[0]));
  JSObjectSetPrivate((JSObjectRef)argv[0], NULL);
  (void)ctx;
}

/* init(digest id) → a context. */
static LODE_FN(sign_init) {
  LODE_UNUSED_FN_ARGS;
  EVP_MD *md = lode_crypto_digest_get(argc > 0 ? js_num(ctx, argv[0]) : -1);
  if (md == NULL) return js_throw(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest");
  EVP_MD_CTX *mctx = EVP_MD_CTX_new();
  if (mctx == NULL || EVP_DigestInit_ex(mctx, md, NULL) != 1) {
    EVP_MD_CTX_free(mctx);
    return lode_crypto_throw(ctx, exc);
  }
  JSObjectRef obj = JSObjectMake(ctx, sign_class(), mctx);
  CHECK(obj != NULL);
  return obj;
}

/* update(context, bytes). */
static LODE_FN(sign_update) {
  LODE_UNUSED_FN_ARGS;
  EVP_MD_CTX *mctx = md_of(ctx, argc, argv, exc);
  if (mctx == NULL) return NULL;
  unsigned char *p;
  size_t len;
  if (argc < 2 || js_view_bytes(ctx, argv[1], &p, &len, exc) != 0) {
    if (*exc == NULL) bad_args(ctx, exc, "update: bad arguments");
    return NULL;
  }
  if (len > 0 && EVP_DigestUpdate(mctx, p, len) != 1) return lode_crypto_throw(ctx, exc);
  return JSValueMakeUndefined(ctx);
}

/* A context for signing or verifying a digest made by mctx's digest. */
static EVP_PKEY_CTX *digest_pctx(EVP_MD_CTX *mctx, EVP_PKEY *pkey, int verify, const sig_opts *o) {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
  if (pctx == NULL) return NULL;
  int ok = (verify ? EVP_PKEY_verify_init(pctx) : EVP_PKEY_sign_init(pctx)) == 1 &&
           apply_rsa_opts(pctx, pkey, o) &&
           EVP_PKEY_CTX_set_signature_md(pctx, EVP_MD_CTX_get0_md(mctx)) == 1;
  if (!ok) {
    EVP_PKEY_CTX_free(pctx);
    return NULL;
  }
  return pctx;
}

/* sign(context, key, padding, saltLength, dsaEncoding) → ArrayBuffer. */
static LODE_FN(sign_final) {
  LODE_UNUSED_FN_ARGS;
  EVP_MD_CTX *mctx = md_of(ctx, argc, argv, exc);
  if (mctx == NULL) return NULL;
  int type;
  EVP_PKEY *pkey = lode_crypto_key_pkey(ctx, argc > 1 ? argv[1] : NULL, &type);
  if (pkey == NULL || type != LODE_KEY_PRIVATE) return bad_args(ctx, exc, "sign: not a private key");
  sig_opts o;
  read_opts(ctx, argc, argv, 2, &o);
  ERR_clear_error();
  unsigned char dig[EVP_MAX_MD_SIZE];
  unsigned int dlen = 0;
  if (EVP_DigestFinal_ex(mctx, dig, &dlen) != 1) return lode_crypto_throw(ctx, exc);
  EVP_PKEY_CTX *pctx = digest_pctx(mctx, pkey, 0, &o);
  md_release(ctx, argv);
  size_t slen = 0;
  unsigned char *sig = NULL;
  int ok = pctx != NULL && EVP_PKEY_sign(pctx, NULL, &slen, dig, dlen) == 1 &&
           (sig = malloc(slen > 0 ? slen : 1)) != NULL && EVP_PKEY_sign(pctx, sig, &slen, dig, dlen) == 1 &&
           to_p1363(&sig, &slen, pkey, &o);
  EVP_PKEY_CTX_free(pctx);
  if (!ok) {
    free(sig);
    return lode_crypto_throw(ctx, exc);
  }
  return bytes_result(ctx, sig, slen, exc);
}

/* verify(context, key, signature, padding, saltLength, dsaEncoding) → bool. */
static LODE_FN(verify_final) {
  LODE_UNUSED_FN_ARGS;
  EVP_MD_CTX *mctx = md_of(ctx, argc, argv, exc);
  if (mctx == NULL) return NULL;
  EVP_PKEY *pkey = lode_crypto_key_pkey(ctx, argc > 1 ? argv[1] : NULL, NULL);
  unsigned char *sig;
  size_t slen;
  if (pkey == NULL || argc < 3 || js_view_bytes(ctx, argv[2], &sig, &slen, exc) != 0) {
    if (*exc == NULL) bad_args(ctx, exc, "verify: bad arguments");
    return NULL;
  }
  sig_opts o;
  read_opts(ctx, argc, argv, 3, &o);
  ERR_clear_error();
  unsigned char dig[EVP_MAX_MD_SIZE];
  unsigned int dlen = 0;
  if (EVP_DigestFinal_ex(mctx, dig, &dlen) != 1) return lode_crypto_throw(ctx, exc);
  EVP_PKEY_CTX *pctx = digest_pctx(mctx, pkey, 1, &o);
  md_release(ctx, argv);
  if (pctx == NULL) return lode_crypto_throw(ctx, exc);
  unsigned char *der = NULL;
  int half = o.p1363 ? p1363_half(pkey) : 0;
  int r = 0;
  if (half > 0) {
    der = p1363_to_der(sig, slen, half, &slen);
    sig = der;
  }
  if (sig != NULL) r = EVP_PKEY_verify(pctx, sig, slen, dig, dlen);
  free(der);
  EVP_PKEY_CTX_free(pctx);
  ERR_clear_error(); /* a bad signature is just false */
  return JSValueMakeBoolean(ctx, r == 1);
}

/* ---- one-shot sign / verify ---- */

typedef struct {
  uv_work_t req;
  int verify;
  EVP_MD *md; /* NULL: the key's default (and the only choice for EdDSA) */
  EVP_PKEY *pkey;
  unsigned char *data, *sig;
  size_t data_len, sig_len;
  sig_opts o;
  int ok;          /* sign: produced; verify: the answer */
  int failed;      /* an error before verifying (init, options) */
  lode_crypto_errors errors;
  JSObjectRef cb;
} oneshot_job;

static void oneshot_free(oneshot_job *j) {
  EVP_MD_free(j->md);
  EVP_PKEY_free(j->pkey);
  free(j->data);
  free(j->sig);
  free(j);
}

static void oneshot_run(oneshot_job *j) {
  ERR_clear_error();
  EVP_MD_CTX *mctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX *pctx = NULL;
  /* The digest object itself, already fetched: naming it would fetch it
   * again on every call. */
  int init = mctx != NULL &&
             (j->verify ? EVP_DigestVerifyInit(mctx, &pctx, j->md, NULL, j->pkey)
                        : EVP_DigestSignInit(mctx, &pctx, j->md, NULL, j->pkey)) == 1 &&
             apply_rsa_opts(pctx, j->pkey, &j->o);
  if (!init) {
    j->failed = 1;
  } else if (j->verify) {
    unsigned char *der = NULL;
    const unsigned char *sig = j->sig;
    size_t slen = j->sig_len;
    int half = j->o.p1363 ? p1363_half(j->pkey) : 0;
    if (half > 0) sig = der = p1363_to_der(j->sig, j->sig_len, half, &slen);
    j->ok = sig != NULL && EVP_DigestVerify(mctx, sig, slen, j->data, j->data_len) == 1;
    free(der);
    ERR_clear_error();
  } else {
    size_t slen = 0;
    j->ok = EVP_DigestSign(mctx, NULL, &slen, j->data, j->data_len) == 1 &&
            (j->sig = malloc(slen > 0 ? slen : 1)) != NULL &&
            EVP_DigestSign(mctx, j->sig, &slen, j->data, j->data_len) == 1;
    j->ok = j->ok && to_p1363(&j->sig, &slen, j->pkey, &j->o);
    j->sig_len = slen;
    if (!j->ok) j->failed = 1;
  }
  EVP_MD_CTX_free(mctx);
  lode_crypto_take_errors(&j->errors);
}

/* The result of a finished job: the signature, or whether it verified. */
static JSValueRef oneshot_result(JSContextRef ctx, oneshot_job *j, JSValueRef *exc) {
  if (j->failed) {
    *exc = lode_crypto_error(ctx, &j->errors);
    return NULL;
  }
  if (j->verify) return JSValueMakeBoolean(ctx, j->ok);
  unsigned char *sig = j->sig;
  j->sig = NULL;
  return bytes_result(ctx, sig, j->sig_len, exc);
}

static void oneshot_work(uv_work_t *req) {
  oneshot_run(req->data);
}

static void oneshot_after(uv_work_t *req, int status) {
  oneshot_job *j = req->data;
  JSContextRef ctx = lode_rt->ctx;
  JSValueRef args[2] = {JSValueMakeNull(ctx), JSValueMakeUndefined(ctx)};
  JSValueRef exc = NULL;
  if (status != 0) {
    js_throw_uv(ctx, &exc, status, "sign", NULL, NULL);
    args[0] = exc;
  } else {
    JSValueRef v = oneshot_result(ctx, j, &exc);
    if (v != NULL) args[1] = v;
    else args[0] = exc;
  }
  JSObjectRef cb = j->cb;
  oneshot_free(j);
  lode_call(cb, NULL, 2, args);
  JSValueUnprotect(ctx, cb);
}

static unsigned char *copy_bytes(const unsigned char *p, size_t n) {
  unsigned char *c = malloc(n > 0 ? n : 1);
  if (c != NULL && n > 0) memcpy(c, p, n);
  return c;
}

/* oneShot(verify, digest id (-1: none), key, data, signature|null, padding,
 * saltLength, dsaEncoding[, callback]) → signature bytes or boolean. */
static LODE_FN(sign_one_shot) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 8) return bad_args(ctx, exc, "oneShot: bad arguments");
  int verify = JSValueToBoolean(ctx, argv[0]);
  double id = js_num(ctx, argv[1]);
  EVP_MD *md = id >= 0 ? lode_crypto_digest_get(id) : NULL;
  int type;
  EVP_PKEY *pkey = lode_crypto_key_pkey(ctx, argv[2], &type);
  unsigned char *data, *sig = NULL;
  size_t data_len, sig_len = 0;
  if ((id >= 0 && md == NULL) || pkey == NULL || (!verify && type != LODE_KEY_PRIVATE) ||
      js_view_bytes(ctx, argv[3], &data, &data_len, exc) != 0 ||
      (verify && js_view_bytes(ctx, argv[4], &sig, &sig_len, exc) != 0)) {
    if (*exc == NULL) bad_args(ctx, exc, "oneShot: bad arguments");
    return NULL;
  }
  oneshot_job *j = calloc(1, sizeof(*j));
  if (j == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  j->verify = verify;
  read_opts(ctx, argc, argv, 5, &j->o);
  if ((md != NULL && EVP_MD_up_ref(md) != 1) || EVP_PKEY_up_ref(pkey) != 1) {
    free(j);
    return lode_crypto_throw(ctx, exc);
  }
  j->md = md;
  j->pkey = pkey;
  j->data = copy_bytes(data, data_len);
  j->data_len = data_len;
  if (verify) {
    j->sig = copy_bytes(sig, sig_len);
    j->sig_len = sig_len;
  }
  if (j->data == NULL || (verify && j->sig == NULL)) {
    oneshot_free(j);
    return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  }
  if (argc > 8 && JSValueIsObject(ctx, argv[8]) && JSObjectIsFunction(ctx, (JSObjectRef)argv[8])) {
    j->cb = (JSObjectRef)argv[8];
    JSValueRef v = lode_crypto_queue(ctx, &j->req, j, j->cb, oneshot_work, oneshot_after, exc);
    if (v == NULL) oneshot_free(j);
    return v;
  }
  oneshot_run(j);
  JSValueRef v = oneshot_result(ctx, j, exc);
  oneshot_free(j);
  return v;
}

/* ---- publicEncrypt / privateDecrypt / privateEncrypt / publicDecrypt ---- */

enum { OP_PUBLIC_ENCRYPT, OP_PRIVATE_DECRYPT, OP_PRIVATE_ENCRYPT, OP_PUBLIC_DECRYPT };

/* cipher(op, key, data, padding, oaep digest id (-1: default), label|null)
 * → ArrayBuffer. */
static LODE_FN(sign_cipher) {
  LODE_UNUSED_FN_ARGS;
  int op = js_arg_int(ctx, argc, argv, 0, -1);
  int type;
  EVP_PKEY *pkey = lode_crypto_key_pkey(ctx, argc > 1 ? argv[1] : NULL, &type);
  unsigned char *data, *label = NULL;
  size_t len, label_len = 0;
  if (op < OP_PUBLIC_ENCRYPT || op > OP_PUBLIC_DECRYPT || pkey == NULL || argc < 6 ||
      js_view_bytes(ctx, argv[2], &data, &len, exc) != 0 ||
      (!JSValueIsNull(ctx, argv[5]) && js_view_bytes(ctx, argv[5], &label, &label_len, exc) != 0)) {
    if (*exc == NULL) bad_args(ctx, exc, "cipher: bad arguments");
    return NULL;
  }
  if ((op == OP_PRIVATE_DECRYPT || op == OP_PRIVATE_ENCRYPT) && type != LODE_KEY_PRIVATE)
    return bad_args(ctx, exc, "cipher: not a private key");
  int padding = js_arg_int(ctx, argc, argv, 3, -1);
  double md_id = js_num(ctx, argv[4]);
  EVP_MD *md = md_id >= 0 ? lode_crypto_digest_get(md_id) : NULL;
  ERR_clear_error();
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
  int ok = pctx != NULL;
  if (ok) {
    switch (op) {
      case OP_PUBLIC_ENCRYPT: ok = EVP_PKEY_encrypt_init(pctx) == 1; break;
      case OP_PRIVATE_DECRYPT: ok = EVP_PKEY_decrypt_init(pctx) == 1; break;
      case OP_PRIVATE_ENCRYPT: ok = EVP_PKEY_sign_init(pctx) == 1; break;
      default: ok = EVP_PKEY_verify_recover_init(pctx) == 1; break;
    }
  }
  if (ok && padding >= 0) ok = EVP_PKEY_CTX_set_rsa_padding(pctx, padding) == 1;
  if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
    if (md != NULL) ok = EVP_PKEY_CTX_set_rsa_oaep_md(pctx, md) == 1;
    if (ok && label_len > 0) {
      unsigned char *l = OPENSSL_memdup(label, label_len);
      ok = l != NULL && EVP_PKEY_CTX_set0_rsa_oaep_label(pctx, l, (int)label_len) == 1;
      if (!ok) OPENSSL_free(l);
    }
  }
  size_t out_len = 0;
  unsigned char *out = NULL;
#define RUN(o, ol)                                                                     \
  (op == OP_PUBLIC_ENCRYPT    ? EVP_PKEY_encrypt(pctx, o, ol, data, len)                \
   : op == OP_PRIVATE_DECRYPT ? EVP_PKEY_decrypt(pctx, o, ol, data, len)                \
   : op == OP_PRIVATE_ENCRYPT ? EVP_PKEY_sign(pctx, o, ol, data, len)                   \
                              : EVP_PKEY_verify_recover(pctx, o, ol, data, len))
  if (ok) ok = RUN(NULL, &out_len) == 1 && (out = malloc(out_len > 0 ? out_len : 1)) != NULL &&
               RUN(out, &out_len) == 1;
#undef RUN
  EVP_PKEY_CTX_free(pctx);
  if (!ok) {
    free(out);
    return lode_crypto_throw(ctx, exc);
  }
  return bytes_result(ctx, out, out_len, exc);
}

JSObjectRef lode_binding_crypto_sign(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "init", sign_init);
  js_set_fn(ctx, b, "update", sign_update);
  js_set_fn(ctx, b, "sign", sign_final);
  js_set_fn(ctx, b, "verify", verify_final);
  js_set_fn(ctx, b, "oneShot", sign_one_shot);
  js_set_fn(ctx, b, "cipher", sign_cipher);
  return b;
}
