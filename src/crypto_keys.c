/* crypto_keys: the native half of node:crypto's KeyObject, on OpenSSL 3's
 * EVP_PKEY APIs. A handle (class KeyObjectHandle) owns an EVP_PKEY or the
 * bytes of a secret key; this binding parses PEM/DER/JWK into handles,
 * exports them again, and reports their type, details and equality.
 * lib/internal/crypto/keys.js validates every argument first and chooses
 * the encodings; C checks again where memory safety depends on it. */
#include "runtime.h"
#include "crypto_common.h"
#include "crypto_keys.h"

#include <string.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

typedef struct {
  int type;
  EVP_PKEY *pkey;        /* public and private keys */
  unsigned char *secret; /* secret keys (cleansed when freed) */
  size_t secret_len;
} key_handle;

static void on_finalize(JSObjectRef obj) {
  key_handle *k = JSObjectGetPrivate(obj);
  if (k == NULL) return;
  EVP_PKEY_free(k->pkey);
  if (k->secret != NULL) OPENSSL_clear_free(k->secret, k->secret_len);
  free(k);
}

static JSClassRef key_class(void) {
  static _Thread_local JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "KeyObjectHandle";
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
    CHECK(cls != NULL);
  }
  return cls;
}

static key_handle *handle_of(JSContextRef ctx, JSValueRef v) {
  if (v == NULL || !JSValueIsObjectOfClass(ctx, v, key_class())) return NULL;
  return JSObjectGetPrivate((JSObjectRef)v);
}

JSObjectRef lode_crypto_key_wrap(JSContextRef ctx, int type, EVP_PKEY *pkey) {
  key_handle *k = calloc(1, sizeof(*k));
  CHECK(k != NULL);
  k->type = type;
  k->pkey = pkey;
  JSObjectRef obj = JSObjectMake(ctx, key_class(), k);
  CHECK(obj != NULL);
  return obj;
}

EVP_PKEY *lode_crypto_key_pkey(JSContextRef ctx, JSValueRef v, int *type) {
  key_handle *k = handle_of(ctx, v);
  if (k == NULL || k->pkey == NULL) return NULL;
  if (type != NULL) *type = k->type;
  return k->pkey;
}

int lode_crypto_key_secret(JSContextRef ctx, JSValueRef v, const unsigned char **p, size_t *len) {
  key_handle *k = handle_of(ctx, v);
  if (k == NULL || k->type != LODE_KEY_SECRET) return 0;
  *p = k->secret;
  *len = k->secret_len;
  return 1;
}

const char *lode_crypto_key_type_name(const EVP_PKEY *pkey) {
  static const struct { const char *ossl, *node; } names[] = {
    {"RSA", "rsa"}, {"RSA-PSS", "rsa-pss"}, {"DSA", "dsa"}, {"DH", "dh"}, {"DHX", "dh"},
    {"EC", "ec"}, {"ED25519", "ed25519"}, {"ED448", "ed448"}, {"X25519", "x25519"},
    {"X448", "x448"},
  };
  for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
    if (EVP_PKEY_is_a(pkey, names[i].ossl)) return names[i].node;
  return NULL;
}

EVP_PKEY *lode_crypto_key_public_of(EVP_PKEY *pkey) {
  /* Through SubjectPublicKeyInfo: the one form every key type has, and the
   * result cannot carry private material. */
  unsigned char *der = NULL;
  int len = i2d_PUBKEY(pkey, &der);
  if (len <= 0) return NULL;
  const unsigned char *p = der;
  EVP_PKEY *pub = d2i_PUBKEY(NULL, &p, len);
  OPENSSL_free(der);
  return pub;
}

/* ---- arguments ---- */

typedef struct {
  const unsigned char *p; /* NULL: none given */
  size_t len;
} pass_arg;

/* OpenSSL asks for a passphrase through this: without one, decoding an
 * encrypted key fails ("interrupted or cancelled") rather than prompting
 * on the terminal. */
static int pass_cb(char *buf, int size, int rwflag, void *u) {
  (void)rwflag;
  const pass_arg *pw = u;
  if (pw == NULL || pw->p == NULL || pw->len > (size_t)size) return -1;
  if (pw->len > 0) memcpy(buf, pw->p, pw->len);
  return (int)pw->len;
}

/* argv[i] as bytes: 1 when given (a typed array), 0 when null/undefined
 * or absent, -1 with *exc set otherwise. */
static int opt_bytes(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                     pass_arg *out, JSValueRef *exc) {
  out->p = NULL;
  out->len = 0;
  if (i >= argc || JSValueIsUndefined(ctx, argv[i]) || JSValueIsNull(ctx, argv[i])) return 0;
  unsigned char *p;
  if (js_view_bytes(ctx, argv[i], &p, &out->len, exc) != 0) return -1;
  out->p = p != NULL ? p : (const unsigned char *)"";
  return 1;
}

static int bytes_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                     const unsigned char **p, size_t *len, JSValueRef *exc) {
  unsigned char *q = NULL;
  *len = 0;
  if (i >= argc) {
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "a buffer is required");
    return -1;
  }
  if (js_view_bytes(ctx, argv[i], &q, len, exc) != 0) return -1;
  *p = q != NULL ? q : (const unsigned char *)"";
  return 0;
}

static int str_is(const char *s, const char *want) {
  return s != NULL && strcmp(s, want) == 0;
}

static JSValueRef bad_args(JSContextRef ctx, JSValueRef *exc, const char *what) {
  return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", what);
}

static JSValueRef throw_missing_passphrase(JSContextRef ctx, JSValueRef *exc) {
  return js_throw(ctx, exc, "TypeError", "ERR_MISSING_PASSPHRASE",
                  "Passphrase required for encrypted key");
}

/* ---- parsing ---- */

static EVP_PKEY *parse_private_pem(const unsigned char *p, size_t len, const pass_arg *pw) {
  BIO *bio = BIO_new_mem_buf(p, (int)len);
  if (bio == NULL) return NULL;
  EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, NULL, pass_cb, (void *)pw);
  BIO_free(bio);
  return pkey;
}

/* DER private keys: pkcs8 (encrypted or not), pkcs1 (RSA), sec1 (EC).
 * *missing_pass is set for an encrypted PKCS#8 key without a passphrase. */
static EVP_PKEY *parse_private_der(const unsigned char *p, size_t len, const char *type,
                                   const pass_arg *pw, int *missing_pass) {
  const unsigned char *q = p;
  if (str_is(type, "pkcs1")) return d2i_PrivateKey(EVP_PKEY_RSA, NULL, &q, (long)len);
  if (str_is(type, "sec1")) return d2i_PrivateKey(EVP_PKEY_EC, NULL, &q, (long)len);
  X509_SIG *sig = d2i_X509_SIG(NULL, &q, (long)len);
  if (sig != NULL) {
    X509_SIG_free(sig);
    if (pw->p == NULL) {
      *missing_pass = 1;
      return NULL;
    }
    BIO *bio = BIO_new_mem_buf(p, (int)len);
    if (bio == NULL) return NULL;
    EVP_PKEY *pkey = d2i_PKCS8PrivateKey_bio(bio, NULL, pass_cb, (void *)pw);
    BIO_free(bio);
    return pkey;
  }
  ERR_clear_error();
  /* Read through a BIO, as Node does: truncated input then reports "not
   * enough data" rather than "too long". */
  BIO *bio = BIO_new_mem_buf(p, (int)len);
  PKCS8_PRIV_KEY_INFO *info = bio != NULL ? d2i_PKCS8_PRIV_KEY_INFO_bio(bio, NULL) : NULL;
  BIO_free(bio);
  if (info == NULL) return NULL;
  EVP_PKEY *pkey = EVP_PKCS82PKEY(info);
  PKCS8_PRIV_KEY_INFO_free(info);
  return pkey;
}

/* The public key of one PEM block whose label names a public key or a
 * certificate; NULL with *other set when the label is something else. */
static EVP_PKEY *public_of_block(const char *name, const unsigned char *der, long len, int *other) {
  const unsigned char *q = der;
  *other = 0;
  if (strcmp(name, PEM_STRING_PUBLIC) == 0) return d2i_PUBKEY(NULL, &q, len);
  if (strcmp(name, PEM_STRING_RSA_PUBLIC) == 0) return d2i_PublicKey(EVP_PKEY_RSA, NULL, &q, len);
  if (strcmp(name, PEM_STRING_X509) == 0 || strcmp(name, PEM_STRING_X509_OLD) == 0) {
    X509 *cert = d2i_X509(NULL, &q, len);
    EVP_PKEY *pkey = cert != NULL ? X509_get_pubkey(cert) : NULL;
    X509_free(cert);
    return pkey;
  }
  *other = 1;
  return NULL;
}

/* A public key from PEM: the first "PUBLIC KEY", "RSA PUBLIC KEY" or
 * certificate block, else the public half of a private key. */
static EVP_PKEY *parse_public_pem(const unsigned char *p, size_t len, const pass_arg *pw) {
  BIO *bio = BIO_new_mem_buf(p, (int)len);
  if (bio == NULL) return NULL;
  EVP_PKEY *pkey = NULL;
  int other = 1;
  char *name = NULL, *header = NULL;
  unsigned char *der = NULL;
  long der_len = 0;
  while (other && PEM_read_bio(bio, &name, &header, &der, &der_len) == 1) {
    pkey = public_of_block(name, der, der_len, &other);
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_free(der);
  }
  BIO_free(bio);
  if (!other) return pkey;
  ERR_clear_error(); /* the end of the input: not a public key */
  EVP_PKEY *priv = parse_private_pem(p, len, pw);
  if (priv == NULL) return NULL;
  pkey = lode_crypto_key_public_of(priv);
  EVP_PKEY_free(priv);
  return pkey;
}

static EVP_PKEY *parse_public_der(const unsigned char *p, size_t len, const char *type,
                                  const pass_arg *pw, int *missing_pass) {
  const unsigned char *q = p;
  if (str_is(type, "spki")) return d2i_PUBKEY(NULL, &q, (long)len);
  if (str_is(type, "pkcs1")) {
    /* RSAPublicKey, or else an RSAPrivateKey's public half. */
    EVP_PKEY *pub = d2i_PublicKey(EVP_PKEY_RSA, NULL, &q, (long)len);
    if (pub != NULL) return pub;
    ERR_clear_error();
  }
  EVP_PKEY *priv = parse_private_der(p, len, type, pw, missing_pass);
  if (priv == NULL) return NULL;
  EVP_PKEY *pkey = lode_crypto_key_public_of(priv);
  EVP_PKEY_free(priv);
  return pkey;
}

/* parse(kind, data, 'pem'|'der', type|null, passphrase|null) → a handle of
 * kind LODE_KEY_PUBLIC or LODE_KEY_PRIVATE, or OpenSSL's error. */
static LODE_FN(keys_parse) {
  LODE_UNUSED_FN_ARGS;
  int kind = js_arg_int(ctx, argc, argv, 0, -1);
  const unsigned char *p;
  size_t len;
  if ((kind != LODE_KEY_PUBLIC && kind != LODE_KEY_PRIVATE) ||
      bytes_arg(ctx, argc, argv, 1, &p, &len, exc) != 0) {
    if (*exc == NULL) bad_args(ctx, exc, "parse: bad arguments");
    return NULL;
  }
  char *format = lode_crypto_name_arg(ctx, argc, argv, 2);
  char *type = lode_crypto_name_arg(ctx, argc, argv, 3);
  pass_arg pw;
  EVP_PKEY *pkey = NULL;
  int missing_pass = 0;
  if (len > INT_MAX) {
    bad_args(ctx, exc, "key too large");
  } else if (opt_bytes(ctx, argc, argv, 4, &pw, exc) >= 0) {
    ERR_clear_error();
    int der = str_is(format, "der");
    if (kind == LODE_KEY_PRIVATE)
      pkey = der ? parse_private_der(p, len, type, &pw, &missing_pass)
                 : parse_private_pem(p, len, &pw);
    else
      pkey = der ? parse_public_der(p, len, type, &pw, &missing_pass)
                 : parse_public_pem(p, len, &pw);
    if (pkey == NULL) {
      if (missing_pass) throw_missing_passphrase(ctx, exc);
      else if (ERR_peek_error() == 0)
        js_throw(ctx, exc, "Error", NULL,
                 kind == LODE_KEY_PRIVATE ? "Failed to read private key" : "Failed to read public key");
      else lode_crypto_throw(ctx, exc);
    }
  }
  free(format);
  free(type);
  if (pkey == NULL) return NULL;
  ERR_clear_error();
  return lode_crypto_key_wrap(ctx, kind, pkey);
}

/* createSecret(bytes) → a secret key handle holding a copy. */
static LODE_FN(keys_create_secret) {
  LODE_UNUSED_FN_ARGS;
  const unsigned char *p;
  size_t len;
  if (bytes_arg(ctx, argc, argv, 0, &p, &len, exc) != 0) return NULL;
  key_handle *k = calloc(1, sizeof(*k));
  unsigned char *copy = OPENSSL_malloc(len > 0 ? len : 1);
  if (k == NULL || copy == NULL) {
    free(k);
    OPENSSL_free(copy);
    return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  }
  if (len > 0) memcpy(copy, p, len);
  k->type = LODE_KEY_SECRET;
  k->secret = copy;
  k->secret_len = len;
  JSObjectRef obj = JSObjectMake(ctx, key_class(), k);
  CHECK(obj != NULL);
  return obj;
}

/* toPublic(handle) → a public handle of its public half. */
static LODE_FN(keys_to_public) {
  LODE_UNUSED_FN_ARGS;
  key_handle *k = handle_of(ctx, argc > 0 ? argv[0] : NULL);
  if (k == NULL || k->pkey == NULL) return bad_args(ctx, exc, "not an asymmetric key");
  if (k->type == LODE_KEY_PUBLIC) {
    if (EVP_PKEY_up_ref(k->pkey) != 1) return lode_crypto_throw(ctx, exc);
    return lode_crypto_key_wrap(ctx, LODE_KEY_PUBLIC, k->pkey);
  }
  EVP_PKEY *pub = lode_crypto_key_public_of(k->pkey);
  if (pub == NULL) return lode_crypto_throw(ctx, exc);
  return lode_crypto_key_wrap(ctx, LODE_KEY_PUBLIC, pub);
}

/* ---- export ---- */

/* The bytes written to a memory BIO, as a string (PEM) or an ArrayBuffer. */
static JSValueRef bio_result(JSContextRef ctx, BIO *bio, int as_string, JSValueRef *exc) {
  char *data;
  long n = BIO_get_mem_data(bio, &data);
  if (n < 0) n = 0;
  if (as_string) {
    JSValueRef s = js_strn(ctx, data, (size_t)n);
    if (s == NULL) js_throw_string_too_long(ctx, exc);
    return s;
  }
  void *copy = malloc(n > 0 ? (size_t)n : 1);
  if (copy == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  if (n > 0) memcpy(copy, data, (size_t)n);
  return js_array_buffer_adopt(ctx, copy, (size_t)n, exc);
}

/* The RSA public key in PKCS#1 form (RSAPublicKey), which only the
 * encoder writes without deprecated calls. */
static int write_pkcs1_public(BIO *bio, EVP_PKEY *pkey, int der) {
  OSSL_ENCODER_CTX *ectx = OSSL_ENCODER_CTX_new_for_pkey(
      pkey, OSSL_KEYMGMT_SELECT_PUBLIC_KEY, der ? "DER" : "PEM", "type-specific", NULL);
  if (ectx == NULL) return 0;
  int ok = OSSL_ENCODER_CTX_get_num_encoders(ectx) > 0 && OSSL_ENCODER_to_bio(ectx, bio) == 1;
  if (!ok && OSSL_ENCODER_CTX_get_num_encoders(ectx) == 0)
    ERR_raise(ERR_LIB_EVP, EVP_R_UNSUPPORTED_ALGORITHM);
  OSSL_ENCODER_CTX_free(ectx);
  return ok;
}

/* export(handle, 'pem'|'der', type, cipher|null, passphrase|null) → PEM
 * string or DER ArrayBuffer; a secret handle gives its bytes. */
static LODE_FN(keys_export) {
  LODE_UNUSED_FN_ARGS;
  key_handle *k = handle_of(ctx, argc > 0 ? argv[0] : NULL);
  if (k == NULL) return bad_args(ctx, exc, "not a key handle");
  if (k->type == LODE_KEY_SECRET) {
    void *copy = malloc(k->secret_len > 0 ? k->secret_len : 1);
    if (copy == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    if (k->secret_len > 0) memcpy(copy, k->secret, k->secret_len);
    return js_array_buffer_adopt(ctx, copy, k->secret_len, exc);
  }
  char *format = lode_crypto_name_arg(ctx, argc, argv, 1);
  char *type = lode_crypto_name_arg(ctx, argc, argv, 2);
  char *cipher_name = lode_crypto_name_arg(ctx, argc, argv, 3);
  pass_arg pw;
  JSValueRef result = NULL;
  BIO *bio = NULL;
  const EVP_CIPHER *cipher = NULL;
  int der = str_is(format, "der");
  if (opt_bytes(ctx, argc, argv, 4, &pw, exc) < 0) goto done;
  if (cipher_name != NULL && (cipher = EVP_get_cipherbyname(cipher_name)) == NULL) {
    js_throw(ctx, exc, "Error", "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
    goto done;
  }
  /* A cipher without a passphrase would make OpenSSL prompt on the terminal. */
  if (pw.len > INT_MAX || (cipher != NULL && pw.p == NULL) || (bio = BIO_new(BIO_s_mem())) == NULL) {
    bad_args(ctx, exc, "export: bad arguments");
    goto done;
  }
  ERR_clear_error();
  int ok = 0;
  const char *kstr = (const char *)pw.p;
  int klen = (int)pw.len;
  if (k->type == LODE_KEY_PUBLIC || str_is(type, "spki")) {
    /* JS only asks for spki/pkcs1 of public keys. */
    if (str_is(type, "pkcs1")) ok = write_pkcs1_public(bio, k->pkey, der);
    else ok = der ? i2d_PUBKEY_bio(bio, k->pkey) : PEM_write_bio_PUBKEY(bio, k->pkey);
  } else if (str_is(type, "pkcs8")) {
    ok = der ? i2d_PKCS8PrivateKey_bio(bio, k->pkey, cipher, kstr, klen, NULL, NULL)
             : PEM_write_bio_PKCS8PrivateKey(bio, k->pkey, cipher, kstr, klen, NULL, NULL);
  } else if (str_is(type, "pkcs1") || str_is(type, "sec1")) {
    ok = der ? i2d_PrivateKey_bio(bio, k->pkey)
             : PEM_write_bio_PrivateKey_traditional(bio, k->pkey, cipher, pw.p, klen, NULL, NULL);
  } else {
    bad_args(ctx, exc, "export: bad type");
    goto done;
  }
  if (ok != 1) {
    lode_crypto_throw(ctx, exc);
    goto done;
  }
  result = bio_result(ctx, bio, !der, exc);
done:
  BIO_free(bio);
  free(format);
  free(type);
  free(cipher_name);
  return result;
}

/* ---- type, details, equality ---- */

static LODE_FN(keys_type) {
  LODE_UNUSED_FN_ARGS;
  key_handle *k = handle_of(ctx, argc > 0 ? argv[0] : NULL);
  if (k == NULL || k->pkey == NULL) return JSValueMakeUndefined(ctx);
  const char *name = lode_crypto_key_type_name(k->pkey);
  return name != NULL ? js_str(ctx, name) : JSValueMakeUndefined(ctx);
}

/* A BIGNUM parameter of the key as a hex string (for BigInt), or NULL. */
static JSValueRef bn_param_hex(JSContextRef ctx, EVP_PKEY *pkey, const char *name) {
  BIGNUM *bn = NULL;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1) return NULL;
  char *hex = BN_bn2hex(bn);
  BN_free(bn);
  if (hex == NULL) return NULL;
  JSValueRef v = js_str(ctx, hex);
  OPENSSL_free(hex);
  return v;
}

static int bn_param_bits(EVP_PKEY *pkey, const char *name) {
  BIGNUM *bn = NULL;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1) return -1;
  int bits = BN_num_bits(bn);
  BN_free(bn);
  return bits;
}

/* Node names digests by their long OpenSSL names ("sha256"). */
static void set_digest_name(JSContextRef ctx, JSObjectRef o, const char *prop, const char *name) {
  const EVP_MD *md = EVP_get_digestbyname(name);
  const char *ln = md != NULL ? OBJ_nid2ln(EVP_MD_get_type(md)) : NULL;
  js_set_str(ctx, o, prop, ln != NULL ? ln : name);
}

/* details(handle) → { modulusLength, publicExponent (hex), hashAlgorithm,
 * mgf1HashAlgorithm, saltLength, divisorLength, namedCurve } as apply. */
static LODE_FN(keys_details) {
  LODE_UNUSED_FN_ARGS;
  key_handle *k = handle_of(ctx, argc > 0 ? argv[0] : NULL);
  if (k == NULL || k->pkey == NULL) return bad_args(ctx, exc, "not an asymmetric key");
  EVP_PKEY *pkey = k->pkey;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  ERR_clear_error();
  if (EVP_PKEY_is_a(pkey, "RSA") || EVP_PKEY_is_a(pkey, "RSA-PSS")) {
    js_set_num(ctx, o, "modulusLength", EVP_PKEY_get_bits(pkey));
    JSValueRef e = bn_param_hex(ctx, pkey, OSSL_PKEY_PARAM_RSA_E);
    if (e != NULL) js_set(ctx, o, "publicExponent", e);
    char name[80];
    int salt;
    if (EVP_PKEY_is_a(pkey, "RSA-PSS") &&
        EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_DIGEST, name, sizeof(name), NULL) == 1) {
      /* OpenSSL leaves out what equals RFC 8017's defaults (MGF1 with
       * SHA-1, 20 bytes of salt). */
      set_digest_name(ctx, o, "hashAlgorithm", name);
      if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, name, sizeof(name),
                                         NULL) != 1)
        strcpy(name, "sha1");
      set_digest_name(ctx, o, "mgf1HashAlgorithm", name);
      if (EVP_PKEY_get_int_param(pkey, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt) != 1) salt = 20;
      js_set_num(ctx, o, "saltLength", salt);
    }
  } else if (EVP_PKEY_is_a(pkey, "DSA")) {
    js_set_num(ctx, o, "modulusLength", bn_param_bits(pkey, OSSL_PKEY_PARAM_FFC_P));
    js_set_num(ctx, o, "divisorLength", bn_param_bits(pkey, OSSL_PKEY_PARAM_FFC_Q));
  } else if (EVP_PKEY_is_a(pkey, "EC")) {
    char name[80];
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name), NULL) == 1) {
      /* The short name of the curve ("prime256v1" for "P-256"). */
      int nid = OBJ_sn2nid(name);
      if (nid == NID_undef) nid = EC_curve_nist2nid(name);
      const char *sn = nid != NID_undef ? OBJ_nid2sn(nid) : NULL;
      js_set_str(ctx, o, "namedCurve", sn != NULL ? sn : name);
    }
  }
  ERR_clear_error();
  return o;
}

/* equals(a, b) → whether both hold the same key (type checked in JS). */
static LODE_FN(keys_equals) {
  LODE_UNUSED_FN_ARGS;
  key_handle *a = handle_of(ctx, argc > 0 ? argv[0] : NULL);
  key_handle *b = handle_of(ctx, argc > 1 ? argv[1] : NULL);
  if (a == NULL || b == NULL) return bad_args(ctx, exc, "not a key handle");
  int eq;
  if (a->type == LODE_KEY_SECRET || b->type == LODE_KEY_SECRET) {
    eq = a->type == b->type && a->secret_len == b->secret_len &&
         CRYPTO_memcmp(a->secret, b->secret, a->secret_len) == 0;
  } else {
    eq = EVP_PKEY_eq(a->pkey, b->pkey) == 1;
    ERR_clear_error();
  }
  return JSValueMakeBoolean(ctx, eq);
}

/* secretSize(handle) → the length of a secret key. */
static LODE_FN(keys_secret_size) {
  LODE_UNUSED_FN_ARGS;
  key_handle *k = handle_of(ctx, argc > 0 ? argv[0] : NULL);
  if (k == NULL || k->type != LODE_KEY_SECRET) return bad_args(ctx, exc, "not a secret key");
  return JSValueMakeNumber(ctx, (double)k->secret_len);
}

/* ---- JWK ---- */

static JSValueRef bytes_value(JSContextRef ctx, const unsigned char *p, size_t n, JSValueRef *exc) {
  void *copy = malloc(n > 0 ? n : 1);
  if (copy == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  if (n > 0) memcpy(copy, p, n);
  return js_array_buffer_adopt(ctx, copy, n, exc);
}

/* A BIGNUM parameter as big-endian bytes, left-padded to pad bytes when
 * pad > 0; 0 with nothing set when the key has no such parameter. */
static int set_bn_bytes(JSContextRef ctx, JSObjectRef o, const char *prop, EVP_PKEY *pkey,
                        const char *name, int pad, JSValueRef *exc) {
  BIGNUM *bn = NULL;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1) return 0;
  int n = pad > 0 ? pad : BN_num_bytes(bn);
  unsigned char *buf = malloc(n > 0 ? (size_t)n : 1);
  int ok = buf != NULL && BN_bn2binpad(bn, buf, n) == n;
  BN_free(bn);
  if (ok) {
    JSValueRef v = js_array_buffer_adopt(ctx, buf, (size_t)n, exc);
    if (v != NULL) js_set(ctx, o, prop, v);
    return v != NULL;
  }
  free(buf);
  return 0;
}

static int set_raw(JSContextRef ctx, JSObjectRef o, const char *prop, EVP_PKEY *pkey, int priv,
                   JSValueRef *exc) {
  unsigned char buf[128];
  size_t n = sizeof(buf);
  int ok = priv ? EVP_PKEY_get_raw_private_key(pkey, buf, &n)
                : EVP_PKEY_get_raw_public_key(pkey, buf, &n);
  if (ok != 1) return 0;
  JSValueRef v = bytes_value(ctx, buf, n, exc);
  OPENSSL_cleanse(buf, sizeof(buf));
  if (v != NULL) js_set(ctx, o, prop, v);
  return v != NULL;
}

/* jwkParts(handle) → the key's JWK members as bytes (RSA: n e d p q dp dq
 * qi; EC: crv x y d; OKP: x d), the private ones for private keys only.
 * undefined for other key types. */
static LODE_FN(keys_jwk_parts) {
  LODE_UNUSED_FN_ARGS;
  key_handle *k = handle_of(ctx, argc > 0 ? argv[0] : NULL);
  if (k == NULL || k->pkey == NULL) return bad_args(ctx, exc, "not an asymmetric key");
  EVP_PKEY *pkey = k->pkey;
  int priv = k->type == LODE_KEY_PRIVATE;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  ERR_clear_error();
  if (EVP_PKEY_is_a(pkey, "RSA")) {
    static const struct { const char *prop, *param; } rsa[] = {
      {"n", OSSL_PKEY_PARAM_RSA_N}, {"e", OSSL_PKEY_PARAM_RSA_E},
      {"d", OSSL_PKEY_PARAM_RSA_D}, {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
      {"q", OSSL_PKEY_PARAM_RSA_FACTOR2}, {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
      {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1},
    };
    for (size_t i = 0; i < (priv ? 8 : 2) && *exc == NULL; i++)
      set_bn_bytes(ctx, o, rsa[i].prop, pkey, rsa[i].param, 0, exc);
  } else if (EVP_PKEY_is_a(pkey, "EC")) {
    char name[80];
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name), NULL) == 1)
      js_set_str(ctx, o, "crv", name);
    int n = (EVP_PKEY_get_bits(pkey) + 7) / 8;
    set_bn_bytes(ctx, o, "x", pkey, OSSL_PKEY_PARAM_EC_PUB_X, n, exc);
    set_bn_bytes(ctx, o, "y", pkey, OSSL_PKEY_PARAM_EC_PUB_Y, n, exc);
    if (priv) set_bn_bytes(ctx, o, "d", pkey, OSSL_PKEY_PARAM_PRIV_KEY, n, exc);
  } else if (EVP_PKEY_is_a(pkey, "ED25519") || EVP_PKEY_is_a(pkey, "ED448") ||
             EVP_PKEY_is_a(pkey, "X25519") || EVP_PKEY_is_a(pkey, "X448")) {
    set_raw(ctx, o, "x", pkey, 0, exc);
    if (priv) set_raw(ctx, o, "d", pkey, 1, exc);
  } else {
    return JSValueMakeUndefined(ctx);
  }
  ERR_clear_error();
  return *exc != NULL ? NULL : o;
}

/* A bytes member of a JS object pushed as a BIGNUM parameter; 0 when the
 * member is missing. */
static int push_bn(JSContextRef ctx, OSSL_PARAM_BLD *bld, JSObjectRef o, const char *prop,
                   const char *param, BIGNUM **keep, JSValueRef *exc) {
  JSValueRef v = js_get(ctx, o, prop);
  unsigned char *p;
  size_t len;
  if (JSValueIsUndefined(ctx, v) || js_view_bytes(ctx, v, &p, &len, exc) != 0) return 0;
  if (len > INT_MAX) return 0;
  *keep = BN_bin2bn(p, (int)len, NULL);
  return *keep != NULL && OSSL_PARAM_BLD_push_BN(bld, param, *keep) == 1;
}

static EVP_PKEY *pkey_fromdata(const char *alg, int selection, OSSL_PARAM_BLD *bld) {
  OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, alg, NULL);
  EVP_PKEY *pkey = NULL;
  if (params != NULL && pctx != NULL && EVP_PKEY_fromdata_init(pctx) == 1 &&
      EVP_PKEY_fromdata(pctx, &pkey, selection, params) != 1)
    pkey = NULL;
  EVP_PKEY_CTX_free(pctx);
  OSSL_PARAM_free(params);
  return pkey;
}

static EVP_PKEY *jwk_rsa(JSContextRef ctx, JSObjectRef o, int priv, JSValueRef *exc) {
  static const struct { const char *prop, *param; } rsa[] = {
    {"n", OSSL_PKEY_PARAM_RSA_N}, {"e", OSSL_PKEY_PARAM_RSA_E},
    {"d", OSSL_PKEY_PARAM_RSA_D}, {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
    {"q", OSSL_PKEY_PARAM_RSA_FACTOR2}, {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
    {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1},
  };
  BIGNUM *bns[8] = {0};
  OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
  int ok = bld != NULL;
  size_t n = priv ? 8 : 2;
  for (size_t i = 0; ok && i < n; i++) ok = push_bn(ctx, bld, o, rsa[i].prop, rsa[i].param, &bns[i], exc);
  EVP_PKEY *pkey = ok ? pkey_fromdata("RSA", priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, bld) : NULL;
  OSSL_PARAM_BLD_free(bld);
  for (size_t i = 0; i < 8; i++) BN_clear_free(bns[i]);
  return pkey;
}

/* EC: the group's name and the point 04||x||y (x and y left-padded to the
 * field size); the point must lie on the curve. */
static EVP_PKEY *jwk_ec(JSContextRef ctx, JSObjectRef o, const char *curve, int priv,
                        JSValueRef *exc) {
  int nid = EC_curve_nist2nid(curve);
  if (nid == NID_undef) nid = OBJ_sn2nid(curve);
  EC_GROUP *group = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : NULL;
  if (group == NULL) return NULL;
  int flen = (EC_GROUP_get_degree(group) + 7) / 8;
  EC_GROUP_free(group);
  unsigned char point[1 + 2 * 66];
  if (flen <= 0 || flen > 66) return NULL;
  point[0] = 4;
  const char *xy[2] = {"x", "y"};
  for (int i = 0; i < 2; i++) {
    unsigned char *p;
    size_t len;
    JSValueRef v = js_get(ctx, o, xy[i]);
    if (js_view_bytes(ctx, v, &p, &len, exc) != 0) return NULL;
    BIGNUM *bn = BN_bin2bn(p, (int)(len > INT_MAX ? 0 : len), NULL);
    int ok = bn != NULL && BN_bn2binpad(bn, point + 1 + i * flen, flen) == flen;
    BN_free(bn);
    if (!ok) return NULL;
  }
  BIGNUM *d = NULL;
  OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
  const char *sn = OBJ_nid2sn(nid);
  int ok = bld != NULL && sn != NULL &&
           OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, sn, 0) == 1 &&
           OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point, 1 + 2 * (size_t)flen) == 1;
  if (ok && priv) ok = push_bn(ctx, bld, o, "d", OSSL_PKEY_PARAM_PRIV_KEY, &d, exc);
  EVP_PKEY *pkey = ok ? pkey_fromdata("EC", priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, bld) : NULL;
  OSSL_PARAM_BLD_free(bld);
  BN_clear_free(d);
  return pkey;
}

static EVP_PKEY *jwk_okp(JSContextRef ctx, JSObjectRef o, const char *alg, int priv,
                         JSValueRef *exc) {
  unsigned char *p;
  size_t len;
  JSValueRef v = js_get(ctx, o, priv ? "d" : "x");
  if (js_view_bytes(ctx, v, &p, &len, exc) != 0) return NULL;
  return priv ? EVP_PKEY_new_raw_private_key_ex(NULL, alg, NULL, p, len)
              : EVP_PKEY_new_raw_public_key_ex(NULL, alg, NULL, p, len);
}

/* jwkImport(kind, 'RSA'|'EC'|'OKP', name (EC curve, OKP algorithm), parts)
 * → a handle; null when OpenSSL rejects the data (JS throws Node's error
 * for the key type). */
static LODE_FN(keys_jwk_import) {
  LODE_UNUSED_FN_ARGS;
  int kind = js_arg_int(ctx, argc, argv, 0, -1);
  char *kty = lode_crypto_name_arg(ctx, argc, argv, 1);
  char *name = lode_crypto_name_arg(ctx, argc, argv, 2);
  EVP_PKEY *pkey = NULL;
  if ((kind == LODE_KEY_PUBLIC || kind == LODE_KEY_PRIVATE) && argc > 3 &&
      JSValueIsObject(ctx, argv[3])) {
    JSObjectRef o = (JSObjectRef)argv[3];
    int priv = kind == LODE_KEY_PRIVATE;
    if (str_is(kty, "RSA")) pkey = jwk_rsa(ctx, o, priv, exc);
    else if (str_is(kty, "EC") && name != NULL) pkey = jwk_ec(ctx, o, name, priv, exc);
    else if (str_is(kty, "OKP") && name != NULL) pkey = jwk_okp(ctx, o, name, priv, exc);
  } else {
    bad_args(ctx, exc, "jwkImport: bad arguments");
  }
  free(kty);
  free(name);
  ERR_clear_error();
  if (*exc != NULL) {
    EVP_PKEY_free(pkey);
    return NULL;
  }
  if (pkey == NULL) return JSValueMakeNull(ctx);
  return lode_crypto_key_wrap(ctx, kind, pkey);
}

JSObjectRef lode_binding_crypto_keys(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "parse", keys_parse);
  js_set_fn(ctx, b, "createSecret", keys_create_secret);
  js_set_fn(ctx, b, "toPublic", keys_to_public);
  js_set_fn(ctx, b, "export", keys_export);
  js_set_fn(ctx, b, "type", keys_type);
  js_set_fn(ctx, b, "details", keys_details);
  js_set_fn(ctx, b, "equals", keys_equals);
  js_set_fn(ctx, b, "secretSize", keys_secret_size);
  js_set_fn(ctx, b, "jwkParts", keys_jwk_parts);
  js_set_fn(ctx, b, "jwkImport", keys_jwk_import);
  return b;
}
