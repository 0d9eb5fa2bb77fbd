/* PBKDF2 and one-shot HMAC for SHA-1, SHA-224, SHA-256, SHA-384 and
 * SHA-512.
 *
 * OpenSSL 3 copies HMAC state through digest contexts whose every copy
 * allocates and frees the provider's state (PKCS5_PBKDF2_HMAC does three
 * per round); with SHA extensions that costs more than the compressions
 * themselves. Here the keyed inner and outer states are computed once and
 * copied as plain structs, on OpenSSL's low-level SHA functions (deprecated
 * in OpenSSL 3 but still provided, hence OPENSSL_SUPPRESS_DEPRECATED).
 * Other digests return -1 and go through EVP. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include "crypto_sha.h"

#include <string.h>
#include <openssl/crypto.h>
#include <openssl/obj_mac.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

typedef union {
  SHA_CTX sha1;
  SHA256_CTX sha256;
  SHA512_CTX sha512;
  MD5_CTX md5;
} sha_ctx;

typedef struct {
  size_t block, size;
  int (*init)(sha_ctx *);
  int (*update)(sha_ctx *, const void *, size_t);
  int (*final)(unsigned char *, sha_ctx *);
} sha_impl;

#define SHA_FUNCS(name, field, INIT, UPDATE, FINAL)                                           \
  static int name##_init(sha_ctx *c) { return INIT(&c->field); }                                \
  static int name##_update(sha_ctx *c, const void *p, size_t n) { return UPDATE(&c->field, p, n); } \
  static int name##_final(unsigned char *md, sha_ctx *c) { return FINAL(md, &c->field); }

SHA_FUNCS(sha1, sha1, SHA1_Init, SHA1_Update, SHA1_Final)
SHA_FUNCS(sha224, sha256, SHA224_Init, SHA224_Update, SHA224_Final)
SHA_FUNCS(sha256, sha256, SHA256_Init, SHA256_Update, SHA256_Final)
SHA_FUNCS(sha384, sha512, SHA384_Init, SHA384_Update, SHA384_Final)
SHA_FUNCS(sha512, sha512, SHA512_Init, SHA512_Update, SHA512_Final)
SHA_FUNCS(md5, md5, MD5_Init, MD5_Update, MD5_Final)

static const sha_impl *impl_of(const EVP_MD *md) {
#define IMPL(name, blk, sz) \
  { static const sha_impl i = {blk, sz, name##_init, name##_update, name##_final}; return &i; }
  switch (EVP_MD_get_type(md)) {
    case NID_sha1: IMPL(sha1, 64, 20)
    case NID_sha224: IMPL(sha224, 64, 28)
    case NID_sha256: IMPL(sha256, 64, 32)
    case NID_sha384: IMPL(sha384, 128, 48)
    case NID_sha512: IMPL(sha512, 128, 64)
    default: return NULL;
  }
#undef IMPL
}

/* MD5 only for plain digests (HMAC and PBKDF2 keep to the SHA family). */
static const sha_impl *digest_impl_of(const EVP_MD *md) {
  if (EVP_MD_get_type(md) == NID_md5) {
    static const sha_impl i = {64, 16, md5_init, md5_update, md5_final};
    return &i;
  }
  return impl_of(md);
}

int lode_sha_is_sha(const EVP_MD *md) {
  return impl_of(md) != NULL;
}

_Static_assert(sizeof(sha_ctx) <= sizeof(((lode_sha_state *)0)->ctx), "lode_sha_state too small");

int lode_sha_begin(lode_sha_state *s, const EVP_MD *md) {
  const sha_impl *h = digest_impl_of(md);
  s->impl = h;
  return h != NULL && h->init((sha_ctx *)&s->ctx);
}

int lode_sha_update(lode_sha_state *s, const unsigned char *p, size_t len) {
  const sha_impl *h = s->impl;
  return len == 0 || h->update((sha_ctx *)&s->ctx, p, len);
}

int lode_sha_end(lode_sha_state *s, unsigned char *out, unsigned int *out_len) {
  const sha_impl *h = s->impl;
  int ok = h->final(out, (sha_ctx *)&s->ctx);
  *out_len = (unsigned int)h->size;
  OPENSSL_cleanse(&s->ctx, sizeof(s->ctx));
  return ok;
}

/* HMAC's states after the key's inner and outer pads (RFC 2104). */
static int keyed_states(const sha_impl *h, const unsigned char *key, size_t key_len, sha_ctx *inner,
                        sha_ctx *outer) {
  unsigned char k[128] = {0}, pad[128];
  sha_ctx c;
  int ok = 1;
  /* The key itself, or its digest when longer than a block. */
  if (key_len > h->block) {
    ok &= h->init(&c) & h->update(&c, key, key_len) & h->final(k, &c);
    OPENSSL_cleanse(&c, sizeof(c));
  } else if (key_len > 0) {
    memcpy(k, key, key_len);
  }
  for (size_t i = 0; i < h->block; i++) pad[i] = k[i] ^ 0x36;
  ok &= h->init(inner) & h->update(inner, pad, h->block);
  for (size_t i = 0; i < h->block; i++) pad[i] = k[i] ^ 0x5c;
  ok &= h->init(outer) & h->update(outer, pad, h->block);
  OPENSSL_cleanse(k, sizeof(k));
  OPENSSL_cleanse(pad, sizeof(pad));
  return ok;
}

int lode_pbkdf2_sha(const EVP_MD *md, const unsigned char *pass, size_t pass_len,
                    const unsigned char *salt, size_t salt_len, unsigned long iterations,
                    unsigned char *out, size_t out_len) {
  const sha_impl *h = impl_of(md);
  if (h == NULL) return -1;
  unsigned char u[64], t[64];
  sha_ctx inner, outer, c;
  int ok = keyed_states(h, pass, pass_len, &inner, &outer);
  for (uint32_t block = 1; ok && out_len > 0; block++) {
    unsigned char be[4] = {(unsigned char)(block >> 24), (unsigned char)(block >> 16),
                           (unsigned char)(block >> 8), (unsigned char)block};
    /* U1 = HMAC(salt || INT(block)), then Un = HMAC(Un-1); T = U1 ^ U2 ^ … */
    c = inner;
    ok &= h->update(&c, salt, salt_len) & h->update(&c, be, 4) & h->final(u, &c);
    c = outer;
    ok &= h->update(&c, u, h->size) & h->final(u, &c);
    memcpy(t, u, h->size);
    for (unsigned long r = 1; r < iterations; r++) {
      c = inner;
      h->update(&c, u, h->size);
      h->final(u, &c);
      c = outer;
      h->update(&c, u, h->size);
      h->final(u, &c);
      for (size_t i = 0; i < h->size; i++) t[i] ^= u[i];
    }
    size_t n = out_len < h->size ? out_len : h->size;
    memcpy(out, t, n);
    out += n;
    out_len -= n;
  }
  OPENSSL_cleanse(u, sizeof(u));
  OPENSSL_cleanse(t, sizeof(t));
  OPENSSL_cleanse(&inner, sizeof(inner));
  OPENSSL_cleanse(&outer, sizeof(outer));
  OPENSSL_cleanse(&c, sizeof(c));
  return ok;
}

/* The thread's last HMAC key and its keyed states: programs usually MAC
 * many messages with one key (cookies, tokens). */
#define MAX_CACHED_KEY 128
static _Thread_local struct {
  const sha_impl *h; /* NULL: nothing cached */
  size_t len;
  unsigned char key[MAX_CACHED_KEY];
  sha_ctx inner, outer;
} last;

int lode_hmac_sha(const EVP_MD *md, const unsigned char *key, size_t key_len,
                  const unsigned char *data, size_t len, unsigned char *out, size_t *out_len) {
  const sha_impl *h = impl_of(md);
  if (h == NULL) return -1;
  sha_ctx inner, outer, c;
  if (last.h == h && last.len == key_len && (key_len == 0 || CRYPTO_memcmp(last.key, key, key_len) == 0)) {
    inner = last.inner;
    outer = last.outer;
  } else {
    if (!keyed_states(h, key, key_len, &inner, &outer)) return 0;
    OPENSSL_cleanse(&last, sizeof(last));
    if (key_len <= MAX_CACHED_KEY) {
      last.h = h;
      last.len = key_len;
      if (key_len > 0) memcpy(last.key, key, key_len);
      last.inner = inner;
      last.outer = outer;
    }
  }
  unsigned char u[64];
  c = inner;
  int ok = h->update(&c, data, len) & h->final(u, &c);
  c = outer;
  ok &= h->update(&c, u, h->size) & h->final(out, &c);
  *out_len = h->size;
  OPENSSL_cleanse(u, sizeof(u));
  OPENSSL_cleanse(&inner, sizeof(inner));
  OPENSSL_cleanse(&outer, sizeof(outer));
  OPENSSL_cleanse(&c, sizeof(c));
  return ok;
}
