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
#include "crypto_sha.h"
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

typedef struct {
  EVP_MD_CTX *md;   /* a Hash: NULL once digested */
  EVP_MAC_CTX *mac; /* an Hmac: NULL once digested */
  lode_sha_state *sha; /* a Hash of SHA-1/SHA-2 on the low-level functions
                        * (crypto_sha.c): own_sha, or a one-shot's; NULL once digested */
  lode_sha_state own_sha;
  size_t out_len;   /* bytes digest produces (outputLength for XOFs) */
  int xof;          /* md is an extendable-output function (SHAKE) */
} hash_state;

static void hash_state_free(hash_state *h) {
  EVP_MD_CTX_free(h->md);
  EVP_MAC_CTX_free(h->mac);
  if (h->sha != NULL) OPENSSL_cleanse(h->sha, sizeof(*h->sha));
  h->md = NULL;
  h->mac = NULL;
  h->sha = NULL;
}

/* Whether h can still be updated and digested. */
static int hash_open(const hash_state *h) {
  return h->md != NULL || h->mac != NULL || h->sha != NULL;
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
  if (h->sha != NULL) return lode_sha_update(h->sha, p, len);
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
  if (n > LODE_STRING_MAX_LENGTH / 2) {
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
  JSValueRef v = js_make_string(ctx, s, 2);
  JSStringRelease(s);
  return v;
}

/* How digest and oneShot answer: an ArrayBuffer, a hex string, or the
 * length of the digest written into the scratch buffer (an ArrayBuffer
 * when it does not fit). Writing to the scratch, which JS reads (hex with
 * the engine's native toHex), saves making a buffer or a string in C. */
enum { OUT_BUFFER = 0, OUT_HEX = 1, OUT_SCRATCH = 2 };
#define SCRATCH_SIZE EVP_MAX_MD_SIZE
static _Thread_local unsigned char scratch[SCRATCH_SIZE];

static int mode_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  return i < argc ? (int)JSValueToNumber(ctx, argv[i], NULL) : OUT_BUFFER; /* true is hex */
}

/* Where a digest of n bytes goes before result_value. */
static unsigned char *out_buffer(int mode, size_t n) {
  if (mode == OUT_SCRATCH && n <= SCRATCH_SIZE) return scratch;
  return malloc(n > 0 ? n : 1);
}

/* The answer for the digest in `bytes` (from out_buffer), which is freed or
 * taken over by the ArrayBuffer. */
static JSValueRef result_value(JSContextRef ctx, unsigned char *bytes, size_t n, int mode,
                               JSValueRef *exc) {
  if (bytes == scratch) return JSValueMakeNumber(ctx, (double)n);
  if (mode != OUT_HEX) return js_array_buffer_adopt(ctx, bytes, n, exc);
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

/* The digest whose id is argv[i]; NULL with *exc set when it is not one.
 * fetched: as EVP contexts need it; else maybe only OpenSSL's name-table
 * entry, enough for crypto_sha.c (see lode_crypto_digest_peek). */
static const EVP_MD *digest_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                                int fetched, JSValueRef *exc) {
  const EVP_MD *md = NULL;
  if (i < argc && JSValueIsNumber(ctx, argv[i])) {
    double id = JSValueToNumber(ctx, argv[i], NULL);
    md = fetched ? lode_crypto_digest_get(id) : lode_crypto_digest_peek(id);
  }
  if (md == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "not a digest id");
  return md;
}

/* hashNew(digest id, outputLength | -1) → context. */
static LODE_FN(hash_new) {
  LODE_UNUSED_FN_ARGS;
  const EVP_MD *md = digest_arg(ctx, argc, argv, 0, 0, exc);
  if (md == NULL) return NULL;
  double xof_len = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? JSValueToNumber(ctx, argv[1], NULL) : -1;
  if (lode_sha_is_sha(md)) {
    /* SHA-1 and SHA-2 on the low-level functions: no fetch, no provider. */
    int size = EVP_MD_get_size(md);
    if (xof_len >= 0 && xof_len != size) {
      ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
      return lode_crypto_throw(ctx, exc);
    }
    hash_state *h = calloc(1, sizeof(*h));
    if (h == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
    if (!lode_sha_begin(&h->own_sha, md)) {
      free(h);
      return lode_crypto_throw(ctx, exc);
    }
    h->sha = &h->own_sha;
    h->out_len = (size_t)size;
    return wrap_state(ctx, h);
  }
  md = digest_arg(ctx, argc, argv, 0, 1, exc);
  if (md == NULL) return NULL;
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

/* A NULL key means "keep the previous key" to EVP_MAC_init; an empty key
 * needs a valid pointer. */
static const unsigned char empty_key[1];

/* A new HMAC context for md, keyed with the empty key. */
static EVP_MAC_CTX *hmac_ctx_new(const EVP_MD *md) {
  /* Fetched once per thread: HMAC itself never changes. */
  static _Thread_local EVP_MAC *hmac;
  if (hmac == NULL) hmac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  EVP_MAC_CTX *c = hmac != NULL ? EVP_MAC_CTX_new(hmac) : NULL;
  if (c == NULL) return NULL;
  OSSL_PARAM params[2] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0),
      OSSL_PARAM_construct_end()};
  if (EVP_MAC_init(c, empty_key, 0, params) != 1) {
    EVP_MAC_CTX_free(c);
    return NULL;
  }
  return c;
}

/* Setting the digest by name makes EVP_MAC_init fetch it again each time,
 * so contexts are copies of one template per digest id (the ids are
 * lode_crypto_digest_id's, below 128), rekeyed. */
#define MAX_HMAC_TEMPLATES 128
static _Thread_local EVP_MAC_CTX *hmac_templates[MAX_HMAC_TEMPLATES];

/* Programs usually HMAC many messages with one key (cookies, tokens), and
 * keying costs more than copying a keyed context: when a (digest, key) pair
 * comes twice in a row, a keyed context is kept and copied from then on. */
#define MAX_CACHED_KEY 128
static _Thread_local struct {
  int id;
  size_t len;
  unsigned char key[MAX_CACHED_KEY];
  EVP_MAC_CTX *keyed; /* NULL until the pair came twice */
} last_key = {.id = -1};

static int is_last_key(int id, const unsigned char *key, size_t len) {
  return id == last_key.id && len == last_key.len && len <= MAX_CACHED_KEY &&
         (len == 0 || CRYPTO_memcmp(key, last_key.key, len) == 0);
}

static void remember_key(int id, const unsigned char *key, size_t len) {
  EVP_MAC_CTX_free(last_key.keyed);
  last_key.keyed = NULL;
  OPENSSL_cleanse(last_key.key, sizeof(last_key.key));
  last_key.id = len <= MAX_CACHED_KEY ? id : -1;
  last_key.len = len;
  if (len > 0 && len <= MAX_CACHED_KEY) memcpy(last_key.key, key, len);
}

/* A context for digest id keyed with key: a copy of the cached keyed one,
 * or of the digest's template, rekeyed. */
static EVP_MAC_CTX *hmac_keyed(int id, const EVP_MD *md, const unsigned char *key, size_t key_len) {
  int again = is_last_key(id, key, key_len);
  if (again && last_key.keyed != NULL) return EVP_MAC_CTX_dup(last_key.keyed);
  if (hmac_templates[id] == NULL) hmac_templates[id] = hmac_ctx_new(md);
  EVP_MAC_CTX *c = hmac_templates[id] != NULL ? EVP_MAC_CTX_dup(hmac_templates[id]) : NULL;
  if (c != NULL && EVP_MAC_init(c, key_len > 0 ? key : empty_key, key_len, NULL) != 1) {
    EVP_MAC_CTX_free(c);
    return NULL;
  }
  if (c == NULL) return NULL;
  if (again) last_key.keyed = EVP_MAC_CTX_dup(c); /* NULL (no cache) when that fails */
  else remember_key(id, key, key_len);
  return c;
}

/* hmacNew(digest id, key view) → context. */
static LODE_FN(hmac_new) {
  LODE_UNUSED_FN_ARGS;
  const EVP_MD *md = digest_arg(ctx, argc, argv, 0, 1, exc);
  if (md == NULL) return NULL;
  unsigned char *key;
  size_t key_len;
  if (argc < 2 || js_view_bytes(ctx, argv[1], &key, &key_len, exc) != 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "key must be a buffer");
    return NULL;
  }
  int id = (int)JSValueToNumber(ctx, argv[0], NULL);
  EVP_MAC_CTX *c;
  if (id >= 0 && id < MAX_HMAC_TEMPLATES) {
    c = hmac_keyed(id, md, key, key_len);
  } else {
    c = hmac_ctx_new(md);
    if (c != NULL && EVP_MAC_init(c, key_len > 0 ? key : empty_key, key_len, NULL) != 1) {
      EVP_MAC_CTX_free(c);
      c = NULL;
    }
  }
  if (c == NULL) return lode_crypto_throw(ctx, exc);
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
  if (!hash_open(h)) return throw_finalized(ctx, exc);
  update_arg(ctx, h, argc, argv, exc);
  return JSValueMakeUndefined(ctx);
}

/* digest(context, mode) → see result_value; frees the context. */
static LODE_FN(hash_digest) {
  LODE_UNUSED_FN_ARGS;
  hash_state *h = state_arg(ctx, argc, argv, exc);
  if (h == NULL) return NULL;
  if (!hash_open(h)) return throw_finalized(ctx, exc);
  int mode = mode_arg(ctx, argc, argv, 1);
  size_t n = h->out_len;
  unsigned char *out = out_buffer(mode, n);
  if (out == NULL) {
    hash_state_free(h);
    return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  }
  int ok = 1;
  if (h->mac != NULL) {
    size_t got = 0;
    ok = EVP_MAC_final(h->mac, out, &got, n);
    n = got;
  } else if (h->sha != NULL) {
    unsigned int got = 0;
    ok = lode_sha_end(h->sha, out, &got);
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
    if (out != scratch) free(out);
    return lode_crypto_throw(ctx, exc);
  }
  return result_value(ctx, out, n, mode, exc);
}

/* copy(context, outputLength | -1) → a new context in the same state. */
static LODE_FN(hash_copy) {
  LODE_UNUSED_FN_ARGS;
  hash_state *h = state_arg(ctx, argc, argv, exc);
  if (h == NULL) return NULL;
  if (h->md == NULL && h->sha == NULL) return throw_finalized(ctx, exc);
  double xof_len = argc > 1 && JSValueIsNumber(ctx, argv[1]) ? JSValueToNumber(ctx, argv[1], NULL) : -1;
  const EVP_MD *md = h->md != NULL ? EVP_MD_CTX_get0_md(h->md) : NULL;
  int size = h->sha != NULL ? (int)h->out_len : md != NULL ? EVP_MD_get_size(md) : 0;
  if (xof_len >= 0 && xof_len != size && !h->xof) {
    ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
    return lode_crypto_throw(ctx, exc);
  }
  hash_state *copy = calloc(1, sizeof(*copy));
  if (copy != NULL && h->sha != NULL) { /* a plain struct: copied as it is */
    copy->own_sha = *h->sha;
    copy->sha = &copy->own_sha;
    copy->out_len = h->out_len;
    return wrap_state(ctx, copy);
  }
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

/* oneShot(digest id, data, mode) → crypto.hash(): the digest at its
 * default length. One context per thread is reused, so a call allocates
 * nothing but its result. */
static LODE_FN(hash_one_shot) {
  LODE_UNUSED_FN_ARGS;
  const EVP_MD *md = digest_arg(ctx, argc, argv, 0, 0, exc);
  if (md == NULL) return NULL;
  lode_sha_state sha;
  if (lode_sha_begin(&sha, md)) {
    /* SHA-1, SHA-2 and MD5 without OpenSSL 3's per-digest allocations. */
    hash_state h = {.sha = &sha};
    if (!update_arg(ctx, &h, argc, argv, exc)) {
      OPENSSL_cleanse(&sha, sizeof(sha));
      return NULL;
    }
    int mode = mode_arg(ctx, argc, argv, 2);
    unsigned char *out = out_buffer(mode, EVP_MAX_MD_SIZE);
    unsigned int n = 0;
    if (out == NULL || !lode_sha_end(&sha, out, &n)) {
      if (out != NULL && out != scratch) free(out);
      return lode_crypto_throw(ctx, exc);
    }
    return result_value(ctx, out, n, mode, exc);
  }
  md = digest_arg(ctx, argc, argv, 0, 1, exc);
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
  int mode = mode_arg(ctx, argc, argv, 2);
  unsigned char *out = out_buffer(mode, EVP_MAX_MD_SIZE);
  unsigned int n = 0;
  int ok = out != NULL && EVP_DigestFinal_ex(shared, out, &n) == 1;
  EVP_MD_CTX_reset(shared);
  if (!ok) {
    if (out != scratch) free(out);
    return lode_crypto_throw(ctx, exc);
  }
  return result_value(ctx, out, n, mode, exc);
}

/* hmacOneShot(digest id, key view, data view, mode) → an HMAC in one call,
 * for an Hmac that was updated once (see result_value for mode). */
static LODE_FN(hmac_one_shot) {
  LODE_UNUSED_FN_ARGS;
  const EVP_MD *md = digest_arg(ctx, argc, argv, 0, 0, exc);
  if (md == NULL) return NULL;
  unsigned char *key, *data;
  size_t key_len, data_len;
  if (argc < 3 || js_view_bytes(ctx, argv[1], &key, &key_len, exc) != 0 ||
      js_view_bytes(ctx, argv[2], &data, &data_len, exc) != 0)
    return NULL;
  int mode = mode_arg(ctx, argc, argv, 3);
  /* SHA-1 and SHA-2 without any allocation (crypto_sha.c). */
  unsigned char *out = out_buffer(mode, EVP_MAX_MD_SIZE);
  if (out == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  size_t got = 0;
  int fast = lode_hmac_sha(md, key, key_len, data, data_len, out, &got);
  if (fast == 1) return result_value(ctx, out, got, mode, exc);
  if (out != scratch) free(out);
  if (fast == 0) return lode_crypto_throw(ctx, exc);
  md = digest_arg(ctx, argc, argv, 0, 1, exc);
  if (md == NULL) return NULL;
  int id = (int)JSValueToNumber(ctx, argv[0], NULL);
  if (id < 0 || id >= MAX_HMAC_TEMPLATES)
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "not a digest id");
  EVP_MAC_CTX *c = hmac_keyed(id, md, key, key_len);
  if (c == NULL) return lode_crypto_throw(ctx, exc);
  size_t n = EVP_MAC_CTX_get_mac_size(c);
  out = out_buffer(mode, n);
  int ok = out != NULL && (data_len == 0 || EVP_MAC_update(c, data, data_len) == 1) &&
           EVP_MAC_final(c, out, &got, n) == 1;
  EVP_MAC_CTX_free(c);
  if (!ok) {
    if (out != scratch) free(out);
    return out == NULL ? js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed")
                       : lode_crypto_throw(ctx, exc);
  }
  return result_value(ctx, out, got, mode, exc);
}

/* lazyOk(digest id) → whether a Hash or Hmac of the digest may skip its
 * native context and be computed in one call at digest() (fixed-length
 * digests; the extendable-output ones keep their context). */
static LODE_FN(lazy_ok) {
  LODE_UNUSED_FN_ARGS;
  const EVP_MD *md = argc > 0 && JSValueIsNumber(ctx, argv[0])
                         ? lode_crypto_digest_peek(JSValueToNumber(ctx, argv[0], NULL))
                         : NULL;
  int id = md != NULL ? (int)JSValueToNumber(ctx, argv[0], NULL) : -1;
  return JSValueMakeBoolean(ctx, md != NULL && id < MAX_HMAC_TEMPLATES &&
                                     (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) == 0 &&
                                     EVP_MD_get_size(md) > 0);
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
  js_set_fn(ctx, b, "hmacOneShot", hmac_one_shot);
  js_set_fn(ctx, b, "lazyOk", lazy_ok);
  js_set_fn(ctx, b, "getHashes", get_hashes);
  js_set_fn(ctx, b, "timingSafeEqual", timing_safe_equal);
  js_set(ctx, b, "constants", make_constants(ctx));
  /* The thread's scratch, for JS to read (it lives as long as the thread). */
  JSObjectRef sc = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, scratch, SCRATCH_SIZE, NULL, NULL, NULL);
  CHECK(sc != NULL);
  js_set(ctx, b, "scratch", sc);
  return b;
}
