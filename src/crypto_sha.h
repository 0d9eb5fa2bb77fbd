/* PBKDF2 and one-shot HMAC with the SHA-1 and SHA-2 digests, without
 * OpenSSL's per-use context allocations: see crypto_sha.c. */
#ifndef LODE_CRYPTO_SHA_H
#define LODE_CRYPTO_SHA_H

#include <stddef.h>
#include <openssl/evp.h>

/* Derives out_len bytes into out (RFC 8018, PBKDF2 with HMAC-md). Returns
 * 1 on success, 0 on failure, -1 when md is not a digest this supports
 * (the caller then uses PKCS5_PBKDF2_HMAC). */
int lode_pbkdf2_sha(const EVP_MD *md, const unsigned char *pass, size_t pass_len,
                    const unsigned char *salt, size_t salt_len, unsigned long iterations,
                    unsigned char *out, size_t out_len);

/* HMAC-md of data into out (room for EVP_MAX_MD_SIZE), its length in
 * *out_len. The keyed state of the thread's last key is kept for the next
 * call. Returns 1, 0 on failure, or -1 when md is not supported here. */
int lode_hmac_sha(const EVP_MD *md, const unsigned char *key, size_t key_len,
                  const unsigned char *data, size_t len, unsigned char *out, size_t *out_len);

/* A low-level digest state, for one-shot hashes without OpenSSL 3's
 * per-use provider allocations (a few hundred ns per digest). */
typedef struct {
  const void *impl; /* NULL: md is not supported here */
  union {
    unsigned char bytes[216]; /* large enough for SHA512_CTX */
    unsigned long long align;
  } ctx;
} lode_sha_state;

/* Whether md is SHA-1 or SHA-2 (SHA-224/256/384/512), which HMAC and
 * PBKDF2 here support. */
int lode_sha_is_sha(const EVP_MD *md);

/* Starts a digest of md (SHA-1, SHA-2 or MD5); 0 when md is not one. */
int lode_sha_begin(lode_sha_state *s, const EVP_MD *md);
int lode_sha_update(lode_sha_state *s, const unsigned char *p, size_t len);
/* The digest into out (room for EVP_MAX_MD_SIZE), its length in *out_len;
 * the state is wiped. */
int lode_sha_end(lode_sha_state *s, unsigned char *out, unsigned int *out_len);

#endif
