/* crypto_cipher: symmetric ciphers for node:crypto (Cipheriv, Decipheriv,
 * the deprecated password-based Cipher/Decipher, getCiphers,
 * getCipherInfo) on OpenSSL's libcrypto. JS (lib/internal/crypto/cipher.js)
 * validates argument types first; the checks that depend on the cipher
 * (key and IV sizes, tag lengths, CCM message sizes) are made here and throw
 * Node's errors.
 *
 * A cipher is a JS object of class CipherContext owning one
 * EVP_CIPHER_CTX. update() is one crossing: it reads the input view in
 * place and returns an ArrayBuffer that takes over the output bytes.
 * Authenticated modes (GCM, CCM, OCB, chacha20-poly1305) keep their tag
 * here: a decipher's tag is handed to OpenSSL at the first operation that
 * needs it, a cipher's tag is read at final(). */
#include "runtime.h"
#include "crypto_common.h"

#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/objects.h>

#define MAX_TAG 16

typedef struct {
  EVP_CIPHER_CTX *ctx; /* NULL once final() ran */
  int encrypt;
  int mode;         /* EVP_CIPH_*_MODE */
  int aead;         /* GCM, CCM, OCB or chacha20-poly1305 */
  int chacha_poly;
  int block;        /* block size, for output room */
  int tag_len;      /* the tag's length (a decipher's expected one until set) */
  int tag_fixed;    /* authTagLength was given */
  int tag_pending;  /* a decipher's tag is not yet handed to OpenSSL */
  int tag_given;    /* setAuthTag ran (or getAuthTag has one) */
  unsigned char tag[MAX_TAG];
  int ccm_len_set;  /* CCM: the message length is fixed (one update only) */
  int ccm_updated;
  int auth_failed;  /* CCM decipher: the tag did not match at update */
  uint64_t max_message; /* CCM: the largest message the nonce size allows */
} cipher_state;

static void state_free(cipher_state *s) {
  EVP_CIPHER_CTX_free(s->ctx);
  s->ctx = NULL;
}

static void on_finalize(JSObjectRef obj) {
  cipher_state *s = JSObjectGetPrivate(obj);
  if (s == NULL) return;
  state_free(s);
  OPENSSL_cleanse(s->tag, sizeof(s->tag));
  free(s);
}

static JSClassRef cipher_class(void) {
  static _Thread_local JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "CipherContext";
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
    CHECK(cls != NULL);
  }
  return cls;
}

static cipher_state *state_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc) {
  if (argc > 0 && JSValueIsObjectOfClass(ctx, argv[0], cipher_class())) {
    cipher_state *s = JSObjectGetPrivate((JSObjectRef)argv[0]);
    if (s != NULL) return s;
  }
  js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "not a cipher context");
  return NULL;
}

/* argv[i] as bytes: a typed array view, or null/absent (no bytes at all:
 * *p NULL, returns 0). -1 with *exc set for anything else. */
static int view_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                    unsigned char **p, size_t *len, JSValueRef *exc) {
  *p = NULL;
  *len = 0;
  if (i >= argc || JSValueIsNull(ctx, argv[i]) || JSValueIsUndefined(ctx, argv[i])) return 0;
  return js_view_bytes(ctx, argv[i], p, len, exc);
}

static double num_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  return i < argc && JSValueIsNumber(ctx, argv[i]) ? JSValueToNumber(ctx, argv[i], NULL) : -1;
}

/* ---- looking ciphers up ---- */

/* Fetching is the costly part of OpenSSL 3 lookups, so each thread keeps
 * what it fetched, keyed by the name table's (static) legacy object. */
#define MAX_CIPHERS 256
static _Thread_local struct {
  const EVP_CIPHER *legacy;
  EVP_CIPHER *fetched;
} fetched_ciphers[MAX_CIPHERS];
static _Thread_local int nfetched;

/* The implementation of a cipher known to the name table; NULL with the
 * fetch's errors queued when no provider has it. Owned by the cache. */
static EVP_CIPHER *fetch_cipher(const EVP_CIPHER *legacy) {
  for (int i = 0; i < nfetched; i++)
    if (fetched_ciphers[i].legacy == legacy) return fetched_ciphers[i].fetched;
  EVP_CIPHER *c = EVP_CIPHER_fetch(NULL, EVP_CIPHER_get0_name(legacy), NULL);
  if (c == NULL || nfetched == MAX_CIPHERS) return c; /* never more than the providers have */
  fetched_ciphers[nfetched].legacy = legacy;
  fetched_ciphers[nfetched].fetched = c;
  nfetched++;
  return c;
}

static int is_chacha_poly(const EVP_CIPHER *c) {
  return EVP_CIPHER_get_nid(c) == NID_chacha20_poly1305;
}

static int is_aead_mode(const EVP_CIPHER *c) {
  int mode = EVP_CIPHER_get_mode(c);
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
         is_chacha_poly(c);
}

/* Whether an IV of len bytes suits the cipher, before OpenSSL is asked:
 * the nonce-based modes take a range, every other cipher its own size. */
static int iv_length_ok(const EVP_CIPHER *c, size_t len) {
  switch (EVP_CIPHER_get_mode(c)) {
    case EVP_CIPH_GCM_MODE: return len >= 1;
    case EVP_CIPH_CCM_MODE: return len >= 7 && len <= 13;
    case EVP_CIPH_OCB_MODE: return len >= 1 && len <= 15;
    default: return len == (size_t)EVP_CIPHER_get_iv_length(c);
  }
}

static int gcm_tag_length_ok(double n) {
  return n == 4 || n == 8 || (n >= 12 && n <= 16);
}

static JSValueRef throw_invalid_iv(JSContextRef ctx, JSValueRef *exc) {
  return js_throw(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
}

static JSValueRef throw_tag_length(JSContextRef ctx, JSValueRef *exc, double n) {
  char msg[64];
  snprintf(msg, sizeof(msg), "Invalid authentication tag length: %.0f", n);
  return js_throw(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG", msg);
}

static JSValueRef throw_auth_failed(JSContextRef ctx, JSValueRef *exc) {
  return js_throw(ctx, exc, "Error", NULL, "Unsupported state or unable to authenticate data");
}

static JSValueRef throw_message_length(JSContextRef ctx, JSValueRef *exc) {
  return js_throw(ctx, exc, "RangeError", "ERR_CRYPTO_INVALID_MESSAGELEN", "Invalid message length");
}

/* The tag length and nonce of an authenticated cipher, set on a context
 * that has its cipher but no key yet. */
static int setup_aead(JSContextRef ctx, cipher_state *s, const char *name,
                      double tag_len, size_t iv_len, JSValueRef *exc) {
  int mode = s->mode;
  if (tag_len < 0 && (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE)) {
    char msg[256];
    snprintf(msg, sizeof(msg), "authTagLength required for %s", name);
    js_throw(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG", msg);
    return 0;
  }
  if (tag_len >= 0) {
    int ok = tag_len <= MAX_TAG;
    if (ok && mode == EVP_CIPH_GCM_MODE) ok = gcm_tag_length_ok(tag_len);
    /* The other modes take the length as their tag size now (OpenSSL
     * knows which ones CCM, OCB and chacha20-poly1305 accept). */
    if (ok && mode != EVP_CIPH_GCM_MODE)
      ok = EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_SET_TAG, (int)tag_len, NULL) == 1;
    if (!ok) {
      ERR_clear_error();
      throw_tag_length(ctx, exc, tag_len);
      return 0;
    }
    s->tag_fixed = 1;
  }
  s->tag_len = tag_len >= 0 ? (int)tag_len : MAX_TAG;
  /* Always set: a CCM context's own nonce size is not the 12 bytes its
   * cipher reports. */
  if (iv_len > INT_MAX || EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)iv_len, NULL) != 1) {
    ERR_clear_error();
    throw_invalid_iv(ctx, exc);
    return 0;
  }
  if (mode == EVP_CIPH_CCM_MODE) {
    /* The length field takes what the nonce leaves of 15 bytes. */
    size_t l = 15 - iv_len;
    s->max_message = l >= 8 ? UINT64_MAX : ((uint64_t)1 << (8 * l)) - 1;
  }
  return 1;
}

/* cipherNew(name, encrypt, key view, iv view | null, authTagLength | -1,
 * checkIv) → context. checkIv false: the deprecated password form, whose
 * IV always has the cipher's size. */
static LODE_FN(cipher_new) {
  LODE_UNUSED_FN_ARGS;
  char *name = lode_crypto_name_arg(ctx, argc, argv, 0);
  const EVP_CIPHER *legacy = name != NULL ? EVP_get_cipherbyname(name) : NULL;
  if (legacy == NULL) {
    free(name);
    return js_throw(ctx, exc, "Error", "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  }
  int encrypt = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  unsigned char *key, *iv;
  size_t key_len, iv_len;
  double tag_len = num_arg(ctx, argc, argv, 4);
  int check_iv = argc <= 5 || JSValueToBoolean(ctx, argv[5]);
  if (view_arg(ctx, argc, argv, 2, &key, &key_len, exc) != 0 ||
      view_arg(ctx, argc, argv, 3, &iv, &iv_len, exc) != 0) {
    free(name);
    return NULL;
  }
  ERR_clear_error();
  EVP_CIPHER *c = fetch_cipher(legacy);
  if (c == NULL) {
    free(name);
    return lode_crypto_throw(ctx, exc);
  }
  if (check_iv && !iv_length_ok(c, iv_len)) {
    free(name);
    return throw_invalid_iv(ctx, exc);
  }
  cipher_state *s = calloc(1, sizeof(*s));
  if (s == NULL || (s->ctx = EVP_CIPHER_CTX_new()) == NULL) {
    free(s);
    free(name);
    return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  }
  s->encrypt = encrypt;
  s->mode = EVP_CIPHER_get_mode(c);
  s->aead = is_aead_mode(c);
  s->chacha_poly = is_chacha_poly(c);
  s->block = EVP_CIPHER_get_block_size(c);
  JSValueRef fail = NULL;
  /* Key wrapping must be allowed before the cipher is set. */
  if (s->mode == EVP_CIPH_WRAP_MODE) EVP_CIPHER_CTX_set_flags(s->ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  if (EVP_CipherInit_ex(s->ctx, c, NULL, NULL, NULL, encrypt) != 1) {
    lode_crypto_throw(ctx, &fail);
  } else if (s->aead && !setup_aead(ctx, s, name, tag_len, iv_len, &fail)) {
    /* fail is set */
  } else if (key_len != (size_t)EVP_CIPHER_CTX_get_key_length(s->ctx) &&
             (key_len > INT_MAX || EVP_CIPHER_CTX_set_key_length(s->ctx, (int)key_len) != 1)) {
    ERR_clear_error();
    js_throw(ctx, &fail, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  } else if (EVP_CipherInit_ex(s->ctx, NULL, NULL, key, iv, encrypt) != 1) {
    lode_crypto_throw(ctx, &fail);
  }
  free(name);
  if (fail != NULL) {
    state_free(s);
    free(s);
    *exc = fail;
    return NULL;
  }
  JSObjectRef obj = JSObjectMake(ctx, cipher_class(), s);
  CHECK(obj != NULL);
  return obj;
}

/* ---- operations ---- */

/* Hands a decipher's tag to OpenSSL once it is known. */
static int pass_tag(cipher_state *s) {
  if (!s->tag_pending) return 1;
  s->tag_pending = 0;
  return EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_SET_TAG, s->tag_len, s->tag) == 1;
}

/* CCM processes one message of a length announced first. */
static int ccm_set_length(cipher_state *s, size_t len) {
  int outl;
  if (s->ccm_len_set) return 1;
  if (len > INT_MAX || EVP_CipherUpdate(s->ctx, NULL, &outl, NULL, (int)len) != 1) return 0;
  s->ccm_len_set = 1;
  return 1;
}

static JSValueRef empty_buffer(JSContextRef ctx, JSValueRef *exc) {
  void *p = malloc(1);
  if (p == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  return js_array_buffer_adopt(ctx, p, 0, exc);
}

/* Updates in pieces that fit OpenSSL's int lengths; 0 when OpenSSL fails. */
static int cipher_update(cipher_state *s, unsigned char *out, size_t *out_len,
                         const unsigned char *in, size_t len) {
  const size_t piece = (size_t)1 << 30;
  /* A NULL input means something else to some modes (CCM): an empty view
   * reads as empty bytes, wherever its memory is. */
  static const unsigned char empty[1];
  if (in == NULL) in = empty;
  *out_len = 0;
  do {
    size_t n = len < piece ? len : piece;
    int outl = 0;
    if (EVP_CipherUpdate(s->ctx, out + *out_len, &outl, in, (int)n) != 1) return 0;
    *out_len += (size_t)outl;
    in += n;
    len -= n;
  } while (len > 0);
  return 1;
}

/* update(context, view) → ArrayBuffer; null when the cipher cannot take
 * data now (JS throws Node's "Trying to add data in unsupported state"). */
static LODE_FN(cipher_update_fn) {
  LODE_UNUSED_FN_ARGS;
  cipher_state *s = state_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  unsigned char *in;
  size_t len;
  if (argc < 2 || js_view_bytes(ctx, argv[1], &in, &len, exc) != 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "data must be a buffer");
    return NULL;
  }
  if (s->ctx == NULL) return JSValueMakeNull(ctx);
  if (s->mode == EVP_CIPH_CCM_MODE) {
    if (len > s->max_message) return throw_message_length(ctx, exc);
    if (s->ccm_updated) return JSValueMakeNull(ctx);
  }
  ERR_clear_error();
  if (!s->encrypt && s->aead && !pass_tag(s)) {
    ERR_clear_error();
    return JSValueMakeNull(ctx);
  }
  if (s->mode == EVP_CIPH_CCM_MODE) {
    s->ccm_updated = 1;
    if (!ccm_set_length(s, len)) {
      ERR_clear_error();
      if (s->encrypt) return JSValueMakeNull(ctx);
      s->auth_failed = 1;
      return empty_buffer(ctx, exc);
    }
  }
  size_t room = len + (size_t)s->block;
  if (s->mode == EVP_CIPH_WRAP_MODE) room = len + 16; /* wrapping adds at most 8 + padding */
  unsigned char *out = lode_malloc_filled(room > 0 ? room : 1);
  if (out == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  size_t out_len = 0;
  if (len > 0 || s->mode == EVP_CIPH_CCM_MODE) {
    if (s->mode == EVP_CIPH_CCM_MODE && len > INT_MAX) {
      free(out);
      return throw_message_length(ctx, exc);
    }
    if (!cipher_update(s, out, &out_len, in, len)) {
      free(out);
      ERR_clear_error();
      /* A CCM decipher checks the tag here: the failure shows at final(). */
      if (!s->encrypt && s->mode == EVP_CIPH_CCM_MODE) {
        s->auth_failed = 1;
        return empty_buffer(ctx, exc);
      }
      return JSValueMakeNull(ctx);
    }
  }
  return js_array_buffer_adopt(ctx, out, out_len, exc);
}

/* final(context) → ArrayBuffer; throws Node's errors. */
static LODE_FN(cipher_final) {
  LODE_UNUSED_FN_ARGS;
  cipher_state *s = state_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  if (s->ctx == NULL)
    return js_throw(ctx, exc, "Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state");
  ERR_clear_error();
  if (!s->encrypt && s->mode == EVP_CIPH_CCM_MODE) {
    /* CCM authenticated the message at update already. */
    int failed = s->auth_failed;
    state_free(s);
    if (failed) return throw_auth_failed(ctx, exc);
    return empty_buffer(ctx, exc);
  }
  unsigned char *out = malloc((size_t)s->block + 16);
  if (out == NULL) {
    state_free(s);
    return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  }
  int ok = 1;
  if (!s->encrypt && s->aead) ok = s->tag_given && pass_tag(s);
  int outl = 0;
  if (ok) ok = EVP_CipherFinal_ex(s->ctx, out, &outl) == 1;
  if (ok && s->encrypt && s->aead) {
    ok = EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_GET_TAG, s->tag_len, s->tag) == 1;
    s->tag_given = ok;
  }
  state_free(s);
  if (!ok) {
    free(out);
    if (!s->encrypt && s->aead) {
      ERR_clear_error();
      return throw_auth_failed(ctx, exc);
    }
    return lode_crypto_throw(ctx, exc);
  }
  return js_array_buffer_adopt(ctx, out, (size_t)outl, exc);
}

/* setAutoPadding(context, on) → false once final() ran. */
static LODE_FN(cipher_set_auto_padding) {
  LODE_UNUSED_FN_ARGS;
  cipher_state *s = state_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  if (s->ctx == NULL) return JSValueMakeBoolean(ctx, false);
  int on = argc > 1 && JSValueToBoolean(ctx, argv[1]);
  return JSValueMakeBoolean(ctx, EVP_CIPHER_CTX_set_padding(s->ctx, on) == 1);
}

/* setAAD(context, view, plaintextLength | -1) → false when the cipher
 * takes no AAD now. */
static LODE_FN(cipher_set_aad) {
  LODE_UNUSED_FN_ARGS;
  cipher_state *s = state_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  unsigned char *aad;
  size_t len;
  if (argc < 2 || js_view_bytes(ctx, argv[1], &aad, &len, exc) != 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "aad must be a buffer");
    return NULL;
  }
  double plaintext_len = num_arg(ctx, argc, argv, 2);
  if (s->ctx == NULL || !s->aead || len > INT_MAX) return JSValueMakeBoolean(ctx, false);
  ERR_clear_error();
  if (s->mode == EVP_CIPH_CCM_MODE) {
    if (plaintext_len < 0)
      return js_throw(ctx, exc, "TypeError", "ERR_MISSING_ARGS",
                      "options.plaintextLength required for CCM mode with AAD");
    if (plaintext_len > (double)s->max_message) return throw_message_length(ctx, exc);
    if (s->ccm_updated) return JSValueMakeBoolean(ctx, false);
    if (!s->encrypt && !pass_tag(s)) {
      ERR_clear_error();
      return JSValueMakeBoolean(ctx, false);
    }
    if (!ccm_set_length(s, (size_t)plaintext_len)) {
      ERR_clear_error();
      return JSValueMakeBoolean(ctx, false);
    }
  }
  int outl;
  int ok = EVP_CipherUpdate(s->ctx, NULL, &outl, len > 0 ? aad : (const unsigned char *)"", (int)len) == 1;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

/* getAuthTag(context) → ArrayBuffer, or undefined before a cipher's
 * final(). */
static LODE_FN(cipher_get_auth_tag) {
  LODE_UNUSED_FN_ARGS;
  cipher_state *s = state_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  if (s->ctx != NULL || !s->encrypt || !s->aead || !s->tag_given) return JSValueMakeUndefined(ctx);
  unsigned char *p = malloc((size_t)s->tag_len);
  if (p == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  memcpy(p, s->tag, (size_t)s->tag_len);
  return js_array_buffer_adopt(ctx, p, (size_t)s->tag_len, exc);
}

/* setAuthTag(context, view) → false when the decipher takes no tag now;
 * throws for a length its mode refuses. */
static LODE_FN(cipher_set_auth_tag) {
  LODE_UNUSED_FN_ARGS;
  cipher_state *s = state_arg(ctx, argc, argv, exc);
  if (s == NULL) return NULL;
  unsigned char *tag;
  size_t len;
  if (argc < 2 || js_view_bytes(ctx, argv[1], &tag, &len, exc) != 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "tag must be a buffer");
    return NULL;
  }
  if (s->ctx == NULL || s->encrypt || !s->aead || s->tag_given) return JSValueMakeBoolean(ctx, false);
  /* GCM takes any of its lengths unless authTagLength chose one; the
   * other modes want their tag size (16 by default). */
  int ok = s->mode == EVP_CIPH_GCM_MODE && !s->tag_fixed ? gcm_tag_length_ok((double)len)
                                                          : len == (size_t)s->tag_len;
  if (!ok) return throw_tag_length(ctx, exc, (double)len);
  memcpy(s->tag, tag, len);
  s->tag_len = (int)len;
  s->tag_given = 1;
  s->tag_pending = 1;
  return JSValueMakeBoolean(ctx, true);
}

/* ---- information ---- */

static const char *mode_name(const EVP_CIPHER *c) {
  switch (EVP_CIPHER_get_mode(c)) {
    case EVP_CIPH_ECB_MODE: return "ecb";
    case EVP_CIPH_CBC_MODE: return "cbc";
    case EVP_CIPH_CFB_MODE: return "cfb";
    case EVP_CIPH_OFB_MODE: return "ofb";
    case EVP_CIPH_CTR_MODE: return "ctr";
    case EVP_CIPH_GCM_MODE: return "gcm";
    case EVP_CIPH_CCM_MODE: return "ccm";
    case EVP_CIPH_XTS_MODE: return "xts";
    case EVP_CIPH_WRAP_MODE: return "wrap";
    case EVP_CIPH_OCB_MODE: return "ocb";
    case EVP_CIPH_STREAM_CIPHER: return "stream";
    default: return NULL;
  }
}

/* Whether a context of the cipher accepts a key of len bytes (ciphers with
 * variable keys) or an IV of len bytes (GCM). */
static int context_accepts(const EVP_CIPHER *legacy, int key_len, int iv_len) {
  ERR_clear_error();
  EVP_CIPHER *c = fetch_cipher(legacy);
  EVP_CIPHER_CTX *t = c != NULL ? EVP_CIPHER_CTX_new() : NULL;
  int ok = t != NULL && EVP_CipherInit_ex(t, c, NULL, NULL, NULL, 1) == 1;
  if (ok && key_len >= 0) ok = EVP_CIPHER_CTX_set_key_length(t, key_len) == 1;
  if (ok && iv_len >= 0) ok = EVP_CIPHER_CTX_ctrl(t, EVP_CTRL_AEAD_SET_IVLEN, iv_len, NULL) == 1;
  EVP_CIPHER_CTX_free(t);
  ERR_clear_error();
  return ok;
}

/* info(name or nid, keyLength | -1, ivLength | -1) → getCipherInfo()'s
 * object, or undefined for an unknown cipher or a size it does not take. */
static LODE_FN(cipher_info) {
  LODE_UNUSED_FN_ARGS;
  const EVP_CIPHER *c = NULL;
  if (argc > 0 && JSValueIsNumber(ctx, argv[0])) {
    double nid = JSValueToNumber(ctx, argv[0], NULL);
    if (nid >= 0 && nid <= INT_MAX) c = EVP_get_cipherbynid((int)nid);
  } else {
    char *name = lode_crypto_name_arg(ctx, argc, argv, 0);
    if (name != NULL) c = EVP_get_cipherbyname(name);
    free(name);
  }
  if (c == NULL) return JSValueMakeUndefined(ctx);
  const char *mode = mode_name(c);
  if (mode == NULL) return JSValueMakeUndefined(ctx);
  double key_len = num_arg(ctx, argc, argv, 1), iv_len = num_arg(ctx, argc, argv, 2);
  int def_key = EVP_CIPHER_get_key_length(c), def_iv = EVP_CIPHER_get_iv_length(c);
  if (key_len >= 0 && key_len != def_key &&
      (key_len > INT_MAX || !context_accepts(c, (int)key_len, -1)))
    return JSValueMakeUndefined(ctx);
  if (iv_len >= 0 && iv_len != def_iv) {
    int m = EVP_CIPHER_get_mode(c);
    int ok;
    if (m == EVP_CIPH_CCM_MODE) ok = iv_len >= 7 && iv_len <= 13;
    else if (m == EVP_CIPH_OCB_MODE) ok = iv_len >= 1 && iv_len <= 15;
    else if (m == EVP_CIPH_GCM_MODE) ok = iv_len >= 1 && iv_len <= INT_MAX && context_accepts(c, -1, (int)iv_len);
    else ok = 0;
    if (!ok) return JSValueMakeUndefined(ctx);
    def_iv = (int)iv_len;
  }
  if (key_len >= 0) def_key = (int)key_len;
  int nid = EVP_CIPHER_get_nid(c);
  const char *sn = OBJ_nid2sn(nid);
  char name[128];
  size_t i = 0;
  for (; sn != NULL && sn[i] != '\0' && i < sizeof(name) - 1; i++)
    name[i] = (char)tolower((unsigned char)sn[i]);
  name[i] = '\0';
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  js_set_str(ctx, o, "mode", mode);
  js_set_str(ctx, o, "name", name);
  js_set_num(ctx, o, "nid", nid);
  if (EVP_CIPHER_get_mode(c) != EVP_CIPH_STREAM_CIPHER)
    js_set_num(ctx, o, "blockSize", EVP_CIPHER_get_block_size(c));
  if (def_iv != 0) js_set_num(ctx, o, "ivLength", def_iv);
  js_set_num(ctx, o, "keyLength", def_key);
  return o;
}

typedef struct {
  JSContextRef ctx;
  JSObjectRef list;
  unsigned n;
} names_walk;

static void add_name(const EVP_CIPHER *c, const char *from, const char *to, void *arg) {
  (void)to;
  names_walk *w = arg;
  /* Node lists the lower-case names (and aliases) only, of the ciphers a
   * provider implements. */
  if (from == NULL || !islower((unsigned char)from[0])) return;
  const EVP_CIPHER *known = c != NULL ? c : EVP_get_cipherbyname(from);
  if (known == NULL || fetch_cipher(known) == NULL) {
    ERR_clear_error();
    return;
  }
  JSObjectSetPropertyAtIndex(w->ctx, w->list, w->n++, js_str(w->ctx, from), NULL);
}

/* getCiphers() → the names, sorted. */
static LODE_FN(get_ciphers) {
  LODE_UNUSED_FN_ARGS;
  JSObjectRef list = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (list == NULL) return NULL;
  names_walk w = {ctx, list, 0};
  EVP_CIPHER_do_all_sorted(add_name, &w);
  return list;
}

/* bytesToKey(name, password view) → { key, iv } ArrayBuffers as the
 * deprecated createCipher derives them (MD5, one round, no salt), or
 * undefined for an unknown cipher. */
static LODE_FN(bytes_to_key) {
  LODE_UNUSED_FN_ARGS;
  char *name = lode_crypto_name_arg(ctx, argc, argv, 0);
  const EVP_CIPHER *c = name != NULL ? EVP_get_cipherbyname(name) : NULL;
  free(name);
  if (c == NULL) return JSValueMakeUndefined(ctx);
  unsigned char *pass;
  size_t pass_len;
  if (view_arg(ctx, argc, argv, 1, &pass, &pass_len, exc) != 0) return NULL;
  if (pass_len > INT_MAX) return throw_message_length(ctx, exc);
  size_t kl = (size_t)EVP_CIPHER_get_key_length(c), il = (size_t)EVP_CIPHER_get_iv_length(c);
  unsigned char *key = malloc(kl > 0 ? kl : 1), *iv = malloc(il > 0 ? il : 1);
  if (key == NULL || iv == NULL ||
      EVP_BytesToKey(c, EVP_md5(), NULL, pass_len > 0 ? pass : (const unsigned char *)"",
                     (int)pass_len, 1, key, iv) <= 0) {
    free(key);
    free(iv);
    return lode_crypto_throw(ctx, exc);
  }
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  JSObjectRef kb = js_array_buffer_adopt(ctx, key, kl, exc);
  JSObjectRef ib = kb != NULL ? js_array_buffer_adopt(ctx, iv, il, exc) : NULL;
  if (kb == NULL) free(iv);
  if (ib == NULL) return NULL;
  js_set(ctx, o, "key", kb);
  js_set(ctx, o, "iv", ib);
  js_set_str(ctx, o, "mode", mode_name(c) != NULL ? mode_name(c) : "");
  return o;
}

JSObjectRef lode_binding_crypto_cipher(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "cipherNew", cipher_new);
  js_set_fn(ctx, b, "update", cipher_update_fn);
  js_set_fn(ctx, b, "final", cipher_final);
  js_set_fn(ctx, b, "setAutoPadding", cipher_set_auto_padding);
  js_set_fn(ctx, b, "setAAD", cipher_set_aad);
  js_set_fn(ctx, b, "getAuthTag", cipher_get_auth_tag);
  js_set_fn(ctx, b, "setAuthTag", cipher_set_auth_tag);
  js_set_fn(ctx, b, "info", cipher_info);
  js_set_fn(ctx, b, "getCiphers", get_ciphers);
  js_set_fn(ctx, b, "bytesToKey", bytes_to_key);
  return b;
}
