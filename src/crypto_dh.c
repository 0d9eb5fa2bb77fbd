/* crypto_dh: key agreement for node:crypto: the DiffieHellman and ECDH
 * objects, crypto.diffieHellman over two KeyObjects, getCurves and the
 * RFC 2409/3526 groups. JS (lib/internal/crypto/diffiehellman.js) validates
 * the arguments and encodes the results.
 *
 * DiffieHellman and ECDH let JS set either half of a key pair at any time,
 * which EVP_PKEY objects (immutable once made) do not model; so they are
 * plain arithmetic on OpenSSL's BIGNUM and EC_POINT, with the checks
 * OpenSSL's DH and EC code would make, and its error codes. */
#include "runtime.h"
#include "crypto_common.h"
#include "crypto_keys.h"

#include <string.h>
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>

/* OpenSSL's limits for DH moduli (DH_MIN_MODULUS_BITS is not public). */
#define DH_MIN_BITS 512
#define DH_MAX_BITS OPENSSL_DH_MAX_MODULUS_BITS

static JSValueRef bad_args(JSContextRef ctx, JSValueRef *exc, const char *what) {
  return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", what);
}

static JSValueRef out_of_memory(JSContextRef ctx, JSValueRef *exc) {
  return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
}

/* A BIGNUM as big-endian bytes in an ArrayBuffer, left-padded to pad. */
static JSValueRef bn_value(JSContextRef ctx, const BIGNUM *bn, int pad, JSValueRef *exc) {
  int n = BN_num_bytes(bn);
  if (pad > n) n = pad;
  unsigned char *buf = malloc(n > 0 ? (size_t)n : 1);
  if (buf == NULL) return out_of_memory(ctx, exc);
  if (BN_bn2binpad(bn, buf, n) != n) {
    free(buf);
    return lode_crypto_throw(ctx, exc);
  }
  return js_array_buffer_adopt(ctx, buf, (size_t)n, exc);
}

/* argv[i]'s bytes as a new BIGNUM, or NULL with *exc set. */
static BIGNUM *bn_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, JSValueRef *exc) {
  unsigned char *p;
  size_t len;
  if (i >= argc || js_view_bytes(ctx, argv[i], &p, &len, exc) != 0) {
    if (*exc == NULL) bad_args(ctx, exc, "a buffer is required");
    return NULL;
  }
  if (len > INT_MAX) {
    bad_args(ctx, exc, "buffer too large");
    return NULL;
  }
  BIGNUM *bn = BN_bin2bn(p, (int)len, NULL);
  if (bn == NULL) lode_crypto_throw(ctx, exc);
  return bn;
}

/* ---- the RFC 2409 / RFC 3526 groups ---- */

static const struct {
  const char *name;
  BIGNUM *(*prime)(BIGNUM *);
  int priv_bits; /* OpenSSL's private key length for its named groups, else 0 */
} groups[] = {
  {"modp1", BN_get_rfc2409_prime_768, 0},     {"modp2", BN_get_rfc2409_prime_1024, 0},
  {"modp5", BN_get_rfc3526_prime_1536, 200},  {"modp14", BN_get_rfc3526_prime_2048, 225},
  {"modp15", BN_get_rfc3526_prime_3072, 275}, {"modp16", BN_get_rfc3526_prime_4096, 325},
  {"modp17", BN_get_rfc3526_prime_6144, 375}, {"modp18", BN_get_rfc3526_prime_8192, 400},
};
#define DH_NGROUPS (sizeof(groups) / sizeof(groups[0]))

static int group_index(const char *name) {
  for (size_t i = 0; name != NULL && i < DH_NGROUPS; i++)
    if (strcmp(groups[i].name, name) == 0) return (int)i;
  return -1;
}

/* The group whose prime p is, or -1. */
static int group_of_prime(const BIGNUM *p) {
  int bits = BN_num_bits(p);
  for (size_t i = 0; i < DH_NGROUPS; i++) {
    BIGNUM *q = groups[i].prime(NULL);
    int same = q != NULL && BN_num_bits(q) == bits && BN_cmp(q, p) == 0;
    BN_free(q);
    if (same) return (int)i;
  }
  return -1;
}

/* groupPrime(name) → the group's prime, or undefined. */
static LODE_FN(dh_group_prime) {
  LODE_UNUSED_FN_ARGS;
  char *name = lode_crypto_name_arg(ctx, argc, argv, 0);
  int i = group_index(name);
  free(name);
  if (i < 0) return JSValueMakeUndefined(ctx);
  BIGNUM *p = groups[i].prime(NULL);
  if (p == NULL) return lode_crypto_throw(ctx, exc);
  JSValueRef v = bn_value(ctx, p, 0, exc);
  BN_free(p);
  return v;
}

/* ---- DiffieHellman ---- */

typedef struct {
  BIGNUM *p, *g, *pub, *priv;
  int group; /* index in groups, or -1 */
  int verify_error;
} dh_state;

static void dh_free(dh_state *d) {
  BN_free(d->p);
  BN_free(d->g);
  BN_free(d->pub);
  BN_clear_free(d->priv);
  free(d);
}

static void dh_finalize(JSObjectRef obj) {
  dh_state *d = JSObjectGetPrivate(obj);
  if (d != NULL) dh_free(d);
}

static JSClassRef dh_class(void) {
  static _Thread_local JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "DiffieHellmanHandle";
    def.finalize = dh_finalize;
    cls = JSClassCreate(&def);
    CHECK(cls != NULL);
  }
  return cls;
}

static dh_state *dh_of(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  dh_state *d = argc > 0 && JSValueIsObjectOfClass(ctx, argv[0], dh_class())
                    ? JSObjectGetPrivate((JSObjectRef)argv[0]) : NULL;
  if (d == NULL) bad_args(ctx, exc, "not a DiffieHellman handle");
  return d;
}

/* The flags OpenSSL's DH_check reports (DH_CHECK_P_NOT_PRIME, ...). The
 * groups above with generator 2 are known good, as OpenSSL knows them. */
static int dh_check(dh_state *d, BN_CTX *bctx) {
  if (d->group >= 0 && BN_is_word(d->g, 2)) return 0;
  int flags = 0;
  int bits = BN_num_bits(d->p);
  if (!BN_is_odd(d->p)) flags |= DH_CHECK_P_NOT_PRIME;
  BIGNUM *t = BN_dup(d->p);
  if (t == NULL || BN_sub_word(t, 1) != 1 || BN_is_zero(d->g) || BN_is_one(d->g) ||
      BN_cmp(d->g, t) >= 0)
    flags |= DH_NOT_SUITABLE_GENERATOR;
  if (bits < DH_MIN_BITS) flags |= DH_MODULUS_TOO_SMALL;
  if (bits > DH_MAX_BITS) flags |= DH_MODULUS_TOO_LARGE;
  if (!(flags & DH_CHECK_P_NOT_PRIME)) {
    if (BN_check_prime(d->p, bctx, NULL) != 1) {
      flags |= DH_CHECK_P_NOT_PRIME;
    } else if (t != NULL && BN_rshift1(t, d->p) == 1 && BN_check_prime(t, bctx, NULL) != 1) {
      flags |= DH_CHECK_P_NOT_SAFE_PRIME;
    }
  }
  BN_free(t);
  ERR_clear_error();
  return flags;
}

static JSValueRef dh_wrap(JSContextRef ctx, dh_state *d, JSValueRef *exc) {
  BN_CTX *bctx = BN_CTX_new();
  if (bctx == NULL) {
    dh_free(d);
    return lode_crypto_throw(ctx, exc);
  }
  d->group = group_of_prime(d->p);
  d->verify_error = dh_check(d, bctx);
  BN_CTX_free(bctx);
  JSObjectRef obj = JSObjectMake(ctx, dh_class(), d);
  CHECK(obj != NULL);
  return obj;
}

static dh_state *dh_new(void) {
  dh_state *d = calloc(1, sizeof(*d));
  if (d != NULL) d->group = -1;
  return d;
}

/* fromPrime(prime bytes, generator (number or bytes)) → a handle. */
static LODE_FN(dh_from_prime) {
  LODE_UNUSED_FN_ARGS;
  dh_state *d = dh_new();
  if (d == NULL) return out_of_memory(ctx, exc);
  if ((d->p = bn_arg(ctx, argc, argv, 0, exc)) == NULL) {
    dh_free(d);
    return NULL;
  }
  if (argc > 1 && JSValueIsNumber(ctx, argv[1])) {
    double g = js_num(ctx, argv[1]);
    d->g = BN_new();
    if (d->g == NULL || g < 2 || g > 2147483647.0 || BN_set_word(d->g, (BN_ULONG)g) != 1) {
      if (d->g != NULL) ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      dh_free(d);
      return lode_crypto_throw(ctx, exc);
    }
  } else if ((d->g = bn_arg(ctx, argc, argv, 1, exc)) == NULL) {
    dh_free(d);
    return NULL;
  }
  if (BN_is_zero(d->p)) {
    ERR_raise(ERR_LIB_BN, BN_R_BITS_TOO_SMALL);
    dh_free(d);
    return lode_crypto_throw(ctx, exc);
  }
  if (BN_is_zero(d->g) || BN_is_one(d->g)) {
    ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
    dh_free(d);
    return lode_crypto_throw(ctx, exc);
  }
  return dh_wrap(ctx, d, exc);
}

/* generate(bits, generator) → a handle with a new safe prime, as
 * DH_generate_parameters_ex makes them (p ≡ 23 mod 24 for g = 2, so that
 * 2 generates the subgroup of order (p-1)/2). */
static LODE_FN(dh_generate) {
  LODE_UNUSED_FN_ARGS;
  int bits = js_arg_int(ctx, argc, argv, 0, 0);
  int gen = js_arg_int(ctx, argc, argv, 1, 2);
  if (bits < DH_MIN_BITS) {
    ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
    return lode_crypto_throw(ctx, exc);
  }
  if (bits > DH_MAX_BITS) {
    ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_LARGE);
    return lode_crypto_throw(ctx, exc);
  }
  if (gen <= 1) {
    ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
    return lode_crypto_throw(ctx, exc);
  }
  dh_state *d = dh_new();
  BIGNUM *add = BN_new(), *rem = BN_new();
  int ok = d != NULL && add != NULL && rem != NULL && (d->p = BN_new()) != NULL &&
           (d->g = BN_new()) != NULL && BN_set_word(d->g, (BN_ULONG)gen) == 1;
  if (ok) {
    BN_ULONG a = gen == 2 ? 24 : gen == 5 ? 60 : 12;
    ok = BN_set_word(add, a) == 1 && BN_set_word(rem, a - 1) == 1 &&
         BN_generate_prime_ex(d->p, bits, 1, add, rem, NULL) == 1;
  }
  BN_free(add);
  BN_free(rem);
  if (!ok) {
    if (d != NULL) dh_free(d);
    return lode_crypto_throw(ctx, exc);
  }
  return dh_wrap(ctx, d, exc);
}

/* group(name) → a handle for modp1…modp18 (generator 2), or undefined. */
static LODE_FN(dh_group) {
  LODE_UNUSED_FN_ARGS;
  char *name = lode_crypto_name_arg(ctx, argc, argv, 0);
  int i = group_index(name);
  free(name);
  if (i < 0) return JSValueMakeUndefined(ctx);
  dh_state *d = dh_new();
  if (d == NULL) return out_of_memory(ctx, exc);
  if ((d->p = groups[i].prime(NULL)) == NULL || (d->g = BN_new()) == NULL || BN_set_word(d->g, 2) != 1) {
    dh_free(d);
    return lode_crypto_throw(ctx, exc);
  }
  return dh_wrap(ctx, d, exc);
}

static LODE_FN(dh_verify_error) {
  LODE_UNUSED_FN_ARGS;
  dh_state *d = dh_of(ctx, argc, argv, exc);
  return d != NULL ? JSValueMakeNumber(ctx, d->verify_error) : NULL;
}

static int dh_size_ok(dh_state *d) {
  int bits = BN_num_bits(d->p);
  if (bits < DH_MIN_BITS) ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
  else if (bits > DH_MAX_BITS) ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_LARGE);
  else return 1;
  return 0;
}

/* generateKeys(h) → the public key: a new private key unless one was set,
 * and pub = g^priv mod p. */
static LODE_FN(dh_generate_keys) {
  LODE_UNUSED_FN_ARGS;
  dh_state *d = dh_of(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  ERR_clear_error();
  if (!dh_size_ok(d)) return lode_crypto_throw(ctx, exc);
  BN_CTX *bctx = BN_CTX_new();
  BIGNUM *priv = d->priv, *pub = BN_new();
  int ok = bctx != NULL && pub != NULL;
  if (ok && priv == NULL) {
    /* OpenSSL's lengths: short exponents for its named groups, else
     * bits(p) - 1 with the top bit set. */
    int gbits = d->group >= 0 ? groups[d->group].priv_bits : 0;
    ok = (priv = BN_secure_new()) != NULL;
    do {
      ok = ok && (gbits > 0 ? BN_priv_rand_ex(priv, gbits, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY, 0, bctx)
                            : BN_priv_rand_ex(priv, BN_num_bits(d->p) - 1, BN_RAND_TOP_ONE,
                                              BN_RAND_BOTTOM_ANY, 0, bctx)) == 1;
    } while (ok && BN_is_zero(priv));
  }
  ok = ok && BN_mod_exp(pub, d->g, priv, d->p, bctx) == 1;
  BN_CTX_free(bctx);
  if (!ok) {
    if (priv != d->priv) BN_clear_free(priv);
    BN_free(pub);
    return lode_crypto_throw(ctx, exc);
  }
  d->priv = priv;
  BN_free(d->pub);
  d->pub = pub;
  return bn_value(ctx, pub, 0, exc);
}

/* The error for a peer key that gave no usable secret: Node's words for
 * one outside 1 < y < p-1, else "Invalid key type". */
static JSValueRef peer_error(JSContextRef ctx, dh_state *d, const BIGNUM *peer, JSValueRef *exc) {
  BIGNUM *pm1 = BN_dup(d->p);
  if (pm1 == NULL || BN_sub_word(pm1, 1) != 1) {
    BN_free(pm1);
    return lode_crypto_throw(ctx, exc);
  }
  int small = BN_cmp(peer, BN_value_one()) <= 0, large = BN_cmp(peer, pm1) >= 0;
  BN_free(pm1);
  ERR_clear_error();
  if (small || large)
    return js_throw(ctx, exc, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN",
                    small ? "Supplied key is too small" : "Supplied key is too large");
  return js_throw(ctx, exc, "RangeError", "ERR_CRYPTO_INVALID_KEYTYPE", "Invalid key type");
}

/* computeSecret(h, peer bytes) → peer^priv mod p, padded to the size of
 * p. Like OpenSSL, a secret of 0, 1 or p-1 (a peer key in a small
 * subgroup) is refused. */
static LODE_FN(dh_compute_secret) {
  LODE_UNUSED_FN_ARGS;
  dh_state *d = dh_of(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  BIGNUM *peer = bn_arg(ctx, argc, argv, 1, exc);
  if (peer == NULL) return NULL;
  ERR_clear_error();
  if (d->priv == NULL) {
    peer_error(ctx, d, peer, exc);
    BN_free(peer);
    return NULL;
  }
  if (!dh_size_ok(d)) {
    BN_free(peer);
    return lode_crypto_throw(ctx, exc);
  }
  BN_CTX *bctx = BN_CTX_new();
  BIGNUM *s = BN_secure_new(), *pm1 = BN_dup(d->p);
  int ok = bctx != NULL && s != NULL && pm1 != NULL && BN_sub_word(pm1, 1) == 1 &&
           BN_mod_exp(s, peer, d->priv, d->p, bctx) == 1;
  JSValueRef v;
  if (!ok) v = lode_crypto_throw(ctx, exc);
  else if (BN_is_zero(s) || BN_is_one(s) || BN_cmp(s, pm1) == 0) v = peer_error(ctx, d, peer, exc);
  else v = bn_value(ctx, s, BN_num_bytes(d->p), exc);
  BN_CTX_free(bctx);
  BN_free(peer);
  BN_free(pm1);
  BN_clear_free(s);
  return v;
}

enum { DH_P, DH_G, DH_PUB, DH_PRIV };

/* get(h, which) → p, g, the public or the private key. */
static LODE_FN(dh_get) {
  LODE_UNUSED_FN_ARGS;
  dh_state *d = dh_of(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  int which = js_arg_int(ctx, argc, argv, 1, -1);
  const BIGNUM *bn = which == DH_P ? d->p : which == DH_G ? d->g : which == DH_PUB ? d->pub
                   : which == DH_PRIV ? d->priv : NULL;
  if (bn == NULL) {
    if (which == DH_PUB || which == DH_PRIV)
      return js_throw(ctx, exc, "Error", "ERR_CRYPTO_INVALID_STATE",
                      which == DH_PUB ? "No public key - did you forget to generate one?"
                                      : "No private key - did you forget to generate one?");
    return bad_args(ctx, exc, "get: bad arguments");
  }
  return bn_value(ctx, bn, 0, exc);
}

/* set(h, which, bytes): the public or the private key. */
static LODE_FN(dh_set) {
  LODE_UNUSED_FN_ARGS;
  dh_state *d = dh_of(ctx, argc, argv, exc);
  if (d == NULL) return NULL;
  int which = js_arg_int(ctx, argc, argv, 1, -1);
  if (which != DH_PUB && which != DH_PRIV) return bad_args(ctx, exc, "set: bad arguments");
  BIGNUM *bn = bn_arg(ctx, argc, argv, 2, exc);
  if (bn == NULL) return NULL;
  if (which == DH_PUB) {
    BN_free(d->pub);
    d->pub = bn;
  } else {
    BN_clear_free(d->priv);
    d->priv = bn;
  }
  return JSValueMakeUndefined(ctx);
}

/* ---- ECDH ---- */

typedef struct {
  EC_GROUP *group;
  BIGNUM *priv;
  EC_POINT *pub;
} ecdh_state;

static void ecdh_finalize(JSObjectRef obj) {
  ecdh_state *e = JSObjectGetPrivate(obj);
  if (e == NULL) return;
  EC_GROUP_free(e->group);
  BN_clear_free(e->priv);
  EC_POINT_free(e->pub);
  free(e);
}

static JSClassRef ecdh_class(void) {
  static _Thread_local JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "ECDHHandle";
    def.finalize = ecdh_finalize;
    cls = JSClassCreate(&def);
    CHECK(cls != NULL);
  }
  return cls;
}

static ecdh_state *ecdh_of(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  ecdh_state *e = argc > 0 && JSValueIsObjectOfClass(ctx, argv[0], ecdh_class())
                      ? JSObjectGetPrivate((JSObjectRef)argv[0]) : NULL;
  if (e == NULL) bad_args(ctx, exc, "not an ECDH handle");
  return e;
}

/* The group of a curve's short name ("prime256v1", as Node's ECDH takes). */
static EC_GROUP *group_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                           JSValueRef *exc) {
  char *name = lode_crypto_name_arg(ctx, argc, argv, i);
  int nid = name != NULL ? OBJ_sn2nid(name) : NID_undef;
  free(name);
  EC_GROUP *g = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : NULL;
  ERR_clear_error();
  if (g == NULL) js_throw(ctx, exc, "TypeError", "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
  return g;
}

static LODE_FN(ecdh_new) {
  LODE_UNUSED_FN_ARGS;
  EC_GROUP *g = group_arg(ctx, argc, argv, 0, exc);
  if (g == NULL) return NULL;
  ecdh_state *e = calloc(1, sizeof(*e));
  if (e == NULL) {
    EC_GROUP_free(g);
    return out_of_memory(ctx, exc);
  }
  e->group = g;
  JSObjectRef obj = JSObjectMake(ctx, ecdh_class(), e);
  CHECK(obj != NULL);
  return obj;
}

/* The point of a key's bytes on g (the point at infinity included, as
 * OpenSSL decodes the single byte 0), or NULL (errors cleared). */
static EC_POINT *point_of(const EC_GROUP *g, JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  unsigned char *p;
  size_t len;
  if (js_view_bytes(ctx, v, &p, &len, exc) != 0) return NULL;
  EC_POINT *pt = EC_POINT_new(g);
  if (pt != NULL && (len == 0 || EC_POINT_oct2point(g, pt, p, len, NULL) != 1 ||
                     (!EC_POINT_is_at_infinity(g, pt) && EC_POINT_is_on_curve(g, pt, NULL) != 1))) {
    EC_POINT_free(pt);
    pt = NULL;
  }
  ERR_clear_error();
  return pt;
}

static JSValueRef point_value(JSContextRef ctx, const EC_GROUP *g, const EC_POINT *pt, int form,
                              JSValueRef *exc) {
  point_conversion_form_t f = form == 2 ? POINT_CONVERSION_COMPRESSED
                            : form == 6 ? POINT_CONVERSION_HYBRID : POINT_CONVERSION_UNCOMPRESSED;
  unsigned char *buf = NULL;
  size_t n = EC_POINT_point2buf(g, pt, f, &buf, NULL);
  if (n == 0) return lode_crypto_throw(ctx, exc);
  void *copy = malloc(n);
  if (copy != NULL) memcpy(copy, buf, n);
  OPENSSL_free(buf);
  if (copy == NULL) return out_of_memory(ctx, exc);
  return js_array_buffer_adopt(ctx, copy, n, exc);
}

/* Sets e's private key and derives its public key; 0 when priv is not in
 * [1, order-1] (priv is then freed). */
static int ecdh_set_priv(ecdh_state *e, BIGNUM *priv) {
  const BIGNUM *order = EC_GROUP_get0_order(e->group);
  EC_POINT *pub = EC_POINT_new(e->group);
  int ok = pub != NULL && !BN_is_zero(priv) && !BN_is_negative(priv) && BN_cmp(priv, order) < 0 &&
           EC_POINT_mul(e->group, pub, priv, NULL, NULL, NULL) == 1;
  if (!ok) {
    EC_POINT_free(pub);
    BN_clear_free(priv);
    return 0;
  }
  BN_clear_free(e->priv);
  EC_POINT_free(e->pub);
  e->priv = priv;
  e->pub = pub;
  return 1;
}

static LODE_FN(ecdh_generate_keys) {
  LODE_UNUSED_FN_ARGS;
  ecdh_state *e = ecdh_of(ctx, argc, argv, exc);
  if (e == NULL) return NULL;
  BIGNUM *priv = BN_secure_new();
  int ok = priv != NULL;
  do {
    ok = ok && BN_priv_rand_range(priv, EC_GROUP_get0_order(e->group)) == 1;
  } while (ok && BN_is_zero(priv));
  if (!ok) {
    BN_clear_free(priv);
    return lode_crypto_throw(ctx, exc);
  }
  if (!ecdh_set_priv(e, priv)) return lode_crypto_throw(ctx, exc);
  return JSValueMakeUndefined(ctx);
}

/* getPublicKey(h, form: 2 compressed, 4 uncompressed, 6 hybrid). */
static LODE_FN(ecdh_get_public_key) {
  LODE_UNUSED_FN_ARGS;
  ecdh_state *e = ecdh_of(ctx, argc, argv, exc);
  if (e == NULL) return NULL;
  if (e->pub == NULL)
    return js_throw(ctx, exc, "Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to get ECDH public key");
  return point_value(ctx, e->group, e->pub, js_arg_int(ctx, argc, argv, 1, 4), exc);
}

static LODE_FN(ecdh_get_private_key) {
  LODE_UNUSED_FN_ARGS;
  ecdh_state *e = ecdh_of(ctx, argc, argv, exc);
  if (e == NULL) return NULL;
  if (e->priv == NULL)
    return js_throw(ctx, exc, "Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to get ECDH private key");
  return bn_value(ctx, e->priv, 0, exc);
}

static LODE_FN(ecdh_set_private_key) {
  LODE_UNUSED_FN_ARGS;
  ecdh_state *e = ecdh_of(ctx, argc, argv, exc);
  if (e == NULL) return NULL;
  BIGNUM *priv = bn_arg(ctx, argc, argv, 1, exc);
  if (priv == NULL) return NULL;
  BN_set_flags(priv, BN_FLG_CONSTTIME);
  if (!ecdh_set_priv(e, priv)) {
    ERR_clear_error();
    return js_throw(ctx, exc, "RangeError", "ERR_CRYPTO_INVALID_KEYTYPE",
                    "Private key is not valid for specified curve.");
  }
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(ecdh_set_public_key) {
  LODE_UNUSED_FN_ARGS;
  ecdh_state *e = ecdh_of(ctx, argc, argv, exc);
  if (e == NULL || argc < 2) return e == NULL ? NULL : bad_args(ctx, exc, "a buffer is required");
  EC_POINT *pt = point_of(e->group, ctx, argv[1], exc);
  if (pt == NULL) {
    if (*exc != NULL) return NULL;
    return js_throw(ctx, exc, "Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT");
  }
  EC_POINT_free(e->pub);
  e->pub = pt;
  return JSValueMakeUndefined(ctx);
}

/* computeSecret(h, peer bytes) → the x coordinate of priv·peer (the
 * field's size), or null when the peer's key is not a point of the curve
 * (JS throws Node's ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY). */
static LODE_FN(ecdh_compute_secret) {
  LODE_UNUSED_FN_ARGS;
  ecdh_state *e = ecdh_of(ctx, argc, argv, exc);
  if (e == NULL || argc < 2) return e == NULL ? NULL : bad_args(ctx, exc, "a buffer is required");
  if (e->priv == NULL)
    return js_throw(ctx, exc, "RangeError", "ERR_CRYPTO_INVALID_KEYPAIR", "Invalid key pair");
  EC_POINT *peer = point_of(e->group, ctx, argv[1], exc);
  if (peer == NULL) return *exc != NULL ? NULL : JSValueMakeNull(ctx);
  if (EC_POINT_is_at_infinity(e->group, peer)) {
    EC_POINT_free(peer);
    return js_throw(ctx, exc, "Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to compute ECDH key");
  }
  EC_POINT *r = EC_POINT_new(e->group);
  BIGNUM *x = BN_new();
  int ok = r != NULL && x != NULL && EC_POINT_mul(e->group, r, NULL, peer, e->priv, NULL) == 1 &&
           EC_POINT_get_affine_coordinates(e->group, r, x, NULL, NULL) == 1;
  JSValueRef v = ok ? bn_value(ctx, x, (EC_GROUP_get_degree(e->group) + 7) / 8, exc)
                    : lode_crypto_throw(ctx, exc);
  EC_POINT_free(peer);
  EC_POINT_free(r);
  BN_clear_free(x);
  return v;
}

/* convertKey(bytes, curve, form) → the point re-encoded, or null when it
 * is not a point of the curve. */
static LODE_FN(ecdh_convert_key) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 3) return bad_args(ctx, exc, "convertKey: bad arguments");
  EC_GROUP *g = group_arg(ctx, argc, argv, 1, exc);
  if (g == NULL) return NULL;
  EC_POINT *pt = point_of(g, ctx, argv[0], exc);
  JSValueRef v = pt != NULL ? point_value(ctx, g, pt, js_arg_int(ctx, argc, argv, 2, 4), exc)
               : *exc != NULL ? NULL : JSValueMakeNull(ctx);
  EC_POINT_free(pt);
  EC_GROUP_free(g);
  return v;
}

/* getCurves() → the short names of OpenSSL's built-in curves. */
static LODE_FN(ecdh_get_curves) {
  LODE_UNUSED_FN_ARGS;
  size_t n = EC_get_builtin_curves(NULL, 0);
  EC_builtin_curve *curves = malloc((n > 0 ? n : 1) * sizeof(*curves));
  JSValueRef *names = malloc((n > 0 ? n : 1) * sizeof(*names));
  if (curves == NULL || names == NULL) {
    free(curves);
    free(names);
    return out_of_memory(ctx, exc);
  }
  n = EC_get_builtin_curves(curves, n);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const char *sn = OBJ_nid2sn(curves[i].nid);
    if (sn != NULL) names[k++] = js_str(ctx, sn);
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, k, names, exc);
  free(curves);
  free(names);
  return arr;
}

/* ---- crypto.diffieHellman({ privateKey, publicKey }) ---- */

/* derive(private key handle, public key handle) → the shared secret (DH
 * secrets padded to the size of the prime). */
static LODE_FN(dh_derive) {
  LODE_UNUSED_FN_ARGS;
  int type;
  EVP_PKEY *priv = lode_crypto_key_pkey(ctx, argc > 0 ? argv[0] : NULL, &type);
  EVP_PKEY *pub = lode_crypto_key_pkey(ctx, argc > 1 ? argv[1] : NULL, NULL);
  if (priv == NULL || pub == NULL || type != LODE_KEY_PRIVATE) return bad_args(ctx, exc, "derive: bad keys");
  ERR_clear_error();
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, priv, NULL);
  size_t n = 0;
  unsigned char *out = NULL;
  int ok = pctx != NULL && EVP_PKEY_derive_init(pctx) == 1 &&
           (!EVP_PKEY_is_a(priv, "DH") || EVP_PKEY_CTX_set_dh_pad(pctx, 1) == 1) &&
           EVP_PKEY_derive_set_peer(pctx, pub) == 1 && EVP_PKEY_derive(pctx, NULL, &n) == 1 &&
           (out = malloc(n > 0 ? n : 1)) != NULL && EVP_PKEY_derive(pctx, out, &n) == 1;
  EVP_PKEY_CTX_free(pctx);
  if (!ok) {
    if (out != NULL) OPENSSL_cleanse(out, n);
    free(out);
    return lode_crypto_throw(ctx, exc);
  }
  return js_array_buffer_adopt(ctx, out, n, exc);
}

JSObjectRef lode_binding_crypto_dh(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "groupPrime", dh_group_prime);
  js_set_fn(ctx, b, "dhFromPrime", dh_from_prime);
  js_set_fn(ctx, b, "dhGenerate", dh_generate);
  js_set_fn(ctx, b, "dhGroup", dh_group);
  js_set_fn(ctx, b, "dhVerifyError", dh_verify_error);
  js_set_fn(ctx, b, "dhGenerateKeys", dh_generate_keys);
  js_set_fn(ctx, b, "dhComputeSecret", dh_compute_secret);
  js_set_fn(ctx, b, "dhGet", dh_get);
  js_set_fn(ctx, b, "dhSet", dh_set);
  js_set_fn(ctx, b, "ecdhNew", ecdh_new);
  js_set_fn(ctx, b, "ecdhGenerateKeys", ecdh_generate_keys);
  js_set_fn(ctx, b, "ecdhGetPublicKey", ecdh_get_public_key);
  js_set_fn(ctx, b, "ecdhGetPrivateKey", ecdh_get_private_key);
  js_set_fn(ctx, b, "ecdhSetPrivateKey", ecdh_set_private_key);
  js_set_fn(ctx, b, "ecdhSetPublicKey", ecdh_set_public_key);
  js_set_fn(ctx, b, "ecdhComputeSecret", ecdh_compute_secret);
  js_set_fn(ctx, b, "ecdhConvertKey", ecdh_convert_key);
  js_set_fn(ctx, b, "getCurves", ecdh_get_curves);
  js_set_fn(ctx, b, "derive", dh_derive);
  return b;
}
