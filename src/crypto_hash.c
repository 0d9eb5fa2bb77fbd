/* crypto_hash: message digests and HMACs for node:crypto (Hash, Hmac,
 * crypto.hash, getHashes), timingSafeEqual and crypto.constants, on
 * OpenSSL's libcrypto. JS (lib/internal/crypto/hash.js) validates every
 * argument first; C checks again where memory safety depends on it.
 *
 * A Hash or Hmac is a JS object of class HashContext owning one EVP_MD_CTX
 * or EVP_MAC_CTX. The hot path is one crossing per operation: update takes
 * the bytes of a typed array in place (JS encodes short strings; long ones
 * come as strings, encoded to UTF-8 here in chunks), digest returns the hex
 * string or the bytes. Digests are passed as ids (lode_crypto_digest_id),
 * looked up once per name. The context is freed by digest, or by the
 * finalizer when the object is collected first. */
#include "runtime.h"
#include "crypto_common.h"
#include "base64.h"
#include "utf8.h"

#include <string.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/opensslv.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#ifndef OPENSSL_NO_ENGINE
#include <openssl/engine.h>
#endif

/* The longest JS string (Node's kStringMaxLength), for hex results. */
#define STRING_MAX_LENGTH 536870888u

typedef struct {
  EVP_MD_CTX *md;   /* a Hash: NULL once digested */
  EVP_MAC_CTX *mac; /* an Hmac: NULL once digested */
  size_t out_len;   /* bytes digest produces (outputLength for XOFs) */
  int xof;          /* md is an extendable-output function (SHAKE) */
} hash_state;

static void hash_state_free(hash_state *h) {
  EVP_MD_CTX_free(h->md);
  EVP_MAC_CTX_free(h->mac);
  h->md = NULL;
  h->mac = NULL;
}

static void on_finalize(JSObjectRef obj) {
  hash_state *h = JSObjectGetPrivate(obj);
  if (h == NULL) return;
  hash_state_free(h);
  free(h);
}

static JSClassRef hash_class(void) {
  static _Thread_local JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "HashContext";
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
    CHECK(cls != NULL);
  }
  return cls;
}

/* A new JS object owning h (freed with it). */
static JSObjectRef wrap_state(JSContextRef ctx, hash_state *h) {
  JSObjectRef obj = JSObjectMake(ctx, hash_class(), h);
  CHECK(obj != NULL);
  return obj;
}

/* The state behind argv[0]; NULL with *exc set when it is not a context. */
static hash_state *state_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                             JSValueRef *exc) {
  if (argc > 0 && JSValueIsObjectOfClass(ctx, argv[0], hash_class())) {
    hash_state *h = JSObjectGetPrivate((JSObjectRef)argv[0]);
    if (h != NULL) return h;
  }
  js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "not a hash context");
  return NULL;
}

static JSValueRef throw_finalized(JSContextRef ctx, JSValueRef *exc) {
  return js_throw(ctx, exc, "Error", "ERR_CRYPTO_HASH_FINALIZED", "Digest already called");
}

static int update_bytes(hash_state *h, const unsigned char *p, size_t len) {
  if (len == 0) return 1;
  if (h->md != NULL) return EVP_DigestUpdate(h->md, p, len);
  return EVP_MAC_update(h->mac, p, len);
}

/* Feeds the UTF-8 encoding of a JS string, a stack buffer at a time. */
static int update_string(JSContextRef ctx, hash_state *h, JSValueRef v, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (s == NULL) return 0;
  size_t n = JSStringGetLength(s);
  const uint16_t *u = n > 0 ? JSStringGetCharactersPtr(s) : NULL;
  unsigned char out[16384];
  int ok = 1;
  while (ok && n > 0) {
    size_t used = 0;
    size_t w = lode_utf16_to_utf8(u, n, out, sizeof(out), &used);
    if (used == 0) break; /* cannot happen with a buffer this size */
    ok = update_bytes(h, out, w);
    u += used;
    n -= used;
  }
  JSStringRelease(s);
  return ok;
}

/* Updates h with argv[1], a typed array or a string. */
static int update_arg(JSContextRef ctx, hash_state *h, size_t argc, const JSValueRef argv[],
                      JSValueRef *exc) {
  if (argc < 2) {
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "data must be a string or a buffer");
    return 0;
  }
  int ok;
  if (JSValueIsString(ctx, argv[1])) {
    ok = update_string(ctx, h, argv[1], exc);
    if (*exc != NULL) return 0;
  } else {
    unsigned char *p;
    size_t len;
    if (js_view_bytes(ctx, argv[1], &p, &len, exc) != 0) return 0;
    ok = update_bytes(h, p, len);
  }
  if (!ok) {
    lode_crypto_throw(ctx, exc);
    return 0;
  }
  return 1;
}

/* A hex string of the bytes, or NULL with *exc set. */
static JSValueRef hex_string(JSContextRef ctx, const unsigned char *p, size_t n, JSValueRef *exc) {
  if (n > STRING_MAX_LENGTH / 2) {
    js_throw_string_too_long(ctx, exc);
    return NULL;
  }
  uint16_t small[256];
  uint16_t *units = n * 2 <= 256 ? small : malloc(n * 2 * sizeof(uint16_t));
  if (units == NULL) {
    js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
    return NULL;
  }
  lode_hex_encode16(p, n, units);
  JSStringRef s = JSStringCreateWithCharacters(units, n * 2);
  if (units != small) free(units);
  JSValueRef v = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return v;
}

/* The digest's bytes as a hex string (as_hex) or an ArrayBuffer that takes
 * `bytes` over; `bytes` (from malloc) is freed either way. */
static JSValueRef result_value(JSContextRef ctx, unsigned char *bytes, size_t n, int as_hex,
                               JSValueRef *exc) {
  if (!as_hex) return js_array_buffer_adopt(ctx, bytes, n, exc);
  JSValueRef v = hex_string(ctx, bytes, n, exc);
  free(bytes);
  return v;
}

/* digestId(name) → the id of a digest (see lode_crypto_digest_id): -1 for
 * an unknown name, -2 for one no provider implements. JS keeps the answers
 * by name, so later calls pass a number. */
static LODE_FN(digest_id) {
  LODE_UNUSED_FN_ARGS;
  char *name = lode_crypto_name_arg(ctx, argc, argv, 0);
  if (name == NULL) return JSValueMakeNumber(ctx, LODE_DIGEST_UNKNOWN);
  int id = lode_crypto_digest_id(name);
  free(name);
  ERR_clear_error();
  return JSValueMakeNumber(ctx, id);
}

/* unsupported(name, forHmac): throws the error Node reports for a digest
 * whose id is -2: OpenSSL's own errors from fetching it (not for HMACs) and
 * from initialising a context with it. */
static LODE_FN(digest_unsupported) {
  LODE_UNUSED_FN_ARGS;
  char *name = lode_crypto_name_arg(ctx, argc, argv, 0);
  const EVP_MD *legacy = name != NULL ? EVP_get_digestbyname(name) : NULL;
  free(name);
  if (legacy == NULL) return js_throw(ctx, exc, "Error", NULL, "Digest method not supported");
  if (argc < 2 || !JSValueToBoolean(ctx, argv[1])) {
    EVP_MD *f = EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL);
    EVP_MD_free(f);
  }
  EVP_MD_CTX *t = EVP_MD_CTX_new();
  if (t != NULL && EVP_DigestInit_ex(t, legacy, NULL) == 1)
    ERR_raise(ERR_LIB_EVP, EVP_R_UNSUPPORTED_ALGORITHM);
  EVP_MD_CTX_free(t);
  return lode_crypto_throw(ctx, exc);
}

/* The digest whose id is argv[i]; NULL with *exc set when it is not one. */
static const EVP_MD *digest_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                                JSValueRef *exc) {
  const EVP_MD *md = i < argc && JSValueIsNumber(ctx, argv[i])
                         ? lode_crypto_digest_get(JSValueToNumber(ctx, argv[i], NULL))
                         : NULL;
  if (md == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "not a digest id");
  return md;
}

/* hashNew(digest id, outputLength | -1) → context. */
static LODE_FN(hash_new) {
  LODE_UNUSED_FN_ARGS;
  const EVP_MD *md = digest_arg(ctx, argc, argv, 0, exc);
  if (md == NULL) return NULL;
  double xof_len = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? JSValueToNumber(ctx, argv[1], NULL) : -1;
  EVP_MD_CTX *c = EVP_MD_CTX_new();
  if (c == NULL || EVP_DigestInit_ex(c, md, NULL) != 1) {
    EVP_MD_CTX_free(c);
    return lode_crypto_throw(ctx, exc);
  }
  int size = EVP_MD_get_size(md);
  int xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  if (xof_len >= 0 && xof_len != size && !xof) {
    EVP_MD_CTX_free(c);
    ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
    return lode_crypto_throw(ctx, exc);
  }
  hash_state *h = calloc(1, sizeof(*h));
  if (h == NULL) {
    EVP_MD_CTX_free(c);
    return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  }
  h->md = c;
  h->xof = xof;
  h->out_len = xof_len >= 0 ? (size_t)xof_len : (size > 0 ? (size_t)size : 0);
  return wrap_state(ctx, h);
}

/* hmacNew(digest id, key view) → context. */
static LODE_FN(hmac_new) {
  LODE_UNUSED_FN_ARGS;
  const EVP_MD *md = digest_arg(ctx, argc, argv, 0, exc);
  if (md == NULL) return NULL;
  unsigned char *key;
  size_t key_len;
  if (argc < 2 || js_view_bytes(ctx, argv[1], &key, &key_len, exc) != 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "key must be a buffer");
    return NULL;
  }
  /* Fetched once per thread: HMAC itself never changes. */
  static _Thread_local EVP_MAC *hmac;
  if (hmac == NULL) hmac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  EVP_MAC_CTX *c = hmac != NULL ? EVP_MAC_CTX_new(hmac) : NULL;
  if (c == NULL) return lode_crypto_throw(ctx, exc);
  const char *digest = EVP_MD_get0_name(md);
  OSSL_PARAM params[2] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)digest, 0),
      OSSL_PARAM_construct_end()};
  /* A NULL key means "keep the previous key" to EVP_MAC_init; an empty key
   * needs a valid pointer. */
  static const unsigned char empty_key[1];
  int ok = EVP_MAC_init(c, key_len > 0 ? key : empty_key, key_len, params);
  if (!ok) {
    EVP_MAC_CTX_free(c);
    return lode_crypto_throw(ctx, exc);
  }
  hash_state *h = calloc(1, sizeof(*h));
  if (h == NULL) {
    EVP_MAC_CTX_free(c);
    return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  }
  h->mac = c;
  h->out_len = EVP_MAC_CTX_get_mac_size(c);
  return wrap_state(ctx, h);
}

/* update(context, data): data is a typed array or a string (UTF-8). */
static LODE_FN(hash_update) {
  LODE_UNUSED_FN_ARGS;
  hash_state *h = state_arg(ctx, argc, argv, exc);
  if (h == NULL) return NULL;
  if (h->md == NULL && h->mac == NULL) return throw_finalized(ctx, exc);
  update_arg(ctx, h, argc, argv, exc);
  return JSValueMakeUndefined(ctx);
}

/* digest(context, asHex) → hex string or ArrayBuffer; frees the context. */
static LODE_FN(hash_digest) {
  LODE_UNUSED_FN_ARGS;
  hash_state *h = state_arg(ctx, argc, argv, exc);
  if (h == NULL) return NULL;
  if (h->md == NULL && h->mac == NULL) return throw_finalized(ctx, exc);
  int as_hex = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  size_t n = h->out_len;
  unsigned char *out = malloc(n > 0 ? n : 1);
  if (out == NULL) {
    hash_state_free(h);
    return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  }
  int ok = 1;
  if (h->mac != NULL) {
    size_t got = 0;
    ok = EVP_MAC_final(h->mac, out, &got, n);
    n = got;
  } else if (h->xof) {
    if (n > 0) ok = EVP_DigestFinalXOF(h->md, out, n);
  } else {
    unsigned int got = 0;
    ok = EVP_DigestFinal_ex(h->md, out, &got);
    n = got;
  }
  hash_state_free(h);
  if (!ok) {
    free(out);
    return lode_crypto_throw(ctx, exc);
  }
  return result_value(ctx, out, n, as_hex, exc);
}

/* copy(context, outputLength | -1) → a new context in the same state. */
static LODE_FN(hash_copy) {
  LODE_UNUSED_FN_ARGS;
  hash_state *h = state_arg(ctx, argc, argv, exc);
  if (h == NULL) return NULL;
  if (h->md == NULL) return throw_finalized(ctx, exc);
  double xof_len = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? JSValueToNumber(ctx, argv[1], NULL) : -1;
  const EVP_MD *md = EVP_MD_CTX_get0_md(h->md);
  int size = md != NULL ? EVP_MD_get_size(md) : 0;
  if (xof_len >= 0 && xof_len != size && !h->xof) {
    ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
    return lode_crypto_throw(ctx, exc);
  }
  hash_state *copy = calloc(1, sizeof(*copy));
  EVP_MD_CTX *c = copy != NULL ? EVP_MD_CTX_new() : NULL;
  if (c == NULL || EVP_MD_CTX_copy_ex(c, h->md) != 1) {
    EVP_MD_CTX_free(c);
    free(copy);
    return lode_crypto_throw(ctx, exc);
  }
  copy->md = c;
  copy->xof = h->xof;
  copy->out_len = xof_len >= 0 ? (size_t)xof_len : (size > 0 ? (size_t)size : 0);
  return wrap_state(ctx, copy);
}

/* oneShot(digest id, data, asHex) → crypto.hash(): the digest at its
 * default length. One context per thread is reused, so a call allocates
 * nothing but its result. */
static LODE_FN(hash_one_shot) {
  LODE_UNUSED_FN_ARGS;
  const EVP_MD *md = digest_arg(ctx, argc, argv, 0, exc);
  if (md == NULL) return NULL;
  static _Thread_local EVP_MD_CTX *shared;
  if (shared == NULL && (shared = EVP_MD_CTX_new()) == NULL) return lode_crypto_throw(ctx, exc);
  if (EVP_DigestInit_ex(shared, md, NULL) != 1) {
    EVP_MD_CTX_reset(shared);
    return lode_crypto_throw(ctx, exc);
  }
  hash_state h = {.md = shared};
  if (!update_arg(ctx, &h, argc, argv, exc)) {
    EVP_MD_CTX_reset(shared);
    return NULL;
  }
  int as_hex = argc > 2 && JSValueToBoolean(ctx, argv[2]);
  unsigned char *out = malloc(EVP_MAX_MD_SIZE);
  unsigned int n = 0;
  int ok = out != NULL && EVP_DigestFinal_ex(shared, out, &n) == 1;
  EVP_MD_CTX_reset(shared);
  if (!ok) {
    free(out);
    return lode_crypto_throw(ctx, exc);
  }
  return result_value(ctx, out, n, as_hex, exc);
}

typedef struct {
  JSContextRef ctx;
  JSObjectRef list;
  unsigned n;
} names_walk;

static void add_name(const EVP_MD *md, const char *from, const char *to, void *arg) {
  (void)to;
  names_walk *w = arg;
  if (from == NULL) return;
  /* Listed only when a provider implements it (Node leaves out md4 and
   * whirlpool, which need the legacy provider). */
  const EVP_MD *known = md != NULL ? md : EVP_get_digestbyname(from);
  EVP_MD *fetched = known != NULL ? EVP_MD_fetch(NULL, EVP_MD_get0_name(known), NULL) : NULL;
  if (fetched == NULL) {
    ERR_clear_error();
    return;
  }
  EVP_MD_free(fetched);
  JSObjectSetPropertyAtIndex(w->ctx, w->list, w->n++, js_str(w->ctx, from), NULL);
}

/* getHashes() → the digest names OpenSSL's table lists, sorted. */
static LODE_FN(get_hashes) {
  LODE_UNUSED_FN_ARGS;
  JSObjectRef list = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (list == NULL) return NULL;
  names_walk w = {ctx, list, 0};
  EVP_MD_do_all_sorted(add_name, &w);
  return list;
}

/* timingSafeEqual(a, b): two typed arrays; different lengths throw Node's error. */
static LODE_FN(timing_safe_equal) {
  LODE_UNUSED_FN_ARGS;
  unsigned char *a, *b;
  size_t alen, blen;
  if (argc < 2 || js_view_bytes(ctx, argv[0], &a, &alen, exc) != 0 ||
      js_view_bytes(ctx, argv[1], &b, &blen, exc) != 0)
    return NULL;
  if (alen != blen)
    return js_throw(ctx, exc, "RangeError", "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
                    "Input buffers must have the same byte length");
  return JSValueMakeBoolean(ctx, alen == 0 || CRYPTO_memcmp(a, b, alen) == 0);
}

/* crypto.constants: the numbers come from OpenSSL's headers. */
static JSObjectRef make_constants(JSContextRef ctx) {
  static const struct {
    const char *name;
    double value;
  } table[] = {
#define C(x) {#x, (double)(x)}
      C(OPENSSL_VERSION_NUMBER),
      C(SSL_OP_ALL), C(SSL_OP_ALLOW_NO_DHE_KEX), C(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION),
      C(SSL_OP_CIPHER_SERVER_PREFERENCE), C(SSL_OP_CISCO_ANYCONNECT), C(SSL_OP_COOKIE_EXCHANGE),
      C(SSL_OP_CRYPTOPRO_TLSEXT_BUG), C(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS),
      C(SSL_OP_LEGACY_SERVER_CONNECT), C(SSL_OP_NO_COMPRESSION), C(SSL_OP_NO_ENCRYPT_THEN_MAC),
      C(SSL_OP_NO_QUERY_MTU), C(SSL_OP_NO_RENEGOTIATION),
      C(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION), C(SSL_OP_NO_SSLv2), C(SSL_OP_NO_SSLv3),
      C(SSL_OP_NO_TICKET), C(SSL_OP_NO_TLSv1), C(SSL_OP_NO_TLSv1_1), C(SSL_OP_NO_TLSv1_2),
      C(SSL_OP_NO_TLSv1_3), C(SSL_OP_PRIORITIZE_CHACHA), C(SSL_OP_TLS_ROLLBACK_BUG),
#ifndef OPENSSL_NO_ENGINE
      C(ENGINE_METHOD_RSA), C(ENGINE_METHOD_DSA), C(ENGINE_METHOD_DH), C(ENGINE_METHOD_RAND),
      C(ENGINE_METHOD_EC), C(ENGINE_METHOD_CIPHERS), C(ENGINE_METHOD_DIGESTS),
      C(ENGINE_METHOD_PKEY_METHS), C(ENGINE_METHOD_PKEY_ASN1_METHS), C(ENGINE_METHOD_ALL),
      C(ENGINE_METHOD_NONE),
#endif
      C(DH_CHECK_P_NOT_SAFE_PRIME), C(DH_CHECK_P_NOT_PRIME), C(DH_UNABLE_TO_CHECK_GENERATOR),
      C(DH_NOT_SUITABLE_GENERATOR),
      C(RSA_PKCS1_PADDING), C(RSA_NO_PADDING), C(RSA_PKCS1_OAEP_PADDING), C(RSA_X931_PADDING),
      C(RSA_PKCS1_PSS_PADDING), C(RSA_PSS_SALTLEN_DIGEST), C(RSA_PSS_SALTLEN_MAX_SIGN),
      C(RSA_PSS_SALTLEN_AUTO),
      C(TLS1_VERSION), C(TLS1_1_VERSION), C(TLS1_2_VERSION), C(TLS1_3_VERSION),
      C(POINT_CONVERSION_COMPRESSED), C(POINT_CONVERSION_UNCOMPRESSED),
      C(POINT_CONVERSION_HYBRID),
#undef C
  };
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
    js_set_num(ctx, o, table[i].name, table[i].value);
  return o;
}

JSObjectRef lode_binding_crypto_hash(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "digestId", digest_id);
  js_set_fn(ctx, b, "unsupported", digest_unsupported);
  js_set_fn(ctx, b, "hashNew", hash_new);
  js_set_fn(ctx, b, "hmacNew", hmac_new);
  js_set_fn(ctx, b, "update", hash_update);
  js_set_fn(ctx, b, "digest", hash_digest);
  js_set_fn(ctx, b, "copy", hash_copy);
  js_set_fn(ctx, b, "oneShot", hash_one_shot);
  js_set_fn(ctx, b, "getHashes", get_hashes);
  js_set_fn(ctx, b, "timingSafeEqual", timing_safe_equal);
  js_set(ctx, b, "constants", make_constants(ctx));
  return b;
}
